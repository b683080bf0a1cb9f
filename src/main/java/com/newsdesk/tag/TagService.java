package com.newsdesk.tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsdesk.common.Slugs;
import com.newsdesk.common.Texts;
import com.newsdesk.common.Usages;
import com.newsdesk.common.http.Preconditions;
import com.newsdesk.common.json.MergePatch;
import com.newsdesk.common.paging.CursorPage;
import com.newsdesk.common.paging.Cursors;
import com.newsdesk.common.paging.NumberedPage;
import com.newsdesk.common.problem.Problem.FieldError;
import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.tag.TagInputs.NewTag;
import com.newsdesk.tag.TagViews.TagAdminView;
import com.newsdesk.tag.TagViews.TagView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Tags: public reads in name order, staff management, and lookups for articles. */
@ApplicationScoped
public class TagService {

    private static final String CURSOR_KIND = "tag";

    private final TagRepository tags;
    private final Preconditions preconditions;
    private final Usages usages;
    private final Event<TagRenamed> renamed;
    private final MergePatch merges;

    TagService(
            TagRepository tags,
            Preconditions preconditions,
            Usages usages,
            Event<TagRenamed> renamed,
            MergePatch merges) {
        this.tags = tags;
        this.preconditions = preconditions;
        this.usages = usages;
        this.renamed = renamed;
        this.merges = merges;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CursorPage<TagView> list(String cursor, int limit) {
        Cursors.NamePosition after = Cursors.namePosition(cursor, CURSOR_KIND);
        String afterName = after == null ? null : after.name();
        UUID afterId = after == null ? null : after.id();
        return CursorPage.of(
                tags.pageByName(afterName, afterId, limit + 1),
                limit,
                TagView::of,
                last -> Cursors.encode(CURSOR_KIND, last.name, last.id.toString()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TagView getBySlug(String slug) {
        return tags.findBySlug(slug)
                .map(TagView::of)
                .orElseThrow(() -> new ProblemException.NotFound("There is no tag '" + slug + "'."));
    }

    /** Ids of tags by slug, in the order given; a 400 on {@code field} names unknown slugs. */
    @Transactional
    public List<UUID> idsOf(List<String> slugs, String field) {
        Map<String, UUID> known = tags.findBySlugs(slugs).stream().collect(Collectors.toMap(t -> t.slug, t -> t.id));
        List<FieldError> unknown = new java.util.ArrayList<>();
        for (int i = 0; i < slugs.size(); i++) {
            if (!known.containsKey(slugs.get(i))) {
                unknown.add(new FieldError(field + "[" + i + "]", "There is no tag '" + slugs.get(i) + "'"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException.InvalidInput(unknown);
        }
        return slugs.stream().map(known::get).toList();
    }

    /** Views of many tags in one query. */
    @Transactional
    public Map<UUID, TagView> views(Collection<UUID> ids) {
        return tags.findByIds(ids).stream().collect(Collectors.toMap(t -> t.id, TagView::of));
    }

    /** The id of a tag by slug, or a 404 for a public path. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UUID publicIdOf(String slug) {
        return tags.findBySlug(slug)
                .map(found -> found.id)
                .orElseThrow(() -> new ProblemException.NotFound("There is no tag '" + slug + "'."));
    }

    @Transactional
    public NumberedPage<TagAdminView> adminList(int page, int limit) {
        List<TagAdminView> data =
                tags.pageByNumber(page, limit).stream().map(TagAdminView::of).toList();
        return new NumberedPage<>(data, new NumberedPage.PageMeta(page, limit, tags.count()));
    }

    @Transactional
    public TagAdminView adminGet(UUID id) {
        return TagAdminView.of(find(id));
    }

    @Transactional
    public TagAdminView create(NewTag input) {
        Tag tag = new Tag();
        tag.slug = requireUsableSlug(input.slug(), null);
        tag.name = input.name().trim();
        tag.description = Texts.orNull(input.description());
        tags.persist(tag);
        tags.flush();
        return TagAdminView.of(tag);
    }

    @Transactional
    public TagAdminView patch(UUID id, String ifMatch, JsonNode patch) {
        Tag tag = find(id);
        preconditions.requireMatch(ifMatch, TagAdminView.of(tag));
        NewTag current = new NewTag(tag.slug, tag.name, tag.description);
        NewTag changed = merges.mergeValid(current, patch, NewTag.class, "slug", "name");
        if (!changed.slug().equals(tag.slug)) {
            tag.slug = requireUsableSlug(changed.slug(), tag.id);
        }
        boolean newName = !changed.name().trim().equals(tag.name);
        tag.name = changed.name().trim();
        tag.description = Texts.orNull(changed.description());
        tags.flush();
        if (newName) {
            // Observers copy the name with SQL, so it has to be flushed first.
            renamed.fire(new TagRenamed(tag.id));
        }
        return TagAdminView.of(tag);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Tag tag = find(id);
        preconditions.requireMatch(ifMatch, TagAdminView.of(tag));
        usages.requireUnused("tag", id, "This tag");
        tags.delete(tag);
    }

    private Tag find(UUID id) {
        return tags.findByIdOptional(id)
                .orElseThrow(() -> new ProblemException.NotFound("There is no tag " + id + "."));
    }

    private String requireUsableSlug(String slug, UUID self) {
        return Slugs.requireUsable(slug, tags.findBySlug(slug).map(found -> found.id), self, "tag");
    }
}
