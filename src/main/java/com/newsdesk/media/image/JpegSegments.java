package com.newsdesk.media.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Rewrites the header segments of a JPEG the ImageIO writer made: its application segments (JFIF and
 * any other) and comments go, and a minimal EXIF segment holding only a copyright notice can take
 * their place right after SOI.
 */
final class JpegSegments {

    private static final int MARKER = 0xFF;
    private static final int START_OF_SCAN = 0xDA;
    private static final int APP1 = 0xE1;
    private static final int COPYRIGHT_TAG = 0x8298;
    private static final int ASCII = 2;
    /** Longest notice kept: a segment holds at most 64 KiB, and a notice is a line, not a licence. */
    private static final int MAX_NOTICE_BYTES = 2000;

    private JpegSegments() {}

    /**
     * An APP1 segment (marker included) of "Exif\0\0", a big-endian TIFF header and an IFD0 with a
     * single ASCII Copyright entry.
     */
    static byte[] copyrightExif(String copyright) {
        byte[] notice = notice(copyright);
        int valueOffset = 8 + 2 + 12 + 4;
        boolean inline = notice.length + 1 <= 4;
        int tiffLength = inline ? valueOffset : valueOffset + notice.length + 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream(tiffLength + 12);
        out.write(MARKER);
        out.write(APP1);
        writeShort(out, 2 + 6 + tiffLength);
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {'M', 'M', 0, 42});
        writeInt(out, 8);
        writeShort(out, 1);
        writeShort(out, COPYRIGHT_TAG);
        writeShort(out, ASCII);
        writeInt(out, notice.length + 1);
        if (inline) {
            // Values of four bytes or fewer sit in the entry itself, padded.
            byte[] padded = new byte[4];
            System.arraycopy(notice, 0, padded, 0, notice.length);
            out.writeBytes(padded);
            writeInt(out, 0);
            return out.toByteArray();
        }
        writeInt(out, valueOffset);
        writeInt(out, 0);
        out.writeBytes(notice);
        out.write(0);
        return out.toByteArray();
    }

    /**
     * The JPEG with its APPn and COM segments removed and {@code app1} (or nothing, when null)
     * inserted after SOI. Entropy-coded data from the first SOS on is copied as it is.
     */
    static byte[] replaceMetadata(byte[] jpeg, byte[] app1) throws IOException {
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != MARKER || (jpeg[1] & 0xFF) != 0xD8) {
            throw new IOException("JPEG writer produced no SOI marker");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + (app1 == null ? 0 : app1.length));
        out.write(jpeg, 0, 2);
        if (app1 != null) {
            out.writeBytes(app1);
        }
        int position = 2;
        while (position + 4 <= jpeg.length) {
            if ((jpeg[position] & 0xFF) != MARKER) {
                throw new IOException("JPEG writer produced a malformed header at byte " + position);
            }
            int marker = jpeg[position + 1] & 0xFF;
            if (marker == START_OF_SCAN) {
                break;
            }
            int length = 2 + ((jpeg[position + 2] & 0xFF) << 8 | (jpeg[position + 3] & 0xFF));
            boolean metadata = (marker >= 0xE0 && marker <= 0xEF) || marker == 0xFE;
            if (!metadata) {
                out.write(jpeg, position, Math.min(length, jpeg.length - position));
            }
            position += length;
        }
        out.write(jpeg, position, Math.max(0, jpeg.length - position));
        return out.toByteArray();
    }

    private static byte[] notice(String copyright) {
        // A NUL would split the field into photographer and editor parts; other controls are noise.
        String clean = copyright.replaceAll("\\p{Cntrl}", " ").strip();
        byte[] bytes = clean.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_NOTICE_BYTES) {
            return bytes;
        }
        int end = MAX_NOTICE_BYTES;
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
            end--; // do not cut a UTF-8 sequence in half
        }
        byte[] cut = new byte[end];
        System.arraycopy(bytes, 0, cut, 0, end);
        return cut;
    }

    private static void writeShort(ByteArrayOutputStream out, int value) {
        out.write(value >>> 8 & 0xFF);
        out.write(value & 0xFF);
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        writeShort(out, value >>> 16);
        writeShort(out, value & 0xFFFF);
    }
}
