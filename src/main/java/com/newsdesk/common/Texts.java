package com.newsdesk.common;

/** Optional texts as stored: trimmed, and blank means absent. */
public final class Texts {

    private Texts() {}

    public static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
