package com.newsdesk.common.problem;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * A client that hangs up in the middle of its request body (a load generator stopping, a phone
 * losing its signal) is not a server error: no "Unexpected error" in the log, no 500 counted.
 */
@QuarkusTest
class ClientGoneTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void aBodyCutOffByTheClientIsNoServerError() throws Exception {
        Logger logger = Logger.getLogger(ProblemMapper.class.getName());
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Level level = logger.getLevel();
        logger.setLevel(Level.FINE);
        logger.addHandler(handler);
        try {
            try (Socket socket = new Socket(root.getHost(), root.getPort())) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/v1/newsletters/morning/subscriptions HTTP/1.1\r\n"
                                + "Host: localhost\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n"
                                + "{\"email\": \"reader@exam")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(300); // the request reaches the resource's body reader, which waits for the rest
            }
            long deadline = System.currentTimeMillis() + 10_000;
            while (records.stream()
                            .noneMatch(r -> r.getMessage().contains("cut off")
                                    || r.getLevel().intValue() >= Level.WARNING.intValue())
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(
                    records.stream().anyMatch(r -> r.getMessage().contains("cut off")),
                    "the cut-off body is noted at debug level: " + messages(records));
            assertTrue(
                    records.stream().noneMatch(r -> r.getLevel().intValue() >= Level.WARNING.intValue()),
                    "nothing logged as an error: " + messages(records));
        } finally {
            logger.removeHandler(handler);
            logger.setLevel(level);
        }
    }

    private static List<String> messages(List<LogRecord> records) {
        return records.stream().map(r -> r.getLevel() + " " + r.getMessage()).toList();
    }
}
