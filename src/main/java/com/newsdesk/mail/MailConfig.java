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

    /** Sent mail is deleted after this long (it holds addresses). */
    @WithDefault("30D")
    Duration keepSent();

    /** The address mail comes from; the newsletter's sender name goes with it. */
    @WithDefault("newsletters@newsdesk.localhost")
    String fromAddress();

    /** The domain part of Message-IDs. */
    @WithDefault("newsdesk.localhost")
    String messageIdDomain();
}
