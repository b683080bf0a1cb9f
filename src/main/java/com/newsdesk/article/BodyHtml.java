package com.newsdesk.article;

import java.util.List;

/**
 * Renders body blocks as HTML that keeps only what the blocks mean. Every text is escaped, links
 * are only http, https or mailto (checked when the body is written, and again here), and there is
 * no script, style, event handler or iframe: embeds are plain links a front end may enhance.
 */
final class BodyHtml {

    private BodyHtml() {}

    static String render(List<BlockView> body) {
        StringBuilder html = new StringBuilder();
        for (BlockView block : body) {
            if (block instanceof BlockView.ParagraphView p) {
                html.append("<p>").append(marked(p.text(), p.marks())).append("</p>");
            } else if (block instanceof BlockView.HeadingView h) {
                html.append("<h").append(h.level()).append('>').append(escape(h.text()));
                html.append("</h").append(h.level()).append('>');
            } else if (block instanceof BlockView.QuoteView q) {
                html.append("<blockquote><p>").append(escape(q.text())).append("</p>");
                if (q.attribution() != null) {
                    html.append("<cite>").append(escape(q.attribution())).append("</cite>");
                }
                html.append("</blockquote>");
            } else if (block instanceof BlockView.ListView l) {
                String tag = l.ordered() ? "ol" : "ul";
                html.append('<').append(tag).append('>');
                l.items()
                        .forEach(
                                item -> html.append("<li>").append(escape(item)).append("</li>"));
                html.append("</").append(tag).append('>');
            } else if (block instanceof BlockView.ImageView i) {
                image(html, i);
            } else if (block instanceof BlockView.RelatedView r) {
                html.append("<aside class=\"related\"><a href=\"/articles/")
                        .append(escape(r.article().slug()));
                html.append("\">").append(escape(r.article().headline())).append("</a><p>");
                html.append(escape(
                                r.article().excerpt() == null ? "" : r.article().excerpt()))
                        .append("</p></aside>");
            } else if (block instanceof BlockView.EmbedView e) {
                html.append("<figure class=\"embed\"><a href=\"").append(escape(safeUrl(e.url())));
                html.append("\" rel=\"noopener noreferrer\">")
                        .append(escape(e.url()))
                        .append("</a></figure>");
            }
        }
        return html.toString();
    }

    private static void image(StringBuilder html, BlockView.ImageView i) {
        html.append("<figure><img src=\"").append(escape(safeUrl(i.url()))).append("\" alt=\"");
        html.append(escape(i.alt() == null ? "" : i.alt())).append('"');
        if (i.width() != null) {
            html.append(" width=\"")
                    .append(i.width())
                    .append("\" height=\"")
                    .append(i.height())
                    .append('"');
        }
        html.append('>');
        if (i.caption() != null || i.credit() != null) {
            html.append("<figcaption>");
            if (i.caption() != null) {
                html.append(escape(i.caption()));
            }
            if (i.credit() != null) {
                html.append(" <span class=\"credit\">(")
                        .append(escape(i.credit()))
                        .append(")</span>");
            }
            html.append("</figcaption>");
        }
        html.append("</figure>");
    }

    /**
     * Text with its marks as well-nested tags, in one pass. Tags always nest in one order (link,
     * then bold, then italic), so at a boundary only the tags inside the one that changes are
     * closed and reopened: a constant number of tags per mark, and each link's href written once.
     * The HTML is linear in the text plus the hrefs, whatever the marks.
     */
    private static String marked(String text, List<Block.Mark> marks) {
        if (marks == null || marks.isEmpty()) {
            return escape(text);
        }
        return new MarkedText(text, marks).html();
    }

    /** Only http, https and mailto survive; anything else becomes a harmless "#". */
    static String safeUrl(String url) {
        if (url == null) {
            return "#";
        }
        String lower = url.trim().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:")
                ? url.trim()
                : "#";
    }

    static String escape(String text) {
        return com.newsdesk.common.Html.escape(text);
    }
}
