package com.newsdesk.article;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A list costs the same number of SQL statements whatever its page size: no N+1. */
@QuarkusTest
class ListQueryCountTest {

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    @Inject
    SessionFactory sessions;

    private String editor;

    @BeforeEach
    void twelveArticles() {
        content.deleteAllContent();
        staff.deleteAll();
        editor = StaffFixtures.login(staff.create(StaffRole.EDITOR));
        ArticleFixtures.basics(editor);
        String photo = ArticleFixtures.photo(editor, "A substation at night");
        for (int i = 0; i < 12; i++) {
            String id = ArticleFixtures.post(
                    editor,
                    "/api/v1/admin/articles",
                    ("{\"headline\": \"Story number %d\", \"authors\": [\"olena-petrenko\", \"taras-melnyk\"], \"section\": \"news\","
                                    + " \"tags\": [\"energy\", \"winter\"], \"leadImage\": {\"mediaId\": \"%s\"},"
                                    + " \"body\": [{\"type\": \"paragraph\", \"text\": \"Words.\"}]}")
                            .formatted(i, photo));
            ArticleFixtures.publish(editor, id).then().statusCode(200);
        }
    }

    private long statementsFor(String path) {
        sessions.getStatistics().clear();
        given().get(path).then().statusCode(200);
        return sessions.getStatistics().getPrepareStatementCount();
    }

    @Test
    void listStatementsDoNotGrowWithThePage() {
        long small = statementsFor("/api/v1/articles?limit=2");
        long large = statementsFor("/api/v1/articles?limit=12");
        assertTrue(small > 0, "statistics must be on");
        assertEquals(small, large, "statements for 2 vs 12 articles");
        long byTag = statementsFor("/api/v1/tags/energy/articles?limit=12");
        assertTrue(byTag <= large + 1, "tag list: " + byTag);
    }

    @Test
    void staffListStatementsDoNotGrowWithThePage() {
        sessions.getStatistics().clear();
        given().header("Authorization", "Bearer " + editor)
                .get("/api/v1/admin/articles?limit=2")
                .then()
                .statusCode(200);
        long small = sessions.getStatistics().getPrepareStatementCount();
        sessions.getStatistics().clear();
        given().header("Authorization", "Bearer " + editor)
                .get("/api/v1/admin/articles?limit=12")
                .then()
                .statusCode(200);
        long large = sessions.getStatistics().getPrepareStatementCount();
        assertEquals(small, large, "statements for 2 vs 12 articles");
    }
}
