package com.newsdesk.media.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.media.TestImages;
import com.newsdesk.media.probe.ProbeException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MediaProbeTest {

    @TempDir
    Path dir;

    @Test
    void jpegTypeAndDimensionsComeFromTheHeader() throws Exception {
        Probe probe = probe("photo.jpg", TestImages.jpeg(320, 200));
        assertEquals(MediaFormat.JPEG, probe.format());
        assertEquals(320, probe.width());
        assertEquals(200, probe.height());
        assertNull(probe.durationSeconds());
        assertNull(probe.bitrateKbps());
    }

    @Test
    void pngTypeAndDimensionsComeFromTheHeader() throws Exception {
        Probe probe = probe("a.png", TestImages.png(120, 80, true));
        assertEquals(MediaFormat.PNG, probe.format());
        assertEquals(120, probe.width());
        assertEquals(80, probe.height());
        assertEquals(
                MediaFormat.PNG, probe("b.png", TestImages.png(7, 9, false)).format());
    }

    @Test
    void pngNamedJpgIsStillPng() throws Exception {
        Probe probe = probe("holiday.jpg", TestImages.png(50, 40, false));
        assertEquals(MediaFormat.PNG, probe.format());
        assertEquals("image/png", probe.format().mimeType());
    }

    @Test
    void lossyAndLosslessWebpDimensions() throws Exception {
        Probe lossy = probe("lossy.webp", resource("lossy.webp"));
        assertEquals(MediaFormat.WEBP, lossy.format());
        assertEquals(64, lossy.width());
        assertEquals(48, lossy.height());
        Probe lossless = probe("lossless.bin", resource("lossless.webp"));
        assertEquals(40, lossless.width());
        assertEquals(30, lossless.height());
    }

    @Test
    void extendedWebpTakesTheCanvasAndCountsMetadata() throws Exception {
        byte[] vp8l = resource("lossless.webp");
        byte[] image = Arrays.copyOfRange(vp8l, 12, vp8l.length);
        ByteBuffer vp8x = le(18).put("VP8X".getBytes(StandardCharsets.US_ASCII)).putInt(10);
        vp8x.put((byte) 0x08).put(new byte[3]).put(u24(4999)).put(u24(2999));
        byte[] exif = riffChunk("EXIF", new byte[101]);
        byte[] webp = riff(vp8x.array(), image, exif);
        Probe probe = probe("x.webp", webp);
        assertEquals(5000, probe.width());
        assertEquals(3000, probe.height());
        assertEquals(8 + 101, probe.metadataBytes());
    }

    @Test
    void webpWhoseRiffSizeRunsPastTheFileIsMalformed() {
        byte[] webp = resource("lossy.webp");
        assertReason(Reason.MALFORMED, Arrays.copyOf(webp, webp.length - 20));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tone.mp3", "tone.m4a", "tone-fragmented.m4a", "tone.opus"})
    void audioFixturesLastThreeSeconds(String name) throws Exception {
        Probe probe = probe("upload", resource(name));
        assertTrue(Math.abs(probe.durationSeconds() - 3) <= 1, name + " lasts " + probe.durationSeconds());
        assertTrue(probe.bitrateKbps() >= 20 && probe.bitrateKbps() < 120, name + " at " + probe.bitrateKbps());
        assertNull(probe.width());
        assertNull(probe.height());
        assertTrue(!probe.format().isImage());
    }

    @Test
    void audioFormatsComeFromTheBytes() throws Exception {
        assertEquals(MediaFormat.MP3, probe("a.ogg", resource("tone.mp3")).format());
        assertEquals(64, probe("a.mp3", resource("tone.mp3")).bitrateKbps());
        assertEquals(MediaFormat.M4A, probe("a.mp3", resource("tone.m4a")).format());
        assertEquals(MediaFormat.OGG, probe("a.m4a", resource("tone.opus")).format());
    }

    @Test
    void emptyFileIsMalformed() {
        ProbeException e = assertReason(Reason.MALFORMED, new byte[0]);
        assertEquals("The file is empty", e.getMessage());
    }

    @Test
    void truncatedJpegIsMalformed() {
        byte[] jpeg = TestImages.jpeg(200, 100);
        int scanStart = scanDataStart(jpeg);
        for (int cut : new int[] {3, 20, 100, scanStart - 1, scanStart}) {
            ProbeException e = assertReason(Reason.MALFORMED, Arrays.copyOf(jpeg, cut));
            assertTrue(e.getMessage().startsWith("The JPEG file is"), e.getMessage());
        }
        assertReason(Reason.MALFORMED, concat(Arrays.copyOf(jpeg, scanStart), new byte[] {(byte) 0xFF, (byte) 0xD9}));
    }

    @Test
    void jpegWithoutWidthIsMalformed() {
        byte[] jpeg = TestImages.jpeg(40, 30);
        int sof = indexOf(jpeg, new byte[] {(byte) 0xFF, (byte) 0xC0});
        jpeg[sof + 7] = 0;
        jpeg[sof + 8] = 0;
        assertReason(Reason.MALFORMED, jpeg);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"></svg>",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
                "<!DOCTYPE html><html><body>hi</body></html>",
                "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n",
                "GIF89a\u0001\u0000\u0001\u0000",
                "II*\u0000\u0008\u0000\u0000\u0000",
                "just some text"
            })
    void documentsAndOtherImagesAreUnsupported(String content) {
        ProbeException e = assertReason(Reason.UNSUPPORTED, content.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(ProbeException.NOT_MEDIA, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"avif", "heic", "mif1"})
    void avifAndHeicAreUnsupportedWithAdvice(String brand) {
        byte[] ftyp = box("ftyp", ascii(brand + "\0\0\0\0mif1miaf"));
        ProbeException e = assertReason(Reason.UNSUPPORTED, concat(ftyp, box("meta", new byte[20])));
        assertTrue(e.getMessage().contains("AVIF"), e.getMessage());
        assertTrue(e.getMessage().contains("JPEG, PNG or WebP"), e.getMessage());
    }

    @Test
    void mp4WithVideoIsUnsupported() {
        ProbeException e = assertReason(Reason.UNSUPPORTED, resource("video.mp4"));
        assertTrue(e.getMessage().contains("video is not supported"), e.getMessage());
    }

    @Test
    void m4aWithoutItsMoovIsMalformed() {
        byte[] m4a = resource("tone.m4a");
        int moov = indexOf(m4a, ascii("moov")) - 4;
        assertReason(Reason.MALFORMED, Arrays.copyOf(m4a, moov));
        assertReason(Reason.MALFORMED, Arrays.copyOf(m4a, moov + 100));
    }

    @Test
    void oggThatIsNotOpusOrVorbisIsUnsupported() {
        byte[] packet = ascii("\u0080theora\u0003\u0002\u0001");
        ByteBuffer page =
                le(27 + 1 + packet.length).put(ascii("OggS")).put((byte) 0).put((byte) 2);
        page.putLong(0)
                .putInt(1234)
                .putInt(0)
                .putInt(0)
                .put((byte) 1)
                .put((byte) packet.length)
                .put(packet);
        assertReason(Reason.UNSUPPORTED, page.array());
    }

    @Test
    void randomBytesWithAFrameSyncAreNotMp3() {
        byte[] noise = new byte[5000];
        new java.util.Random(7).nextBytes(noise);
        noise[0] = (byte) 0xFF;
        noise[1] = (byte) 0xFB;
        noise[2] = (byte) 0x50;
        ProbeException e = assertThrows(ProbeException.class, () -> probe("noise.mp3", noise));
        assertTrue(e.reason() != Reason.METADATA_TOO_LARGE);
    }

    @Test
    void tenMegabytesOfExifIsTooLarge() {
        ProbeException e = assertReason(Reason.METADATA_TOO_LARGE, TestImages.jpegWithExifBytes(10 * 1024 * 1024));
        assertTrue(e.getMessage().endsWith("at most 1 MiB is accepted"), e.getMessage());
    }

    @Test
    void metadataJustUnderTheLimitIsCounted() throws Exception {
        Probe probe = probe("exif.jpg", TestImages.jpegWithExifBytes(1_000_000));
        assertEquals(MediaFormat.JPEG, probe.format());
        assertEquals(1_000_000, probe.metadataBytes());
    }

    @Test
    void pngTextChunksCountAsMetadata() throws Exception {
        byte[] png = TestImages.pngDeclaring(10, 10);
        byte[] text = TestImages.pngChunk("tEXt", ascii("Comment\0hello"));
        assertEquals(
                12 + 13,
                probe("t.png", concat(Arrays.copyOf(png, 33), text, Arrays.copyOfRange(png, 33, png.length)))
                        .metadataBytes());
        byte[] huge = TestImages.pngChunk("iTXt", new byte[2 * 1024 * 1024]);
        assertReason(
                Reason.METADATA_TOO_LARGE,
                concat(Arrays.copyOf(png, 33), huge, Arrays.copyOfRange(png, 33, png.length)));
    }

    @Test
    void hugeDeclaredPngProbesWithItsDimensions() throws Exception {
        Probe probe = probe("huge.png", TestImages.pngDeclaring(100_000, 100_000));
        assertEquals(MediaFormat.PNG, probe.format());
        assertEquals(100_000, probe.width());
        assertEquals(100_000, probe.height());
    }

    @Test
    void pngWithoutEndOrWithAnImpossibleChunkIsMalformed() {
        byte[] png = TestImages.pngDeclaring(10, 10);
        assertReason(Reason.MALFORMED, Arrays.copyOf(png, png.length - 12));
        byte[] lying = png.clone();
        lying[33] = (byte) 0xFF; // IDAT length 0xFF.., beyond both the file and the PNG maximum
        assertReason(Reason.MALFORMED, lying);
        assertReason(Reason.MALFORMED, TestImages.pngDeclaring(0, 10));
    }

    /**
     * Cut and corrupted copies of every fixture either probe or fail with a ProbeException: never a
     * runtime exception, never a hang.
     */
    @Test
    void damagedFilesFailCleanlyAndQuickly() {
        byte[][] fixtures = {
            TestImages.jpeg(64, 48),
            TestImages.photoWithIptc(64, 48, "Ed Jones", "AFP", "A caption", "(c) AFP", 48.85, 2.29),
            TestImages.png(32, 24, true),
            resource("lossy.webp"),
            resource("lossless.webp"),
            resource("tone.mp3"),
            resource("tone.m4a"),
            resource("tone-fragmented.m4a"),
            resource("tone.opus"),
            resource("video.mp4")
        };
        java.util.Random random = new java.util.Random(20240601);
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> {
            for (byte[] fixture : fixtures) {
                for (int i = 0; i < 150; i++) {
                    byte[] damaged = i % 3 == 0
                            ? Arrays.copyOf(fixture, random.nextInt(fixture.length))
                            : corrupt(fixture, random);
                    try {
                        probe("damaged.bin", damaged);
                    } catch (ProbeException expected) {
                        // Refusing is fine; only unchecked failures and hangs are bugs.
                    }
                    EmbeddedMetadata.read(dir.resolve("damaged.bin"));
                }
            }
        });
    }

    private static byte[] corrupt(byte[] fixture, java.util.Random random) {
        byte[] copy = fixture.clone();
        int flips = 1 + random.nextInt(8);
        // Headers are where parsers go wrong, so most damage lands in the first bytes.
        int range = Math.min(copy.length, random.nextBoolean() ? 200 : copy.length);
        for (int i = 0; i < flips; i++) {
            copy[random.nextInt(range)] = (byte) (random.nextBoolean() ? 0xFF : random.nextInt(256));
        }
        return copy;
    }

    private Probe probe(String name, byte[] bytes) throws IOException, ProbeException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return MediaProbe.probe(file);
    }

    private ProbeException assertReason(Reason reason, byte[] bytes) {
        ProbeException e = assertThrows(ProbeException.class, () -> probe("upload.bin", bytes));
        assertEquals(reason, e.reason(), e.getMessage());
        return e;
    }

    static byte[] resource(String name) {
        try (InputStream in = MediaProbeTest.class.getResourceAsStream("/media/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The offset just past the SOS segment, where the compressed picture starts. */
    private static int scanDataStart(byte[] jpeg) {
        int sos = indexOf(jpeg, new byte[] {(byte) 0xFF, (byte) 0xDA});
        return sos + 2 + (((jpeg[sos + 2] & 0xFF) << 8) | (jpeg[sos + 3] & 0xFF));
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not found");
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] box(String type, byte[] payload) {
        return ByteBuffer.allocate(8 + payload.length)
                .putInt(8 + payload.length)
                .put(ascii(type))
                .put(payload)
                .array();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] u24(int value) {
        return new byte[] {(byte) value, (byte) (value >> 8), (byte) (value >> 16)};
    }

    private static byte[] riffChunk(String type, byte[] data) {
        ByteBuffer chunk =
                le(8 + data.length + (data.length & 1)).put(ascii(type)).putInt(data.length);
        return chunk.put(data).array();
    }

    private static byte[] riff(byte[]... chunks) {
        byte[] body = concat(chunks);
        ByteBuffer header = le(12).put(ascii("RIFF")).putInt(4 + body.length).put(ascii("WEBP"));
        return concat(header.array(), body);
    }
}
