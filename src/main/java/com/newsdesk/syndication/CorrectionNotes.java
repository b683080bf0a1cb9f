package com.newsdesk.syndication;

import com.newsdesk.article.CorrectionViews.Correction;
import com.newsdesk.common.Html;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An item's corrections, clarifications and updates as feed readers show them: after the summary,
 * one line each, labelled with their kind and date ("Correction, 4 December 2026: ...").
 */
final class CorrectionNotes {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private CorrectionNotes() {}

    private static String label(Correction note) {
        String kind = note.type().substring(0, 1).toUpperCase(Locale.ROOT)
                + note.type().substring(1);
        return kind + ", " + DAY.format(note.at()) + ": ";
    }

    /** Plain text: the summary, then each note on a paragraph of its own; null when both are absent. */
    static String text(String summary, List<Correction> notes) {
        if (notes == null || notes.isEmpty()) {
            return summary;
        }
        String lines = notes.stream().map(note -> label(note) + note.text()).collect(Collectors.joining("\n\n"));
        return summary == null ? lines : summary + "\n\n" + lines;
    }

    /** HTML, as RSS descriptions are read: every text escaped, each note a paragraph. */
    static String html(String summary, List<Correction> notes) {
        if (notes == null || notes.isEmpty()) {
            return summary == null ? null : Html.escape(summary);
        }
        String paragraphs = notes.stream()
                .map(note -> "<p><strong>" + Html.escape(label(note).trim()) + "</strong> " + Html.escape(note.text())
                        + "</p>")
                .collect(Collectors.joining());
        return summary == null ? paragraphs : "<p>" + Html.escape(summary) + "</p>" + paragraphs;
    }
}
