package com.newsdesk.common.cache;

import com.newsdesk.common.db.ChannelListener;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.logging.Logger;

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
    private ChannelListener listener;

    ContentNotifications(AgroalDataSource dataSource, ReadCache cache) {
        this.dataSource = dataSource;
        this.cache = cache;
    }

    void start(@Observes StartupEvent start) {
        if (!cache.enabled()) {
            return;
        }
        // Anything may have changed while no notice could arrive (at start, and after a reconnect).
        listener = new ChannelListener(
                dataSource, CHANNEL, "newsdesk-content-listener", payload -> cache.invalidate(), cache::invalidate);
    }

    void stop(@Observes ShutdownEvent stop) {
        if (listener != null) {
            listener.stop();
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
}
