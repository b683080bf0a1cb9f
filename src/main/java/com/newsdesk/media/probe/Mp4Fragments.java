package com.newsdesk.media.probe;

import static com.newsdesk.media.probe.ProbeInput.u32be;
import static com.newsdesk.media.probe.ProbeInput.u8;

import com.newsdesk.media.probe.Mp4Boxes.Box;
import java.io.IOException;
import java.util.List;

/**
 * The duration of a fragmented MP4 (DASH, or ffmpeg's {@code empty_moov}), whose movie header
 * says 0: the fragment duration of {@code mvex/mehd} if present, else the sum of the audio track's
 * sample durations over all {@code moof/traf/trun} boxes.
 */
final class Mp4Fragments {

    private static final String KIND = Mp4Boxes.KIND;
    /** Per-sample tables are read in slices of this many bytes. */
    private static final int SLICE = 64 * 1024;

    private final Mp4Boxes boxes;

    Mp4Fragments(Mp4Boxes boxes) {
        this.boxes = boxes;
    }

    double seconds(Box moov, Box audioTrack, List<Box> fragments) throws IOException, ProbeException {
        Box mvex = boxes.child(moov, "mvex");
        Box mehd = boxes.child(mvex, "mehd");
        Box mvhd = boxes.child(moov, "mvhd");
        if (mehd != null && mvhd != null) {
            long scale = Mp4Probe.times(boxes, mvhd)[0];
            int version = u8(boxes.payload(mehd, 0, 1), 0);
            byte[] b = boxes.payload(mehd, 4, version == 1 ? 8 : 4);
            long duration = version == 1 ? ProbeInput.u64be(b, 0) : u32be(b, 0);
            if (scale > 0 && duration > 0) {
                return (double) duration / scale;
            }
        }
        Box mdhd = boxes.child(boxes.child(audioTrack, "mdia"), "mdhd");
        long scale = mdhd == null ? 0 : Mp4Probe.times(boxes, mdhd)[0];
        if (scale <= 0) {
            return 0;
        }
        long trackId = trackId(audioTrack);
        long defaultDuration = trexDuration(mvex, trackId);
        try {
            long total = 0;
            for (Box moof : fragments) {
                for (Box traf : boxes.children(moof)) {
                    if (traf.type().equals("traf")) {
                        total = Math.addExact(total, trafDuration(traf, trackId, defaultDuration));
                    }
                }
            }
            return (double) total / scale;
        } catch (ArithmeticException e) {
            throw ProbeException.damaged(KIND, "its fragments last impossibly long");
        }
    }

    /** tkhd: version and flags, creation and modification times (4 or 8 bytes each), track_ID. */
    private long trackId(Box trak) throws IOException, ProbeException {
        Box tkhd = boxes.child(trak, "tkhd");
        if (tkhd == null) {
            return -1;
        }
        int version = u8(boxes.payload(tkhd, 0, 1), 0);
        return u32be(boxes.payload(tkhd, version == 1 ? 20 : 12, 4), 0);
    }

    /** trex: version and flags, track_ID, sample description index, default sample duration. */
    private long trexDuration(Box mvex, long trackId) throws IOException, ProbeException {
        if (mvex == null) {
            return 0;
        }
        for (Box trex : boxes.children(mvex)) {
            if (trex.type().equals("trex")) {
                byte[] b = boxes.payload(trex, 4, 12);
                if (u32be(b, 0) == trackId) {
                    return u32be(b, 8);
                }
            }
        }
        return 0;
    }

    private long trafDuration(Box traf, long trackId, long trexDuration) throws IOException, ProbeException {
        Box tfhd = boxes.child(traf, "tfhd");
        if (tfhd == null) {
            return 0;
        }
        byte[] header = boxes.payload(tfhd, 0, 8);
        int flags = (int) (u32be(header, 0) & 0xFF_FFFF);
        if (u32be(header, 4) != trackId) {
            return 0;
        }
        long defaultDuration = trexDuration;
        if ((flags & 0x08) != 0) {
            // Optional fields before it: base data offset (8 bytes), sample description index (4).
            int offset = 8 + ((flags & 0x01) != 0 ? 8 : 0) + ((flags & 0x02) != 0 ? 4 : 0);
            defaultDuration = u32be(boxes.payload(tfhd, offset, 4), 0);
        }
        long total = 0;
        for (Box trun : boxes.children(traf)) {
            if (trun.type().equals("trun")) {
                total = Math.addExact(total, trunDuration(trun, defaultDuration));
            }
        }
        return total;
    }

    /** trun: flags say which of data offset, first sample flags and per-sample fields follow. */
    private long trunDuration(Box trun, long defaultDuration) throws IOException, ProbeException {
        byte[] header = boxes.payload(trun, 0, 8);
        int flags = (int) (u32be(header, 0) & 0xFF_FFFF);
        long samples = u32be(header, 4);
        if ((flags & 0x100) == 0) {
            return Math.multiplyExact(samples, defaultDuration);
        }
        int entry = 4 * Integer.bitCount(flags & 0xF00);
        long offset = 8 + ((flags & 0x01) != 0 ? 4 : 0) + ((flags & 0x04) != 0 ? 4 : 0);
        if (samples > (trun.payloadSize() - offset) / entry) {
            throw ProbeException.damaged(KIND, "a fragment's sample table is cut short");
        }
        long total = 0;
        int perSlice = SLICE / entry;
        for (long done = 0; done < samples; done += perSlice) {
            int slice = (int) Math.min(perSlice, samples - done);
            byte[] b = boxes.payload(trun, offset + done * entry, slice * entry);
            for (int i = 0; i < slice; i++) {
                total = Math.addExact(total, u32be(b, i * entry));
            }
        }
        return total;
    }
}
