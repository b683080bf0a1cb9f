package com.newsdesk.newsletter;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What newsletters look like to readers and to staff. */
public final class NewsletterViews {

    private NewsletterViews() {}

    @Schema(
            name = "NewsletterHost",
            requiredProperties = {"slug", "name"})
    public record HostRef(String slug, String name) {}

    @Schema(
            name = "Newsletter",
            description = "A newsletter readers can sign up for.",
            requiredProperties = {"slug", "name", "description", "cadence", "host", "senderName"},
            examples = """
                    {"slug": "morning-briefing", "name": "Morning Briefing",
                     "description": "The five stories you need before breakfast, every weekday at 7:00.",
                     "cadence": "weekdays", "host": {"slug": "olena-petrenko", "name": "Olena Petrenko"},
                     "senderName": "Newsdesk Morning Briefing"}""")
    public record NewsletterView(
            String slug,
            String name,
            @Schema(nullable = true) String description,

            @Schema(enumeration = {"daily", "weekdays", "weekly", "fortnightly", "monthly", "irregular"})
            String cadence,

            @Schema(nullable = true, description = "The journalist who writes it.")
            HostRef host,

            String senderName) {

        static NewsletterView of(Newsletter newsletter, HostRef host) {
            return new NewsletterView(
                    newsletter.slug,
                    newsletter.name,
                    newsletter.description,
                    newsletter.cadence,
                    host,
                    newsletter.senderName);
        }
    }

    @Schema(
            name = "NewsletterList",
            requiredProperties = {"data"})
    public record NewsletterList(List<NewsletterView> data) {}

    @Schema(
            name = "SubscriberCounts",
            requiredProperties = {"pending", "confirmed", "unsubscribed"})
    public record Counts(long pending, long confirmed, long unsubscribed) {}

    @Schema(
            name = "NewsletterAdmin",
            requiredProperties = {
                "id",
                "slug",
                "name",
                "description",
                "cadence",
                "host",
                "senderName",
                "status",
                "sortOrder",
                "createdAt",
                "updatedAt"
            })
    public record NewsletterAdminView(
            String id,
            String slug,
            String name,
            @Schema(nullable = true) String description,
            String cadence,
            @Schema(nullable = true) HostRef host,
            String senderName,
            @Schema(enumeration = {"active", "archived"}) String status,
            int sortOrder,
            Instant createdAt,
            Instant updatedAt) {

        static NewsletterAdminView of(Newsletter newsletter, HostRef host) {
            return new NewsletterAdminView(
                    newsletter.id.toString(),
                    newsletter.slug,
                    newsletter.name,
                    newsletter.description,
                    newsletter.cadence,
                    host,
                    newsletter.senderName,
                    newsletter.status,
                    newsletter.sortOrder,
                    newsletter.createdAt,
                    newsletter.updatedAt);
        }
    }
}
