package com.newsdesk.common.net;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends a request to the address {@link OutboundPolicy} resolved and checked (webhook deliveries,
 * CDN purges), naming the URL's host in Host and TLS (SNI and certificate), never following a
 * redirect, and keeping no more than the first KB of the answer.
 */
@ApplicationScoped
public class OutboundHttp {

    public static final int KEEP = 1024;

    /** An answer: the status, its Retry-After if any, and the start of its body. */
    public record Answer(int status, String retryAfter, String body) {}

    private final HttpClient client;

    OutboundHttp(Vertx vertx) {
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout(10_000)
                .setIdleTimeout(0)
                .setForceSni(true)
                .setVerifyHost(true)
                .setMaxPoolSize(32)
                .setKeepAlive(false)
                .setMaxRedirects(0));
    }

    void close(@Observes ShutdownEvent event) {
        client.close();
    }

    /** Sends {@code body} with {@code headers}; fails on no answer within {@code timeout}. */
    public Future<Answer> send(
            String method, OutboundPolicy.Target target, MultiMap headers, byte[] body, Duration timeout) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.valueOf(method))
                .setServer(SocketAddress.inetSocketAddress(
                        target.port(), target.address().getHostAddress()))
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.https())
                .setURI(target.pathAndQuery())
                .setFollowRedirects(false)
                .setHeaders(headers)
                .setTimeout(timeout.toMillis());
        // read() is chained to send() itself, inside the request's callback: chained one level out,
        // it ran a hop later, and a small answer could have ended by then ("Response already ended",
        // vert.x issue 3748), failing a purge that the provider had taken.
        return client.request(options)
                .compose(request -> request.send(Buffer.buffer(body)).compose(OutboundHttp::read));
    }

    /** Keeps the first KB; the rest is read and dropped, so a huge answer costs no memory. */
    private static Future<Answer> read(HttpClientResponse response) {
        Promise<Answer> answer = Promise.promise();
        Buffer kept = Buffer.buffer();
        response.handler(chunk -> {
            int room = KEEP - kept.length();
            if (room > 0) {
                kept.appendBuffer(chunk.length() <= room ? chunk : chunk.getBuffer(0, room));
            }
        });
        response.exceptionHandler(answer::tryFail);
        response.endHandler(end ->
                answer.tryComplete(new Answer(response.statusCode(), response.getHeader("Retry-After"), text(kept))));
        return answer.future();
    }

    /** The kept bytes as text, cut back to whole UTF-8 characters. */
    private static String text(Buffer kept) {
        byte[] bytes = kept.getBytes();
        int end = bytes.length;
        if (end == KEEP) {
            int back = end - 1;
            while (back > 0 && (bytes[back] & 0xC0) == 0x80) {
                back--;
            }
            end = (bytes[back] & 0x80) == 0 ? end : back;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8).replace("\u0000", "");
    }
}
