package com.newsdesk.newsletter;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsdesk.author.AuthorService;
import com.newsdesk.common.Slugs;
import com.newsdesk.common.Texts;
import com.newsdesk.common.http.Preconditions;
import com.newsdesk.common.json.MergePatch;
import com.newsdesk.common.paging.NumberedPage;
import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.newsletter.NewsletterInputs.NewNewsletter;
import com.newsdesk.newsletter.NewsletterInputs.NewsletterChanges;
import com.newsdesk.newsletter.NewsletterViews.HostRef;
import com.newsdesk.newsletter.NewsletterViews.NewsletterAdminView;
import com.newsdesk.newsletter.NewsletterViews.NewsletterList;
import com.newsdesk.newsletter.NewsletterViews.NewsletterView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** Newsletters: the public list, and the staff side that manages them. */
@ApplicationScoped
public class NewsletterService {

    private final NewsletterRepository newsletters;
    private final SubscriptionRepository subscriptions;
    private final AuthorService authors;
    private final Preconditions preconditions;
    private final MergePatch merges;

    NewsletterService(
            NewsletterRepository newsletters,
            SubscriptionRepository subscriptions,
            AuthorService authors,
            Preconditions preconditions,
            MergePatch merges) {
        this.newsletters = newsletters;
        this.subscriptions = subscriptions;
        this.authors = authors;
        this.preconditions = preconditions;
        this.merges = merges;
    }

    @Transactional
    public NewsletterList listActive() {
        List<Newsletter> active = newsletters.listActive();
        Map<UUID, HostRef> hosts = hosts(active);
        return new NewsletterList(active.stream()
                .map(n -> NewsletterView.of(n, hosts.get(n.hostAuthorId)))
                .toList());
    }

    @Transactional
    public NewsletterView getActive(String slug) {
        Newsletter newsletter = activeBySlug(slug);
        return NewsletterView.of(newsletter, hosts(List.of(newsletter)).get(newsletter.hostAuthorId));
    }

    /** An active newsletter by slug, or 404 (archived ones take no sign-ups). */
    private Newsletter activeBySlug(String slug) {
        return newsletters
                .findBySlug(slug)
                .filter(Newsletter::active)
                .orElseThrow(() -> new ProblemException.NotFound("There is no newsletter '" + slug + "'."));
    }

    @Transactional
    public NumberedPage<NewsletterAdminView> adminList(int page, int limit) {
        List<Newsletter> rows = newsletters.pageByNumber(page, limit);
        Map<UUID, HostRef> hosts = hosts(rows);
        List<NewsletterAdminView> data = rows.stream()
                .map(n -> NewsletterAdminView.of(n, hosts.get(n.hostAuthorId)))
                .toList();
        return new NumberedPage<>(data, new NumberedPage.PageMeta(page, limit, newsletters.count()));
    }

    @Transactional
    public NewsletterAdminView adminGet(UUID id) {
        return adminView(find(id));
    }

    @Transactional
    public NewsletterAdminView create(NewNewsletter input) {
        Newsletter newsletter = new Newsletter();
        newsletter.slug = requireUsableSlug(input.slug(), null);
        newsletter.name = input.name().trim();
        newsletter.description = Texts.orNull(input.description());
        newsletter.cadence = input.cadence();
        newsletter.hostAuthorId = hostId(input.host());
        newsletter.senderName = input.senderName() == null || input.senderName().isBlank()
                ? newsletter.name
                : input.senderName().trim();
        newsletter.status = input.status() == null ? "active" : input.status();
        newsletter.sortOrder = input.sortOrder() != null ? input.sortOrder() : newsletters.nextSortOrder();
        newsletters.persist(newsletter);
        newsletters.flush();
        return adminView(newsletter);
    }

    @Transactional
    public NewsletterAdminView patch(UUID id, String ifMatch, JsonNode patch) {
        Newsletter newsletter = find(id);
        preconditions.requireMatch(ifMatch, adminView(newsletter));
        HostRef host = hosts(List.of(newsletter)).get(newsletter.hostAuthorId);
        NewsletterChanges current = new NewsletterChanges(
                newsletter.slug,
                newsletter.name,
                newsletter.description,
                newsletter.cadence,
                host == null ? null : host.slug(),
                newsletter.senderName,
                newsletter.status,
                newsletter.sortOrder);
        NewsletterChanges changed = merges.mergeValid(
                current,
                patch,
                NewsletterChanges.class,
                "slug",
                "name",
                "cadence",
                "senderName",
                "status",
                "sortOrder");
        if (!changed.slug().equals(newsletter.slug)) {
            newsletter.slug = requireUsableSlug(changed.slug(), newsletter.id);
        }
        if (!Objects.equals(changed.host(), current.host())) {
            newsletter.hostAuthorId = hostId(changed.host());
        }
        newsletter.name = changed.name().trim();
        newsletter.description = Texts.orNull(changed.description());
        newsletter.cadence = changed.cadence();
        newsletter.senderName = changed.senderName().trim();
        newsletter.status = changed.status();
        newsletter.sortOrder = changed.sortOrder();
        newsletters.flush();
        return adminView(newsletter);
    }

    /** Deletes a newsletter nobody ever signed up for; one with subscribers can only be archived. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        Newsletter newsletter = find(id);
        preconditions.requireMatch(ifMatch, adminView(newsletter));
        long count = subscriptions.countForNewsletter(id);
        if (count > 0) {
            throw new ProblemException.Conflict(
                    "This newsletter has " + count + " subscriptions; archive it instead"
                            + " (PATCH {\"status\": \"archived\"}) so that they are kept.",
                    null);
        }
        newsletters.delete(newsletter);
    }

    Newsletter find(UUID id) {
        return newsletters
                .findByIdOptional(id)
                .orElseThrow(() -> new ProblemException.NotFound("There is no newsletter " + id + "."));
    }

    private NewsletterAdminView adminView(Newsletter newsletter) {
        return NewsletterAdminView.of(newsletter, hosts(List.of(newsletter)).get(newsletter.hostAuthorId));
    }

    Map<UUID, HostRef> hosts(Collection<Newsletter> rows) {
        List<UUID> ids = rows.stream()
                .map(n -> n.hostAuthorId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        return authors.views(ids).entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> new HostRef(e.getValue().slug(), e.getValue().name())));
    }

    private UUID hostId(String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        try {
            return authors.idsOf(List.of(slug), "host").get(0);
        } catch (ProblemException.InvalidInput e) {
            throw new ProblemException.InvalidInput("host", "There is no author '" + slug + "'");
        }
    }

    private String requireUsableSlug(String slug, UUID self) {
        return Slugs.requireUsable(slug, newsletters.findBySlug(slug).map(found -> found.id), self, "newsletter");
    }
}
