package com.newsdesk.common.cache;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.quarkus.runtime.configuration.MemorySize;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Expiry sends one request to recompute an entry; the others keep the old answer meanwhile. */
class ReadCacheRefreshTest {

    private static final long SECOND = 1_000_000_000L;

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
            return new MemorySize(BigInteger.valueOf(1 << 20));
        }

        public MemorySize maxEntryBytes() {
            return new MemorySize(BigInteger.valueOf(1 << 18));
        }
    }

    private ReadCache.Entry entry(String body) {
        return new ReadCache.Entry(
                body.getBytes(),
                "\"" + body + "\"",
                null,
                null,
                "application/json",
                "no-cache",
                List.of(),
                null,
                null,
                "Accept-Encoding",
                clock.get());
    }

    @Test
    void oneRequestRecomputesAnExpiredEntryWhileTheOthersGetTheOldOne() {
        ReadCache.Entry first = entry("first");
        cache.put("/feed", first, cache.generation());
        clock.addAndGet(SECOND / 2);
        assertSame(first, cache.get("/feed"));

        clock.addAndGet(SECOND); // expired
        assertNull(cache.get("/feed"), "the first caller after expiry recomputes");
        assertSame(first, cache.get("/feed"), "the others get the expired answer meanwhile");
        assertSame(first, cache.get("/feed"));

        ReadCache.Entry second = entry("second");
        cache.put("/feed", second, cache.generation());
        assertSame(second, cache.get("/feed"));
    }

    @Test
    void anExpiredEntryIsNotServedPastTwiceItsLifetime() {
        cache.put("/feed", entry("first"), cache.generation());
        clock.addAndGet(SECOND + 1);
        assertNull(cache.get("/feed"));
        clock.addAndGet(SECOND); // the recomputation never came back
        assertNull(cache.get("/feed"));
        assertNull(cache.get("/feed"));
    }

    @Test
    void aWriteEndsEveryOldAnswerEvenWhileARecomputationRuns() {
        cache.put("/feed", entry("first"), cache.generation());
        long started = cache.generation();
        clock.addAndGet(SECOND + 1);
        assertNull(cache.get("/feed"));
        cache.invalidate();
        assertNull(cache.get("/feed"), "nothing from before the write");
        cache.put("/feed", entry("computed before the write"), started);
        assertNull(cache.get("/feed"), "an answer computed before the write is dropped");
    }
}
