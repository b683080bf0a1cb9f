package com.newsdesk.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Corrections, clarifications and updates: as editors write them, as stored, as readers see them. */
public final class CorrectionViews {

    private CorrectionViews() {}

    static final String TYPES = "correction|clarification|update";

    @Schema(
            name = "NewCorrection",
            requiredProperties = {"type", "text"},
            examples = "{\"type\": \"correction\", \"text\": \"An earlier version of this article gave the wrong"
                    + " date for the reopening of the bridge. It reopens on Friday.\"}")
    public record NewCorrection(
            @NotNull
            @Pattern(regexp = TYPES, message = "Must be correction, clarification or update")
            @Schema(
                    type = SchemaType.STRING,
                    enumeration = {"correction", "clarification", "update"})
            String type,

            @NotBlank @Size(max = 2000) String text) {}

    /** A note as stored with the article, and as staff see it. */
    @Schema(
            name = "ArticleCorrectionRecord",
            description = "A note as staff see it, removed ones included.",
            requiredProperties = {"id", "type", "text", "at", "staffId", "removedAt", "removedBy"})
    public record Stored(
            String id,

            @Schema(enumeration = {"correction", "clarification", "update"})
            String type,

            String text,

            @Schema(description = "When it was added: the server's time.")
            Instant at,

            @Schema(nullable = true) String staffId,

            @Schema(nullable = true, description = "When an admin took it off the public view.")
            Instant removedAt,

            @Schema(nullable = true) String removedBy) {

        Stored removed(Instant when, String by) {
            return new Stored(id, type, text, at, staffId, when, by);
        }
    }

    /** A note as readers see it. */
    @Schema(
            name = "ArticleCorrection",
            requiredProperties = {"id", "type", "text", "at"},
            examples = "{\"id\": \"0193a3c5-7a1e-7c2a-9d41-5be2f7a0c0c1\", \"type\": \"correction\","
                    + " \"text\": \"An earlier version of this article gave the wrong date for the reopening of the"
                    + " bridge. It reopens on Friday.\", \"at\": \"2026-12-04T10:15:00Z\"}")
    public record Correction(
            String id,

            @Schema(enumeration = {"correction", "clarification", "update"})
            String type,

            String text,
            Instant at) {}
}
