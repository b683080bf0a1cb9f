package com.newsdesk.collection;

import com.newsdesk.common.Slugs;
import com.newsdesk.common.json.OneLine;
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

    /**
     * What a JSON merge patch of a collection may change: its slug is its public address and stays,
     * its items change with PUT ./items.
     */
    @Schema(name = "CollectionPatch", examples = CollectionChanges.EXAMPLE)
    public record CollectionChanges(
            @Schema(required = false) @NotBlank(message = "Must not be blank") @Size(max = 200) @OneLine
            String name,

            @Schema(nullable = true) @Size(max = 1000) String description) {

        static final String EXAMPLE = "{\"name\": \"Weekend long reads\", \"description\": null}";
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
