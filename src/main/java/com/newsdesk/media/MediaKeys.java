package com.newsdesk.media;

import com.newsdesk.media.probe.MediaFormat;

/**
 * Where an upload's files live in the media store. An item's files share one folder named after
 * the first 128 bits of its SHA-256, under {@code public/} (renditions, audio: served to anyone)
 * or {@code private/} (an image original, which holds GPS positions and camera serials).
 */
public final class MediaKeys {

    public static final String PUBLIC = "public/";
    static final String PRIVATE = "private/";

    private static final java.util.regex.Pattern FOLDER = java.util.regex.Pattern.compile("[0-9a-f]{32}");
    private static final java.util.regex.Pattern NAME =
            java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,40}\\.(jpg|webp|mp3|m4a|ogg)");

    private MediaKeys() {}

    public static String folder(String sha256) {
        return sha256.substring(0, 32);
    }

    /** The original upload: private for an image, public (as uploaded) for audio. */
    static String original(String sha256, MediaFormat format) {
        return format.isImage()
                ? PRIVATE + folder(sha256) + "/original." + format.extension()
                : PUBLIC + folder(sha256) + "/audio." + format.extension();
    }

    static String rendition(String sha256, String name) {
        return PUBLIC + folder(sha256) + "/" + name;
    }

    /** The public key a file URL names, or null when the URL's parts cannot name one. */
    public static String publicKey(String folder, String name) {
        if (!FOLDER.matcher(folder).matches() || !NAME.matcher(name).matches()) {
            return null;
        }
        return PUBLIC + folder + "/" + name;
    }
}
