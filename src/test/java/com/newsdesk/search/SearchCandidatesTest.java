package com.newsdesk.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import com.newsdesk.article.ArticleFixtures;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Above NEWSDESK_SEARCH_MAX_CANDIDATES matches only the newest are ranked, and the answer says so. */
@QuarkusTest
@TestProfile(SearchCandidatesTest.TwoCandidates.class)
class SearchCandidatesTest {

    public static class TwoCandidates implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsdesk.search.max-candidates", "2");
        }
    }

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    private String editor;

    @BeforeEach
    void threeStoriesAboutFerries() {
        content.deleteAllContent();
        staff.deleteAll();
        editor = StaffFixtures.login(staff.create(StaffRole.EDITOR));
        ArticleFixtures.basics(editor);
        String[] headlines = {"Ferries resume after the storm", "Ferry crews strike", "New ferries for the bay"};
        for (int i = 0; i < headlines.length; i++) {
            String id = ArticleFixtures.draft(editor, headlines[i]);
            ArticleFixtures.publish(editor, id).then().statusCode(200);
            // The first is the oldest: a day apart, so "newest" is not a matter of milliseconds.
            content.setPublishedAt(id, Instant.parse("2026-11-0" + (i + 1) + "T08:00:00Z"));
        }
        ArticleFixtures.publish(editor, ArticleFixtures.draft(editor, "Harbour ferry pilots train"))
                .then()
                .statusCode(200);
    }

    @Test
    void moreMatchesThanCandidatesRanksTheNewestAndSaysSo() {
        given().queryParam("q", "ferry")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("meta.approximate", equalTo(true))
                .body("data.article.slug", containsInAnyOrder("harbour-ferry-pilots-train", "new-ferries-for-the-bay"));
    }

    @Test
    void asManyMatchesAsCandidatesIsExact() {
        given().queryParam("q", "strike OR storm")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("meta.approximate", equalTo(false))
                .body("data.article.slug", containsInAnyOrder("ferries-resume-after-the-storm", "ferry-crews-strike"));
    }
}
