package com.newsdesk.common.http;

/**
 * Representations a client chooses with {@code Accept} rather than by URL. Only what changes
 * the answer counts: for the read-cache key, an {@code Accept} header is the representation it
 * chooses, not its text, so the many ways browsers, apps and tools write it make one entry.
 */
public final class Negotiation {

    public static final String NINJS = "application/ninjs+json";
    public static final String JSON_LD = "application/ld+json";

    private Negotiation() {}

    /**
     * Whether this Accept header asks for ninjs over JSON: it names application/ninjs+json with a
     * weight above that of application/json (absent: 0). Wildcards choose JSON, the default.
     */
    public static boolean prefersNinjs(String accept) {
        if (accept == null || !accept.toLowerCase(java.util.Locale.ROOT).contains("ninjs")) {
            return false;
        }
        return weight(accept, NINJS) > weight(accept, "application/json");
    }

    /** What a read-cache key keeps of an Accept header. */
    public static String key(String accept) {
        return prefersNinjs(accept) ? NINJS : "";
    }

    /** The q of a media type named exactly in an Accept header; 0 when it is not named. */
    static double weight(String accept, String type) {
        double found = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            if (!parts[0].trim().equalsIgnoreCase(type)) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].trim();
                if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
                    try {
                        q = Double.parseDouble(parameter.substring(2).trim());
                    } catch (NumberFormatException e) {
                        q = 0; // a weight we cannot read chooses nothing
                    }
                }
            }
            found = Math.max(found, q);
        }
        return found;
    }
}
