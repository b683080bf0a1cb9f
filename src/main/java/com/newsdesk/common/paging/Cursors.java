package com.newsdesk.common.paging;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.newsdesk.common.problem.ProblemException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Opaque keyset cursors: the sort key of the last item of a page, base64url-encoded, followed by
 * an HMAC of it keyed with {@code newsdesk.secret}. Clients pass them back unchanged; anything
 * else, a cursor we did not issue in particular, is a 400 on {@code cursor}, never a 500. Signing
 * matters because keys such as search offsets decide how much work a request costs.
 */
public final class Cursors {

    private static final String VERSION = "v1";
    private static final char SEPARATOR = '\n';
    private static final int MAC_BYTES = 16;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

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
        byte[] bytes = plain.getBytes(UTF_8);
        return B64.encodeToString(bytes) + "." + B64.encodeToString(mac(bytes));
    }

    /** The keys of a cursor of this kind, or a 400 problem on {@code field} for anything else. */
    public static List<String> decode(String cursor, String kind, int keyCount, String field) {
        int dot = cursor == null ? -1 : cursor.indexOf('.');
        if (dot < 0) {
            throw invalid(field);
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cursor.substring(0, dot));
            byte[] mac = Base64.getUrlDecoder().decode(cursor.substring(dot + 1));
            if (!MessageDigest.isEqual(mac, mac(bytes))) {
                throw invalid(field);
            }
            String plain = new String(bytes, UTF_8);
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

    /** A keyed MAC to clone per use: a list page signs one or two cursors, and keying costs more than signing. */
    private record Keyed(String secret, Mac prototype) {}

    private static volatile Keyed keyed;

    private static byte[] mac(byte[] plain) {
        String secret = ConfigProvider.getConfig().getValue("newsdesk.secret", String.class);
        try {
            Keyed current = keyed;
            if (current == null || !current.secret().equals(secret)) {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(UTF_8), "HmacSHA256"));
                mac.update("newsdesk-cursor\n".getBytes(UTF_8)); // apart from every other use of the secret
                current = new Keyed(secret, mac);
                keyed = current;
            }
            Mac mac = (Mac) current.prototype().clone();
            return Arrays.copyOf(mac.doFinal(plain), MAC_BYTES);
        } catch (GeneralSecurityException | CloneNotSupportedException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
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
