package com.newsdesk.article;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/** Slugs from headlines: lower-case ASCII letters, digits and hyphens. */
final class Slugger {

    /** Leaves room for a "-N" suffix within the 150 characters a slug may have. */
    static final int MAX = 140;

    private Slugger() {}

    /** Ukrainian Cyrillic in Latin letters, after the national transliteration of 2010 (KMU 55). */
    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('а', "a"),
            Map.entry('б', "b"),
            Map.entry('в', "v"),
            Map.entry('г', "h"),
            Map.entry('ґ', "g"),
            Map.entry('д', "d"),
            Map.entry('е', "e"),
            Map.entry('є', "ie"),
            Map.entry('ж', "zh"),
            Map.entry('з', "z"),
            Map.entry('и', "y"),
            Map.entry('і', "i"),
            Map.entry('ї', "i"),
            Map.entry('й', "i"),
            Map.entry('к', "k"),
            Map.entry('л', "l"),
            Map.entry('м', "m"),
            Map.entry('н', "n"),
            Map.entry('о', "o"),
            Map.entry('п', "p"),
            Map.entry('р', "r"),
            Map.entry('с', "s"),
            Map.entry('т', "t"),
            Map.entry('у', "u"),
            Map.entry('ф', "f"),
            Map.entry('х', "kh"),
            Map.entry('ц', "ts"),
            Map.entry('ч', "ch"),
            Map.entry('ш', "sh"),
            Map.entry('щ', "shch"),
            Map.entry('ь', ""),
            Map.entry('ю', "iu"),
            Map.entry('я', "ia"),
            Map.entry('ы', "y"),
            Map.entry('э', "e"),
            Map.entry('ё', "e"),
            Map.entry('ъ', ""));

    /** At the start of a word these letters are written differently. */
    private static final Map<Character, String> FIRST = Map.of('є', "ye", 'ї', "yi", 'й', "y", 'ю', "yu", 'я', "ya");

    static String transliterate(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c == '\'' || c == '’') && cyrillic(lower, i - 1) && cyrillic(lower, i + 1)) {
                continue; // the apostrophe inside a Ukrainian word is not written
            }
            boolean first = i == 0
                    || !(Character.isLetter(lower.charAt(i - 1))
                            || (i > 1 && "'’".indexOf(lower.charAt(i - 1)) >= 0 && cyrillic(lower, i - 2)));
            String latin = first && FIRST.containsKey(c) ? FIRST.get(c) : LETTERS.get(c);
            if (c == 'г' && i > 0 && lower.charAt(i - 1) == 'з') {
                latin = "gh"; // зг is zgh, apart from ж (zh)
            }
            out.append(latin == null ? String.valueOf(c) : latin);
        }
        return out.toString();
    }

    private static boolean cyrillic(String text, int i) {
        return i >= 0
                && i < text.length()
                && Character.UnicodeBlock.of(text.charAt(i)) == Character.UnicodeBlock.CYRILLIC;
    }

    static String fromHeadline(String headline) {
        String ascii = Normalizer.normalize(transliterate(headline), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX);
            int cut = slug.lastIndexOf('-');
            slug = cut > MAX / 2 ? slug.substring(0, cut) : slug.replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "article" : slug;
    }
}
