package com.newsdesk.media.image;

import java.awt.image.BufferedImage;
import java.util.Locale;

/**
 * The BlurHash and dominant colour of an image, both from a copy no larger than
 * {@link Layout#PLACEHOLDER_SIZE} pixels each way: a blur needs no more, and the histogram of a
 * thousand pixels is as telling as that of millions.
 */
final class Placeholder {

    private static final int COMPONENTS_X = 4;
    private static final int COMPONENTS_Y = 3;

    record Summary(String blurHash, String dominantColor) {}

    private Placeholder() {}

    /** {@code image} is in stored orientation; the summary is of it turned upright. */
    static Summary of(BufferedImage image, int orientation) {
        double fit = Math.min(1.0, (double) Layout.PLACEHOLDER_SIZE / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * fit));
        int height = Math.max(1, (int) Math.round(image.getHeight() * fit));
        BufferedImage small = Orientation.apply(Resizer.resize(image, width, height), orientation);
        BufferedImage opaque = Resizer.opaque(small);
        int[] pixels = opaque.getRGB(0, 0, opaque.getWidth(), opaque.getHeight(), null, 0, opaque.getWidth());
        String hash = BlurHash.encode(pixels, opaque.getWidth(), opaque.getHeight(), COMPONENTS_X, COMPONENTS_Y);
        return new Summary(hash, dominantColor(pixels));
    }

    /**
     * The average of the pixels in the fullest bucket of a 4-bit-a-channel histogram: buckets group
     * near-identical shades, and averaging inside the winner gives its true colour, not the bucket's
     * corner.
     */
    static String dominantColor(int[] rgb) {
        int[] count = new int[4096];
        long[] red = new long[4096];
        long[] green = new long[4096];
        long[] blue = new long[4096];
        for (int pixel : rgb) {
            int r = pixel >>> 16 & 0xFF;
            int g = pixel >>> 8 & 0xFF;
            int b = pixel & 0xFF;
            int bucket = (r >>> 4) << 8 | (g >>> 4) << 4 | (b >>> 4);
            count[bucket]++;
            red[bucket] += r;
            green[bucket] += g;
            blue[bucket] += b;
        }
        int best = 0;
        for (int bucket = 1; bucket < count.length; bucket++) {
            if (count[bucket] > count[best]) {
                best = bucket;
            }
        }
        int n = Math.max(1, count[best]);
        return String.format(
                Locale.ROOT,
                "#%02x%02x%02x",
                Math.round((double) red[best] / n),
                Math.round((double) green[best] / n),
                Math.round((double) blue[best] / n));
    }
}
