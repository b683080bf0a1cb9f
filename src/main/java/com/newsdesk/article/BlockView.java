package com.newsdesk.article;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A body block as readers get it: like the stored {@link Block}, but with images and related
 * articles resolved to what a page shows of them.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = BlockView.ParagraphView.class, name = "paragraph"),
    @JsonSubTypes.Type(value = BlockView.HeadingView.class, name = "heading"),
    @JsonSubTypes.Type(value = BlockView.QuoteView.class, name = "quote"),
    @JsonSubTypes.Type(value = BlockView.ListView.class, name = "list"),
    @JsonSubTypes.Type(value = BlockView.ImageView.class, name = "image"),
    @JsonSubTypes.Type(value = BlockView.RelatedView.class, name = "related"),
    @JsonSubTypes.Type(value = BlockView.EmbedView.class, name = "embed")
})
@Schema(
        name = "BlockView",
        description = "A body block as readers get it; `type` says which.",
        oneOf = {
            BlockView.ParagraphView.class,
            BlockView.HeadingView.class,
            BlockView.QuoteView.class,
            BlockView.ListView.class,
            BlockView.ImageView.class,
            BlockView.RelatedView.class,
            BlockView.EmbedView.class
        },
        discriminatorProperty = "type",
        discriminatorMapping = {
            @DiscriminatorMapping(value = "paragraph", schema = BlockView.ParagraphView.class),
            @DiscriminatorMapping(value = "heading", schema = BlockView.HeadingView.class),
            @DiscriminatorMapping(value = "quote", schema = BlockView.QuoteView.class),
            @DiscriminatorMapping(value = "list", schema = BlockView.ListView.class),
            @DiscriminatorMapping(value = "image", schema = BlockView.ImageView.class),
            @DiscriminatorMapping(value = "related", schema = BlockView.RelatedView.class),
            @DiscriminatorMapping(value = "embed", schema = BlockView.EmbedView.class)
        })
public sealed interface BlockView {

    @Schema(
            name = "ParagraphBlockView",
            requiredProperties = {"type", "text", "marks"})
    record ParagraphView(String text, List<Block.Mark> marks) implements BlockView {}

    @Schema(
            name = "HeadingBlockView",
            requiredProperties = {"type", "text", "level"})
    record HeadingView(String text, int level) implements BlockView {}

    @Schema(
            name = "QuoteBlockView",
            requiredProperties = {"type", "text", "attribution"})
    record QuoteView(String text, @Schema(nullable = true) String attribution) implements BlockView {}

    @Schema(
            name = "ListBlockView",
            requiredProperties = {"type", "items", "ordered"})
    record ListView(List<String> items, boolean ordered) implements BlockView {}

    @Schema(
            name = "ImageBlockView",
            requiredProperties = {"type", "mediaId", "url", "alt", "caption", "credit", "width", "height"})
    record ImageView(
            String mediaId,
            String url,
            @Schema(nullable = true) String alt,
            @Schema(nullable = true) String caption,
            @Schema(nullable = true) String credit,
            @Schema(nullable = true) Integer width,
            @Schema(nullable = true) Integer height)
            implements BlockView {}

    @Schema(
            name = "RelatedBlockView",
            requiredProperties = {"type", "article"})
    record RelatedView(RelatedCard article) implements BlockView {}

    @Schema(
            name = "EmbedBlockView",
            requiredProperties = {"type", "url", "provider"})
    record EmbedView(
            String url, @Schema(example = "youtube.com") String provider) implements BlockView {}

    /** What a card of another article shows. */
    @Schema(
            name = "RelatedCard",
            requiredProperties = {"id", "slug", "headline", "excerpt", "publishedAt"})
    record RelatedCard(String id, String slug, String headline, String excerpt, Instant publishedAt) {}
}
