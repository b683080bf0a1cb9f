package com.newsdesk.demo;

import com.newsdesk.article.ArticleInputs.Audio;
import com.newsdesk.article.ArticleInputs.LeadImage;
import com.newsdesk.article.ArticleInputs.NewArticle;
import com.newsdesk.article.ArticleLifecycle;
import com.newsdesk.article.ArticleService;
import com.newsdesk.article.Block;
import com.newsdesk.article.Caller;
import com.newsdesk.author.AuthorInputs.NewAuthor;
import com.newsdesk.author.AuthorService;
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

    DemoArticles(
            MediaService media,
            TagService tags,
            AuthorService authors,
            ArticleService articles,
            ArticleLifecycle lifecycle) {
        this.media = media;
        this.tags = tags;
        this.authors = authors;
        this.articles = articles;
        this.lifecycle = lifecycle;
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

        UUID first = publish(
                editor,
                new NewArticle(
                        "Harbour town keeps its lights on through the cold snap",
                        null,
                        "Volunteers and engineers shared the night shift.",
                        null,
                        List.of(paragraph(
                                "Engineers and volunteers kept the harbour town's small power station running through"
                                        + " three nights of frost, the town council said on Tuesday.")),
                        List.of("maria-demo"),
                        "news",
                        List.of("energy", "weather"),
                        null,
                        null,
                        "en",
                        null,
                        null,
                        null));
        publish(
                editor,
                new NewArticle(
                        "Demo: how the grid gets through a winter night",
                        null,
                        "An explainer for the sample newsroom.",
                        null,
                        List.of(
                                new Block.Paragraph(
                                        "Every winter night the grid balances what people use against what"
                                                + " plants can make. This demo article shows each block type.",
                                        List.of(new Block.Mark("bold", 19, 27, null))),
                                new Block.Related(first.toString()),
                                new Block.Heading("What operators watch", 2),
                                new Block.ListBlock(List.of("Frequency", "Reserves", "Weather forecasts"), false),
                                new Block.Quote("The first cold night is always the hardest.", "A demo dispatcher")),
                        List.of("maria-demo", "ivan-sample"),
                        "analysis",
                        List.of("energy"),
                        new LeadImage(UUID.fromString(photo), null, null),
                        new Audio(UUID.fromString(audio), true, null),
                        "en",
                        null,
                        null,
                        null));
    }

    private UUID publish(Caller editor, NewArticle input) {
        UUID id = UUID.fromString(articles.create(input, editor).id());
        lifecycle.publish(id);
        return id;
    }

    private static Block paragraph(String text) {
        return new Block.Paragraph(text, List.of());
    }
}
