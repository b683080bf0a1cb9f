package com.newsdesk.media.image;

/**
 * One encoded rendition.
 *
 * @param ratio the crop's ratio name, e.g. "16:9", or null for a width of the ladder
 * @param format how {@code bytes} are encoded
 * @param width pixel width of the rendition
 * @param height pixel height of the rendition
 * @param bytes the encoded file
 */
public record Encoded(String ratio, ImageFormat format, int width, int height, byte[] bytes) {}
