package com.newsdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No main source file grows past 250 lines: a class that long does more than one thing. */
class SourceSizeTest {

    static final int MAX_LINES = 250;

    @Test
    void noMainSourceFileIsOver250Lines() throws IOException {
        Path root = Path.of("src/main/java");
        List<String> over;
        try (Stream<Path> files = Files.walk(root)) {
            over = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> lines(file) > MAX_LINES)
                    .map(file -> root.relativize(file) + ": " + lines(file))
                    .sorted()
                    .toList();
        }
        assertEquals(List.of(), over, "main source files over " + MAX_LINES + " lines");
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
