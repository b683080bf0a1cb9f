package com.newsdesk.demo;

import com.newsdesk.section.SectionService;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * A little sample content for {@code ./mvnw quarkus:dev}, so Swagger UI has something to return.
 * Built into dev mode only: the prod and test builds do not contain this bean at all. It writes
 * only into an empty database. All text here is our own.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class);

    private final SectionService sections;

    DemoContent(SectionService sections) {
        this.sections = sections;
    }

    void seed(@Observes StartupEvent start) {
        if (!sections.list(null, 1).data().isEmpty()) {
            return;
        }
        sections.create("news", "News", "What happened today, reported as it happens.", 10);
        sections.create("business", "Business", "Markets, companies and the economy.", 20);
        sections.create("opinion", "Opinion", "Columns and comment from our writers and guests.", 30);
        sections.create("analysis", "Analysis", "The story behind the story, explained.", 40);
        sections.create("culture", "Culture", "Books, film, music and the arts.", 50);
        LOG.info("Demo content added to the empty dev database (dev mode only)");
    }
}
