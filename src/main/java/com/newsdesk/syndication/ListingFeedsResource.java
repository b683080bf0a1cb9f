package com.newsdesk.syndication;

import com.newsdesk.article.ArticleFilter;
import com.newsdesk.article.ArticleFilters;
import com.newsdesk.author.AuthorService;
import com.newsdesk.section.SectionService;
import com.newsdesk.tag.TagService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The feeds of one section, tag or author. They are listed under those features' paths and tags
 * but served here, so that section, tag and author need not depend on syndication or article.
 *
 * <p>One class per path, as in {@code ArticleListingsResource}: Quarkus REST hands a request to the
 * resource class whose {@code @Path} matches it most specifically and does not fall back to another.
 * They keep the {@code @Produces} of the resources they came from, so content negotiation is
 * unchanged.
 */
public final class ListingFeedsResource {

    private ListingFeedsResource() {}

    /** The feed of a section. */
    @Path("/api/v1/sections/{slug}/feed.{format:rss|atom|json}")
    @Produces(MediaType.APPLICATION_JSON)
    public static class OfSection {

        private final SyndicationService feeds;
        private final SectionService sections;

        OfSection(SyndicationService feeds, SectionService sections) {
            this.feeds = feeds;
            this.sections = sections;
        }

        @GET
        @Tag(name = "Sections")
        @Operation(
                operationId = "getSectionFeed",
                summary = "Syndication feed of a section",
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
        @APIResponse(responseCode = "404", description = "No section has this slug.")
        public Response feed(
                @PathParam("slug") String slug,
                @Parameter(schema = @Schema(enumeration = {"rss", "atom", "json"})) @PathParam("format") String format,
                @Parameter(description = "Only articles in this language (BCP 47).", example = "uk")
                        @QueryParam("language")
                        String language,
                @Context UriInfo uri) {
            ArticleFilter filter =
                    new ArticleFilter(sections.publicIdOf(slug), null, null, ArticleFilters.language(language));
            return feeds.response(format, new SyndicationService.Scope(filter, slug, "/sections/" + slug), uri);
        }
    }

    /** The feed of a tag. */
    @Path("/api/v1/tags/{slug}/feed.{format:rss|atom|json}")
    @Produces(MediaType.APPLICATION_JSON)
    public static class OfTag {

        private final SyndicationService feeds;
        private final TagService tags;

        OfTag(SyndicationService feeds, TagService tags) {
            this.feeds = feeds;
            this.tags = tags;
        }

        @GET
        @Tag(name = "Tags")
        @Operation(
                operationId = "getTagFeed",
                summary = "Syndication feed of a tag",
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
        @APIResponse(responseCode = "404", description = "No tag has this slug.")
        public Response feed(
                @PathParam("slug") String slug,
                @Parameter(schema = @Schema(enumeration = {"rss", "atom", "json"})) @PathParam("format") String format,
                @Parameter(description = "Only articles in this language (BCP 47).", example = "uk")
                        @QueryParam("language")
                        String language,
                @Context UriInfo uri) {
            ArticleFilter filter =
                    new ArticleFilter(null, tags.publicIdOf(slug), null, ArticleFilters.language(language));
            return feeds.response(format, new SyndicationService.Scope(filter, slug, "/tags/" + slug), uri);
        }
    }

    /** The feed of an author. */
    @Path("/api/v1/authors/{slug}/feed.{format:rss|atom|json}")
    @Produces(MediaType.APPLICATION_JSON)
    public static class OfAuthor {

        private final SyndicationService feeds;
        private final AuthorService authors;

        OfAuthor(SyndicationService feeds, AuthorService authors) {
            this.feeds = feeds;
            this.authors = authors;
        }

        @GET
        @Tag(name = "Authors")
        @Operation(
                operationId = "getAuthorFeed",
                summary = "Syndication feed of an author",
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
        public Response feed(
                @PathParam("slug") String slug,
                @Parameter(schema = @Schema(enumeration = {"rss", "atom", "json"})) @PathParam("format") String format,
                @Parameter(description = "Only articles in this language (BCP 47).", example = "uk")
                        @QueryParam("language")
                        String language,
                @Context UriInfo uri) {
            ArticleFilter filter =
                    new ArticleFilter(null, null, authors.publicIdOf(slug), ArticleFilters.language(language));
            return feeds.response(format, new SyndicationService.Scope(filter, slug, "/authors/" + slug), uri);
        }
    }
}
