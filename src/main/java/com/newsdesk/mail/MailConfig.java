package com.newsdesk.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Delivery of mail from the outbox ({@code newsdesk.mail.*}). The SMTP server itself is set with
 * the standard {@code quarkus.mailer.*} settings ({@code QUARKUS_MAILER_HOST}, ...).
 */
@ConfigMapping(prefix = "newsdesk.mail")
public interface MailConfig {

    /** Whether this instance delivers mail from the outbox (every instance may; they share it safely). */
    @WithDefault("true")
    boolean deliver();

    /** How often the outbox is checked when nothing wakes the worker earlier. */
    @WithDefault("1S")
    Duration pollInterval();

    /** Messages claimed by one worker at a time. */
    @WithDefault("20")
    int batchSize();

    /** The first retry after a failed attempt; each further one waits twice as long, up to retryMax. */
    @WithDefault("10S")
    Duration retryInitial();

    @WithDefault("1H")
    Duration retryMax();

    /** After this many attempts a message is failed and not tried again (a permanent 5xx fails at once). */
    @WithDefault("8")
    int maxAttempts();

    /**
     * How long one SMTP send may take. Past it the outcome is unknown: the message is retried once
     * with the same Message-ID, which lets receivers drop a duplicate.
     */
    @WithDefault("60S")
    Duration sendTimeout();

    /**
     * How long a worker's claim on the messages it is sending lasts. A message whose claim expired
     * (its worker died) counts as an unknown outcome. A worker never starts a send that could
     * outlive its claim, so keep this well above sendTimeout.
     */
    @WithDefault("10M")
    Duration claimLease();

    /** Sent mail is deleted after this long (it holds addresses). */
    @WithDefault("30D")
    Duration keepSent();

    /** Failed, skipped and unknown mail is deleted this long after its last attempt. */
    @WithDefault("30D")
    Duration keepFailed();

    /** The address mail comes from; the newsletter's sender name goes with it. */
    @WithDefault("newsletters@newsdesk.localhost")
    String fromAddress();

    /** The domain part of Message-IDs. */
    @WithDefault("newsdesk.localhost")
    String messageIdDomain();
}
