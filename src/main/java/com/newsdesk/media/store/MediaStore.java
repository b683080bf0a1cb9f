package com.newsdesk.media.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

/**
 * Where uploaded files and their renditions are kept: the file system or an S3 bucket, chosen by
 * {@code newsdesk.media.storage}. Keys are relative paths of lower-case letters, digits, dots,
 * hyphens and slashes, made by Newsdesk, never by a client.
 */
public interface MediaStore {

    /** Stores a file under key, replacing what was there. */
    void put(String key, Path source, String contentType) throws IOException;

    /** Stores bytes under key, replacing what was there. */
    void put(String key, byte[] bytes, String contentType) throws IOException;

    /** The object's size, or empty when there is none. */
    Optional<Long> size(String key) throws IOException;

    /**
     * The object as a local file the HTTP layer can send without copying, when the store is the
     * file system; empty otherwise.
     */
    Optional<Path> localFile(String key);

    /** Reads length bytes of the object from offset. */
    InputStream open(String key, long offset, long length) throws IOException;

    /** Removes the objects; keys with no object are ignored. */
    void delete(Collection<String> keys) throws IOException;

    /** What a key looks like: relative, lower case, no empty or dot-only segments. */
    java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*");

    /** Keys are made here; this refuses anything else, so no key escapes the store. */
    static String checked(String key) {
        if (key == null || !key.matches("[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*") || key.contains("..")) {
            throw new IllegalArgumentException("Not a media key: " + key);
        }
        return key;
    }
}
