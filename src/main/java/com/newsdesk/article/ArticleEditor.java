package com.newsdesk.article;

import com.newsdesk.article.ArticleInputs.NewArticle;
import com.newsdesk.author.AuthorService;
import com.newsdesk.common.Texts;
import com.newsdesk.common.problem.Problem.FieldError;
import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.common.problem.ViolationFields;
import com.newsdesk.media.MediaKind;
import com.newsdesk.section.SectionService;
import com.newsdesk.tag.TagService;
import com.newsdesk.tag.TagViews.TagView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One write path for create and patch: the input, validated as a whole together with its lookups
 * (every field error at once), becomes the article's fields and what is derived from them.
 */
@ApplicationScoped
class ArticleEditor {

    private final ArticleColumns columns;
    private final BodyResolver bodies;
    private final SlugAllocator slugs;
    private final AuthorService authors;
    private final TagService tags;
    private final SectionService sections;
    private final ArticleConfig config;
    private final Validator validator;

    ArticleEditor(
            ArticleColumns columns,
            BodyResolver bodies,
            SlugAllocator slugs,
            AuthorService authors,
            TagService tags,
            SectionService sections,
            ArticleConfig config,
            Validator validator) {
        this.columns = columns;
        this.bodies = bodies;
        this.slugs = slugs;
        this.authors = authors;
        this.tags = tags;
        this.sections = sections;
        this.config = config;
        this.validator = validator;
    }

    void apply(Article article, NewArticle input) {
        // Bean Validation runs here rather than at the resource, so that its errors and those of
        // the lookups below are reported together, and a patch is checked as the whole it makes.
        List<FieldError> errors = new ArrayList<>(ViolationFields.of(validator.validate(input)));
        List<UUID> authorIds = collect(errors, () -> authors.idsOf(list(input.authors()), "authors"), List.of());
        List<UUID> tagIds = collect(errors, () -> tags.idsOf(list(input.tags()), "tags"), List.of());
        UUID sectionId =
                input.section() == null ? null : collect(errors, () -> sections.idOf(input.section(), "section"), null);
        requireDistinct(authorIds, "authors", errors);
        requireDistinct(tagIds, "tags", errors);
        List<Block> body = bodies.resolve(list(input.body()), article, errors);
        UUID leadImage = input.leadImage() == null || input.leadImage().mediaId() == null
                ? null
                : bodies.mediaOfKind(input.leadImage().mediaId(), MediaKind.IMAGE, "leadImage.mediaId", errors);
        UUID audio = input.audio() == null || input.audio().mediaId() == null
                ? null
                : bodies.mediaOfKind(input.audio().mediaId(), MediaKind.AUDIO, "audio.mediaId", errors);
        if (input.liveFrom() != null
                && input.liveUntil() != null
                && !input.liveUntil().isAfter(input.liveFrom())) {
            errors.add(new FieldError("liveUntil", "Must be after liveFrom"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.InvalidInput(errors);
        }
        columns.copy(input, article);
        article.headline = input.headline().trim();
        article.slug = slugs.choose(input.slug(), input.headline(), article);
        article.language = input.language() == null ? "en" : input.language();
        article.live = Boolean.TRUE.equals(input.live());
        article.body = new ArrayList<>(body);
        article.bodyText = BodyText.plain(body);
        article.lede = BodyText.lede(body);
        article.wordCount = BodyText.words(article.bodyText);
        article.readingTimeMinutes = BodyText.readingMinutes(article.wordCount);
        if (article.id != null && !authorIds.equals(article.authorIds)) {
            // The byline lives in article_author: without this the article's version, updatedAt
            // and Last-Modified stayed as they were when only its authors changed.
            article.updatedAt = java.time.Instant.now();
        }
        article.authorIds = new ArrayList<>(authorIds);
        article.tagIds = new ArrayList<>(tagIds);
        article.tagNames = tagNames(tagIds);
        article.sectionId = sectionId;
        applyMedia(article, input, leadImage, audio);
    }

    private void applyMedia(Article article, NewArticle input, UUID leadImage, UUID audio) {
        article.leadImageId = leadImage;
        article.leadImageCaption = input.leadImage() == null
                ? null
                : Texts.orNull(input.leadImage().caption());
        article.leadImageCredit = input.leadImage() == null
                ? null
                : Texts.orNull(input.leadImage().credit());
        article.audioId = audio;
        if (input.audio() == null) {
            article.audioAiAssisted = null;
            article.audioDisclosure = null;
            return;
        }
        boolean aiAssisted = Boolean.TRUE.equals(input.audio().aiAssisted());
        article.audioAiAssisted = aiAssisted;
        if (input.audio().disclosure() != null) {
            article.audioDisclosure = Texts.orNull(input.audio().disclosure());
        } else {
            article.audioDisclosure = aiAssisted ? config.defaultAiDisclosure() : null;
        }
    }

    /** The tag names, for the search document. */
    private String tagNames(List<UUID> tagIds) {
        Map<UUID, TagView> views = tags.views(tagIds);
        return tagIds.stream()
                .map(views::get)
                .filter(Objects::nonNull)
                .map(TagView::name)
                .collect(Collectors.joining(" "));
    }

    private static <T> T collect(List<FieldError> errors, Supplier<T> lookup, T fallback) {
        try {
            return lookup.get();
        } catch (ProblemException.InvalidInput invalid) {
            errors.addAll(invalid.errors());
            return fallback;
        }
    }

    private static void requireDistinct(List<UUID> ids, String field, List<FieldError> errors) {
        if (new HashSet<>(ids).size() != ids.size()) {
            errors.add(new FieldError(field, "Must not name the same one twice"));
        }
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
