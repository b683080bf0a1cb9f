package com.newsdesk.media.probe;

/**
 * What {@link MediaProbe} learned from a file's headers.
 *
 * @param format the format, from the file's bytes
 * @param width the width stored in an image header (before any EXIF rotation); null for audio
 * @param height the height stored in an image header; null for audio
 * @param durationSeconds the rounded playing time of audio, at least 1; null for images
 * @param bitrateKbps the average bitrate of audio in kbit/s; null for images
 * @param metadataBytes the total size of the metadata blocks found (EXIF, XMP, ICC, text chunks,
 *     ID3 tags and the like)
 */
public record Probe(
        MediaFormat format,
        Integer width,
        Integer height,
        Integer durationSeconds,
        Integer bitrateKbps,
        long metadataBytes) {

    static Probe image(MediaFormat format, int width, int height, long metadataBytes) {
        return new Probe(format, width, height, null, null, metadataBytes);
    }

    /** Rounds the duration so that any non-empty audio lasts at least a second. */
    static Probe audio(MediaFormat format, double seconds, double bitrateKbps, long metadataBytes) {
        int duration = (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.round(seconds)));
        int bitrate = (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.round(bitrateKbps)));
        return new Probe(format, null, null, duration, bitrate, metadataBytes);
    }
}
