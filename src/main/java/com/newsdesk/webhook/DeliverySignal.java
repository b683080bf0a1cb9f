package com.newsdesk.webhook;

import com.newsdesk.common.db.AfterCommit;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Wakes this instance's delivery worker when staff queue deliveries, rather than at its next poll. */
@ApplicationScoped
class DeliverySignal {

    private final Semaphore permits = new Semaphore(0);
    private final AfterCommit afterCommit;

    DeliverySignal(AfterCommit afterCommit) {
        this.afterCommit = afterCommit;
    }

    void wakeAfterCommit() {
        afterCommit.run(() -> {
            if (permits.availablePermits() == 0) {
                permits.release();
            }
        });
    }

    void await(Duration timeout) throws InterruptedException {
        permits.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
        permits.drainPermits();
    }
}
