package com.newsdesk.live;

import com.newsdesk.article.Block;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What editors send to post or change an entry. */
public final class LiveInputs {

    private LiveInputs() {}

    @Schema(
            name = "NewLiveEntry",
            description = "An entry needs a headline or a body; a key event needs a headline.",
            examples = """
                    {"headline": "Power is back in the east", "keyEvent": true,
                     "body": [{"type": "paragraph", "text": "Crews restored supply to 40,000 homes."}],
                     "authors": ["olena-petrenko"]}""")
    public record NewEntry(
            @Schema(nullable = true) @Size(max = 300) @Pattern(regexp = "[^\\r\\n]*", message = "Must be one line")
            String headline,

            @Schema(description = "Paragraph, heading, quote, list and embed blocks.") @Size(max = 100)
            List<@NotNull @Valid Block> body,

            @Schema(nullable = true, description = "A photo or audio from the media library.")
            UUID mediaId,

            @Schema(nullable = true, defaultValue = "false", description = "Shown in summaries and key-event lists.")
            Boolean keyEvent,

            @Schema(nullable = true, defaultValue = "false", description = "Kept at the top of the feed (meta.pinned).")
            Boolean pinned,

            @Schema(description = "Author slugs in byline order.") @Size(max = 10)
            List<@NotBlank String> authors) {}
}
