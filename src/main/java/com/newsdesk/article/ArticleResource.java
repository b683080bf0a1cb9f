package com.newsdesk.article;

import com.newsdesk.article.ArticleViews.ArticleSummary;
import com.newsdesk.article.ArticleViews.ArticleView;
import com.newsdesk.common.http.ApiLinks;
import com.newsdesk.common.http.ListKeys;
import com.newsdesk.common.http.Varies;
import com.newsdesk.common.paging.CursorPage;
import com.newsdesk.common.paging.NextLink;
import com.newsdesk.common.paging.PageLimit;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Published articles for readers. Drafts, scheduled and archived articles are 404 here. */
@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Published articles: lists, one article, related articles.")
public class ArticleResource {

    private static final String FORMATS = "Comma-separated representations of the body: blocks (the default),"
            + " html, text. The body is sent once unless you ask for more.";

    private final ArticleQueries queries;
    private final ListKeys keys;
    private final ArticleFilters filters;
    private final ApiLinks links;
    private final TranslationGroups translations;

    ArticleResource(
            ArticleQueries queries,
            ArticleFilters filters,
            ApiLinks links,
            ListKeys keys,
            TranslationGroups translations) {
        this.translations = translations;
        this.keys = keys;
        this.queries = queries;
        this.filters = filters;
        this.links = links;
    }

    @GET
    @Operation(
            operationId = "listArticles",
            summary = "List published articles",
            description =
                    "Newest first, keyset-paginated: an item is never repeated or skipped while news is published. fields= trims each item.")
    @APIResponse(
            responseCode = "200",
            description = "A page of article summaries.",
            headers = @Header(name = "Link", description = "rel=\"next\" URL of the next page."))
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag still matches.")
    @APIResponse(responseCode = "400", description = "Bad limit, cursor or filter.")
    public RestResponse<CursorPage<ArticleSummary>> list(
            @Parameter(description = "Section slug.") @QueryParam("section") String section,
            @Parameter(description = "Tag slug.") @QueryParam("tag") String tag,
            @Parameter(description = "Author slug.") @QueryParam("author") String author,
            @Parameter(description = "BCP 47 language tag.", example = "en") @QueryParam("language") String language,
            @Parameter(description = "Opaque cursor: meta.nextCursor of the previous page.") @QueryParam("cursor")
                    String cursor,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
                    @QueryParam("limit")
                    String limit,
            @Parameter(
                            description = "Comma-separated top-level fields to keep in each item.",
                            example = "slug,headline,publishedAt")
                    @QueryParam("fields")
                    String fields,
            @Context UriInfo uri) {
        keys.add("feed");
        return NextLink.ok(
                queries.page(filters.of(section, tag, author, language), cursor, PageLimit.parse(limit)), uri);
    }

    @GET
    @Path("/{slug}")
    @Varies("Accept")
    @Operation(
            operationId = "getArticle",
            summary = "Get a published article by slug",
            description = "A former slug of the article answers 301 to the current one. With Accept:"
                    + " application/ninjs+json the answer is the article as IPTC ninjs 2.2, as getArticleNinjs"
                    + " gives it.")
    @APIResponse(
            responseCode = "200",
            description = "The article.",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(
            responseCode = "301",
            description = "The article moved to a new slug; Location has it.",
            headers = @Header(name = "Location"))
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag still matches.")
    @APIResponse(responseCode = "400", description = "Unknown include or formats name.")
    @APIResponse(
            responseCode = "404",
            description = "No published article has this slug, or (with language) no version in that language.")
    @APIResponse(
            responseCode = "410",
            description = "The article was killed (withdrawn for legal or ethical reasons); detail has the public"
                    + " notice.")
    public Response get(
            @Parameter(example = "grid-holds-through-the-coldest-night") @PathParam("slug") String slug,
            @Parameter(description = "Comma-separated: authors (bios and avatars), audio.", example = "authors,audio")
                    @QueryParam("include")
                    String include,
            @Parameter(description = FORMATS, example = "blocks,html") @QueryParam("formats") String formats,
            @Parameter(description = "Comma-separated top-level fields to keep.") @QueryParam("fields") String fields,
            @Parameter(
                            description = "Answer in this language (BCP 47): the article, or its translation in it."
                                    + " Content-Language says which language the answer is in.",
                            example = "uk")
                    @QueryParam("language")
                    String language,
            @Parameter(
                            description = "With language: the language to answer in when there is no version in"
                                    + " the one asked for.",
                            example = "en")
                    @QueryParam("fallback")
                    String fallback,
            @Context UriInfo uri) {
        var wanted = ArticleQueries.include(include);
        String asked = IsoLanguage.Check.parameter(language, "language");
        String otherwise = IsoLanguage.Check.parameter(fallback, "fallback");
        if (otherwise != null && asked == null) {
            throw new com.newsdesk.common.problem.ProblemException.InvalidInput(
                    "fallback", "Only with language: the language to fall back from");
        }
        TranslationGroups.Version version = asked == null ? null : translations.inLanguage(slug, asked, otherwise);
        if (version != null && version.found() && version.slug() == null) {
            throw new com.newsdesk.common.problem.ProblemException.NotFound("'" + slug + "' has no public version in "
                    + asked + (otherwise == null ? "" : " or " + otherwise) + ".");
        }
        String served = version != null && version.found() ? version.slug() : slug;
        return queries.bySlug(served, wanted, ArticleFormats.parse(formats), fields != null && !fields.isBlank())
                .map(answer -> {
                    Response.ResponseBuilder ok = Response.ok(answer, MediaType.APPLICATION_JSON_TYPE);
                    if (version != null && version.found()) {
                        ok.header("Content-Language", version.language())
                                .header("Content-Location", "/api/v1/articles/" + served);
                    }
                    return ok.build();
                })
                .orElseGet(() -> queries.movedTo(slug)
                        .map(current -> Response.status(Response.Status.MOVED_PERMANENTLY)
                                .location(URI.create(links.moved("/api/v1/articles/" + current, uri)))
                                .build())
                        .orElseThrow(() -> queries.absent(slug)));
    }

    @GET
    @Path("/by-id/{id}")
    @Operation(operationId = "getArticleById", summary = "Get a published article by id")
    @APIResponse(
            responseCode = "200",
            description = "The article.",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag still matches.")
    @APIResponse(responseCode = "400", description = "Unknown include or formats name.")
    @APIResponse(responseCode = "404", description = "No published article has this id.")
    @APIResponse(responseCode = "410", description = "The article was killed; detail has the public notice.")
    public Response byId(
            @PathParam("id") UUID id,
            @Parameter(description = "Comma-separated: authors, audio.") @QueryParam("include") String include,
            @Parameter(description = FORMATS, example = "html") @QueryParam("formats") String formats,
            @Parameter(description = "Comma-separated top-level fields to keep.") @QueryParam("fields") String fields) {
        Object answer = queries.byId(
                id,
                ArticleQueries.include(include),
                ArticleFormats.parse(formats),
                fields != null && !fields.isBlank());
        return Response.ok(answer, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/{slug}/related")
    @Operation(
            operationId = "listRelatedArticles",
            summary = "Articles related to one",
            description =
                    "Its explicit related blocks first, then articles sharing the most tags, newest first; never itself, never unpublished.")
    @APIResponse(responseCode = "200", description = "Related article summaries.")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag still matches.")
    @APIResponse(responseCode = "404", description = "No published article has this slug.")
    public RelatedPage related(
            @PathParam("slug") String slug,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "20", defaultValue = "5"))
                    @QueryParam("limit")
                    String limit) {
        int size = limit == null || limit.isEmpty() ? 5 : PageLimit.parse(limit);
        if (size > 20) {
            throw new com.newsdesk.common.problem.ProblemException.InvalidInput(
                    PageLimit.PARAM, "Must be a whole number from 1 to 20");
        }
        return new RelatedPage(queries.related(slug, size), new RelatedPage.Meta(size));
    }
}
