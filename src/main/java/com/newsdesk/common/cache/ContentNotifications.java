package com.newsdesk.common.cache;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Tells every instance of the service that content changed, through PostgreSQL LISTEN/NOTIFY on
 * the database they share: each one empties its read cache within milliseconds.
 */
@ApplicationScoped
public class ContentNotifications {

    static final String CHANNEL = "newsdesk_content_changed";
    /** How often the listening connection proves it is alive, and how long a read on it may take. */
    static final Duration HEARTBEAT = Duration.ofSeconds(10);

    private static final Logger LOG = Logger.getLogger(ContentNotifications.class);

    private final AgroalDataSource dataSource;
    private final ReadCache cache;
    private volatile boolean running;
    private Thread listener;

    ContentNotifications(AgroalDataSource dataSource, ReadCache cache) {
        this.dataSource = dataSource;
        this.cache = cache;
    }

    void start(@Observes StartupEvent start) {
        if (!cache.enabled()) {
            return;
        }
        running = true;
        listener = new Thread(this::listen, "newsdesk-content-listener");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent stop) {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    /** After a committed write: this instance forgets at once, the others when the notice arrives. */
    public void announce() {
        cache.invalidate();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("NOTIFY " + CHANNEL);
        } catch (SQLException e) {
            LOG.warnf(
                    "Could not notify other instances of a change (their caches expire by themselves): %s",
                    e.getMessage());
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

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                // A read that waits longer than this means the server is gone (a half-open TCP connection
                // after a host crash or failover never fails by itself).
                connection.setNetworkTimeout(Runnable::run, (int) HEARTBEAT.toMillis());
                try {
                    cache.invalidate(); // anything may have changed while we were not listening
                    receive(connection);
                } finally {
                    connection.setNetworkTimeout(Runnable::run, 0); // as the pool gave it
                    unlisten(connection);
                }
            } catch (Throwable e) { // whatever it was, stopping would end invalidation until a restart
                if (running) {
                    LOG.warnf("Listening for content changes failed, reconnecting: %s", e.toString());
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
            if (notifications != null && notifications.length > 0) {
                cache.invalidate();
            }
            if (System.nanoTime() - lastHeartbeat > HEARTBEAT.toNanos()) {
                heartbeat(connection);
                lastHeartbeat = System.nanoTime();
            }
        }
    }

    /** Proves the listening connection still reaches the server; throws when it does not. */
    private static void heartbeat(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
        }
    }
}
