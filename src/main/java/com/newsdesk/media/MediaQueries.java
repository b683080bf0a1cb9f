package com.newsdesk.media;

import com.newsdesk.common.problem.ProblemException;

/** Query parameters of the media lists. */
final class MediaQueries {

    private MediaQueries() {}

    static MediaKind kind(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            return MediaKind.of(raw);
        } catch (IllegalArgumentException e) {
            throw new ProblemException.InvalidInput("kind", e.getMessage());
        }
    }
}
