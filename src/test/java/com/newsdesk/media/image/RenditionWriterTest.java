package com.newsdesk.media.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RenditionWriterTest {

    @Test
    void serialAndParallelEncodingHandOverTheSameFilesInTheSameOrder() throws IOException {
        List<Encoded> serial = write(false);
        List<Encoded> parallel = write(true);

        assertEquals(4, serial.size());
        assertEquals(serial.size(), parallel.size());
        for (int i = 0; i < serial.size(); i++) {
            Encoded a = serial.get(i);
            Encoded b = parallel.get(i);
            assertEquals(a.ratio() + a.format() + a.width(), b.ratio() + b.format() + b.width());
            assertArrayEquals(a.bytes(), b.bytes(), "file " + i);
        }
        assertEquals(
                List.of(ImageFormat.JPEG, ImageFormat.WEBP, ImageFormat.JPEG, ImageFormat.WEBP),
                serial.stream().map(Encoded::format).toList());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aFailingSinkEndsTheRenderWithItsOwnFailure(boolean parallel) {
        IOException full = new IOException("disk full");
        IOException thrown = assertThrows(IOException.class, () -> {
            try (RenditionWriter writer = new RenditionWriter(
                    null,
                    rendition -> {
                        throw full;
                    },
                    parallel)) {
                writer.emit(null, image(64, 48));
            }
        });
        assertEquals(full, thrown);
    }

    private static List<Encoded> write(boolean parallel) throws IOException {
        List<Encoded> out = new ArrayList<>();
        try (RenditionWriter writer = new RenditionWriter("© Newsdesk", out::add, parallel)) {
            writer.emit("R16x9", image(320, 180));
            writer.emit(null, image(200, 150));
        }
        return out;
    }

    private static BufferedImage image(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (x * 255 / width) << 16 | (y * 255 / height) << 8 | 128);
            }
        }
        return image;
    }
}
