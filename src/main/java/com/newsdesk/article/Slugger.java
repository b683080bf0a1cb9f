package com.newsdesk.article;

import java.text.Normalizer;
import java.util.Locale;

/** Slugs from headlines: lower-case ASCII letters, digits and hyphens. */
final class Slugger {

    /** Leaves room for a "-N" suffix within the 150 characters a slug may have. */
    static final int MAX = 140;

    private Slugger() {}

    static String fromHeadline(String headline) {
        String ascii = Normalizer.normalize(headline, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
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
