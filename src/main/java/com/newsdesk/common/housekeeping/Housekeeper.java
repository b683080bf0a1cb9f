package com.newsdesk.common.housekeeping;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link Housekeeping} every {@code newsdesk.housekeeping.interval} on every instance (mail
 * delivery or not), guarded by a PostgreSQL advisory lock so that only one instance at a time
 * does the work; the others find the lock taken and skip that round.
 */
@ApplicationScoped
public class Housekeeper {

    /** The advisory lock's key: "newsdesk" housekeeping. */
    static final long LOCK = 0x6E_65_77_73_68_6B_01L;

    private static final Duration FIRST_RUN = Duration.ofMinutes(1);

    private final EntityManager db;
    private final HousekeepingConfig config;
    private final Event<Housekeeping> housekeeping;
    private final Clock clock;
    private ScheduledExecutorService timer;

    Housekeeper(EntityManager db, HousekeepingConfig config, Event<Housekeeping> housekeeping, Clock clock) {
        this.db = db;
        this.config = config;
        this.housekeeping = housekeeping;
        this.clock = clock;
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "newsdesk-housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        long first = Math.min(FIRST_RUN.toMillis(), config.interval().toMillis());
        timer.scheduleWithFixedDelay(this::runQuietly, first, config.interval().toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void runQuietly() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            Log.warnf("Housekeeping failed, trying again in %s: %s", config.interval(), e.toString());
        }
    }

    /** One pass, in one transaction; false when another instance holds the lock right now. */
    public boolean runOnce() {
        return QuarkusTransaction.requiringNew().call(() -> {
            boolean mine = (Boolean) db.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, LOCK)
                    .getSingleResult();
            if (mine) {
                housekeeping.fire(new Housekeeping(clock.instant()));
            }
            return mine;
        });
    }
}
