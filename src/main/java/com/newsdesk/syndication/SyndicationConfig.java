package com.newsdesk.syndication;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Syndication feeds ({@code newsdesk.site.*}). */
@ConfigMapping(prefix = "newsdesk.site")
public interface SyndicationConfig {

    /** The public web site whose pages the feeds link to, without a trailing slash. */
    @WithDefault("http://localhost:8080")
    String publicBaseUrl();

    /** The publication's name, the title of its feeds. */
    @WithDefault("Newsdesk")
    String name();

    /** How many of the newest articles a feed holds. */
    @WithDefault("50")
    int feedSize();
}
