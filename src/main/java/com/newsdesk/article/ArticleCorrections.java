package com.newsdesk.article;

import com.newsdesk.article.CorrectionViews.NewCorrection;
import com.newsdesk.article.CorrectionViews.Stored;
import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.common.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Corrections, clarifications and updates of articles readers have seen. A note is part of the
 * article's public state: adding or removing one changes its ETag and updatedAt, its delta-sync
 * row, and (through the article's row) its content event, cache entries and CDN purge.
 */
@ApplicationScoped
public class ArticleCorrections {

    private final ArticleRepository articles;
    private final ChangeLog changes;
    private final Clock clock;

    ArticleCorrections(ArticleRepository articles, ChangeLog changes, Clock clock) {
        this.articles = articles;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public List<Stored> list(UUID id) {
        return List.copyOf(articles.require(id).corrections);
    }

    @Transactional
    public Stored add(UUID id, NewCorrection input, UUID staff) {
        Article article = articles.require(id);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!article.wasEverPublic(now)) {
            throw new ProblemException(
                    ProblemType.UNPROCESSABLE,
                    "Article " + id + " was never public: change it instead of correcting it in public.");
        }
        Stored note = new Stored(
                UUID.randomUUID().toString(), input.type(), input.text().trim(), now, staff.toString(), null, null);
        List<Stored> notes = new ArrayList<>(article.corrections);
        notes.add(note);
        changed(article, notes, now);
        return note;
    }

    /** Takes a note off the public view; staff keep seeing it, with who removed it and when. */
    @Transactional
    public void remove(UUID id, String noteId, UUID staff) {
        Article article = articles.require(id);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Stored> notes = new ArrayList<>(article.corrections);
        int at = -1;
        for (int i = 0; i < notes.size(); i++) {
            if (notes.get(i).id().equals(noteId) && notes.get(i).removedAt() == null) {
                at = i;
            }
        }
        if (at < 0) {
            throw new ProblemException.NotFound("Article " + id + " has no public note " + noteId + ".");
        }
        notes.set(at, notes.get(at).removed(now, staff.toString()));
        changed(article, notes, now);
    }

    private void changed(Article article, List<Stored> notes, Instant now) {
        article.corrections = notes; // the row's update moves updatedAt: a material change
        articles.flush();
        if (article.isPublicAt(now)) {
            changes.upsert(article);
        }
    }
}
