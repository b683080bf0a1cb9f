package com.newsdesk.media.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.media.TestImages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMetadataTest {

    @TempDir
    Path dir;

    @Test
    void agencyPhotoYieldsItsFields() throws IOException {
        byte[] photo = TestImages.photoWithIptc(
                400,
                300,
                "Ed Jones",
                "AFP/Getty Images",
                "  Crowds gather outside the Élysée Palace in Paris.  ",
                "© 2024 AFP",
                48.8704,
                -2.3167);
        Embedded embedded = read(photo);
        assertEquals("Crowds gather outside the Élysée Palace in Paris.", embedded.caption());
        assertEquals("Ed Jones/AFP/Getty Images", embedded.credit());
        assertEquals("© 2024 AFP", embedded.copyright());
        assertTrue(embedded.hasGps());
        assertEquals(1, embedded.orientation());
    }

    @Test
    void agencyPhotoStillProbesAsJpeg() throws Exception {
        Path file = dir.resolve("photo.jpg");
        Files.write(file, TestImages.photoWithIptc(400, 300, "Ed Jones", "AFP", "Caption", "(c)", 1, 1));
        Probe probe = MediaProbe.probe(file);
        assertEquals(400, probe.width());
        assertTrue(probe.metadataBytes() > 200, "EXIF and IPTC counted: " + probe.metadataBytes());
    }

    @Test
    void orientationIsReadBack() throws IOException {
        byte[] upright = TestImages.jpeg(60, 40);
        assertEquals(6, read(TestImages.withExifOrientation(upright, 6)).orientation());
        byte[] twice = TestImages.withExifOrientation(TestImages.withExifOrientation(upright, 3), 8);
        assertEquals(8, read(twice).orientation());
    }

    @Test
    void outOfRangeOrientationIsUpright() throws IOException {
        assertEquals(
                1,
                read(TestImages.withExifOrientation(TestImages.jpeg(60, 40), 9)).orientation());
    }

    @Test
    void creditFallsBackToTheOtherPart() throws IOException {
        assertEquals("AFP/Getty Images", read(photo(null, "AFP/Getty Images")).credit());
        assertEquals("Ed Jones", read(photo("Ed Jones", null)).credit());
        assertEquals("Ed Jones", read(photo("Ed Jones", "ed jones")).credit());
        assertNull(read(photo("  ", null)).credit());
    }

    @Test
    void photoWithoutGpsSaysSo() throws IOException {
        assertFalse(read(photo("Ed Jones", "AFP")).hasGps());
    }

    @Test
    void fieldsAreCutToTheirColumns() throws IOException {
        String caption = "ä".repeat(2500);
        byte[] photo = TestImages.photoWithIptc(80, 60, "B".repeat(400), "C", caption, "R".repeat(600), 0, 0);
        Embedded embedded = read(photo);
        assertEquals(2000, embedded.caption().length());
        assertEquals(300, embedded.credit().length());
        assertEquals(500, embedded.copyright().length());
    }

    @Test
    void plainImageHasNothingEmbedded() throws IOException {
        assertEquals(Embedded.NONE, read(TestImages.jpeg(60, 40)));
        assertEquals(Embedded.NONE, read(TestImages.png(60, 40, true)));
    }

    @Test
    void brokenOrMissingFilesGiveNothing() throws IOException {
        assertEquals(Embedded.NONE, read("<svg/>".getBytes(StandardCharsets.US_ASCII)));
        byte[] photo = TestImages.photoWithIptc(80, 60, "Ed Jones", "AFP", "Caption", "(c)", 1, 1);
        byte[] cut = java.util.Arrays.copyOf(photo, 300);
        read(cut); // must not throw, whatever it manages to read
        assertEquals(Embedded.NONE, EmbeddedMetadata.read(dir.resolve("missing.jpg")));
    }

    @Test
    void controlCharactersAndBlanksAreCleaned() {
        assertEquals("Caption", EmbeddedMetadata.clean(" Caption\u0000\u0000 "));
        assertEquals("two\nlines", EmbeddedMetadata.clean("two\nlines"));
        assertNull(EmbeddedMetadata.clean(" \u0000 "));
        String emoji = "a".repeat(1999) + "\uD83D\uDCF7";
        assertEquals(1999, EmbeddedMetadata.limit(emoji, 2000).length());
    }

    @Test
    void xmpFillsInWhenThereIsNoIptc() throws IOException {
        String packet = "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF"
                + " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:photoshop=\"http://ns.adobe.com/photoshop/1.0/\" photoshop:Credit=\"Reuters\">"
                + "<dc:description><rdf:Alt><rdf:li xml:lang=\"de\">Ein Hafen</rdf:li>"
                + "<rdf:li xml:lang=\"x-default\">A harbour at dawn</rdf:li></rdf:Alt></dc:description>"
                + "<dc:creator><rdf:Seq><rdf:li>Ana Silva</rdf:li></rdf:Seq></dc:creator>"
                + "<dc:rights><rdf:Alt><rdf:li xml:lang=\"x-default\">(c) Reuters</rdf:li></rdf:Alt></dc:rights>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
        byte[] payload = MediaProbeTest.concat(
                "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII),
                packet.getBytes(StandardCharsets.UTF_8));
        byte[] app1 = MediaProbeTest.concat(
                new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) ((payload.length + 2) >> 8), (byte) (payload.length + 2)},
                payload);
        byte[] jpeg = TestImages.jpeg(60, 40);
        Embedded embedded = read(MediaProbeTest.concat(
                java.util.Arrays.copyOf(jpeg, 2), app1, java.util.Arrays.copyOfRange(jpeg, 2, jpeg.length)));
        assertEquals("A harbour at dawn", embedded.caption());
        assertEquals("Ana Silva/Reuters", embedded.credit());
        assertEquals("(c) Reuters", embedded.copyright());
    }

    private static byte[] photo(String byLine, String credit) {
        return TestImages.photoWithIptc(80, 60, byLine, credit, "Caption", "(c) Newsdesk", Double.NaN, 0);
    }

    private Embedded read(byte[] bytes) throws IOException {
        Path file = dir.resolve("image-" + System.nanoTime());
        Files.write(file, bytes);
        return EmbeddedMetadata.read(file);
    }
}
