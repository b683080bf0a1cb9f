package com.newsdesk.syndication;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsdesk.article.ArticleFixtures;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Text that is markup-like, non-BMP or right-to-left reaches every feed as the same text: XML
 * parsers accept the documents, and RSS fields read as HTML show exactly what was typed.
 */
@QuarkusTest
class FeedTextTest {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String HEADLINE = "Grid <b>holds</b> &lt;3 & \"lights\" ]]> stay on 🔌 الشبكة صامدة הרשת מחזיקה";
    static final String EXCERPT = "<img src=x onerror=alert(1)> & ]]> &amp; 😀 مرحبا שלום";
    static final String BODY = "Body <script> & ]]> 🧪 نص عربي ועברית.";
    static final String TAG = "Energy &quot; & <Power> ]]> ⚡ طاقة";
    static final String AUTHOR = "Olena <O'Brien> & Co ]]> 👩‍💻 أولينا אולנה";
    static final String[] FEEDS = {"/api/v1", "/api/v1/sections/news", "/api/v1/tags/grid", "/api/v1/authors/olena"};

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    @Inject
    jakarta.persistence.EntityManager db;

    private final ObjectMapper json = new ObjectMapper();

    private String post(String token, String path, Map<String, Object> body) throws Exception {
        return given().header("Authorization", "Bearer " + token)
                .contentType("application/json; charset=UTF-8")
                .body(json.writeValueAsBytes(body))
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @BeforeEach
    void articles() throws Exception {
        content.deleteAllContent();
        staff.deleteAll();
        String editor = StaffFixtures.login(staff.create(StaffRole.EDITOR));
        post(editor, "/api/v1/admin/sections", Map.of("slug", "news", "name", "News & <Views>"));
        post(editor, "/api/v1/admin/tags", Map.of("slug", "grid", "name", TAG));
        post(editor, "/api/v1/admin/authors", Map.of("slug", "olena", "name", AUTHOR));
        Map<String, Object> article = Map.of(
                "headline",
                HEADLINE,
                "excerpt",
                EXCERPT,
                "authors",
                List.of("olena"),
                "section",
                "news",
                "tags",
                List.of("grid"),
                "body",
                List.of(Map.of("type", "paragraph", "text", BODY)));
        ArticleFixtures.publish(editor, post(editor, "/api/v1/admin/articles", article))
                .then()
                .statusCode(200);
    }

    private static Document xml(String path) throws Exception {
        byte[] bytes = given().get(path).then().statusCode(200).extract().asByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static String unescapeHtml(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static String text(Element parent, String ns, String name) {
        var nodes = ns == null ? parent.getElementsByTagName(name) : parent.getElementsByTagNameNS(ns, name);
        return nodes.item(0).getTextContent();
    }

    @Test
    void rssFieldsReadAsHtmlShowTheTypedText() throws Exception {
        for (String feed : FEEDS) {
            Element item = (Element)
                    xml(feed + "/feed.rss").getElementsByTagName("item").item(0);
            assertEquals(HEADLINE, unescapeHtml(text(item, null, "title")), feed);
            assertEquals(EXCERPT, unescapeHtml(text(item, null, "description")), feed);
            assertEquals(AUTHOR, unescapeHtml(text(item, DC, "creator")), feed);
            assertEquals(TAG, unescapeHtml(text(item, null, "category")), feed);
        }
    }

    @Test
    void atomAndJsonFeedCarryThePlainText() throws Exception {
        for (String feed : FEEDS) {
            Element entry = (Element) xml(feed + "/feed.atom")
                    .getElementsByTagNameNS(ATOM, "entry")
                    .item(0);
            assertEquals(HEADLINE, text(entry, ATOM, "title"), feed);
            assertEquals(EXCERPT, text(entry, ATOM, "summary"), feed);
            assertEquals(
                    AUTHOR,
                    text((Element) entry.getElementsByTagNameNS(ATOM, "author").item(0), ATOM, "name"));
            assertEquals(
                    TAG,
                    ((Element) entry.getElementsByTagNameNS(ATOM, "category").item(0)).getAttribute("label"));

            byte[] bytes = given().get(feed + "/feed.json")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asByteArray();
            JsonNode item =
                    json.readTree(new String(bytes, UTF_8)).path("items").path(0);
            assertEquals(HEADLINE, item.path("title").asText(), feed);
            assertEquals(EXCERPT, item.path("summary").asText(), feed);
            assertEquals(AUTHOR, item.path("authors").path(0).path("name").asText(), feed);
            assertEquals(TAG, item.path("tags").path(0).asText(), feed);
        }
        given().get("/api/v1/articles/by-id/" + given().get("/api/v1/feed").path("data[0].id"))
                .then()
                .statusCode(200)
                .body("body[0].text", org.hamcrest.Matchers.equalTo(BODY));
    }

    @Test
    void controlCharactersLeftInStoredTextAreDroppedFromXmlFeeds() throws Exception {
        // Stored before requests refused them: the feeds stay well-formed for every reader.
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> db.createNativeQuery("UPDATE article SET headline = 'Soft\u000bbreak', excerpt = 'a\u0001b'")
                        .executeUpdate());
        for (String feed : FEEDS) {
            Element item = (Element)
                    xml(feed + "/feed.rss").getElementsByTagName("item").item(0);
            assertEquals("Softbreak", text(item, null, "title"), feed);
            assertEquals("ab", text(item, null, "description"), feed);
            Element entry = (Element) xml(feed + "/feed.atom")
                    .getElementsByTagNameNS(ATOM, "entry")
                    .item(0);
            assertEquals("Softbreak", text(entry, ATOM, "title"), feed);
        }
    }
}
