package com.newsdesk.common.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
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
 *
 * <p>Memory is bounded in bytes ({@link CacheConfig#maxBytes()}): entries are queued in the order
 * they were stored, the oldest make room for a new one, and {@link #sweep()} (run every ttl by
 * {@link CacheSweeper}) frees expired entries whether or not anyone asks for them again.
 */
@ApplicationScoped
public class ReadCache {

    /** Rough bookkeeping cost of an entry beyond its bytes and strings (objects, map and queue nodes). */
    static final int ENTRY_OVERHEAD = 256;

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
            String vary,
            long storedAt) {

        /** About the memory this entry holds, in bytes. */
        long weight(String key) {
            long strings = length(key)
                    + length(etag)
                    + length(gzipEtag)
                    + length(mediaType)
                    + length(cacheControl)
                    + length(lastModified)
                    + length(link)
                    + length(vary);
            for (String surrogateKey : surrogateKeys) {
                strings += length(surrogateKey);
            }
            return identity.length + (gzip == null ? 0 : gzip.length) + 2 * strings + ENTRY_OVERHEAD;
        }

        private static int length(String value) {
            return value == null ? 0 : value.length();
        }
    }

    /** {@code refreshing} is set once one request has been sent to recompute an expired entry. */
    private record Stored(String key, Entry entry, long generation, long weight, AtomicBoolean refreshing) {}

    /** What staff see of the cache. */
    public record Stats(long entries, long bytes, long maxBytes, long hits, long misses) {}

    private final CacheConfig config;
    private final LongSupplier ticker;
    private final AtomicLong generation = new AtomicLong();
    private final ConcurrentHashMap<String, Stored> entries = new ConcurrentHashMap<>();
    /** Every stored entry in the order it was stored; replaced or removed ones are skipped when met. */
    private final Queue<Stored> order = new ConcurrentLinkedQueue<>();

    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

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
        Entry entry = lookup(key);
        (entry == null ? misses : hits).incrementAndGet();
        return entry;
    }

    private Entry lookup(String key) {
        Stored stored = entries.get(key);
        if (stored == null) {
            return null;
        }
        if (dead(stored)) {
            remove(stored);
            return null;
        }
        long age = ticker.getAsLong() - stored.entry().storedAt();
        if (age <= config.ttl().toNanos() || !stored.refreshing().compareAndSet(false, true)) {
            return stored.entry(); // fresh, or expired while another request recomputes it
        }
        return null; // expired: this request recomputes it
    }

    /** From before the last write, or older than twice its lifetime: never served again. */
    private boolean dead(Stored stored) {
        return stored.generation() != generation.get()
                || ticker.getAsLong() - stored.entry().storedAt()
                        > 2 * config.ttl().toNanos();
    }

    /** The generation a read starts in: what it stores is dropped if a write came in between. */
    public long generation() {
        return generation.get();
    }

    /**
     * Stores an answer computed in generation {@code startedIn}; dropped if a write came in between
     * or if it is larger than {@link CacheConfig#maxEntryBytes()}.
     */
    public void put(String key, Entry entry, long startedIn) {
        long weight = entry.weight(key);
        if (startedIn != generation.get() || weight > config.maxEntryBytes().asLongValue()) {
            return;
        }
        Stored stored = new Stored(key, entry, startedIn, weight, new AtomicBoolean());
        Stored previous = entries.put(key, stored);
        bytes.addAndGet(weight - (previous == null ? 0 : previous.weight()));
        order.add(stored);
        long max = config.maxBytes().asLongValue();
        while (bytes.get() > max) {
            Stored oldest = order.poll();
            if (oldest == null) {
                break;
            }
            remove(oldest);
        }
    }

    /** Frees what may never be served again; the queue is in storing order, so it stops at the first live entry. */
    public void sweep() {
        for (Stored oldest = order.peek(); oldest != null; oldest = order.peek()) {
            if (entries.get(oldest.key()) == oldest && !dead(oldest)) {
                return;
            }
            if (order.remove(oldest)) {
                remove(oldest);
            }
        }
    }

    private void remove(Stored stored) {
        if (entries.remove(stored.key(), stored)) {
            bytes.addAndGet(-stored.weight());
        }
    }

    public long now() {
        return ticker.getAsLong();
    }

    /** Something changed: nothing cached so far may be served again. */
    public void invalidate() {
        generation.incrementAndGet();
        entries.values().forEach(this::remove);
        sweep(); // let go of the bytes now, not at the next sweep
    }

    public Stats stats() {
        return new Stats(entries.size(), bytes.get(), config.maxBytes().asLongValue(), hits.get(), misses.get());
    }
}
