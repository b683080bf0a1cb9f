package com.newsdesk.media.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Collectors;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RendererTest {

    private static final List<Integer> WIDTHS = List.of(320, 640, 960, 1280, 1920, 2560, 3840);
    private static final Color RED = new Color(220, 20, 20);

    @TempDir
    Path dir;

    @Test
    void ladderHasEveryWidthNotWiderThanTheOriginalInBothFormats() throws IOException {
        Path original = write("photo.jpg", TestImages.jpeg(photo(3000, 2000)));

        List<Encoded> out = new ArrayList<>();
        Rendered rendered = Renderer.render(original, plan(0.5, 0.5, 1, null), out::add);

        assertEquals(3000, rendered.width());
        assertEquals(2000, rendered.height());
        List<Encoded> ladder = out.stream().filter(e -> e.ratio() == null).toList();
        for (ImageFormat format : ImageFormat.values()) {
            List<Integer> widths = ladder.stream()
                    .filter(e -> e.format() == format)
                    .map(Encoded::width)
                    .sorted()
                    .toList();
            assertEquals(List.of(320, 640, 960, 1280, 1920, 2560), widths, format.name());
        }
        for (Encoded rendition : ladder) {
            int height = (int) Math.round(rendition.width() * 2000 / 3000.0);
            assertEquals(height, rendition.height());
            BufferedImage decoded = TestImages.decode(rendition);
            assertEquals(rendition.width(), decoded.getWidth());
            assertEquals(height, decoded.getHeight());
        }
    }

    @Test
    void cropsHaveExactRatiosAtTheCropWidth() throws IOException {
        Path original = write("photo.jpg", TestImages.jpeg(photo(3000, 2000)));

        List<Encoded> out = new ArrayList<>();
        Renderer.render(original, plan(0.5, 0.5, 1, null), out::add);

        assertEquals(List.of("16:9 1200x675", "4:3 1200x900", "1:1 1200x1200"), crops(out, ImageFormat.JPEG));
        assertEquals(crops(out, ImageFormat.JPEG), crops(out, ImageFormat.WEBP));
        for (Encoded crop : out.stream().filter(e -> e.ratio() != null).toList()) {
            BufferedImage decoded = TestImages.decode(crop);
            assertEquals(crop.width(), decoded.getWidth());
            assertEquals(crop.height(), decoded.getHeight());
        }
    }

    @Test
    void smallOriginalIsNeverUpscaled() throws IOException {
        Path original = write("small.png", TestImages.png(photo(200, 150)));

        List<Encoded> out = new ArrayList<>();
        Rendered rendered = Renderer.render(original, plan(0.5, 0.5, 1, null), out::add);

        assertEquals(200, rendered.width());
        List<String> ladder = out.stream()
                .filter(e -> e.ratio() == null)
                .map(e -> e.format() + " " + e.width() + "x" + e.height())
                .toList();
        assertEquals(List.of("JPEG 200x150", "WEBP 200x150"), ladder);
        // The largest whole multiples of each ratio that fit 200x150.
        assertEquals(List.of("16:9 192x108", "4:3 200x150", "1:1 150x150"), crops(out, ImageFormat.WEBP));
    }

    @Test
    void focalPointBringsTheBlockIntoTheSquareCrop() throws IOException {
        BufferedImage image = photo(3000, 2000);
        fill(image, RED, 2600, 100, 300, 300);
        Path original = write("block.jpg", TestImages.jpeg(image));

        List<Encoded> focused = new ArrayList<>();
        Renderer.render(original, plan(2750 / 3000.0, 250 / 2000.0, 1, null), focused::add);
        List<Encoded> centred = new ArrayList<>();
        Renderer.render(original, plan(0.5, 0.5, 1, null), centred::add);

        // The square is 2000 px, pushed against the right edge: x 1000..3000, shown at 0.6 scale.
        BufferedImage square = TestImages.decode(find(focused, "1:1", ImageFormat.JPEG));
        assertTrue(isRed(square.getRGB((int) ((2750 - 1000) * 0.6), (int) (250 * 0.6))));
        // Centred, the square spans x 500..2500 and misses the block altogether.
        BufferedImage centre = TestImages.decode(find(centred, "1:1", ImageFormat.JPEG));
        assertEquals(0, countRed(centre));
    }

    /**
     * A 400x200 image with red, green, blue and yellow quarters (top-left, top-right, bottom-left,
     * bottom-right). Each row names the stored corner that EXIF says ends up at the displayed
     * top-left and top-right: 6 ("0th row is the visual right-hand side, 0th column the visual
     * top") puts stored top-left at the top-right, and so on.
     */
    @ParameterizedTest
    @CsvSource({
        "1, RED, GREEN", "2, GREEN, RED", "3, YELLOW, BLUE", "4, BLUE, YELLOW",
        "5, RED, BLUE", "6, BLUE, RED", "7, YELLOW, GREEN", "8, GREEN, YELLOW"
    })
    void orientationTurnsTheImageUpright(int orientation, String topLeft, String topRight) throws IOException {
        BufferedImage image = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        fill(image, Color.RED, 0, 0, 200, 100);
        fill(image, Color.GREEN, 200, 0, 200, 100);
        fill(image, Color.BLUE, 0, 100, 200, 100);
        fill(image, Color.YELLOW, 200, 100, 200, 100);
        Path original = write("quarters.png", TestImages.png(image));

        List<Encoded> out = new ArrayList<>();
        Rendered rendered = Renderer.render(
                original,
                new RenditionPlan(List.of(100), List.of(Ratio.SQUARE), 1200, 0.5, 0.5, orientation, null),
                out::add);

        boolean turned = orientation >= 5;
        assertEquals(turned ? 200 : 400, rendered.width());
        BufferedImage shown = TestImages.decode(find(out, null, ImageFormat.WEBP));
        assertEquals(100, shown.getWidth());
        assertEquals(turned ? 200 : 50, shown.getHeight());
        assertEquals(topLeft, colourName(shown.getRGB(5, 5)));
        assertEquals(topRight, colourName(shown.getRGB(shown.getWidth() - 6, 5)));
    }

    @Test
    void orientationSixSwapsWidthAndHeight() throws IOException {
        Path original = write("turned.jpg", TestImages.jpeg(photo(3000, 2000)));

        List<Encoded> out = new ArrayList<>();
        Rendered rendered = Renderer.render(original, plan(0.5, 0.5, 6, null), out::add);

        assertEquals(2000, rendered.width());
        assertEquals(3000, rendered.height());
        List<String> ladder = out.stream()
                .filter(e -> e.ratio() == null && e.format() == ImageFormat.JPEG)
                .map(e -> e.width() + "x" + e.height())
                .toList();
        assertEquals(List.of("1920x2880", "1280x1920", "960x1440", "640x960", "320x480"), ladder);
        assertEquals(List.of("16:9 1200x675", "4:3 1200x900", "1:1 1200x1200"), crops(out, ImageFormat.JPEG));
    }

    @Test
    void focalCropIsRightWhenDecodingSubsampledAndTurned() throws IOException {
        // Stored 900x1500 shown as 1500x900 (orientation 6: shown (x, y) is stored (y, 1499 - x)).
        // The block shown at x 1300..1450, y 50..200 is stored at x 50..200, y 50..200.
        BufferedImage stored = photo(900, 1500);
        fill(stored, RED, 50, 50, 150, 150);
        Path original = write("turned-block.jpg", TestImages.jpeg(stored));
        RenditionPlan focused =
                new RenditionPlan(List.of(320), Ratio.STANDARD, 200, 1375 / 1500.0, 125 / 900.0, 6, null);
        RenditionPlan centred = new RenditionPlan(List.of(320), Ratio.STANDARD, 200, 0.5, 0.5, 6, null);
        assertEquals(4, Layout.of(900, 1500, focused).subsampling());

        List<Encoded> out = new ArrayList<>();
        Renderer.render(original, focused, out::add);
        List<Encoded> centre = new ArrayList<>();
        Renderer.render(original, centred, centre::add);

        // The 900 px square sits against the right edge (x 600..1500) and is shown at 200/900.
        BufferedImage square = TestImages.decode(find(out, "1:1", ImageFormat.JPEG));
        assertEquals(200, square.getWidth());
        assertTrue(isRed(square.getRGB((1375 - 600) * 200 / 900, 125 * 200 / 900)));
        assertEquals(0, countRed(TestImages.decode(find(centre, "1:1", ImageFormat.JPEG))));
        BufferedImage ladder = TestImages.decode(find(out, null, ImageFormat.JPEG));
        assertEquals(320, ladder.getWidth());
        assertEquals(192, ladder.getHeight());
        assertTrue(isRed(ladder.getRGB(1375 * 320 / 1500, 125 * 320 / 1500)));
    }

    @Test
    void subsamplingServesTheLargestOutputIncludingNarrowCrops() {
        List<Integer> widths = List.of(320, 640, 960, 1280, 1920, 2560);
        RenditionPlan plan = new RenditionPlan(widths, Ratio.STANDARD, 1200, 0.5, 0.5, 1, null);
        RenditionPlan turned = new RenditionPlan(widths, Ratio.STANDARD, 1200, 0.5, 0.5, 6, null);

        // 24 MP: the 2560 rendition needs 2560 of 6000 pixels, so every second one is decoded.
        assertEquals(2, Layout.of(6000, 4000, plan).subsampling());
        // Turned, the shown width is 4000: 2560 needs all of it.
        assertEquals(1, Layout.of(6000, 4000, turned).subsampling());
        // A panorama's square crop is 2000 px for a 1200 px rendition: no skipping.
        assertEquals(1, Layout.of(12000, 2000, plan).subsampling());
        // Only small outputs: a 640 ladder and 300 px crops of an 8000x6000 original.
        RenditionPlan small = new RenditionPlan(List.of(320, 640), Ratio.STANDARD, 300, 0.5, 0.5, 1, null);
        assertEquals(12, Layout.of(8000, 6000, small).subsampling());
    }

    @Test
    void cmykJpegComesOutAsSrgb() throws IOException {
        // Adobe-style CMYK as Photoshop writes it: inverted samples, APP14 "Adobe" with transform 0.
        // Samples (255, 0, 0, 255) mean no cyan, full magenta and yellow, no black: red.
        WritableRaster cmyk = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 320, 240, 4, null);
        for (int y = 0; y < 240; y++) {
            for (int x = 0; x < 320; x++) {
                cmyk.setPixel(x, y, new int[] {255, 0, 0, 255});
            }
        }
        Path original =
                write("cmyk.jpg", TestImages.withSegment(TestImages.jpegRaster(cmyk), TestImages.adobeSegment()));

        List<Encoded> out = new ArrayList<>();
        Renderer.render(original, plan(0.5, 0.5, 1, null), out::add);

        for (Encoded rendition : out) {
            BufferedImage decoded = TestImages.decode(rendition);
            assertEquals(3, decoded.getColorModel().getNumColorComponents());
            assertTrue(isRed(decoded.getRGB(10, 10)), rendition.format() + " " + new Color(decoded.getRGB(10, 10)));
        }
    }

    @Test
    void jpegCarriesOnlyTheCopyrightInExif() throws Exception {
        byte[] source = TestImages.withSegment(TestImages.jpeg(photo(800, 600)), TestImages.gpsExif());
        assertNotNull(metadata(source).getFirstDirectoryOfType(GpsDirectory.class), "fixture has GPS");
        Path original = write("located.jpg", source);

        List<Encoded> out = new ArrayList<>();
        Renderer.render(original, plan(0.5, 0.5, 1, "© 2026 Newsdesk / Jane Doe"), out::add);

        for (Encoded jpeg :
                out.stream().filter(e -> e.format() == ImageFormat.JPEG).toList()) {
            Metadata metadata = metadata(jpeg.bytes());
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            assertEquals("© 2026 Newsdesk / Jane Doe", exif.getString(ExifIFD0Directory.TAG_COPYRIGHT));
            assertEquals(1, exif.getTagCount());
            assertNull(metadata.getFirstDirectoryOfType(GpsDirectory.class));
            assertEquals("[Exif IFD0, File Type, Huffman, JPEG]", directoryNames(metadata));
        }
        for (Encoded webp :
                out.stream().filter(e -> e.format() == ImageFormat.WEBP).toList()) {
            assertNull(metadata(webp.bytes()).getFirstDirectoryOfType(ExifIFD0Directory.class));
        }
    }

    @Test
    void copyrightOfUpToThreeBytesSitsInTheExifEntryItself() throws Exception {
        for (String notice : List.of("AP", "Reuters")) {
            byte[] jpeg =
                    JpegSegments.replaceMetadata(TestImages.jpeg(photo(64, 48)), JpegSegments.copyrightExif(notice));

            ExifIFD0Directory exif = metadata(jpeg).getFirstDirectoryOfType(ExifIFD0Directory.class);
            assertEquals(notice, exif.getString(ExifIFD0Directory.TAG_COPYRIGHT));
            assertNotNull(ImageIO.read(new ByteArrayInputStream(jpeg)));
        }
    }

    @Test
    void withoutCopyrightJpegHasNoExifAtAll() throws Exception {
        Path original = write("plain.jpg", TestImages.jpeg(photo(800, 600)));

        List<Encoded> out = new ArrayList<>();
        Renderer.render(original, plan(0.5, 0.5, 1, null), out::add);

        Metadata metadata = metadata(find(out, null, ImageFormat.JPEG).bytes());
        assertEquals("[File Type, Huffman, JPEG]", directoryNames(metadata));
    }

    @Test
    void placeholderIsAFourByThreeBlurHashAndBlueDominates() throws IOException {
        BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        fill(image, new Color(30, 70, 200), 0, 0, 1200, 800);
        fill(image, new Color(250, 160, 20), 100, 100, 300, 200);
        Path original = write("sky.jpg", TestImages.jpeg(image));

        Rendered rendered = Renderer.render(original, plan(0.5, 0.5, 1, null), e -> {});

        String hash = rendered.placeholder();
        assertEquals(4 + 2 + 2 * (4 * 3 - 1), hash.length());
        // Size flag: (4 - 1) + (3 - 1) * 9 = 21, which is 'L' in base 83.
        assertEquals('L', hash.charAt(0));
        assertTrue(hash.chars().allMatch(c -> BlurHashTest.BASE83.indexOf(c) >= 0), hash);
        Color dominant = Color.decode(rendered.dominantColor());
        assertTrue(rendered.dominantColor().matches("#[0-9a-f]{6}"), rendered.dominantColor());
        assertTrue(Math.abs(dominant.getRed() - 30) <= 6, rendered.dominantColor());
        assertTrue(Math.abs(dominant.getGreen() - 70) <= 6, rendered.dominantColor());
        assertTrue(Math.abs(dominant.getBlue() - 200) <= 6, rendered.dominantColor());
    }

    @Test
    void greyJpegComesOutAsThreeChannelGreyUnchanged() throws IOException {
        BufferedImage grey = new BufferedImage(640, 480, BufferedImage.TYPE_BYTE_GRAY);
        fill(grey, new Color(100, 100, 100), 0, 0, 640, 480);
        Path original = write("grey.jpg", TestImages.jpeg(grey));

        List<Encoded> out = new ArrayList<>();
        Renderer.render(original, plan(0.5, 0.5, 1, null), out::add);

        for (Encoded rendition : out) {
            BufferedImage decoded = TestImages.decode(rendition);
            assertEquals(
                    3,
                    decoded.getColorModel().getNumColorComponents(),
                    rendition.format().name());
            Color pixel = new Color(decoded.getRGB(10, 10));
            // Grey samples are gamma encoded already: no brightening as if they were linear.
            assertTrue(Math.abs(pixel.getRed() - 100) <= 3, pixel.toString());
            assertTrue(Math.abs(pixel.getGreen() - 100) <= 3, pixel.toString());
        }
    }

    @Test
    void embeddedProfileIsConvertedToSrgb() throws IOException {
        // The JDK ships no Adobe RGB profile; linear-light RGB is as far from sRGB and as real an ICC
        // profile. Mid grey 128 in linear light is sRGB 188.
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        fill(image, new Color(128, 128, 128), 0, 0, 640, 480);
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData();
        Path original =
                write("linear.jpg", TestImages.withSegment(TestImages.jpeg(image), TestImages.iccSegment(profile)));

        List<Encoded> out = new ArrayList<>();
        Renderer.render(original, plan(0.5, 0.5, 1, null), out::add);

        for (Encoded rendition : out) {
            BufferedImage decoded = TestImages.decode(rendition);
            assertEquals(3, decoded.getColorModel().getNumColorComponents());
            assertTrue(decoded.getColorModel().getColorSpace().isCS_sRGB());
            Color pixel = new Color(decoded.getRGB(10, 10));
            assertTrue(Math.abs(pixel.getGreen() - 188) <= 4, rendition.format() + " " + pixel);
        }
    }

    @Test
    void transparencyStaysInWebpAndTurnsWhiteInJpeg() throws IOException {
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_ARGB);
        fill(image, new Color(20, 120, 40), 0, 0, 400, 600);
        Path original = write("cut-out.png", TestImages.png(image));

        List<Encoded> out = new ArrayList<>();
        Renderer.render(original, plan(0.5, 0.5, 1, null), out::add);

        BufferedImage webp = TestImages.decode(find(out, null, ImageFormat.WEBP));
        assertTrue(webp.getColorModel().hasAlpha());
        assertEquals(0, webp.getRGB(webp.getWidth() - 5, 5) >>> 24);
        assertEquals(255, webp.getRGB(5, 5) >>> 24);
        BufferedImage jpeg = TestImages.decode(find(out, null, ImageFormat.JPEG));
        assertFalse(jpeg.getColorModel().hasAlpha());
        assertEquals(Color.WHITE.getRGB(), jpeg.getRGB(jpeg.getWidth() - 5, 5) | 0x030303);
    }

    @Test
    void webpOriginalIsRendered() throws IOException {
        Path original = write("photo.webp", TestImages.webp(photo(1600, 900)));

        List<Encoded> out = new ArrayList<>();
        Rendered rendered = Renderer.render(original, plan(0.5, 0.5, 1, null), out::add);

        assertEquals(1600, rendered.width());
        assertEquals(900, rendered.height());
        assertEquals(
                List.of(320, 640, 960, 1280),
                out.stream()
                        .filter(e -> e.ratio() == null && e.format() == ImageFormat.WEBP)
                        .map(Encoded::width)
                        .sorted()
                        .toList());
    }

    @Test
    void fileThatIsNoImageIsAnIoExceptionNamingIt() throws IOException {
        Path text = write("notes.jpg", "not an image at all".getBytes(StandardCharsets.UTF_8));
        Path empty = write("empty.png", new byte[0]);

        IOException notImage =
                assertThrows(IOException.class, () -> Renderer.render(text, plan(0.5, 0.5, 1, null), e -> {}));
        assertTrue(notImage.getMessage().contains("notes.jpg"), notImage.getMessage());
        assertThrows(IOException.class, () -> Renderer.render(empty, plan(0.5, 0.5, 1, null), e -> {}));
    }

    @Test
    void sinkFailureStopsTheRender() throws IOException {
        Path original = write("photo.jpg", TestImages.jpeg(photo(800, 600)));
        List<Encoded> seen = new ArrayList<>();

        IOException failure = assertThrows(
                IOException.class,
                () -> Renderer.render(original, plan(0.5, 0.5, 1, null), e -> {
                    seen.add(e);
                    throw new IOException("disk full");
                }));

        assertEquals("disk full", failure.getMessage());
        assertEquals(1, seen.size());
    }

    private static RenditionPlan plan(double focalX, double focalY, int orientation, String copyright) {
        return new RenditionPlan(WIDTHS, Ratio.STANDARD, 1200, focalX, focalY, orientation, copyright);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** Smooth gradients with a little noise, so encoders see something like a photograph. */
    private static BufferedImage photo(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int noise = random.nextInt(9) - 4;
                int r = 90 + 60 * x / width + noise;
                int g = 110 + 50 * y / height + noise;
                int b = 150 + (int) (40 * Math.sin(x / 97.0)) + noise;
                image.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        return image;
    }

    private static void fill(BufferedImage image, Color colour, int x, int y, int width, int height) {
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(x, y, width, height);
        g.dispose();
    }

    private static List<String> crops(List<Encoded> out, ImageFormat format) {
        return out.stream()
                .filter(e -> e.ratio() != null && e.format() == format)
                .map(e -> e.ratio() + " " + e.width() + "x" + e.height())
                .toList();
    }

    private static Encoded find(List<Encoded> out, String ratio, ImageFormat format) {
        return out.stream()
                .filter(e -> Objects.equals(e.ratio(), ratio) && e.format() == format)
                .reduce((first, second) -> second) // for the ladder: the smallest, made last
                .orElseThrow();
    }

    private static boolean isRed(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 180 && c.getGreen() < 70 && c.getBlue() < 70;
    }

    private static int countRed(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                count += isRed(image.getRGB(x, y)) ? 1 : 0;
            }
        }
        return count;
    }

    private static String colourName(int rgb) {
        Color c = new Color(rgb);
        boolean r = c.getRed() > 160;
        boolean g = c.getGreen() > 160;
        boolean b = c.getBlue() > 160;
        if (r && g && !b) {
            return "YELLOW";
        }
        return r && !g && !b ? "RED" : g && !r && !b ? "GREEN" : b && !r && !g ? "BLUE" : c.toString();
    }

    private static Metadata metadata(byte[] bytes) throws Exception {
        return ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes));
    }

    private static String directoryNames(Metadata metadata) {
        List<String> names = new ArrayList<>();
        for (Directory directory : metadata.getDirectories()) {
            names.add(directory.getName());
        }
        return names.stream().sorted().collect(Collectors.joining(", ", "[", "]"));
    }

    /** Writes and reads test images, and builds the metadata segments fixtures need. */
    static final class TestImages {

        private TestImages() {}

        static byte[] jpeg(BufferedImage image) throws IOException {
            return encode(image, "jpeg");
        }

        static byte[] png(BufferedImage image) throws IOException {
            return encode(image, "png");
        }

        static byte[] webp(BufferedImage image) throws IOException {
            return encode(image, "webp");
        }

        static BufferedImage decode(Encoded rendition) throws IOException {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(rendition.bytes()));
            assertNotNull(image, rendition.format() + " " + rendition.width() + " does not decode");
            return image;
        }

        /** The JPEG with {@code segment} inserted right after SOI. */
        static byte[] withSegment(byte[] jpeg, byte[] segment) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(jpeg, 0, 2);
            out.writeBytes(segment);
            out.write(jpeg, 2, jpeg.length - 2);
            return out.toByteArray();
        }

        /** A JPEG of raw samples, as the JDK writes a raster: no colour transform, no JFIF. */
        static byte[] jpegRaster(Raster raster) throws IOException {
            ImageWriter writer = null;
            for (Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg"); writers.hasNext(); ) {
                ImageWriter candidate = writers.next();
                if (candidate.canWriteRasters()) {
                    writer = candidate;
                }
            }
            assertNotNull(writer, "no JPEG writer takes rasters");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(raster, null, null), null);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        }

        /** APP14 "Adobe", version 100, no flags, transform 0 (samples are not YCC). */
        static byte[] adobeSegment() {
            return new byte[] {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
        }

        /** APP2 ICC_PROFILE segment holding a whole (small) profile in one chunk. */
        static byte[] iccSegment(byte[] profile) {
            byte[] name = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);
            int length = 2 + name.length + 2 + profile.length;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE2, (byte) (length >> 8), (byte) length});
            out.writeBytes(name);
            out.writeBytes(new byte[] {1, 1});
            out.writeBytes(profile);
            return out.toByteArray();
        }

        /** APP1 EXIF whose IFD0 points to a GPS IFD holding latitude reference "N". */
        static byte[] gpsExif() {
            byte[] tiff = {
                'M',
                'M',
                0,
                42,
                0,
                0,
                0,
                8, // header, IFD0 at 8
                0,
                1, // one entry
                (byte) 0x88,
                0x25,
                0,
                4,
                0,
                0,
                0,
                1,
                0,
                0,
                0,
                26, // GPSInfo, LONG, 1, GPS IFD at 26
                0,
                0,
                0,
                0, // no next IFD
                0,
                1, // GPS IFD: one entry
                0,
                1,
                0,
                2,
                0,
                0,
                0,
                2,
                'N',
                0,
                0,
                0, // GPSLatitudeRef, ASCII, 2, "N"
                0,
                0,
                0,
                0
            };
            byte[] exif = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
            int length = 2 + exif.length + tiff.length;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
            out.writeBytes(exif);
            out.writeBytes(tiff);
            return out.toByteArray();
        }

        private static byte[] encode(BufferedImage image, String format) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertTrue(ImageIO.write(image, format, out), "no ImageIO writer for " + format);
            return out.toByteArray();
        }
    }
}
