package com.newsdesk.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsdesk.article.ArticleInputs.NewArticle;
import com.newsdesk.article.ArticleLifecycle;
import com.newsdesk.article.ArticleService;
import com.newsdesk.article.Block;
import com.newsdesk.article.Caller;
import com.newsdesk.author.AuthorInputs.NewAuthor;
import com.newsdesk.author.AuthorService;
import com.newsdesk.live.LiveEntries;
import com.newsdesk.live.LiveInputs;
import com.newsdesk.media.MediaInputs.NewMedia;
import com.newsdesk.media.MediaKind;
import com.newsdesk.media.MediaService;
import com.newsdesk.tag.TagInputs.NewTag;
import com.newsdesk.tag.TagService;
import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Demo articles for dev mode, shaped like the reference page: byline, lead photo with caption
 * and credit, AI-narrated audio, a related-article card. All words are our own invention.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class DemoArticles {

    private final MediaService media;
    private final TagService tags;
    private final AuthorService authors;
    private final ArticleService articles;
    private final ArticleLifecycle lifecycle;
    private final ObjectMapper mapper;
    private final LiveEntries entries;

    DemoArticles(
            MediaService media,
            TagService tags,
            AuthorService authors,
            ArticleService articles,
            ArticleLifecycle lifecycle,
            ObjectMapper mapper,
            LiveEntries entries) {
        this.entries = entries;
        this.media = media;
        this.tags = tags;
        this.authors = authors;
        this.articles = articles;
        this.lifecycle = lifecycle;
        this.mapper = mapper;
    }

    void add(UUID editorId) {
        Caller editor = new Caller(editorId, true);
        String photo = media.create(new NewMedia(
                        MediaKind.IMAGE,
                        "https://picsum.photos/id/1041/1600/900",
                        "image/jpeg",
                        1600,
                        900,
                        null,
                        "A quiet harbour with fishing boats at first light",
                        "Boats wait in the harbour as the cold snap eases.",
                        "Demo Photographer/Newsdesk Demo",
                        "Demo image"))
                .id();
        String audio = media.create(new NewMedia(
                        MediaKind.AUDIO,
                        "https://cdn.newsdesk.localhost/demo/harbour.mp3",
                        "audio/mpeg",
                        null,
                        null,
                        74,
                        null,
                        null,
                        null,
                        null))
                .id();
        tags.create(new NewTag("energy", "Energy", "Power, fuel and the grid."));
        tags.create(new NewTag("weather", "Weather", null));
        authors.create(new NewAuthor(
                "maria-demo",
                "Maria Demo",
                "Maria writes the demo stories of Newsdesk.",
                "Demo correspondent",
                null,
                List.of()));
        authors.create(new NewAuthor("ivan-sample", "Ivan Sample", null, "Data desk", null, List.of()));

        // Written as the JSON a client would send, so a new article field needs no change here.
        UUID first = publish(editor, """
                {"headline": "Harbour town keeps its lights on through the cold snap",
                 "standfirst": "Volunteers and engineers shared the night shift.",
                 "body": [{"type": "paragraph", "text": "Engineers and volunteers kept the harbour town's small power\
                 station running through three nights of frost, the town council said on Tuesday."}],
                 "authors": ["maria-demo"], "section": "news", "tags": ["energy", "weather"], "language": "en"}""");
        // Its Ukrainian translation: each lists the other under translations.
        publish(editor, """
                {"headline": "Портове містечко не залишилося без світла під час морозів",
                 "dateline": "ОДЕСА",
                 "body": [{"type": "paragraph", "text": "Енергетики та волонтери три ночі поспіль підтримували роботу\
                 невеликої електростанції, повідомила міська рада у вівторок."}],
                 "authors": ["maria-demo"], "section": "news", "tags": ["energy", "weather"], "language": "uk",
                 "translationOf": "%s"}""".formatted(first));
        publish(editor, """
                {"headline": "Demo: how the grid gets through a winter night",
                 "standfirst": "An explainer for the sample newsroom.",
                 "body": [
                   {"type": "paragraph", "text": "Every winter night the grid balances what people use against what\
                 plants can make. This demo article shows each block type.",
                    "marks": [{"type": "bold", "start": 19, "end": 27}]},
                   {"type": "related", "article": "%s"},
                   {"type": "heading", "text": "What operators watch", "level": 2},
                   {"type": "list", "items": ["Frequency", "Reserves", "Weather forecasts"], "ordered": false},
                   {"type": "quote", "text": "The first cold night is always the hardest.",
                    "attribution": "A demo dispatcher"}],
                 "authors": ["maria-demo", "ivan-sample"], "section": "analysis", "tags": ["energy"],
                 "leadImage": {"mediaId": "%s"}, "audio": {"mediaId": "%s", "aiAssisted": true},
                 "language": "en"}""".formatted(first, photo, audio));
        // Live coverage, like the reference page's News Feed: entries newest first, key events in summaries.
        UUID live = publish(editor, """
                {"headline": "Cold snap: live updates from the harbour town",
                 "standfirst": "Our demo newsroom follows the night shift as it happens.", "live": true,
                 "body": [{"type": "paragraph", "text": "This page is updated as news comes in."}],
                 "authors": ["maria-demo"], "section": "news", "tags": ["weather"], "language": "en"}""");
        String[][] entries = {
            {"Frost warning issued for the coast", "true", "false"},
            {"", "false", "false"},
            {"Power station switches to its reserve line", "true", "false"},
            {"How to follow this page", "false", "true"}
        };
        for (String[] entry : entries) {
            this.entries.create(
                    live,
                    new LiveInputs.NewEntry(
                            entry[0].isEmpty() ? null : entry[0],
                            List.of(new Block.Paragraph(
                                    entry[0].isEmpty()
                                            ? "Volunteers are handing out blankets at the harbour office."
                                            : "Demo text for the entry: " + entry[0].toLowerCase() + ".",
                                    List.of())),
                            null,
                            Boolean.valueOf(entry[1]),
                            Boolean.valueOf(entry[2]),
                            List.of("maria-demo")),
                    editorId);
        }
    }

    private UUID publish(Caller editor, String json) {
        NewArticle input;
        try {
            input = mapper.readValue(json, NewArticle.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A demo article does not read as an article input", e);
        }
        UUID id = UUID.fromString(articles.create(input, editor).id());
        lifecycle.publish(id);
        return id;
    }
}
