package com.newsdesk.common.cache;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hot public reads, kept as the bytes of their last answer. Any staff write, on this instance or
 * (through PostgreSQL NOTIFY) on another, starts a new generation and so empties it; entries also
 * expire after a short time, which bounds how late a scheduled article appears.
 */
@ApplicationScoped
public class ReadCache {

    /**
     * A cached answer, ready to write: both codings with their tags, and the headers it needs.
     * {@code gzip} is null when the body is too small to be worth compressing.
     */
    public record Entry(
            byte[] identity,
            String etag,
            byte[] gzip,
            String gzipEtag,
            String mediaType,
            String cacheControl,
            List<String> surrogateKeys,
            String lastModified,
            String link,
            long storedAt) {}

    private record Stored(Entry entry, long generation) {}

    private final CacheConfig config;
    private final AtomicLong generation = new AtomicLong();
    private final ConcurrentHashMap<String, Stored> entries = new ConcurrentHashMap<>();

    ReadCache(CacheConfig config) {
        this.config = config;
    }

    public boolean enabled() {
        return config.enabled();
    }

    public Entry get(String key) {
        Stored stored = entries.get(key);
        if (stored == null) {
            return null;
        }
        if (stored.generation() != generation.get()
                || System.nanoTime() - stored.entry().storedAt() > config.ttl().toNanos()) {
            entries.remove(key, stored);
            return null;
        }
        return stored.entry();
    }

    /** The generation a read starts in: what it stores is dropped if a write came in between. */
    public long generation() {
        return generation.get();
    }

    /** Stores an answer computed in generation {@code startedIn}; dropped if a write came in between. */
    public void put(String key, Entry entry, long startedIn) {
        if (startedIn != generation.get()) {
            return;
        }
        if (entries.size() >= config.maxEntries()) {
            entries.clear();
        }
        entries.put(key, new Stored(entry, startedIn));
    }

    public long now() {
        return System.nanoTime();
    }

    /** Something changed: nothing cached so far may be served again. */
    public void invalidate() {
        generation.incrementAndGet();
        entries.clear();
    }
}
