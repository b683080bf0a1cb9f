package com.newsdesk.section;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsdesk.common.Slugs;
import com.newsdesk.common.Texts;
import com.newsdesk.common.Usages;
import com.newsdesk.common.http.Preconditions;
import com.newsdesk.common.json.MergePatch;
import com.newsdesk.common.paging.CursorPage;
import com.newsdesk.common.paging.Cursors;
import com.newsdesk.common.paging.NumberedPage;
import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.section.SectionInputs.NewSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Sections: reading them in menu order, and creating them. */
@ApplicationScoped
public class SectionService {

    private static final String CURSOR_KIND = "section";

    private final SectionRepository sections;
    private final Preconditions preconditions;
    private final Usages usages;
    private final MergePatch merges;

    SectionService(SectionRepository sections, Preconditions preconditions, Usages usages, MergePatch merges) {
        this.sections = sections;
        this.preconditions = preconditions;
        this.usages = usages;
        this.merges = merges;
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

    /** The id of a section by slug, or a 400 on {@code field}. */
    @Transactional
    public UUID idOf(String slug, String field) {
        return sections.findBySlug(slug)
                .map(section -> section.id)
                .orElseThrow(() -> new ProblemException.InvalidInput(field, "There is no section '" + slug + "'"));
    }

    /** The id of a section by slug, or a 404 for a public path. */
    @Transactional
    public UUID publicIdOf(String slug) {
        return sections.findBySlug(slug)
                .map(section -> section.id)
                .orElseThrow(() -> new ProblemException.NotFound("There is no section '" + slug + "'."));
    }

    /** Creates a section; the slug must be free and not reserved. */
    @Transactional
    public SectionAdminView create(NewSection input) {
        String slug = requireUsableSlug(input.slug(), null);
        Section section = new Section();
        section.slug = slug;
        section.name = input.name().trim();
        section.description = Texts.orNull(input.description());
        section.position = input.position() != null ? input.position() : sections.nextPosition();
        sections.persist(section);
        sections.flush();
        return SectionAdminView.of(section);
    }

    @Transactional
    public NumberedPage<SectionAdminView> adminList(int page, int limit) {
        List<SectionAdminView> data = sections.pageByNumber(page, limit).stream()
                .map(SectionAdminView::of)
                .toList();
        return new NumberedPage<>(data, new NumberedPage.PageMeta(page, limit, sections.count()));
    }

    @Transactional
    public SectionAdminView adminGet(UUID id) {
        return SectionAdminView.of(find(id));
    }

    @Transactional
    public SectionAdminView patch(UUID id, String ifMatch, JsonNode patch) {
        Section section = find(id);
        preconditions.requireMatch(ifMatch, SectionAdminView.of(section));
        NewSection current = new NewSection(section.slug, section.name, section.description, section.position);
        NewSection changed = merges.mergeValid(current, patch, NewSection.class, "slug", "name", "position");
        if (!changed.slug().equals(section.slug)) {
            section.slug = requireUsableSlug(changed.slug(), section.id);
        }
        section.name = changed.name().trim();
        section.description = Texts.orNull(changed.description());
        section.position = changed.position();
        sections.flush();
        return SectionAdminView.of(section);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Section section = find(id);
        preconditions.requireMatch(ifMatch, SectionAdminView.of(section));
        usages.requireUnused("section", id, "This section");
        sections.delete(section);
    }

    private Section find(UUID id) {
        return sections.findByIdOptional(id)
                .orElseThrow(() -> new ProblemException.NotFound("There is no section " + id + "."));
    }

    private String requireUsableSlug(String slug, UUID self) {
        return Slugs.requireUsable(slug, sections.findBySlug(slug).map(found -> found.id), self, "section");
    }
}
