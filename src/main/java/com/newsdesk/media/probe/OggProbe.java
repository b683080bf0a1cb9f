package com.newsdesk.media.probe;

import static com.newsdesk.media.probe.ProbeInput.startsWith;
import static com.newsdesk.media.probe.ProbeInput.u16le;
import static com.newsdesk.media.probe.ProbeInput.u32le;
import static com.newsdesk.media.probe.ProbeInput.u64le;
import static com.newsdesk.media.probe.ProbeInput.u8;

import java.io.IOException;

/**
 * Reads an Ogg file holding Opus or Vorbis audio: the codec and sample rate from the first packet,
 * the header pages as metadata, and the duration from the granule position of the last page.
 */
final class OggProbe {

    private static final String KIND = "Ogg";
    private static final int PAGE_HEADER = 27;
    private static final int OPUS_RATE = 48_000;
    /** Pages are at most about 64 KiB, so the last one starts within this distance of the end. */
    private static final int TAIL = 64 * 1024;

    private OggProbe() {}

    static Probe probe(ProbeInput in) throws IOException, ProbeException {
        Page first = page(in, 0);
        byte[] packet = in.readUpTo(first.body(), (int) Math.min(first.end() - first.body(), 64));
        long rate;
        long preSkip = 0;
        if (startsWith(packet, 0, "OpusHead") && packet.length >= 19) {
            rate = OPUS_RATE;
            preSkip = u16le(packet, 10);
        } else if (startsWith(packet, 0, "\u0001vorbis") && packet.length >= 16) {
            rate = u32le(packet, 12);
        } else {
            throw ProbeException.unsupported("Only Opus and Vorbis audio can be read from Ogg files");
        }
        if (rate == 0) {
            throw ProbeException.damaged(KIND, "the audio has no sample rate");
        }
        long metadata = headerPages(in, first);
        long granule = lastGranule(in, first.serial());
        long samples = granule - preSkip;
        if (granule < 0 || samples <= 0) {
            throw ProbeException.damaged(KIND, "it contains no audio");
        }
        double seconds = (double) samples / rate;
        return Probe.audio(MediaFormat.OGG, seconds, in.length() * 8.0 / seconds / 1000.0, metadata);
    }

    /**
     * Sums the pages between the identification header and the first audio page (the comment
     * header, and for Vorbis the setup header sharing its pages), and refuses a second stream
     * starting there, which is how Ogg video carries its audio.
     */
    private static long headerPages(ProbeInput in, Page first) throws IOException, ProbeException {
        long bytes = 0;
        long position = first.end();
        for (int pages = 0; position < in.length(); pages++) {
            if (pages >= ProbeInput.MAX_BLOCKS) {
                throw ProbeException.damaged(KIND, "it has too many header pages");
            }
            Page page = page(in, position);
            if (page.serial() != first.serial()) {
                if (page.firstOfStream()) {
                    throw ProbeException.unsupported("The Ogg file holds more than one stream, such as video");
                }
            } else if (page.granule() > 0) {
                break;
            } else {
                bytes += page.end() - page.start();
            }
            position = page.end();
        }
        return bytes;
    }

    /** Searches the tail backwards for the last page of the stream that ends a packet. */
    private static long lastGranule(ProbeInput in, long serial) throws IOException, ProbeException {
        long start = Math.max(0, in.length() - TAIL);
        byte[] tail = in.readUpTo(start, TAIL);
        for (int i = tail.length - PAGE_HEADER; i >= 0; i--) {
            if (startsWith(tail, i, "OggS") && tail[i + 4] == 0 && u32le(tail, i + 14) == serial) {
                long granule = u64le(tail, i + 6);
                // -1 marks a page on which no packet ends; an earlier page has the position.
                if (granule != -1) {
                    return granule;
                }
            }
        }
        throw ProbeException.truncated(KIND);
    }

    private static Page page(ProbeInput in, long position) throws IOException, ProbeException {
        byte[] header = in.read(position, PAGE_HEADER, KIND);
        if (!startsWith(header, 0, "OggS") || header[4] != 0) {
            throw ProbeException.damaged(KIND, "a page header is invalid");
        }
        int segments = u8(header, 26);
        byte[] lacing = in.read(position + PAGE_HEADER, segments, KIND);
        long body = 0;
        for (byte lace : lacing) {
            body += lace & 0xFF;
        }
        long bodyStart = position + PAGE_HEADER + segments;
        if (body > in.remaining(bodyStart)) {
            throw ProbeException.truncated(KIND);
        }
        boolean firstOfStream = (u8(header, 5) & 0x02) != 0;
        return new Page(position, bodyStart, bodyStart + body, u64le(header, 6), u32le(header, 14), firstOfStream);
    }

    private record Page(long start, long body, long end, long granule, long serial, boolean firstOfStream) {}
}
