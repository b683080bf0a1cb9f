package com.newsdesk.common.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.newsdesk.common.http.RouteTable;
import com.newsdesk.common.http.RouteTableTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class CacheKeysTest {

    private final CacheKeys keys =
            new CacheKeys(new RouteTable(List.of(RouteTableTest.Things.class, RouteTableTest.Feeds.class)));

    @Test
    void aPathWrittenAsOurLinksWriteItIsKeyedWithoutUnknownParameters() {
        String key = keys.of("GET", "/api/v1/things/grid", "junk=1&include=authors", name -> null);
        assertNotNull(key);
        assertEquals(key, keys.of("GET", "/api/v1/things/grid", "include=authors", name -> null));
    }

    @Test
    void pathsTheHttpLayerWouldNormaliseIntoAnotherRouteAreNeverKeyed() {
        for (String path : List.of(
                "/api/v1/things/%2e%2e",
                "/api/v1/things/grid/%2E%2E/related",
                "/api/v1/things//grid",
                "/api/v1/things/./grid",
                "/api/v1/things/x/../grid",
                "/api/v1/things/..")) {
            assertNull(keys.of("GET", path, "", name -> null), path);
        }
    }
}
