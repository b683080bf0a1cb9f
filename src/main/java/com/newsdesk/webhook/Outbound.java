package com.newsdesk.webhook;

import com.newsdesk.common.net.OutboundPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.net.InetAddress;
import java.util.List;

/** The policy every staff-chosen outgoing URL passes (webhooks, CDN purges), from the webhooks settings. */
public class Outbound {

    @Produces
    @ApplicationScoped
    OutboundPolicy policy(WebhookConfig config) {
        return new OutboundPolicy(
                config.allowHttp(), config.allowedNetworks().orElse(List.of()), InetAddress::getAllByName);
    }
}
