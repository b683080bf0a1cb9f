package com.newsdesk.article;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ArticleStatus",
        enumeration = {"draft", "scheduled", "published", "archived", "killed"})
public enum ArticleStatus {
    DRAFT,
    SCHEDULED,
    PUBLISHED,
    ARCHIVED,
    /** Withdrawn for legal or ethical reasons: never public; 410 with its notice if readers saw it. */
    KILLED;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ArticleStatus of(String value) {
        for (ArticleStatus status : values()) {
            if (status.value().equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Must be one of: draft, scheduled, published, archived, killed");
    }
}
