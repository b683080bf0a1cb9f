package com.newsdesk.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/**
 * Image fixtures for media tests, built in memory and deterministic: encoded pictures, agency
 * photos with EXIF and IPTC blocks written from the specifications, and header-only files that
 * declare sizes no test could afford to encode.
 */
public final class TestImages {

    private static final byte[] EXIF_ID = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PHOTOSHOP_ID = "Photoshop 3.0\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int MAX_SEGMENT = 65_535;

    private TestImages() {}

    /** A JPEG of a gradient with coloured shapes, so crops and placeholders of it differ. */
    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height, false), "jpg");
    }

    /** The same picture as PNG; with alpha, the background fades and one shape is see-through. */
    public static byte[] png(int width, int height, boolean alpha) {
        return encode(picture(width, height, alpha), "png");
    }

    /**
     * An agency photo: {@link #jpeg} with an EXIF block (Make, body serial number, copyright and,
     * unless {@code gpsLat} is NaN, a GPS position) and a Photoshop IPTC block. Null text values
     * are left out.
     */
    public static byte[] photoWithIptc(
            int width,
            int height,
            String byLine,
            String credit,
            String caption,
            String copyrightNotice,
            double gpsLat,
            double gpsLon) {
        List<Entry> ifd0 = new ArrayList<>(List.of(ascii(0x010F, "NewsdeskCam")));
        if (copyrightNotice != null) {
            ifd0.add(ascii(0x8298, copyrightNotice));
        }
        List<Entry> exif = List.of(ascii(0xA431, "NDC-000417"));
        List<Entry> gps = Double.isNaN(gpsLat)
                ? List.of()
                : List.of(
                        new Entry(0x0000, 1, 4, new byte[] {2, 3, 0, 0}),
                        ascii(0x0001, gpsLat < 0 ? "S" : "N"),
                        degrees(0x0002, gpsLat),
                        ascii(0x0003, gpsLon < 0 ? "W" : "E"),
                        degrees(0x0004, gpsLon));
        byte[] app1 = exifSegment(tiff(ifd0, exif, gps));
        byte[] app13 = iptcSegment(byLine, credit, caption, copyrightNotice);
        return afterSoi(jpeg(width, height), app1, app13);
    }

    /** The JPEG with any EXIF block replaced by one holding only the orientation (1–8). */
    public static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        Entry entry = new Entry(
                0x0112,
                3,
                1,
                ByteBuffer.allocate(2).putShort((short) orientation).array());
        return afterSoi(withoutExif(jpeg), exifSegment(tiff(List.of(entry), List.of(), List.of())));
    }

    /** A header-only PNG: signature, IHDR declaring the size, one tiny IDAT and IEND. */
    public static byte[] pngDeclaring(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height);
        ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[] {0, 0, 0, 0});
        deflater.finish();
        byte[] idat = new byte[64];
        int idatLength = deflater.deflate(idat);
        deflater.end();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(PNG_SIGNATURE);
        out.writeBytes(pngChunk("IHDR", ihdr.array()));
        out.writeBytes(pngChunk("IDAT", Arrays.copyOf(idat, idatLength)));
        out.writeBytes(pngChunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    /** A PNG chunk: length, type, data and the CRC of type and data. */
    public static byte[] pngChunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length)
                .putInt(data.length)
                .put(typeBytes)
                .put(data)
                .putInt((int) crc.getValue())
                .array();
    }

    /**
     * A small JPEG whose APP1 segments, each under the 64 KiB segment limit and each counted with
     * its marker and length, add up to exactly {@code exifBytes} (at least 10).
     */
    public static byte[] jpegWithExifBytes(int exifBytes) {
        if (exifBytes < 10) {
            throw new IllegalArgumentException("at least 10 bytes");
        }
        List<byte[]> segments = new ArrayList<>();
        int remaining = exifBytes;
        while (remaining > 0) {
            int total = Math.min(remaining, 60_000);
            if (remaining - total > 0 && remaining - total < 10) {
                total -= 10;
            }
            byte[] payload = new byte[total - 4];
            System.arraycopy(EXIF_ID, 0, payload, 0, Math.min(EXIF_ID.length, payload.length));
            segments.add(segment(0xE1, payload));
            remaining -= total;
        }
        return afterSoi(jpeg(64, 48), segments.toArray(byte[][]::new));
    }

    private static BufferedImage picture(int width, int height, boolean alpha) {
        BufferedImage image =
                new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            Color end = alpha ? new Color(30, 60, 200, 40) : new Color(30, 60, 200);
            g.setPaint(new GradientPaint(0, 0, new Color(250, 220, 120), width, height, end));
            g.fillRect(0, 0, width, height);
            g.setColor(new Color(200, 30, 40));
            g.fillRect(width / 8, height / 8, width / 4, height / 4);
            g.setColor(alpha ? new Color(20, 160, 60, 128) : new Color(20, 160, 60));
            g.fillOval(width / 2, height / 2, width / 3, height / 3);
            g.setColor(Color.WHITE);
            g.fillRect(0, height * 3 / 4, width, Math.max(1, height / 20));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // --- JPEG segments ---------------------------------------------------------------------

    private static byte[] segment(int marker, byte[] payload) {
        if (payload.length + 2 > MAX_SEGMENT) {
            throw new IllegalArgumentException("segment too long: " + payload.length);
        }
        return ByteBuffer.allocate(4 + payload.length)
                .put((byte) 0xFF)
                .put((byte) marker)
                .putShort((short) (payload.length + 2))
                .put(payload)
                .array();
    }

    private static byte[] afterSoi(byte[] jpeg, byte[]... segments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        for (byte[] segment : segments) {
            out.writeBytes(segment);
        }
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** Drops APP1 segments that hold EXIF, up to the first scan. */
    private static byte[] withoutExif(byte[] jpeg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        int position = 2;
        while (position + 4 <= jpeg.length && (jpeg[position] & 0xFF) == 0xFF) {
            int marker = jpeg[position + 1] & 0xFF;
            if (marker == 0xDA) {
                break;
            }
            int length = ((jpeg[position + 2] & 0xFF) << 8) | (jpeg[position + 3] & 0xFF);
            boolean exif = marker == 0xE1
                    && Arrays.equals(jpeg, position + 4, position + 4 + EXIF_ID.length, EXIF_ID, 0, EXIF_ID.length);
            if (!exif) {
                out.write(jpeg, position, 2 + length);
            }
            position += 2 + length;
        }
        out.write(jpeg, position, jpeg.length - position);
        return out.toByteArray();
    }

    // --- EXIF (TIFF) -----------------------------------------------------------------------

    /** One IFD entry; {@code value} is big-endian, as the TIFF below is ("MM"). */
    private record Entry(int tag, int type, int count, byte[] value) {}

    private static Entry ascii(int tag, String text) {
        byte[] bytes = (text + "\0").getBytes(StandardCharsets.UTF_8);
        return new Entry(tag, 2, bytes.length, bytes);
    }

    /** Degrees, minutes and seconds as three RATIONALs. */
    private static Entry degrees(int tag, double value) {
        double abs = Math.abs(value);
        long whole = (long) abs;
        double minutesExact = (abs - whole) * 60;
        long minutes = (long) minutesExact;
        long milliSeconds = Math.round((minutesExact - minutes) * 60 * 1000);
        ByteBuffer b = ByteBuffer.allocate(24);
        b.putInt((int) whole).putInt(1).putInt((int) minutes).putInt(1);
        b.putInt((int) milliSeconds).putInt(1000);
        return new Entry(tag, 5, 3, b.array());
    }

    private static byte[] exifSegment(byte[] tiff) {
        ByteBuffer payload =
                ByteBuffer.allocate(EXIF_ID.length + tiff.length).put(EXIF_ID).put(tiff);
        return segment(0xE1, payload.array());
    }

    /** A big-endian TIFF: IFD0 (with pointers to the Exif and GPS IFDs when they have entries). */
    private static byte[] tiff(List<Entry> ifd0, List<Entry> exif, List<Entry> gps) {
        int pointers = (exif.isEmpty() ? 0 : 1) + (gps.isEmpty() ? 0 : 1);
        int exifOffset = 8 + ifdSize(ifd0) + 12 * pointers;
        int gpsOffset = exifOffset + (exif.isEmpty() ? 0 : ifdSize(exif));
        List<Entry> first = new ArrayList<>(ifd0);
        if (!exif.isEmpty()) {
            first.add(new Entry(
                    0x8769, 4, 1, ByteBuffer.allocate(4).putInt(exifOffset).array()));
        }
        if (!gps.isEmpty()) {
            first.add(new Entry(
                    0x8825, 4, 1, ByteBuffer.allocate(4).putInt(gpsOffset).array()));
        }
        first.sort(Comparator.comparingInt(Entry::tag));
        ByteBuffer tiff = ByteBuffer.allocate(gpsOffset + (gps.isEmpty() ? 0 : ifdSize(gps)));
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        writeIfd(tiff, 8, first);
        if (!exif.isEmpty()) {
            writeIfd(tiff, exifOffset, exif);
        }
        if (!gps.isEmpty()) {
            writeIfd(tiff, gpsOffset, gps);
        }
        return tiff.array();
    }

    /** Count, 12-byte entries, next-IFD offset, then values over four bytes, each padded to even. */
    private static int ifdSize(List<Entry> entries) {
        int size = 2 + 12 * entries.size() + 4;
        for (Entry entry : entries) {
            if (entry.value().length > 4) {
                size += (entry.value().length + 1) & ~1;
            }
        }
        return size;
    }

    private static void writeIfd(ByteBuffer tiff, int offset, List<Entry> entries) {
        int data = offset + 2 + 12 * entries.size() + 4;
        tiff.position(offset);
        tiff.putShort((short) entries.size());
        for (Entry entry : entries) {
            tiff.putShort((short) entry.tag()).putShort((short) entry.type()).putInt(entry.count());
            if (entry.value().length <= 4) {
                tiff.put(Arrays.copyOf(entry.value(), 4));
            } else {
                tiff.putInt(data);
                tiff.put(data, entry.value());
                data += (entry.value().length + 1) & ~1;
            }
        }
        tiff.putInt(0);
    }

    // --- IPTC in a Photoshop APP13 ---------------------------------------------------------

    private static byte[] iptcSegment(String byLine, String credit, String caption, String copyright) {
        ByteArrayOutputStream iim = new ByteArrayOutputStream();
        // 1:90 coded character set ESC % G declares UTF-8 for the text datasets.
        dataset(iim, 1, 90, new byte[] {0x1B, 0x25, 0x47});
        dataset(iim, 2, 0, new byte[] {0, 4});
        dataset(iim, 2, 80, byLine);
        dataset(iim, 2, 110, credit);
        dataset(iim, 2, 116, copyright);
        dataset(iim, 2, 120, caption);
        byte[] records = iim.toByteArray();
        int padding = records.length & 1;
        ByteBuffer resource = ByteBuffer.allocate(PHOTOSHOP_ID.length + 4 + 2 + 2 + 4 + records.length + padding);
        resource.put(PHOTOSHOP_ID)
                .put("8BIM".getBytes(StandardCharsets.US_ASCII))
                .putShort((short) 0x0404);
        // An empty Pascal-string name, padded to an even length.
        resource.put((byte) 0).put((byte) 0);
        resource.putInt(records.length).put(records);
        return segment(0xED, resource.array());
    }

    private static void dataset(ByteArrayOutputStream out, int record, int number, String text) {
        if (text != null) {
            dataset(out, record, number, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void dataset(ByteArrayOutputStream out, int record, int number, byte[] data) {
        if (data.length > 0x7FFF) {
            throw new IllegalArgumentException("IPTC dataset too long for a standard length");
        }
        out.write(0x1C);
        out.write(record);
        out.write(number);
        out.write(data.length >> 8);
        out.write(data.length & 0xFF);
        out.writeBytes(data);
    }
}
