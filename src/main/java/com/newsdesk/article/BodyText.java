package com.newsdesk.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What is derived from a body and never set by hand: plain text, word count, reading time, excerpt. */
final class BodyText {

    static final int WORDS_PER_MINUTE = 230;
    static final int EXCERPT_LENGTH = 200;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

    private BodyText() {}

    /** The readable text of the body, block by block, separated by blank lines. */
    static String plain(List<Block> body) {
        List<String> parts = new ArrayList<>();
        for (Block block : body) {
            if (block instanceof Block.Paragraph p) {
                parts.add(p.text());
            } else if (block instanceof Block.Heading h) {
                parts.add(h.text());
            } else if (block instanceof Block.Quote q) {
                parts.add(q.attribution() == null ? q.text() : q.text() + " — " + q.attribution());
            } else if (block instanceof Block.ListBlock l) {
                parts.add(String.join("\n", l.items()));
            } else if (block instanceof Block.Image i && i.caption() != null) {
                parts.add(i.caption());
            }
        }
        return String.join(
                "\n\n", parts.stream().filter(part -> !part.isBlank()).toList());
    }

    static int words(String text) {
        Matcher matcher = WORD.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** Whole minutes at about 230 words a minute, at least 1: the page's "1 min read". */
    static int readingMinutes(int words) {
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    /** How much of the first paragraph an article keeps for lists: far more than an excerpt takes. */
    static final int LEDE_LENGTH = 1_000;

    /**
     * The start of the first paragraph with text, stored with the article so that a list makes its
     * excerpt ({@link #excerptOf}) without reading the body; null for none.
     */
    static String lede(List<Block> body) {
        for (Block block : body) {
            if (block instanceof Block.Paragraph p && !p.text().isBlank()) {
                return p.text().length() <= LEDE_LENGTH ? p.text() : p.text().substring(0, LEDE_LENGTH);
            }
        }
        return null;
    }

    /** The first paragraph, cut at a word boundary near 200 characters. */
    static String excerpt(List<Block> body) {
        for (Block block : body) {
            if (block instanceof Block.Paragraph p && !p.text().isBlank()) {
                return excerptOf(p.text());
            }
        }
        return null;
    }

    /** The editor's excerpt of an article, else one made of the stored start of its first paragraph. */
    static String excerpt(Article article) {
        return article.excerpt != null ? article.excerpt : excerptOf(article.lede);
    }

    /** The excerpt made of a first paragraph's text (null for none). */
    static String excerptOf(String paragraph) {
        if (paragraph == null || paragraph.isBlank()) {
            return null;
        }
        String text = collapsed(paragraph.strip(), EXCERPT_LENGTH + 1);
        if (text.length() <= EXCERPT_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EXCERPT_LENGTH);
        return text.substring(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH)
                        .stripTrailing() + "…";
    }

    /**
     * The text with each run of ASCII whitespace as one space, up to {@code max} characters: a
     * list shows the first lines of long paragraphs, and a regex over all of each cost more than
     * the rest of the list entry.
     */
    private static String collapsed(String text, int max) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), max));
        boolean pendingSpace = false;
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
                if (out.length() == max) {
                    break;
                }
            }
            out.append(c);
        }
        return out.toString();
    }
}
