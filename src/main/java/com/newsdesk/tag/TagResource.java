package com.newsdesk.tag;

import com.newsdesk.common.paging.CursorPage;
import com.newsdesk.common.paging.NextLink;
import com.newsdesk.common.paging.PageLimit;
import com.newsdesk.tag.TagViews.TagView;
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

/** Public read side of tags. */
@Path("/api/v1/tags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tags", description = "Topics, places and people that articles are about.")
public class TagResource {

    private final TagService tags;

    TagResource(TagService tags) {
        this.tags = tags;
    }

    @GET
    @Operation(
            operationId = "listTags",
            summary = "List tags",
            description = "In name order, a page at a time (keyset pagination).")
    @APIResponse(responseCode = "200", description = "A page of tags.")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag still matches.")
    @APIResponse(responseCode = "400", description = "Bad limit or cursor.")
    public RestResponse<CursorPage<TagView>> list(
            @Parameter(description = "Opaque cursor: meta.nextCursor of the previous page.") @QueryParam("cursor")
                    String cursor,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
                    @QueryParam("limit")
                    String limit,
            @Context UriInfo uri) {
        return NextLink.ok(tags.list(cursor, PageLimit.parse(limit)), uri);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getTag", summary = "Get a tag by slug")
    @APIResponse(responseCode = "200", description = "The tag.")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag still matches.")
    @APIResponse(responseCode = "404", description = "No tag has this slug.")
    public TagView get(@Parameter(example = "energy") @PathParam("slug") String slug) {
        return tags.getBySlug(slug);
    }
}
