package com.newsdesk.tag;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The views of a tag. */
public final class TagViews {

    private TagViews() {}

    @Schema(
            name = "Tag",
            requiredProperties = {"slug", "name", "description"},
            examples =
                    "{\"slug\": \"energy\", \"name\": \"Energy\", \"description\": \"Power grids, fuel and prices.\"}")
    public record TagView(
            String slug,
            String name,
            @Schema(nullable = true) String description) {
        public static TagView of(Tag tag) {
            return new TagView(tag.slug, tag.name, tag.description);
        }
    }

    @Schema(
            name = "TagAdmin",
            requiredProperties = {"id", "slug", "name", "description", "createdAt", "updatedAt"})
    public record TagAdminView(
            String id,
            String slug,
            String name,
            @Schema(nullable = true) String description,
            Instant createdAt,
            Instant updatedAt) {
        static TagAdminView of(Tag tag) {
            return new TagAdminView(
                    tag.id.toString(), tag.slug, tag.name, tag.description, tag.createdAt, tag.updatedAt);
        }
    }
}
