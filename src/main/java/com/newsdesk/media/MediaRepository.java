package com.newsdesk.media;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MediaRepository implements PanacheRepositoryBase<Media, UUID> {

    public List<Media> pageNewestFirst(int page, int limit, MediaKind kind) {
        Sort order = Sort.descending("createdAt", "id");
        return kind == null
                ? findAll(order).page(page - 1, limit).list()
                : find("kind", order, kind).page(page - 1, limit).list();
    }

    public long countOf(MediaKind kind) {
        return kind == null ? count() : count("kind", kind);
    }

    public java.util.Optional<Media> findBySha256(String sha256) {
        return find("sha256", sha256).firstResultOptional();
    }

    /** Many items in one query. */
    public List<Media> findByIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
