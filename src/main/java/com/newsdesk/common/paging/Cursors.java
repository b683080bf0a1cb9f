package com.newsdesk.common.paging;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.newsdesk.common.problem.ProblemException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Opaque keyset cursors: the sort key of the last item of a page, base64url-encoded. Clients pass
 * them back unchanged; anything else is a 400 on {@code cursor}, never a 500.
 */
public final class Cursors {

    private static final String VERSION = "v1";
    private static final char SEPARATOR = '\n';

    private Cursors() {}

    public static String encode(String kind, String... keys) {
        // Each key is URL-encoded, so a separator inside a key (a tag name with a newline) cannot split it.
        String plain = VERSION
                + SEPARATOR
                + kind
                + SEPARATOR
                + java.util.Arrays.stream(keys)
                        .map(key -> java.net.URLEncoder.encode(key, UTF_8))
                        .collect(java.util.stream.Collectors.joining(String.valueOf(SEPARATOR)));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(UTF_8));
    }

    /** The keys of a cursor of this kind, or a 400 problem on {@code field} for anything else. */
    public static List<String> decode(String cursor, String kind, int keyCount, String field) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), UTF_8);
            List<String> parts = Arrays.asList(plain.split(String.valueOf(SEPARATOR), -1));
            if (parts.size() == keyCount + 2
                    && parts.get(0).equals(VERSION)
                    && parts.get(1).equals(kind)) {
                return parts.subList(2, parts.size()).stream()
                        .map(key -> java.net.URLDecoder.decode(key, UTF_8))
                        .toList();
            }
        } catch (IllegalArgumentException notBase64) {
            // fall through to the problem below
        }
        throw invalid(field);
    }

    /** The problem for a cursor that decodes but whose keys make no sense. */
    public static ProblemException invalid(String field) {
        return new ProblemException.InvalidInput(
                field,
                "Is not a cursor from this list; pass meta.nextCursor back unchanged, or leave it out to start over");
    }

    /** The position (name, id) of a list in name order; null for the first page. */
    public record NamePosition(String name, UUID id) {}

    /** Decodes a name-order cursor, or a 400 on {@code cursor}; null cursor means the first page. */
    public static NamePosition namePosition(String cursor, String kind) {
        if (cursor == null) {
            return null;
        }
        List<String> keys = decode(cursor, kind, 2, "cursor");
        try {
            return new NamePosition(keys.get(0), UUID.fromString(keys.get(1)));
        } catch (IllegalArgumentException e) {
            throw invalid("cursor");
        }
    }
}
