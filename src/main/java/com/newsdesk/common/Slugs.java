package com.newsdesk.common;

import com.newsdesk.common.problem.Problem.FieldError;
import com.newsdesk.common.problem.ProblemException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Slugs: lower-case ASCII letters, digits and single hyphens; some words are the API's own. */
public final class Slugs {

    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final String MESSAGE = "Use lower-case letters, digits and single hyphens, such as world-news";
    public static final int MAX_LENGTH = 100;

    /** Words the API uses as path segments. */
    public static final Set<String> RESERVED = Set.of("by-id", "changes", "feed");

    private Slugs() {}

    /**
     * The slug, when it is not reserved (400) and no other item of the kind has it (409).
     *
     * @param owner the slug's current holder, if any
     * @param self the item being written, null for a new one
     */
    public static String requireUsable(String slug, Optional<UUID> owner, UUID self, String kind) {
        requireNotReserved(slug, "slug");
        if (owner.isPresent() && !owner.get().equals(self)) {
            throw new ProblemException.Conflict(
                    "The slug '" + slug + "' is taken.",
                    List.of(new FieldError("slug", "Is already used by another " + kind)));
        }
        return slug;
    }

    /** A 400 on {@code field} when the slug is one of the API's own words. */
    public static String requireNotReserved(String slug, String field) {
        if (RESERVED.contains(slug)) {
            throw new ProblemException.InvalidInput(field, "Is reserved by the API; choose another");
        }
        return slug;
    }
}
