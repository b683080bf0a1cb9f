package com.newsdesk.media.probe;

import static com.newsdesk.media.probe.ProbeInput.fourCc;
import static com.newsdesk.media.probe.ProbeInput.u16le;
import static com.newsdesk.media.probe.ProbeInput.u24le;
import static com.newsdesk.media.probe.ProbeInput.u32le;
import static com.newsdesk.media.probe.ProbeInput.u8;

import java.io.IOException;

/**
 * Reads a WebP's RIFF chunks: the canvas size from VP8X or the single VP8/VP8L bitstream header,
 * and the EXIF, XMP and ICC chunks as metadata.
 */
final class WebpProbe {

    private static final String KIND = "WebP";
    private static final int CHUNK_HEADER = 8;

    private WebpProbe() {}

    static Probe probe(ProbeInput in) throws IOException, ProbeException {
        long riffSize = u32le(in.read(4, 4, KIND), 0);
        // The RIFF size counts from byte 8; trailing bytes after it are ignored, as decoders do.
        if (riffSize < 4 || riffSize > in.remaining(8)) {
            throw ProbeException.truncated(KIND);
        }
        long end = 8 + riffSize;
        MetadataBudget metadata = new MetadataBudget();
        int width = 0;
        int height = 0;
        boolean imageData = false;
        long position = 12;
        for (int blocks = 0; position < end; blocks++) {
            if (blocks >= ProbeInput.MAX_BLOCKS) {
                throw ProbeException.damaged(KIND, "it has too many chunks");
            }
            if (end - position < CHUNK_HEADER) {
                throw ProbeException.truncated(KIND);
            }
            byte[] header = in.read(position, CHUNK_HEADER, KIND);
            String type = fourCc(header, 0);
            long size = u32le(header, 4);
            if (size > end - position - CHUNK_HEADER) {
                throw ProbeException.truncated(KIND);
            }
            long data = position + CHUNK_HEADER;
            switch (type) {
                case "VP8X" -> {
                    if (blocks != 0 || size < 10) {
                        throw ProbeException.damaged(KIND, "the extended header is misplaced or short");
                    }
                    byte[] canvas = in.read(data + 4, 6, KIND);
                    width = u24le(canvas, 0) + 1;
                    height = u24le(canvas, 3) + 1;
                }
                case "VP8 ", "VP8L" -> {
                    int[] dimensions = type.equals("VP8 ") ? lossySize(in, data, size) : losslessSize(in, data, size);
                    if (blocks == 0) {
                        width = dimensions[0];
                        height = dimensions[1];
                    }
                    imageData = true;
                }
                case "ANMF" -> imageData = true;
                case "EXIF", "XMP ", "ICCP" -> metadata.add(CHUNK_HEADER + size);
                default -> {
                    // Other chunks (ALPH, ANIM, unknown ones) carry no metadata.
                }
            }
            // Chunk data is padded to an even length.
            position = data + size + (size & 1);
        }
        if (!imageData || width <= 0 || height <= 0) {
            throw ProbeException.damaged(KIND, "it contains no image");
        }
        return Probe.image(MediaFormat.WEBP, width, height, metadata.total());
    }

    /** The VP8 key frame header: 3-byte frame tag, start code 9D 01 2A, then 14-bit sizes. */
    private static int[] lossySize(ProbeInput in, long data, long size) throws IOException, ProbeException {
        if (size < 10) {
            throw ProbeException.truncated(KIND);
        }
        byte[] b = in.read(data, 10, KIND);
        boolean keyFrame = (u8(b, 0) & 1) == 0;
        if (!keyFrame || u8(b, 3) != 0x9D || u8(b, 4) != 0x01 || u8(b, 5) != 0x2A) {
            throw ProbeException.damaged(KIND, "the image data has no valid header");
        }
        return new int[] {u16le(b, 6) & 0x3FFF, u16le(b, 8) & 0x3FFF};
    }

    /** The VP8L header: signature 0x2F, then width-1 and height-1 as packed 14-bit fields. */
    private static int[] losslessSize(ProbeInput in, long data, long size) throws IOException, ProbeException {
        if (size < 5) {
            throw ProbeException.truncated(KIND);
        }
        byte[] b = in.read(data, 5, KIND);
        if (u8(b, 0) != 0x2F) {
            throw ProbeException.damaged(KIND, "the image data has no valid header");
        }
        long bits = u32le(b, 1);
        return new int[] {(int) (bits & 0x3FFF) + 1, (int) ((bits >>> 14) & 0x3FFF) + 1};
    }
}
