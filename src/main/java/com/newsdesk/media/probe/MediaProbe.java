package com.newsdesk.media.probe;

import static com.newsdesk.media.probe.ProbeInput.startsWith;
import static com.newsdesk.media.probe.ProbeInput.u8;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Tells what an uploaded file is from its bytes alone, never its name or the client's content
 * type, and reads the few header facts the media library stores.
 *
 * <p>Work is bounded: only headers are read, by seeking, pixels and audio are never decoded, and
 * every walk over segments, chunks, boxes or pages stops at the end of the file or after
 * 100,000 blocks. Image metadata above 1 MiB is refused; audio tags are not
 * limited, as cover art is legitimately large.
 */
public final class MediaProbe {

    /** Enough for every signature, including an ISO-BMFF {@code ftyp} with a few brands. */
    private static final int HEAD = 64;

    private MediaProbe() {}

    /**
     * Probes one file.
     *
     * @throws ProbeException if the file is empty, damaged, not a supported format, or carries too
     *     much image metadata; its message can be shown to the uploader
     * @throws IOException if the file cannot be read
     */
    public static Probe probe(Path file) throws ProbeException, IOException {
        try (ProbeInput in = ProbeInput.open(file)) {
            if (in.length() == 0) {
                throw ProbeException.malformed("The file is empty");
            }
            byte[] head = in.readUpTo(0, HEAD);
            if (isJpeg(head)) {
                return JpegProbe.probe(in);
            }
            if (startsWith(head, 0, "\u0089PNG\r\n\u001a\n")) {
                return PngProbe.probe(in);
            }
            if (startsWith(head, 0, "RIFF") && startsWith(head, 8, "WEBP")) {
                return WebpProbe.probe(in);
            }
            if (startsWith(head, 4, "ftyp")) {
                return Mp4Probe.probe(in);
            }
            if (startsWith(head, 0, "OggS")) {
                return OggProbe.probe(in);
            }
            if (startsWith(head, 0, "ID3") || Mp3Probe.looksLikeFrameSync(head)) {
                return Mp3Probe.probe(in);
            }
            throw ProbeException.notMedia();
        }
    }

    private static boolean isJpeg(byte[] head) {
        return head.length >= 3 && u8(head, 0) == 0xFF && u8(head, 1) == 0xD8 && u8(head, 2) == 0xFF;
    }
}
