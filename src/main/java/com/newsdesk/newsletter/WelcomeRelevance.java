package com.newsdesk.newsletter;

import com.newsdesk.mail.MailRelevance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** A welcome mail goes out only while its subscription is still confirmed. */
@ApplicationScoped
class WelcomeRelevance implements MailRelevance {

    private final SubscriptionRepository subscriptions;

    WelcomeRelevance(SubscriptionRepository subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public boolean stillWanted(String kind, UUID about) {
        if (!SubscriptionMails.WELCOME.equals(kind)) {
            return true;
        }
        return subscriptions
                .find(about)
                .map(h -> h.status().equals("confirmed"))
                .orElse(false);
    }
}
