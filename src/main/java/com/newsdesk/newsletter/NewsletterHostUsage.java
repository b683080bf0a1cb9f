package com.newsdesk.newsletter;

import com.newsdesk.common.Usage;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** An author who hosts a newsletter cannot be deleted. */
@ApplicationScoped
public class NewsletterHostUsage implements Usage {

    private final NewsletterRepository newsletters;

    NewsletterHostUsage(NewsletterRepository newsletters) {
        this.newsletters = newsletters;
    }

    @Override
    public String of() {
        return "author";
    }

    @Override
    public long count(UUID id) {
        return newsletters.countHostedBy(id);
    }

    @Override
    public String users() {
        return "newsletters (as host)";
    }
}
