package com.newsdesk.newsletter;

import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.common.problem.ProblemType;
import com.newsdesk.newsletter.SubscriberKeys.Purpose;
import com.newsdesk.newsletter.SubscriptionRepository.Held;
import com.newsdesk.newsletter.SubscriptionRepository.Reader;
import com.newsdesk.newsletter.SubscriptionViews.Choice;
import com.newsdesk.newsletter.SubscriptionViews.NewsletterRef;
import com.newsdesk.newsletter.SubscriptionViews.PreferencesView;
import com.newsdesk.newsletter.SubscriptionViews.UnsubscribeLink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a subscribed reader does from the links in every mail: one-click unsubscribe, and choosing
 * their newsletters, where a newly chosen one goes through the double opt-in again.
 */
@ApplicationScoped
public class PreferencesService {

    private final SubscriptionRepository subscriptions;
    private final NewsletterRepository newsletters;
    private final NewsletterService newsletterService;
    private final SubscriptionService signUps;
    private final SubscriberKeys keys;
    private final NewsletterConfig config;
    private final Clock clock;

    PreferencesService(
            SubscriptionRepository subscriptions,
            NewsletterRepository newsletters,
            NewsletterService newsletterService,
            SubscriptionService signUps,
            SubscriberKeys keys,
            NewsletterConfig config,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.newsletters = newsletters;
        this.newsletterService = newsletterService;
        this.signUps = signUps;
        this.keys = keys;
        this.config = config;
        this.clock = clock;
    }

    /** What an unsubscribe link is for; changes nothing. */
    @Transactional
    public UnsubscribeLink inspectUnsubscribe(String token) {
        Held held = heldBy(token);
        Newsletter newsletter = newsletterService.find(held.newsletterId());
        return unsubscribeView(held, newsletter, held.status(), "To unsubscribe, send POST to this same URL.");
    }

    /** RFC 8058 one-click unsubscribe: the token alone says who and from what. */
    @Transactional
    public UnsubscribeLink unsubscribe(String token) {
        Held held = heldBy(token);
        subscriptions.unsubscribe(held.id(), clock.instant());
        Newsletter newsletter = newsletterService.find(held.newsletterId());
        return unsubscribeView(
                held,
                newsletter,
                "unsubscribed",
                "You're unsubscribed from " + newsletter.name + ". We won't send it again.");
    }

    private Held heldBy(String token) {
        UUID id = keys.verify(Purpose.UNSUBSCRIBE, token, "token");
        return subscriptions.find(id).orElseThrow(() -> gone("This subscription no longer exists."));
    }

    private static UnsubscribeLink unsubscribeView(Held held, Newsletter newsletter, String status, String message) {
        return new UnsubscribeLink(EmailAddress.masked(held.email()), NewsletterRef.of(newsletter), status, message);
    }

    @Transactional
    public PreferencesView preferences(String token) {
        UUID subscriberId = preferencesReader(token);
        Reader reader = subscriptions.reader(subscriberId).orElseThrow(() -> gone("This reader no longer exists."));
        return preferencesView(subscriberId, reader.email(), newsletters.listActive());
    }

    /**
     * Sets the reader's newsletters to exactly those listed (of the active ones). One the reader
     * does not have yet becomes pending and gets a confirmation mail, as a sign-up does: a
     * forwarded or leaked link must not subscribe a mailbox by itself (double opt-in).
     */
    @Transactional
    public PreferencesView updatePreferences(String token, SubscriptionInputs.Preferences input, String clientAddress) {
        UUID subscriberId = preferencesReader(token);
        Reader reader = subscriptions.reader(subscriberId).orElseThrow(() -> gone("This reader no longer exists."));
        List<Newsletter> activeList = newsletters.listActive();
        Map<String, Newsletter> active =
                activeList.stream().collect(Collectors.toMap(n -> n.slug, Function.identity()));
        SubscriptionService.requireKnown(input.newsletters(), active.keySet());
        Set<String> wanted = input.newsletters().stream().map(String::trim).collect(Collectors.toSet());
        Map<UUID, Held> current = subscriptions.ofSubscriber(subscriberId).stream()
                .collect(Collectors.toMap(Held::newsletterId, Function.identity()));
        Instant now = clock.instant();
        List<Newsletter> added = new ArrayList<>();
        for (Newsletter newsletter : activeList) {
            Held held = current.get(newsletter.id);
            String status = held == null ? "none" : held.status();
            if (wanted.contains(newsletter.slug) && !status.equals("confirmed")) {
                added.add(newsletter);
            } else if (!wanted.contains(newsletter.slug) && held != null && !status.equals("unsubscribed")) {
                subscriptions.unsubscribe(held.id(), now);
            }
        }
        if (!added.isEmpty()) {
            signUps.request(
                    EmailAddress.parse(reader.email(), "email"),
                    null,
                    "preferences",
                    added.stream().map(NewsletterDirectory.Listed::of).toList(),
                    keys.networkFingerprint(clientAddress));
        }
        return preferencesView(subscriberId, reader.email(), activeList);
    }

    /** The reader a preferences link names; 410 once it is older than preferenceLinkTtl. */
    private UUID preferencesReader(String token) {
        SubscriberKeys.Issued issued = keys.verifyPreferences(token, "token");
        if (!issued.issuedAt().plus(config.preferenceLinkTtl()).isAfter(clock.instant())) {
            throw gone("This link has expired. Please use the link in our latest email.");
        }
        return issued.id();
    }

    private PreferencesView preferencesView(UUID subscriberId, String email, List<Newsletter> active) {
        Map<UUID, String> statuses = subscriptions.ofSubscriber(subscriberId).stream()
                .collect(Collectors.toMap(Held::newsletterId, Held::status));
        var hosts = newsletterService.hosts(active);
        List<Choice> choices = active.stream()
                .map(n -> new Choice(
                        NewsletterViews.NewsletterView.of(n, hosts.get(n.hostAuthorId)),
                        statuses.getOrDefault(n.id, "none")))
                .toList();
        return new PreferencesView(EmailAddress.masked(email), choices);
    }

    private static ProblemException gone(String detail) {
        return new ProblemException(ProblemType.GONE, detail);
    }
}
