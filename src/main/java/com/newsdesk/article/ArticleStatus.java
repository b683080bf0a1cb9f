package com.newsdesk.article;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ArticleStatus",
        enumeration = {"draft", "scheduled", "published", "archived"})
public enum ArticleStatus {
    DRAFT,
    SCHEDULED,
    PUBLISHED,
    ARCHIVED;

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
        throw new IllegalArgumentException("Must be one of: draft, scheduled, published, archived");
    }
}
