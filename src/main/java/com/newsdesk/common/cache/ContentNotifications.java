package com.newsdesk.common.cache;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Tells every instance of the service that content changed, through PostgreSQL LISTEN/NOTIFY on
 * the database they share: each one empties its read cache within milliseconds.
 */
@ApplicationScoped
public class ContentNotifications {

    static final String CHANNEL = "newsdesk_content_changed";
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

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                cache.invalidate(); // anything may have changed while we were not listening
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    var notifications = postgres.getNotifications(500);
                    if (notifications != null && notifications.length > 0) {
                        cache.invalidate();
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.warnf("Listening for content changes failed, retrying: %s", e.getMessage());
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                }
            }
        }
    }
}
