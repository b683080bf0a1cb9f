package com.newsdesk.article;

import com.newsdesk.article.ArticleParts.AudioView;
import com.newsdesk.article.ArticleParts.LeadImageView;
import com.newsdesk.article.ArticleParts.SectionRef;
import com.newsdesk.article.ArticleParts.TagRef;
import com.newsdesk.author.AuthorViews.AuthorView;
import com.newsdesk.media.MediaView;
import com.newsdesk.section.SectionView;
import java.util.List;
import java.util.Objects;

/** What an article's views show of the rows it refers to, looked up in the refs read with it. */
final class ViewRefs {

    private ViewRefs() {}

    /**
     * The latest three key events of each live article of the page, as rows of ArticleRefs'
     * statement; positions keep them newest first.
     */
    static final String KEY_EVENTS_SQL = "SELECT 'keyevent', k.article_id, k.n,"
            + " CAST(json_build_object('id', k.id, 'headline', k.headline, 'at', k.created_at) AS text)"
            + " FROM page p CROSS JOIN LATERAL (SELECT e.id, e.article_id, e.headline, e.created_at,"
            + " CAST(row_number() OVER (ORDER BY e.created_at DESC, e.id DESC) AS integer) AS n FROM live_entry e"
            + " WHERE e.article_id = p.id AND e.key_event AND e.deleted_at IS NULL"
            + " ORDER BY e.created_at DESC, e.id DESC LIMIT 3) k WHERE p.live";

    static List<ArticleParts.KeyEvent> keyEvents(Article article, ArticleRefRows.Refs context) {
        return article.live ? context.keyEvents().getOrDefault(article.id, List.of()) : List.of();
    }

    static List<AuthorView> bylineAuthors(Article article, ArticleRefRows.Refs context) {
        return context.authorsOf(article).stream()
                .map(context.authors()::get)
                .filter(Objects::nonNull)
                .toList();
    }

    static List<TagRef> tagRefs(Article article, ArticleRefRows.Refs context) {
        return context.tagsOf(article).stream()
                .map(context.tags()::get)
                .filter(Objects::nonNull)
                .map(tag -> new TagRef(tag.slug(), tag.name()))
                .toList();
    }

    static SectionRef sectionRef(Article article, ArticleRefRows.Refs context) {
        SectionView section =
                article.sectionId == null ? null : context.sections().get(article.sectionId);
        return section == null ? null : new SectionRef(section.slug(), section.name());
    }

    static LeadImageView leadImage(Article article, ArticleRefRows.Refs context) {
        MediaView image = article.leadImageId == null ? null : context.media().get(article.leadImageId);
        if (image == null) {
            return null;
        }
        String caption = article.leadImageCaption != null ? article.leadImageCaption : image.caption();
        String credit = article.leadImageCredit != null ? article.leadImageCredit : image.credit();
        return new LeadImageView(
                image.id(),
                image.url(),
                image.mimeType(),
                image.alt(),
                caption,
                credit,
                image.width(),
                image.height(),
                image.srcset(),
                image.crops(),
                image.placeholder(),
                image.dominantColor());
    }

    static AudioView audio(Article article, ArticleRefRows.Refs context) {
        MediaView audio = article.audioId == null ? null : context.media().get(article.audioId);
        return audio == null
                ? null
                : new AudioView(
                        audio.url(),
                        audio.durationSeconds(),
                        Boolean.TRUE.equals(article.audioAiAssisted),
                        article.audioDisclosure);
    }
}
