package com.newsdesk.newsletter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny SMTP server for what GreenMail cannot do: answer slowly after DATA, drop the connection
 * after DATA without answering, or refuse recipients. Speaks just enough SMTP for the Vert.x
 * mail client (220, EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT). After refusing a recipient it
 * keeps the session open for the client's QUIT, as real servers do: a server that hangs up right
 * after the refusal left Vert.x mail client 4.5's next send waiting for a connection until its
 * timeout (3 runs of 3), which is the README's known limit, not what these tests are about.
 */
final class SmtpStub {

    static final int PORT = 3026;

    /** How long the server waits after the message's final dot before it answers 250. */
    static volatile long delayMillis;
    /** The next this many messages are read and then the connection closes without an answer. */
    static final AtomicInteger dropAfterData = new AtomicInteger();
    /** When set, the answer to every RCPT (e.g. 550 or 451 with the address in it). */
    static volatile String rcptReply;

    /** Message-IDs of messages answered 250. */
    static final List<String> accepted = new CopyOnWriteArrayList<>();
    /** Message-IDs of every message whose data arrived, answered or not. */
    static final List<String> arrived = new CopyOnWriteArrayList<>();
    /** Recipients of messages answered 250, with accepted. */
    static final List<String> recipients = new CopyOnWriteArrayList<>();

    private static ServerSocket server;

    private SmtpStub() {}

    static synchronized void start() throws IOException {
        reset();
        if (server != null) {
            return;
        }
        server = new ServerSocket(PORT, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(
                () -> {
                    while (!server.isClosed()) {
                        try {
                            Socket socket = server.accept();
                            Thread session = new Thread(() -> serve(socket), "smtp-stub-session");
                            session.setDaemon(true);
                            session.start();
                        } catch (IOException e) {
                            return; // closed
                        }
                    }
                },
                "smtp-stub");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static synchronized void stop() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    static void reset() {
        delayMillis = 0;
        dropAfterData.set(0);
        rcptReply = null;
        accepted.clear();
        arrived.clear();
        recipients.clear();
    }

    private static void serve(Socket socket) {
        try (socket;
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                OutputStream out = socket.getOutputStream()) {
            reply(out, "220 stub.test ESMTP");
            String recipient = null;
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    reply(out, "250 stub.test");
                } else if (command.startsWith("MAIL")) {
                    reply(out, "250 2.1.0 Ok");
                } else if (command.startsWith("RCPT")) {
                    recipient = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
                    if (rcptReply != null) {
                        reply(out, rcptReply.replace("{rcpt}", recipient));
                        continue; // as real servers do: the session goes on (RSET or QUIT)
                    }
                    reply(out, "250 2.1.5 Ok");
                } else if (command.startsWith("DATA")) {
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    String messageId = null;
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        if (messageId == null && line.toLowerCase(Locale.ROOT).startsWith("message-id:")) {
                            messageId = line.substring("message-id:".length()).trim();
                        }
                    }
                    arrived.add(String.valueOf(messageId));
                    if (dropAfterData.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                        return; // the connection drops: the client cannot know whether we took it
                    }
                    Thread.sleep(delayMillis);
                    accepted.add(String.valueOf(messageId));
                    recipients.add(String.valueOf(recipient));
                    reply(out, "250 2.0.0 Ok: queued");
                } else if (command.startsWith("QUIT")) {
                    reply(out, "221 2.0.0 Bye");
                    return;
                } else {
                    reply(out, "250 2.0.0 Ok"); // RSET, NOOP
                }
            }
        } catch (IOException | InterruptedException e) {
            // the client went away
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
