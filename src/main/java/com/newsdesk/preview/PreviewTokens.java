package com.newsdesk.preview;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Preview tokens: the article id and the expiry, signed with an HMAC-SHA256 keyed from {@code
 * newsdesk.secret} (under a label of its own, so no other HMAC of that secret can stand in for
 * one). Nothing is stored: a token is good for its one article until it expires.
 */
@ApplicationScoped
class PreviewTokens {

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final byte[] key;

    PreviewTokens(@ConfigProperty(name = "newsdesk.secret") String secret) {
        this.key = hmac(
                secret.getBytes(StandardCharsets.UTF_8), "newsdesk preview tokens".getBytes(StandardCharsets.UTF_8));
    }

    String issue(UUID article, Instant expires) {
        byte[] claims = ByteBuffer.allocate(24)
                .putLong(article.getMostSignificantBits())
                .putLong(article.getLeastSignificantBits())
                .putLong(expires.getEpochSecond())
                .array();
        return ENCODE.encodeToString(claims) + "." + ENCODE.encodeToString(hmac(key, claims));
    }

    /** The article a valid, unexpired token is for; empty for anything else. */
    Optional<UUID> verify(String token, Instant now) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        byte[] claims;
        byte[] signature;
        try {
            claims = DECODE.decode(token.substring(0, dot));
            signature = DECODE.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (claims.length != 24 || !MessageDigest.isEqual(signature, hmac(key, claims))) {
            return Optional.empty();
        }
        ByteBuffer read = ByteBuffer.wrap(claims);
        UUID article = new UUID(read.getLong(), read.getLong());
        return Instant.ofEpochSecond(read.getLong()).isAfter(now) ? Optional.of(article) : Optional.empty();
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
