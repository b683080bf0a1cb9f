package com.newsdesk.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Outgoing webhooks ({@code newsdesk.webhooks.*}, environment {@code NEWSDESK_WEBHOOKS_*}). */
@ConfigMapping(prefix = "newsdesk.webhooks")
public interface WebhookConfig {

    /** Whether this instance runs a delivery worker. */
    @WithDefault("true")
    boolean deliver();

    /** How often an idle worker looks for due deliveries. */
    @WithDefault("1S")
    Duration pollInterval();

    /** Deliveries one worker sends at once. */
    @WithDefault("16")
    int batchSize();

    /** The whole of one attempt: connecting, sending, and reading the answer. */
    @WithDefault("15S")
    Duration timeout();

    /** The waits before each retry after the first attempt; when they are used up, the delivery fails. */
    @WithDefault("5S,5M,30M,2H,5H,10H,10H")
    List<Duration> retrySchedule();

    /** An endpoint whose every attempt has failed for this long is disabled. */
    @WithDefault("5D")
    Duration disableAfter();

    /** How long the secret replaced by a rotation still signs beside the new one. */
    @WithDefault("24H")
    Duration secretOverlap();

    /** Plain-http endpoint and purge URLs; off in production, where only https is sent to. */
    @WithDefault("false")
    boolean allowHttp();

    /** CIDRs that outgoing requests may reach although they are internal (an on-premises receiver). */
    Optional<List<String>> allowedNetworks();

    /** How long a worker may hold claimed deliveries before another instance takes them over. */
    @WithDefault("2M")
    Duration claimLease();

    /** How long events and their delivery log are kept. */
    @WithDefault("30D")
    Duration keep();
}
