package com.newsdesk.staff;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Staff login and tokens ({@code newsdesk.auth.*}, e.g. {@code NEWSDESK_AUTH_TOKEN_LIFETIME=30M}). */
@ConfigMapping(prefix = "newsdesk.auth")
public interface AuthConfig {

    /** How long an access token is valid. */
    @WithDefault("15M")
    Duration tokenLifetime();

    /**
     * Failed logins for one account from one client network (an IPv4 address or an IPv6 /64)
     * within {@link #failureWindow()} before that account is throttled for that network.
     */
    @WithDefault("5")
    int maxFailuresPerAccount();

    /** Failed logins from one client network, any accounts, within {@link #failureWindow()} before it is throttled. */
    @WithDefault("20")
    int maxFailuresPerClient();

    @WithDefault("15M")
    Duration failureWindow();

    /** Password hashes (Argon2id, 19 MiB each) computed at the same time, logins and password changes together. */
    @WithDefault("2")
    int hashConcurrency();

    /** How long a login waits for a hashing slot before it gets 503. */
    @WithDefault("1S")
    Duration hashWait();
}
