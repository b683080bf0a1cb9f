package com.newsdesk.common.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast reading of PostgreSQL's JSON timestamps gives what OffsetDateTime.parse gives, or steps aside. */
class StoredInstantsTest {

    record Stamped(Instant at) {}

    @Test
    void readsWhatPostgresqlWritesAsTheIsoParserDoes() {
        for (String text : List.of(
                "2026-12-03T06:58:40.556229+00:00",
                "2026-12-03T06:58:40+00:00",
                "2026-12-03T06:58:40.5+00:00",
                "2026-12-03T06:58:40.123456789Z",
                "2026-12-03T00:15:00+02:00",
                "2026-12-03T23:59:59.999999-09:30",
                "2024-02-29T12:00:00+05:45",
                "1999-12-31T23:59:59+14:00",
                "0001-01-01T00:00:00Z",
                "2026-06-01T10:00:00+03")) {
            assertEquals(OffsetDateTime.parse(text).toInstant(), StoredInstants.fast(text), text);
        }
    }

    @Test
    void agreesWithTheIsoParserOnRandomInstantsAndOffsets() {
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochSecond(
                    random.nextLong(-2_000_000_000L, 4_000_000_000L), random.nextInt(1_000_000) * 1000);
            int offsetMinutes = (random.nextInt(37) - 18) * 30;
            String text = instant.atOffset(java.time.ZoneOffset.ofTotalSeconds(offsetMinutes * 60))
                    .toString();
            assertEquals(OffsetDateTime.parse(text).toInstant(), StoredInstants.fast(text), text);
        }
    }

    @Test
    void leavesEverythingElseToTheIsoParser() {
        for (String text : List.of(
                "2026-12-03 06:58:40+00:00",
                "2026-12-03T06:58:40",
                "2026-12-03T06:58:40.+00:00",
                "2026-12-03T06:58:40.1234567890Z",
                "2026-12-03T24:00:00Z",
                "2026-02-30T10:00:00Z",
                "2026-12-03T06:58:40+00:00:30",
                "2026-12-03T06:58:40+0000",
                "+12026-12-03T06:58:40Z",
                "2026-12-03T06:58:40Zulu")) {
            assertNull(StoredInstants.fast(text), text);
        }
        assertEquals(
                OffsetDateTime.parse("2026-12-03T06:58:40+00:00:30").toInstant(),
                StoredInstants.parse("2026-12-03T06:58:40+00:00:30"));
        assertThrows(DateTimeParseException.class, () -> StoredInstants.parse("2026-02-30T10:00:00Z"));
    }

    @Test
    void theStoredJsonMapperUsesIt() throws Exception {
        Stamped stamped = StoredJson.mapper().readValue("{\"at\":\"2026-12-03T08:58:40.55+02:00\"}", Stamped.class);
        assertEquals(Instant.parse("2026-12-03T06:58:40.550Z"), stamped.at());
        Stamped numeric = StoredJson.mapper().readValue("{\"at\":1764745120}", Stamped.class);
        assertEquals(Instant.ofEpochSecond(1764745120), numeric.at());
        assertNull(StoredJson.mapper().readValue("{\"at\":null}", Stamped.class).at());
    }
}
