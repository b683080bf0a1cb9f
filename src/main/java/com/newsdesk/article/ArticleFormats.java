package com.newsdesk.article;

import com.newsdesk.common.problem.ProblemException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * {@code formats=}: which representations of the body an article answer carries. The body is sent
 * once by default, as blocks: the structured form that mobile apps render natively and web front
 * ends can turn into markup, with images and related cards as data. {@code html} and {@code text}
 * are there for clients that want markup or plain text ready made (as Ghost's {@code formats}).
 */
public enum ArticleFormats {
    BLOCKS,
    HTML,
    TEXT;

    /** What an article answer carries when formats= is not given. */
    static final Set<ArticleFormats> DEFAULT = java.util.Collections.unmodifiableSet(EnumSet.of(BLOCKS));

    static final String PARAM = "formats";
    static final String NAMES = "blocks, html, text";

    /** The formats asked for; blocks alone when none are. */
    static Set<ArticleFormats> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT;
        }
        Set<ArticleFormats> formats = EnumSet.noneOf(ArticleFormats.class);
        for (String name : raw.split(",")) {
            String trimmed = name.trim().toLowerCase(Locale.ROOT);
            ArticleFormats format = switch (trimmed) {
                case "blocks" -> BLOCKS;
                case "html" -> HTML;
                case "text" -> TEXT;
                default -> null;
            };
            if (format == null) {
                throw new ProblemException.InvalidInput(PARAM, "Must be a comma-separated list of: " + NAMES);
            }
            formats.add(format);
        }
        if (formats.isEmpty()) {
            throw new ProblemException.InvalidInput(PARAM, "Must be a comma-separated list of: " + NAMES);
        }
        return formats;
    }
}
