package com.newsdesk.syndication;

import static com.newsdesk.syndication.FeedXml.text;

import com.newsdesk.article.ArticleSitemaps;
import com.newsdesk.article.ArticleSitemaps.Entry;
import com.newsdesk.common.http.ApiLinks;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Sitemaps (sitemaps.org 0.9) of public articles: Google's News sitemap of the last two days, and
 * the whole archive in pages of at most {@link SyndicationConfig#sitemapPageSize()} URLs under an
 * index. Article URLs are on the site's base; the pages the index lists are on the API's.
 */
@ApplicationScoped
class SitemapWriter {

    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

    /** Google News takes articles first published in the last two days, up to 1,000 a sitemap. */
    static final Duration NEWS_WINDOW = Duration.ofHours(48);

    static final int NEWS_LIMIT = 1000;

    private final ArticleSitemaps articles;
    private final SyndicationConfig site;
    private final ApiLinks links;
    private final java.time.Clock clock;

    SitemapWriter(ArticleSitemaps articles, SyndicationConfig site, ApiLinks links, java.time.Clock clock) {
        this.articles = articles;
        this.site = site;
        this.links = links;
        this.clock = clock;
    }

    private String articleUrl(Entry entry) {
        return site.publicBaseUrl() + "/articles/" + entry.slug();
    }

    Document news() {
        List<Entry> recent = articles.firstPublishedSince(clock.instant().minus(NEWS_WINDOW), NEWS_LIMIT);
        byte[] bytes = FeedXml.xml(xml -> {
            xml.setDefaultNamespace(SITEMAP);
            xml.writeStartElement(SITEMAP, "urlset");
            xml.writeDefaultNamespace(SITEMAP);
            xml.writeNamespace("news", NEWS);
            for (Entry entry : recent) {
                xml.writeStartElement(SITEMAP, "url");
                text(xml, "loc", articleUrl(entry));
                xml.writeStartElement(NEWS, "news");
                xml.writeStartElement(NEWS, "publication");
                newsText(xml, "name", site.name());
                newsText(xml, "language", entry.language());
                xml.writeEndElement();
                newsText(xml, "publication_date", JsonLdWriter.time(entry.firstPublishedAt()));
                newsText(xml, "title", entry.headline());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
        return new Document(bytes, List.of("feed"), null);
    }

    Document index() {
        List<UUID> starts = articles.pageStarts(site.sitemapPageSize());
        byte[] bytes = FeedXml.xml(xml -> {
            xml.setDefaultNamespace(SITEMAP);
            xml.writeStartElement(SITEMAP, "sitemapindex");
            xml.writeDefaultNamespace(SITEMAP);
            for (UUID start : starts) {
                xml.writeStartElement(SITEMAP, "sitemap");
                text(xml, "loc", links.to("/api/v1/sitemaps/articles.xml" + (start == null ? "" : "?after=" + start)));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
        return new Document(bytes, List.of("feed"), null);
    }

    Document page(UUID after) {
        byte[] bytes = FeedXml.xml(xml -> {
            xml.setDefaultNamespace(SITEMAP);
            xml.writeStartElement(SITEMAP, "urlset");
            xml.writeDefaultNamespace(SITEMAP);
            XMLStreamException[] failed = {null};
            articles.page(after, site.sitemapPageSize(), entry -> {
                if (failed[0] != null) {
                    return;
                }
                try {
                    xml.writeStartElement(SITEMAP, "url");
                    text(xml, "loc", articleUrl(entry));
                    text(xml, "lastmod", JsonLdWriter.time(entry.updatedAt()));
                    xml.writeEndElement();
                } catch (XMLStreamException e) {
                    failed[0] = e;
                }
            });
            if (failed[0] != null) {
                throw failed[0];
            }
            xml.writeEndElement();
        });
        return new Document(bytes, List.of("feed"), null);
    }

    private static void newsText(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(NEWS, element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
