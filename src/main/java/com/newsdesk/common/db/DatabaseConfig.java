package com.newsdesk.common.db;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the database serves requests ({@code newsdesk.db.*}). */
@ConfigMapping(prefix = "newsdesk.db")
public interface DatabaseConfig {

    /**
     * The longest a single SQL statement of a public read may run; beyond it PostgreSQL cancels it
     * and the client gets 503. Anonymous readers must not be able to keep the database busy.
     */
    @WithDefault("2S")
    Duration publicStatementTimeout();
}
