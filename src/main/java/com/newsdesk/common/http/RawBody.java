package com.newsdesk.common.http;

/**
 * A response body that is already bytes in its own format (RSS, Atom, JSON Feed): the
 * conditional-GET filter gives it an ETag and caching headers like any JSON view.
 */
public interface RawBody extends CacheTags {

    byte[] bytes();
}
