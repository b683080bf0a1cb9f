package com.newsdesk.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.newsdesk.article.RevisionViews.BlockChange;
import com.newsdesk.article.RevisionViews.FieldChange;
import com.newsdesk.article.RevisionViews.RevisionDiff;
import com.newsdesk.article.RevisionViews.RevisionSummary;
import com.newsdesk.article.RevisionViews.RevisionView;
import com.newsdesk.article.RevisionViews.WordChange;
import com.newsdesk.common.paging.NumberedPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An article's revisions for staff: the list, one, the difference of two (fields, and body
 * blocks word by word), and restoring one. Whoever may open the article may read its history
 * (contributors: their own drafts).
 */
@ApplicationScoped
public class ArticleHistory {

    private final ArticleRevisions revisions;
    private final ArticleService articles;

    ArticleHistory(ArticleRevisions revisions, ArticleService articles) {
        this.revisions = revisions;
        this.articles = articles;
    }

    @Transactional
    public NumberedPage<RevisionSummary> list(UUID id, int page, int limit, Caller caller) {
        articles.findFor(id, caller); // access only: no view to build
        NumberedPage<ArticleRevisions.Stored> stored = revisions.page(id, page, limit);
        return new NumberedPage<>(
                stored.data().stream()
                        .map(s -> new RevisionSummary(s.n(), s.createdAt(), s.staffId(), s.action(), s.changed()))
                        .toList(),
                stored.meta());
    }

    /** The number of the newest revision. */
    @Transactional
    public int newest(UUID id, Caller caller) {
        articles.findFor(id, caller); // access only: no view to build
        return revisions
                .latest(id)
                .map(ArticleRevisions.Stored::n)
                .orElseThrow(() -> new com.newsdesk.common.problem.ProblemException.NotFound(
                        "Article " + id + " has no revisions."));
    }

    @Transactional
    public RevisionView get(UUID id, int n, Caller caller) {
        articles.findFor(id, caller); // access only: no view to build
        ArticleRevisions.Stored s = revisions.one(id, n);
        return new RevisionView(s.n(), s.createdAt(), s.staffId(), s.action(), s.changed(), s.content());
    }

    @Transactional
    public RevisionDiff diff(UUID id, int n, int to, Caller caller) {
        articles.findFor(id, caller); // access only: no view to build
        JsonNode from = revisions.one(id, n).content();
        JsonNode into = revisions.one(id, to).content();
        java.util.SortedSet<String> names = new java.util.TreeSet<>();
        from.fieldNames().forEachRemaining(names::add);
        into.fieldNames().forEachRemaining(names::add);
        List<FieldChange> fields = new ArrayList<>();
        for (String field : names) {
            JsonNode a = from.path(field);
            JsonNode b = into.path(field);
            if (!field.equals("body") && !a.equals(b)) {
                fields.add(new FieldChange(field, a.isMissingNode() ? null : a, b.isMissingNode() ? null : b));
            }
        }
        return new RevisionDiff(n, to, fields, blocks(from.path("body"), into.path("body")));
    }

    /**
     * Copies every editable field of revision n but status, publishAt and slug into the article,
     * as a new revision; a public article stays public with the restored text.
     */
    @Transactional
    public ArticleAdminView restore(UUID id, int n, String ifMatch, Caller caller) {
        articles.findFor(id, caller); // before the revision is read: a 403 is not a 404 in disguise
        ObjectNode patch = revisions.one(id, n).content().deepCopy();
        patch.remove(List.of("status", "publishAt", "slug"));
        return articles.patch(id, ifMatch, patch, caller, "restore");
    }

    private static List<BlockChange> blocks(JsonNode from, JsonNode to) {
        List<BlockChange> changes = new ArrayList<>();
        WordDiff.Budget budget = new WordDiff.Budget(); // one for the whole body, not per block
        int size = Math.max(from.size(), to.size());
        for (int i = 0; i < size; i++) {
            JsonNode a = from.get(i);
            JsonNode b = to.get(i);
            if (a == null) {
                changes.add(new BlockChange(i, "added", List.of(new WordChange("insert", text(b)))));
            } else if (b == null) {
                changes.add(new BlockChange(i, "removed", List.of(new WordChange("delete", text(a)))));
            } else if (!a.equals(b)) {
                changes.add(new BlockChange(
                        i,
                        "changed",
                        WordDiff.diff(text(a), text(b), budget).stream()
                                .map(op -> new WordChange(op.op(), op.text()))
                                .toList()));
            }
        }
        return changes;
    }

    /** A block's words: its text values in order (a list's items, a quote and its source), not its type. */
    private static String text(JsonNode block) {
        List<String> parts = new ArrayList<>();
        collect(block, parts);
        return String.join(" ", parts);
    }

    private static void collect(JsonNode node, List<String> parts) {
        if (node.isTextual()) {
            parts.add(node.asText());
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, parts));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("type")) {
                    collect(field.getValue(), parts);
                }
            });
        }
    }
}
