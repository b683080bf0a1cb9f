package com.newsdesk.common.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.newsdesk.common.problem.Problem.FieldError;
import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.common.problem.ViolationFields;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import jakarta.ws.rs.BadRequestException;
import java.util.ArrayList;
import java.util.List;

/**
 * The one JSON merge patch (RFC 7396) of the staff API. A patch is merged over the current state
 * written as the same record a create takes, then bound by the application's strict mapper and
 * validated as a whole: a patch obeys exactly the rules of a create, field errors carry the same
 * paths, and a new field of the input record is patchable without another line of code.
 */
@ApplicationScoped
public class MergePatch {

    static final String NOT_NULL = "Cannot be null; leave it out to keep the current value";

    private final ObjectMapper mapper;
    private final Validator validator;

    MergePatch(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /**
     * The current state with the patch merged over it, not yet validated (for callers that report
     * validation errors together with their own lookups).
     *
     * @param required fields that may change but not be cleared: null for them is a 400
     */
    public <T> T merge(T current, JsonNode patch, Class<T> type, String... required) {
        if (patch == null || !patch.isObject()) {
            throw new ProblemException.InvalidInput(
                    "(body)", "Must be a JSON object: the fields to change, null to clear one");
        }
        List<FieldError> errors = new ArrayList<>();
        for (String field : required) {
            if (patch.has(field) && patch.get(field).isNull()) {
                errors.add(new FieldError(field, NOT_NULL));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.InvalidInput(errors);
        }
        ObjectNode merged = mapper.valueToTree(current);
        mergeInto(merged, patch);
        try {
            return mapper.treeToValue(merged, type);
        } catch (JsonProcessingException e) {
            // The problem mapper answers it as any unreadable body: a 400 at the field's path.
            throw new BadRequestException(e);
        }
    }

    /** {@link #merge}, then Bean Validation of the result: every field error at once. */
    public <T> T mergeValid(T current, JsonNode patch, Class<T> type, String... required) {
        T merged = merge(current, patch, type, required);
        List<FieldError> errors = ViolationFields.of(validator.validate(merged));
        if (!errors.isEmpty()) {
            throw new ProblemException.InvalidInput(errors);
        }
        return merged;
    }

    /** RFC 7396 section 2: objects merge member by member, null removes, anything else replaces. */
    static void mergeInto(ObjectNode target, JsonNode patch) {
        patch.fields().forEachRemaining(member -> {
            JsonNode value = member.getValue();
            JsonNode existing = target.get(member.getKey());
            if (value.isNull()) {
                target.putNull(member.getKey()); // the record's component stays, as null
            } else if (value.isObject() && existing != null && existing.isObject()) {
                mergeInto((ObjectNode) existing, value);
            } else if (value.isObject()) {
                ObjectNode fresh = target.putObject(member.getKey());
                mergeInto(fresh, value);
            } else {
                target.set(member.getKey(), value);
            }
        });
    }
}
