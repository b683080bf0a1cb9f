package com.newsdesk.syndication;

import com.newsdesk.article.ArticleFilter;
import com.newsdesk.article.ArticleQueries;
import com.newsdesk.article.ArticleViews.ArticleSummary;
import com.newsdesk.common.http.ApiLinks;
import com.newsdesk.common.http.CacheTags;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the newest published articles: which articles a feed
 * holds and the response that carries it; {@link FeedWriter} renders the formats.
 */
@ApplicationScoped
public class SyndicationService {

    /** The articles of one feed: the whole site, or a section, tag or author. */
    public record Scope(ArticleFilter filter, String title, String path) {}

    private final ArticleQueries articles;
    private final SyndicationConfig site;
    private final FeedWriter writer;
    private final ApiLinks links;

    SyndicationService(ArticleQueries articles, SyndicationConfig site, FeedWriter writer, ApiLinks links) {
        this.articles = articles;
        this.site = site;
        this.writer = writer;
        this.links = links;
    }

    private List<ArticleSummary> items(Scope scope) {
        return articles.page(scope.filter(), null, site.feedSize()).data();
    }

    private Document document(Scope scope, byte[] bytes, List<ArticleSummary> items) {
        List<String> keys = java.util.stream.Stream.concat(listKeys(scope.filter()), CacheTags.of(items).stream())
                .toList();
        return new Document(bytes, keys, items.isEmpty() ? null : FeedWriter.updated(items));
    }

    /** What the feed lists, so that an article entering it purges it. */
    private static java.util.stream.Stream<String> listKeys(ArticleFilter filter) {
        if (filter.sectionId() != null) {
            return java.util.stream.Stream.of("section-" + filter.sectionId());
        }
        if (filter.tagId() != null) {
            return java.util.stream.Stream.of("tag-" + filter.tagId());
        }
        if (filter.authorId() != null) {
            return java.util.stream.Stream.of("author-" + filter.authorId());
        }
        return java.util.stream.Stream.of("feed");
    }

    public Document rss(Scope scope, String selfUrl) {
        List<ArticleSummary> items = items(scope);
        return document(scope, writer.rss(scope, selfUrl, items), items);
    }

    public Document atom(Scope scope, String selfUrl) {
        List<ArticleSummary> items = items(scope);
        return document(scope, writer.atom(scope, selfUrl, items), items);
    }

    public Document jsonFeed(Scope scope, String selfUrl) {
        List<ArticleSummary> items = items(scope);
        return document(scope, writer.jsonFeed(scope, selfUrl, items), items);
    }

    /**
     * The feed of a scope in a format (rss, atom, json), as the response to send. Its self link (and
     * Atom id) is under the configured API URL, not the request's Host: feeds are kept in caches.
     */
    public jakarta.ws.rs.core.Response response(String format, Scope scope, jakarta.ws.rs.core.UriInfo uri) {
        String self = links.self(uri);
        return switch (format) {
            case "rss" ->
                jakarta.ws.rs.core.Response.ok(rss(scope, self), "application/rss+xml; charset=utf-8")
                        .build();
            case "atom" ->
                jakarta.ws.rs.core.Response.ok(atom(scope, self), "application/atom+xml; charset=utf-8")
                        .build();
            default ->
                jakarta.ws.rs.core.Response.ok(jsonFeed(scope, self), "application/feed+json; charset=utf-8")
                        .build();
        };
    }
}
