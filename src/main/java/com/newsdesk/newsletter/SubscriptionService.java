package com.newsdesk.newsletter;

import com.newsdesk.common.problem.Problem.FieldError;
import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.common.problem.ProblemType;
import com.newsdesk.common.ratelimit.RateLimiter;
import com.newsdesk.newsletter.SubscriberKeys.Purpose;
import com.newsdesk.newsletter.SubscriptionInputs.SubscribeMany;
import com.newsdesk.newsletter.SubscriptionRepository.Confirmation;
import com.newsdesk.newsletter.SubscriptionRepository.Held;
import com.newsdesk.newsletter.SubscriptionRepository.Reader;
import com.newsdesk.newsletter.SubscriptionRepository.Row;
import com.newsdesk.newsletter.SubscriptionViews.Accepted;
import com.newsdesk.newsletter.SubscriptionViews.Choice;
import com.newsdesk.newsletter.SubscriptionViews.ConfirmationLink;
import com.newsdesk.newsletter.SubscriptionViews.Confirmed;
import com.newsdesk.newsletter.SubscriptionViews.NewsletterRef;
import com.newsdesk.newsletter.SubscriptionViews.PreferencesView;
import com.newsdesk.newsletter.SubscriptionViews.UnsubscribeLink;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Double opt-in sign-up: a request creates or reuses a pending subscription and queues a
 * confirmation mail in the same transaction; the link in it confirms; every mail after that
 * carries a one-click unsubscribe. Answers never reveal whether an address was known.
 */
@ApplicationScoped
public class SubscriptionService {

    private static final Pattern RANDOM_TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final SubscriptionRepository subscriptions;
    private final NewsletterRepository newsletters;
    private final NewsletterService newsletterService;
    private final SubscriptionMails mails;
    private final SubscriberKeys keys;
    private final RateLimiter limits;
    private final NewsletterConfig config;
    private final Clock clock;

    SubscriptionService(
            SubscriptionRepository subscriptions,
            NewsletterRepository newsletters,
            NewsletterService newsletterService,
            SubscriptionMails mails,
            SubscriberKeys keys,
            RateLimiter limits,
            NewsletterConfig config,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.newsletters = newsletters;
        this.newsletterService = newsletterService;
        this.mails = mails;
        this.keys = keys;
        this.limits = limits;
        this.config = config;
        this.clock = clock;
    }

    /** A sign-up from one newsletter's box. */
    public Accepted subscribe(String slug, SubscriptionInputs.Subscribe input, String clientAddress) {
        return subscribe(
                List.of(slug), true, input.email(), input.name(), input.source(), input.website(), clientAddress);
    }

    /** A sign-up for several newsletters at once. */
    public Accepted subscribe(SubscribeMany input, String clientAddress) {
        return subscribe(
                input.newsletters(),
                false,
                input.email(),
                input.name(),
                input.source(),
                input.website(),
                clientAddress);
    }

    private Accepted subscribe(
            List<String> slugs,
            boolean fromPath,
            String rawEmail,
            String name,
            String source,
            String honeypot,
            String clientAddress) {
        String network = keys.networkFingerprint(clientAddress);
        limits.hit(
                "subscribe:" + network,
                config.subscribesPerClient(),
                config.subscribesPerClientWindow(),
                "Too many sign-ups from your network.");
        EmailAddress email = EmailAddress.parse(rawEmail, EmailAddress.FIELD);
        QuarkusTransaction.requiringNew().run(() -> {
            List<Newsletter> chosen = resolve(slugs, fromPath);
            if (honeypot == null || honeypot.isBlank()) { // a filled honeypot is a bot: same answer, nothing done
                request(email, clean(name), clean(source), chosen, network);
            }
        });
        return Accepted.INSTANCE;
    }

    private void request(EmailAddress email, String name, String source, List<Newsletter> chosen, String network) {
        Instant now = clock.instant();
        UUID subscriberId = subscriptions.upsertSubscriber(email, name, now);
        Map<UUID, Newsletter> byId = new java.util.LinkedHashMap<>(); // in the order the reader chose them
        chosen.forEach(n -> byId.put(n.id, n));
        List<Row> rows = subscriptions.request(subscriberId, byId.keySet(), source, network, now);
        Instant resendAfter = now.minus(config.resendInterval());
        List<Row> due = rows.stream()
                .filter(row -> row.status().equals("pending"))
                .filter(row -> row.confirmationSentAt() == null
                        || row.confirmationSentAt().isBefore(resendAfter))
                .toList();
        if (due.isEmpty()) {
            return; // confirmed already, or a confirmation went out a moment ago
        }
        // Past the limit the mail is skipped without a word: a 429 here would tell whoever asks
        // that the address is not a confirmed reader (confirmed ones never reach this line).
        if (!limits.allowInTransaction(
                "mail:" + keys.emailFingerprint(email.key()),
                config.mailsPerAddress(),
                config.mailsPerAddressWindow())) {
            return;
        }
        List<UUID> ids = due.stream().map(Row::id).toList();
        String token = keys.newToken();
        Instant expires = now.plus(config.confirmationTtl());
        subscriptions.insertConfirmation(SubscriberKeys.hash(token), subscriberId, ids, now, expires);
        subscriptions.markConfirmationSent(ids, now);
        Set<UUID> dueNewsletters = due.stream().map(Row::newsletterId).collect(Collectors.toSet());
        List<Newsletter> mailed =
                chosen.stream().filter(n -> dueNewsletters.contains(n.id)).toList();
        mails.queueConfirmation(subscriberId, email.address(), mailed, token, expires);
    }

    private List<Newsletter> resolve(List<String> slugs, boolean fromPath) {
        if (fromPath) {
            return List.of(newsletterService.activeBySlug(slugs.get(0)));
        }
        List<String> distinct = slugs.stream().map(String::trim).distinct().toList();
        Map<String, Newsletter> found = newsletters.findBySlugs(distinct).stream()
                .filter(Newsletter::active)
                .collect(Collectors.toMap(n -> n.slug, Function.identity()));
        requireKnown(slugs, found.keySet());
        return distinct.stream().map(found::get).toList();
    }

    /** A 400 naming each of {@code slugs} (field newsletters[i]) that is not an active newsletter. */
    private static void requireKnown(List<String> slugs, Set<String> known) {
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < slugs.size(); i++) {
            String slug = slugs.get(i).trim();
            if (!known.contains(slug)) {
                unknown.add(new FieldError("newsletters[" + i + "]", "There is no newsletter '" + slug + "'"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException.InvalidInput(unknown);
        }
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
        requireKnown(input.newsletters(), active.keySet());
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
            request(
                    EmailAddress.parse(reader.email(), "email"),
                    null,
                    "preferences",
                    added,
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

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
