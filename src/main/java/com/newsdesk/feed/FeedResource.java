package com.newsdesk.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsdesk.article.ArticleFeed;
import com.newsdesk.article.ArticleFilter;
import com.newsdesk.article.ArticleFilters;
import com.newsdesk.common.http.ListKeys;
import com.newsdesk.common.paging.NextLink;
import com.newsdesk.common.paging.PageLimit;
import com.newsdesk.common.paging.SplicedPage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The news feed of mobile apps: newest first, stable paging, pull to refresh. */
@Path("/api/v1/feed")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feed", description = "The news feed: newest published articles first.")
public class FeedResource {

    private final ArticleFeed articles;
    private final ArticleFilters filters;

    private final ObjectMapper json;
    private final ListKeys keys;

    FeedResource(ArticleFeed articles, ArticleFilters filters, ObjectMapper json, ListKeys keys) {
        this.keys = keys;
        this.json = json;
        this.articles = articles;
        this.filters = filters;
    }

    @GET
    @Operation(
            operationId = "getFeed",
            summary = "News feed",
            description =
                    "Published articles newest first. Keyset-paginated on (publishedAt, id): publishing between two"
                            + " requests never repeats or skips an item, and a deep page costs what the first costs. meta.headCursor"
                            + " passed back as ?since= answers what was published after it; it stays a few seconds"
                            + " behind now, so the freshest items may come again (keep one per id), and none is skipped.")
    @APIResponse(
            responseCode = "200",
            description = "A page of the feed.",
            content = @Content(schema = @Schema(implementation = FeedPage.class)),
            headers = @Header(name = "Link", description = "rel=\"next\" URL of the next page."))
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag still matches.")
    @APIResponse(responseCode = "400", description = "Bad limit, cursor, since or filter.")
    public Response feed(
            @Parameter(description = "Section slug.") @QueryParam("section") String section,
            @Parameter(description = "Tag slug.") @QueryParam("tag") String tag,
            @Parameter(description = "Only articles in this language (BCP 47).", example = "uk") @QueryParam("language")
                    String language,
            @Parameter(description = "meta.nextCursor of the previous page.") @QueryParam("cursor") String cursor,
            @Parameter(description = "A meta.headCursor: only what was published after it.") @QueryParam("since")
                    String since,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
                    @QueryParam("limit")
                    String limit,
            @Context UriInfo uri) {
        int size = PageLimit.parse(limit);
        ArticleFilter filter = filters.of(section, tag, null, language);
        keys.add("feed");
        Object page;
        String next;
        if (articles.storesAnswers()) { // the kept summaries, put together
            ArticleFeed.StoredWindow window = articles.storedWindow(filter, cursor, since, size);
            next = window.nextCursor();
            page = SplicedPage.of(
                    json,
                    new FeedPage(List.of(), new FeedPage.Meta(size, next, window.headCursor())),
                    window.items(),
                    window.surrogateKeys());
        } else {
            ArticleFeed.Window window = articles.window(filter, cursor, since, size);
            next = window.nextCursor();
            page = new FeedPage(window.items(), new FeedPage.Meta(size, next, window.headCursor()));
        }
        Response.ResponseBuilder response = Response.ok(page, MediaType.APPLICATION_JSON_TYPE);
        if (next != null) {
            response.header("Link", NextLink.value(uri, next));
        }
        return response.build();
    }
}
