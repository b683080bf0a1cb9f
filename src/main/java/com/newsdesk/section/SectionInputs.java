package com.newsdesk.section;

import com.newsdesk.common.Slugs;
import com.newsdesk.common.json.OneLine;
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
}
