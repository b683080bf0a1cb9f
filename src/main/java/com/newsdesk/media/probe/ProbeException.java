package com.newsdesk.media.probe;

import java.util.Locale;

/**
 * A file that cannot be accepted as media, with a message written for the person who uploaded it.
 */
public final class ProbeException extends Exception {

    /** Why the file was refused. */
    public enum Reason {
        /** Not one of the formats in {@link MediaFormat}, or a variant of one we cannot read. */
        UNSUPPORTED,
        /** Empty, truncated or internally inconsistent. */
        MALFORMED,
        /** The image carries more metadata than {@link #METADATA_LIMIT} bytes. */
        METADATA_TOO_LARGE
    }

    /** The most metadata an image may carry: enough for any camera, not for a smuggled payload. */
    public static final long METADATA_LIMIT = 1024 * 1024;

    static final String NOT_MEDIA = "The file is not a JPEG, PNG or WebP image or an MP3, AAC/M4A or Ogg audio file";

    private final Reason reason;

    private ProbeException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    static ProbeException unsupported(String message) {
        return new ProbeException(Reason.UNSUPPORTED, message);
    }

    static ProbeException notMedia() {
        return unsupported(NOT_MEDIA);
    }

    static ProbeException malformed(String message) {
        return new ProbeException(Reason.MALFORMED, message);
    }

    static ProbeException truncated(String kind) {
        return malformed("The " + kind + " file is truncated");
    }

    static ProbeException damaged(String kind, String detail) {
        return malformed("The " + kind + " file is damaged: " + detail);
    }

    /** Called as soon as the running total passes the limit, so the size is a lower bound. */
    static ProbeException metadataTooLarge(long bytesSoFar) {
        return new ProbeException(
                Reason.METADATA_TOO_LARGE,
                "The image's metadata takes at least " + megabytes(bytesSoFar) + "; at most 1 MiB is accepted");
    }

    private static String megabytes(long bytes) {
        // Rounded up so a total just over the limit never reads as "1.0 MB".
        double tenths = Math.ceil(bytes * 10.0 / METADATA_LIMIT);
        return tenths >= 100
                ? String.format(Locale.ROOT, "%d MB", Math.round(tenths / 10))
                : String.format(Locale.ROOT, "%.1f MB", tenths / 10);
    }
}
