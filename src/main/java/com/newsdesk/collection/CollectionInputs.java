package com.newsdesk.collection;

import com.newsdesk.common.Slugs;
import com.newsdesk.common.json.OneLine;
import com.newsdesk.common.json.Patch;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the staff collections API. */
public final class CollectionInputs {

    private CollectionInputs() {}

    @Schema(name = "NewCollection", examples = "{\"slug\": \"weekend-reads\", \"name\": \"Weekend reads\"}")
    public record NewCollection(
            @NotNull @Size(min = 1, max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE)
            String slug,

            @NotBlank @Size(max = 200) @OneLine String name,
            @Size(max = 1000) String description) {}

    @Schema(name = "CollectionPatch", examples = "{\"name\": \"Weekend long reads\", \"description\": null}")
    public static class CollectionPatch extends Patch {
        @Size(min = 1, max = 200)
        @OneLine
        private String name;

        @Size(max = 1000)
        private String description;

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

    @Schema(
            name = "CollectionItemInput",
            requiredProperties = {"article"},
            examples =
                    "{\"article\": \"grid-holds-through-the-coldest-night\", \"showUntil\": \"2026-12-01T00:00:00Z\"}")
    public record ItemInput(
            @Schema(description = "Slug or id of the article.") @NotBlank @Size(max = 200)
            String article,

            @Schema(nullable = true, description = "Shown from this time on; always when null.")
            Instant showFrom,

            @Schema(nullable = true, description = "Gone from this time on; never when null.")
            Instant showUntil) {}

    @Schema(
            name = "CollectionItems",
            examples = "{\"items\": [{\"article\": \"grid-holds-through-the-coldest-night\"}]}")
    public record Items(@NotNull @Size(max = 100) List<@NotNull @Valid ItemInput> items) {}
}
