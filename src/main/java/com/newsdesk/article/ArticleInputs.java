package com.newsdesk.article;

import com.newsdesk.common.json.OneLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the staff articles API. */
public final class ArticleInputs {

    static final String SLUG_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    static final String SLUG_MESSAGE =
            "Use lower-case letters, digits and single hyphens, such as grid-holds-overnight";
    static final String LANGUAGE_PATTERN = "^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$";
    static final String LANGUAGE_MESSAGE = "Must be a BCP 47 language tag, such as en or uk-UA";
    static final String URL_PATTERN = "^https?://[^\\s]+$";

    private ArticleInputs() {}

    @Schema(
            name = "LeadImageInput",
            requiredProperties = {"mediaId"})
    public record LeadImage(
            @NotNull UUID mediaId,

            @Schema(nullable = true, description = "Overrides the media item's caption for this article.")
            @Size(max = 2000)
            String caption,

            @Schema(nullable = true, description = "Overrides the media item's credit for this article.")
            @Size(max = 300)
            String credit) {}

    @Schema(
            name = "AudioInput",
            requiredProperties = {"mediaId"})
    public record Audio(
            @NotNull UUID mediaId,

            @Schema(description = "Whether the narration is machine-made.")
            Boolean aiAssisted,

            @Schema(
                    description =
                            "What readers are told; defaults to \"This audio is created with AI assistance\" when aiAssisted.")
            @Size(max = 300)
            String disclosure) {}

    @Schema(
            name = "NewArticle",
            requiredProperties = {"headline"},
            examples = """
                    {"headline": "Grid holds through the coldest night of the year", "authors": ["olena-petrenko"],
                     "section": "news", "tags": ["energy"],
                     "body": [{"type": "paragraph", "text": "Engineers kept the lights on as temperatures fell."}]}""")
    public record NewArticle(
            @NotBlank @Size(max = 300) @OneLine String headline,

            @Schema(nullable = true, description = "A short label above the headline, such as Exclusive or Analysis.")
            @Size(max = 60)
            @OneLine
            String kicker,

            @Schema(description = "Generated from the headline when left out.")
            @Size(min = 1, max = 150)
            @Pattern(regexp = SLUG_PATTERN, message = SLUG_MESSAGE)
            String slug,

            @Schema(nullable = true) @Size(max = 1000) String standfirst,

            @Schema(nullable = true, description = "Where the story was filed from, as on wire copy.", example = "KYIV")
            @Size(max = 100)
            @OneLine
            String dateline,

            @Schema(
                    nullable = true,
                    description = "A note between editors. Staff see it; it never reaches readers, feeds,"
                            + " previews, webhooks or syndication.")
            @Size(max = 5000)
            String editorNote,

            @Schema(nullable = true, description = "Derived from the first paragraph when left out.") @Size(max = 1000)
            String excerpt,

            @Size(max = 1000) List<@NotNull @Valid Block> body,

            @Schema(description = "Author slugs in byline order.") @Size(max = 20)
            List<@NotBlank String> authors,

            @Schema(nullable = true, description = "Section slug.")
            String section,

            @Schema(description = "Tag slugs in order.") @Size(max = 50)
            List<@NotBlank String> tags,

            @Schema(nullable = true) @Valid LeadImage leadImage,
            @Schema(nullable = true) @Valid Audio audio,

            @Schema(
                    defaultValue = "en",
                    description = "BCP 47, its first part an ISO 639 language: uk is Ukrainian (ua is a"
                            + " country, and refused).")
            @Size(max = 35)
            @Pattern(regexp = LANGUAGE_PATTERN, message = LANGUAGE_MESSAGE)
            @IsoLanguage
            String language,

            @Schema(
                    nullable = true,
                    description = "The id of an article this one translates: both join one translation group,"
                            + " which holds one article per language.")
            UUID translationOf,

            @Schema(
                    nullable = true,
                    defaultValue = "false",
                    description = "Live coverage: editors post time-stamped entries (a News Feed) while it runs.")
            Boolean live,

            @Schema(nullable = true, description = "When the coverage began; the first publication when left out.")
            Instant liveFrom,

            @Schema(nullable = true, description = "When the coverage ended; open while null.")
            Instant liveUntil,

            @Schema(nullable = true) @Size(max = 300) @OneLine
            String metaTitle,

            @Schema(nullable = true) @Size(max = 1000) String metaDescription,

            @Schema(nullable = true)
            @Size(max = 2000)
            @Pattern(regexp = URL_PATTERN, message = "Must be an http or https URL")
            String canonicalUrl) {}

    @Schema(
            name = "ScheduleInput",
            requiredProperties = {"publishAt"},
            examples = "{\"publishAt\": \"2026-12-01T06:00:00Z\"}")
    public record Schedule(
            @NotNull @Schema(description = "A time in the future.")
            Instant publishAt) {}
}
