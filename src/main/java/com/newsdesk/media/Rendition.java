package com.newsdesk.media;

/**
 * One file made from an uploaded image, as kept in the {@code renditions} column: a ladder width
 * ({@code ratio} null) or a crop ({@code ratio} such as {@code 16:9}). Its name carries a hash of
 * its bytes, so its URL never serves other bytes and may be cached for a year.
 */
public record Rendition(String name, String ratio, String format, int width, int height, long bytes) {}
