package com.newsdesk.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Webhook endpoints. */
@ApplicationScoped
public class WebhookRepository implements PanacheRepositoryBase<Webhook, UUID> {

    /** A page of endpoints, oldest first. */
    List<Webhook> page(int page, int limit) {
        return find("ORDER BY createdAt, id").page(page - 1, limit).list();
    }
}
