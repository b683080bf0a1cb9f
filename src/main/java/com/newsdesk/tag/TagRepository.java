package com.newsdesk.tag;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TagRepository implements PanacheRepositoryBase<Tag, UUID> {

    private static final Sort BY_NAME = Sort.by("name").and("id");

    public Optional<Tag> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<Tag> findBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }

    public List<Tag> findByIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** Keyset page in name order, after the given name and id. */
    public List<Tag> pageByName(String afterName, UUID afterId, int count) {
        if (afterId == null) {
            return findAll(BY_NAME).page(0, count).list();
        }
        return find("name > ?1 or (name = ?1 and id > ?2)", BY_NAME, afterName, afterId)
                .page(0, count)
                .list();
    }

    public List<Tag> pageByNumber(int page, int limit) {
        return findAll(BY_NAME).page(page - 1, limit).list();
    }
}
