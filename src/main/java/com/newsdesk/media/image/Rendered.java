package com.newsdesk.media.image;

/**
 * What a render learned about the original.
 *
 * @param width width of the original as displayed, after its EXIF orientation
 * @param height height of the original as displayed
 * @param placeholder BlurHash of the image, 4 by 3 components
 * @param dominantColor the most frequent colour, "#rrggbb" in lower case
 */
public record Rendered(int width, int height, String placeholder, String dominantColor) {}
