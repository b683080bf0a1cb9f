package com.newsdesk.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * A paragraph's text with its marks as HTML, in one sweep over the mark boundaries (see {@link
 * BodyHtml}). The open tags form a stack in a fixed order, link outside bold outside italic: when
 * one level changes at a boundary, only the tags inside it are closed and reopened. Overlapping
 * bold and italic marks of the same kind merge. Links cannot overlap (BodyRules refuses it); in a
 * body stored before that rule, the link that starts first wins where two overlap, so each link
 * still opens once and its href is written once.
 */
final class MarkedText {

    private record Span(int start, int end, int order, Block.Mark mark) {}

    private final String text;
    private final List<Span> spans = new ArrayList<>();
    private final StringBuilder out = new StringBuilder();
    private Span openLink;
    private boolean openBold;
    private boolean openItalic;

    MarkedText(String text, List<Block.Mark> marks) {
        this.text = text;
        for (int i = 0; i < marks.size(); i++) {
            Block.Mark mark = marks.get(i);
            if (mark == null || mark.start() == null || mark.end() == null || mark.type() == null) {
                continue;
            }
            int start = Math.max(0, mark.start());
            int end = Math.min(mark.end(), text.length());
            if (start < end && List.of("bold", "italic", "link").contains(mark.type())) {
                spans.add(new Span(start, end, i, mark));
            }
        }
    }

    String html() {
        List<Span> byStart = new ArrayList<>(spans);
        byStart.sort(order());
        List<Span> byEnd = new ArrayList<>(spans);
        byEnd.sort(Comparator.comparingInt(Span::end));
        TreeSet<Integer> cutSet = new TreeSet<>(List.of(0, text.length()));
        spans.forEach(span -> {
            cutSet.add(span.start());
            cutSet.add(span.end());
        });
        Integer[] cuts = cutSet.toArray(Integer[]::new);
        TreeSet<Span> links = new TreeSet<>(order());
        int bold = 0;
        int italic = 0;
        int starts = 0;
        int ends = 0;
        for (int c = 0; c < cuts.length - 1; c++) {
            int at = cuts[c];
            for (; ends < byEnd.size() && byEnd.get(ends).end() == at; ends++) {
                Span span = byEnd.get(ends);
                switch (span.mark().type()) {
                    case "bold" -> bold--;
                    case "italic" -> italic--;
                    default -> links.remove(span);
                }
            }
            for (; starts < byStart.size() && byStart.get(starts).start() == at; starts++) {
                Span span = byStart.get(starts);
                switch (span.mark().type()) {
                    case "bold" -> bold++;
                    case "italic" -> italic++;
                    default -> links.add(span);
                }
            }
            moveTo(links.isEmpty() ? null : links.first(), bold > 0, italic > 0);
            out.append(BodyHtml.escape(text.substring(at, cuts[c + 1])));
        }
        moveTo(null, false, false);
        return out.toString();
    }

    private static Comparator<Span> order() {
        return Comparator.comparingInt(Span::start).thenComparingInt(Span::order);
    }

    /** Closes the open tags from the innermost to the outermost level that changes, then opens the new ones. */
    private void moveTo(Span link, boolean bold, boolean italic) {
        boolean linkChanges = link != openLink;
        boolean boldChanges = linkChanges || bold != openBold;
        boolean italicChanges = boldChanges || italic != openItalic;
        if (italicChanges && openItalic) {
            out.append("</em>");
            openItalic = false;
        }
        if (boldChanges && openBold) {
            out.append("</strong>");
            openBold = false;
        }
        if (linkChanges && openLink != null) {
            out.append("</a>");
            openLink = null;
        }
        if (linkChanges && link != null) {
            out.append("<a href=\"")
                    .append(BodyHtml.escape(BodyHtml.safeUrl(link.mark().href())))
                    .append("\">");
            openLink = link;
        }
        if (boldChanges && bold) {
            out.append("<strong>");
            openBold = true;
        }
        if (italicChanges && italic) {
            out.append("<em>");
            openItalic = true;
        }
    }
}
