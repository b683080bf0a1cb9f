package com.newsdesk.common.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.DataException;

/**
 * Database refusals that are the request's doing, however deeply they are wrapped (a flush at
 * commit wraps them in transaction exceptions): they answer 4xx, never 500.
 */
final class DatabaseProblems {

    private DatabaseProblems() {}

    static Response of(Throwable failure, String path) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                // Two writers passed the If-Match check at once; the second lost.
                return ProblemResponses.response(ProblemFactory.of(
                        ProblemType.PRECONDITION_FAILED,
                        "The resource was changed by another request at the same time. Read it again, then apply your change.",
                        path));
            }
            if (cause instanceof DataException) {
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
