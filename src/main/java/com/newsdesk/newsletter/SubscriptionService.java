package com.newsdesk.newsletter;

import com.newsdesk.common.problem.Problem.FieldError;
import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.common.ratelimit.RateLimiter;
import com.newsdesk.newsletter.SubscriptionInputs.SubscribeMany;
import com.newsdesk.newsletter.SubscriptionRepository.Row;
import com.newsdesk.newsletter.SubscriptionViews.Accepted;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
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
 * Double opt-in sign-up: a request creates or reuses a pending subscription and queues a
 * confirmation mail in the same transaction. {@link ConfirmationService} handles the link in that
 * mail, {@link PreferencesService} the links in every mail after it. Answers never reveal whether
 * an address was known.
 */
@ApplicationScoped
public class SubscriptionService {

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

    /**
     * Makes the chosen newsletters pending and queues a confirmation for those that need one.
     * {@link PreferencesService} calls it too, so it opens no transaction of its own: the rows, the
     * confirmation and its mail commit or roll back with the caller's.
     */
    void request(EmailAddress email, String name, String source, List<Newsletter> chosen, String network) {
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
    static void requireKnown(List<String> slugs, Set<String> known) {
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

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
