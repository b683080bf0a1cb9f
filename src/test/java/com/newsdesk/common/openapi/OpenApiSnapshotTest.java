package com.newsdesk.common.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document is part of the product: a refactoring must not change it unnoticed. The
 * committed snapshot is the contract; after a change meant to alter it, rewrite the snapshot with
 * {@code ./mvnw test -Dtest=OpenApiSnapshotTest -Dnewsdesk.openapi.update=true} and review the diff.
 */
@QuarkusTest
class OpenApiSnapshotTest {

    private static final Path SNAPSHOT = Path.of("src/test/resources/openapi.json");

    @Test
    void documentMatchesTheCommittedSnapshot() throws IOException {
        ObjectMapper mapper = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        String served = given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        // Through a map so that keys are sorted and the file's diff shows only real changes.
        Object tree = mapper.treeToValue(mapper.readTree(served), Object.class);
        String current = mapper.writeValueAsString(tree) + "\n";
        if (Boolean.getBoolean("newsdesk.openapi.update")) {
            Files.writeString(SNAPSHOT, current, StandardCharsets.UTF_8);
        }
        String committed = Files.readString(SNAPSHOT, StandardCharsets.UTF_8);
        if (!committed.equals(current)) {
            Path written = Path.of("target/openapi-served.json");
            Files.writeString(written, current, StandardCharsets.UTF_8);
            fail("The OpenAPI document changed (diff " + SNAPSHOT + " " + written + "); if that was meant,"
                    + " rewrite the snapshot with -Dnewsdesk.openapi.update=true. First difference:\n"
                    + firstDifference(
                            committed.lines().toList(), current.lines().toList()));
        }
    }

    private static String firstDifference(List<String> expected, List<String> actual) {
        int line = 0;
        while (line < expected.size()
                && line < actual.size()
                && expected.get(line).equals(actual.get(line))) {
            line++;
        }
        int from = Math.max(0, line - 5);
        return "line " + (line + 1) + "\n--- snapshot\n"
                + String.join("\n", expected.subList(from, Math.min(expected.size(), line + 5)))
                + "\n+++ served\n"
                + String.join("\n", actual.subList(from, Math.min(actual.size(), line + 5)));
    }
}
