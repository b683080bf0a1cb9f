package com.newsdesk.common.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Surrogate keys and Last-Modified from a view's {@link CacheTags}. */
final class CacheHeaders {

    private CacheHeaders() {}

    /** Sets the headers; returns the resource's time (whole seconds) when it has one. */
    static Instant apply(Object entity, List<String> listKeys, MultivaluedMap<String, Object> headers) {
        CacheTags tags = entity instanceof CacheTags tagged ? tagged : null;
        List<String> keys = tags == null
                ? listKeys
                : java.util.stream.Stream.concat(listKeys.stream(), tags.surrogateKeys().stream())
                        .distinct()
                        .toList();
        if (!keys.isEmpty()) {
            headers.putSingle("Surrogate-Key", String.join(" ", keys)); // Fastly, Varnish xkey
            headers.putSingle("Cache-Tag", String.join(",", keys)); // Cloudflare, Akamai
        }
        Instant lastModified = tags == null ? null : tags.lastModified();
        if (lastModified == null) {
            return null;
        }
        Instant seconds = lastModified.truncatedTo(ChronoUnit.SECONDS);
        headers.putSingle(
                HttpHeaders.LAST_MODIFIED, DateTimeFormatter.RFC_1123_DATE_TIME.format(seconds.atZone(ZoneOffset.UTC)));
        return seconds;
    }

    /** Whether an If-Modified-Since header says the client's copy is current; unparseable means no. */
    static boolean notModifiedSince(String header, Instant lastModified) {
        if (header == null || lastModified == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return !lastModified.isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
