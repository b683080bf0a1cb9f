package com.newsdesk.common.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Hot public reads, kept as the bytes of their last answer. Any staff write, on this instance or
 * (through PostgreSQL NOTIFY) on another, starts a new generation and so empties it; entries also
 * expire after a short time, which bounds how late a scheduled article appears.
 *
 * <p>When an entry expires, one request recomputes it while the others are still answered from the
 * expired entry (for at most {@code ttl} more), so a hot key costs one query per period instead of
 * one per waiting connection. This only applies to expiry: after a write nothing from an older
 * generation is served.
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

    /** {@code refreshing} is set once one request has been sent to recompute an expired entry. */
    private record Stored(Entry entry, long generation, AtomicBoolean refreshing) {}

    private final CacheConfig config;
    private final LongSupplier ticker;
    private final AtomicLong generation = new AtomicLong();
    private final ConcurrentHashMap<String, Stored> entries = new ConcurrentHashMap<>();

    @Inject
    ReadCache(CacheConfig config) {
        this(config, System::nanoTime);
    }

    ReadCache(CacheConfig config, LongSupplier ticker) {
        this.config = config;
        this.ticker = ticker;
    }

    public boolean enabled() {
        return config.enabled();
    }

    /** The answer to serve, or null when the caller should compute (and {@link #put}) it. */
    public Entry get(String key) {
        Stored stored = entries.get(key);
        if (stored == null) {
            return null;
        }
        long age = ticker.getAsLong() - stored.entry().storedAt();
        long ttl = config.ttl().toNanos();
        if (stored.generation() != generation.get() || age > 2 * ttl) {
            entries.remove(key, stored);
            return null;
        }
        if (age <= ttl || !stored.refreshing().compareAndSet(false, true)) {
            return stored.entry(); // fresh, or expired while another request recomputes it
        }
        return null; // expired: this request recomputes it
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
        entries.put(key, new Stored(entry, startedIn, new AtomicBoolean()));
    }

    public long now() {
        return ticker.getAsLong();
    }

    /** Something changed: nothing cached so far may be served again. */
    public void invalidate() {
        generation.incrementAndGet();
        entries.clear();
    }
}
