package com.newsdesk.media.probe;

import static com.newsdesk.media.probe.ProbeInput.u8;

/**
 * One MPEG audio layer III frame header, decoded from its four bytes.
 *
 * @param version 1 for MPEG-1, 2 for MPEG-2, 25 for MPEG-2.5
 */
record MpegFrame(int version, int bitrateKbps, int sampleRate, boolean mono, int length) {

    private static final int[] BITRATES_V1 = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};
    private static final int[] BITRATES_V2 = {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160};
    private static final int[] RATES_V1 = {44100, 48000, 32000};

    /** The header, or null if these bytes are not a layer III header we can read. */
    static MpegFrame parse(byte[] b) {
        if (b.length < 4 || u8(b, 0) != 0xFF || (u8(b, 1) & 0xE0) != 0xE0) {
            return null;
        }
        int versionBits = (u8(b, 1) >> 3) & 3;
        int layerBits = (u8(b, 1) >> 1) & 3;
        int bitrateIndex = u8(b, 2) >> 4;
        int rateIndex = (u8(b, 2) >> 2) & 3;
        // Layer bits 01 mean layer III; free-format bitrate (index 0) has no computable frame length.
        if (versionBits == 1 || layerBits != 1 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) {
            return null;
        }
        int version = versionBits == 3 ? 1 : versionBits == 2 ? 2 : 25;
        int bitrate = (version == 1 ? BITRATES_V1 : BITRATES_V2)[bitrateIndex];
        int sampleRate = RATES_V1[rateIndex] / (version == 1 ? 1 : version == 2 ? 2 : 4);
        int padding = (u8(b, 2) >> 1) & 1;
        boolean mono = (u8(b, 3) >> 6) == 3;
        int samples = version == 1 ? 1152 : 576;
        int length = samples / 8 * bitrate * 1000 / sampleRate + padding;
        return new MpegFrame(version, bitrate, sampleRate, mono, length);
    }

    int samples() {
        return version == 1 ? 1152 : 576;
    }

    /** The side information that precedes a Xing/Info header in the first frame. */
    int sideInfoBytes() {
        if (version == 1) {
            return mono ? 17 : 32;
        }
        return mono ? 9 : 17;
    }

    /** Bitrate and padding may change from frame to frame; version and sample rate may not. */
    boolean sameStream(MpegFrame other) {
        return version == other.version && sampleRate == other.sampleRate;
    }
}
