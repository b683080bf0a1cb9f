package com.newsdesk.author;

import com.newsdesk.author.AuthorViews.AuthorView;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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

    AuthorResource(AuthorService authors) {
        this.authors = authors;
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
}
