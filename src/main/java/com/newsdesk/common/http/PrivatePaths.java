package com.newsdesk.common.http;

/**
 * Paths whose answers belong to one person: the staff tree, the subscriber pages that a link in
 * our mail opens, and draft previews. They are sent with {@code Cache-Control: no-store} and never kept in the read
 * cache.
 */
public final class PrivatePaths {

    private PrivatePaths() {}

    public static boolean isPrivate(String path) {
        return isPreview(path)
                || path.equals("/api/v1/admin")
                || path.startsWith("/api/v1/admin/")
                || path.equals("/api/v1/subscriptions")
                || path.startsWith("/api/v1/subscriptions/");
    }

    /** A draft shown through a preview token: no ETag, no Last-Modified, no surrogate keys either. */
    public static boolean isPreview(String path) {
        return path.startsWith("/api/v1/preview/");
    }
}
