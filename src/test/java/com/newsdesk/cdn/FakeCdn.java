package com.newsdesk.cdn;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A real HTTP server that plays the CDN's purge API, on 127.0.0.2 (the loopback address tests
 * allow): it records each request and answers the status it is set to, with a Retry-After on 429.
 * The service is configured as a Fastly customer of it.
 */
public class FakeCdn implements QuarkusTestResourceLifecycleManager {

    /** One request as it arrived. */
    record Purge(String method, String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }
    }

    static final List<Purge> PURGES = new CopyOnWriteArrayList<>();
    static final AtomicInteger STATUS = new AtomicInteger(200);
    static String url;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            PURGES.add(new Purge(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders().entrySet().stream()
                            .collect(Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue)),
                    new String(body, StandardCharsets.UTF_8)));
            int status = STATUS.get();
            if (status == 429) {
                exchange.getResponseHeaders().add("Retry-After", "1");
            }
            byte[] reply = "{\"status\": \"ok\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
        url = "http://127.0.0.2:" + server.getAddress().getPort();
        return Map.of(
                "newsdesk.cdn.provider", "fastly",
                "newsdesk.cdn.api-url", url,
                "newsdesk.cdn.token", "fastly-test-token",
                "newsdesk.cdn.service", "svc-1",
                "newsdesk.cdn.purge", "false");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
