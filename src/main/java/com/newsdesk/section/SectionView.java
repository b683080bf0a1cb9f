package com.newsdesk.section;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The public view of a section. */
@Schema(
        name = "Section",
        description = "A section of the publication, such as News or Opinion.",
        requiredProperties = {"id", "slug", "name", "description"},
        examples = """
                {"id": "019abf3e-8d7c-7c1e-9a55-3f1f7f8e0c11", "slug": "news", "name": "News",
                 "description": "What happened today, reported as it happens."}""")
public record SectionView(
        @Schema(description = "Opaque id.", example = "019abf3e-8d7c-7c1e-9a55-3f1f7f8e0c11")
        String id,

        @Schema(description = "Lower-case ASCII letters, digits and hyphens; used in URLs.", example = "news")
        String slug,

        @Schema(description = "Display name.", example = "News")
        String name,

        @Schema(description = "One line about the section; null when there is none.", nullable = true)
        String description) {

    static SectionView of(Section section) {
        return new SectionView(section.id.toString(), section.slug, section.name, section.description);
    }
}
