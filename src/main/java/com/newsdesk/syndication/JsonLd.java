package com.newsdesk.syndication;

import com.fasterxml.jackson.annotation.JsonValue;
import com.newsdesk.common.http.CacheTags;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A JSON-LD document, with what caches need to know about it. */
record JsonLd(@JsonValue Map<String, Object> document, List<String> surrogateKeys, Instant lastModified)
        implements CacheTags {}
