package com.newsdesk.newsletter;

import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.common.problem.ProblemType;
import com.newsdesk.newsletter.SubscriptionRepository.Confirmation;
import com.newsdesk.newsletter.SubscriptionRepository.Held;
import com.newsdesk.newsletter.SubscriptionRepository.Reader;
import com.newsdesk.newsletter.SubscriptionViews.ConfirmationLink;
import com.newsdesk.newsletter.SubscriptionViews.Confirmed;
import com.newsdesk.newsletter.SubscriptionViews.NewsletterRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The second step of the double opt-in: the link in a confirmation mail, looked at (which changes
 * nothing) or used, when the subscriptions it names become confirmed and get their welcome mail.
 */
@ApplicationScoped
public class ConfirmationService {

    private static final Pattern RANDOM_TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final SubscriptionRepository subscriptions;
    private final NewsletterRepository newsletters;
    private final SubscriptionMails mails;
    private final SubscriberKeys keys;
    private final Clock clock;

    ConfirmationService(
            SubscriptionRepository subscriptions,
            NewsletterRepository newsletters,
            SubscriptionMails mails,
            SubscriberKeys keys,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.newsletters = newsletters;
        this.mails = mails;
        this.keys = keys;
        this.clock = clock;
    }

    /** What a confirmation link is for; changes nothing (mail scanners open links). */
    @Transactional
    public ConfirmationLink inspectConfirmation(String token) {
        Confirmation confirmation = usableConfirmation(token, false);
        List<Held> held = subscriptions.findAll(confirmation.subscriptionIds());
        String email = subscriptions
                .reader(confirmation.subscriberId())
                .map(Reader::email)
                .orElse("");
        return new ConfirmationLink(
                "confirm-subscription",
                EmailAddress.masked(email),
                refs(held),
                confirmation.expiresAt(),
                "To confirm, send POST /api/v1/subscriptions/confirm with {\"token\": \"...\"}"
                        + " (the page behind this link shows a Confirm button).");
    }

    /** Confirms what a link asked for and sends each newsletter's welcome mail. */
    @Transactional
    public Confirmed confirm(String token, String clientAddress) {
        Confirmation confirmation = usableConfirmation(token, true);
        Instant now = clock.instant();
        subscriptions.markUsed(SubscriberKeys.hash(token.trim()), now);
        Set<UUID> confirmedNow = new HashSet<>(
                subscriptions.confirm(confirmation.subscriptionIds(), keys.networkFingerprint(clientAddress), now));
        List<Held> held = subscriptions.findAll(confirmation.subscriptionIds());
        Map<UUID, Newsletter> byId = newslettersOf(held);
        List<Held> confirmed =
                held.stream().filter(h -> h.status().equals("confirmed")).toList();
        if (confirmed.isEmpty()) {
            throw gone("These subscriptions were cancelled after this link was sent. Please sign up again.");
        }
        for (Held h : confirmed) {
            if (confirmedNow.contains(h.id())) {
                mails.queueWelcome(h.subscriberId(), h.id(), h.email(), h.name(), byId.get(h.newsletterId()));
            }
        }
        List<NewsletterRef> refs = confirmed.stream()
                .map(h -> NewsletterRef.of(byId.get(h.newsletterId())))
                .toList();
        String names = refs.stream().map(NewsletterRef::name).collect(Collectors.joining(" and "));
        return new Confirmed(
                "You're successfully subscribed to " + names + ".",
                refs,
                keys.signPreferences(confirmation.subscriberId(), now));
    }

    /**
     * A confirmation that may still be used. Expired links are deleted by housekeeping, so an
     * unknown well-formed token answers exactly as an expired one does (and expiry is checked
     * before use, so a used link that has expired answers the same too).
     */
    private Confirmation usableConfirmation(String token, boolean lock) {
        if (token == null || !RANDOM_TOKEN.matcher(token.trim()).matches()) {
            throw new ProblemException.InvalidInput(
                    "token", "This link is not valid; please use the link from our email");
        }
        Confirmation confirmation = subscriptions
                .confirmation(SubscriberKeys.hash(token.trim()), lock)
                .filter(c -> c.expiresAt().isAfter(clock.instant()))
                .orElseThrow(() -> gone("This confirmation link has expired. Please sign up again to get a new one."));
        if (confirmation.usedAt() != null) {
            throw gone("This confirmation link has already been used.");
        }
        return confirmation;
    }

    private List<NewsletterRef> refs(List<Held> held) {
        Map<UUID, Newsletter> byId = newslettersOf(held);
        return held.stream()
                .map(h -> NewsletterRef.of(byId.get(h.newsletterId())))
                .toList();
    }

    private Map<UUID, Newsletter> newslettersOf(List<Held> held) {
        List<UUID> ids = held.stream().map(Held::newsletterId).distinct().toList();
        return ids.isEmpty()
                ? Map.of()
                : newsletters.list("id in ?1", ids).stream().collect(Collectors.toMap(n -> n.id, Function.identity()));
    }

    private static ProblemException gone(String detail) {
        return new ProblemException(ProblemType.GONE, detail);
    }
}
