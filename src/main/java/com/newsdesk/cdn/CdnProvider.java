package com.newsdesk.cdn;

import io.vertx.core.MultiMap;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How one CDN takes a purge of surrogate keys: the request for one batch, and the most keys a
 * request may carry.
 */
public record CdnProvider(String name, String url, String method, int batchSize, Request request) {

    /** Builds the headers and body of one purge. */
    @FunctionalInterface
    public interface Request {
        byte[] write(List<String> keys, MultiMap headers);
    }

    /** The provider the settings describe, or null for none; a missing setting fails startup. */
    static CdnProvider of(CdnConfig config) {
        String provider = config.provider().trim().toLowerCase(Locale.ROOT);
        String token = config.token().orElse(null);
        return switch (provider) {
            case "none", "" -> null;
            case "fastly" ->
                fastly(
                        config.apiUrl().orElse("https://api.fastly.com"),
                        require(config.service().orElse(null), "NEWSDESK_CDN_SERVICE (the Fastly service id)"),
                        require(token, "NEWSDESK_CDN_TOKEN (a Fastly API token with purge scope)"),
                        config.soft());
            case "cloudflare" ->
                cloudflare(
                        config.apiUrl().orElse("https://api.cloudflare.com/client/v4"),
                        require(config.service().orElse(null), "NEWSDESK_CDN_SERVICE (the Cloudflare zone id)"),
                        require(token, "NEWSDESK_CDN_TOKEN (a Cloudflare API token with Cache Purge)"));
            case "http" ->
                http(
                        require(config.apiUrl().orElse(null), "NEWSDESK_CDN_API_URL (where purges are sent)"),
                        config.httpMethod(),
                        config.soft() && config.httpHeader().equalsIgnoreCase("xkey-purge")
                                ? "xkey-softpurge"
                                : config.httpHeader(),
                        token);
            default ->
                throw new IllegalStateException("NEWSDESK_CDN_PROVIDER must be none, fastly, cloudflare or http, not '"
                        + config.provider() + "'");
        };
    }

    /** Fastly: POST /service/{id}/purge with up to 256 surrogate keys; soft by default. */
    static CdnProvider fastly(String api, String service, String token, boolean soft) {
        return new CdnProvider("fastly", trim(api) + "/service/" + service + "/purge", "POST", 256, (keys, headers) -> {
            headers.add("Fastly-Key", token).add("Accept", "application/json").add("Content-Type", "application/json");
            if (soft) {
                headers.add("Fastly-Soft-Purge", "1");
            }
            return json("surrogate_keys", keys);
        });
    }

    /** Cloudflare: POST /zones/{zone}/purge_cache with up to 100 cache tags. */
    static CdnProvider cloudflare(String api, String zone, String token) {
        return new CdnProvider(
                "cloudflare", trim(api) + "/zones/" + zone + "/purge_cache", "POST", 100, (keys, headers) -> {
                    headers.add("Authorization", "Bearer " + token).add("Content-Type", "application/json");
                    return json("tags", keys);
                });
    }

    /** Any purge URL: the keys space-separated in one header (Varnish xkey), a bearer token if set. */
    static CdnProvider http(String url, String method, String header, String token) {
        return new CdnProvider("http", url, method.toUpperCase(Locale.ROOT), 100, (keys, headers) -> {
            headers.add(header, String.join(" ", keys));
            if (token != null) {
                headers.add("Authorization", "Bearer " + token);
            }
            return new byte[0];
        });
    }

    private static byte[] json(String member, List<String> keys) {
        // Keys are ours (kind-uuid or kind-slug): nothing in them needs escaping.
        return ("{\"" + member + "\":"
                        + keys.stream().map(k -> "\"" + k + "\"").collect(Collectors.joining(",", "[", "]")) + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("The CDN provider needs " + what + ".");
        }
        return value;
    }
}
