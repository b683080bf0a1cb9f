package com.newsdesk.common.cache;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.article.ArticleFixtures;
import com.newsdesk.section.SectionFixtures;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the read cache keeps, seen through GET /api/v1/admin/cache: one entry per question the API
 * understands (not per junk parameter), nothing of search or sync, nothing from the request's Host,
 * and nothing past its lifetime.
 */
@QuarkusTest
@TestProfile(ReadCacheTest.CacheOn.class)
class ReadCacheKeysTest {

    private static final String API = ReadCacheTest.API;

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    @Inject
    SectionFixtures sections;

    private String admin;
    private String editor;

    @BeforeEach
    void data() {
        content.deleteAllContent();
        staff.deleteAll();
        admin = StaffFixtures.login(staff.create(StaffRole.ADMIN));
        editor = StaffFixtures.login(staff.create(StaffRole.EDITOR));
        for (int i = 0; i < 3; i++) {
            sections.create("section-" + i, "Section " + i, i);
        }
        ArticleFixtures.basics(editor); // a staff write: the cache starts empty
    }

    private JsonPath stats() {
        return given().auth()
                .oauth2(admin)
                .get("/api/v1/admin/cache")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .contentType("application/json")
                .extract()
                .jsonPath();
    }

    private long entries() {
        return stats().getLong("entries");
    }

    /** A request as a client sends it through a proxy that passes whatever Host it was given. */
    private static RequestSpecification forged() {
        return given().header("Host", "evil.example")
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "203.0.113.9");
    }

    @Test
    void junkParametersAndTheirOrderMakeOneEntry() {
        assertEquals(0, entries());
        JsonPath before = stats();
        String etag = given().get("/api/v1/sections?limit=2&cursor=&x=0")
                .then()
                .extract()
                .header("ETag");
        for (int i = 1; i <= 30; i++) {
            given().get("/api/v1/sections?x=" + i + "&limit=2&utm_source=" + i + "&cursor=")
                    .then()
                    .statusCode(200)
                    .header("ETag", etag)
                    .header("Link", not(containsString("x=")))
                    .header("Link", not(containsString("utm_source")));
        }
        given().get("/api/v1/sections?limit=2&limit=3&cursor=")
                .then()
                .statusCode(200)
                .header("ETag", etag);
        JsonPath after = stats();
        assertEquals(1, after.getLong("entries"), after.prettify());
        long hits = after.getLong("hits") - before.getLong("hits");
        long misses = after.getLong("misses") - before.getLong("misses");
        assertEquals(32, hits + misses, after.prettify());
        assertTrue(hits >= 30, after.prettify()); // a slow run may recompute the entry once it expired
        assertTrue(after.getLong("bytes") > 0 && after.getLong("bytes") <= after.getLong("maxBytes"));
        assertEquals(64L * 1024 * 1024, after.getLong("maxBytes"));

        given().get("/api/v1/sections?limit=3").then().statusCode(200);
        assertEquals(2, entries(), "a parameter the operation understands is a different question");
    }

    @Test
    void acceptKeysByTheRepresentationItChoosesNotByItsText() {
        String id = ArticleFixtures.draft(editor, "Grid holds");
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        assertEquals(0, entries());
        for (int round = 0; round < 2; round++) {
            for (String accept : List.of("application/json", "*/*", "text/html,application/xhtml+xml,*/*;q=0.8")) {
                given().accept(accept)
                        .get("/api/v1/articles/grid-holds")
                        .then()
                        .statusCode(200)
                        .contentType("application/json")
                        .header("Vary", containsString("Accept"))
                        .body("slug", equalTo("grid-holds"));
            }
            given().accept("application/ninjs+json")
                    .get("/api/v1/articles/grid-holds")
                    .then()
                    .statusCode(200)
                    .contentType("application/ninjs+json")
                    .header("Vary", containsString("Accept"))
                    .body("pubstatus", equalTo("usable"));
        }
        assertEquals(2, entries(), "JSON under one key whatever Accept says, ninjs under another");
    }

    @Test
    void unknownFieldNamesAreServedButNeverKeptAndFieldSetsShareOneEntry() {
        assertEquals(0, entries());
        for (int i = 1; i <= 20; i++) {
            given().get("/api/v1/sections?fields=slug,a" + i)
                    .then()
                    .statusCode(200)
                    .body("data[0].slug", not(org.hamcrest.Matchers.nullValue()))
                    .body("data[0]", not(org.hamcrest.Matchers.hasKey("name")));
        }
        assertEquals(0, entries(), "fields=a1, a2, ... take no entries");
        given().get("/api/v1/sections?fields=slug,name").then().statusCode(200);
        given().get("/api/v1/sections?fields=name,slug,,name").then().statusCode(200);
        given().get("/api/v1/sections?fields=%20name%20,slug").then().statusCode(200);
        assertEquals(1, entries(), "one set of known fields, one entry");
    }

    @Test
    void searchChangesAndMediaAreNeverKept() {
        String photo = ArticleFixtures.photo(editor, "A substation");
        long hits = stats().getLong("hits");
        for (int i = 0; i < 3; i++) {
            given().get("/api/v1/media/" + photo).then().statusCode(200);
            given().get("/api/v1/search?q=energy").then().statusCode(200);
            given().get("/api/v1/changes").then().statusCode(200);
            given().get("/api/v1/media/00000000-0000-0000-0000-000000000000")
                    .then()
                    .statusCode(404);
        }
        assertEquals(0, entries());
        assertEquals(hits, stats().getLong("hits"));
    }

    @Test
    void linksComeFromTheConfiguredUrlNotFromTheRequest() {
        String next = API + "/api/v1/sections?cursor=";
        forged().get("/api/v1/sections?limit=1").then().statusCode(200).header("Link", startsWith("<" + next));
        assertEquals(1, entries());
        // The next reader gets the same cached answer: it must not carry the forged host either.
        given().get("/api/v1/sections?limit=1").then().statusCode(200).header("Link", startsWith("<" + next));
        given().get("/api/v1/sections?limit=1&x=1").then().statusCode(200).header("Link", startsWith("<" + next));
        assertEquals(1, entries());

        String atom = API + "/api/v1/feed.atom";
        forged().get("/api/v1/feed.atom")
                .then()
                .statusCode(200)
                .body(containsString("<id>" + atom + "</id>"))
                .body(containsString("href=\"" + atom + "\""))
                .body(not(containsString("evil.example")));
        given().get("/api/v1/feed.atom").then().body(containsString("<id>" + atom + "</id>"));
        forged().get("/api/v1/feed.rss").then().statusCode(200).body(containsString(API + "/api/v1/feed.rss"));
        forged().get("/api/v1/feed.json").then().statusCode(200).body("feed_url", equalTo(API + "/api/v1/feed.json"));
        given().get("/api/v1/feed.json").then().body("feed_url", equalTo(API + "/api/v1/feed.json"));

        forged().get("/q/openapi?format=json").then().statusCode(200).body("servers[0].url", equalTo(API));
    }

    @Test
    void cachedAnswersSayTheyVaryOnOriginAndEncoding() {
        for (int i = 0; i < 2; i++) { // computed, then from the cache
            given().header("Origin", "https://app.example.org")
                    .get("/api/v1/sections")
                    .then()
                    .statusCode(200)
                    .header("Access-Control-Allow-Origin", "https://app.example.org")
                    .header("Vary", "Accept-Encoding, Origin");
        }
        assertEquals(1, entries());
    }

    @Test
    void expiredEntriesDisappearWithoutBeingRead() throws InterruptedException {
        given().get("/api/v1/sections").then().statusCode(200);
        given().get("/api/v1/sections/section-1").then().statusCode(200);
        assertEquals(2, entries());
        long deadline = System.nanoTime() + 30_000_000_000L; // twice the 5 s ttl, then the next sweep
        while (entries() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        JsonPath after = stats();
        assertEquals(0, after.getLong("entries"), after.prettify());
        assertEquals(0, after.getLong("bytes"), after.prettify());
    }
}
