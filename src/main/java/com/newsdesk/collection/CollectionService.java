package com.newsdesk.collection;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsdesk.article.ArticleQueries;
import com.newsdesk.article.ArticleQueries.ArticleRef;
import com.newsdesk.collection.CollectionInputs.CollectionChanges;
import com.newsdesk.collection.CollectionInputs.ItemInput;
import com.newsdesk.collection.CollectionInputs.NewCollection;
import com.newsdesk.collection.CollectionViews.CollectionAdminView;
import com.newsdesk.collection.CollectionViews.CollectionView;
import com.newsdesk.collection.CollectionViews.ItemView;
import com.newsdesk.common.Slugs;
import com.newsdesk.common.Texts;
import com.newsdesk.common.http.Preconditions;
import com.newsdesk.common.json.MergePatch;
import com.newsdesk.common.paging.NumberedPage;
import com.newsdesk.common.problem.Problem.FieldError;
import com.newsdesk.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Curated collections: what readers see of them, and how editors order them. */
@ApplicationScoped
public class CollectionService {

    private final CollectionRepository collections;
    private final ArticleQueries articles;
    private final Preconditions preconditions;
    private final Clock clock;
    private final MergePatch merges;

    CollectionService(
            CollectionRepository collections,
            ArticleQueries articles,
            Preconditions preconditions,
            Clock clock,
            MergePatch merges) {
        this.collections = collections;
        this.articles = articles;
        this.preconditions = preconditions;
        this.clock = clock;
        this.merges = merges;
    }

    /** Published articles in the editors' order, only the picks whose window is open now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CollectionView view(String slug) {
        Collection collection = collections
                .findBySlug(slug)
                .orElseThrow(() -> new ProblemException.NotFound("There is no collection '" + slug + "'."));
        return view(collection);
    }

    /** The articles each of these collections shows now, in the editors' order; missing ones are left out. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, List<UUID>> shownNow(List<String> slugs) {
        Instant now = clock.instant();
        Map<String, List<UUID>> shown = new java.util.HashMap<>();
        collections
                .list("slug in ?1", slugs)
                .forEach(collection -> shown.put(collection.slug, shownAt(collection, now)));
        return shown;
    }

    private static List<UUID> shownAt(Collection collection, Instant now) {
        return collection.items.stream()
                .filter(item -> item.showsAt(now))
                .map(Collection.Item::articleId)
                .toList();
    }

    private CollectionView view(Collection collection) {
        List<UUID> shown = shownAt(collection, clock.instant());
        return new CollectionView(
                collection.slug, collection.name, collection.description, articles.publicSummaries(shown));
    }

    @Transactional
    public NumberedPage<CollectionAdminView> list(int page, int limit) {
        List<CollectionAdminView> data = collections.pageByNumber(page, limit).stream()
                .map(this::adminView)
                .toList();
        return new NumberedPage<>(data, new NumberedPage.PageMeta(page, limit, collections.count()));
    }

    @Transactional
    public CollectionAdminView get(UUID id) {
        return adminView(find(id));
    }

    @Transactional
    public CollectionAdminView create(NewCollection input) {
        Collection collection = new Collection();
        collection.slug = Slugs.requireUsable(
                input.slug(), collections.findBySlug(input.slug()).map(c -> c.id), null, "collection");
        collection.name = input.name().trim();
        collection.description = Texts.orNull(input.description());
        collections.persist(collection);
        collections.flush();
        return adminView(collection);
    }

    @Transactional
    public CollectionAdminView patch(UUID id, String ifMatch, JsonNode patch) {
        Collection collection = find(id);
        preconditions.requireMatch(ifMatch, adminView(collection));
        CollectionChanges current = new CollectionChanges(collection.name, collection.description);
        CollectionChanges changed = merges.mergeValid(current, patch, CollectionChanges.class, "name");
        collection.name = changed.name().trim();
        collection.description = Texts.orNull(changed.description());
        collections.flush();
        return adminView(collection);
    }

    /** Replaces the items, in the order given: adding, removing and reordering are one write. */
    @Transactional
    public CollectionAdminView setItems(UUID id, String ifMatch, List<ItemInput> items) {
        Collection collection = find(id);
        preconditions.requireMatch(ifMatch, adminView(collection));
        List<FieldError> errors = new ArrayList<>();
        List<Collection.Item> resolved = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            ItemInput item = items.get(i);
            Optional<UUID> article = articles.resolve(item.article().trim());
            if (article.isEmpty()) {
                errors.add(new FieldError("items[" + i + "].article", "There is no article '" + item.article() + "'"));
                continue;
            }
            if (!seen.add(article.get())) {
                errors.add(new FieldError("items[" + i + "].article", "Is already in the list"));
            }
            if (item.showFrom() != null
                    && item.showUntil() != null
                    && !item.showUntil().isAfter(item.showFrom())) {
                errors.add(new FieldError("items[" + i + "].showUntil", "Must be after showFrom"));
            }
            resolved.add(new Collection.Item(article.get(), item.showFrom(), item.showUntil()));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.InvalidInput(errors);
        }
        collection.items = resolved;
        collections.flush();
        return adminView(collection);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Collection collection = find(id);
        preconditions.requireMatch(ifMatch, adminView(collection));
        collections.delete(collection);
    }

    private Collection find(UUID id) {
        return collections
                .findByIdOptional(id)
                .orElseThrow(() -> new ProblemException.NotFound("There is no collection " + id + "."));
    }

    private CollectionAdminView adminView(Collection collection) {
        Map<UUID, ArticleRef> refs = articles.refs(
                collection.items.stream().map(Collection.Item::articleId).toList());
        List<ItemView> items = collection.items.stream()
                .map(item -> {
                    ArticleRef ref = refs.get(item.articleId());
                    return new ItemView(
                            item.articleId().toString(),
                            ref == null ? null : ref.slug(),
                            ref == null ? null : ref.headline(),
                            ref == null ? null : ref.status(),
                            item.showFrom(),
                            item.showUntil());
                })
                .toList();
        return new CollectionAdminView(
                collection.id.toString(),
                collection.slug,
                collection.name,
                collection.description,
                items,
                collection.updatedAt);
    }
}
