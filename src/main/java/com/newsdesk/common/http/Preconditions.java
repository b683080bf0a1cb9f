package com.newsdesk.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.common.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code If-Match} for staff writes: no lost updates. The current tag is computed exactly as the
 * GET that the client read computed it (a hash of the same view's bytes), so no version column
 * has to be exposed or kept in step with what a view shows.
 */
@ApplicationScoped
public class Preconditions {

    private final ObjectMapper json;

    Preconditions(ObjectMapper json) {
        this.json = json;
    }

    /** 428 when the header is missing, 412 when it no longer matches the current view. */
    public void requireMatch(String ifMatch, Object currentView) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(
                    ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of your last read of this resource, so that no one else's"
                            + " change is overwritten.");
        }
        String current;
        try {
            current = Representation.of(json.writeValueAsBytes(currentView)).etag();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("views are always serializable", e);
        }
        if (!EntityTags.matchesStrongly(ifMatch, current)) {
            throw new ProblemException(
                    ProblemType.PRECONDITION_FAILED,
                    "The resource has changed since you read it. Read it again, then apply your change.");
        }
    }
}
