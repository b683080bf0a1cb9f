package com.newsdesk.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which query parameters and headers a path's operations understand, read from their annotations. */
public class RouteTableTest {

    @Path("/api/v1/things")
    public static class Things {
        @GET
        public String list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
            return "";
        }

        @GET
        @Path("/{slug}")
        @Varies("Accept-Language")
        public String get(@PathParam("slug") String slug, @QueryParam("include") List<String> include) {
            return "";
        }

        @GET
        @Path("/by-id/{id}")
        public String byId(@PathParam("id") String id, @QueryParam("expand") String expand) {
            return "";
        }

        @GET
        @Path("/{slug}/related")
        public String related(@PathParam("slug") String slug, @QueryParam("limit") String limit) {
            return "";
        }

        @POST
        public String create(@QueryParam("dryRun") String dryRun) {
            return "";
        }
    }

    @Path("/api/v1/feeds/{name}.{format:rss|atom}")
    public static class Feeds {
        @GET
        public String feed(@PathParam("name") String name, @PathParam("format") String format) {
            return "";
        }
    }

    private final RouteTable routes = new RouteTable(List.of(Things.class, Feeds.class));

    @Test
    void aListKnowsItsParametersAndFields() {
        RouteTable.Known known = routes.known("/api/v1/things");
        assertEquals(Map.of("cursor", false, "fields", false, "limit", false), known.parameters());
        assertEquals(List.of(), known.headers());
    }

    @Test
    void unknownParametersAreDroppedAndOrderDoesNotMatter() {
        RouteTable.Known known = routes.known("/api/v1/things");
        String a = RouteTable.query(RouteTable.canonical(known, "x=1&limit=5&cursor=abc&utm_source=mail"));
        String b = RouteTable.query(RouteTable.canonical(known, "cursor=abc&limit=5&x=2"));
        assertEquals("cursor=abc&limit=5", a);
        assertEquals(a, b);
        assertEquals("limit=5", RouteTable.query(RouteTable.canonical(known, "limit=5&limit=6")));
    }

    @Test
    void templatesThatOverlapGiveTheUnionAndDeclaredHeaders() {
        assertEquals(
                Map.of("expand", false, "fields", false),
                routes.known("/api/v1/things/by-id/7").parameters());
        RouteTable.Known both = routes.known("/api/v1/things/by-id/related"); // also {slug}/related
        assertEquals(Map.of("expand", false, "fields", false, "limit", false), both.parameters());
        RouteTable.Known one = routes.known("/api/v1/things/some-slug");
        assertEquals(Map.of("fields", false, "include", true), one.parameters());
        assertEquals(List.of("Accept-Language"), one.headers());
        assertEquals("include=a&include=b", RouteTable.query(RouteTable.canonical(one, "include=a&z=1&include=b")));
    }

    @Test
    void regularExpressionTemplatesAndUnknownPaths() {
        assertEquals(
                Map.of("fields", false), routes.known("/api/v1/feeds/world.rss").parameters());
        assertNull(routes.known("/api/v1/feeds/world.xml"));
        assertNull(routes.known("/api/v1/things/a/b"));
        assertNull(routes.known("/api/v1/other"));
        assertNull(RouteTable.canonical(routes.known("/api/v1/things"), "limit=%zz"), "undecodable");
    }
}
