package com.newsdesk.collection;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CollectionRepository implements PanacheRepositoryBase<Collection, UUID> {

    public Optional<Collection> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<Collection> pageByNumber(int page, int limit) {
        return findAll(Sort.by("name").and("id")).page(page - 1, limit).list();
    }
}
