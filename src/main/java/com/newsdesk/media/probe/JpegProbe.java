package com.newsdesk.media.probe;

import static com.newsdesk.media.probe.ProbeInput.u16be;
import static com.newsdesk.media.probe.ProbeInput.u8;

import java.io.IOException;

/**
 * Walks a JPEG's marker segments from SOI to the first SOS: dimensions from the frame header,
 * metadata from the APPn and COM segments, and a check that scan data follows.
 */
final class JpegProbe {

    private static final String KIND = "JPEG";
    private static final int SOS = 0xDA;
    private static final int EOI = 0xD9;
    private static final int COM = 0xFE;

    private JpegProbe() {}

    static Probe probe(ProbeInput in) throws IOException, ProbeException {
        MetadataBudget metadata = new MetadataBudget();
        int width = 0;
        int height = 0;
        boolean frame = false;
        long position = 2;
        for (int blocks = 0; blocks < ProbeInput.MAX_BLOCKS; blocks++) {
            byte[] marker = in.read(position, 2, KIND);
            if (u8(marker, 0) != 0xFF) {
                throw ProbeException.damaged(KIND, "a segment does not start with a marker");
            }
            int code = u8(marker, 1);
            if (code == 0xFF) {
                // Fill bytes may pad any marker; the next byte is the real code.
                position++;
                continue;
            }
            if (code == 0x01 || (code >= 0xD0 && code <= 0xD7)) {
                position += 2;
                continue;
            }
            if (code == EOI) {
                throw ProbeException.truncated(KIND);
            }
            if (code == 0xD8 || code == 0x00) {
                throw ProbeException.damaged(KIND, "unexpected marker in the header");
            }
            int length = u16be(in.read(position + 2, 2, KIND), 0);
            if (length < 2) {
                throw ProbeException.damaged(KIND, "a segment has an impossible length");
            }
            long end = position + 2 + length;
            if (end > in.length()) {
                throw ProbeException.truncated(KIND);
            }
            if ((code >= 0xE1 && code <= 0xEF) || code == COM) {
                metadata.add(2L + length);
            } else if (isStartOfFrame(code)) {
                if (frame) {
                    throw ProbeException.damaged(KIND, "it has two frame headers");
                }
                if (length < 8) {
                    throw ProbeException.damaged(KIND, "the frame header is too short");
                }
                byte[] header = in.read(position + 4, 5, KIND);
                height = u16be(header, 1);
                width = u16be(header, 3);
                if (width == 0 || height == 0) {
                    throw ProbeException.damaged(KIND, "the image has no width or height");
                }
                frame = true;
            } else if (code == SOS) {
                if (!frame) {
                    throw ProbeException.damaged(KIND, "image data comes before the frame header");
                }
                requireScanData(in, end);
                return Probe.image(MediaFormat.JPEG, width, height, metadata.total());
            }
            position = end;
        }
        throw ProbeException.damaged(KIND, "it has too many segments");
    }

    /**
     * A file cut right after its header has no picture; the check is best effort, as decoders
     * accept a missing EOI, so any compressed data after the scan header will do.
     */
    private static void requireScanData(ProbeInput in, long scanStart) throws IOException, ProbeException {
        long remaining = in.remaining(scanStart);
        if (remaining == 0) {
            throw ProbeException.truncated(KIND);
        }
        byte[] tail = in.readUpTo(in.length() - 2, 2);
        boolean endsWithEoi = tail.length == 2 && u8(tail, 0) == 0xFF && u8(tail, 1) == EOI;
        if (endsWithEoi && remaining <= 2) {
            throw ProbeException.truncated(KIND);
        }
    }

    /** SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range. */
    private static boolean isStartOfFrame(int code) {
        return code >= 0xC0 && code <= 0xCF && code != 0xC4 && code != 0xC8 && code != 0xCC;
    }
}
