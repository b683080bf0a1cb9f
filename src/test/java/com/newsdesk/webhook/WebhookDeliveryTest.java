package com.newsdesk.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.article.ArticleFixtures;
import com.newsdesk.article.ScheduledPublisher;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Content changes reach webhook endpoints signed, once, in order, and survive the endpoint being down. */
@QuarkusTest
class WebhookDeliveryTest {

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    @Inject
    WebhookFixtures fixtures;

    @Inject
    DeliveryWorker worker;

    @Inject
    ScheduledPublisher publisher;

    private String admin;
    private String editor;
    private Receiver receiver;

    @BeforeEach
    void newsroom() throws Exception {
        fixtures.deleteAll();
        content.deleteAllContent();
        staff.deleteAll();
        admin = StaffFixtures.login(staff.create(StaffRole.ADMIN));
        editor = StaffFixtures.login(staff.create(StaffRole.EDITOR));
        ArticleFixtures.basics(editor);
        receiver = new Receiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
        fixtures.deleteAll();
    }

    private String register(String events, String filters) {
        return WebhookFixtures.register(
                        admin,
                        "{\"url\": \"" + receiver.url("/api/revalidate") + "\", \"events\": " + events
                                + (filters.isEmpty() ? "" : ", " + filters) + "}")
                .path("secret");
    }

    private String webhookId() {
        return given().header("Authorization", "Bearer " + admin)
                .get("/api/v1/admin/webhooks")
                .path("data[0].id");
    }

    private void deliverUntil(BooleanSupplier done, String what) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(15);
        while (!done.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), "timed out waiting for " + what);
            worker.deliverDue();
            Thread.sleep(50);
        }
    }

    private static void edit(String token, String id, String json) {
        given().header("Authorization", "Bearer " + token)
                .header("If-Match", ArticleFixtures.etag(token, id))
                .contentType("application/merge-patch+json")
                .body(json)
                .patch("/api/v1/admin/articles/" + id)
                .then()
                .statusCode(200);
    }

    @Test
    void publishingDeliversAnEventTheReferenceLibraryVerifiesAndTheLogShowsIt() throws Exception {
        String secret = register("[\"article.*\"]", "");
        String id = ArticleFixtures.draft(editor, "Grid holds overnight");
        ArticleFixtures.publish(editor, id).then().statusCode(200);

        deliverUntil(() -> receiver.calls.size() == 1, "the delivery");
        Receiver.Call call = receiver.calls.get(0);
        assertTrue(call.verifiesWith(secret), "signature verified by com.standardwebhooks");
        assertFalse(call.verifiesWith("whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[24])));
        assertTrue(call.header("webhook-id").matches("msg_[0-9a-f]{32}"), call.header("webhook-id"));
        assertTrue(Math.abs(Long.parseLong(call.header("webhook-timestamp"))
                        - Instant.now().getEpochSecond())
                < 60);
        assertEquals("application/json", call.header("content-type"));
        assertEquals("article.published", call.json().path("type").asText());
        assertEquals(
                "grid-holds-overnight", call.json().path("data").path("slug").asText());
        assertEquals(
                "Grid holds overnight",
                call.json().path("data").path("headline").asText());
        assertEquals(id, call.json().path("data").path("id").asText());
        assertNotNull(Instant.parse(call.json().path("timestamp").asText()));

        given().header("Authorization", "Bearer " + admin)
                .get("/api/v1/admin/webhooks/" + webhookId() + "/deliveries")
                .then()
                .statusCode(200)
                .body("data", hasSize(1))
                .body("data[0].status", equalTo("succeeded"))
                .body("data[0].type", equalTo("article.published"))
                .body("data[0].messageId", equalTo(call.header("webhook-id")))
                .body("data[0].attempts", hasSize(1))
                .body("data[0].attempts[0].status", equalTo(200))
                .body("data[0].attempts[0].response", equalTo("{\"revalidated\": true}"))
                .body("meta.total", equalTo(1));
    }

    @Test
    void aReceiverThatIsDownGetsEveryEventLaterInOrderWithTheSameIds() throws Exception {
        register("[\"article.*\"]", "");
        String id = ArticleFixtures.draft(editor, "Power cut in the east");
        receiver.status.set(503);
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        edit(editor, id, "{\"headline\": \"Power cut in the east ends\"}");
        edit(editor, id, "{\"headline\": \"Power restored in the east\"}");
        // The first delivery fails again and again; the later ones wait behind it.
        deliverUntil(() -> receiver.calls.size() >= 3, "three failed attempts");
        assertTrue(
                receiver.calls.stream()
                        .allMatch(c -> c.json().path("type").asText().equals("article.published")),
                "nothing overtakes the failing first event");
        String firstId = receiver.calls.get(0).header("webhook-id");
        assertTrue(receiver.calls.stream().allMatch(c -> c.header("webhook-id").equals(firstId)));

        receiver.status.set(200);
        deliverUntil(() -> receiver.accepted().size() == 3, "every event once the receiver is back");
        List<Receiver.Call> accepted = receiver.accepted();
        assertEquals(
                List.of("article.published", "article.updated", "article.updated"),
                accepted.stream().map(c -> c.json().path("type").asText()).toList());
        assertEquals(firstId, accepted.get(0).header("webhook-id"), "the retry kept its webhook-id");
        assertEquals(
                3, accepted.stream().map(c -> c.header("webhook-id")).distinct().count());
        given().header("Authorization", "Bearer " + admin)
                .get("/api/v1/admin/webhooks/" + webhookId() + "/deliveries?limit=1&page=3")
                .then()
                .statusCode(200)
                .body("data[0].type", equalTo("article.published"))
                .body("data[0].status", equalTo("succeeded"))
                .body("data[0].attempts.status", org.hamcrest.Matchers.hasItems(503, 200));
    }

    @Test
    void eachChangeGivesOneEventAlsoWhenOnlyTagsChange() throws Exception {
        register("[\"article.*\"]", "");
        String id = ArticleFixtures.draft(editor, "Tagged later");
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        edit(editor, id, "{\"tags\": [\"winter\"]}");
        edit(editor, id, "{\"headline\": \"Tagged later, retitled\", \"tags\": [\"energy\", \"winter\"]}");
        deliverUntil(() -> receiver.calls.size() == 3, "three events");
        Thread.sleep(300);
        worker.deliverDue();
        assertEquals(
                List.of("article.published", "article.updated", "article.updated"),
                receiver.calls.stream().map(c -> c.json().path("type").asText()).toList());
        // Data is the public view when the event is first sent; both edits had committed by then.
        assertTrue(iterateTexts(receiver.calls.get(1).json().path("data").path("tags"), "slug")
                .contains("winter"));
        assertEquals(
                3, fixtures.count("SELECT count(*) FROM content_event WHERE subject_id = ?1", UUID.fromString(id)));
    }

    private static List<String> iterateTexts(com.fasterxml.jackson.databind.JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.path(field).asText()));
        return texts;
    }

    @Test
    void twoInstancesNeverDeliverAMessageTwice() throws Exception {
        register("[\"*\"]", "");
        for (int i = 0; i < 12; i++) {
            String id = ArticleFixtures.draft(editor, "Story number " + i);
            ArticleFixtures.publish(editor, id).then().statusCode(200);
        }
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> drain = () -> {
                int sent = 0;
                for (int round = 0; round < 40; round++) {
                    sent += worker.deliverDue();
                }
                return sent;
            };
            List<Future<Integer>> runs = List.of(instances.submit(drain), instances.submit(drain));
            int claimed = 0;
            for (Future<Integer> run : runs) {
                claimed += run.get();
            }
            assertEquals(12, claimed, "each delivery claimed once");
        } finally {
            instances.shutdown();
        }
        Map<String, Long> perMessage = receiver.calls.stream()
                .collect(Collectors.groupingBy(c -> c.header("webhook-id"), Collectors.counting()));
        assertEquals(12, perMessage.size());
        assertTrue(perMessage.values().stream().allMatch(n -> n == 1), perMessage.toString());
    }

    @Test
    void aScheduledArticleGivesExactlyOnePublishedEventAcrossInstances() throws Exception {
        register("[\"article.published\"]", "");
        String id = ArticleFixtures.draft(editor, "Timed for dawn");
        given().header("Authorization", "Bearer " + editor)
                .contentType(ContentType.JSON)
                .body("{\"publishAt\": \"" + Instant.now().plus(Duration.ofHours(1)) + "\"}")
                .post("/api/v1/admin/articles/" + id + "/schedule")
                .then()
                .statusCode(200);
        // As if every instance was down at its time and they all come back at once.
        fixtures.update(
                "UPDATE article SET published_at = now() - interval '10 minutes' WHERE id = ?1", UUID.fromString(id));
        ExecutorService instances = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(instances.submit(publisher::publishDue));
            }
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            instances.shutdown();
        }
        deliverUntil(
                () -> fixtures.count(
                                        "SELECT count(*) FROM article WHERE status = 'published' AND id = ?1",
                                        UUID.fromString(id))
                                == 1
                        && receiver.calls.size() >= 1,
                "the publication and its delivery");
        Thread.sleep(300);
        worker.deliverDue();
        assertEquals(
                1,
                fixtures.count(
                        "SELECT count(*) FROM content_event WHERE type = 'article.published' AND subject_id = ?1",
                        UUID.fromString(id)));
        assertEquals(1, receiver.calls.size());
        assertEquals(
                "timed-for-dawn",
                receiver.calls.get(0).json().path("data").path("slug").asText());
    }

    @Test
    void aRotatedSecretCoSignsUntilItsOverlapEnds() throws Exception {
        String old = register("[\"article.published\"]", "");
        String rotated = given().header("Authorization", "Bearer " + admin)
                .post("/api/v1/admin/webhooks/" + webhookId() + "/secret")
                .then()
                .statusCode(200)
                .body("webhook.previousSecretExpiresAt", org.hamcrest.Matchers.notNullValue())
                .extract()
                .path("secret");
        assertFalse(old.equals(rotated));
        String id = ArticleFixtures.draft(editor, "Two keys");
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        deliverUntil(() -> receiver.calls.size() == 1, "the delivery");
        Receiver.Call call = receiver.calls.get(0);
        assertEquals(2, call.header("webhook-signature").split(" ").length);
        assertTrue(call.verifiesWith(rotated));
        assertTrue(call.verifiesWith(old));

        fixtures.update("UPDATE webhook SET previous_secret_until = now() - interval '1 second'");
        String later = ArticleFixtures.draft(editor, "One key");
        ArticleFixtures.publish(editor, later).then().statusCode(200);
        deliverUntil(() -> receiver.calls.size() == 2, "the second delivery");
        assertTrue(receiver.calls.get(1).verifiesWith(rotated));
        assertFalse(receiver.calls.get(1).verifiesWith(old), "the old secret no longer signs");
    }

    @Test
    void filtersKeepOtherSectionsAndEventTypesOut() throws Exception {
        ArticleFixtures.post(editor, "/api/v1/admin/sections", "{\"slug\": \"sport\", \"name\": \"Sport\"}");
        register("[\"article.published\"]", "\"sections\": [\"sport\"]");
        String news = ArticleFixtures.draft(editor, "In the news section");
        ArticleFixtures.publish(editor, news).then().statusCode(200);
        edit(editor, news, "{\"section\": \"sport\"}"); // an update, which this webhook does not want
        String sport = ArticleFixtures.post(
                editor,
                "/api/v1/admin/articles",
                "{\"headline\": \"Derby tonight\", \"authors\": [\"olena-petrenko\"], \"section\": \"sport\","
                        + " \"body\": [{\"type\": \"paragraph\", \"text\": \"Kick-off at eight.\"}]}");
        ArticleFixtures.publish(editor, sport).then().statusCode(200);
        deliverUntil(() -> receiver.calls.size() == 1, "the sport article");
        Thread.sleep(200);
        worker.deliverDue();
        assertEquals(1, receiver.calls.size());
        assertEquals(
                "derby-tonight",
                receiver.calls.get(0).json().path("data").path("slug").asText());
    }

    @Test
    void unpublishingAndDeletingSendOnlyTheIdAndSlug() throws Exception {
        register("[\"article.unpublished\", \"article.deleted\"]", "");
        String id = ArticleFixtures.draft(editor, "Withdrawn story");
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        given().header("Authorization", "Bearer " + editor)
                .post("/api/v1/admin/articles/" + id + "/unpublish")
                .then()
                .statusCode(200);
        deliverUntil(() -> receiver.calls.size() == 1, "the unpublication");
        var data = receiver.calls.get(0).json().path("data");
        assertEquals(
                "article.unpublished", receiver.calls.get(0).json().path("type").asText());
        assertEquals(List.of("id", "slug"), iterate(data.fieldNames()));
        assertEquals(id, data.path("id").asText());
    }

    @Test
    void anEndpointThatAnswers410IsDisabledWithANoteAndRecoverSendsWhatItMissed() throws Exception {
        register("[\"article.published\"]", "");
        receiver.status.set(410);
        String first = ArticleFixtures.draft(editor, "Gone endpoint");
        ArticleFixtures.publish(editor, first).then().statusCode(200);
        deliverUntil(() -> receiver.calls.size() == 1, "the attempt");
        String webhook = webhookId();
        deliverUntil(
                () -> !given().header("Authorization", "Bearer " + admin)
                        .get("/api/v1/admin/webhooks/" + webhook)
                        .<Boolean>path("enabled"),
                "the endpoint disabled");
        given().header("Authorization", "Bearer " + admin)
                .get("/api/v1/admin/webhooks/" + webhook)
                .then()
                .body("disabledReason", org.hamcrest.Matchers.containsString("410"));
        given().header("Authorization", "Bearer " + admin)
                .get("/api/v1/admin/webhooks/" + webhook + "/deliveries")
                .then()
                .body("data[0].status", equalTo("failed"))
                .body("data[0].note", org.hamcrest.Matchers.containsString("410"));
        String missed = ArticleFixtures.draft(editor, "While disabled");
        ArticleFixtures.publish(editor, missed).then().statusCode(200);
        Thread.sleep(200);
        worker.deliverDue();
        assertEquals(1, receiver.calls.size(), "a disabled endpoint gets nothing");

        receiver.status.set(200);
        String etag = given().header("Authorization", "Bearer " + admin)
                .get("/api/v1/admin/webhooks/" + webhook)
                .header("ETag");
        given().header("Authorization", "Bearer " + admin)
                .header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body("{\"enabled\": true}")
                .patch("/api/v1/admin/webhooks/" + webhook)
                .then()
                .statusCode(200)
                .body("disabledReason", org.hamcrest.Matchers.nullValue());
        given().header("Authorization", "Bearer " + admin)
                .contentType(ContentType.JSON)
                .body("{\"since\": \"" + Instant.now().minus(Duration.ofHours(1)) + "\"}")
                .post("/api/v1/admin/webhooks/" + webhook + "/recover")
                .then()
                .statusCode(202)
                .body("queued", equalTo(2));
        deliverUntil(() -> receiver.accepted().size() == 2, "both recovered");
        assertEquals(
                List.of("gone-endpoint", "while-disabled"),
                receiver.accepted().stream()
                        .map(c -> c.json().path("data").path("slug").asText())
                        .sorted()
                        .toList());
    }

    @Test
    void failingForLongerThanDisableAfterDisablesTheEndpoint() throws Exception {
        register("[\"article.published\"]", "");
        fixtures.update("UPDATE webhook SET failing_since = now() - interval '6 days'");
        receiver.status.set(500);
        String id = ArticleFixtures.draft(editor, "Still failing");
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        deliverUntil(() -> receiver.calls.size() == 1, "the attempt");
        String webhook = webhookId();
        deliverUntil(
                () -> fixtures.count("SELECT count(*) FROM webhook WHERE NOT enabled") == 1, "the endpoint disabled");
        given().header("Authorization", "Bearer " + admin)
                .get("/api/v1/admin/webhooks/" + webhook + "/deliveries")
                .then()
                .body("data[0].status", equalTo("cancelled"))
                .body("data[0].note", org.hamcrest.Matchers.containsString("every attempt since"));
    }

    @Test
    void aRedeliveryKeepsTheWebhookIdAndARunningOneIsAConflict() throws Exception {
        register("[\"article.published\"]", "");
        String id = ArticleFixtures.draft(editor, "Send it again");
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        deliverUntil(() -> receiver.calls.size() == 1, "the delivery");
        String webhook = webhookId();
        // The receiver has the call before the worker has written down its answer.
        deliverUntil(
                () -> "succeeded"
                        .equals(given().header("Authorization", "Bearer " + admin)
                                .get("/api/v1/admin/webhooks/" + webhook + "/deliveries")
                                .path("data[0].status")),
                "the delivery's outcome in the log");
        String delivery = given().header("Authorization", "Bearer " + admin)
                .get("/api/v1/admin/webhooks/" + webhook + "/deliveries")
                .path("data[0].id");
        given().header("Authorization", "Bearer " + admin)
                .post("/api/v1/admin/webhooks/" + webhook + "/deliveries/" + delivery + "/retry")
                .then()
                .statusCode(202)
                .body("status", equalTo("pending"));
        given().header("Authorization", "Bearer " + admin)
                .post("/api/v1/admin/webhooks/" + webhook + "/deliveries/" + delivery + "/retry")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().header("Authorization", "Bearer " + admin)
                .post("/api/v1/admin/webhooks/" + webhook + "/deliveries/" + UUID.randomUUID() + "/retry")
                .then()
                .statusCode(404);
        deliverUntil(() -> receiver.calls.size() == 2, "the redelivery");
        assertEquals(
                receiver.calls.get(0).header("webhook-id"),
                receiver.calls.get(1).header("webhook-id"));
        assertEquals(receiver.calls.get(0).body(), receiver.calls.get(1).body(), "the same bytes again");
    }

    @Test
    void aUrlThatTurnsInternalIsNotCalledAtDelivery() throws Exception {
        register("[\"article.published\"]", "");
        try (java.net.ServerSocket inside =
                new java.net.ServerSocket(0, 5, java.net.InetAddress.getByName("127.0.0.1"))) {
            inside.setSoTimeout(500);
            // As if its DNS name now answered with a loopback address.
            fixtures.update("UPDATE webhook SET url = ?1", "http://localhost:" + inside.getLocalPort() + "/hook");
            String id = ArticleFixtures.draft(editor, "Rebound name");
            ArticleFixtures.publish(editor, id).then().statusCode(200);
            deliverUntil(
                    () -> fixtures.count("SELECT count(*) FROM webhook_attempt WHERE error LIKE 'Not sent:%'") >= 1,
                    "a refused attempt");
            assertThrowsTimeout(inside);
        }
    }

    private static void assertThrowsTimeout(java.net.ServerSocket socket) throws java.io.IOException {
        try (java.net.Socket accepted = socket.accept()) {
            throw new AssertionError("something connected to the internal address: " + accepted);
        } catch (java.net.SocketTimeoutException expected) {
            // nothing came
        }
    }

    private static List<String> iterate(java.util.Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
