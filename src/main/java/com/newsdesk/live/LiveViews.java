package com.newsdesk.live;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.newsdesk.article.ArticleParts.Byline;
import com.newsdesk.article.BlockView;
import com.newsdesk.common.http.CacheTags;
import com.newsdesk.media.MediaView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What readers and staff get of live coverage. */
public final class LiveViews {

    private LiveViews() {}

    @Schema(
            name = "LiveEntry",
            description = "One entry of a live article's News Feed.",
            requiredProperties = {
                "id",
                "headline",
                "body",
                "media",
                "keyEvent",
                "pinned",
                "authors",
                "createdAt",
                "updatedAt"
            },
            examples = """
                    {"id": "019ac0d1-27f4-7c55-a0c1-9b2e8f4d6a11", "headline": "Power is back in the east",
                     "body": [{"type": "paragraph", "text": "Crews restored supply to 40,000 homes.", "marks": []}],
                     "media": null, "keyEvent": true, "pinned": false,
                     "authors": [{"slug": "olena-petrenko", "name": "Olena Petrenko", "title": null}],
                     "createdAt": "2026-12-04T18:05:00Z", "updatedAt": "2026-12-04T18:05:00Z"}""")
    public record EntryView(
            String id,
            @Schema(nullable = true) String headline,
            List<BlockView> body,
            @Schema(nullable = true) MediaView media,
            boolean keyEvent,
            boolean pinned,
            List<Byline> authors,

            @Schema(description = "When it was posted: its place in the feed.")
            Instant createdAt,

            Instant updatedAt) {}

    @Schema(
            name = "LiveEntryDeleted",
            requiredProperties = {"id", "deletedAt"})
    public record Deleted(String id, Instant deletedAt) {}

    @Schema(
            name = "LiveEntriesMeta",
            requiredProperties = {"since", "hasMore", "nextCursor"})
    public record Meta(
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "The pinned entries, newest first: on the first page only.")
            List<EntryView> pinned,

            @Schema(nullable = true, description = "Pass as ?cursor= for older entries; null on the last page.")
            String nextCursor,

            @Schema(
                    description = "Pass as ?since= to get what was added, changed or deleted after this answer;"
                            + " also the stream's Last-Event-ID.")
            String since,

            @Schema(description = "With since=: more changes wait; ask again with the new since.")
            boolean hasMore) {}

    @Schema(
            name = "LiveEntriesPage",
            description = "Newest first; with since=, the changes after it in the order they were made.",
            requiredProperties = {"data", "deleted", "meta"})
    public record Page(
            List<EntryView> data,

            @Schema(description = "With since=: entries deleted since, as markers.")
            List<Deleted> deleted,

            Meta meta,

            @Schema(hidden = true) @com.fasterxml.jackson.annotation.JsonIgnore
            String articleId)
            implements CacheTags {

        @Override
        public List<String> surrogateKeys() {
            return List.of("article-" + articleId);
        }
    }
}
