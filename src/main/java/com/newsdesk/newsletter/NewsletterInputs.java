package com.newsdesk.newsletter;

import com.newsdesk.common.Slugs;
import com.newsdesk.common.json.OneLine;
import com.newsdesk.common.json.Patch;
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

    /** JSON merge patch of a newsletter: only the fields sent change; null clears description and host. */
    @Schema(name = "NewsletterPatch", examples = "{\"status\": \"archived\"}")
    public static class NewsletterPatch extends Patch {
        @Size(min = 1, max = 100)
        @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE)
        private String slug;

        @Size(min = 1, max = 200)
        @OneLine
        private String name;

        @Size(max = 2000)
        private String description;

        @Pattern(regexp = CADENCES, message = CADENCE_MESSAGE)
        private String cadence;

        private String host;

        @Size(min = 1, max = 200)
        @OneLine
        private String senderName;

        @Pattern(regexp = STATUSES, message = STATUS_MESSAGE)
        private String status;

        private Integer sortOrder;

        public String getSlug() {
            return slug;
        }

        public void setSlug(String slug) {
            this.slug = sent("slug", slug);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = sent("name", name);
        }

        @Schema(nullable = true)
        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = sent("description", description);
        }

        @Schema(enumeration = {"daily", "weekdays", "weekly", "fortnightly", "monthly", "irregular"})
        public String getCadence() {
            return cadence;
        }

        public void setCadence(String cadence) {
            this.cadence = sent("cadence", cadence);
        }

        @Schema(nullable = true, description = "Slug of the author who writes it; null removes the host.")
        public String getHost() {
            return host;
        }

        public void setHost(String host) {
            this.host = sent("host", host);
        }

        public String getSenderName() {
            return senderName;
        }

        public void setSenderName(String senderName) {
            this.senderName = sent("senderName", senderName);
        }

        @Schema(enumeration = {"active", "archived"})
        public String getStatus() {
            return status;
        }

        public void setStatus(String status) {
            this.status = sent("status", status);
        }

        public Integer getSortOrder() {
            return sortOrder;
        }

        public void setSortOrder(Integer sortOrder) {
            this.sortOrder = sent("sortOrder", sortOrder);
        }
    }
}
