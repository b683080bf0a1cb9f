package com.newsdesk.live;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * One connection per instance LISTENing on the channel live entries' trigger NOTIFYs at commit,
 * telling {@link LiveHub} which article changed. It reconnects when the connection fails, and
 * proves the connection alive every 10 s (a half-open one never fails by itself).
 */
@ApplicationScoped
class LiveListener {

    static final String CHANNEL = "newsdesk_live";
    private static final Logger LOG = Logger.getLogger(LiveListener.class);

    private final AgroalDataSource dataSource;
    private final LiveHub hub;
    private volatile boolean running;
    private Thread listener;

    LiveListener(AgroalDataSource dataSource, LiveHub hub) {
        this.dataSource = dataSource;
        this.hub = hub;
    }

    void start(@Observes StartupEvent start) {
        running = true;
        listener = new Thread(this::listen, "newsdesk-live-listener");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent stop) {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                connection.setNetworkTimeout(Runnable::run, 10_000);
                try {
                    hub.reconnected(); // anything may have changed while it was away
                    receive(connection);
                } finally {
                    connection.setNetworkTimeout(Runnable::run, 0);
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("UNLISTEN *");
                    } catch (SQLException | RuntimeException e) {
                        LOG.debugf("UNLISTEN on a closing connection failed: %s", e.toString());
                    }
                }
            } catch (Throwable e) { // stopping would end every stream's updates until a restart
                if (running) {
                    LOG.warnf("Listening for live entries failed, reconnecting: %s", e.toString());
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
        long lastCheck = System.nanoTime();
        while (running) {
            var notifications = postgres.getNotifications(500);
            if (notifications != null) {
                for (var notification : notifications) {
                    try {
                        UUID article = UUID.fromString(notification.getParameter());
                        hub.changed(article);
                    } catch (IllegalArgumentException e) {
                        LOG.debugf(
                                "Ignoring a live notification without an article id: %s", notification.getParameter());
                    }
                }
            }
            if (System.nanoTime() - lastCheck > TimeUnit.SECONDS.toNanos(10)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SELECT 1"); // a half-open connection never fails by itself
                }
                lastCheck = System.nanoTime();
            }
        }
    }
}
