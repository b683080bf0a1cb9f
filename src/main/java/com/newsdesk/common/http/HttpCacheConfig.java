package com.newsdesk.common.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** HTTP caching of the public tree ({@code newsdesk.http.*}). */
@ConfigMapping(prefix = "newsdesk.http")
public interface HttpCacheConfig {

    /** Cache-Control of successful public reads: published content may be a minute old. */
    @WithDefault("public, max-age=60, stale-while-revalidate=600")
    String publicCacheControl();

    /** Bodies smaller than this are sent uncompressed even when the client accepts gzip. */
    @WithDefault("512")
    int gzipMinBytes();
}
