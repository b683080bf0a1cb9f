package com.newsdesk.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsdesk.article.Block;
import com.newsdesk.article.EntryBodies;
import com.newsdesk.author.AuthorService;
import com.newsdesk.common.db.SqlValues;
import com.newsdesk.common.http.Preconditions;
import com.newsdesk.common.json.MergePatch;
import com.newsdesk.common.problem.Problem.FieldError;
import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.common.problem.ProblemType;
import com.newsdesk.live.LiveInputs.NewEntry;
import com.newsdesk.live.LiveViews.EntryView;
import com.newsdesk.media.MediaService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Editors' writes to live coverage. Entries can be posted to a live article only; each write is
 * heard by every instance at commit (the table's trigger notifies) and marks the article changed.
 */
@ApplicationScoped
public class LiveEntries {

    private final LiveEntryRepository entries;
    private final EntityManager db;
    private final LiveRows rows;
    private final LiveReads reads;
    private final EntryBodies bodies;
    private final AuthorService authors;
    private final MediaService media;
    private final MergePatch merges;
    private final Preconditions preconditions;
    private final Clock clock;

    LiveEntries(
            LiveEntryRepository entries,
            EntityManager db,
            LiveRows rows,
            LiveReads reads,
            EntryBodies bodies,
            AuthorService authors,
            MediaService media,
            MergePatch merges,
            Preconditions preconditions,
            Clock clock) {
        this.entries = entries;
        this.db = db;
        this.rows = rows;
        this.reads = reads;
        this.bodies = bodies;
        this.authors = authors;
        this.media = media;
        this.merges = merges;
        this.preconditions = preconditions;
        this.clock = clock;
    }

    /** The article, locked against a concurrent end of coverage; 404 when there is none, 422 when not live. */
    private void requireLive(UUID article) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = db.createNativeQuery("SELECT live, live_until FROM article WHERE id = ?1 FOR SHARE")
                .setParameter(1, article)
                .getResultList();
        if (found.isEmpty()) {
            throw new ProblemException.NotFound("No article has id " + article + ".");
        }
        Instant until = SqlValues.instant(found.get(0)[1]);
        if (!(Boolean) found.get(0)[0] || (until != null && !until.isAfter(clock.instant()))) {
            throw new ProblemException(
                    ProblemType.UNPROCESSABLE,
                    "Article " + article + " is not live: set live (and clear or move liveUntil) first.");
        }
    }

    @Transactional
    public EntryView create(UUID article, NewEntry input, UUID staff) {
        requireLive(article);
        LiveEntry entry = new LiveEntry();
        entry.articleId = article;
        entry.createdBy = staff;
        entry.createdAt = clock.instant();
        apply(entry, input);
        entries.persist(entry);
        return view(article, entry.id);
    }

    @Transactional
    public EntryView update(UUID article, UUID id, String ifMatch, JsonNode patch) {
        LiveEntry entry = find(article, id);
        preconditions.requireMatch(ifMatch, view(article, id));
        requireLive(article);
        NewEntry merged = merges.mergeValid(input(entry), patch, NewEntry.class);
        apply(entry, merged);
        entries.flush();
        return view(article, id);
    }

    /** Deletes an entry, leaving a marker that readers catching up see. */
    @Transactional
    public void delete(UUID article, UUID id, String ifMatch) {
        LiveEntry entry = find(article, id);
        preconditions.requireMatch(ifMatch, view(article, id));
        entry.deletedAt = clock.instant();
        entry.updatedAt = entry.deletedAt;
        entry.headline = null;
        entry.body = new ArrayList<>();
        entry.mediaId = null;
        entry.keyEvent = false;
        entry.pinned = false;
        entry.authorIds = new UUID[0];
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EntryView get(UUID article, UUID id) {
        find(article, id);
        return view(article, id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public com.newsdesk.common.paging.NumberedPage<EntryView> list(UUID article, int page, int limit) {
        long total = ((Number) db.createNativeQuery(
                                "SELECT count(*) FROM live_entry WHERE article_id = ?1 AND deleted_at IS NULL")
                        .setParameter(1, article)
                        .getSingleResult())
                .longValue();
        return new com.newsdesk.common.paging.NumberedPage<>(
                reads.newest(article, false, limit, (long) (page - 1) * limit),
                new com.newsdesk.common.paging.NumberedPage.PageMeta(page, limit, total));
    }

    private LiveEntry find(UUID article, UUID id) {
        return entries.findCurrent(article, id)
                .orElseThrow(() -> new ProblemException.NotFound("Article " + article + " has no entry " + id + "."));
    }

    private EntryView view(UUID article, UUID id) {
        if (db.isJoinedToTransaction()) {
            db.flush(); // what this transaction wrote, for the statement below
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = db.createNativeQuery(LiveRows.COLUMNS + " WHERE e.id = :id AND e.article_id = :article")
                .setParameter("id", id)
                .setParameter("article", article)
                .getResultList();
        return rows.row(found.get(0)).view();
    }

    private NewEntry input(LiveEntry entry) {
        @SuppressWarnings("unchecked")
        List<String> slugs = entry.authorIds.length == 0
                ? List.of()
                : db.createNativeQuery("SELECT au.slug FROM unnest(CAST(?1 AS uuid[])) WITH ORDINALITY AS x(aid, ord)"
                                + " JOIN author au ON au.id = x.aid ORDER BY x.ord")
                        .setParameter(1, entry.authorIds)
                        .getResultList();
        return new NewEntry(entry.headline, entry.body, entry.mediaId, entry.keyEvent, entry.pinned, slugs);
    }

    private void apply(LiveEntry entry, NewEntry input) {
        List<FieldError> errors = new ArrayList<>();
        List<Block> body = bodies.check(input.body() == null ? List.of() : input.body(), "body", errors);
        String headline = input.headline() == null || input.headline().isBlank()
                ? null
                : input.headline().trim();
        if (headline == null && body.isEmpty() && input.mediaId() == null) {
            errors.add(new FieldError("headline", "An entry needs a headline, a body or media"));
        }
        if (Boolean.TRUE.equals(input.keyEvent()) && headline == null) {
            errors.add(new FieldError("headline", "A key event needs a headline: summaries list it"));
        }
        List<UUID> authorIds = List.of();
        try {
            authorIds = authors.idsOf(input.authors() == null ? List.of() : input.authors(), "authors");
        } catch (ProblemException.InvalidInput invalid) {
            errors.addAll(invalid.errors());
        }
        if (input.mediaId() != null) {
            try {
                media.requireKind(input.mediaId(), "mediaId");
            } catch (ProblemException.InvalidInput invalid) {
                errors.addAll(invalid.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.InvalidInput(errors);
        }
        entry.headline = headline;
        entry.body = new ArrayList<>(body);
        entry.mediaId = input.mediaId();
        entry.keyEvent = Boolean.TRUE.equals(input.keyEvent());
        entry.pinned = Boolean.TRUE.equals(input.pinned());
        entry.authorIds = authorIds.toArray(UUID[]::new);
        entry.updatedAt = clock.instant();
    }
}
