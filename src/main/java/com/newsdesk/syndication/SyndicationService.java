package com.newsdesk.syndication;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsdesk.article.ArticleQueries;
import com.newsdesk.article.ArticleRepository;
import com.newsdesk.article.ArticleViews.ArticleSummary;
import com.newsdesk.common.Html;
import com.newsdesk.common.http.ApiLinks;
import com.newsdesk.common.http.CacheTags;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the newest published articles. RSS readers take title,
 * description, category and dc:creator as HTML, so those carry the text HTML-escaped (and then
 * XML-escaped): a reader shows what was typed, and a typed {@code <img onerror>} stays text.
 * Atom's text constructs and JSON Feed's fields are plain text and carry it as it is.
 */
@ApplicationScoped
public class SyndicationService {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String DC = "http://purl.org/dc/elements/1.1/";

    /** The articles of one feed: the whole site, or a section, tag or author. */
    public record Scope(ArticleRepository.PublicFilter filter, String title, String path) {}

    private final ArticleQueries articles;
    private final SyndicationConfig site;
    private final ObjectMapper json;
    private final ApiLinks links;

    SyndicationService(ArticleQueries articles, SyndicationConfig site, ObjectMapper json, ApiLinks links) {
        this.articles = articles;
        this.site = site;
        this.json = json;
        this.links = links;
    }

    private List<ArticleSummary> items(Scope scope) {
        return articles.page(scope.filter(), null, site.feedSize()).data();
    }

    private String articleUrl(ArticleSummary article) {
        return site.publicBaseUrl() + "/articles/" + article.slug();
    }

    private static Instant updated(List<ArticleSummary> items) {
        return items.stream()
                .map(ArticleSummary::updatedAt)
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
    }

    private Document document(byte[] bytes, List<ArticleSummary> items) {
        return new Document(bytes, CacheTags.of(items), items.isEmpty() ? null : updated(items));
    }

    public Document rss(Scope scope, String selfUrl) {
        List<ArticleSummary> items = items(scope);
        return document(
                xml(xml -> {
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
                        if (article.excerpt() != null) {
                            text(xml, "description", Html.escape(article.excerpt()));
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
                        if (article.leadImage() != null) {
                            xml.writeEmptyElement("enclosure");
                            xml.writeAttribute("url", article.leadImage().url());
                            xml.writeAttribute("length", "0"); // unknown; RSS requires the attribute
                            xml.writeAttribute("type", article.leadImage().mimeType());
                        }
                        xml.writeEndElement();
                    }
                    xml.writeEndElement();
                    xml.writeEndElement();
                }),
                items);
    }

    public Document atom(Scope scope, String selfUrl) {
        List<ArticleSummary> items = items(scope);
        return document(
                xml(xml -> {
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
                        if (article.excerpt() != null) {
                            text(xml, "summary", article.excerpt());
                        }
                        for (var tag : article.tags()) {
                            xml.writeEmptyElement(ATOM, "category");
                            xml.writeAttribute("term", tag.slug());
                            xml.writeAttribute("label", tag.name());
                        }
                        if (article.leadImage() != null) {
                            link(
                                    xml,
                                    "enclosure",
                                    article.leadImage().url(),
                                    article.leadImage().mimeType());
                        }
                        xml.writeEndElement();
                    }
                    xml.writeEndElement();
                }),
                items);
    }

    public Document jsonFeed(Scope scope, String selfUrl) {
        List<ArticleSummary> items = items(scope);
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
            item.put("content_text", article.excerpt() == null ? article.headline() : article.excerpt());
            if (article.excerpt() != null) {
                item.put("summary", article.excerpt());
            }
            if (article.leadImage() != null) {
                item.put("image", article.leadImage().url());
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
            return document(json.writeValueAsBytes(feed), items);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a feed is always serializable", e);
        }
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

    private String title(Scope scope) {
        return scope.title() == null ? site.name() : site.name() + ": " + scope.title();
    }

    interface XmlBody {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static byte[] xml(XmlBody body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml =
                    XMLOutputFactory.newFactory().createXMLStreamWriter(new ControlFreeOutput(out), "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing a feed to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }

    static String rfc822(Instant time) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(time.atZone(ZoneOffset.UTC));
    }

    static String rfc3339(Instant time) {
        return DateTimeFormatter.ISO_INSTANT.format(time.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }
}
