package com.newsdesk.common.http;

/**
 * Paths whose answers belong to one person: the staff tree, and the subscriber pages that a link
 * in our mail opens. They are sent with {@code Cache-Control: no-store} and never kept in the read
 * cache.
 */
public final class PrivatePaths {

    private PrivatePaths() {}

    public static boolean isPrivate(String path) {
        return path.equals("/api/v1/admin")
                || path.startsWith("/api/v1/admin/")
                || path.equals("/api/v1/subscriptions")
                || path.startsWith("/api/v1/subscriptions/");
    }
}
