package com.newsdesk.article;

import com.newsdesk.article.ArticleViews.ArticleView;
import com.newsdesk.media.MediaView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Public articles as the industry formats (ninjs, JSON-LD) need them: the reader's view with the
 * body as HTML and text, the bylines' profiles and the audio, plus what those formats say and the
 * view does not (every rendition of the media, the row's version and times). One statement.
 */
@ApplicationScoped
public class ArticleExports {

    private static final Set<ArticleFormats> BODIES = EnumSet.of(ArticleFormats.HTML, ArticleFormats.TEXT);
    private static final Set<String> EVERYTHING = Set.of("authors", "audio");

    /** A public article for export. */
    public record Exported(
            ArticleView view,
            MediaView leadImage,
            MediaView audio,
            long version,
            Instant firstPublishedAt,
            Instant changedAt) {}

    /** What may be said of a killed article that readers saw: that it is gone, and why. */
    public record Killed(
            UUID id, String language, long version, Instant firstPublishedAt, Instant killedAt, String notice) {}

    private final ArticleReader reader;
    private final ArticleQueries queries;
    private final Clock clock;

    ArticleExports(ArticleReader reader, ArticleQueries queries, Clock clock) {
        this.reader = reader;
        this.queries = queries;
        this.clock = clock;
    }

    /** The public article with this slug (not a former one), if there is one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Exported> bySlug(String slug) {
        return reader.publicRow(ArticleRefs.Key.SLUG, slug, clock.instant(), true)
                .map(found -> {
                    Article article = found.article();
                    var refs = found.refs();
                    return new Exported(
                            reader.view(article, refs, EVERYTHING, BODIES),
                            article.leadImageId == null ? null : refs.media().get(article.leadImageId),
                            article.audioId == null ? null : refs.media().get(article.audioId),
                            article.version,
                            article.firstPublishedAt != null ? article.firstPublishedAt : article.publishedAt,
                            article.updatedAt);
                });
    }

    /**
     * The killed article that readers saw under this slug (its own or a former one); empty for any
     * other article, and for one killed before it was ever public. Only asked on a miss.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Killed> killed(String slug) {
        return queries.killedUnder(slug)
                .map(article -> new Killed(
                        article.id,
                        article.language,
                        article.version,
                        article.firstPublishedAt,
                        article.killedAt,
                        article.killNotice));
    }
}
