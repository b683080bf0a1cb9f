package com.newsdesk.common.db;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Gives every connection that a public request takes from the pool a {@code statement_timeout}
 * ({@code newsdesk.db.public-statement-timeout}), and takes it away again when the connection goes
 * back. Working at the pool rather than per query means no query of a public request can forget it.
 * A cancelled statement fails with SQLState 57014, which the problem mapper answers with 503.
 */
@ApplicationScoped
public class PublicStatementTimeout implements AgroalPoolInterceptor {

    private static final Logger LOG = Logger.getLogger(PublicStatementTimeout.class);

    private final long millis;
    /** The physical connections that carry the timeout now (the wrappers differ per checkout). */
    private final Set<Connection> limited =
            Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    PublicStatementTimeout(DatabaseConfig config) {
        this.millis = Math.max(1, config.publicStatementTimeout().toMillis());
    }

    @Override
    public void onConnectionAcquire(Connection connection) {
        if (!isPublicRead()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET statement_timeout = " + millis);
            limited.add(physical(connection));
        } catch (SQLException e) {
            // The query that follows will meet the same broken connection and report it.
            LOG.debugf(e, "Could not set the statement timeout of a public request");
        }
    }

    @Override
    public void onConnectionReturn(Connection connection) {
        Connection physical;
        try {
            physical = physical(connection);
        } catch (SQLException e) {
            return;
        }
        if (!limited.remove(physical)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("RESET statement_timeout");
        } catch (SQLException e) {
            LOG.debugf(e, "Could not reset the statement timeout of a pooled connection");
        }
    }

    @Override
    public void onConnectionDestroy(Connection connection) {
        try {
            limited.remove(physical(connection));
        } catch (SQLException ignored) {
            // nothing to forget
        }
    }

    private static Connection physical(Connection connection) throws SQLException {
        return connection.unwrap(org.postgresql.core.BaseConnection.class);
    }

    private static boolean isPublicRead() {
        ManagedContext requests = Arc.container().requestContext();
        return requests.isActive()
                && Arc.container().instance(PublicRequests.class).get().active();
    }
}
