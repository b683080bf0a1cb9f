package com.newsdesk.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.newsdesk.section.SectionFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ETag, 304 and Cache-Control of public reads, proven on the sections resource. */
@QuarkusTest
class ConditionalGetTest {

    private static final String LIST = "/api/v1/sections";
    private static final String ONE = "/api/v1/sections/world";

    @Inject
    SectionFixtures fixtures;

    @BeforeEach
    void sections() {
        fixtures.deleteAll();
        fixtures.create("world", "World", 1);
        for (int i = 0; i < 8; i++) {
            fixtures.create("region-" + i, "Region number " + i + " with a long enough name", 10 + i);
        }
    }

    /** Requests whose bytes arrive exactly as sent: no automatic gzip decoding. */
    private static RequestSpecification raw() {
        return given().config(RestAssured.config()
                .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()));
    }

    private static String etagOf(String path) {
        return raw().header("Accept-Encoding", "identity")
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    @Test
    void publicReadHasStrongEtagAndPublicCacheControl() {
        raw().header("Accept-Encoding", "identity")
                .get(ONE)
                .then()
                .statusCode(200)
                .header("ETag", matchesPattern("\"[A-Za-z0-9_-]{22}\""))
                .header("Cache-Control", "public, max-age=60, stale-while-revalidate=600")
                .header("Vary", containsString("Accept-Encoding"));
    }

    @Test
    void matchingIfNoneMatchIs304WithoutBody() {
        String etag = etagOf(ONE);
        raw().header("Accept-Encoding", "identity")
                .header("If-None-Match", etag)
                .get(ONE)
                .then()
                .statusCode(304)
                .header("ETag", etag)
                .header("Cache-Control", "public, max-age=60, stale-while-revalidate=600")
                .body(emptyString());
    }

    @Test
    void weakFormAndListsAndStarMatchToo() {
        String etag = etagOf(ONE);
        raw().header("If-None-Match", "W/" + etag).get(ONE).then().statusCode(304);
        raw().header("If-None-Match", "\"other\", " + etag).get(ONE).then().statusCode(304);
        raw().header("If-None-Match", "*").get(ONE).then().statusCode(304);
    }

    @Test
    void staleEtagGetsTheNewBody() {
        String before = etagOf(ONE);
        fixtures.rename("world", "World news");
        String after = raw().header("Accept-Encoding", "identity")
                .header("If-None-Match", before)
                .get(ONE)
                .then()
                .statusCode(200)
                .body(containsString("World news"))
                .extract()
                .header("ETag");
        assertNotEquals(before, after);
    }

    @Test
    void differentResourcesHaveDifferentEtags() {
        assertNotEquals(etagOf(ONE), etagOf(LIST));
    }

    @Test
    void gzipVariantHasItsOwnEtagAndDecodesToTheSameBytes() throws IOException {
        byte[] plain = raw().header("Accept-Encoding", "identity")
                .get(LIST)
                .then()
                .extract()
                .asByteArray();
        String plainTag = etagOf(LIST);
        var gzipped = raw().header("Accept-Encoding", "gzip")
                .get(LIST)
                .then()
                .statusCode(200)
                .extract();
        String gzipTag = gzipped.header("ETag");

        org.hamcrest.MatcherAssert.assertThat(gzipped.header("Content-Encoding"), equalTo("gzip"));
        org.hamcrest.MatcherAssert.assertThat(gzipTag, endsWith("-gzip\""));
        assertNotEquals(plainTag, gzipTag);
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped.asByteArray()))) {
            assertArrayEquals(plain, in.readAllBytes());
        }
        // Either tag revalidates: a cache may hold either coding.
        raw().header("Accept-Encoding", "gzip")
                .header("If-None-Match", gzipTag)
                .get(LIST)
                .then()
                .statusCode(304)
                .header("ETag", gzipTag);
        raw().header("Accept-Encoding", "gzip")
                .header("If-None-Match", plainTag)
                .get(LIST)
                .then()
                .statusCode(304);
    }

    @Test
    void gzipWithZeroWeightIsNotUsed() {
        raw().header("Accept-Encoding", "gzip;q=0, identity")
                .get(LIST)
                .then()
                .statusCode(200)
                .header("Content-Encoding", not(equalTo("gzip")))
                .header("ETag", not(endsWith("-gzip\"")));
    }

    @Test
    void headAnswersTheSameValidators() {
        String etag = etagOf(ONE);
        raw().header("Accept-Encoding", "identity")
                .head(ONE)
                .then()
                .statusCode(200)
                .header("ETag", etag);
        raw().header("If-None-Match", etag).head(ONE).then().statusCode(304);
    }

    @Test
    void errorsCarryNoEtagAndAreNotStored() {
        raw().get("/api/v1/sections/missing")
                .then()
                .statusCode(404)
                .header("ETag", nullValue())
                .header("Cache-Control", "no-store");
    }
}
