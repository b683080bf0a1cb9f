package com.newsdesk.syndication;

import static com.newsdesk.syndication.FeedXml.ATOM;
import static com.newsdesk.syndication.FeedXml.DC;
import static com.newsdesk.syndication.FeedXml.link;
import static com.newsdesk.syndication.FeedXml.text;
import static com.newsdesk.syndication.FeedXml.xml;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsdesk.article.ArticleViews.ArticleSummary;
import com.newsdesk.common.Html;
import com.newsdesk.syndication.SyndicationService.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a feed's articles as RSS 2.0, Atom 1.0 or JSON Feed 1.1. RSS readers take title,
 * description, category and dc:creator as HTML, so those carry the text HTML-escaped (and then
 * XML-escaped): a reader shows what was typed, and a typed {@code <img onerror>} stays text.
 * Atom's text constructs and JSON Feed's fields are plain text and carry it as it is.
 */
@ApplicationScoped
class FeedWriter {

    private final SyndicationConfig site;
    private final ObjectMapper json;

    FeedWriter(SyndicationConfig site, ObjectMapper json) {
        this.site = site;
        this.json = json;
    }

    byte[] rss(Scope scope, String selfUrl, List<ArticleSummary> items) {
        return xml(xml -> {
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeNamespace("atom", ATOM);
            xml.writeNamespace("dc", DC);
            xml.writeStartElement("channel");
            text(xml, "title", Html.escape(title(scope)));
            text(xml, "link", site.publicBaseUrl() + scope.path());
            text(xml, "description", Html.escape("The newest articles of " + title(scope) + "."));
            text(xml, "lastBuildDate", rfc822(updated(items)));
            xml.writeEmptyElement("atom", "link", ATOM);
            xml.writeAttribute("href", selfUrl);
            xml.writeAttribute("rel", "self");
            xml.writeAttribute("type", "application/rss+xml");
            for (ArticleSummary article : items) {
                xml.writeStartElement("item");
                text(xml, "title", Html.escape(article.headline()));
                text(xml, "link", articleUrl(article));
                xml.writeStartElement("guid");
                xml.writeAttribute("isPermaLink", "false");
                xml.writeCharacters("urn:uuid:" + article.id());
                xml.writeEndElement();
                String description = CorrectionNotes.html(article.excerpt(), article.corrections());
                if (description != null) {
                    text(xml, "description", description);
                }
                text(xml, "pubDate", rfc822(article.publishedAt()));
                for (var author : article.authors()) {
                    xml.writeStartElement("dc", "creator", DC);
                    xml.writeCharacters(Html.escape(author.name()));
                    xml.writeEndElement();
                }
                for (var tag : article.tags()) {
                    text(xml, "category", Html.escape(tag.name()));
                }
                FeedImage image = FeedImage.of(article.leadImage());
                if (image != null) {
                    xml.writeEmptyElement("enclosure");
                    xml.writeAttribute("url", image.url());
                    xml.writeAttribute("length", String.valueOf(image.bytes())); // 0: unknown; RSS requires it
                    xml.writeAttribute("type", image.mimeType());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    byte[] atom(Scope scope, String selfUrl, List<ArticleSummary> items) {
        return xml(xml -> {
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            text(xml, "id", selfUrl);
            text(xml, "title", title(scope));
            text(xml, "updated", rfc3339(updated(items)));
            link(xml, "self", selfUrl, "application/atom+xml");
            link(xml, "alternate", site.publicBaseUrl() + scope.path(), "text/html");
            xml.writeStartElement(ATOM, "author");
            text(xml, "name", site.name());
            xml.writeEndElement();
            for (ArticleSummary article : items) {
                xml.writeStartElement(ATOM, "entry");
                text(xml, "id", "urn:uuid:" + article.id());
                text(xml, "title", article.headline());
                link(xml, "alternate", articleUrl(article), "text/html");
                text(xml, "published", rfc3339(article.publishedAt()));
                text(xml, "updated", rfc3339(article.updatedAt()));
                for (var author : article.authors()) {
                    xml.writeStartElement(ATOM, "author");
                    text(xml, "name", author.name());
                    xml.writeEndElement();
                }
                String summary = CorrectionNotes.text(article.excerpt(), article.corrections());
                if (summary != null) {
                    text(xml, "summary", summary);
                }
                for (var tag : article.tags()) {
                    xml.writeEmptyElement(ATOM, "category");
                    xml.writeAttribute("term", tag.slug());
                    xml.writeAttribute("label", tag.name());
                }
                FeedImage image = FeedImage.of(article.leadImage());
                if (image != null) {
                    link(xml, "enclosure", image.url(), image.mimeType());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    byte[] jsonFeed(Scope scope, String selfUrl, List<ArticleSummary> items) {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", title(scope));
        feed.put("home_page_url", site.publicBaseUrl() + scope.path());
        feed.put("feed_url", selfUrl);
        List<Map<String, Object>> entries = new ArrayList<>();
        for (ArticleSummary article : items) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", article.id());
            item.put("url", articleUrl(article));
            item.put("title", article.headline());
            String summary = CorrectionNotes.text(article.excerpt(), article.corrections());
            item.put("content_text", summary == null ? article.headline() : summary);
            if (summary != null) {
                item.put("summary", summary);
            }
            if (!article.corrections().isEmpty()) {
                item.put("_newsdesk", Map.of("corrections", article.corrections()));
            }
            FeedImage image = FeedImage.of(article.leadImage());
            if (image != null) {
                item.put("image", image.url());
            }
            item.put("date_published", rfc3339(article.publishedAt()));
            item.put("date_modified", rfc3339(article.updatedAt()));
            item.put(
                    "authors",
                    article.authors().stream()
                            .map(a -> Map.of("name", a.name()))
                            .toList());
            item.put("tags", article.tags().stream().map(t -> t.name()).toList());
            item.put("language", article.language());
            entries.add(item);
        }
        feed.put("items", entries);
        try {
            return json.writeValueAsBytes(feed);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a feed is always serializable", e);
        }
    }

    private String title(Scope scope) {
        return scope.title() == null ? site.name() : site.name() + ": " + scope.title();
    }

    private String articleUrl(ArticleSummary article) {
        return site.publicBaseUrl() + "/articles/" + article.slug();
    }

    static Instant updated(List<ArticleSummary> items) {
        return items.stream()
                .map(ArticleSummary::updatedAt)
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
    }

    static String rfc822(Instant time) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(time.atZone(ZoneOffset.UTC));
    }

    static String rfc3339(Instant time) {
        return DateTimeFormatter.ISO_INSTANT.format(time.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }
}
