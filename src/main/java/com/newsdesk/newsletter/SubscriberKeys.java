package com.newsdesk.newsletter;

import com.newsdesk.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Everything keyed with the server secret ({@code NEWSDESK_SECRET}): fingerprints of client
 * networks and of email addresses, and the signed, opaque tokens of unsubscribe and preference
 * links. Confirmation tokens are random instead, and kept only as a SHA-256.
 */
@ApplicationScoped
public class SubscriberKeys {

    /** What a signed token is for; part of what is signed, so one kind never passes for another. */
    public enum Purpose {
        UNSUBSCRIBE((byte) 'u'),
        PREFERENCES((byte) 'p');

        private final byte code;

        Purpose(byte code) {
            this.code = code;
        }
    }

    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
    private static final int MAC_BYTES = 16;
    /** Preferences tokens with an issue time; 'p' ones (without) are from before they expired. */
    private static final byte TIMED_PREFERENCES = (byte) 'q';

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    SubscriberKeys(@ConfigProperty(name = "newsdesk.secret") String secret) {
        if (secret.length() < 32) {
            throw new IllegalStateException("NEWSDESK_SECRET must be at least 32 characters long");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /**
     * A fingerprint of the client's network, its /24 (IPv4) or /48 (IPv6): enough to tell sign-ups
     * from one place apart, and, keyed, not reversible the way a plain hash of an IPv4 address is.
     */
    public String networkFingerprint(String clientAddress) {
        byte[] address;
        try {
            address = InetAddress.getByName(clientAddress).getAddress(); // a literal: no DNS lookup
        } catch (UnknownHostException | RuntimeException e) {
            address = clientAddress.getBytes(StandardCharsets.UTF_8);
        }
        byte[] prefix = address.length == 4 ? Arrays.copyOf(address, 3) : Arrays.copyOf(address, 6);
        return BASE64.encodeToString(Arrays.copyOf(mac("net", prefix), 16));
    }

    /** A keyed fingerprint of a normalised email address, for counters and erasure records. */
    public String emailFingerprint(String emailKey) {
        return BASE64.encodeToString(Arrays.copyOf(mac("email", emailKey.getBytes(StandardCharsets.UTF_8)), 16));
    }

    /** A new random confirmation token (43 characters, 256 bits). */
    public String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return BASE64.encodeToString(bytes);
    }

    /** What is stored of a random token. */
    public static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A signed token naming {@code id} for {@code purpose}: opaque, unguessable, needs no storage. */
    public String sign(Purpose purpose, UUID id) {
        ByteBuffer payload = ByteBuffer.allocate(17).put(purpose.code);
        payload.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        return signed(payload.array());
    }

    /** A preferences token: names the reader and when it was issued, so that it can expire. */
    public String signPreferences(UUID subscriberId, Instant issuedAt) {
        ByteBuffer payload = ByteBuffer.allocate(25).put(TIMED_PREFERENCES);
        payload.putLong(subscriberId.getMostSignificantBits()).putLong(subscriberId.getLeastSignificantBits());
        payload.putLong(issuedAt.getEpochSecond());
        return signed(payload.array());
    }

    /** The id a signed token names, or a 400 on {@code field} when it is not one of ours. */
    public UUID verify(Purpose purpose, String token, String field) {
        byte[] payload = payload(token, 17);
        if (payload != null && payload[0] == purpose.code) {
            ByteBuffer ids = ByteBuffer.wrap(payload, 1, 16);
            return new UUID(ids.getLong(), ids.getLong());
        }
        throw notOurs(field);
    }

    /** A preferences token's reader and issue time; tokens from before they carried one were issued at the epoch. */
    public Issued verifyPreferences(String token, String field) {
        byte[] timed = payload(token, 25);
        if (timed != null && timed[0] == TIMED_PREFERENCES) {
            ByteBuffer fields = ByteBuffer.wrap(timed, 1, 24);
            return new Issued(new UUID(fields.getLong(), fields.getLong()), Instant.ofEpochSecond(fields.getLong()));
        }
        return new Issued(verify(Purpose.PREFERENCES, token, field), Instant.EPOCH);
    }

    /** What a timed token names, and since when. */
    public record Issued(UUID id, Instant issuedAt) {}

    private String signed(byte[] payload) {
        byte[] signed = ByteBuffer.allocate(payload.length + MAC_BYTES)
                .put(payload)
                .put(Arrays.copyOf(mac("token", payload), MAC_BYTES))
                .array();
        return BASE64.encodeToString(signed);
    }

    /** The payload of a token of ours with this payload length, or null. */
    private byte[] payload(String token, int length) {
        byte[] bytes;
        try {
            bytes = token == null ? new byte[0] : Base64.getUrlDecoder().decode(token.trim());
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length != length + MAC_BYTES) {
            return null;
        }
        byte[] payload = Arrays.copyOf(bytes, length);
        byte[] expected = Arrays.copyOf(mac("token", payload), MAC_BYTES);
        return MessageDigest.isEqual(expected, Arrays.copyOfRange(bytes, length, bytes.length)) ? payload : null;
    }

    private static ProblemException notOurs(String field) {
        return new ProblemException.InvalidInput(field, "This link is not valid; please use the link from our email");
    }

    private byte[] mac(String context, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(context.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) 0);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
