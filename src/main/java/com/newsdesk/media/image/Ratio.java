package com.newsdesk.media.image;

import java.util.List;
import java.util.Objects;

/**
 * An aspect ratio a crop is cut to, such as 16:9. {@code w} and {@code h} are the ratio's terms, not
 * pixel sizes.
 */
public record Ratio(String name, int w, int h) {

    public static final Ratio SIXTEEN_NINE = new Ratio("16:9", 16, 9);
    public static final Ratio FOUR_THREE = new Ratio("4:3", 4, 3);
    public static final Ratio SQUARE = new Ratio("1:1", 1, 1);

    /** The crops every image gets. */
    public static final List<Ratio> STANDARD = List.of(SIXTEEN_NINE, FOUR_THREE, SQUARE);

    public Ratio {
        Objects.requireNonNull(name, "name");
        if (w <= 0 || h <= 0) {
            throw new IllegalArgumentException("Ratio terms must be positive: " + w + ":" + h);
        }
    }
}
