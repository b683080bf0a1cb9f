package com.newsdesk.newsletter;

import com.newsdesk.common.problem.Problem.FieldError;
import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.common.problem.ProblemType;
import com.newsdesk.common.ratelimit.RateLimiter;
import com.newsdesk.mail.Outbox;
import com.newsdesk.newsletter.NewsletterDirectory.Listed;
import com.newsdesk.newsletter.SubscriptionInputs.SubscribeMany;
import com.newsdesk.newsletter.SubscriptionRepository.SignUp;
import com.newsdesk.newsletter.SubscriptionRepository.SignUpRequest;
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

/**
 * Double opt-in sign-up: a request creates or reuses a pending subscription and queues a
 * confirmation mail in the same transaction. {@link ConfirmationService} handles the link in that
 * mail, {@link PreferencesService} the links in every mail after it. Answers never reveal whether
 * an address was known.
 */
@ApplicationScoped
public class SubscriptionService {

    private final SubscriptionRepository subscriptions;
    private final NewsletterDirectory directory;
    private final SubscriptionMails mails;
    private final SubscriberKeys keys;
    private final RateLimiter limits;
    private final NewsletterConfig config;
    private final Clock clock;

    SubscriptionService(
            SubscriptionRepository subscriptions,
            NewsletterDirectory directory,
            SubscriptionMails mails,
            SubscriberKeys keys,
            RateLimiter limits,
            NewsletterConfig config,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.directory = directory;
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
        Runnable signUp = () -> {
            for (int attempt = 1; ; attempt++) {
                List<Listed> chosen = resolve(slugs, fromPath);
                if (honeypot != null && !honeypot.isBlank()) {
                    return; // a filled honeypot is a bot: same answer, nothing done
                }
                try {
                    request(email, clean(name), clean(source), chosen, network);
                    return;
                } catch (NewslettersChanged e) {
                    directory.forget(chosen);
                    if (attempt == 3) {
                        throw e;
                    }
                }
            }
        };
        if (fromPath) {
            // One newsletter: the statement does all the writing and, outside a transaction,
            // commits by itself (one round trip, not three). Several: the mail for the due ones
            // may have to be queued by a second statement, in the same transaction.
            signUp.run();
        } else {
            QuarkusTransaction.requiringNew().run(signUp);
        }
        return Accepted.INSTANCE;
    }

    /**
     * Makes the chosen newsletters pending and queues a confirmation for those that need one, in
     * one statement ({@code newsletter_sign_up}). It opens no transaction of its own: inside the
     * caller's ({@link PreferencesService}, several newsletters) the rows, the confirmation and its
     * mail commit or roll back with it; with one newsletter and no transaction, the statement
     * commits by itself. Throws {@link NewslettersChanged}, having written nothing, when one of
     * {@code chosen} was changed or archived since it was read.
     */
    void request(EmailAddress email, String name, String source, List<Listed> chosen, String network) {
        Instant now = clock.instant();
        String token = keys.newToken();
        Instant expires = now.plus(config.confirmationTtl());
        // Rendered before we know whether it goes out: that saves the round trip that would ask.
        Outbox.Mail mail = mails.confirmation(null, email.address(), chosen, token, expires);
        // Past the mail limit the mail is skipped without a word: a 429 would tell whoever asks
        // that the address is not a confirmed reader (confirmed ones never reach the limit).
        SignUp done = subscriptions.signUp(new SignUpRequest(
                email,
                name,
                chosen,
                source,
                network,
                now,
                now.minus(config.resendInterval()),
                "mail:" + keys.emailFingerprint(email.key()),
                config.mailsPerAddress(),
                RateLimiter.windowStart(now, config.mailsPerAddressWindow()),
                SubscriberKeys.hash(token),
                expires,
                mails.newMessageId(),
                mail));
        switch (done.outcome()) {
            case "stale" -> throw new NewslettersChanged();
            case "queued" -> mails.queuedInSql();
            case "confirm" -> { // only some were due: the mail names those (never with one newsletter)
                Set<UUID> due = Set.copyOf(done.dueNewsletters());
                List<Listed> mailed =
                        chosen.stream().filter(n -> due.contains(n.id())).toList();
                mails.queue(mails.confirmation(done.subscriberId(), email.address(), mailed, token, expires));
            }
            default -> {} // current or limited: nothing to send
        }
    }

    /** A newsletter changed between reading it and signing up: nothing was written. */
    static final class NewslettersChanged extends ProblemException {
        NewslettersChanged() {
            super(
                    ProblemType.SERVICE_UNAVAILABLE,
                    "The newsletter changed while you signed up. Please try again.",
                    null,
                    Map.of("Retry-After", "1"));
        }
    }

    private List<Listed> resolve(List<String> slugs, boolean fromPath) {
        List<String> distinct =
                fromPath ? slugs : slugs.stream().map(String::trim).distinct().toList();
        Map<String, Listed> found = directory.active(distinct); // one statement for those not in memory
        if (fromPath && found.isEmpty()) {
            throw new ProblemException.NotFound("There is no newsletter '" + slugs.get(0) + "'.");
        }
        requireKnown(slugs, found.keySet()); // field errors name the positions the reader sent
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
