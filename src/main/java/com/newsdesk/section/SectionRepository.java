package com.newsdesk.section;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SectionRepository implements PanacheRepositoryBase<Section, UUID> {

    private static final Sort MENU_ORDER = Sort.by("position").and("id");

    public Optional<Section> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<Section> pageByNumber(int page, int limit) {
        return findAll(MENU_ORDER).page(page - 1, limit).list();
    }

    /** A position after every existing section. */
    public int nextPosition() {
        Integer last = getEntityManager()
                .createQuery("select max(s.position) from Section s", Integer.class)
                .getSingleResult();
        return last == null ? 10 : last + 10;
    }

    /** Up to {@code count} sections in menu order, starting after the given position and id. */
    public List<Section> pageInMenuOrder(Integer afterPosition, UUID afterId, int count) {
        if (afterId == null) {
            return findAll(MENU_ORDER).page(0, count).list();
        }
        return find("position > ?1 or (position = ?1 and id > ?2)", MENU_ORDER, afterPosition, afterId)
                .page(0, count)
                .list();
    }
}
