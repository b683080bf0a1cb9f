package com.newsdesk.media;

import static com.newsdesk.media.Uploading.MEDIA;
import static com.newsdesk.media.Uploading.path;
import static com.newsdesk.media.Uploading.ready;
import static com.newsdesk.media.Uploading.upload;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.article.ArticleFixtures;
import com.newsdesk.media.store.MediaStore;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The media library on S3, against a real S3 protocol server (s3proxy), not a mock. */
@QuarkusTest
@TestProfile(S3StorageTest.OnS3.class)
class S3StorageTest {

    /** Its own profile: the store is chosen at start, and the server runs while it does. */
    public static class OnS3 implements QuarkusTestProfile {
        @Override
        public java.util.List<TestResourceEntry> testResources() {
            return java.util.List.of(new TestResourceEntry(S3ProxyServer.class));
        }
    }

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    @Inject
    MediaStore store;

    private String token;

    @BeforeEach
    void editor() {
        content.deleteAllContent();
        staff.deleteAll();
        token = StaffFixtures.login(staff.create(StaffRole.EDITOR));
    }

    @Test
    void anUploadIsKeptInTheBucketServedFromItAndRemovedWithItsItem() throws Exception {
        // The injected store is a client proxy: what tells S3 from the file store is that it has no local files.
        assertTrue(store.localFile("public/x").isEmpty(), "the S3 store is in use");
        byte[] photo = TestImages.photoWithIptc(1000, 700, "Ed Jones", "AFP", "A square.", "(c) AFP", 50.45, 30.52);
        Response created = upload(token, photo, "p.jpg", "image/jpeg");
        created.then().statusCode(201).body("credit", equalTo("Ed Jones/AFP"));
        String id = created.path("id");
        Response item = ready(token, id);
        item.then().body("renditionStatus", equalTo("ready"));

        String url = path(item.path("renditions.find { it.format == 'webp' && it.width == 960 }.url"));
        Response file = given().get(url);
        file.then()
                .statusCode(200)
                .contentType("image/webp")
                .header("Cache-Control", "public, max-age=31536000, immutable");
        assertEquals(
                960, ImageIO.read(new ByteArrayInputStream(file.asByteArray())).getWidth());

        byte[] original = given().header("Authorization", "Bearer " + token)
                .get(path(item.path("originalUrl")))
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertArrayEquals(photo, original);

        byte[] mp3 = S3StorageTest.class.getResourceAsStream("/media/tone.mp3").readAllBytes();
        String audio = path(upload(token, mp3, "a.mp3", "audio/mpeg")
                .then()
                .statusCode(201)
                .extract()
                .path("url"));
        byte[] range = given().header("Range", "bytes=10-19")
                .get(audio)
                .then()
                .statusCode(206)
                .header("Content-Range", "bytes 10-19/" + mp3.length)
                .extract()
                .asByteArray();
        assertArrayEquals(Arrays.copyOfRange(mp3, 10, 20), range);

        given().header("Authorization", "Bearer " + token)
                .header("If-Match", item.header("ETag"))
                .delete(MEDIA + "/" + id)
                .then()
                .statusCode(204);
        given().get(url).then().statusCode(404);
        String folder = url.split("/")[5];
        assertTrue(store.size("private/" + folder + "/original.jpg").isEmpty(), "the original is gone from S3");
    }
}
