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

    /** Failed logins for one account within {@link #failureWindow()} before it is throttled. */
    @WithDefault("5")
    int maxFailuresPerAccount();

    /** Failed logins from one client address within {@link #failureWindow()} before it is throttled. */
    @WithDefault("20")
    int maxFailuresPerClient();

    @WithDefault("15M")
    Duration failureWindow();
}
