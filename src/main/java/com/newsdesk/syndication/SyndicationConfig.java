package com.newsdesk.syndication;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Optional;

/** Syndication feeds ({@code newsdesk.site.*}). */
@ConfigMapping(prefix = "newsdesk.site")
public interface SyndicationConfig {

    /** The public web site whose pages the feeds link to, without a trailing slash. */
    @WithDefault("http://localhost:8080")
    String publicBaseUrl();

    /** The publication's name, the title of its feeds. */
    @WithDefault("Newsdesk")
    String name();

    /**
     * The publication's logo for NewsArticle JSON-LD ({@code publisher.logo}); by default
     * {@code <public-base-url>/logo.png}.
     */
    Optional<String> logoUrl();

    /** Whether readers need no subscription (JSON-LD {@code isAccessibleForFree}). */
    @WithDefault("true")
    boolean accessibleForFree();

    /**
     * URLs per page of the archive sitemap (sitemaps.org allows 50,000); the index lists as many
     * pages as the archive needs.
     */
    @WithDefault("50000")
    @Min(1)
    @Max(50000)
    int sitemapPageSize();

    /** How many of the newest articles a feed holds. */
    @WithDefault("50")
    int feedSize();
}
