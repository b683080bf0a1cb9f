package com.newsdesk.media.image;

import java.util.List;

/**
 * What to make of one original.
 *
 * @param widths ladder widths in pixels, e.g. 320 to 2560; widths above the original's are skipped
 * @param ratios crops to cut, each scaled to {@code cropWidth} wide
 * @param cropWidth width of every crop, unless the crop rectangle itself is narrower
 * @param focalX horizontal focal point, 0 (left) to 1 (right) of the displayed image
 * @param focalY vertical focal point, 0 (top) to 1 (bottom) of the displayed image
 * @param orientation EXIF orientation 1 to 8 of the original
 * @param copyright copyright notice written into the JPEG renditions' EXIF, or null for none
 */
public record RenditionPlan(
        List<Integer> widths,
        List<Ratio> ratios,
        int cropWidth,
        double focalX,
        double focalY,
        int orientation,
        String copyright) {

    public RenditionPlan {
        widths = List.copyOf(widths);
        ratios = List.copyOf(ratios);
        for (int width : widths) {
            if (width <= 0) {
                throw new IllegalArgumentException("Ladder widths must be positive: " + widths);
            }
        }
        if (cropWidth <= 0) {
            throw new IllegalArgumentException("Crop width must be positive: " + cropWidth);
        }
        // EXIF readers meet 0 and out-of-range values in the wild; those mean "as stored".
        if (orientation < 1 || orientation > 8) {
            orientation = 1;
        }
        focalX = clampFraction(focalX);
        focalY = clampFraction(focalY);
    }

    private static double clampFraction(double value) {
        return Double.isNaN(value) ? 0.5 : Math.max(0, Math.min(1, value));
    }
}
