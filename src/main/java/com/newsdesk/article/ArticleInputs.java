package com.newsdesk.article;

import com.newsdesk.common.json.OneLine;
import com.newsdesk.common.json.Patch;
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

            @Schema(description = "Generated from the headline when left out.")
            @Size(min = 1, max = 150)
            @Pattern(regexp = SLUG_PATTERN, message = SLUG_MESSAGE)
            String slug,

            @Size(max = 1000) String standfirst,

            @Schema(description = "Derived from the first paragraph when left out.") @Size(max = 1000)
            String excerpt,

            @Size(max = 1000) List<@NotNull @Valid Block> body,

            @Schema(description = "Author slugs in byline order.") @Size(max = 20)
            List<@NotBlank String> authors,

            @Schema(description = "Section slug.") String section,

            @Schema(description = "Tag slugs in order.") @Size(max = 50)
            List<@NotBlank String> tags,

            @Valid LeadImage leadImage,
            @Valid Audio audio,

            @Schema(defaultValue = "en") @Size(max = 35) @Pattern(regexp = LANGUAGE_PATTERN, message = LANGUAGE_MESSAGE)
            String language,

            @Size(max = 300) @OneLine String metaTitle,
            @Size(max = 1000) String metaDescription,

            @Size(max = 2000) @Pattern(regexp = URL_PATTERN, message = "Must be an http or https URL")
            String canonicalUrl) {}

    @Schema(
            name = "ScheduleInput",
            requiredProperties = {"publishAt"},
            examples = "{\"publishAt\": \"2026-12-01T06:00:00Z\"}")
    public record Schedule(
            @NotNull @Schema(description = "A time in the future.")
            Instant publishAt) {}

    /** JSON merge patch of an article: absent fields stay, null clears the optional ones. */
    @Schema(name = "ArticlePatch", examples = "{\"headline\": \"Grid holds, again\", \"standfirst\": null}")
    public static class ArticlePatch extends Patch {
        @Size(min = 1, max = 300)
        @OneLine
        private String headline;

        @Size(min = 1, max = 150)
        @Pattern(regexp = SLUG_PATTERN, message = SLUG_MESSAGE)
        private String slug;

        @Size(max = 1000)
        private String standfirst;

        @Size(max = 1000)
        private String excerpt;

        @Size(max = 1000)
        private List<@NotNull @Valid Block> body;

        @Size(max = 20)
        private List<@NotBlank String> authors;

        private String section;

        @Size(max = 50)
        private List<@NotBlank String> tags;

        @Valid
        private LeadImage leadImage;

        @Valid
        private Audio audio;

        @Size(max = 35)
        @Pattern(regexp = LANGUAGE_PATTERN, message = LANGUAGE_MESSAGE)
        private String language;

        @Size(max = 300)
        private String metaTitle;

        @Size(max = 1000)
        private String metaDescription;

        @Size(max = 2000)
        @Pattern(regexp = URL_PATTERN, message = "Must be an http or https URL")
        private String canonicalUrl;

        public String getHeadline() {
            return headline;
        }

        public void setHeadline(String v) {
            headline = sent("headline", v);
        }

        public String getSlug() {
            return slug;
        }

        public void setSlug(String v) {
            slug = sent("slug", v);
        }

        public String getStandfirst() {
            return standfirst;
        }

        public void setStandfirst(String v) {
            standfirst = sent("standfirst", v);
        }

        public String getExcerpt() {
            return excerpt;
        }

        public void setExcerpt(String v) {
            excerpt = sent("excerpt", v);
        }

        public List<Block> getBody() {
            return body;
        }

        public void setBody(List<Block> v) {
            body = sent("body", v);
        }

        public List<String> getAuthors() {
            return authors;
        }

        public void setAuthors(List<String> v) {
            authors = sent("authors", v);
        }

        public String getSection() {
            return section;
        }

        public void setSection(String v) {
            section = sent("section", v);
        }

        public List<String> getTags() {
            return tags;
        }

        public void setTags(List<String> v) {
            tags = sent("tags", v);
        }

        public LeadImage getLeadImage() {
            return leadImage;
        }

        public void setLeadImage(LeadImage v) {
            leadImage = sent("leadImage", v);
        }

        public Audio getAudio() {
            return audio;
        }

        public void setAudio(Audio v) {
            audio = sent("audio", v);
        }

        public String getLanguage() {
            return language;
        }

        public void setLanguage(String v) {
            language = sent("language", v);
        }

        public String getMetaTitle() {
            return metaTitle;
        }

        public void setMetaTitle(String v) {
            metaTitle = sent("metaTitle", v);
        }

        public String getMetaDescription() {
            return metaDescription;
        }

        public void setMetaDescription(String v) {
            metaDescription = sent("metaDescription", v);
        }

        public String getCanonicalUrl() {
            return canonicalUrl;
        }

        public void setCanonicalUrl(String v) {
            canonicalUrl = sent("canonicalUrl", v);
        }

        /**
         * Nested objects merge member by member (RFC 7396): a member left out keeps its value.
         * Send an empty string to clear a nested text, or null for the whole object to remove it.
         */
        private static LeadImage merged(LeadImage sent, LeadImage current) {
            if (sent == null || current == null) {
                return sent;
            }
            return new LeadImage(
                    sent.mediaId() != null ? sent.mediaId() : current.mediaId(),
                    sent.caption() != null ? sent.caption() : current.caption(),
                    sent.credit() != null ? sent.credit() : current.credit());
        }

        private static Audio merged(Audio sent, Audio current) {
            if (sent == null || current == null) {
                return sent;
            }
            return new Audio(
                    sent.mediaId() != null ? sent.mediaId() : current.mediaId(),
                    sent.aiAssisted() != null ? sent.aiAssisted() : current.aiAssisted(),
                    sent.disclosure() != null ? sent.disclosure() : current.disclosure());
        }

        /** The patch as a complete input over the current values, for one set of rules for both. */
        NewArticle over(NewArticle current) {
            return new NewArticle(
                    has("headline") ? headline : current.headline(),
                    has("slug") ? slug : current.slug(),
                    has("standfirst") ? standfirst : current.standfirst(),
                    has("excerpt") ? excerpt : current.excerpt(),
                    has("body") ? body : current.body(),
                    has("authors") ? authors : current.authors(),
                    has("section") ? section : current.section(),
                    has("tags") ? tags : current.tags(),
                    has("leadImage") ? merged(leadImage, current.leadImage()) : current.leadImage(),
                    has("audio") ? merged(audio, current.audio()) : current.audio(),
                    has("language") ? language : current.language(),
                    has("metaTitle") ? metaTitle : current.metaTitle(),
                    has("metaDescription") ? metaDescription : current.metaDescription(),
                    has("canonicalUrl") ? canonicalUrl : current.canonicalUrl());
        }
    }
}
