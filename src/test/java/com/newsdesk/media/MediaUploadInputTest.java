package com.newsdesk.media;

import static com.newsdesk.media.Uploading.MEDIA;
import static com.newsdesk.media.Uploading.upload;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.newsdesk.article.ArticleFixtures;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each bad upload gets a problem a person understands, nothing is stored, and the service stays up. */
@QuarkusTest
class MediaUploadInputTest {

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    @Inject
    EntityManager db;

    private String token;

    @BeforeEach
    void editor() {
        content.deleteAllContent();
        staff.deleteAll();
        token = StaffFixtures.login(staff.create(StaffRole.EDITOR));
    }

    private long stored() {
        return ((Number) db.createNativeQuery("SELECT count(*) FROM media").getSingleResult()).longValue();
    }

    private ValidatableResponse refused(byte[] bytes, int status) {
        ValidatableResponse answer = upload(token, bytes, "upload.jpg", "image/jpeg")
                .then()
                .statusCode(status)
                .contentType("application/problem+json");
        assertEquals(0, stored(), "nothing is stored");
        return answer;
    }

    @Test
    void anEmptyOrTruncatedFileIsA400AtFile() {
        refused(new byte[0], 400).body("errors[0].field", equalTo("file"));
        byte[] jpeg = TestImages.jpeg(300, 200);
        refused(Arrays.copyOf(jpeg, 300), 400)
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString("truncated"));
    }

    @Test
    void svgHtmlPdfAndVideoAre415() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
        refused(svg.getBytes(StandardCharsets.UTF_8), 415).body("detail", containsString("JPEG, PNG or WebP"));
        refused("<!DOCTYPE html><html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8), 415);
        refused("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.UTF_8), 415);
    }

    @Test
    void tooManyPixelsOrTooMuchMetadataAre422AtFile() {
        refused(TestImages.pngDeclaring(100_000, 100_000), 422)
                .body("errors[0].field", equalTo("file"))
                .body("detail", containsString("100000 x 100000"));
        refused(TestImages.jpegWithExifBytes(10 * 1024 * 1024), 422)
                .body("errors[0].field", equalTo("file"))
                .body("detail", containsString("metadata"));
    }

    @Test
    void anImageOverItsByteLimitIs413() {
        // A well-formed PNG of 41 MiB: one IDAT chunk of zeros. Over the 40M image limit, under the
        // upload's body limit (which audio needs).
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        byte[] header = TestImages.pngDeclaring(1000, 1000);
        png.write(header, 0, 33); // signature and IHDR
        png.writeBytes(TestImages.pngChunk("IDAT", new byte[41 * 1024 * 1024]));
        png.writeBytes(TestImages.pngChunk("IEND", new byte[0]));
        refused(png.toByteArray(), 413).body("detail", containsString("at most 41943040"));
    }

    @Test
    void noFilePartOrTwoOfThemAre400AtFile() {
        given().header("Authorization", "Bearer " + token)
                .multiPart(new MultiPartSpecBuilder("just words")
                        .controlName("caption")
                        .build())
                .post(MEDIA)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"));
        given().header("Authorization", "Bearer " + token)
                .multiPart(new MultiPartSpecBuilder(TestImages.jpeg(20, 20))
                        .controlName("file")
                        .fileName("a.jpg")
                        .build())
                .multiPart(new MultiPartSpecBuilder(TestImages.jpeg(30, 30))
                        .controlName("file")
                        .fileName("b.jpg")
                        .build())
                .post(MEDIA)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("file"));
        assertEquals(0, stored());
    }

    @Test
    void aCaptionOverItsLimitIs400AtCaption() {
        upload(token, TestImages.jpeg(20, 20), "a.jpg", "image/jpeg", "caption", "x".repeat(2001))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("caption"));
        assertEquals(0, stored());
    }

    @Test
    void everyOtherBodyKeepsTheOneMebibyteLimit() {
        String big = "{\"kind\": \"image\", \"caption\": \"" + "x".repeat(1100 * 1024) + "\"}";
        given().header("Authorization", "Bearer " + token)
                .contentType("application/json")
                .body(big)
                .post(MEDIA)
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
    }
}
