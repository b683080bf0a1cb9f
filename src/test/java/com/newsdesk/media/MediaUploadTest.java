package com.newsdesk.media;

import static com.newsdesk.media.Uploading.MEDIA;
import static com.newsdesk.media.Uploading.path;
import static com.newsdesk.media.Uploading.ready;
import static com.newsdesk.media.Uploading.upload;
import static com.newsdesk.media.Uploading.uploaded;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.newsdesk.article.ArticleFixtures;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The media library as an editor's client and a reader's app meet it: an agency photo goes in with
 * its IPTC fields and GPS position, and comes out as renditions and crops without the GPS.
 */
@QuarkusTest
class MediaUploadTest {

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    private String token;

    @BeforeEach
    void editor() {
        content.deleteAllContent();
        staff.deleteAll();
        token = StaffFixtures.login(staff.create(StaffRole.EDITOR));
    }

    private static byte[] agencyPhoto(int width) {
        return TestImages.photoWithIptc(
                width,
                width * 2 / 3,
                "Ed Jones",
                "AFP/Getty Images",
                "Soldiers march during a parade on the main square.",
                "(c) AFP 2026",
                48.4647,
                35.0462);
    }

    @Test
    void anAgencyPhotoIsPrefilledRenderedServedWithoutGpsAndCarriedByItsArticle() throws Exception {
        byte[] photo = agencyPhoto(3000);
        Response created = upload(token, photo, "DSC_0042.JPG", "image/jpeg", "alt", "Soldiers on a square");
        created.then()
                .statusCode(201)
                .header("Location", containsString(MEDIA + "/"))
                .body("kind", equalTo("image"))
                .body("mimeType", equalTo("image/jpeg"))
                .body("width", equalTo(3000))
                .body("height", equalTo(2000))
                .body("bytes", equalTo(photo.length))
                .body("caption", equalTo("Soldiers march during a parade on the main square."))
                .body("credit", equalTo("Ed Jones/AFP/Getty Images"))
                .body("copyright", equalTo("(c) AFP 2026"))
                .body("alt", equalTo("Soldiers on a square"))
                .body("renditionStatus", equalTo("pending"))
                .body("originalUrl", notNullValue());
        String id = created.path("id");

        Response item = ready(token, id);
        item.then()
                .body("renditionStatus", equalTo("ready"))
                .body(
                        "renditions.width",
                        equalTo(List.of(320, 320, 640, 640, 960, 960, 1280, 1280, 1920, 1920, 2560, 2560)))
                .body("crops", hasSize(6))
                .body("placeholder", matchesPattern("[0-9A-Za-z#$%*+,.:;=?@\\[\\]^_{|}~-]{28}"))
                .body("dominantColor", matchesPattern("#[0-9a-f]{6}"))
                .body("srcset.webp", containsString("320w, "));
        List<Map<String, Object>> crops = item.path("crops");
        for (Map<String, Object> crop : crops) {
            int w = (Integer) crop.get("width");
            int h = (Integer) crop.get("height");
            String ratio = (String) crop.get("ratio");
            int rw = Integer.parseInt(ratio.split(":")[0]);
            int rh = Integer.parseInt(ratio.split(":")[1]);
            assertEquals(1200, w, ratio);
            assertTrue(Math.abs(w * rh - h * rw) <= rw, ratio + " is " + w + "x" + h);
        }

        String jpegUrl = item.path("renditions.find { it.format == 'jpeg' && it.width == 1280 }.url");
        Response file = given().get(path(jpegUrl));
        file.then()
                .statusCode(200)
                .contentType("image/jpeg")
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("X-Content-Type-Options", "nosniff")
                .header("ETag", matchesPattern("\"[^\"]+\""));
        byte[] rendition = file.asByteArray();
        assertEquals(Integer.parseInt(file.header("Content-Length")), rendition.length);
        assertEquals(1280, ImageIO.read(new ByteArrayInputStream(rendition)).getWidth());
        Metadata served = ImageMetadataReader.readMetadata(new ByteArrayInputStream(rendition));
        assertNull(served.getFirstDirectoryOfType(GpsDirectory.class), "a rendition must not carry GPS");
        ExifIFD0Directory exif = served.getFirstDirectoryOfType(ExifIFD0Directory.class);
        assertNotNull(exif, "JPEG renditions keep the copyright notice in EXIF");
        assertEquals("(c) AFP 2026", exif.getString(ExifIFD0Directory.TAG_COPYRIGHT));
        assertNull(exif.getString(ExifIFD0Directory.TAG_MAKE), "no camera data");
        given().header("If-None-Match", file.header("ETag"))
                .get(path(jpegUrl))
                .then()
                .statusCode(304);

        // The original keeps its GPS position: staff only.
        String original = item.path("originalUrl");
        given().get(path(original)).then().statusCode(401);
        byte[] kept = given().header("Authorization", "Bearer " + token)
                .get(path(original))
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .extract()
                .asByteArray();
        assertNotNull(ImageMetadataReader.readMetadata(new ByteArrayInputStream(kept))
                .getFirstDirectoryOfType(GpsDirectory.class));
        given().get(MEDIA.replace("/admin", "") + "/" + id)
                .then()
                .statusCode(200)
                .body("originalUrl", equalTo(null))
                .body("url", equalTo(item.path("renditions.find { it.format == 'jpeg' && it.width == 2560 }.url")));

        // An article shows it with its sizes and placeholder.
        ArticleFixtures.basics(token);
        String article = ArticleFixtures.post(
                token,
                "/api/v1/admin/articles",
                "{\"headline\": \"Parade on the square\", \"authors\": [\"olena-petrenko\"], \"section\": \"news\","
                        + " \"tags\": [\"energy\"], \"leadImage\": {\"mediaId\": \"" + id + "\"},"
                        + " \"body\": [{\"type\": \"paragraph\", \"text\": \"Soldiers marched.\"}]}");
        ArticleFixtures.publish(token, article).then().statusCode(200);
        String slug = given().header("Authorization", "Bearer " + token)
                .get("/api/v1/admin/articles/" + article)
                .path("slug");
        given().get("/api/v1/articles/" + slug)
                .then()
                .statusCode(200)
                .body("leadImage.credit", equalTo("Ed Jones/AFP/Getty Images"))
                .body("leadImage.srcset.jpeg", containsString(" 2560w"))
                .body("leadImage.srcset.webp", containsString(" 320w"))
                .body("leadImage.crops.ratio", equalTo(List.of("16:9", "16:9", "4:3", "4:3", "1:1", "1:1")))
                .body("leadImage.placeholder", equalTo(item.path("placeholder")));
        given().get("/api/v1/feed.rss").then().statusCode(200).body(containsString("16x9-"));
    }

    @Test
    void theEditorsValuesWinOverTheFilesAndATypeComesFromTheBytes() {
        byte[] photo = agencyPhoto(800);
        upload(token, photo, "photo.jpg", "image/jpeg", "caption", "Наш підпис", "credit", "Staff")
                .then()
                .statusCode(201)
                .body("caption", equalTo("Наш підпис"))
                .body("credit", equalTo("Staff"))
                .body("copyright", equalTo("(c) AFP 2026"));
        upload(token, TestImages.png(400, 300, true), "holiday.jpg", "image/jpeg")
                .then()
                .statusCode(201)
                .body("mimeType", equalTo("image/png"))
                .body("width", equalTo(400));
    }

    @Test
    void theSameBytesTwiceAnswer409WithTheExistingItem() {
        byte[] photo = agencyPhoto(640);
        String id = uploaded(token, photo, "a.jpg");
        upload(token, photo, "b.jpg", "image/jpeg")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .header("Location", containsString(MEDIA + "/" + id))
                .body("existingId", equalTo(id))
                .body("errors[0].field", equalTo("file"));
    }

    @Test
    void anExifOrientationTurnsTheImageAndItsSizes() {
        byte[] turned = TestImages.withExifOrientation(TestImages.jpeg(600, 400), 6);
        String id = uploaded(token, turned, "turned.jpg");
        ready(token, id)
                .then()
                .body("renditionStatus", equalTo("ready"))
                .body("width", equalTo(400))
                .body("height", equalTo(600))
                .body("renditions.find { it.format == 'jpeg' }.width", equalTo(320))
                .body("renditions.find { it.format == 'jpeg' }.height", equalTo(480));
    }

    @Test
    void audioGetsItsDurationAndIsServedWithRanges() throws Exception {
        byte[] mp3 =
                MediaUploadTest.class.getResourceAsStream("/media/tone.mp3").readAllBytes();
        Response created = upload(token, mp3, "narration.bin", "application/octet-stream");
        created.then()
                .statusCode(201)
                .body("kind", equalTo("audio"))
                .body("mimeType", equalTo("audio/mpeg"))
                .body("durationSeconds", equalTo(3))
                .body("bitrateKbps", notNullValue())
                .body("renditionStatus", equalTo("ready"))
                .body("renditions", hasSize(0));
        String url = path(created.path("url"));
        int size = mp3.length;
        given().get(url).then().statusCode(200).contentType("audio/mpeg").header("Accept-Ranges", "bytes");
        byte[] part = given().header("Range", "bytes=100-199")
                .get(url)
                .then()
                .statusCode(206)
                .header("Content-Range", "bytes 100-199/" + size)
                .header("Content-Length", "100")
                .extract()
                .asByteArray();
        assertEquals(
                java.util.Arrays.toString(java.util.Arrays.copyOfRange(mp3, 100, 200)),
                java.util.Arrays.toString(part));
        given().header("Range", "bytes=-10")
                .get(url)
                .then()
                .statusCode(206)
                .header("Content-Range", "bytes " + (size - 10) + "-" + (size - 1) + "/" + size);
        given().header("Range", "bytes=" + size + "-")
                .get(url)
                .then()
                .statusCode(416)
                .contentType("application/problem+json")
                .header("Content-Range", "bytes */" + size);
        given().header("Range", "bytes=0-9, 20-29")
                .get(url)
                .then()
                .statusCode(200)
                .header("Content-Length", "" + size);
        for (String name : List.of("tone.m4a", "tone.opus")) {
            byte[] audio =
                    MediaUploadTest.class.getResourceAsStream("/media/" + name).readAllBytes();
            upload(token, audio, "x", "application/octet-stream")
                    .then()
                    .statusCode(201)
                    .body("durationSeconds", equalTo(3))
                    .body("mimeType", equalTo(name.endsWith("m4a") ? "audio/mp4" : "audio/ogg"));
        }
    }

    @Test
    void deletingAnItemRemovesItsFiles() {
        String id = uploaded(token, agencyPhoto(700), "x.jpg");
        Response item = ready(token, id);
        String url = path(item.path("renditions[0].url"));
        given().get(url).then().statusCode(200);
        given().header("Authorization", "Bearer " + token)
                .header("If-Match", item.header("ETag"))
                .delete(MEDIA + "/" + id)
                .then()
                .statusCode(204);
        given().get(url).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aNewFocalPointMakesTheCropsAgainAndRebuildsAnswer202() {
        String id = uploaded(token, TestImages.jpeg(2000, 1000), "wide.jpg");
        Response first = ready(token, id);
        String square = first.path("crops.find { it.ratio == '1:1' && it.format == 'jpeg' }.url");
        given().header("Authorization", "Bearer " + token)
                .header("If-Match", first.header("ETag"))
                .contentType("application/merge-patch+json")
                .body("{\"focalPoint\": {\"x\": 0.05, \"y\": 0.5}}")
                .patch(MEDIA + "/" + id)
                .then()
                .statusCode(200)
                .body("focalPoint.x", equalTo(0.05f))
                .body("renditionStatus", equalTo("pending"));
        Response second = ready(token, id);
        assertFalse(square.equals(second.path("crops.find { it.ratio == '1:1' && it.format == 'jpeg' }.url")));
        given().header("Authorization", "Bearer " + token)
                .post(MEDIA + "/" + id + "/renditions")
                .then()
                .statusCode(202)
                .body("renditionStatus", equalTo("pending"));
        ready(token, id).then().body("renditionStatus", equalTo("ready"));
        given().header("Authorization", "Bearer " + token)
                .post(MEDIA + "/renditions")
                .then()
                .statusCode(403);
        String admin = StaffFixtures.login(staff.create(StaffRole.ADMIN));
        given().header("Authorization", "Bearer " + admin)
                .post(MEDIA + "/renditions")
                .then()
                .statusCode(202)
                .body("queued", equalTo(1));
    }

    @Test
    void uploadsNeedAnEditor() {
        given().multiPart("file", "x.jpg", TestImages.jpeg(10, 10))
                .post(MEDIA)
                .then()
                .statusCode(401);
        String contributor = StaffFixtures.login(staff.create(StaffRole.CONTRIBUTOR));
        upload(contributor, TestImages.jpeg(10, 10), "x.jpg", "image/jpeg")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aFileFromAnUploadIsNeverFoundUnderAPathItDoesNotName() {
        given().get("/api/v1/media/files/../private/x.jpg").then().statusCode(404);
        given().get("/api/v1/media/files/0123456789abcdef0123456789abcdef/original.jpg")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
