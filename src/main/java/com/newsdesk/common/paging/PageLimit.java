package com.newsdesk.common.paging;

import com.newsdesk.common.problem.ProblemException;

/** The {@code limit} query parameter of every list: 20 by default, 1 to 100. */
public final class PageLimit {

    public static final int DEFAULT = 20;
    public static final int MAX = 100;
    public static final String PARAM = "limit";

    private PageLimit() {}

    /**
     * Parses the raw parameter. It arrives as text so that "abc" is a 400 on {@code limit}, where
     * JAX-RS would turn a failed integer conversion of a query parameter into a 404.
     */
    public static int parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            return DEFAULT;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= MAX) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new ProblemException.InvalidInput(PARAM, "Must be a whole number from 1 to " + MAX);
    }
}
