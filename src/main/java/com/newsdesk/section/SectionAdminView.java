package com.newsdesk.section;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A section as staff see it. */
@Schema(
        name = "SectionAdmin",
        requiredProperties = {"id", "slug", "name", "description", "position", "createdAt", "updatedAt"})
public record SectionAdminView(
        String id,
        String slug,
        String name,
        @Schema(nullable = true) String description,
        int position,
        Instant createdAt,
        Instant updatedAt) {

    static SectionAdminView of(Section section) {
        return new SectionAdminView(
                section.id.toString(),
                section.slug,
                section.name,
                section.description,
                section.position,
                section.createdAt,
                section.updatedAt);
    }
}
