package com.newsdesk.common.http;

/** Parsing and comparing entity tags (RFC 9110 §8.8.3, §13.1.2). */
public final class EntityTags {

    private EntityTags() {}

    /**
     * Which of the current tags an {@code If-None-Match} header matches, using the weak comparison
     * that RFC 9110 prescribes for it; {@code null} when none does. The identity tag matches both
     * itself and its gzip variant, since a cache may hold either.
     */
    public static String match(String ifNoneMatch, String identityTag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return null;
        }
        String gzipTag = withSuffix(identityTag, Representation.GZIP_SUFFIX);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return identityTag;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(identityTag)) {
                return identityTag;
            }
            if (tag.equals(gzipTag)) {
                return gzipTag;
            }
        }
        return null;
    }

    /**
     * Whether an {@code If-Match} header matches the current identity tag, with the strong
     * comparison RFC 9110 prescribes for it. The gzip variant of the same tag names the same
     * content, so it matches too.
     */
    static boolean matchesStrongly(String ifMatch, String identityTag) {
        String gzipTag = withSuffix(identityTag, Representation.GZIP_SUFFIX);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(identityTag) || tag.equals(gzipTag)) {
                return true;
            }
        }
        return false;
    }

    static String withSuffix(String quotedTag, String suffix) {
        return quotedTag.substring(0, quotedTag.length() - 1) + suffix + "\"";
    }
}
