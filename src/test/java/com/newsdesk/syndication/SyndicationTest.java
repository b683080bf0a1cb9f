package com.newsdesk.syndication;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.article.ArticleFixtures;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

@QuarkusTest
class SyndicationTest {

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    @BeforeEach
    void twoArticles() {
        content.deleteAllContent();
        staff.deleteAll();
        String editor = StaffFixtures.login(staff.create(StaffRole.EDITOR));
        ArticleFixtures.basics(editor);
        String photo = ArticleFixtures.photo(editor, "A substation");
        String id = ArticleFixtures.post(
                editor,
                "/api/v1/admin/articles",
                "{\"headline\": \"Power & light <returns>\", \"authors\": [\"olena-petrenko\"], \"section\": \"news\", \"tags\": [\"energy\"],"
                        + " \"leadImage\": {\"mediaId\": \"" + photo
                        + "\"}, \"body\": [{\"type\": \"paragraph\", \"text\": \"Lights on.\"}]}");
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        ArticleFixtures.publish(editor, ArticleFixtures.draft(editor, "Second story"))
                .then()
                .statusCode(200);
    }

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    @Test
    void rssIsWellFormedWithAbsoluteLinksAndEnclosures() throws Exception {
        var response = given().get("/api/v1/feed.rss")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/rss+xml"))
                .header("ETag", notNullValue())
                .header("Last-Modified", notNullValue())
                .extract();
        Document rss = xml(response.asByteArray());
        assertEquals("2.0", rss.getDocumentElement().getAttribute("version"));
        assertEquals(2, rss.getElementsByTagName("item").getLength());
        Element first = (Element) rss.getElementsByTagName("item").item(0);
        String link = first.getElementsByTagName("link").item(0).getTextContent();
        assertTrue(link.startsWith("http://localhost:8080/articles/"), link);
        Element enclosure = (Element) rss.getElementsByTagName("enclosure").item(0);
        assertEquals("image/jpeg", enclosure.getAttribute("type"));
        // RSS titles are HTML: the text arrives HTML-escaped inside the XML (see FeedTextTest).
        assertEquals(
                "Power &amp; light &lt;returns&gt;",
                ((Element) rss.getElementsByTagName("item").item(1))
                        .getElementsByTagName("title")
                        .item(0)
                        .getTextContent());
        given().header("If-None-Match", response.header("ETag"))
                .get("/api/v1/feed.rss")
                .then()
                .statusCode(304);
    }

    @Test
    void atomHasTheElementsRfc4287Requires() throws Exception {
        byte[] body = given().get("/api/v1/feed.atom")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/atom+xml"))
                .extract()
                .asByteArray();
        Document atom = xml(body);
        Element feed = atom.getDocumentElement();
        assertEquals("http://www.w3.org/2005/Atom", feed.getNamespaceURI());
        for (String required : new String[] {"id", "title", "updated", "author"}) {
            assertTrue(
                    feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", required)
                                    .getLength()
                            > 0,
                    required);
        }
        Element entry = (Element) feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry")
                .item(0);
        for (String required : new String[] {"id", "title", "updated", "link"}) {
            assertTrue(
                    entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", required)
                                    .getLength()
                            > 0,
                    required);
        }
    }

    @Test
    void jsonFeedAndScopedFeeds() {
        given().get("/api/v1/feed.json")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/feed+json"))
                .body("version", equalTo("https://jsonfeed.org/version/1.1"))
                .body("items[1].title", equalTo("Power & light <returns>"))
                .body("items[1].image", notNullValue());
        given().get("/api/v1/tags/energy/feed.json").then().statusCode(200).body("items.size()", equalTo(2));
        given().get("/api/v1/sections/news/feed.rss").then().statusCode(200);
        given().get("/api/v1/authors/olena-petrenko/feed.atom").then().statusCode(200);
        given().get("/api/v1/tags/none/feed.rss").then().statusCode(404).contentType("application/problem+json");
    }
}
