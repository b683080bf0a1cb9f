package com.newsdesk.media;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import java.net.URI;

/** Uploads through the API, as an editor's client sends them. */
public final class Uploading {

    public static final String MEDIA = "/api/v1/admin/media";

    private Uploading() {}

    /** A multipart upload of bytes as the part {@code file}, with a file name and type the server must ignore. */
    public static Response upload(String token, byte[] bytes, String fileName, String contentType, String... fields) {
        var request = given().header("Authorization", "Bearer " + token)
                .multiPart(new MultiPartSpecBuilder(bytes)
                        .controlName("file")
                        .fileName(fileName)
                        .mimeType(contentType)
                        .build());
        for (int i = 0; i + 1 < fields.length; i += 2) {
            request = request.multiPart(new MultiPartSpecBuilder(fields[i + 1])
                    .controlName(fields[i])
                    .mimeType("text/plain")
                    .charset("UTF-8")
                    .build());
        }
        return request.post(MEDIA);
    }

    public static String uploaded(String token, byte[] bytes, String fileName, String... fields) {
        Response response = upload(token, bytes, fileName, "application/octet-stream", fields);
        response.then().statusCode(201);
        return response.path("id");
    }

    /** Waits until the renditions are made (or failed), and returns the staff view. */
    public static Response ready(String token, String id) {
        long until = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < until) {
            Response item = given().header("Authorization", "Bearer " + token).get(MEDIA + "/" + id);
            String status = item.path("renditionStatus");
            if (!"pending".equals(status)) {
                return item;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        fail("The renditions of " + id + " were not made within 60 s");
        return null;
    }

    /** The path of an absolute URL the API gave, for REST Assured's own base. */
    static String path(String url) {
        return URI.create(url).getRawPath();
    }
}
