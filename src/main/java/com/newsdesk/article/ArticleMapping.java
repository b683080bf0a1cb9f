package com.newsdesk.article;

import com.newsdesk.article.ArticleInputs.NewArticle;
import com.newsdesk.article.ArticleParts.AudioRef;
import com.newsdesk.article.ArticleParts.AudioView;
import com.newsdesk.article.ArticleParts.Byline;
import com.newsdesk.article.ArticleParts.LeadImageRef;
import com.newsdesk.article.ArticleParts.LeadImageView;
import com.newsdesk.article.ArticleParts.SectionRef;
import com.newsdesk.article.ArticleParts.TagRef;
import com.newsdesk.article.ArticleViews.ArticleSummary;
import com.newsdesk.article.ArticleViews.ArticleView;
import com.newsdesk.author.AuthorViews.AuthorView;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Article fields that go from the input to the entity and from the entity to the views by name.
 * MapStruct writes the code at compile time, and a view component that nothing fills is a compile
 * error: a new plain field is a migration, an entity field, an input component and view
 * components, with no mapping line to forget ({@link ArticleColumns} takes it from the input). What needs lookups (bylines, section, tags, media,
 * the body) comes resolved in the second argument.
 */
@Mapper
interface ArticleMapping {

    /** The parts of a reader's view that are not columns of the article. */
    record ViewParts(
            String excerpt,
            SectionRef section,
            List<Byline> authors,
            List<AuthorView> authorProfiles,
            List<TagRef> tags,
            LeadImageView leadImage,
            boolean hasAudio,
            AudioView audio,
            List<BlockView> body,
            String html,
            String text) {}

    /** The parts of a list entry that are not columns of the article. */
    record SummaryParts(
            String excerpt,
            SectionRef section,
            List<Byline> authors,
            List<TagRef> tags,
            LeadImageView leadImage,
            boolean hasAudio,
            List<ArticleParts.KeyEvent> keyEvents) {}

    /** The parts of the staff view that are not columns of the article. */
    record AdminParts(
            List<Block> body,
            List<Byline> authors,
            SectionRef section,
            List<TagRef> tags,
            LeadImageRef leadImage,
            AudioRef audio) {}

    @Mapping(target = "status", constant = "PUBLISHED")
    @Mapping(target = "excerpt", source = "parts.excerpt")
    @Mapping(target = "body", source = "parts.body")
    @Mapping(target = "liveFrom", expression = "java(ArticleMapping.liveFrom(article))")
    ArticleView view(Article article, ViewParts parts);

    @Mapping(target = "excerpt", source = "parts.excerpt")
    ArticleSummary summary(Article article, SummaryParts parts);

    @Mapping(target = "body", source = "parts.body")
    ArticleAdminView adminView(Article article, AdminParts parts);

    /** The stored article as the input that would write it: what a merge patch merges over. */
    NewArticle input(ArticleAdminView view);

    /** When live coverage began: as set, else when the article was first public. */
    static java.time.Instant liveFrom(Article article) {
        if (!article.live || article.liveFrom != null) {
            return article.liveFrom;
        }
        return article.firstPublishedAt != null ? article.firstPublishedAt : article.publishedAt;
    }

    /** What readers see of the notes: those no admin removed, oldest first. */
    default List<CorrectionViews.Correction> corrections(List<CorrectionViews.Stored> all) {
        return all == null
                ? List.of()
                : all.stream()
                        .filter(note -> note.removedAt() == null)
                        .map(note -> new CorrectionViews.Correction(note.id(), note.type(), note.text(), note.at()))
                        .toList();
    }

    default String slug(Byline author) {
        return author.slug();
    }

    default String slug(TagRef tag) {
        return tag.slug();
    }

    default String slug(SectionRef section) {
        return section == null ? null : section.slug();
    }
}
