package com.newsdesk.live;

import static io.restassured.RestAssured.given;

import com.newsdesk.article.ArticleFixtures;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Live articles and their entries, through the API. */
final class LiveFixtures {

    private LiveFixtures() {}

    /** A published live article with this headline; returns its id. Needs ArticleFixtures.basics. */
    static String liveArticle(String editor, String headline) {
        String id = ArticleFixtures.post(
                editor,
                "/api/v1/admin/articles",
                "{\"headline\": \"" + headline + "\", \"live\": true, \"authors\": [\"olena-petrenko\"],"
                        + " \"section\": \"news\", \"body\": [{\"type\": \"paragraph\", \"text\": \"Live updates.\"}]}");
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        return id;
    }

    static Response post(String editor, String article, String json) {
        return given().auth()
                .oauth2(editor)
                .contentType(ContentType.JSON)
                .body(json)
                .post("/api/v1/admin/articles/" + article + "/entries");
    }

    static String entry(String editor, String article, String json) {
        return post(editor, article, json).then().statusCode(201).extract().path("id");
    }

    static String etag(String editor, String article, String entry) {
        return given().auth()
                .oauth2(editor)
                .get("/api/v1/admin/articles/" + article + "/entries/" + entry)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    static Response patch(String editor, String article, String entry, String json) {
        return given().auth()
                .oauth2(editor)
                .header("If-Match", etag(editor, article, entry))
                .contentType("application/merge-patch+json")
                .body(json)
                .patch("/api/v1/admin/articles/" + article + "/entries/" + entry);
    }

    static Response delete(String editor, String article, String entry) {
        return given().auth()
                .oauth2(editor)
                .header("If-Match", etag(editor, article, entry))
                .delete("/api/v1/admin/articles/" + article + "/entries/" + entry);
    }
}
