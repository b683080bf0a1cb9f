package com.newsdesk.demo;

import com.newsdesk.newsletter.NewsletterInputs.NewNewsletter;
import com.newsdesk.newsletter.NewsletterService;
import com.newsdesk.section.SectionInputs.NewSection;
import com.newsdesk.section.SectionService;
import com.newsdesk.staff.StaffInputs.NewStaff;
import com.newsdesk.staff.StaffRole;
import com.newsdesk.staff.StaffService;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.Base64;
import org.jboss.logging.Logger;

/**
 * A little sample content for {@code ./mvnw quarkus:dev}, so Swagger UI has something to return,
 * and demo staff accounts (one per role) whose passwords are printed in the log. Built into dev
 * mode only: the prod and test builds do not contain this bean at all. It writes only into an
 * empty database. All text here is our own.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class);

    private final SectionService sections;
    private final StaffService staff;
    private final DemoArticles articles;
    private final NewsletterService newsletters;
    private final SecureRandom random = new SecureRandom();

    DemoContent(SectionService sections, StaffService staff, DemoArticles articles, NewsletterService newsletters) {
        this.sections = sections;
        this.staff = staff;
        this.articles = articles;
        this.newsletters = newsletters;
    }

    void seed(@Observes StartupEvent start) {
        java.util.UUID editorId = null;
        if (staff.none()) {
            StringBuilder accounts = new StringBuilder();
            for (StaffRole role : StaffRole.values()) {
                String email = role.value() + "@newsdesk.localhost";
                String password = newPassword();
                String id = staff.create(new NewStaff(email, "Demo " + role.value(), role, password))
                        .id();
                if (role == StaffRole.EDITOR) {
                    editorId = java.util.UUID.fromString(id);
                }
                accounts.append(String.format("%n    %-12s %-32s %s", role.value(), email, password));
            }
            LOG.infof(
                    "Demo staff accounts (dev mode only; new passwords on every start):%s%n"
                            + "    Log in: curl -s localhost:8080/api/v1/admin/auth/token -H 'Content-Type: application/json'"
                            + " -d '{\"email\":\"admin@newsdesk.localhost\",\"password\":\"...\"}'",
                    accounts);
        }
        if (!sections.list(null, 1).data().isEmpty()) {
            return;
        }
        section("news", "News", "What happened today, reported as it happens.");
        section("business", "Business", "Markets, companies and the economy.");
        section("opinion", "Opinion", "Columns and comment from our writers and guests.");
        section("analysis", "Analysis", "The story behind the story, explained.");
        section("culture", "Culture", "Books, film, music and the arts.");
        if (editorId != null) {
            articles.add(editorId);
        }
        newsletters.create(new NewNewsletter(
                "morning-briefing",
                "Morning Briefing",
                "The five stories you need before breakfast, every weekday at seven.",
                "weekdays",
                null,
                "Newsdesk Morning Briefing",
                null,
                null));
        newsletters.create(new NewNewsletter(
                "energy-explained",
                "Energy, Explained",
                "One question about the grid and the winter, answered every Friday.",
                "weekly",
                editorId != null ? "ivan-sample" : null, // the demo articles' byline
                null,
                null,
                null));
        LOG.info("Demo content added to the empty dev database (dev mode only)");
    }

    private void section(String slug, String name, String description) {
        sections.create(new NewSection(slug, name, description, null));
    }

    private String newPassword() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
