package com.newsdesk.common.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

/** Response bytes in one content coding, with their strong entity tag. */
public record Representation(byte[] bytes, String contentEncoding, String etag) {

    static final String GZIP_SUFFIX = "-gzip";

    static Representation of(byte[] identity) {
        return new Representation(identity, "identity", "\"" + hash(identity) + "\"");
    }

    /** The gzip coding of this identity representation: other bytes, so another tag. */
    public Representation gzipped() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bytes.length / 3));
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Representation(out.toByteArray(), "gzip", EntityTags.withSuffix(etag, GZIP_SUFFIX));
    }

    private static String hash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            // 128 bits are plenty to tell versions of one resource apart.
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
