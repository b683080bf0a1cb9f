package com.newsdesk.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsdesk.common.http.Preconditions;
import com.newsdesk.common.json.MergePatch;
import com.newsdesk.common.net.OutboundPolicy;
import com.newsdesk.common.paging.NumberedPage;
import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.section.SectionService;
import com.newsdesk.tag.TagService;
import com.newsdesk.webhook.WebhookInputs.NewWebhook;
import com.newsdesk.webhook.WebhookViews.WebhookView;
import com.newsdesk.webhook.WebhookViews.WebhookWithSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Webhook endpoints: registration with the URL checked against {@link OutboundPolicy} (and
 * checked again at every delivery), event and filter validation, and secret rotation with an
 * overlap in which both secrets sign.
 */
@ApplicationScoped
public class WebhookService {

    private final WebhookRepository webhooks;
    private final OutboundPolicy outbound;
    private final SectionService sections;
    private final TagService tags;
    private final Preconditions preconditions;
    private final MergePatch merges;
    private final WebhookConfig config;
    private final Clock clock;

    WebhookService(
            WebhookRepository webhooks,
            OutboundPolicy outbound,
            SectionService sections,
            TagService tags,
            Preconditions preconditions,
            MergePatch merges,
            WebhookConfig config,
            Clock clock) {
        this.webhooks = webhooks;
        this.outbound = outbound;
        this.sections = sections;
        this.tags = tags;
        this.preconditions = preconditions;
        this.merges = merges;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public NumberedPage<WebhookView> list(int page, int limit) {
        List<WebhookView> data =
                webhooks.page(page, limit).stream().map(this::view).toList();
        return new NumberedPage<>(data, new NumberedPage.PageMeta(page, limit, webhooks.count()));
    }

    @Transactional
    public WebhookWithSecret create(NewWebhook input) {
        Webhook webhook = new Webhook();
        webhook.secret = Signatures.newSecret();
        apply(webhook, input);
        webhooks.persist(webhook);
        webhooks.flush();
        return new WebhookWithSecret(view(webhook), webhook.secret);
    }

    @Transactional
    public WebhookView get(UUID id) {
        return view(find(id));
    }

    @Transactional
    public WebhookView patch(UUID id, String ifMatch, JsonNode patch) {
        Webhook webhook = find(id);
        preconditions.requireMatch(ifMatch, view(webhook));
        NewWebhook current = new NewWebhook(
                webhook.url,
                webhook.description,
                List.of(webhook.events),
                List.of(webhook.sections),
                List.of(webhook.tags),
                webhook.enabled);
        apply(webhook, merges.mergeValid(current, patch, NewWebhook.class, "url", "events"));
        webhooks.flush();
        return view(webhook);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Webhook webhook = find(id);
        preconditions.requireMatch(ifMatch, view(webhook));
        webhooks.delete(webhook);
    }

    /** A new secret; the old one keeps signing beside it for {@code secretOverlap}. */
    @Transactional
    public WebhookWithSecret rotateSecret(UUID id) {
        Webhook webhook = find(id);
        webhook.previousSecret = webhook.secret;
        webhook.previousSecretUntil = clock.instant().plus(config.secretOverlap());
        webhook.secret = Signatures.newSecret();
        webhooks.flush();
        return new WebhookWithSecret(view(webhook), webhook.secret);
    }

    Webhook find(UUID id) {
        return webhooks.findByIdOptional(id)
                .orElseThrow(() -> new ProblemException.NotFound("There is no webhook " + id + "."));
    }

    private void apply(Webhook webhook, NewWebhook input) {
        try {
            outbound.resolve(input.url().trim());
        } catch (OutboundPolicy.Refused refused) {
            throw new ProblemException.InvalidInput("url", refused.getMessage());
        }
        List<String> events = EventTypes.require(input.events());
        List<String> sectionSlugs = input.sections() == null
                ? List.of()
                : input.sections().stream().distinct().toList();
        for (int i = 0; i < sectionSlugs.size(); i++) {
            sections.idOf(sectionSlugs.get(i), "sections[" + i + "]");
        }
        List<String> tagSlugs = input.tags() == null
                ? List.of()
                : input.tags().stream().distinct().toList();
        tags.idsOf(tagSlugs, "tags");
        boolean enabling = !webhook.enabled && (input.enabled() == null || input.enabled());
        webhook.url = input.url().trim();
        webhook.description = input.description() == null || input.description().isBlank()
                ? null
                : input.description().trim();
        webhook.events = events.toArray(String[]::new);
        webhook.sections = sectionSlugs.toArray(String[]::new);
        webhook.tags = tagSlugs.toArray(String[]::new);
        webhook.enabled = input.enabled() == null || input.enabled();
        if (enabling) {
            webhook.disabledReason = null;
            webhook.failingSince = null;
        }
    }

    private WebhookView view(Webhook webhook) {
        return WebhookView.of(webhook, clock.instant());
    }
}
