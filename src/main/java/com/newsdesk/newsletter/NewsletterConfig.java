package com.newsdesk.newsletter;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Newsletter sign-up ({@code newsdesk.newsletters.*}). */
@ConfigMapping(prefix = "newsdesk.newsletters")
public interface NewsletterConfig {

    /** How long a confirmation link works. */
    @WithDefault("48H")
    Duration confirmationTtl();

    /** Never-confirmed sign-ups (and readers left with no subscription) are deleted after this long. */
    @WithDefault("30D")
    Duration pendingTtl();

    /** How long a preferences link (in welcome mail and the confirm answer) works. */
    @WithDefault("30D")
    Duration preferenceLinkTtl();

    /**
     * The page a confirmation link opens, {@code ?token=...} appended. By default the API's own
     * {@code GET /api/v1/subscriptions/confirm} under the public base URL; a front end that shows a
     * confirm button sets its own page here.
     */
    Optional<String> confirmUrl();

    /** A repeated sign-up while pending re-sends the confirmation at most this often. */
    @WithDefault("10M")
    Duration resendInterval();

    /** Sign-up requests allowed per client network (/24 or /48) and window; 0 turns it off. */
    @WithDefault("10")
    int subscribesPerClient();

    @WithDefault("1M")
    Duration subscribesPerClientWindow();

    /** Sign-up mails allowed per email address and window; 0 turns it off. */
    @WithDefault("3")
    int mailsPerAddress();

    @WithDefault("1H")
    Duration mailsPerAddressWindow();
}
