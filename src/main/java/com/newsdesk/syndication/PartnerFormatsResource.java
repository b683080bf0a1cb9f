package com.newsdesk.syndication;

import com.newsdesk.article.ArticleExports;
import com.newsdesk.article.ArticleQueries;
import com.newsdesk.common.http.ApiLinks;
import com.newsdesk.common.http.Negotiation;
import com.newsdesk.common.http.Varies;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One article in the industry's formats: IPTC ninjs for partners, schema.org NewsArticle JSON-LD
 * for search engines. One class per path, as in {@link ListingFeedsResource}, so that the article
 * resource keeps every other path under {@code /api/v1/articles/{slug}}.
 */
public final class PartnerFormatsResource {

    private PartnerFormatsResource() {}

    /** IPTC ninjs 2.2; also what {@code GET /api/v1/articles/{slug}} answers to Accept: application/ninjs+json. */
    @Path("/api/v1/articles/{slug}/ninjs")
    public static class AsNinjs {

        private final ArticleExports exports;
        private final ArticleQueries queries;
        private final NinjsWriter writer;
        private final ApiLinks links;

        AsNinjs(ArticleExports exports, ArticleQueries queries, NinjsWriter writer, ApiLinks links) {
            this.exports = exports;
            this.queries = queries;
            this.writer = writer;
            this.links = links;
        }

        @GET
        @Produces(Negotiation.NINJS)
        @Varies("Accept")
        @Tag(name = "Articles")
        @Operation(
                operationId = "getArticleNinjs",
                summary = "A published article as IPTC ninjs 2.2",
                description = "For partners and wire systems. GET /api/v1/articles/{slug} with Accept:"
                        + " application/ninjs+json answers the same. The lead picture and the audio are"
                        + " associations (featuremedia, audio) with every rendition; AI-narrated audio carries"
                        + " IPTC's digitalsourcetype for trained algorithmic media. A killed article that"
                        + " readers saw answers pubstatus canceled, with the notice as ednote and no text.")
        @APIResponse(
                responseCode = "200",
                description = "The ninjs item.",
                content = @Content(mediaType = Negotiation.NINJS, schema = @Schema(implementation = Ninjs.class)))
        @APIResponse(
                responseCode = "301",
                description = "The article moved to a new slug; Location has its ninjs.",
                headers = @Header(name = "Location"))
        @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag still matches.")
        @APIResponse(responseCode = "404", description = "No published or withdrawn article has this slug.")
        public Response get(
                @Parameter(example = "grid-holds-through-the-coldest-night") @PathParam("slug") String slug,
                @Context UriInfo uri) {
            var found = exports.bySlug(slug);
            if (found.isPresent()) {
                return Response.ok(writer.usable(found.get()), Negotiation.NINJS)
                        .build();
            }
            var moved = queries.movedTo(slug);
            if (moved.isPresent()) {
                return Response.status(Response.Status.MOVED_PERMANENTLY)
                        .location(URI.create(links.moved("/api/v1/articles/" + moved.get() + "/ninjs", uri)))
                        .build();
            }
            return exports.killed(slug)
                    .map(killed -> Response.ok(writer.canceled(killed), Negotiation.NINJS)
                            .build())
                    .orElseThrow(() -> queries.absent(slug));
        }
    }

    /** schema.org NewsArticle as JSON-LD, for the article's web page. */
    @Path("/api/v1/articles/{slug}/jsonld")
    public static class AsJsonLd {

        private final ArticleExports exports;
        private final ArticleQueries queries;
        private final JsonLdWriter writer;

        AsJsonLd(ArticleExports exports, ArticleQueries queries, JsonLdWriter writer) {
            this.exports = exports;
            this.queries = queries;
            this.writer = writer;
        }

        @GET
        @Produces(Negotiation.JSON_LD)
        @Tag(name = "Articles")
        @Operation(
                operationId = "getArticleJsonLd",
                summary = "A published article as schema.org NewsArticle (JSON-LD)",
                description = "What a web page embeds as its application/ld+json script: headline, the 16:9,"
                        + " 4:3 and 1:1 crops, datePublished and dateModified with their time zone, authors with"
                        + " their pages, the publisher and its logo, corrections as CorrectionComment.")
        @APIResponse(
                responseCode = "200",
                description = "The JSON-LD document.",
                content =
                        @Content(
                                mediaType = Negotiation.JSON_LD,
                                schema =
                                        @Schema(
                                                type = SchemaType.OBJECT,
                                                description = "schema.org NewsArticle: @context, @type, headline,"
                                                        + " image, datePublished, dateModified, author, publisher,"
                                                        + " isAccessibleForFree, inLanguage, correction and more.",
                                                example = JsonLdWriter.EXAMPLE)))
        @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag still matches.")
        @APIResponse(responseCode = "404", description = "No published article has this slug.")
        @APIResponse(responseCode = "410", description = "The article was killed; detail has the public notice.")
        public JsonLd get(@Parameter(example = "grid-holds-through-the-coldest-night") @PathParam("slug") String slug) {
            return exports.bySlug(slug).map(writer::article).orElseThrow(() -> queries.absent(slug));
        }
    }
}
