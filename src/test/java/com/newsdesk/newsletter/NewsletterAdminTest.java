package com.newsdesk.newsletter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.article.ArticleFixtures;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Staff manage newsletters and see their subscribers; readers see the active ones. */
@QuarkusTest
@TestProfile(MailOn.class)
class NewsletterAdminTest {

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    @Inject
    NewsletterFixtures newsletters;

    private String admin;

    @BeforeEach
    void newsroom() {
        content.deleteAllContent();
        staff.deleteAll();
        MailServer.clear();
        admin = StaffFixtures.login(staff.create(StaffRole.ADMIN));
    }

    @Test
    void createListArchiveAndDelete() {
        ArticleFixtures.basics(admin); // authors for the host
        String id = given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body("{\"slug\": \"war-explained\", \"name\": \"War, Explained\", \"cadence\": \"weekly\","
                        + " \"host\": \"olena-petrenko\", \"description\": \"One question, answered every Friday.\"}")
                .post("/api/v1/admin/newsletters")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/admin/newsletters/"))
                .body("senderName", equalTo("War, Explained"))
                .body("status", equalTo("active"))
                .body("host.slug", equalTo("olena-petrenko"))
                .extract()
                .path("id");
        given().auth()
                .oauth2(admin)
                .get("/api/v1/admin/newsletters/" + id)
                .then()
                .statusCode(200);
        // The host author cannot be deleted while hosting it.
        String authorId = given().auth()
                .oauth2(admin)
                .get("/api/v1/admin/authors")
                .then()
                .extract()
                .path("data.find { it.slug == 'olena-petrenko' }.id");
        String authorTag = given().auth()
                .oauth2(admin)
                .get("/api/v1/admin/authors/" + authorId)
                .then()
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(admin)
                .header("If-Match", authorTag)
                .delete("/api/v1/admin/authors/" + authorId)
                .then()
                .statusCode(409)
                .body("detail", containsString("1 newsletters (as host)"));
        given().get("/api/v1/newsletters")
                .then()
                .statusCode(200)
                .body("data.slug", contains("war-explained"))
                .body("data[0].host.name", equalTo("Olena Petrenko"))
                .body("data[0].cadence", equalTo("weekly"));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body("{\"slug\": \"war-explained\", \"name\": \"Again\", \"cadence\": \"weekly\"}")
                .post("/api/v1/admin/newsletters")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body("{\"slug\": \"Bad Slug\", \"name\": \"\", \"cadence\": \"hourly\", \"host\": \"nobody\"}")
                .post("/api/v1/admin/newsletters")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("slug", "name", "cadence"));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body("{\"slug\": \"ok-slug\", \"name\": \"Ok\", \"cadence\": \"daily\", \"host\": \"nobody\"}")
                .post("/api/v1/admin/newsletters")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("host"));

        NewsletterFixtures.subscribe("war-explained", "{\"email\": \"reader@example.com\"}")
                .then()
                .statusCode(202);
        String etag = given().auth()
                .oauth2(admin)
                .get("/api/v1/admin/newsletters/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(admin)
                .header("If-Match", etag)
                .delete("/api/v1/admin/newsletters/" + id)
                .then()
                .statusCode(409)
                .body("detail", containsString("archive it instead"));
        given().auth()
                .oauth2(admin)
                .contentType("application/merge-patch+json")
                .body("{\"status\": \"archived\"}")
                .patch("/api/v1/admin/newsletters/" + id)
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(admin)
                .header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body("{\"status\": \"archived\"}")
                .patch("/api/v1/admin/newsletters/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("archived"));
        given().get("/api/v1/newsletters").then().body("data.size()", equalTo(0));
        given().get("/api/v1/newsletters/war-explained").then().statusCode(404);
        NewsletterFixtures.subscribe("war-explained", "{\"email\": \"late@example.com\"}")
                .then()
                .statusCode(404);

        String unused = NewsletterFixtures.create(admin, "never-used", "Never Used");
        String unusedTag = given().auth()
                .oauth2(admin)
                .get("/api/v1/admin/newsletters/" + unused)
                .then()
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(admin)
                .header("If-Match", unusedTag)
                .delete("/api/v1/admin/newsletters/" + unused)
                .then()
                .statusCode(204);
    }

    @Test
    void aPatchChangesTheHostAndKeepsWhatCannotBeCleared() {
        ArticleFixtures.basics(admin); // authors for the host
        String path = "/api/v1/admin/newsletters/" + NewsletterFixtures.create(admin, "morning", "Morning");
        patch(path, "{\"host\": \"olena-petrenko\"}").statusCode(200).body("host.slug", equalTo("olena-petrenko"));
        patch(path, "{\"host\": \"nobody\"}").statusCode(400).body("errors[0].field", equalTo("host"));
        patch(path, "{\"name\": \" Morning Briefing \", \"host\": null, \"description\": null}")
                .statusCode(200)
                .body("name", equalTo("Morning Briefing"))
                .body("senderName", equalTo("Morning"))
                .body("host", equalTo(null))
                .body("description", equalTo(null));
        patch(path, "{\"senderName\": null, \"status\": null, \"sortOrder\": null}")
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("senderName", "status", "sortOrder"));
        patch(path, "{\"senderName\": \"  \"}").statusCode(400).body("errors[0].field", equalTo("senderName"));
        patch(path, "{\"cadence\": \"hourly\"}").statusCode(400).body("errors[0].field", equalTo("cadence"));
    }

    private io.restassured.response.ValidatableResponse patch(String path, String body) {
        String etag = given().auth().oauth2(admin).get(path).header("ETag");
        return given().auth()
                .oauth2(admin)
                .header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body(body)
                .patch(path)
                .then();
    }

    @Test
    void csvExportGivesAddressesUnchangedAndQuoted() {
        String id = NewsletterFixtures.create(admin, "morning-briefing", "Morning Briefing");
        for (String email : List.of("-news@x.test", "=x@y.test")) {
            NewsletterFixtures.subscribe("morning-briefing", "{\"email\": \"" + email + "\", \"name\": \"-1+2\"}")
                    .then()
                    .statusCode(202);
        }
        String csv = given().auth()
                .oauth2(admin)
                .queryParam("status", "pending")
                .get("/api/v1/admin/newsletters/" + id + "/subscribers.csv")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract()
                .asString();
        List<String> lines = csv.lines().toList();
        assertEquals(3, lines.size(), csv);
        assertTrue(lines.get(1).startsWith("\"-news@x.test\",'-1+2,pending,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("\"=x@y.test\",'-1+2,pending,"), lines.get(2));
    }

    @Test
    void subscribersPageWithCountsSearchAndAStreamedCsv() throws Exception {
        String id = NewsletterFixtures.create(admin, "morning-briefing", "Morning Briefing");
        for (String email : List.of("anna@example.com", "bohdan@example.org", "=cmd@example.com")) {
            NewsletterFixtures.subscribe(
                            "morning-briefing", "{\"email\": \"" + email + "\", \"name\": \"=HYPERLINK(1)\"}")
                    .then()
                    .statusCode(202);
        }
        MailServer.await(3, 5_000);
        String token = MailServer.received().stream()
                .filter(m -> MailServer.recipient(m).equals("anna@example.com"))
                .map(MailServer::token)
                .findFirst()
                .orElseThrow();
        given().contentType(ContentType.JSON)
                .body("{\"token\": \"" + token + "\"}")
                .post("/api/v1/subscriptions/confirm")
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(admin)
                .queryParam("limit", 2)
                .get("/api/v1/admin/newsletters/" + id + "/subscribers")
                .then()
                .statusCode(200)
                .body("data.size()", equalTo(2))
                .body("meta.page", equalTo(1))
                .body("meta.total", equalTo(3))
                .body("meta.counts.pending", equalTo(2))
                .body("meta.counts.confirmed", equalTo(1))
                .body("meta.counts.unsubscribed", equalTo(0));
        given().auth()
                .oauth2(admin)
                .queryParam("status", "pending")
                .queryParam("email", "EXAMPLE.ORG")
                .get("/api/v1/admin/newsletters/" + id + "/subscribers")
                .then()
                .body("data.email", contains("bohdan@example.org"));
        given().auth()
                .oauth2(admin)
                .queryParam("email", "%")
                .get("/api/v1/admin/newsletters/" + id + "/subscribers")
                .then()
                .body("meta.total", equalTo(0));
        given().auth()
                .oauth2(admin)
                .queryParam("status", "nonsense")
                .get("/api/v1/admin/newsletters/" + id + "/subscribers")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));

        String csv = given().auth()
                .oauth2(admin)
                .get("/api/v1/admin/newsletters/" + id + "/subscribers.csv")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("attachment"))
                .extract()
                .asString();
        List<String> lines = csv.lines().toList();
        assertEquals("email,name,status,requested_at,confirmed_at,source,unsubscribe_url", lines.get(0));
        assertEquals(2, lines.size(), csv);
        assertTrue(lines.get(1).startsWith("\"anna@example.com\",'=HYPERLINK(1),confirmed,"), lines.get(1));
        assertTrue(lines.get(1).contains(",http://localhost:8080/api/v1/subscriptions/unsubscribe?token="));
        String pending = given().auth()
                .oauth2(admin)
                .queryParam("status", "pending")
                .get("/api/v1/admin/newsletters/" + id + "/subscribers.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(pending.contains("\n\"=cmd@example.com\",'=HYPERLINK(1),pending,"), pending);
    }
}
