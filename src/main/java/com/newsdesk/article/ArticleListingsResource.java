package com.newsdesk.article;

import com.newsdesk.article.ArticleViews.ArticleSummary;
import com.newsdesk.author.AuthorService;
import com.newsdesk.common.http.ListKeys;
import com.newsdesk.common.paging.CursorPage;
import com.newsdesk.common.paging.NextLink;
import com.newsdesk.common.paging.PageLimit;
import com.newsdesk.section.SectionService;
import com.newsdesk.tag.TagService;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Published articles of one section, tag or author. They are listed under those features' paths and
 * tags but served here, so that section, tag and author need not depend on article, which depends on
 * them.
 *
 * <p>One class per path: Quarkus REST hands a request to the resource class whose {@code @Path}
 * matches it most specifically and does not fall back to another class, so a class at {@code
 * /api/v1} would never see {@code /api/v1/sections/news/articles} (SectionResource, at {@code
 * /api/v1/sections}, would take it and answer 404).
 */
public final class ArticleListingsResource {

    private ArticleListingsResource() {}

    /** Published articles of a section. */
    @Path("/api/v1/sections/{slug}/articles")
    @Produces(MediaType.APPLICATION_JSON)
    public static class OfSection {

        private final ArticleQueries articles;
        private final SectionService sections;
        private final ListKeys keys;

        OfSection(ArticleQueries articles, SectionService sections, ListKeys keys) {
            this.articles = articles;
            this.sections = sections;
            this.keys = keys;
        }

        @GET
        @Tag(name = "Sections")
        @Operation(
                operationId = "listSectionArticles",
                summary = "Published articles of a section",
                description = "Newest first, keyset-paginated, like the article list.")
        @APIResponse(responseCode = "200", description = "A page of article summaries.")
        @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag still matches.")
        @APIResponse(responseCode = "400", description = "Bad limit or cursor.")
        @APIResponse(responseCode = "404", description = "No section has this slug.")
        public RestResponse<CursorPage<ArticleSummary>> list(
                @PathParam("slug") String slug,
                @Parameter(description = "Opaque cursor: meta.nextCursor of the previous page.") @QueryParam("cursor")
                        String cursor,
                @Parameter(
                                schema =
                                        @Schema(
                                                type = SchemaType.INTEGER,
                                                minimum = "1",
                                                maximum = "100",
                                                defaultValue = "20"))
                        @QueryParam("limit")
                        String limit,
                @Parameter(description = "Only articles in this language (BCP 47).", example = "uk")
                        @QueryParam("language")
                        String language,
                @Context UriInfo uri) {
            java.util.UUID id = sections.publicIdOf(slug);
            keys.add("section-" + id);
            ArticleFilter filter = new ArticleFilter(id, null, null, ArticleFilters.language(language));
            return NextLink.ok(articles.page(filter, cursor, PageLimit.parse(limit)), uri);
        }
    }

    /** Published articles of a tag. */
    @Path("/api/v1/tags/{slug}/articles")
    @Produces(MediaType.APPLICATION_JSON)
    public static class OfTag {

        private final ArticleQueries articles;
        private final TagService tags;
        private final ListKeys keys;

        OfTag(ArticleQueries articles, TagService tags, ListKeys keys) {
            this.articles = articles;
            this.tags = tags;
            this.keys = keys;
        }

        @GET
        @Tag(name = "Tags")
        @Operation(
                operationId = "listTagArticles",
                summary = "Published articles of a tag",
                description = "Newest first, keyset-paginated, like the article list.")
        @APIResponse(responseCode = "200", description = "A page of article summaries.")
        @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag still matches.")
        @APIResponse(responseCode = "400", description = "Bad limit or cursor.")
        @APIResponse(responseCode = "404", description = "No tag has this slug.")
        public RestResponse<CursorPage<ArticleSummary>> list(
                @PathParam("slug") String slug,
                @Parameter(description = "Opaque cursor: meta.nextCursor of the previous page.") @QueryParam("cursor")
                        String cursor,
                @Parameter(
                                schema =
                                        @Schema(
                                                type = SchemaType.INTEGER,
                                                minimum = "1",
                                                maximum = "100",
                                                defaultValue = "20"))
                        @QueryParam("limit")
                        String limit,
                @Parameter(description = "Only articles in this language (BCP 47).", example = "uk")
                        @QueryParam("language")
                        String language,
                @Context UriInfo uri) {
            java.util.UUID id = tags.publicIdOf(slug);
            keys.add("tag-" + id);
            ArticleFilter filter = new ArticleFilter(null, id, null, ArticleFilters.language(language));
            return NextLink.ok(articles.page(filter, cursor, PageLimit.parse(limit)), uri);
        }
    }

    /** Published articles of an author. */
    @Path("/api/v1/authors/{slug}/articles")
    @Produces(MediaType.APPLICATION_JSON)
    public static class OfAuthor {

        private final ArticleQueries articles;
        private final AuthorService authors;
        private final ListKeys keys;

        OfAuthor(ArticleQueries articles, AuthorService authors, ListKeys keys) {
            this.articles = articles;
            this.authors = authors;
            this.keys = keys;
        }

        @GET
        @Tag(name = "Authors")
        @Operation(
                operationId = "listAuthorArticles",
                summary = "Published articles of an author",
                description = "Newest first, keyset-paginated, like the article list.")
        @APIResponse(responseCode = "200", description = "A page of article summaries.")
        @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag still matches.")
        @APIResponse(responseCode = "400", description = "Bad limit or cursor.")
        @APIResponse(responseCode = "404", description = "No author has this slug.")
        public RestResponse<CursorPage<ArticleSummary>> list(
                @PathParam("slug") String slug,
                @Parameter(description = "Opaque cursor: meta.nextCursor of the previous page.") @QueryParam("cursor")
                        String cursor,
                @Parameter(
                                schema =
                                        @Schema(
                                                type = SchemaType.INTEGER,
                                                minimum = "1",
                                                maximum = "100",
                                                defaultValue = "20"))
                        @QueryParam("limit")
                        String limit,
                @Parameter(description = "Only articles in this language (BCP 47).", example = "uk")
                        @QueryParam("language")
                        String language,
                @Context UriInfo uri) {
            java.util.UUID id = authors.publicIdOf(slug);
            keys.add("author-" + id);
            ArticleFilter filter = new ArticleFilter(null, null, id, ArticleFilters.language(language));
            return NextLink.ok(articles.page(filter, cursor, PageLimit.parse(limit)), uri);
        }
    }
}
