package com.newsdesk.media.probe;

/**
 * The newsroom fields embedded in an image by cameras and photo agencies, as read by
 * {@link EmbeddedMetadata}.
 *
 * @param caption the IPTC or XMP caption, at most 2000 characters, or null
 * @param credit "By-line/Credit", at most 300 characters, or null
 * @param copyright the copyright notice, at most 500 characters, or null
 * @param orientation the EXIF orientation, 1 (upright) to 8; 5 to 8 swap width and height
 * @param hasGps whether the image records where it was taken
 */
public record Embedded(String caption, String credit, String copyright, int orientation, boolean hasGps) {

    /** Nothing embedded, or nothing readable: an upright image without fields. */
    public static final Embedded NONE = new Embedded(null, null, null, 1, false);
}
