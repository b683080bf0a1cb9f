package com.newsdesk.article;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Content for article tests, written through the staff API as an editor would. */
@ApplicationScoped
public class ArticleFixtures {

    private final EntityManager db;

    ArticleFixtures(EntityManager db) {
        this.db = db;
    }

    @Transactional
    public void deleteAllContent() {
        for (String table : new String[] {
            "mail_outbox",
            "subscriber_erasure",
            "rate_limit_counter",
            "subscriber",
            "newsletter",
            "article_withdrawal",
            "article_slug_redirect",
            "article_tag",
            "article_author",
            "article",
            "author",
            "tag",
            "media",
            "section"
        }) {
            db.createNativeQuery("DELETE FROM " + table).executeUpdate();
        }
    }

    @Transactional
    public void setPublishedAt(String id, java.time.Instant at) {
        db.createNativeQuery("UPDATE article SET published_at = ?1 WHERE id = ?2")
                .setParameter(1, at)
                .setParameter(2, java.util.UUID.fromString(id))
                .executeUpdate();
    }

    @Transactional
    public long withdrawals(String id, String reason) {
        return ((Number) db.createNativeQuery(
                                "SELECT count(*) FROM article_withdrawal WHERE article_id = ?1 AND reason = ?2")
                        .setParameter(1, java.util.UUID.fromString(id))
                        .setParameter(2, reason)
                        .getSingleResult())
                .longValue();
    }

    @Transactional
    public long revisions(String id) {
        return ((Number) db.createNativeQuery("SELECT count(*) FROM article_revision WHERE article_id = ?1")
                        .setParameter(1, java.util.UUID.fromString(id))
                        .getSingleResult())
                .longValue();
    }

    /** The content events recorded about a subject, oldest first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public java.util.List<String> events(String id) {
        return db.createNativeQuery("SELECT type FROM content_event WHERE subject_id = ?1 ORDER BY seq")
                .setParameter(1, java.util.UUID.fromString(id))
                .getResultList();
    }

    public static String post(String token, String path, String json) {
        Response response = given().header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON)
                .body(json)
                .post(path);
        response.then().statusCode(201);
        return response.path("id");
    }

    public static void basics(String token) {
        post(token, "/api/v1/admin/sections", "{\"slug\": \"news\", \"name\": \"News\"}");
        post(token, "/api/v1/admin/tags", "{\"slug\": \"energy\", \"name\": \"Energy\"}");
        post(token, "/api/v1/admin/tags", "{\"slug\": \"winter\", \"name\": \"Winter\"}");
        post(
                token,
                "/api/v1/admin/authors",
                "{\"slug\": \"olena-petrenko\", \"name\": \"Olena Petrenko\", \"title\": \"Energy correspondent\", \"bio\": \"Covers power and fuel.\"}");
        post(token, "/api/v1/admin/authors", "{\"slug\": \"taras-melnyk\", \"name\": \"Taras Melnyk\"}");
    }

    public static String photo(String token, String alt) {
        return post(
                token,
                "/api/v1/admin/media",
                "{\"kind\": \"image\", \"url\": \"https://cdn.newsroom.example/substation.jpg\", \"mimeType\": \"image/jpeg\","
                        + " \"width\": 1600, \"height\": 900, " + (alt == null ? "" : "\"alt\": \"" + alt + "\", ")
                        + "\"caption\": \"Engineers at a substation outside the city.\", \"credit\": \"Iryna Koval/Newsroom Photo\"}");
    }

    /** A complete draft with the given headline; returns its id. */
    public static String draft(String token, String headline) {
        return post(
                token,
                "/api/v1/admin/articles",
                "{\"headline\": \"" + headline
                        + "\", \"authors\": [\"olena-petrenko\"], \"section\": \"news\", \"tags\": [\"energy\"],"
                        + " \"body\": [{\"type\": \"paragraph\", \"text\": \"Some words about " + headline + ".\"}]}");
    }

    /**
     * Syncs /api/v1/changes from a token (null: the start) to its end, as an app does, collecting
     * the articles and the tombstone ids; answers the token to go on from.
     */
    public static String sync(
            String since, java.util.List<java.util.Map<String, Object>> data, java.util.List<String> tombstones) {
        boolean more = true;
        while (more) {
            io.restassured.specification.RequestSpecification request = given().queryParam("limit", 100);
            if (since != null) {
                request.queryParam("since", since);
            }
            io.restassured.path.json.JsonPath page = request.get("/api/v1/changes")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            data.addAll(page.getList("data"));
            tombstones.addAll(page.getList("tombstones.id"));
            since = page.getString("meta.nextToken");
            more = page.getBoolean("meta.hasMore");
        }
        return since;
    }

    public static Response publish(String token, String id) {
        return given().header("Authorization", "Bearer " + token).post("/api/v1/admin/articles/" + id + "/publish");
    }

    public static String etag(String token, String id) {
        return given().header("Authorization", "Bearer " + token)
                .get("/api/v1/admin/articles/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }
}
