package com.newsdesk.tag;

import com.newsdesk.common.Slugs;
import com.newsdesk.common.json.OneLine;
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
            @Schema(nullable = true) @Size(max = 1000) String description) {}
}
