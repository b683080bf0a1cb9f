package com.newsdesk.tag;

import com.newsdesk.common.Slugs;
import com.newsdesk.common.json.OneLine;
import com.newsdesk.common.json.Patch;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the staff tags API. */
public final class TagInputs {

    private TagInputs() {}

    @Schema(
            name = "NewTag",
            examples =
                    "{\"slug\": \"energy\", \"name\": \"Energy\", \"description\": \"Power grids, fuel and prices.\"}")
    public record NewTag(
            @NotNull @Size(min = 1, max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE)
            String slug,

            @NotBlank @Size(max = 200) @OneLine String name,
            @Size(max = 1000) String description) {}

    @Schema(name = "TagPatch", examples = "{\"name\": \"Energy and power\", \"description\": null}")
    public static class TagPatch extends Patch {
        @Size(min = 1, max = Slugs.MAX_LENGTH)
        @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE)
        private String slug;

        @Size(min = 1, max = 200)
        @OneLine
        private String name;

        @Size(max = 1000)
        private String description;

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
    }
}
