package com.newsdesk.common.cache;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.newsdesk.article.ArticleFixtures;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Public reads come from memory, and a staff write is seen by the very next read. */
@QuarkusTest
@TestProfile(ReadCacheTest.CacheOn.class)
class ReadCacheTest {

    /** The configured public URL of the API in this profile. */
    public static final String API = "https://api.newsdesk.example";

    public static class CacheOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Behind a proxy that forwards Host and X-Forwarded-*, as the README describes: none of it may
            // reach what the cache keeps (ReadCacheKeysTest).
            return Map.of(
                    "newsdesk.cache.enabled", "true",
                    "newsdesk.cache.ttl", "5S",
                    "newsdesk.api.public-url", API,
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.enable-forwarded-host", "true");
        }
    }

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    @Inject
    EntityManager db;

    @Transactional
    void renameBehindTheApisBack(String id) {
        db.createNativeQuery("UPDATE article SET headline = 'Changed in the database' WHERE id = ?1")
                .setParameter(1, java.util.UUID.fromString(id))
                .executeUpdate();
    }

    @Test
    void readsAreCachedAndAStaffWriteIsSeenAtOnce() throws Exception {
        content.deleteAllContent();
        staff.deleteAll();
        String editor = StaffFixtures.login(staff.create(StaffRole.EDITOR));
        ArticleFixtures.basics(editor);
        String id = ArticleFixtures.draft(editor, "Cached headline");
        ArticleFixtures.publish(editor, id).then().statusCode(200);

        ArticleFixtures.publish(editor, ArticleFixtures.draft(editor, "Another"))
                .then()
                .statusCode(200);
        for (int i = 0; i < 2; i++) { // the second answer comes from the cache, Link header included
            given().queryParam("limit", 1)
                    .get("/api/v1/feed")
                    .then()
                    .statusCode(200)
                    .header("Link", org.hamcrest.Matchers.containsString("rel=\"next\""));
        }
        String etag = given().get("/api/v1/articles/cached-headline")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        renameBehindTheApisBack(id);
        // Served from memory: the database change (made behind the API's back) is not seen yet.
        given().get("/api/v1/articles/cached-headline")
                .then()
                .statusCode(200)
                .header("ETag", etag)
                .body("headline", equalTo("Cached headline"));
        given().header("If-None-Match", etag)
                .get("/api/v1/articles/cached-headline")
                .then()
                .statusCode(304);

        // A staff write through the API empties the cache before its call returns.
        given().header("Authorization", "Bearer " + editor)
                .post("/api/v1/admin/articles/" + id + "/unpublish")
                .then()
                .statusCode(200);
        given().get("/api/v1/articles/cached-headline").then().statusCode(404);
    }
}
