package com.newsdesk.media.image;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The sizes and rectangles of one render, worked out from the original's stored dimensions and the
 * plan before any pixel is decoded, so that the decoder can skip what no output needs.
 */
final class Layout {

    /** Placeholders are computed from a copy that fits in this many pixels each way. */
    static final int PLACEHOLDER_SIZE = 32;

    /**
     * One crop: {@code area} is in displayed, full-resolution pixels; {@code width} and
     * {@code height} are the rendition's.
     */
    record Crop(Ratio ratio, Rectangle area, int width, int height) {}

    final int storedWidth;
    final int storedHeight;
    final int orientation;
    /** Dimensions as displayed, after the EXIF orientation. */
    final int width;

    final int height;
    /** Ladder widths to make, largest first. */
    final List<Integer> ladder;

    final List<Crop> crops;

    private Layout(int storedWidth, int storedHeight, RenditionPlan plan) {
        this.storedWidth = storedWidth;
        this.storedHeight = storedHeight;
        this.orientation = plan.orientation();
        boolean swaps = Orientation.swapsAxes(orientation);
        this.width = swaps ? storedHeight : storedWidth;
        this.height = swaps ? storedWidth : storedHeight;
        this.ladder = ladder(plan.widths(), width);
        this.crops = plan.ratios().stream().map(ratio -> crop(ratio, plan)).toList();
    }

    static Layout of(int storedWidth, int storedHeight, RenditionPlan plan) {
        if (storedWidth <= 0 || storedHeight <= 0) {
            throw new IllegalArgumentException("Image has no pixels: " + storedWidth + "x" + storedHeight);
        }
        return new Layout(storedWidth, storedHeight, plan);
    }

    /** Height of a ladder rendition {@code ladderWidth} wide, keeping the displayed aspect. */
    int ladderHeight(int ladderWidth) {
        return Math.max(1, (int) Math.round((double) ladderWidth * height / width));
    }

    /**
     * The largest subsampling step that still leaves every output at least as many decoded pixels as
     * it has: the biggest ladder width, and each crop's own rectangle, which for a panorama's square
     * crop is far narrower than the image.
     */
    int subsampling() {
        int step = Math.max(1, Math.min(width, height) / PLACEHOLDER_SIZE);
        if (!ladder.isEmpty()) {
            step = Math.min(step, width / ladder.get(0));
        }
        for (Crop crop : crops) {
            step = Math.min(step, crop.area().width / crop.width());
        }
        return Math.max(1, step);
    }

    /**
     * The crop's area in the pixels of the decoded image, which is in stored orientation and, when
     * subsampled, smaller than the original.
     */
    Rectangle decodedArea(Crop crop, int decodedWidth, int decodedHeight) {
        Rectangle stored = Orientation.toStored(crop.area(), orientation, storedWidth, storedHeight);
        double scaleX = (double) decodedWidth / storedWidth;
        double scaleY = (double) decodedHeight / storedHeight;
        int x = (int) Math.floor(stored.x * scaleX);
        int y = (int) Math.floor(stored.y * scaleY);
        int right = Math.min(decodedWidth, (int) Math.ceil((stored.x + stored.width) * scaleX));
        int bottom = Math.min(decodedHeight, (int) Math.ceil((stored.y + stored.height) * scaleY));
        return new Rectangle(x, y, Math.max(1, right - x), Math.max(1, bottom - y));
    }

    private static List<Integer> ladder(List<Integer> widths, int width) {
        List<Integer> fitting = new ArrayList<>();
        for (int candidate : widths) {
            if (candidate <= width && !fitting.contains(candidate)) {
                fitting.add(candidate);
            }
        }
        // An original narrower than every step still needs one rendition, and it must not be upscaled.
        if (fitting.isEmpty() && !widths.isEmpty()) {
            fitting.add(width);
        }
        fitting.sort(Comparator.reverseOrder());
        return List.copyOf(fitting);
    }

    private Crop crop(Ratio ratio, RenditionPlan plan) {
        int areaWidth;
        int areaHeight;
        int multiple = Math.min(width / ratio.w(), height / ratio.h());
        if (multiple > 0) {
            // Whole multiples of the ratio's terms keep the ratio exact in pixels.
            areaWidth = multiple * ratio.w();
            areaHeight = multiple * ratio.h();
        } else if ((long) width * ratio.h() >= (long) height * ratio.w()) {
            areaHeight = height;
            areaWidth = Math.max(1, Math.min(width, (int) Math.round((double) height * ratio.w() / ratio.h())));
        } else {
            areaWidth = width;
            areaHeight = Math.max(1, Math.min(height, (int) Math.round((double) width * ratio.h() / ratio.w())));
        }
        int x = centredOn(plan.focalX() * width, areaWidth, width);
        int y = centredOn(plan.focalY() * height, areaHeight, height);
        Rectangle area = new Rectangle(x, y, areaWidth, areaHeight);
        if (areaWidth <= plan.cropWidth()) {
            return new Crop(ratio, area, areaWidth, areaHeight);
        }
        int cropHeight = (int) Math.round((double) plan.cropWidth() * ratio.h() / ratio.w());
        return new Crop(ratio, area, plan.cropWidth(), Math.max(1, Math.min(areaHeight, cropHeight)));
    }

    /** Start of a span of {@code length} centred on {@code focus}, kept inside {@code 0..total}. */
    private static int centredOn(double focus, int length, int total) {
        int start = (int) Math.round(focus - length / 2.0);
        return Math.max(0, Math.min(total - length, start));
    }
}
