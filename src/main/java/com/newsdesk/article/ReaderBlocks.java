package com.newsdesk.article;

import com.newsdesk.media.MediaView;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A stored body as readers see it, with what it refers to resolved. */
final class ReaderBlocks {

    private ReaderBlocks() {}

    /** Readers' blocks: images with their media, related cards for public articles only. */
    static List<BlockView> of(List<Block> body, ArticleRefRows.Refs context) {
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
                            target.id.toString(),
                            target.slug,
                            target.headline,
                            BodyText.excerpt(target),
                            target.publishedAt)));
                }
            } else if (block instanceof Block.Embed e) {
                views.add(new BlockView.EmbedView(e.url(), BodyRules.embedHost(e.url())));
            }
        }
        return views;
    }
}
