package com.newsdesk.section;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Test data for sections, owned by the tests that use it. */
@ApplicationScoped
public class SectionFixtures {

    private final SectionRepository sections;

    SectionFixtures(SectionRepository sections) {
        this.sections = sections;
    }

    @Transactional
    public Section create(String slug, String name, int position) {
        Section section = new Section();
        section.slug = slug;
        section.name = name;
        section.description = "About " + name;
        section.position = position;
        sections.persist(section);
        return section;
    }

    @Transactional
    public void rename(String slug, String name) {
        sections.findBySlug(slug).orElseThrow().name = name;
    }

    /** Removes sections, and first the articles that would hold on to them. */
    @Transactional
    public void deleteAll() {
        for (String table : new String[] {"article_tag", "article_author", "article"}) {
            sections.getEntityManager()
                    .createNativeQuery("DELETE FROM " + table)
                    .executeUpdate();
        }
        sections.deleteAll();
    }
}
