package com.newsdesk.article;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One block of an article body, as editors send it and as it is stored (jsonb). Text is always
 * plain text: a {@code <} in it is a character, never markup. Links and emphasis are {@link Mark}s.
 */
// A missing or unknown type becomes an Unknown block rather than a parse error, so that Bean
// Validation reports it together with every other error of the request.
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type", defaultImpl = Block.Unknown.class)
@JsonSubTypes({
    @JsonSubTypes.Type(value = Block.Paragraph.class, name = "paragraph"),
    @JsonSubTypes.Type(value = Block.Heading.class, name = "heading"),
    @JsonSubTypes.Type(value = Block.Quote.class, name = "quote"),
    @JsonSubTypes.Type(value = Block.ListBlock.class, name = "list"),
    @JsonSubTypes.Type(value = Block.Image.class, name = "image"),
    @JsonSubTypes.Type(value = Block.Related.class, name = "related"),
    @JsonSubTypes.Type(value = Block.Embed.class, name = "embed")
})
@Schema(
        name = "Block",
        description = "A body block; `type` says which.",
        oneOf = {
            Block.Paragraph.class,
            Block.Heading.class,
            Block.Quote.class,
            Block.ListBlock.class,
            Block.Image.class,
            Block.Related.class,
            Block.Embed.class
        },
        discriminatorProperty = "type",
        discriminatorMapping = {
            @DiscriminatorMapping(value = "paragraph", schema = Block.Paragraph.class),
            @DiscriminatorMapping(value = "heading", schema = Block.Heading.class),
            @DiscriminatorMapping(value = "quote", schema = Block.Quote.class),
            @DiscriminatorMapping(value = "list", schema = Block.ListBlock.class),
            @DiscriminatorMapping(value = "image", schema = Block.Image.class),
            @DiscriminatorMapping(value = "related", schema = Block.Related.class),
            @DiscriminatorMapping(value = "embed", schema = Block.Embed.class)
        })
public sealed interface Block {

    String TYPES = "paragraph, heading, quote, list, image, related, embed";

    /** A range of a paragraph's text with emphasis or a link. Offsets count UTF-16 code units, as JavaScript does. */
    @Schema(
            name = "Mark",
            description =
                    "Emphasis or a link over text[start, end). Offsets are UTF-16 code units (JavaScript string indexes).",
            requiredProperties = {"type", "start", "end"},
            examples = "{\"type\": \"link\", \"start\": 4, \"end\": 19, \"href\": \"https://example.org/report\"}")
    record Mark(
            @NotNull @Schema(enumeration = {"bold", "italic", "link"})
            String type,

            @NotNull @Min(0) Integer start,
            @NotNull @Min(1) Integer end,

            @Schema(nullable = true, description = "For links: an http, https or mailto URL.") @Size(max = 2000)
            String href) {}

    @Schema(
            name = "ParagraphBlock",
            requiredProperties = {"type", "text"},
            examples =
                    "{\"type\": \"paragraph\", \"text\": \"The grid held through the night.\", \"marks\": [{\"type\": \"bold\", \"start\": 4, \"end\": 8}]}")
    record Paragraph(
            @NotNull @Size(max = 20000) String text,
            @Size(max = 500) List<@NotNull @Valid Mark> marks) implements Block {}

    @Schema(
            name = "HeadingBlock",
            requiredProperties = {"type", "text", "level"})
    record Heading(
            @NotBlank @Size(max = 500) String text,
            @NotNull @Min(2) @Max(4) Integer level) implements Block {}

    @Schema(
            name = "QuoteBlock",
            requiredProperties = {"type", "text"})
    record Quote(
            @NotBlank @Size(max = 5000) String text,
            @Size(max = 500) String attribution) implements Block {}

    @Schema(
            name = "ListBlock",
            requiredProperties = {"type", "items"})
    record ListBlock(@NotEmpty @Size(max = 200) List<@NotBlank @Size(max = 5000) String> items, Boolean ordered)
            implements Block {}

    @Schema(
            name = "ImageBlock",
            requiredProperties = {"type", "mediaId"},
            description = "An image in the body; caption and credit override the media item's here.")
    record Image(
            @NotNull UUID mediaId,
            @Size(max = 2000) String caption,
            @Size(max = 300) String credit) implements Block {}

    @Schema(
            name = "RelatedBlock",
            requiredProperties = {"type", "article"},
            description =
                    "A card for another article. Send its slug or id; it is kept by id, so renaming never breaks it.")
    record Related(@NotBlank @Size(max = 200) String article) implements Block {}

    @Schema(
            name = "EmbedBlock",
            requiredProperties = {"type", "url"},
            description = "An https URL of an allowed provider (video, audio, social post).")
    record Embed(@NotBlank @Size(max = 2000) String url) implements Block {}

    /**
     * What a block with a missing or unknown {@code type} reads as. Jackson consumes the type id,
     * so {@code type} is always null here and always reported; such a block is never stored.
     */
    @Schema(hidden = true)
    record Unknown(
            @NotNull(message = "Must be one of: " + TYPES) String type) implements Block {}
}
