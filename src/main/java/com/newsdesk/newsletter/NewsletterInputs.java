package com.newsdesk.newsletter;

import com.newsdesk.common.Slugs;
import com.newsdesk.common.json.OneLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the staff newsletters API. */
public final class NewsletterInputs {

    private NewsletterInputs() {}

    static final String CADENCES = "daily|weekdays|weekly|fortnightly|monthly|irregular";
    static final String CADENCE_MESSAGE = "Must be one of daily, weekdays, weekly, fortnightly, monthly, irregular";
    static final String STATUSES = "active|archived";
    static final String STATUS_MESSAGE = "Must be active or archived";

    @Schema(name = "NewNewsletter", examples = """
                    {"slug": "morning-briefing", "name": "Morning Briefing",
                     "description": "The five stories you need before breakfast, every weekday at 7:00.",
                     "cadence": "weekdays", "host": "olena-petrenko", "senderName": "Newsdesk Morning Briefing"}""")
    public record NewNewsletter(
            @NotNull @Size(min = 1, max = 100) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE)
            String slug,

            @NotBlank @Size(max = 200) @OneLine String name,
            @Schema(nullable = true) @Size(max = 2000) String description,

            @NotNull
            @Pattern(regexp = CADENCES, message = CADENCE_MESSAGE)
            @Schema(enumeration = {"daily", "weekdays", "weekly", "fortnightly", "monthly", "irregular"})
            String cadence,

            @Schema(nullable = true, description = "Slug of the author who writes it.")
            String host,

            @Schema(nullable = true, description = "The name its mail comes from; the newsletter's name when left out.")
            @Size(max = 200)
            @OneLine
            String senderName,

            @Schema(
                    nullable = true,
                    enumeration = {"active", "archived"},
                    defaultValue = "active")
            @Pattern(regexp = STATUSES, message = STATUS_MESSAGE)
            String status,

            @Schema(nullable = true, description = "Display order, lower first; after the last one when left out.")
            Integer sortOrder) {}

    /**
     * What a JSON merge patch of a newsletter may change. Unlike at creation, its sender name,
     * status and order are set already, so they can change but not be cleared.
     */
    @Schema(name = "NewsletterPatch", examples = NewsletterChanges.EXAMPLE)
    public record NewsletterChanges(
            @Size(min = 1, max = 100) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE)
            String slug,

            @Schema(required = false) @NotBlank(message = BLANK_MESSAGE) @Size(max = 200) @OneLine
            String name,

            @Schema(nullable = true) @Size(max = 2000) String description,

            @Pattern(regexp = CADENCES, message = CADENCE_MESSAGE)
            @Schema(enumeration = {"daily", "weekdays", "weekly", "fortnightly", "monthly", "irregular"})
            String cadence,

            @Schema(nullable = true, description = "Slug of the author who writes it; null removes the host.")
            String host,

            @Schema(required = false) @NotBlank(message = BLANK_MESSAGE) @Size(max = 200) @OneLine
            String senderName,

            @Pattern(regexp = STATUSES, message = STATUS_MESSAGE) @Schema(enumeration = {"active", "archived"})
            String status,

            Integer sortOrder) {

        static final String EXAMPLE = "{\"status\": \"archived\"}";
        private static final String BLANK_MESSAGE = "Must not be blank";
    }
}
