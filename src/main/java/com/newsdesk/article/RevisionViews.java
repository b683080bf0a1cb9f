package com.newsdesk.article;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What staff see of an article's history. */
public final class RevisionViews {

    private RevisionViews() {}

    @Schema(
            name = "ArticleRevisionSummary",
            requiredProperties = {"n", "createdAt", "staffId", "action", "changed"},
            examples = "{\"n\": 3, \"createdAt\": \"2026-12-03T09:12:00Z\","
                    + " \"staffId\": \"0193a3c5-7a1e-7c2a-9d41-5be2f7a0c001\", \"action\": \"edit\","
                    + " \"changed\": [\"headline\", \"body\"]}")
    public record RevisionSummary(
            @Schema(description = "1 for the article's creation, then one more per change.")
            int n,

            Instant createdAt,

            @Schema(nullable = true, description = "Who made the change; null for the scheduled-publishing job.")
            String staffId,

            @Schema(
                    enumeration = {
                        "create",
                        "edit",
                        "publish",
                        "schedule",
                        "unpublish",
                        "archive",
                        "restore",
                        "kill",
                        "lift"
                    })
            String action,

            @Schema(description = "The fields that differ from the revision before.")
            List<String> changed) {}

    @Schema(
            name = "ArticleRevision",
            requiredProperties = {"n", "createdAt", "staffId", "action", "changed", "content"})
    public record RevisionView(
            int n,
            Instant createdAt,
            @Schema(nullable = true) String staffId,
            String action,
            List<String> changed,

            @Schema(description = "The article's editable fields as NewArticle takes them, with status and publishAt.")
            JsonNode content) {}

    @Schema(
            name = "ArticleFieldChange",
            requiredProperties = {"field", "from", "to"})
    public record FieldChange(
            String field,
            @Schema(nullable = true) JsonNode from,
            @Schema(nullable = true) JsonNode to) {}

    @Schema(
            name = "WordChange",
            requiredProperties = {"op", "text"})
    public record WordChange(
            @Schema(enumeration = {"equal", "insert", "delete"})
            String op,

            String text) {}

    @Schema(
            name = "ArticleBlockChange",
            requiredProperties = {"index", "change", "words"})
    public record BlockChange(
            @Schema(description = "The block's position in the newer revision (in the older one when removed).")
            int index,

            @Schema(enumeration = {"added", "removed", "changed"})
            String change,

            List<WordChange> words) {}

    @Schema(
            name = "ArticleRevisionDiff",
            requiredProperties = {"from", "to", "fields", "blocks"},
            examples = "{\"from\": 1, \"to\": 2, \"fields\": [{\"field\": \"headline\", \"from\": \"Grid holds\","
                    + " \"to\": \"Grid holds overnight\"}], \"blocks\": [{\"index\": 0, \"change\": \"changed\","
                    + " \"words\": [{\"op\": \"equal\", \"text\": \"Power was \"}, {\"op\": \"delete\", \"text\": \"cut \"},"
                    + " {\"op\": \"insert\", \"text\": \"restored \"}, {\"op\": \"equal\", \"text\": \"at noon.\"}]}]}")
    public record RevisionDiff(
            int from,
            int to,

            @Schema(description = "Every field but the body that differs, in the order of their names.")
            List<FieldChange> fields,

            @Schema(description = "The body's blocks that differ, by position.")
            List<BlockChange> blocks) {}
}
