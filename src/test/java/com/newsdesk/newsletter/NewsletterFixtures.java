package com.newsdesk.newsletter;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** Newsletters and subscribers for tests, through the API where that is how they are made. */
@ApplicationScoped
public class NewsletterFixtures {

    private final EntityManager db;

    NewsletterFixtures(EntityManager db) {
        this.db = db;
    }

    /** Creates an active newsletter; returns its id. */
    static String create(String adminToken, String slug, String name) {
        return given().auth()
                .oauth2(adminToken)
                .contentType(ContentType.JSON)
                .body(
                        "{\"slug\": \"%s\", \"name\": \"%s\", \"cadence\": \"daily\", \"description\": \"Every morning.\"}"
                                .formatted(slug, name))
                .post("/api/v1/admin/newsletters")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static io.restassured.response.Response subscribe(String slug, String json) {
        return given().contentType(ContentType.JSON).body(json).post("/api/v1/newsletters/" + slug + "/subscriptions");
    }

    /** The status of each subscription of an address, straight from the table. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> statuses(String emailKey) {
        return db.createNativeQuery("SELECT sub.status FROM subscription sub JOIN subscriber s"
                        + " ON s.id = sub.subscriber_id WHERE s.email_key = ?1 ORDER BY sub.created_at")
                .setParameter(1, emailKey)
                .getResultList();
    }

    @Transactional
    public long count(String sql) {
        return ((Number) db.createNativeQuery(sql).getSingleResult()).longValue();
    }

    @Transactional
    public java.util.UUID uuid(String sql) {
        return (java.util.UUID) db.createNativeQuery(sql).getSingleResult();
    }

    @Transactional
    public void execute(String sql) {
        db.createNativeQuery(sql).executeUpdate();
    }
}
