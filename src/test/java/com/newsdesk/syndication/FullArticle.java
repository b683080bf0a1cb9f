package com.newsdesk.syndication;

import com.newsdesk.article.ArticleFixtures;
import com.newsdesk.media.TestImages;
import com.newsdesk.media.Uploading;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * An article that uses everything the industry formats carry: two bylines, section, tags, a
 * dateline, kicker and standfirst, an uploaded photo with its renditions and crops, and AI-narrated
 * uploaded audio. Needs {@link ArticleFixtures#basics}.
 */
record FullArticle(String id, String slug, String photo, String audio) {

    static FullArticle publish(String editor, String headline) {
        String photo = Uploading.uploaded(
                editor,
                TestImages.jpeg(1600, 1200),
                "grid.jpg",
                "alt",
                "Engineers at a substation",
                "caption",
                "Engineers check a transformer after the frost.",
                "credit",
                "Iryna Koval/Newsroom Photo",
                "copyright",
                "(c) Newsroom Photo");
        Uploading.ready(editor, photo).then().statusCode(200);
        String audio = Uploading.uploaded(editor, resource("/media/tone.mp3"), "grid.mp3");
        String id = ArticleFixtures.post(
                editor,
                "/api/v1/admin/articles",
                ("{\"headline\": \"%s\", \"kicker\": \"Energy\", \"standfirst\": \"The network held at minus 20.\","
                                + " \"dateline\": \"KYIV\", \"authors\": [\"olena-petrenko\", \"taras-melnyk\"],"
                                + " \"section\": \"news\", \"tags\": [\"energy\", \"winter\"],"
                                + " \"leadImage\": {\"mediaId\": \"%s\"},"
                                + " \"audio\": {\"mediaId\": \"%s\", \"aiAssisted\": true,"
                                + " \"disclosure\": \"This audio is created with AI assistance\"},"
                                + " \"body\": [{\"type\": \"paragraph\", \"text\": \"The grid held through the night.\"},"
                                + " {\"type\": \"paragraph\", \"text\": \"Repairs went on until dawn.\"}]}")
                        .formatted(headline, photo, audio));
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        String slug = io.restassured.RestAssured.given()
                .get("/api/v1/articles/by-id/" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("slug");
        return new FullArticle(id, slug, photo, audio);
    }

    static byte[] resource(String name) {
        try (InputStream in = FullArticle.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
