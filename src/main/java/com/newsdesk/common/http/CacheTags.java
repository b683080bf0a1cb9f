package com.newsdesk.common.http;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;

/**
 * What a CDN needs to know about a response: the surrogate keys (cache tags) of the things in
 * it, so that a change purges exactly the responses that show it, and, for a single resource,
 * when it last changed. Views implement it; the conditional-GET filter turns it into headers.
 */
public interface CacheTags {

    /** Keys such as {@code article-<id>}; never the body's own words. */
    @JsonIgnore
    List<String> surrogateKeys();

    /**
     * When this single resource last changed, or null. Lists return null: an item leaving a list
     * can make the list older, which Last-Modified cannot express (their ETag can).
     */
    @JsonIgnore
    default Instant lastModified() {
        return null;
    }

    /** The keys of all items that carry tags. */
    static List<String> of(List<?> items) {
        return items.stream()
                .filter(CacheTags.class::isInstance)
                .flatMap(item -> ((CacheTags) item).surrogateKeys().stream())
                .distinct()
                .toList();
    }
}
