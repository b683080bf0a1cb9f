package com.newsdesk.media.probe;

import static com.newsdesk.media.probe.ProbeInput.fourCc;
import static com.newsdesk.media.probe.ProbeInput.u32be;

import java.io.IOException;

/**
 * Reads a PNG's IHDR and walks its chunks by their lengths, skipping the data, to sum the
 * ancillary chunks as metadata and to check that image data and the end marker are there.
 */
final class PngProbe {

    private static final String KIND = "PNG";
    private static final int SIGNATURE = 8;
    /** Length, type and CRC around each chunk's data. */
    private static final int FRAMING = 12;
    /** The PNG specification's ceiling for chunk lengths and dimensions. */
    private static final long MAX_VALUE = 0x7FFF_FFFFL;

    private PngProbe() {}

    static Probe probe(ProbeInput in) throws IOException, ProbeException {
        byte[] ihdr = in.read(SIGNATURE, 8 + 13, KIND);
        if (u32be(ihdr, 0) != 13 || !"IHDR".equals(fourCc(ihdr, 4))) {
            throw ProbeException.damaged(KIND, "it does not start with an image header");
        }
        long width = u32be(ihdr, 8);
        long height = u32be(ihdr, 12);
        if (width == 0 || height == 0 || width > MAX_VALUE || height > MAX_VALUE) {
            throw ProbeException.damaged(KIND, "the image has an impossible width or height");
        }
        MetadataBudget metadata = new MetadataBudget();
        boolean imageData = false;
        long position = SIGNATURE + FRAMING + 13;
        for (int blocks = 0; blocks < ProbeInput.MAX_BLOCKS; blocks++) {
            byte[] header = in.read(position, 8, KIND);
            long length = u32be(header, 0);
            String type = fourCc(header, 4);
            if (length > MAX_VALUE || !isChunkType(type)) {
                throw ProbeException.damaged(KIND, "a chunk has an invalid length or type");
            }
            if (length + FRAMING > in.remaining(position)) {
                throw ProbeException.truncated(KIND);
            }
            switch (type) {
                case "IEND" -> {
                    if (!imageData) {
                        throw ProbeException.damaged(KIND, "it contains no image data");
                    }
                    return Probe.image(MediaFormat.PNG, (int) width, (int) height, metadata.total());
                }
                case "IDAT" -> imageData = true;
                case "IHDR" -> throw ProbeException.damaged(KIND, "it has two image headers");
                default -> {
                    if (isMetadata(type)) {
                        metadata.add(length + FRAMING);
                    }
                }
            }
            position += length + FRAMING;
        }
        throw ProbeException.damaged(KIND, "it has too many chunks");
    }

    /**
     * Ancillary chunks (lower-case first letter) are metadata, except the two that carry pixels:
     * tRNS transparency and the frames of an animated PNG.
     */
    private static boolean isMetadata(String type) {
        boolean ancillary = Character.isLowerCase(type.charAt(0));
        return ancillary && !type.equals("tRNS") && !type.equals("fdAT");
    }

    private static boolean isChunkType(String type) {
        for (int i = 0; i < type.length(); i++) {
            char c = type.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
                return false;
            }
        }
        return true;
    }
}
