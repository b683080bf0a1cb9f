package com.newsdesk.webhook;

import com.newsdesk.common.problem.Problem;
import com.newsdesk.common.problem.ProblemException.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The content events a webhook can ask for. The database triggers of the content tables record
 * them (migration {@code content_events_webhooks}); a type added there is added here.
 */
public final class EventTypes {

    public static final List<String> ALL = List.of(
            "article.published",
            "article.updated",
            "article.unpublished",
            "article.deleted",
            "article.scheduled",
            "article.killed",
            "collection.updated",
            "collection.deleted",
            "media.updated",
            "media.deleted",
            "section.updated",
            "section.deleted",
            "tag.updated",
            "tag.deleted",
            "author.updated",
            "author.deleted");

    private static final Set<String> KINDS = Set.of("article", "collection", "media", "section", "tag", "author");

    private EventTypes() {}

    /** Whether a pattern (a type, {@code <kind>.*} or {@code *}) names events that exist. */
    static boolean known(String pattern) {
        return pattern.equals("*")
                || ALL.contains(pattern)
                || (pattern.endsWith(".*") && KINDS.contains(pattern.substring(0, pattern.length() - 2)));
    }

    /** The patterns, each checked: a 400 at {@code events[i]} for each one that names nothing. */
    static List<String> require(List<String> patterns) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            String pattern = patterns.get(i);
            if (pattern == null || !known(pattern)) {
                errors.add(new Problem.FieldError(
                        "events[" + i + "]",
                        "Unknown event type; one of " + String.join(", ", ALL)
                                + ", a kind followed by .* (article.*), or *."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return patterns.stream().distinct().toList();
    }
}
