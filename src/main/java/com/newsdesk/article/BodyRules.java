package com.newsdesk.article;

import com.newsdesk.common.problem.Problem.FieldError;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks a body needs beyond Bean Validation: mark ranges, link schemes, embed providers. */
final class BodyRules {

    private BodyRules() {}

    /** Checks the blocks of {@code body} that are not {@code unchanged}, naming each by its index. */
    static void check(
            List<Block> body, Set<Block> unchanged, Set<String> embedHosts, String field, List<FieldError> errors) {
        for (int i = 0; i < body.size(); i++) {
            Block block = body.get(i);
            if (unchanged.contains(block)) {
                continue;
            }
            String at = field + "[" + i + "]";
            // Nulls were reported by Bean Validation; only complete values are checked here.
            if (block instanceof Block.Paragraph p && p.marks() != null && p.text() != null) {
                for (int m = 0; m < p.marks().size(); m++) {
                    Block.Mark mark = p.marks().get(m);
                    if (mark != null && mark.start() != null && mark.end() != null) {
                        mark(p.text(), mark, at + ".marks[" + m + "]", errors);
                    }
                }
                linksApart(p, at, errors);
            } else if (block instanceof Block.Embed e && e.url() != null) {
                String host = embedHost(e.url());
                if (host == null || !embedHosts.contains(host)) {
                    errors.add(new FieldError(
                            at + ".url",
                            "Must be an https URL of an allowed provider: "
                                    + String.join(", ", new java.util.TreeSet<>(embedHosts))));
                }
            }
        }
    }

    private static void mark(String text, Block.Mark mark, String at, List<FieldError> errors) {
        if (!Set.of("bold", "italic", "link").contains(mark.type())) {
            errors.add(new FieldError(at + ".type", "Must be one of: bold, italic, link"));
        }
        if (mark.end() > text.length() || mark.start() >= mark.end()) {
            errors.add(new FieldError(at, "Must cover text[start, end) with 0 <= start < end <= " + text.length()));
        }
        if ("link".equals(mark.type())) {
            if (mark.href() == null || BodyHtml.safeUrl(mark.href()).equals("#")) {
                errors.add(new FieldError(at + ".href", "A link needs an http, https or mailto URL"));
            }
        } else if (mark.href() != null) {
            errors.add(new FieldError(at + ".href", "Only links have an href"));
        }
    }

    /**
     * Links may not overlap or nest: a link inside a link is invalid HTML, and overlapping links
     * would make the rendered HTML grow with the square of their number. Bold and italic may
     * overlap anything.
     */
    private static void linksApart(Block.Paragraph p, String at, List<FieldError> errors) {
        List<Integer> links = new ArrayList<>();
        for (int m = 0; m < p.marks().size(); m++) {
            Block.Mark mark = p.marks().get(m);
            if (mark != null
                    && "link".equals(mark.type())
                    && mark.start() != null
                    && mark.end() != null
                    && mark.start() < mark.end()) {
                links.add(m);
            }
        }
        links.sort(Comparator.comparing(m -> p.marks().get(m).start()));
        int reach = -1;
        int reacher = -1;
        for (int m : links) {
            Block.Mark mark = p.marks().get(m);
            if (mark.start() < reach) {
                errors.add(new FieldError(
                        at + ".marks[" + m + "]",
                        "Links must not overlap or nest; this one overlaps the link of marks[" + reacher + "]"));
            }
            if (mark.end() > reach) {
                reach = mark.end();
                reacher = m;
            }
        }
    }

    /** The host of an https URL, without "www.", or null. */
    static String embedHost(String url) {
        try {
            URI uri = URI.create(url.trim());
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                return null;
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
