package com.newsdesk.syndication;

import com.newsdesk.common.problem.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sitemaps for search engines: Google News, and the archive in pages under an index. */
@Path("/api/v1/sitemaps")
@Produces(SitemapResource.XML)
@Tag(name = "Sitemaps", description = "XML sitemaps of public articles for search engines.")
public class SitemapResource {

    static final String XML = "application/xml";
    static final String XML_UTF8 = "application/xml; charset=utf-8";

    private final SitemapWriter sitemaps;

    SitemapResource(SitemapWriter sitemaps) {
        this.sitemaps = sitemaps;
    }

    @GET
    @Path("/news.xml")
    @Operation(
            operationId = "getNewsSitemap",
            summary = "Google News sitemap",
            description = "Articles first published in the last 48 hours, newest first, at most 1,000: loc on the"
                    + " site's base URL, news:publication (name, language), news:publication_date, news:title.")
    @APIResponse(
            responseCode = "200",
            description = "The sitemap.",
            content = @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag still matches.")
    public Response news() {
        return Response.ok(sitemaps.news(), XML_UTF8).build();
    }

    @GET
    @Path("/index.xml")
    @Operation(
            operationId = "getSitemapIndex",
            summary = "Sitemap index of the archive",
            description = "Every page of articles.xml, each of up to 50,000 public articles in id order (the order"
                    + " they were created in), addressed by the id the page starts after.")
    @APIResponse(
            responseCode = "200",
            description = "The sitemap index.",
            content = @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag still matches.")
    public Response index() {
        return Response.ok(sitemaps.index(), XML_UTF8).build();
    }

    @GET
    @Path("/articles.xml")
    @Operation(
            operationId = "getArticlesSitemap",
            summary = "A page of the archive sitemap",
            description = "Up to 50,000 public articles after the key, with loc on the site's base URL and lastmod."
                    + " The index lists the pages; a key is an article id.")
    @APIResponse(
            responseCode = "200",
            description = "The sitemap page.",
            content = @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag still matches.")
    @APIResponse(responseCode = "400", description = "The key is not an article id.")
    public Response articles(
            @Parameter(
                            description = "The page starts after this article id; none for the first page.",
                            example = "019abf3e-8d7c-7c1e-9a55-3f1f7f8e0c11")
                    @QueryParam("after")
                    String after) {
        return Response.ok(sitemaps.page(key(after)), XML_UTF8).build();
    }

    static UUID key(String after) {
        if (after == null || after.isEmpty()) {
            return null;
        }
        try {
            if (after.length() == 36) {
                return UUID.fromString(after);
            }
        } catch (IllegalArgumentException e) {
            // falls through to the problem below
        }
        throw new ProblemException.InvalidInput("after", "Must be a key from the sitemap index (an article id)");
    }
}
