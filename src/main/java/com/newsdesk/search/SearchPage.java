package com.newsdesk.search;

import com.newsdesk.article.ArticleViews.ArticleSummary;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of search results, best first. */
@Schema(
        name = "SearchPage",
        requiredProperties = {"data", "meta"})
public record SearchPage(List<Hit> data, Meta meta) implements com.newsdesk.common.http.CacheTags {

    @Override
    public List<String> surrogateKeys() {
        return com.newsdesk.common.http.CacheTags.of(
                data.stream().map(Hit::article).toList());
    }

    @Schema(
            name = "SearchHit",
            requiredProperties = {"article", "snippet"})
    public record Hit(
            ArticleSummary article,

            @Schema(
                    description =
                            "Where the words matched, as HTML: the text is escaped and the matches are in <mark>.",
                    example = "The grid held in <mark>Kyiv</mark> through the night")
            String snippet) {}

    @Schema(
            name = "SearchMeta",
            requiredProperties = {"limit", "nextCursor", "approximate"})
    public record Meta(
            int limit,
            @Schema(nullable = true) String nextCursor,

            @Schema(
                    description = "True when the words matched more articles than are ranked"
                            + " (NEWSDESK_SEARCH_MAX_CANDIDATES): only the newest matches were ranked, and older"
                            + " ones are left out. Narrow the search (a section, a tag, from/to) to reach them.")
            boolean approximate) {}
}
