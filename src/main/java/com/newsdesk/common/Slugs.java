package com.newsdesk.common;

import com.newsdesk.common.problem.ProblemException;
import java.util.Set;

/** Slugs: lower-case ASCII letters, digits and single hyphens; some words are the API's own. */
public final class Slugs {

    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final String MESSAGE = "Use lower-case letters, digits and single hyphens, such as world-news";
    public static final int MAX_LENGTH = 100;

    /** Words the API uses as path segments. */
    public static final Set<String> RESERVED = Set.of("by-id", "changes", "feed");

    private Slugs() {}

    /** A 400 on {@code field} when the slug is one of the API's own words. */
    public static String requireNotReserved(String slug, String field) {
        if (RESERVED.contains(slug)) {
            throw new ProblemException.InvalidInput(field, "Is reserved by the API; choose another");
        }
        return slug;
    }
}
