package com.newsdesk.section;

import com.newsdesk.common.Slugs;
import com.newsdesk.common.json.OneLine;
import com.newsdesk.common.json.Patch;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the staff sections API. */
public final class SectionInputs {

    private SectionInputs() {}

    @Schema(
            name = "NewSection",
            examples = "{\"slug\": \"opinion\", \"name\": \"Opinion\", \"description\": \"Columns and comment.\"}")
    public record NewSection(
            @NotNull @Size(min = 1, max = 100) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE)
            String slug,

            @NotBlank @Size(max = 200) @OneLine String name,
            @Schema(nullable = true) @Size(max = 1000) String description,

            @Schema(nullable = true, description = "Menu order, lower first; after the last section when left out.")
            Integer position) {}

    /** JSON merge patch of a section: only the fields sent change; description null clears it. */
    @Schema(name = "SectionPatch", examples = "{\"name\": \"Comment\", \"description\": null}")
    public static class SectionPatch extends Patch {
        @Size(min = 1, max = 100)
        @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE)
        private String slug;

        @Size(min = 1, max = 200)
        @OneLine
        private String name;

        @Size(max = 1000)
        private String description;

        private Integer position;

        public String getSlug() {
            return slug;
        }

        public void setSlug(String slug) {
            this.slug = sent("slug", slug);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = sent("name", name);
        }

        @Schema(nullable = true)
        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = sent("description", description);
        }

        public Integer getPosition() {
            return position;
        }

        public void setPosition(Integer position) {
            this.position = sent("position", position);
        }
    }
}
