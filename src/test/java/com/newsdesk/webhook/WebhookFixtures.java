package com.newsdesk.webhook;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Webhooks for tests, registered through the API as an admin would. */
@ApplicationScoped
public class WebhookFixtures {

    private final EntityManager db;

    WebhookFixtures(EntityManager db) {
        this.db = db;
    }

    @Transactional
    public void deleteAll() {
        db.createNativeQuery("DELETE FROM webhook").executeUpdate();
        db.createNativeQuery("DELETE FROM content_event").executeUpdate();
    }

    @Transactional
    public long count(String sql, Object... parameters) {
        var query = db.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    @Transactional
    public int update(String sql, Object... parameters) {
        var query = db.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }

    /** Runs a statement that answers rows (a function call), ignoring them. */
    @Transactional
    public void select(String sql) {
        db.createNativeQuery(sql).getResultList();
    }

    /** Registers a webhook; returns the 201's body. */
    static Response register(String admin, String json) {
        Response response = given().header("Authorization", "Bearer " + admin)
                .contentType(ContentType.JSON)
                .body(json)
                .post("/api/v1/admin/webhooks");
        response.then().statusCode(201);
        return response;
    }
}
