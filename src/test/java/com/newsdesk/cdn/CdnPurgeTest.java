package com.newsdesk.cdn;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsdesk.article.ArticleFixtures;
import com.newsdesk.article.ScheduledPublisher;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import com.newsdesk.webhook.WebhookFixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Changes purge exactly the keys the changed answers carried, through a CDN played by a real server. */
@QuarkusTest
@QuarkusTestResource(value = FakeCdn.class, restrictToAnnotatedClass = true)
class CdnPurgeTest {

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    @Inject
    WebhookFixtures queue;

    @Inject
    CdnPurger purger;

    @Inject
    ScheduledPublisher publisher;

    private String editor;

    @BeforeEach
    void newsroom() {
        content.deleteAllContent();
        staff.deleteAll();
        editor = StaffFixtures.login(staff.create(StaffRole.EDITOR));
        ArticleFixtures.basics(editor);
        queue.update("DELETE FROM cdn_purge");
        FakeCdn.PURGES.clear();
        FakeCdn.STATUS.set(200);
    }

    private static Set<String> keysOf(String path) {
        String header = given().get(path).then().statusCode(200).extract().header("Surrogate-Key");
        return Set.of(header.split(" "));
    }

    private static Set<String> purgedKeys() throws Exception {
        Set<String> keys = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (FakeCdn.Purge purge : FakeCdn.PURGES) {
            json.readTree(purge.body()).path("surrogate_keys").forEach(k -> keys.add(k.asText()));
        }
        return keys;
    }

    @Test
    void publishingPurgesEveryListTheArticleEntersAndItsOwnAnswer() throws Exception {
        String id = ArticleFixtures.draft(editor, "Substation repaired");
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        Set<String> carried = new HashSet<>();
        carried.addAll(keysOf("/api/v1/articles/substation-repaired"));
        carried.addAll(keysOf("/api/v1/feed"));
        carried.addAll(keysOf("/api/v1/articles"));
        carried.addAll(keysOf("/api/v1/sections/news/articles"));
        carried.addAll(keysOf("/api/v1/tags/energy/articles"));
        carried.addAll(keysOf("/api/v1/authors/olena-petrenko/articles"));
        carried.addAll(keysOf("/api/v1/feed.rss"));
        assertTrue(carried.contains("article-" + id));
        assertTrue(carried.contains("feed"));
        assertTrue(carried.stream().anyMatch(k -> k.startsWith("section-")));

        // A key row that another transaction is merging into at that moment is skipped (SKIP
        // LOCKED) and goes in the next batch: send until everything carried went out.
        Instant deadline = Instant.now().plusSeconds(10);
        while (!purgedKeys().containsAll(carried)) {
            assertTrue(Instant.now().isBefore(deadline), "purged " + purgedKeys() + ", carried " + carried);
            purger.purgeDue();
        }
        FakeCdn.Purge purge = FakeCdn.PURGES.get(0);
        assertEquals("POST", purge.method());
        assertEquals("/service/svc-1/purge", purge.path());
        assertEquals("fastly-test-token", purge.header("Fastly-Key"));
        assertEquals("1", purge.header("Fastly-Soft-Purge"));
        assertTrue(purgedKeys().containsAll(carried), "purged " + purgedKeys() + ", carried " + carried);
        assertEquals(0, purger.purgeDue(), "nothing twice");
    }

    @Test
    void aKillPurgesTheArticleAndEveryListItWasIn() throws Exception {
        String id = ArticleFixtures.draft(editor, "Withdrawn story");
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        Set<String> carried = new HashSet<>(keysOf("/api/v1/articles/withdrawn-story"));
        carried.addAll(keysOf("/api/v1/feed"));
        carried.addAll(keysOf("/api/v1/sections/news/articles"));
        Instant drained = Instant.now().plusSeconds(10);
        do {
            assertTrue(Instant.now().isBefore(drained), "the publication's purges went out");
            purger.purgeDue();
        } while (queue.count("SELECT count(*) FROM cdn_purge") > 0);
        FakeCdn.PURGES.clear();

        given().header("Authorization", "Bearer " + editor)
                .post("/api/v1/admin/articles/" + id + "/kill")
                .then()
                .statusCode(200);
        Instant deadline = Instant.now().plusSeconds(10);
        while (!purgedKeys().containsAll(carried)) {
            assertTrue(Instant.now().isBefore(deadline), "purged " + purgedKeys() + ", carried " + carried);
            purger.purgeDue();
        }
    }

    @Test
    void changesWithinAWindowArePurgedOnceEach() throws Exception {
        String id = ArticleFixtures.draft(editor, "Edited thrice");
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        for (String headline : List.of("Edited twice", "Edited once more")) {
            given().header("Authorization", "Bearer " + editor)
                    .header("If-Match", ArticleFixtures.etag(editor, id))
                    .contentType("application/merge-patch+json")
                    .body("{\"headline\": \"" + headline + "\"}")
                    .patch("/api/v1/admin/articles/" + id)
                    .then()
                    .statusCode(200);
        }
        purger.purgeDue();
        assertEquals(1, FakeCdn.PURGES.size());
        List<String> keys = new ArrayList<>();
        new ObjectMapper()
                .readTree(FakeCdn.PURGES.get(0).body())
                .path("surrogate_keys")
                .forEach(k -> keys.add(k.asText()));
        assertEquals(keys.size(), new HashSet<>(keys).size(), "each key once: " + keys);
        assertTrue(keys.contains("article-" + id));
    }

    @Test
    void aRefusingProviderIsAskedAgainAfterItsRetryAfter() throws Exception {
        String id = ArticleFixtures.draft(editor, "Rate limited");
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        FakeCdn.STATUS.set(429);
        assertEquals(0, purger.purgeDue());
        assertEquals(1, FakeCdn.PURGES.size());
        FakeCdn.STATUS.set(200);
        assertEquals(0, purger.purgeDue(), "not before its Retry-After");
        assertEquals(1, FakeCdn.PURGES.size());
        Thread.sleep(1_100);
        assertTrue(purger.purgeDue() > 0);
        assertEquals(2, FakeCdn.PURGES.size());
        assertTrue(purgedKeys().contains("article-" + id));
        assertEquals(0, queue.count("SELECT count(*) FROM cdn_purge"));
    }

    @Test
    void aScheduledArticleGoingLiveIsPurged() throws Exception {
        String id = ArticleFixtures.draft(editor, "Live at noon");
        given().header("Authorization", "Bearer " + editor)
                .contentType(ContentType.JSON)
                .body("{\"publishAt\": \"" + Instant.now().plus(Duration.ofHours(1)) + "\"}")
                .post("/api/v1/admin/articles/" + id + "/schedule")
                .then()
                .statusCode(200);
        purger.purgeDue();
        assertTrue(!purgedKeys().contains("article-" + id), "nothing public changed at scheduling");
        queue.update(
                "UPDATE article SET published_at = now() - interval '1 second' WHERE id = ?1", UUID.fromString(id));
        publisher.publishDue();
        Instant deadline = Instant.now().plusSeconds(10);
        while (!purgedKeys().contains("article-" + id)) {
            assertTrue(Instant.now().isBefore(deadline), "purged after going live");
            purger.purgeDue();
            Thread.sleep(100);
        }
        assertTrue(purgedKeys().contains("feed"));
    }

    @Test
    void aCollectionWindowOpeningPurgesTheCollection() throws Exception {
        String id = ArticleFixtures.draft(editor, "Pick of the evening");
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        String collection = given().header("Authorization", "Bearer " + editor)
                .get("/api/v1/admin/collections?limit=100")
                .path("data.find { it.slug == 'editors-picks' }.id");
        String etag = given().header("Authorization", "Bearer " + editor)
                .get("/api/v1/admin/collections/" + collection)
                .header("ETag");
        Instant opens = Instant.now().plusSeconds(2);
        given().header("Authorization", "Bearer " + editor)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body("{\"items\": [{\"article\": \"" + id + "\", \"showFrom\": \"" + opens + "\"}]}")
                .put("/api/v1/admin/collections/" + collection + "/items")
                .then()
                .statusCode(200);
        // The change itself; the background worker may be sending part of it, so wait until the queue is empty.
        Instant drained = Instant.now().plusSeconds(10);
        do {
            assertTrue(Instant.now().isBefore(drained), "the change's purges went out");
            purger.purgeDue();
            Thread.sleep(50);
        } while (queue.count("SELECT count(*) FROM cdn_purge") > 0);
        assertTrue(purgedKeys().contains("collection-editors-picks"));
        FakeCdn.PURGES.clear();
        Thread.sleep(Duration.between(Instant.now(), opens).toMillis() + 200);
        Instant deadline = Instant.now().plusSeconds(10);
        while (!purgedKeys().contains("collection-editors-picks")) {
            assertTrue(Instant.now().isBefore(deadline), "purged when the window opened");
            purger.purgeDue();
            Thread.sleep(50);
        }
        assertEquals(Set.of("collection-editors-picks"), purgedKeys(), "the window opened, and nothing else");
        assertTrue(keysOf("/api/v1/collections/editors-picks").contains("collection-editors-picks"));
    }

    @Test
    void largeBatchesAreSplitAtTheProvidersLimit() throws InterruptedException {
        queue.select(
                "SELECT queue_cdn_purge(ARRAY(SELECT 'article-' || gen_random_uuid() FROM generate_series(1, 300)))");
        // A request on a pooled connection the server has just closed fails and is retried after
        // the backoff; only requests the provider answered are recorded.
        int purged = 0;
        Instant deadline = Instant.now().plusSeconds(15);
        while (purged < 300) {
            assertTrue(Instant.now().isBefore(deadline), "purged " + purged + " of 300");
            int sent = purger.purgeDue();
            purged += sent;
            if (sent == 0) {
                Thread.sleep(200);
            }
        }
        assertEquals(300, purged);
        assertEquals(2, FakeCdn.PURGES.size());
        assertTrue(FakeCdn.PURGES.get(0).body().split(",").length == 256);
    }

    @Test
    void cloudflareAndVarnishRequestsCarryTheKeysTheirWay() {
        queue.select("SELECT queue_cdn_purge(ARRAY['feed', 'section-1'])");
        purger.purgeDue(CdnProvider.cloudflare(FakeCdn.url + "/client/v4/", "zone-9", "cf-token"));
        FakeCdn.Purge cloudflare = FakeCdn.PURGES.get(0);
        assertEquals("POST", cloudflare.method());
        assertEquals("/client/v4/zones/zone-9/purge_cache", cloudflare.path());
        assertEquals("Bearer cf-token", cloudflare.header("Authorization"));
        assertTrue(cloudflare.body().startsWith("{\"tags\":["), cloudflare.body());
        assertTrue(cloudflare.body().contains("\"feed\"") && cloudflare.body().contains("\"section-1\""));

        queue.select("SELECT queue_cdn_purge(ARRAY['tag-2'])");
        purger.purgeDue(CdnProvider.http(FakeCdn.url + "/varnish", "PURGE", "xkey-softpurge", null));
        FakeCdn.Purge varnish = FakeCdn.PURGES.get(1);
        assertEquals("PURGE", varnish.method());
        assertEquals("/varnish", varnish.path());
        assertEquals("tag-2", varnish.header("xkey-softpurge"));
    }
}
