package com.newsdesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The excerpt of a list entry: whitespace collapsed, cut at a word near the limit. */
class BodyTextExcerptTest {

    /** What the excerpt was before it stopped reading whole paragraphs: the reference. */
    private static String reference(String paragraph) {
        if (paragraph == null || paragraph.isBlank()) {
            return null;
        }
        String text = paragraph.strip().replaceAll("\\s+", " ");
        if (text.length() <= BodyText.EXCERPT_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', BodyText.EXCERPT_LENGTH);
        return text.substring(0, cut > BodyText.EXCERPT_LENGTH / 2 ? cut : BodyText.EXCERPT_LENGTH)
                        .stripTrailing()
                + "…";
    }

    @Test
    void sameExcerptAsCollapsingTheWholeParagraph() {
        Random random = new Random(42);
        String[] pieces = {"grid", "  ", "\n", "\t", "operators", " ", "—", "Kyiv,", "\r\n", "\u2003", "night", "a"};
        for (int n = 0; n < 5_000; n++) {
            StringBuilder paragraph = new StringBuilder();
            int length = random.nextInt(120);
            for (int i = 0; i < length; i++) {
                paragraph.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = paragraph.toString();
            assertEquals(reference(text), BodyText.excerptOf(text), () -> "for [" + text + "]");
        }
    }

    @Test
    void longParagraphIsCutAtAWordWithAnEllipsis() {
        String excerpt = BodyText.excerptOf("word ".repeat(200));
        assertEquals(true, excerpt.endsWith("word…"));
        assertEquals(true, excerpt.length() <= BodyText.EXCERPT_LENGTH + 1);
    }
}
