package com.newsdesk.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.newsdesk.article.ArticleFixtures;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Registering, changing and removing webhooks, and what is refused. */
@QuarkusTest
class WebhookAdminTest {

    private static final String HOOK = "http://127.0.0.2:9/api/revalidate";

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    @Inject
    WebhookFixtures fixtures;

    private String admin;

    @BeforeEach
    void newsroom() {
        fixtures.deleteAll();
        content.deleteAllContent();
        staff.deleteAll();
        admin = StaffFixtures.login(staff.create(StaffRole.ADMIN));
        ArticleFixtures.basics(admin);
    }

    @AfterEach
    void clean() {
        fixtures.deleteAll();
    }

    private Response create(String json) {
        return given().header("Authorization", "Bearer " + admin)
                .contentType(ContentType.JSON)
                .body(json)
                .post("/api/v1/admin/webhooks");
    }

    @Test
    void theCreateShowsTheSecretOnceAndReadsNever() {
        Response created = create("{\"url\": \"" + HOOK + "\", \"description\": \"Next.js revalidation\","
                + " \"events\": [\"article.*\", \"collection.updated\", \"article.published\"],"
                + " \"sections\": [\"news\"], \"tags\": [\"energy\"]}");
        created.then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/admin/webhooks/"))
                .body("secret", matchesPattern("whsec_[A-Za-z0-9+/]{32}"))
                .body("webhook.enabled", equalTo(true))
                .body(
                        "webhook.events",
                        equalTo(java.util.List.of("article.*", "collection.updated", "article.published")))
                .body("webhook.sections", equalTo(java.util.List.of("news")));
        String id = created.path("webhook.id");
        given().header("Authorization", "Bearer " + admin)
                .get("/api/v1/admin/webhooks/" + id)
                .then()
                .statusCode(200)
                .header("ETag", not(org.hamcrest.Matchers.emptyOrNullString()))
                .body("$", not(hasKey("secret")))
                .body("url", equalTo(HOOK));
        given().header("Authorization", "Bearer " + admin)
                .get("/api/v1/admin/webhooks")
                .then()
                .statusCode(200)
                .body("data.id", hasItem(id))
                .body("data[0]", not(hasKey("secret")));
    }

    @Test
    void unknownEventsAndFiltersAreFieldErrors() {
        create("{\"url\": \"" + HOOK + "\", \"events\": [\"article.*\", \"article.exploded\", \"poll.*\"]}")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(java.util.List.of("events[1]", "events[2]")));
        create("{\"url\": \"" + HOOK + "\", \"events\": []}")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("events"));
        create("{\"url\": \"" + HOOK + "\", \"events\": [\"*\"], \"sections\": [\"nowhere\"]}")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("sections[0]"));
        create("{\"url\": \"" + HOOK + "\", \"events\": [\"*\"], \"tags\": [\"energy\", \"unknown\"]}")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("tags[1]"));
        create("{\"events\": [\"*\"]}").then().statusCode(400).body("errors.field", hasItem("url"));
        assertEquals(0, fixtures.count("SELECT count(*) FROM webhook"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://169.254.169.254/",
                "https://10.0.0.1/",
                "https://[::ffff:127.0.0.1]/",
                "https://2130706433/",
                "https://localhost/",
                "http://127.0.0.1:8080/",
                "ftp://127.0.0.2/",
                "not a url"
            })
    void internalAndMalformedUrlsAreRefusedAtUrl(String url) {
        create("{\"url\": \"" + url + "\", \"events\": [\"*\"]}")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("url"));
    }

    @Test
    void aRefusedUrlIsNeverConnectedTo() throws Exception {
        try (ServerSocket inside = new ServerSocket(0, 5, InetAddress.getByName("127.0.0.1"))) {
            inside.setSoTimeout(300);
            create("{\"url\": \"http://localhost:" + inside.getLocalPort() + "/\", \"events\": [\"*\"]}")
                    .then()
                    .statusCode(400)
                    .body("errors[0].message", containsString("127.0.0.1"));
            try (var connection = inside.accept()) {
                throw new AssertionError("the service connected: " + connection);
            } catch (SocketTimeoutException expected) {
                // nothing connected
            }
        }
    }

    @Test
    void changesNeedTheCurrentETagAndDeletingTakesTheLog() {
        String id = create("{\"url\": \"" + HOOK + "\", \"events\": [\"*\"]}").path("webhook.id");
        String etag = given().header("Authorization", "Bearer " + admin)
                .get("/api/v1/admin/webhooks/" + id)
                .header("ETag");
        given().header("Authorization", "Bearer " + admin)
                .contentType("application/merge-patch+json")
                .body("{\"enabled\": false}")
                .patch("/api/v1/admin/webhooks/" + id)
                .then()
                .statusCode(428);
        given().header("Authorization", "Bearer " + admin)
                .header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body("{\"enabled\": false, \"events\": [\"tag.*\"], \"url\": \"https://10.1.1.1/\"}")
                .patch("/api/v1/admin/webhooks/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("url"));
        given().header("Authorization", "Bearer " + admin)
                .header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body("{\"enabled\": false, \"events\": [\"tag.*\"]}")
                .patch("/api/v1/admin/webhooks/" + id)
                .then()
                .statusCode(200)
                .body("enabled", equalTo(false))
                .body("events", equalTo(java.util.List.of("tag.*")));
        String changed = given().header("Authorization", "Bearer " + admin)
                .get("/api/v1/admin/webhooks/" + id)
                .header("ETag");
        given().header("Authorization", "Bearer " + admin)
                .header("If-Match", etag)
                .delete("/api/v1/admin/webhooks/" + id)
                .then()
                .statusCode(412);
        given().header("Authorization", "Bearer " + admin)
                .header("If-Match", changed)
                .delete("/api/v1/admin/webhooks/" + id)
                .then()
                .statusCode(204);
        given().header("Authorization", "Bearer " + admin)
                .get("/api/v1/admin/webhooks/" + id + "/deliveries")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void recoverNeedsASinceAndRetryAKnownDelivery() {
        String id = create("{\"url\": \"" + HOOK + "\", \"events\": [\"*\"]}").path("webhook.id");
        given().header("Authorization", "Bearer " + admin)
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/admin/webhooks/" + id + "/recover")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("since"));
        given().header("Authorization", "Bearer " + admin)
                .contentType(ContentType.JSON)
                .body("{\"since\": \"yesterday\"}")
                .post("/api/v1/admin/webhooks/" + id + "/recover")
                .then()
                .statusCode(400);
        given().header("Authorization", "Bearer " + admin)
                .get("/api/v1/admin/webhooks/" + id + "/deliveries?limit=1000")
                .then()
                .statusCode(400);
    }

    @Test
    void editorsAndAnonymousCallersAreRefused() {
        String editor = StaffFixtures.login(staff.create(StaffRole.EDITOR));
        given().get("/api/v1/admin/webhooks").then().statusCode(401);
        given().header("Authorization", "Bearer " + editor)
                .get("/api/v1/admin/webhooks")
                .then()
                .statusCode(403);
        given().header("Authorization", "Bearer " + editor)
                .contentType(ContentType.JSON)
                .body("{\"url\": \"" + HOOK + "\", \"events\": [\"*\"]}")
                .post("/api/v1/admin/webhooks")
                .then()
                .statusCode(403);
        assertEquals(0, fixtures.count("SELECT count(*) FROM webhook"));
    }
}
