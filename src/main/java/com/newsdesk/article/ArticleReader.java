package com.newsdesk.article;

import com.newsdesk.article.ArticleParts.AudioRef;
import com.newsdesk.article.ArticleParts.Byline;
import com.newsdesk.article.ArticleParts.LeadImageRef;
import com.newsdesk.article.ArticleViews.ArticleSummary;
import com.newsdesk.article.ArticleViews.ArticleView;
import com.newsdesk.author.AuthorViews.AuthorView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Turns articles into views. Everything a page of articles refers to (authors, tags, sections,
 * media, related articles) is read in one statement by {@link ArticleRefs}, whatever the page
 * size: no N+1. A reader's article and a public page of articles come with their references in
 * one statement; staff views and other lists read the articles first, so they cost two.
 */
@ApplicationScoped
public class ArticleReader {

    private final ArticleRefs refs;
    private final ArticleMapping mapping;

    ArticleReader(ArticleRefs refs, ArticleMapping mapping) {
        this.refs = refs;
        this.mapping = mapping;
    }

    /** The stored article as the input that would write it: what a merge patch merges over. */
    public ArticleInputs.NewArticle asInput(ArticleAdminView view) {
        return mapping.input(view);
    }

    public List<ArticleSummary> summaries(List<Article> page) {
        ArticleRefRows.Refs context = refs.of(page, false);
        return page.stream().map(article -> summary(article, context)).toList();
    }

    /**
     * The public article with this slug or id as readers see it, in one statement; empty when
     * there is none.
     */
    public Optional<ArticleView> publicView(
            ArticleRefs.Key key, Object value, Instant now, Set<String> include, Set<ArticleFormats> formats) {
        return publicRow(key, value, now, formats.contains(ArticleFormats.TEXT))
                .map(found -> view(found.article(), found.refs(), include, formats));
    }

    /** The public article with this slug or id and everything it refers to: one statement. */
    Optional<ArticleRefs.Single> publicRow(ArticleRefs.Key key, Object value, Instant now, boolean withText) {
        return refs.single(key, value, now, withText, false);
    }

    /** A reader's article in its default representation, and the stamp of an answer made of it. */
    record Built(UUID id, ArticleView view, ArticleAnswers.Stamp stamp) {}

    /**
     * The public article with this slug or id in its default representation (no include, the body
     * as blocks), with what {@link ArticleAnswers} stamps it with: one statement.
     */
    Optional<Built> publicDefault(ArticleRefs.Key key, Object value, Instant now, ArticleAnswers answers) {
        return refs.single(key, value, now, false, true)
                .map(found -> new Built(
                        found.article().id,
                        view(found.article(), found.refs(), Set.of(), ArticleFormats.DEFAULT),
                        answers.stamp(found.stamp())));
    }

    /** A public article's summary, and the stamp {@link SummaryAnswers} keeps it with. */
    record Stamped(Article article, ArticleSummary summary, String stamp) {}

    /** The public ones of these articles as summaries, each with its stamp: one statement. */
    List<Stamped> stampedSummaries(List<UUID> ids) {
        ArticleRefs.Listing listing = refs.list(
                "SELECT a.*, a.xmin AS row_version, row_number() OVER (ORDER BY a.published_at DESC, a.id DESC) AS n"
                        + " FROM article a WHERE a.id IN (:ids) AND " + ArticleFilter.publicSql("a"),
                Map.of("ids", ids),
                true);
        return listing.articles().stream()
                .map(article -> new Stamped(
                        article,
                        summary(article, listing.refs()),
                        listing.stamps().get(article.id)))
                .toList();
    }

    /** A public article in a list: the row (for its cursor) and what readers see of it. */
    public record Listed(Article article, ArticleSummary summary) {}

    /**
     * Up to {@code count} public articles newest first, after (afterTime, afterId) and newer than
     * (sinceTime, sinceId) when given, as summaries: one statement. The limit is written into the
     * statement, not bound: public connections plan statements once for all values, and with a
     * bound limit PostgreSQL planned for thousands of rows and hashed whole tables (media,
     * authors, tags) for every page of twenty.
     */
    public List<Listed> publicPage(
            ArticleFilter filter,
            Instant afterTime,
            UUID afterId,
            Instant sinceTime,
            UUID sinceId,
            int count,
            Instant now) {
        PublicPage page = PublicPage.of(filter, afterTime, afterId, sinceTime, sinceId);
        return listed(
                "SELECT a.*, row_number() OVER (ORDER BY a.published_at DESC, a.id DESC) AS n FROM article a WHERE "
                        + page.where() + " ORDER BY a.published_at DESC, a.id DESC LIMIT " + count,
                page.parameters());
    }

    /**
     * The articles {@code pageSql} selects (every column of article, and their order as {@code n}),
     * as summaries in that order: one statement.
     */
    List<Listed> listed(String pageSql, Map<String, Object> parameters) {
        ArticleRefs.Listing listing = refs.list(pageSql, parameters);
        return listing.articles().stream()
                .map(article -> new Listed(article, summary(article, listing.refs())))
                .toList();
    }

    ArticleView view(Article article, ArticleRefRows.Refs context, Set<String> include, Set<ArticleFormats> formats) {
        List<Block> stored = context.bodyOf(article);
        List<BlockView> body = ReaderBlocks.of(stored, context);
        List<AuthorView> profiles = ViewRefs.bylineAuthors(article, context);
        return mapping.view(
                article,
                new ArticleMapping.ViewParts(
                        article.excerpt != null ? article.excerpt : BodyText.excerpt(stored),
                        ViewRefs.sectionRef(article, context),
                        profiles.stream().map(Byline::of).toList(),
                        include.contains("authors") ? profiles : null,
                        ViewRefs.tagRefs(article, context),
                        ViewRefs.leadImage(article, context),
                        article.audioId != null,
                        include.contains("audio") ? ViewRefs.audio(article, context) : null,
                        formats.contains(ArticleFormats.BLOCKS) ? body : null,
                        formats.contains(ArticleFormats.HTML) ? BodyHtml.render(body) : null,
                        formats.contains(ArticleFormats.TEXT) ? article.bodyText : null));
    }

    public ArticleAdminView adminView(Article article) {
        return adminViews(List.of(article)).get(0);
    }

    public List<ArticleAdminView> adminViews(List<Article> page) {
        ArticleRefRows.Refs context = refs.of(page, false);
        // One article (after a write, say) has its body at hand; a list reads them all at once.
        Map<UUID, List<Block>> bodies = page.size() == 1 ? Map.of(page.get(0).id, page.get(0).body) : refs.bodies(page);
        return page.stream()
                .map(article -> mapping.adminView(
                        article,
                        new ArticleMapping.AdminParts(
                                bodies.getOrDefault(article.id, List.of()),
                                ViewRefs.bylineAuthors(article, context).stream()
                                        .map(Byline::of)
                                        .toList(),
                                ViewRefs.sectionRef(article, context),
                                ViewRefs.tagRefs(article, context),
                                article.leadImageId == null
                                        ? null
                                        : new LeadImageRef(
                                                article.leadImageId.toString(),
                                                article.leadImageCaption,
                                                article.leadImageCredit),
                                article.audioId == null
                                        ? null
                                        : new AudioRef(
                                                article.audioId.toString(),
                                                Boolean.TRUE.equals(article.audioAiAssisted),
                                                article.audioDisclosure))))
                .toList();
    }

    private ArticleSummary summary(Article article, ArticleRefRows.Refs context) {
        return mapping.summary(
                article,
                new ArticleMapping.SummaryParts(
                        BodyText.excerpt(article),
                        ViewRefs.sectionRef(article, context),
                        ViewRefs.bylineAuthors(article, context).stream()
                                .map(Byline::of)
                                .toList(),
                        ViewRefs.tagRefs(article, context),
                        ViewRefs.leadImage(article, context),
                        article.audioId != null,
                        ViewRefs.keyEvents(article, context)));
    }
}
