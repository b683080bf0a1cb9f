package com.newsdesk.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/** Search settings ({@code NEWSDESK_SEARCH_*}). */
@ConfigMapping(prefix = "newsdesk.search")
public interface SearchConfig {

    /**
     * How many matches, newest first, are ranked by relevance. Ranking reads every match, so a
     * word in half of a large archive would cost hundreds of milliseconds; above this many the
     * older matches are left out and the answer says {@code meta.approximate: true}.
     */
    @WithDefault("10000")
    @Min(1)
    int maxCandidates();
}
