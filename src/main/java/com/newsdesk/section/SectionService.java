package com.newsdesk.section;

import com.newsdesk.common.paging.CursorPage;
import com.newsdesk.common.paging.Cursors;
import com.newsdesk.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Sections: reading them in menu order, and creating them. */
@ApplicationScoped
public class SectionService {

    private static final String CURSOR_KIND = "section";

    private final SectionRepository sections;

    SectionService(SectionRepository sections) {
        this.sections = sections;
    }

    /** One page of sections in menu order, after the given cursor (null for the first page). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CursorPage<SectionView> list(String cursor, int limit) {
        Integer afterPosition = null;
        UUID afterId = null;
        if (cursor != null) {
            List<String> keys = Cursors.decode(cursor, CURSOR_KIND, 2, "cursor");
            try {
                afterPosition = Integer.parseInt(keys.get(0));
                afterId = UUID.fromString(keys.get(1));
            } catch (IllegalArgumentException e) {
                throw Cursors.invalid("cursor");
            }
        }
        List<Section> rows = sections.pageInMenuOrder(afterPosition, afterId, limit + 1);
        return CursorPage.of(
                rows,
                limit,
                SectionView::of,
                last -> Cursors.encode(CURSOR_KIND, String.valueOf(last.position), last.id.toString()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SectionView getBySlug(String slug) {
        return sections.findBySlug(slug)
                .map(SectionView::of)
                .orElseThrow(() -> new ProblemException.NotFound("There is no section '" + slug + "'."));
    }

    /** Creates a section; the slug must be free. */
    @Transactional
    public SectionView create(String slug, String name, String description, int position) {
        if (sections.findBySlug(slug).isPresent()) {
            throw new ProblemException.Conflict(
                    "The slug '" + slug + "' is taken.",
                    List.of(new com.newsdesk.common.problem.Problem.FieldError(
                            "slug", "Is already used by another section")));
        }
        Section section = new Section();
        section.slug = slug;
        section.name = name;
        section.description = description;
        section.position = position;
        sections.persist(section);
        return SectionView.of(section);
    }
}
