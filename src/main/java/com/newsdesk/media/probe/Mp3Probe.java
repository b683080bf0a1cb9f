package com.newsdesk.media.probe;

import static com.newsdesk.media.probe.ProbeInput.startsWith;
import static com.newsdesk.media.probe.ProbeInput.u32be;
import static com.newsdesk.media.probe.ProbeInput.u8;

import java.io.IOException;

/**
 * Reads an MP3: skips ID3v2 tags, checks that two consecutive MPEG layer III frame headers agree,
 * and takes the duration from a Xing/Info or VBRI header, or estimates it from the bitrate.
 */
final class Mp3Probe {

    private static final String KIND = "MP3";
    private static final int ID3V1 = 128;
    /** Encoders may pad a tag with zeros; tolerated up to this many bytes. */
    private static final int MAX_PADDING = 64 * 1024;

    private Mp3Probe() {}

    /** An 11-bit frame sync, as at the start of an MP3 without tags. */
    static boolean looksLikeFrameSync(byte[] head) {
        return head.length >= 2 && u8(head, 0) == 0xFF && (u8(head, 1) & 0xE0) == 0xE0;
    }

    static Probe probe(ProbeInput in) throws IOException, ProbeException {
        long tags = 0;
        long position = 0;
        // A few files carry more than one ID3v2 tag; eight is plenty and keeps the loop bounded.
        for (int i = 0; i < 8 && startsWith(in.readUpTo(position, 3), 0, "ID3"); i++) {
            long size = id3Size(in.read(position, 10, KIND));
            if (size > in.remaining(position)) {
                throw ProbeException.truncated(KIND);
            }
            tags += size;
            position += size;
        }
        position = skipPadding(in, position);
        MpegFrame first = MpegFrame.parse(in.readUpTo(position, 4));
        if (first == null) {
            throw tags == 0 ? ProbeException.notMedia() : ProbeException.damaged(KIND, "no audio follows the tag");
        }
        long audioEnd = in.length();
        if (audioEnd - ID3V1 > position && startsWith(in.readUpTo(audioEnd - ID3V1, 3), 0, "TAG")) {
            audioEnd -= ID3V1;
            tags += ID3V1;
        }
        requireSecondFrame(in, first, position, audioEnd);
        long audioBytes = audioEnd - position;
        byte[] frame = in.readUpTo(position, (int) Math.min(first.length(), 200));
        double seconds = audioBytes * 8.0 / (first.bitrateKbps() * 1000.0);
        double bitrate = first.bitrateKbps();
        long frames = vbrFrameCount(first, frame);
        if (frames > 0) {
            double vbrSeconds = (double) frames * first.samples() / first.sampleRate();
            // The frame holding the Xing/Info or VBRI header is silent and not in its count.
            double vbrBitrate = (audioBytes - first.length()) * 8.0 / vbrSeconds / 1000.0;
            // A frame count that implies an impossible bitrate is a damaged or crafted header.
            if (vbrBitrate >= 4 && vbrBitrate <= 640) {
                seconds = vbrSeconds;
                bitrate = vbrBitrate;
            }
        }
        return Probe.audio(MediaFormat.MP3, seconds, bitrate, tags);
    }

    /** Header plus syncsafe size plus an optional footer; a set top bit means it is not ID3. */
    private static long id3Size(byte[] header) throws ProbeException {
        long size = 0;
        for (int i = 6; i < 10; i++) {
            if ((u8(header, i) & 0x80) != 0) {
                throw ProbeException.damaged(KIND, "the ID3 tag has an invalid size");
            }
            size = (size << 7) | u8(header, i);
        }
        boolean footer = (u8(header, 5) & 0x10) != 0;
        return 10 + size + (footer ? 10 : 0);
    }

    private static long skipPadding(ProbeInput in, long position) throws IOException {
        byte[] window = in.readUpTo(position, MAX_PADDING);
        int zeros = 0;
        while (zeros < window.length && window[zeros] == 0) {
            zeros++;
        }
        return position + zeros;
    }

    /** Random bytes that start like a frame rarely have a matching frame where the first ends. */
    private static void requireSecondFrame(ProbeInput in, MpegFrame first, long position, long audioEnd)
            throws IOException, ProbeException {
        long next = position + first.length();
        if (next > audioEnd) {
            throw ProbeException.truncated(KIND);
        }
        if (next == audioEnd) {
            return;
        }
        MpegFrame second = MpegFrame.parse(in.readUpTo(next, 4));
        if (second == null || !first.sameStream(second)) {
            throw ProbeException.damaged(KIND, "its audio frames do not line up");
        }
    }

    /** The frame count of a Xing/Info header (after the side info) or a VBRI header, else 0. */
    private static long vbrFrameCount(MpegFrame first, byte[] frame) {
        int xing = 4 + first.sideInfoBytes();
        if (startsWith(frame, xing, "Xing") || startsWith(frame, xing, "Info")) {
            if (frame.length >= xing + 12 && (u8(frame, xing + 7) & 1) != 0) {
                return u32be(frame, xing + 8);
            }
            return 0;
        }
        if (startsWith(frame, 36, "VBRI") && frame.length >= 36 + 18) {
            return u32be(frame, 36 + 14);
        }
        return 0;
    }
}
