package com.newsdesk.media.image;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * EXIF orientations 1 to 8. The decoded image stays as stored: every output is cut and scaled in
 * stored orientation and turned upright only once it is small, which spares a rotated copy of the
 * whole decoded image.
 */
final class Orientation {

    private Orientation() {}

    /** Orientations 5 to 8 turn the image a quarter, so the displayed width is the stored height. */
    static boolean swapsAxes(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /** Maps a rectangle of the displayed image onto the stored image of the given size. */
    static Rectangle toStored(Rectangle shown, int orientation, int storedWidth, int storedHeight) {
        int left = shown.x;
        int top = shown.y;
        int right = shown.x + shown.width;
        int bottom = shown.y + shown.height;
        int w = storedWidth;
        int h = storedHeight;
        return switch (orientation) {
            case 2 -> new Rectangle(w - right, top, shown.width, shown.height);
            case 3 -> new Rectangle(w - right, h - bottom, shown.width, shown.height);
            case 4 -> new Rectangle(left, h - bottom, shown.width, shown.height);
            case 5 -> new Rectangle(top, left, shown.height, shown.width);
            case 6 -> new Rectangle(top, h - right, shown.height, shown.width);
            case 7 -> new Rectangle(w - bottom, h - right, shown.height, shown.width);
            case 8 -> new Rectangle(w - bottom, left, shown.height, shown.width);
            default -> new Rectangle(shown);
        };
    }

    /**
     * Turns an image in stored orientation upright. The image must be one {@link Resizer} made
     * (packed ints, no offset); orientation 1 returns it as it is.
     */
    static BufferedImage apply(BufferedImage stored, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return stored;
        }
        int w = stored.getWidth();
        int h = stored.getHeight();
        boolean swaps = swapsAxes(orientation);
        BufferedImage upright = new BufferedImage(swaps ? h : w, swaps ? w : h, stored.getType());
        int[] from = pixels(stored);
        int[] to = pixels(upright);
        int outWidth = upright.getWidth();
        int outHeight = upright.getHeight();
        int step = step(orientation, w);
        for (int y = 0; y < outHeight; y++) {
            int source = rowStart(orientation, y, w, h);
            int target = y * outWidth;
            for (int x = 0; x < outWidth; x++, source += step) {
                to[target + x] = from[source];
            }
        }
        return upright;
    }

    private static int rowStart(int orientation, int y, int w, int h) {
        return switch (orientation) {
            case 2 -> y * w + w - 1;
            case 3 -> (h - 1 - y) * w + w - 1;
            case 4 -> (h - 1 - y) * w;
            case 5 -> y;
            case 6 -> (h - 1) * w + y;
            case 7 -> (h - 1) * w + w - 1 - y;
            case 8 -> w - 1 - y;
            default -> y * w;
        };
    }

    /**
     * Each displayed row is a straight walk through the stored pixels: along a stored row (±1) or
     * down a stored column (±w).
     */
    private static int step(int orientation, int w) {
        return switch (orientation) {
            case 2, 3 -> -1;
            case 5, 8 -> w;
            case 6, 7 -> -w;
            default -> 1;
        };
    }

    /** The packed pixels of an image {@link Resizer} made. */
    static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }
}
