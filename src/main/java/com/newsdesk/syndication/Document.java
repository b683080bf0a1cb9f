package com.newsdesk.syndication;

import com.newsdesk.common.http.RawBody;
import java.time.Instant;
import java.util.List;

/** A rendered feed document, with what caches need to know about it. */
record Document(byte[] bytes, List<String> surrogateKeys, Instant lastModified) implements RawBody {}
