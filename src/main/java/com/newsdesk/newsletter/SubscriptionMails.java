package com.newsdesk.newsletter;

import com.newsdesk.common.http.ApiConfig;
import com.newsdesk.mail.Outbox;
import com.newsdesk.newsletter.SubscriberKeys.Purpose;
import com.newsdesk.syndication.SyndicationConfig;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The mail a sign-up sends, rendered from the Qute templates in templates/mail and queued. */
@ApplicationScoped
public class SubscriptionMails {

    static final String CONFIRMATION = "confirmation";
    static final String WELCOME = "welcome";

    private static final DateTimeFormatter EXPIRES =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm").withZone(ZoneOffset.UTC);

    private final Outbox outbox;
    private final SubscriberKeys keys;
    private final java.time.Clock clock;
    private final NewsletterConfig config;
    private final SyndicationConfig site;
    private final String api;
    private final Template confirmationText;
    private final Template confirmationHtml;
    private final Template welcomeText;
    private final Template welcomeHtml;

    SubscriptionMails(
            Outbox outbox,
            SubscriberKeys keys,
            java.time.Clock clock,
            NewsletterConfig config,
            SyndicationConfig site,
            ApiConfig api,
            @Location("mail/confirmation.txt") Template confirmationText,
            @Location("mail/confirmation.html") Template confirmationHtml,
            @Location("mail/welcome.txt") Template welcomeText,
            @Location("mail/welcome.html") Template welcomeHtml) {
        this.outbox = outbox;
        this.keys = keys;
        this.clock = clock;
        this.config = config;
        this.site = site;
        this.api = api.publicUrl().replaceAll("/+$", ""); // the links open API operations
        this.confirmationText = confirmationText;
        this.confirmationHtml = confirmationHtml;
        this.welcomeText = welcomeText;
        this.welcomeHtml = welcomeHtml;
    }

    /** The link a confirmation mail carries. */
    String confirmLink(String token) {
        String page = config.confirmUrl().orElse(api + "/api/v1/subscriptions/confirm");
        return page + (page.contains("?") ? "&" : "?") + "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** The RFC 8058 one-click address of one subscription. */
    public String unsubscribeUrl(UUID subscriptionId) {
        return api + "/api/v1/subscriptions/unsubscribe?token=" + keys.sign(Purpose.UNSUBSCRIBE, subscriptionId);
    }

    String preferencesUrl(UUID subscriberId) {
        return api + "/api/v1/subscriptions/preferences?token=" + keys.signPreferences(subscriberId, clock.instant());
    }

    /**
     * The confirmation mail, rendered and not queued. It goes to an address nobody has proved yet,
     * so it carries no text the requester chose (no name: the sign-up form must not relay
     * attacker-written mail). It is not sent once its link has expired.
     */
    Outbox.Mail confirmation(
            UUID subscriberId,
            String email,
            List<NewsletterDirectory.Listed> newsletters,
            String token,
            Instant expires) {
        String names =
                newsletters.stream().map(NewsletterDirectory.Listed::name).collect(Collectors.joining(" and "));
        Map<String, Object> data = Map.of(
                "newsletters", names,
                "link", confirmLink(token),
                "expires", EXPIRES.format(expires),
                "publication", site.name());
        String sender = newsletters.size() == 1 ? newsletters.get(0).senderName() : site.name();
        return new Outbox.Mail(
                subscriberId,
                CONFIRMATION,
                sender,
                email,
                "Please confirm your subscription to " + names,
                render(confirmationText, data),
                render(confirmationHtml, data),
                Map.of(),
                expires,
                null);
    }

    void queue(Outbox.Mail mail) {
        outbox.enqueue(mail);
    }

    /** A Message-ID for a mail that SQL queues itself ({@code newsletter_sign_up}). */
    String newMessageId() {
        return outbox.newMessageId();
    }

    /** Wakes the delivery once the transaction in which SQL queued a mail commits. */
    void queuedInSql() {
        outbox.wakeOnCommit();
    }

    void queueWelcome(UUID subscriberId, UUID subscriptionId, String email, String name, Newsletter newsletter) {
        String unsubscribe = unsubscribeUrl(subscriptionId);
        Map<String, Object> data = Map.of(
                "name",
                name == null ? "" : name,
                "newsletter",
                newsletter.name,
                "cadence",
                newsletter.cadence,
                "description",
                newsletter.description == null ? "" : newsletter.description,
                "preferences",
                preferencesUrl(subscriberId),
                "unsubscribe",
                unsubscribe,
                "publication",
                site.name());
        outbox.enqueue(new Outbox.Mail(
                subscriberId,
                WELCOME,
                newsletter.senderName,
                email,
                "Welcome to " + newsletter.name,
                render(welcomeText, data),
                render(welcomeHtml, data),
                Map.of(
                        "List-Unsubscribe", "<" + unsubscribe + ">",
                        "List-Unsubscribe-Post", "List-Unsubscribe=One-Click",
                        "List-Id",
                                newsletter.name.replaceAll("[<>\"\\r\\n]", "") + " <" + newsletter.slug
                                        + ".newsletters.newsdesk>"),
                null,
                subscriptionId)); // not sent if the subscription is cancelled before it goes out
    }

    private static String render(Template template, Map<String, Object> data) {
        var instance = template.instance();
        data.forEach(instance::data);
        return instance.render();
    }
}
