package com.newsdesk.newsletter;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class NewsletterRepository implements PanacheRepositoryBase<Newsletter, UUID> {

    static final Sort DISPLAY_ORDER = Sort.by("sortOrder").and("name").and("id");

    public Optional<Newsletter> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<Newsletter> listActive() {
        return list("status", DISPLAY_ORDER, "active");
    }

    public List<Newsletter> pageByNumber(int page, int limit) {
        return findAll(DISPLAY_ORDER).page(page - 1, limit).list();
    }

    public int nextSortOrder() {
        Integer last = getEntityManager()
                .createQuery("select max(n.sortOrder) from Newsletter n", Integer.class)
                .getSingleResult();
        return last == null ? 10 : last + 10;
    }

    public long countHostedBy(UUID authorId) {
        return count("hostAuthorId", authorId);
    }
}
