package com.newsdesk.cdn;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** CDN purges ({@code newsdesk.cdn.*}, environment {@code NEWSDESK_CDN_*}). */
@ConfigMapping(prefix = "newsdesk.cdn")
public interface CdnConfig {

    /** none, fastly (surrogate-key purge), cloudflare (purge by cache tag) or http (Varnish xkey, any purge URL). */
    @WithDefault("none")
    String provider();

    /** The provider's API: https://api.fastly.com and https://api.cloudflare.com/client/v4 by default; required for http. */
    Optional<String> apiUrl();

    /** Fastly API token, Cloudflare API token, or a bearer token for an http purge endpoint. */
    Optional<String> token();

    /** Fastly service id or Cloudflare zone id. */
    Optional<String> service();

    /** Mark stale rather than evict (Fastly-Soft-Purge, xkey-softpurge), so the CDN can serve stale while it refetches. */
    @WithDefault("true")
    boolean soft();

    /** How long changes are gathered before one batch of purges goes out. */
    @WithDefault("1S")
    Duration batchWindow();

    /** Whether this instance sends purges (every instance may: they share the queue). */
    @WithDefault("true")
    boolean purge();

    /** The request method of the http provider. */
    @WithDefault("PURGE")
    String httpMethod();

    /** The header the http provider names the keys in, space-separated (Varnish xkey). */
    @WithDefault("xkey-purge")
    String httpHeader();

    /** The longest wait for the provider's answer. */
    @WithDefault("10S")
    Duration timeout();
}
