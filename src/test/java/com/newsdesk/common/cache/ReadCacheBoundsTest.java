package com.newsdesk.common.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.configuration.MemorySize;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The cache holds at most its byte budget, never a huge answer, and frees expired entries unasked. */
class ReadCacheBoundsTest {

    private static final long SECOND = 1_000_000_000L;
    private static final int MAX_BYTES = 100_000;
    private static final int MAX_ENTRY_BYTES = 20_000;

    private final AtomicLong clock = new AtomicLong(100 * SECOND);
    private final ReadCache cache = new ReadCache(new Config(), clock::get);

    private record Config() implements CacheConfig {
        public boolean enabled() {
            return true;
        }

        public Duration ttl() {
            return Duration.ofSeconds(1);
        }

        public MemorySize maxBytes() {
            return new MemorySize(BigInteger.valueOf(MAX_BYTES));
        }

        public MemorySize maxEntryBytes() {
            return new MemorySize(BigInteger.valueOf(MAX_ENTRY_BYTES));
        }
    }

    private ReadCache.Entry entry(int identityBytes, int gzipBytes) {
        return new ReadCache.Entry(
                new byte[identityBytes],
                "\"tag\"",
                gzipBytes == 0 ? null : new byte[gzipBytes],
                gzipBytes == 0 ? null : "\"tag-gzip\"",
                "application/json",
                "public, max-age=60",
                List.of("article-1"),
                null,
                null,
                "Accept-Encoding",
                clock.get());
    }

    @Test
    void theByteBudgetHoldsAndTheOldestMakeRoom() {
        for (int i = 0; i < 100; i++) {
            cache.put("/api/v1/articles/" + i, entry(8_000, 2_000), cache.generation());
            assertTrue(cache.stats().bytes() <= MAX_BYTES, "after " + i + ": " + cache.stats());
        }
        ReadCache.Stats stats = cache.stats();
        assertTrue(stats.entries() >= 8 && stats.entries() <= 9, stats.toString()); // ~10.5 KB each
        assertNull(cache.get("/api/v1/articles/0"), "the oldest went first");
        assertNotNull(cache.get("/api/v1/articles/99"), "the newest stays");
    }

    @Test
    void bothCodingsAndHeadersCount() {
        cache.put("/a", entry(1_000, 500), cache.generation());
        long bytes = cache.stats().bytes();
        assertTrue(bytes >= 1_500 + ReadCache.ENTRY_OVERHEAD, String.valueOf(bytes));
        cache.put("/a", entry(2_000, 0), cache.generation()); // replaced: counted once
        assertTrue(cache.stats().bytes() < bytes + 1_000, cache.stats().toString());
        assertEquals(1, cache.stats().entries());
    }

    @Test
    void anAnswerOverTheEntryLimitIsNeverStored() {
        cache.put("/big", entry(MAX_ENTRY_BYTES, 0), cache.generation());
        cache.put("/big-with-gzip", entry(MAX_ENTRY_BYTES - 5_000, 5_000), cache.generation());
        assertNull(cache.get("/big"));
        assertNull(cache.get("/big-with-gzip"));
        assertEquals(new ReadCache.Stats(0, 0, MAX_BYTES, 0, 2), cache.stats());
    }

    @Test
    void expiredEntriesAreFreedWithoutBeingReadAgain() {
        for (int i = 0; i < 5; i++) {
            cache.put("/old/" + i, entry(1_000, 0), cache.generation());
        }
        clock.addAndGet(SECOND);
        cache.put("/newer", entry(1_000, 0), cache.generation());
        cache.sweep();
        assertEquals(6, cache.stats().entries(), "an expired entry may still be served while it is recomputed");

        clock.addAndGet(SECOND + 1); // the first five are past twice their lifetime, /newer is not
        cache.sweep();
        assertEquals(1, cache.stats().entries());
        clock.addAndGet(SECOND);
        cache.sweep();
        assertEquals(0, cache.stats().entries());
        assertEquals(0, cache.stats().bytes());
        assertEquals(0, cache.stats().hits() + cache.stats().misses(), "nobody read anything");
    }

    @Test
    void aWriteFreesEverything() {
        cache.put("/a", entry(1_000, 0), cache.generation());
        cache.put("/b", entry(1_000, 0), cache.generation());
        cache.invalidate();
        assertEquals(0, cache.stats().entries());
        assertEquals(0, cache.stats().bytes());
    }
}
