package com.newsdesk.common.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where clients reach this API ({@code newsdesk.api.*}). */
@ConfigMapping(prefix = "newsdesk.api")
public interface ApiConfig {

    /**
     * The public base URL of the API, without a trailing slash and without {@code /api/v1}: every
     * absolute link to the API (next pages, feed self links, mail links, OpenAPI servers) starts
     * with it. Never taken from a request's Host or X-Forwarded-* headers, which anyone can set and
     * which would then be kept in caches for everyone.
     */
    @WithDefault("http://localhost:8080")
    String publicUrl();
}
