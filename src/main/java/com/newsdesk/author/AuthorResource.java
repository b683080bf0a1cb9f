package com.newsdesk.author;

import com.newsdesk.article.ArticleFilter;
import com.newsdesk.author.AuthorViews.AuthorView;
import com.newsdesk.common.paging.CursorPage;
import com.newsdesk.common.paging.NextLink;
import com.newsdesk.common.paging.PageLimit;
import com.newsdesk.syndication.SyndicationService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Public read side of authors. */
@Path("/api/v1/authors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authors", description = "The people in the bylines.")
public class AuthorResource {

    private final AuthorService authors;
    private final SyndicationService feeds;

    AuthorResource(AuthorService authors, SyndicationService feeds) {
        this.authors = authors;
        this.feeds = feeds;
    }

    @GET
    @Operation(
            operationId = "listAuthors",
            summary = "List authors",
            description = "In name order, a page at a time (keyset pagination).")
    @APIResponse(responseCode = "200", description = "A page of authors.")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag still matches.")
    @APIResponse(responseCode = "400", description = "Bad limit or cursor.")
    public RestResponse<CursorPage<AuthorView>> list(
            @Parameter(description = "Opaque cursor: meta.nextCursor of the previous page.") @QueryParam("cursor")
                    String cursor,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
                    @QueryParam("limit")
                    String limit,
            @Context UriInfo uri) {
        return NextLink.ok(authors.list(cursor, PageLimit.parse(limit)), uri);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getAuthor", summary = "Get an author by slug")
    @APIResponse(responseCode = "200", description = "The author.")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag still matches.")
    @APIResponse(responseCode = "404", description = "No author has this slug.")
    public AuthorView get(@Parameter(example = "olena-petrenko") @PathParam("slug") String slug) {
        return authors.getBySlug(slug);
    }

    @GET
    @Path("/{slug}/feed.{format:rss|atom|json}")
    @Operation(
            operationId = "getAuthorFeed",
            summary = "Syndication feed of a author",
            description =
                    "format: rss (application/rss+xml), atom (application/atom+xml) or json (application/feed+json).")
    @APIResponse(
            responseCode = "200",
            description = "The feed.",
            content = {
                @Content(mediaType = "application/rss+xml", schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = "application/atom+xml", schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = "application/feed+json", schema = @Schema(type = SchemaType.OBJECT))
            })
    @APIResponse(responseCode = "304", description = "Not modified.")
    @APIResponse(responseCode = "404", description = "No author has this slug.")
    public jakarta.ws.rs.core.Response feed(
            @PathParam("slug") String slug,
            @Parameter(schema = @Schema(enumeration = {"rss", "atom", "json"})) @PathParam("format") String format,
            @Context UriInfo uri) {
        ArticleFilter filter = new ArticleFilter(null, null, authors.publicIdOf(slug), null);
        return feeds.response(format, new SyndicationService.Scope(filter, slug, "/authors/" + slug), uri);
    }
}
