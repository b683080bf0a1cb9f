package com.newsdesk.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records ArticleWentPublic as an after-commit observer would see it (a webhook, a CDN purge). */
@ApplicationScoped
public class WentPublicRecorder {

    private final List<ArticleWentPublic> seen = new CopyOnWriteArrayList<>();

    void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleWentPublic event) {
        seen.add(event);
    }

    public List<ArticleWentPublic> seen() {
        return seen;
    }
}
