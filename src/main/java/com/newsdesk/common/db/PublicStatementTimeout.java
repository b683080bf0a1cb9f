package com.newsdesk.common.db;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Gives every connection that a public request takes from the pool a {@code statement_timeout}
 * ({@code newsdesk.db.public-statement-timeout}), and takes it away again when anyone else takes
 * the connection. Working at the pool rather than per query means no query of a public request can forget it.
 * A cancelled statement fails with SQLState 57014, which the problem mapper answers with 503.
 *
 * <p>Public connections also plan their prepared statements once ({@code plan_cache_mode =
 * force_generic_plan}): the public reads are a few statements run with ever different slugs and
 * ids, and a custom plan for each run cost more than running it (the statement of an article's
 * references plans in about 2 ms and runs in under 1), and for a tag's list PostgreSQL's custom
 * plan was ten times slower than the generic one (bench, 100,000 articles). Search, which needs
 * a plan for its words, asks for custom plans itself.
 */
@ApplicationScoped
public class PublicStatementTimeout implements AgroalPoolInterceptor {

    private static final Logger LOG = Logger.getLogger(PublicStatementTimeout.class);

    private final long millis;
    /** The physical connections that carry the timeout now (the wrappers differ per checkout). */
    private final Set<Connection> limited =
            Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    private final TransactionSynchronizationRegistry transactions;

    PublicStatementTimeout(DatabaseConfig config, TransactionSynchronizationRegistry transactions) {
        this.millis = Math.max(1, config.publicStatementTimeout().toMillis());
        this.transactions = transactions;
    }

    @Override
    public void onConnectionAcquire(Connection connection) {
        // The connection keeps its timeout when it goes back to the pool: public requests, most of
        // the traffic, then find it already set, and pay no round trip. Whoever else takes it (a
        // staff request, a background job) has it taken away first.
        boolean publicRequest = isPublicRead();
        Connection physical;
        try {
            physical = physical(connection);
        } catch (SQLException e) {
            return;
        }
        if (publicRequest == limited.contains(physical)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(
                    publicRequest
                            ? "SET statement_timeout = " + millis + "; SET plan_cache_mode = force_generic_plan"
                            : "RESET statement_timeout; RESET plan_cache_mode");
        } catch (SQLException e) {
            // The query that follows will meet the same broken connection and report it.
            LOG.debugf(e, "Could not set the statement timeout of a pooled connection");
            return;
        }
        int status = transactions.getTransactionStatus();
        if (status == Status.STATUS_MARKED_ROLLBACK) {
            return; // the rollback to come undoes the setting: the connection keeps what it had
        }
        remember(physical, publicRequest);
        // Inside a transaction the setting is part of it: a rollback undoes it, and then the
        // connection keeps what it had.
        if (status == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    if (status != Status.STATUS_COMMITTED) {
                        remember(physical, !publicRequest);
                    }
                }
            });
        }
    }

    private void remember(Connection physical, boolean isLimited) {
        if (isLimited) {
            limited.add(physical);
        } else {
            limited.remove(physical);
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
