package com.newsdesk.syndication;

import com.newsdesk.article.ArticleFilter;
import com.newsdesk.article.ArticleFilters;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * RSS, Atom and JSON Feed of the whole site, for feed readers and partners. The feeds of one section,
 * tag or author are in {@link ListingFeedsResource}.
 */
@Path("/api/v1/feed.{format:rss|atom|json}")
@Tag(name = "Syndication", description = "RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the newest articles.")
public class SyndicationResource {

    private final SyndicationService feeds;

    SyndicationResource(SyndicationService feeds) {
        this.feeds = feeds;
    }

    @GET
    @Operation(
            operationId = "getSiteFeed",
            summary = "Syndication feed of the site",
            description =
                    "format: rss (application/rss+xml), atom (application/atom+xml) or json (application/feed+json).")
    @APIResponse(
            responseCode = "200",
            description = "The feed.",
            content = {
                @Content(
                        mediaType = "application/rss+xml",
                        schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
                @Content(
                        mediaType = "application/atom+xml",
                        schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
                @Content(
                        mediaType = "application/feed+json",
                        schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT))
            })
    @APIResponse(responseCode = "304", description = "Not modified.")
    public Response site(
            @Parameter(schema = @Schema(enumeration = {"rss", "atom", "json"})) @PathParam("format") String format,
            @Parameter(description = "Only articles in this language (BCP 47).", example = "uk") @QueryParam("language")
                    String language,
            @Context UriInfo uri) {
        ArticleFilter filter = new ArticleFilter(null, null, null, ArticleFilters.language(language));
        return feeds.response(format, new SyndicationService.Scope(filter, null, ""), uri);
    }
}
