package com.newsdesk.syndication;

import com.newsdesk.article.ArticleExports.Exported;
import com.newsdesk.article.ArticleParts.LeadImageView;
import com.newsdesk.article.ArticleViews.ArticleView;
import com.newsdesk.article.BlockView;
import com.newsdesk.live.LiveReads;
import com.newsdesk.media.MediaView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Articles as schema.org {@code NewsArticle} in JSON-LD, with the properties Google's Article
 * structured data documents: headline, the 16:9, 4:3 and 1:1 crops, dates with their time zone,
 * authors with a page each, the publisher with its logo.
 */
@ApplicationScoped
public class JsonLdWriter {

    static final String EXAMPLE = """
            {"@context": "https://schema.org", "@type": "NewsArticle",
             "@id": "https://www.newsroom.example/articles/grid-holds-through-the-coldest-night",
             "headline": "Grid holds through the coldest night",
             "image": ["https://api.newsroom.example/api/v1/media/files/5be1c0d2a4f3e6b7c8d9e0f1a2b3c4d5/16x9-0a1b2c3d4e5f.jpg"],
             "datePublished": "2026-12-01T06:40:00Z", "dateModified": "2026-12-01T09:12:00Z",
             "author": [{"@type": "Person", "name": "Olena Petrenko",
               "url": "https://www.newsroom.example/authors/olena-petrenko"}],
             "publisher": {"@type": "NewsMediaOrganization", "name": "Newsdesk",
               "logo": {"@type": "ImageObject", "url": "https://www.newsroom.example/logo.png"}},
             "isAccessibleForFree": true, "inLanguage": "en",
             "correction": [{"@type": "CorrectionComment", "text": "An earlier version gave the wrong date.",
               "datePublished": "2026-12-01T09:12:00Z"}]}""";

    /** The crops Google asks for, in its order. */
    static final List<String> RATIOS = List.of("16:9", "4:3", "1:1");

    /** The entries a LiveBlogPosting carries as liveBlogUpdate: the newest. */
    static final int LIVE_UPDATES = 20;

    private final SyndicationConfig site;
    private final LiveReads live;

    JsonLdWriter(SyndicationConfig site, LiveReads live) {
        this.site = site;
        this.live = live;
    }

    JsonLd article(Exported exported) {
        ArticleView view = exported.view();
        String page = site.publicBaseUrl() + "/articles/" + view.slug();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", "https://schema.org");
        doc.put("@type", view.live() ? "LiveBlogPosting" : "NewsArticle");
        doc.put("@id", page);
        doc.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", page));
        doc.put("url", page);
        doc.put("headline", view.headline());
        String description = view.standfirst() != null ? view.standfirst() : view.excerpt();
        if (description != null) {
            doc.put("description", description);
        }
        List<String> images = images(view.leadImage());
        if (!images.isEmpty()) {
            doc.put("image", images);
        }
        doc.put("datePublished", time(exported.firstPublishedAt()));
        doc.put("dateModified", time(view.updatedAt()));
        doc.put(
                "author",
                view.authors().stream()
                        .map(author -> Map.of(
                                "@type",
                                "Person",
                                "name",
                                author.name(),
                                "url",
                                site.publicBaseUrl() + "/authors/" + author.slug()))
                        .toList());
        doc.put("publisher", publisher());
        doc.put("isAccessibleForFree", site.accessibleForFree());
        doc.put("inLanguage", view.language());
        if (view.section() != null) {
            doc.put("articleSection", view.section().name());
        }
        if (!view.tags().isEmpty()) {
            doc.put("keywords", view.tags().stream().map(tag -> tag.name()).toList());
        }
        if (view.dateline() != null) {
            doc.put("dateline", view.dateline());
        }
        doc.put("wordCount", view.wordCount());
        if (exported.audio() != null && view.audio() != null) {
            doc.put("audio", audio(exported.audio()));
        }
        if (!view.corrections().isEmpty()) {
            doc.put(
                    "correction",
                    view.corrections().stream()
                            .map(note -> Map.of(
                                    "@type", "CorrectionComment",
                                    "text", note.text(),
                                    "datePublished", time(note.at())))
                            .toList());
        }
        if (view.live()) {
            liveCoverage(doc, view, page);
        }
        return new JsonLd(doc, view.surrogateKeys(), view.updatedAt());
    }

    /** A live article as schema.org LiveBlogPosting: its coverage times and newest entries. */
    private void liveCoverage(Map<String, Object> doc, ArticleView view, String page) {
        if (view.liveFrom() != null) {
            doc.put("coverageStartTime", time(view.liveFrom()));
        }
        if (view.liveUntil() != null) {
            doc.put("coverageEndTime", time(view.liveUntil()));
        }
        doc.put(
                "liveBlogUpdate",
                live.latest(UUID.fromString(view.id()), LIVE_UPDATES).stream()
                        .map(entry -> {
                            Map<String, Object> update = new LinkedHashMap<>();
                            update.put("@type", "BlogPosting");
                            update.put("@id", page + "#entry-" + entry.id());
                            update.put("url", page + "#entry-" + entry.id());
                            if (entry.headline() != null) {
                                update.put("headline", entry.headline());
                            }
                            update.put("datePublished", time(entry.createdAt()));
                            update.put("dateModified", time(entry.updatedAt()));
                            String text = entry.body().stream()
                                    .map(JsonLdWriter::text)
                                    .filter(part -> !part.isEmpty())
                                    .collect(java.util.stream.Collectors.joining("\n\n"));
                            if (!text.isEmpty()) {
                                update.put("articleBody", text);
                            }
                            return update;
                        })
                        .toList());
    }

    private static String text(BlockView block) {
        if (block instanceof BlockView.ParagraphView p) {
            return p.text();
        }
        if (block instanceof BlockView.HeadingView h) {
            return h.text();
        }
        if (block instanceof BlockView.QuoteView q) {
            return q.text();
        }
        if (block instanceof BlockView.ListView l) {
            return String.join("\n", l.items());
        }
        return "";
    }

    /** ISO 8601 with the zone written out: Google wants the time zone on every date. */
    static String time(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.atOffset(ZoneOffset.UTC).withNano(0));
    }

    private Map<String, Object> publisher() {
        String logo = site.logoUrl().orElse(site.publicBaseUrl() + "/logo.png");
        return Map.of(
                "@type", "NewsMediaOrganization",
                "name", site.name(),
                "url", site.publicBaseUrl(),
                "logo", Map.of("@type", "ImageObject", "url", logo));
    }

    /** The JPEG crops in Google's order; the image itself when it has none (an image by URL). */
    static List<String> images(LeadImageView image) {
        if (image == null) {
            return List.of();
        }
        List<String> crops = RATIOS.stream()
                .flatMap(ratio -> image.crops().stream()
                        .filter(crop ->
                                crop.ratio().equals(ratio) && crop.format().equals("jpeg"))
                        .map(MediaView.CropView::url)
                        .limit(1))
                .toList();
        if (!crops.isEmpty()) {
            return crops;
        }
        return image.url() == null ? List.of() : List.of(image.url());
    }

    private static Map<String, Object> audio(MediaView audio) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("@type", "AudioObject");
        object.put("contentUrl", audio.url());
        object.put("encodingFormat", audio.mimeType());
        if (audio.durationSeconds() != null) {
            object.put("duration", "PT" + audio.durationSeconds() + "S");
        }
        return object;
    }
}
