package com.newsdesk.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpServer;
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
 * A webhook endpoint for tests, on 127.0.0.2 (the one loopback address the test profile allows):
 * it records every request, answers the status it is set to, and verifies each signature with the
 * Standard Webhooks reference library against the secrets it is given.
 */
final class Receiver implements AutoCloseable {

    /** One request as it arrived, with whether each secret verified it. */
    record Call(Map<String, List<String>> headers, String body, int answered) {
        String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : values.get(0);
        }

        JsonNode json() {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        boolean verifiesWith(String secret) {
            try {
                new Webhook(secret).verify(body, headers);
                return true;
            } catch (WebhookVerificationException e) {
                return false;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    final List<Call> calls = new CopyOnWriteArrayList<>();
    final AtomicInteger status = new AtomicInteger(200);
    private final HttpServer server;

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 50);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, List<String>> headers = exchange.getRequestHeaders().entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue));
            int answer = status.get();
            calls.add(new Call(headers, new String(body, StandardCharsets.UTF_8), answer));
            byte[] reply = ("{\"revalidated\": " + (answer < 300) + "}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.2:" + server.getAddress().getPort() + path;
    }

    /** The calls that were answered with a 2xx, in arrival order. */
    List<Call> accepted() {
        return calls.stream().filter(c -> c.answered() < 300).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
