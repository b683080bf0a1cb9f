package com.newsdesk.media.probe;

import static com.newsdesk.media.probe.ProbeInput.fourCc;
import static com.newsdesk.media.probe.ProbeInput.u32be;
import static com.newsdesk.media.probe.ProbeInput.u64be;
import static com.newsdesk.media.probe.ProbeInput.u8;

import com.newsdesk.media.probe.Mp4Boxes.Box;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads an ISO-BMFF (MP4) file as M4A audio: brands from {@code ftyp}, then the {@code moov} box,
 * wherever it lies, for the duration and the track handlers. A fragmented file's duration comes
 * from its fragments, see {@link Mp4Fragments}.
 */
final class Mp4Probe {

    private static final String KIND = Mp4Boxes.KIND;
    private static final Set<String> IMAGE_BRANDS =
            Set.of("avif", "avis", "heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1");
    private static final Set<String> AUDIO_BRANDS = Set.of("M4A ", "M4B ", "mp41", "mp42", "isom", "iso2", "dash");
    /** Brands beyond this many bytes are ignored; real files list a handful. */
    private static final int MAX_FTYP = 1024;

    private final Mp4Boxes boxes;
    private long metadata;
    private Box audioTrack;
    private boolean video;

    private Mp4Probe(ProbeInput in) {
        this.boxes = new Mp4Boxes(in);
    }

    static Probe probe(ProbeInput in) throws IOException, ProbeException {
        checkBrands(in);
        return new Mp4Probe(in).read(in);
    }

    private static void checkBrands(ProbeInput in) throws IOException, ProbeException {
        long size = u32be(in.read(0, 4, KIND), 0);
        if (size < 16 || size > in.length()) {
            throw ProbeException.damaged(KIND, "the file type box is invalid");
        }
        byte[] ftyp = in.read(0, (int) Math.min(size, MAX_FTYP), KIND);
        boolean audioBrand = false;
        // The major brand at 8, a minor version at 12, then compatible brands.
        for (int off = 8; off + 4 <= ftyp.length; off += off == 8 ? 8 : 4) {
            String brand = fourCc(ftyp, off);
            if (IMAGE_BRANDS.contains(brand)) {
                throw ProbeException.unsupported(
                        "AVIF and HEIC images cannot be read yet; please upload a JPEG, PNG or WebP image");
            }
            audioBrand |= AUDIO_BRANDS.contains(brand);
        }
        if (!audioBrand) {
            throw ProbeException.notMedia();
        }
    }

    private Probe read(ProbeInput in) throws IOException, ProbeException {
        long mediaBytes = 0;
        Box moov = null;
        List<Box> fragments = new ArrayList<>();
        for (Box box : boxes.children(0, in.length())) {
            switch (box.type()) {
                case "moov" -> moov = moov == null ? box : moov;
                case "moof" -> fragments.add(box);
                case "mdat" -> mediaBytes += box.payloadSize();
                case "meta", "udta" -> metadata += box.end() - box.start();
                default -> {
                    // ftyp, free, sidx, mfra and the rest say nothing we store.
                }
            }
        }
        if (moov == null) {
            throw ProbeException.malformed("The M4A file is incomplete: its index (moov box) is missing");
        }
        double seconds = readMovie(moov);
        if (video) {
            throw ProbeException.unsupported("The file contains video, and video is not supported");
        }
        if (audioTrack == null) {
            throw ProbeException.unsupported("The file contains no audio track");
        }
        if (seconds <= 0) {
            seconds = trackSeconds();
        }
        if (seconds <= 0 && !fragments.isEmpty()) {
            seconds = new Mp4Fragments(boxes).seconds(moov, audioTrack, fragments);
        }
        if (seconds <= 0) {
            throw ProbeException.damaged(KIND, "it does not say how long it plays");
        }
        long bytes = mediaBytes > 0 ? mediaBytes : in.length();
        return Probe.audio(MediaFormat.M4A, seconds, bytes * 8.0 / seconds / 1000.0, metadata);
    }

    /** Reads the tracks and returns the movie header's duration in seconds, 0 if unknown. */
    private double readMovie(Box moov) throws IOException, ProbeException {
        double seconds = 0;
        for (Box box : boxes.children(moov)) {
            switch (box.type()) {
                case "mvhd" -> seconds = seconds(box);
                case "trak" -> readTrack(box);
                case "meta", "udta" -> metadata += box.end() - box.start();
                default -> {}
            }
        }
        return seconds;
    }

    private void readTrack(Box trak) throws IOException, ProbeException {
        Box mdia = boxes.child(trak, "mdia");
        Box hdlr = boxes.child(mdia, "hdlr");
        if (hdlr == null) {
            return;
        }
        // hdlr: version and flags, pre_defined, then the handler type.
        String handler = fourCc(boxes.payload(hdlr, 8, 4), 0);
        if (handler.equals("vide")) {
            video = true;
        } else if (handler.equals("soun") && audioTrack == null) {
            audioTrack = trak;
        }
    }

    /** The audio track's own duration, from {@code mdia/mdhd}. */
    private double trackSeconds() throws IOException, ProbeException {
        Box mdhd = boxes.child(boxes.child(audioTrack, "mdia"), "mdhd");
        return mdhd == null ? 0 : seconds(mdhd);
    }

    /** The duration of an {@code mvhd} or {@code mdhd} in seconds; 0 if unknown (all ones or zero). */
    private double seconds(Box box) throws IOException, ProbeException {
        long[] times = times(boxes, box);
        return times[0] > 0 && times[1] > 0 ? (double) times[1] / times[0] : 0;
    }

    /** Timescale and duration of an {@code mvhd} or {@code mdhd}, version 0 or 1. */
    static long[] times(Mp4Boxes boxes, Box box) throws IOException, ProbeException {
        int version = u8(boxes.payload(box, 0, 1), 0);
        byte[] b = boxes.payload(box, 0, version == 1 ? 32 : 20);
        long scale = version == 1 ? u32be(b, 20) : u32be(b, 12);
        long length = version == 1 ? u64be(b, 24) : u32be(b, 16);
        boolean unknown = length < 0 || (version != 1 && length == 0xFFFF_FFFFL);
        return new long[] {scale, unknown ? 0 : length};
    }
}
