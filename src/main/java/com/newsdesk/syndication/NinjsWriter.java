package com.newsdesk.syndication;

import com.newsdesk.article.ArticleExports.Exported;
import com.newsdesk.article.ArticleExports.Killed;
import com.newsdesk.article.ArticleParts.Byline;
import com.newsdesk.article.ArticleViews.ArticleView;
import com.newsdesk.common.http.ApiLinks;
import com.newsdesk.media.MediaView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Articles as IPTC ninjs 2.2 items: what Newsdesk says of an article, in IPTC's names. */
@ApplicationScoped
public class NinjsWriter {

    static final Ninjs.Standard STANDARD =
            new Ninjs.Standard("ninjs", "2.2", "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json");

    /** IPTC's digital source type for media made by a trained algorithm, such as a synthetic voice. */
    static final Ninjs.Concept TRAINED_ALGORITHMIC = new Ninjs.Concept(
            "Trained algorithmic media",
            null,
            "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia",
            null);

    private final ApiLinks links;
    private final SyndicationConfig site;

    NinjsWriter(ApiLinks links, SyndicationConfig site) {
        this.links = links;
        this.site = site;
    }

    /** The article's URI: its by-id address, which outlives any slug. */
    String uri(String id) {
        return links.to("/api/v1/articles/by-id/" + id);
    }

    Ninjs usable(Exported exported) {
        ArticleView view = exported.view();
        List<Ninjs.Text> headlines = new ArrayList<>();
        headlines.add(new Ninjs.Text("main", null, view.headline()));
        if (view.kicker() != null) {
            headlines.add(new Ninjs.Text("kicker", null, view.kicker()));
        }
        List<Ninjs.Text> descriptions = new ArrayList<>();
        String summary = view.standfirst() != null ? view.standfirst() : view.excerpt();
        if (summary != null) {
            descriptions.add(new Ninjs.Text("summary", null, summary));
        }
        String text = view.text() == null ? "" : view.text();
        List<Ninjs.Body> bodies = List.of(
                new Ninjs.Body("main", "text/plain", text.length(), view.wordCount(), text),
                new Ninjs.Body("richtext", "text/html", view.html().length(), view.wordCount(), view.html()));
        List<Ninjs.Concept> subjects = new ArrayList<>();
        if (view.section() != null) {
            subjects.add(new Ninjs.Concept(
                    view.section().name(),
                    "section",
                    links.to("/api/v1/sections/" + view.section().slug()),
                    view.section().slug()));
        }
        view.tags()
                .forEach(tag -> subjects.add(
                        new Ninjs.Concept(tag.name(), "tag", links.to("/api/v1/tags/" + tag.slug()), tag.slug())));
        List<Ninjs> associations = new ArrayList<>();
        if (exported.leadImage() != null && view.leadImage() != null) {
            associations.add(picture(exported.leadImage(), view.leadImage()));
        }
        if (exported.audio() != null && view.audio() != null) {
            associations.add(audio(exported.audio(), view.audio()));
        }
        return new Ninjs(
                null,
                uri(view.id()),
                "text",
                Long.toString(exported.version()),
                STANDARD,
                exported.firstPublishedAt(),
                exported.changedAt(),
                "usable",
                view.language(),
                headlines,
                descriptions,
                bodies,
                byline(view.authors()),
                view.authors().stream()
                        .map(author -> new Ninjs.Concept(
                                author.name(), "author", links.to("/api/v1/authors/" + author.slug()), null))
                        .toList(),
                subjects,
                view.dateline(),
                copyright(exported),
                null,
                associations,
                null,
                null,
                view.surrogateKeys());
    }

    /** A killed article: that it is canceled, and the notice; nothing of what it said. */
    Ninjs canceled(Killed killed) {
        return new Ninjs(
                null,
                uri(killed.id().toString()),
                "text",
                Long.toString(killed.version()),
                STANDARD,
                killed.firstPublishedAt(),
                killed.killedAt(),
                "canceled",
                killed.language(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                killed.notice() != null ? killed.notice() : "This article has been withdrawn.",
                null,
                null,
                null,
                List.of("article-" + killed.id()));
    }

    private String copyright(Exported exported) {
        return "Copyright " + exported.firstPublishedAt().atZone(ZoneOffset.UTC).getYear() + " " + site.name();
    }

    /** "A", "A and B", "A, B and C": a byline as wire copy writes it. */
    static String byline(List<Byline> authors) {
        List<String> names = authors.stream().map(Byline::name).toList();
        if (names.size() < 2) {
            return names.isEmpty() ? null : names.get(0);
        }
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
                + names.get(names.size() - 1);
    }

    private Ninjs picture(MediaView media, com.newsdesk.article.ArticleParts.LeadImageView shown) {
        List<Ninjs.Text> descriptions = new ArrayList<>();
        if (shown.caption() != null) {
            descriptions.add(new Ninjs.Text("caption", null, shown.caption()));
        }
        if (shown.credit() != null) {
            descriptions.add(new Ninjs.Text("creditline", null, shown.credit()));
        }
        if (shown.alt() != null) {
            descriptions.add(new Ninjs.Text("alt", null, shown.alt()));
        }
        List<Ninjs.Rendition> renditions = new ArrayList<>();
        for (MediaView.RenditionView file : media.renditions()) {
            renditions.add(new Ninjs.Rendition(
                    file.format() + "-" + file.width() + "w",
                    file.url(),
                    "image/" + file.format(),
                    file.height(),
                    file.width(),
                    file.bytes(),
                    null));
        }
        for (MediaView.CropView crop : media.crops()) {
            renditions.add(new Ninjs.Rendition(
                    "crop-" + crop.ratio().replace(':', 'x') + "-" + crop.format(),
                    crop.url(),
                    "image/" + crop.format(),
                    crop.height(),
                    crop.width(),
                    crop.bytes(),
                    null));
        }
        if (renditions.isEmpty() && media.url() != null) {
            // an image registered by URL: the one file there is
            renditions.add(new Ninjs.Rendition(
                    "original", media.url(), media.mimeType(), media.height(), media.width(), media.bytes(), null));
        }
        return association("featuremedia", media, "picture", descriptions, renditions, null);
    }

    private Ninjs audio(MediaView media, com.newsdesk.article.ArticleParts.AudioView shown) {
        List<Ninjs.Text> descriptions = shown.disclosure() == null
                ? List.of()
                : List.of(new Ninjs.Text("disclosure", null, shown.disclosure()));
        List<Ninjs.Rendition> renditions = media.url() == null
                ? List.of()
                : List.of(new Ninjs.Rendition(
                        "audio", media.url(), media.mimeType(), null, null, media.bytes(), media.durationSeconds()));
        return association(
                "audio", media, "audio", descriptions, renditions, shown.aiAssisted() ? TRAINED_ALGORITHMIC : null);
    }

    private Ninjs association(
            String name,
            MediaView media,
            String type,
            List<Ninjs.Text> descriptions,
            List<Ninjs.Rendition> renditions,
            Ninjs.Concept source) {
        return new Ninjs(
                name,
                links.to("/api/v1/media/" + media.id()),
                type,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                descriptions,
                null,
                null,
                null,
                null,
                null,
                media.copyright(),
                null,
                null,
                renditions,
                source,
                null);
    }
}
