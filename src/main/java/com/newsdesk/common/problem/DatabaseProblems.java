package com.newsdesk.common.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Map;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.DataException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Database refusals that are the request's doing, however deeply they are wrapped (a flush at
 * commit wraps them in transaction exceptions): they answer 4xx, never 500. A database that is
 * down, restarting, out of connections or too slow for a public read answers 503 with
 * Retry-After: the request was fine and may be repeated.
 */
public final class DatabaseProblems {

    /** Seconds a client should wait before repeating a request the database could not serve. */
    static final String RETRY_AFTER_SECONDS = "2";

    private DatabaseProblems() {}

    /** The 503 problem when the failure means the database cannot serve now, else null. */
    public static ProblemException unavailable(Throwable failure) {
        return unavailable(failure, 0);
    }

    /**
     * Follows causes and also suppressed exceptions: a commit that fails because the server went
     * away surfaces as a RollbackException whose PostgreSQL error is only suppressed in it.
     */
    private static ProblemException unavailable(Throwable failure, int depth) {
        for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            if (cause instanceof ProblemException problem && problem.type() == ProblemType.SERVICE_UNAVAILABLE) {
                return problem;
            }
            if (cause instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
                return problem("The request took longer than this server allows. Please try again in a moment.");
            }
            if (cause instanceof JDBCConnectionException
                    || cause instanceof java.net.ConnectException
                    || cause instanceof java.net.SocketTimeoutException
                    || (cause instanceof SQLException sql && isUnavailable(sql))) {
                return problem("The database is not available right now. Please try again in a moment.");
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                ProblemException found = unavailable(suppressed, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            if (cause == cause.getCause()) {
                break;
            }
        }
        return null;
    }

    private static final String QUERY_CANCELED = "57014";

    private static boolean isUnavailable(SQLException sql) {
        String state = sql.getSQLState();
        if (state != null) {
            // 08: connection exceptions; 57P01-57P03: shutdown, crash, starting up; 53300: too many connections.
            return state.startsWith("08") || state.startsWith("57P") || state.equals("53300");
        }
        // Agroal found no free connection within the acquisition timeout.
        return sql.getMessage() != null && sql.getMessage().startsWith("Sorry, acquisition timeout");
    }

    private static ProblemException problem(String detail) {
        return new ProblemException(
                ProblemType.SERVICE_UNAVAILABLE, detail, null, Map.of("Retry-After", RETRY_AFTER_SECONDS));
    }

    static Response of(Throwable failure, String path) {
        ProblemException unavailable = unavailable(failure);
        if (unavailable != null) {
            return ProblemResponses.builder(ProblemFactory.of(unavailable.type(), unavailable.getMessage(), path))
                    .header("Retry-After", RETRY_AFTER_SECONDS)
                    .build();
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                // Two writers passed the If-Match check at once; the second lost.
                return ProblemResponses.response(ProblemFactory.of(
                        ProblemType.PRECONDITION_FAILED,
                        "The resource was changed by another request at the same time. Read it again, then apply your change.",
                        path));
            }
            if (cause instanceof DataException
                    || (cause instanceof SQLException sql
                            && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("22"))) {
                return ProblemResponses.response(ProblemFactory.of(
                        ProblemType.INVALID_REQUEST,
                        "A value in the request cannot be stored or searched (for example it contains a NUL character or"
                                + " is out of range).",
                        path));
            }
            if (cause instanceof ConstraintViolationException) {
                return ProblemResponses.response(ProblemFactory.of(
                        ProblemType.CONFLICT,
                        "The change conflicts with existing data (another request may have made the same change).",
                        path));
            }
            if (cause == cause.getCause()) {
                break;
            }
        }
        return null;
    }
}
