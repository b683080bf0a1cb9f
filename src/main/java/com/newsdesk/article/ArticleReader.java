package com.newsdesk.article;

import com.newsdesk.article.ArticleParts.AudioRef;
import com.newsdesk.article.ArticleParts.AudioView;
import com.newsdesk.article.ArticleParts.Byline;
import com.newsdesk.article.ArticleParts.LeadImageRef;
import com.newsdesk.article.ArticleParts.LeadImageView;
import com.newsdesk.article.ArticleParts.SectionRef;
import com.newsdesk.article.ArticleParts.TagRef;
import com.newsdesk.article.ArticleViews.ArticleAdminView;
import com.newsdesk.article.ArticleViews.ArticleSummary;
import com.newsdesk.article.ArticleViews.ArticleView;
import com.newsdesk.author.AuthorViews.AuthorView;
import com.newsdesk.media.MediaView;
import com.newsdesk.section.SectionView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Turns articles into views. Everything a page of articles refers to (authors, tags, sections,
 * media, related articles) is read in one statement by {@link ArticleRefs}, whatever the page
 * size: no N+1, and a public read of articles costs two statements.
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
        ArticleRefs.Refs context = refs.of(page, false);
        return page.stream().map(article -> summary(article, context)).toList();
    }

    public ArticleView view(Article article, Set<String> include, Set<ArticleFormats> formats) {
        ArticleRefs.Refs context = refs.of(List.of(article), true);
        List<Block> stored = context.bodyOf(article);
        List<BlockView> body = blocks(stored, context);
        List<AuthorView> profiles = bylineAuthors(article, context);
        return mapping.view(
                article,
                new ArticleMapping.ViewParts(
                        article.excerpt != null ? article.excerpt : BodyText.excerpt(stored),
                        sectionRef(article, context),
                        profiles.stream().map(Byline::of).toList(),
                        include.contains("authors") ? profiles : null,
                        tagRefs(article, context),
                        leadImage(article, context),
                        article.audioId != null,
                        include.contains("audio") ? audio(article, context) : null,
                        formats.contains(ArticleFormats.BLOCKS) ? body : null,
                        formats.contains(ArticleFormats.HTML) ? BodyHtml.render(body) : null,
                        formats.contains(ArticleFormats.TEXT) ? article.bodyText : null));
    }

    public ArticleAdminView adminView(Article article) {
        return adminViews(List.of(article)).get(0);
    }

    public List<ArticleAdminView> adminViews(List<Article> page) {
        ArticleRefs.Refs context = refs.of(page, false);
        // One article (after a write, say) has its body at hand; a list reads them all at once.
        Map<UUID, List<Block>> bodies = page.size() == 1 ? Map.of(page.get(0).id, page.get(0).body) : refs.bodies(page);
        return page.stream()
                .map(article -> mapping.adminView(
                        article,
                        new ArticleMapping.AdminParts(
                                bodies.getOrDefault(article.id, List.of()),
                                bylineAuthors(article, context).stream()
                                        .map(Byline::of)
                                        .toList(),
                                sectionRef(article, context),
                                tagRefs(article, context),
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

    private ArticleSummary summary(Article article, ArticleRefs.Refs context) {
        return mapping.summary(
                article,
                new ArticleMapping.SummaryParts(
                        article.excerpt != null ? article.excerpt : BodyText.excerptOf(context.ledeOf(article)),
                        sectionRef(article, context),
                        bylineAuthors(article, context).stream().map(Byline::of).toList(),
                        tagRefs(article, context),
                        leadImage(article, context),
                        article.audioId != null));
    }

    private static String excerpt(Article article) {
        return article.excerpt != null ? article.excerpt : BodyText.excerpt(article.body);
    }

    private static List<AuthorView> bylineAuthors(Article article, ArticleRefs.Refs context) {
        return context.authorsOf(article).stream()
                .map(context.authors()::get)
                .filter(Objects::nonNull)
                .toList();
    }

    private static List<TagRef> tagRefs(Article article, ArticleRefs.Refs context) {
        return context.tagsOf(article).stream()
                .map(context.tags()::get)
                .filter(Objects::nonNull)
                .map(tag -> new TagRef(tag.slug(), tag.name()))
                .toList();
    }

    private static SectionRef sectionRef(Article article, ArticleRefs.Refs context) {
        SectionView section =
                article.sectionId == null ? null : context.sections().get(article.sectionId);
        return section == null ? null : new SectionRef(section.slug(), section.name());
    }

    private static LeadImageView leadImage(Article article, ArticleRefs.Refs context) {
        MediaView image = article.leadImageId == null ? null : context.media().get(article.leadImageId);
        if (image == null) {
            return null;
        }
        String caption = article.leadImageCaption != null ? article.leadImageCaption : image.caption();
        String credit = article.leadImageCredit != null ? article.leadImageCredit : image.credit();
        return new LeadImageView(
                image.id(), image.url(), image.mimeType(), image.alt(), caption, credit, image.width(), image.height());
    }

    private static AudioView audio(Article article, ArticleRefs.Refs context) {
        MediaView audio = article.audioId == null ? null : context.media().get(article.audioId);
        return audio == null
                ? null
                : new AudioView(
                        audio.url(),
                        audio.durationSeconds(),
                        Boolean.TRUE.equals(article.audioAiAssisted),
                        article.audioDisclosure);
    }

    /** Readers' blocks: images with their media, related cards for public articles only. */
    private static List<BlockView> blocks(List<Block> body, ArticleRefs.Refs context) {
        List<BlockView> views = new ArrayList<>(body.size());
        for (Block block : body) {
            if (block instanceof Block.Paragraph p) {
                views.add(new BlockView.ParagraphView(p.text(), p.marks() == null ? List.of() : p.marks()));
            } else if (block instanceof Block.Heading h) {
                views.add(new BlockView.HeadingView(h.text(), h.level()));
            } else if (block instanceof Block.Quote q) {
                views.add(new BlockView.QuoteView(q.text(), q.attribution()));
            } else if (block instanceof Block.ListBlock l) {
                views.add(new BlockView.ListView(l.items(), Boolean.TRUE.equals(l.ordered())));
            } else if (block instanceof Block.Image i) {
                MediaView m = context.media().get(i.mediaId());
                if (m != null) {
                    String caption = i.caption() != null ? i.caption() : m.caption();
                    views.add(new BlockView.ImageView(
                            m.id(),
                            m.url(),
                            m.alt(),
                            caption,
                            i.credit() != null ? i.credit() : m.credit(),
                            m.width(),
                            m.height()));
                }
            } else if (block instanceof Block.Related r) {
                Article target = context.related().get(UUID.fromString(r.article()));
                if (target != null) {
                    views.add(new BlockView.RelatedView(new BlockView.RelatedCard(
                            target.id.toString(), target.slug, target.headline, excerpt(target), target.publishedAt)));
                }
            } else if (block instanceof Block.Embed e) {
                views.add(new BlockView.EmbedView(e.url(), BodyRules.embedHost(e.url())));
            }
        }
        return views;
    }
}
