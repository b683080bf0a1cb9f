package com.newsdesk.media;

import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.common.problem.ProblemType;
import com.newsdesk.media.store.MediaStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Answers for stored files: exact Content-Type and Content-Length, a strong ETag, byte ranges
 * (mobile audio players seek), and the file itself, sent by the HTTP layer straight from the file
 * system (no copy through the heap) or streamed from S3. Streaming from S3 rather than redirecting
 * to a pre-signed URL keeps one stable URL per file that a CDN can keep for a year, with our own
 * headers; a pre-signed URL expires, and it would carry S3's headers instead.
 */
@ApplicationScoped
public class MediaFiles {

    /** The file at a URL never changes: its name carries a hash of its bytes. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private static final Map<String, String> TYPES = Map.of(
            "jpg", "image/jpeg",
            "png", "image/png",
            "webp", "image/webp",
            "mp3", "audio/mpeg",
            "m4a", "audio/mp4",
            "ogg", "audio/ogg");

    private final MediaStore store;

    MediaFiles(MediaStore store) {
        this.store = store;
    }

    /**
     * One stored file; {@code etag} is quoted, {@code cacheControl} what the answer may be kept
     * for. A store that cannot be read (S3 away, a disk error) is a 503, not a 500.
     */
    public Response serve(String key, String etag, String cacheControl, HttpHeaders request, boolean head) {
        try {
            return answer(key, etag, cacheControl, request, head);
        } catch (IOException e) {
            throw new ProblemException(
                    ProblemType.SERVICE_UNAVAILABLE,
                    "The media store cannot be read right now; try again.",
                    null,
                    Map.of("Retry-After", "30"));
        }
    }

    private Response answer(String key, String etag, String cacheControl, HttpHeaders request, boolean head)
            throws IOException {
        long size = store.size(key).orElseThrow(() -> new ProblemException.NotFound("There is no such file."));
        String type = contentType(key);
        Response.ResponseBuilder answer;
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && (ifNoneMatch.trim().equals("*") || ifNoneMatch.contains(etag))) {
            answer = Response.notModified();
        } else {
            ByteRange range = ByteRange.parse(rangeHeader(request, etag), size);
            if (range == ByteRange.UNSATISFIABLE) {
                throw new ProblemException(
                        ProblemType.RANGE_NOT_SATISFIABLE,
                        "The file has " + size + " bytes; the requested range is outside it.",
                        null,
                        Map.of("Content-Range", "bytes */" + size));
            }
            long offset = range == null ? 0 : range.first();
            long length = range == null ? size : range.length();
            answer = range == null
                    ? Response.ok()
                    : Response.status(Response.Status.PARTIAL_CONTENT)
                            .header("Content-Range", "bytes " + range.first() + "-" + range.last() + "/" + size);
            answer.header(HttpHeaders.CONTENT_TYPE, type);
            // A whole local file is sent by the HTTP layer itself (sendfile), which sets its length;
            // a range is read through a stream, which is small work for a player's seek.
            Optional<Path> local = range == null ? store.localFile(key) : Optional.empty();
            if (head || local.isEmpty()) {
                answer.header(HttpHeaders.CONTENT_LENGTH, length);
            }
            if (!head) {
                answer.entity(local.isPresent() ? local.get() : store.open(key, offset, length));
            }
        }
        return answer.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header("Accept-Ranges", "bytes")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** The exact type of a stored file, from the extension Newsdesk gave it. */
    static String contentType(String key) {
        return TYPES.getOrDefault(key.substring(key.lastIndexOf('.') + 1), "application/octet-stream");
    }

    /** The Range header, unless If-Range names another version of the file. */
    private static String rangeHeader(HttpHeaders request, String etag) {
        String ifRange = request.getHeaderString("If-Range");
        return ifRange == null || ifRange.trim().equals(etag) ? request.getHeaderString("Range") : null;
    }

    /** A single byte range (RFC 9110 §14.1.2); several ranges are answered with the whole file. */
    record ByteRange(long first, long last) {

        static final ByteRange UNSATISFIABLE = new ByteRange(-1, -1);

        long length() {
            return last - first + 1;
        }

        /** The range, null for the whole file (no header, several ranges, or one we cannot read). */
        static ByteRange parse(String header, long size) {
            if (header == null || !header.startsWith("bytes=") || header.indexOf(',') >= 0) {
                return null;
            }
            String spec = header.substring(6).trim();
            int dash = spec.indexOf('-');
            if (dash < 0) {
                return null;
            }
            try {
                String from = spec.substring(0, dash).trim();
                String to = spec.substring(dash + 1).trim();
                if (from.isEmpty()) { // the last n bytes
                    long suffix = Long.parseLong(to);
                    return suffix <= 0 || size == 0
                            ? UNSATISFIABLE
                            : new ByteRange(Math.max(0, size - suffix), size - 1);
                }
                long first = Long.parseLong(from);
                long last = to.isEmpty() ? size - 1 : Math.min(Long.parseLong(to), size - 1);
                if (first < 0 || (!to.isEmpty() && Long.parseLong(to) < first)) {
                    return null; // not a valid range: ignored, as RFC 9110 says
                }
                return first >= size ? UNSATISFIABLE : new ByteRange(first, last);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
