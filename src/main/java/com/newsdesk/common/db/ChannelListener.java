package com.newsdesk.common.db;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * One connection that LISTENs on a PostgreSQL channel on its own thread and hands each
 * notification's payload on. It reconnects when the connection fails (after telling
 * {@code connected} again: anything may have happened while it was away), and proves the
 * connection alive every {@link #HEARTBEAT}, since a half-open TCP connection after a host crash
 * or failover never fails by itself.
 */
public final class ChannelListener {

    /** How often the connection proves it is alive, and how long a read on it may take. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(10);

    private static final Logger LOG = Logger.getLogger(ChannelListener.class);

    private final AgroalDataSource dataSource;
    private final String channel;
    private final Consumer<String> notified;
    private final Runnable connected;
    private final Thread thread;
    private volatile boolean running = true;

    /** Starts listening at once; {@code notified} and {@code connected} run on the listener's thread. */
    public ChannelListener(
            AgroalDataSource dataSource,
            String channel,
            String threadName,
            Consumer<String> notified,
            Runnable connected) {
        this.dataSource = dataSource;
        this.channel = channel;
        this.notified = notified;
        this.connected = connected;
        this.thread = new Thread(this::listen, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    public void stop() {
        running = false;
        thread.interrupt();
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + channel);
                }
                // A read that waits longer than this means the server is gone.
                connection.setNetworkTimeout(Runnable::run, (int) HEARTBEAT.toMillis());
                try {
                    connected.run();
                    receive(connection);
                } finally {
                    connection.setNetworkTimeout(Runnable::run, 0); // as the pool gave it
                    unlisten(connection);
                }
            } catch (Throwable e) { // whatever it was, stopping would end the notifications until a restart
                if (running) {
                    LOG.warnf("Listening on %s failed, reconnecting: %s", channel, e.toString());
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                }
            }
        }
    }

    private void receive(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        long lastHeartbeat = System.nanoTime();
        while (running) {
            var notifications = postgres.getNotifications(500);
            if (notifications != null) {
                for (var notification : notifications) {
                    notified.accept(notification.getParameter());
                }
            }
            if (System.nanoTime() - lastHeartbeat > HEARTBEAT.toNanos()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SELECT 1");
                }
                lastHeartbeat = System.nanoTime();
            }
        }
    }

    /**
     * A pooled connection must not go back still subscribed: whoever borrowed it next would collect
     * notifications nobody reads. If the connection is broken, the pool discards it anyway.
     */
    private static void unlisten(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("UNLISTEN *");
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("UNLISTEN on a closing connection failed: %s", e.toString());
        }
    }
}
