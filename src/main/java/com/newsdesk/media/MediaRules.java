package com.newsdesk.media;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsdesk.common.problem.Problem.FieldError;
import com.newsdesk.common.problem.ProblemException;
import java.util.ArrayList;
import java.util.List;

/** What a media item must be, whoever writes it. */
final class MediaRules {

    private MediaRules() {}

    /** What comes from an uploaded file's bytes is not the editor's to change. */
    static void refuseFileFields(JsonNode patch) {
        List<FieldError> errors = new ArrayList<>();
        for (String field : List.of("url", "mimeType", "width", "height", "durationSeconds")) {
            if (patch.has(field)) {
                errors.add(new FieldError(field, "Comes from the uploaded file and cannot be changed"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.InvalidInput(errors);
        }
    }

    /** Rules across fields: sizes belong to images, durations to audio, the MIME type to the kind. */
    static void checkConsistent(Media item) {
        List<FieldError> errors = new ArrayList<>();
        if (item.url == null && !item.uploaded()) {
            errors.add(new FieldError("url", "Must not be null"));
        }
        if (!item.mimeType.startsWith(item.kind.value() + "/")) {
            errors.add(new FieldError(
                    "mimeType", "Must be an " + item.kind.value() + "/... type for a " + item.kind.value()));
        }
        if (item.kind == MediaKind.IMAGE) {
            if (item.durationSeconds != null) {
                errors.add(new FieldError("durationSeconds", "Only audio has a duration"));
            }
            if ((item.width == null) != (item.height == null)) {
                errors.add(new FieldError(
                        item.width == null ? "width" : "height", "Give both width and height, or neither"));
            }
        } else {
            if (item.width != null) errors.add(new FieldError("width", "Only images have a width"));
            if (item.height != null) errors.add(new FieldError("height", "Only images have a height"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.InvalidInput(errors);
        }
    }
}
