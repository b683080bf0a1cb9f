package com.newsdesk.newsletter;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server in the test JVM (GreenMail) on the port the test profile sends to. It runs
 * for the whole JVM: the application under test outlives each test class and keeps its SMTP
 * connections pooled, and a server stopped and started again under a pooled connection leaves the
 * next send waiting for an answer that never comes. Only tests that simulate an SMTP outage stop
 * it, and they start it again themselves.
 */
public final class MailServer {

    static final int PORT = 3025;

    private static GreenMail server;

    private MailServer() {}

    public static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            awaitListening(true);
        }
    }

    /**
     * Stops the server, and returns once nothing listens on its port: a GreenMail stopped right
     * after its start could otherwise bind its port afterwards and go on taking mail.
     */
    static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
            awaitListening(false);
        }
    }

    private static void awaitListening(boolean listening) {
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until) {
            try (java.net.Socket probe = new java.net.Socket()) {
                probe.connect(new java.net.InetSocketAddress("127.0.0.1", PORT), 200);
                if (listening) {
                    return;
                }
            } catch (IOException refused) {
                if (!listening) {
                    return;
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("the test SMTP server did not " + (listening ? "start" : "stop") + " in 10 s");
    }

    public static synchronized void clear() {
        start();
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new AssertionError(e);
        }
    }

    public static List<MimeMessage> received() {
        return Arrays.asList(server.getReceivedMessages());
    }

    /** Waits up to {@code millis} until {@code count} messages in all have arrived. */
    public static List<MimeMessage> await(int count, long millis) throws InterruptedException {
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until && received().size() < count) {
            Thread.sleep(50);
        }
        return received();
    }

    /** The decoded part of this type (text/plain or text/html). */
    static String part(MimeMessage message, String type) {
        try {
            Object content = message.getContent();
            if (content instanceof String text) {
                return text;
            }
            Multipart multipart = (Multipart) content;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return (String) part.getContent();
                }
                if (part.getContent() instanceof Multipart nested) {
                    for (int j = 0; j < nested.getCount(); j++) {
                        if (nested.getBodyPart(j).isMimeType(type)) {
                            return (String) nested.getBodyPart(j).getContent();
                        }
                    }
                }
            }
            throw new AssertionError("no " + type + " part");
        } catch (MessagingException | IOException e) {
            throw new AssertionError(e);
        }
    }

    public static String header(MimeMessage message, String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null ? null : values[0];
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    /** The confirmation token in a confirmation mail's text. */
    static String token(MimeMessage message) {
        Matcher matcher = Pattern.compile("/api/v1/subscriptions/confirm\\?token=([A-Za-z0-9_-]+)")
                .matcher(part(message, "text/plain"));
        if (!matcher.find()) {
            throw new AssertionError("no confirmation link in " + part(message, "text/plain"));
        }
        return matcher.group(1);
    }
}
