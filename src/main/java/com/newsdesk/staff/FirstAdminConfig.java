package com.newsdesk.staff;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * The first admin ({@code NEWSDESK_ADMIN_EMAIL}, {@code NEWSDESK_ADMIN_PASSWORD}), created on
 * start when no staff account exists yet. Ignored once any account exists.
 */
@ConfigMapping(prefix = "newsdesk.admin")
public interface FirstAdminConfig {

    Optional<String> email();

    Optional<String> password();
}
