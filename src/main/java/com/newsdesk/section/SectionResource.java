package com.newsdesk.section;

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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Public read side of sections. */
@Path("/api/v1/sections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sections", description = "Sections of the publication, such as News, Opinion and Analysis.")
public class SectionResource {

    private final SectionService sections;

    SectionResource(SectionService sections) {
        this.sections = sections;
    }

    @GET
    @Operation(
            operationId = "listSections",
            summary = "List sections",
            description = "All sections in menu order, a page at a time (keyset pagination).")
    @APIResponse(
            responseCode = "200",
            description = "A page of sections.",
            headers = {
                @Header(name = "ETag", description = "Strong validator of this body."),
                @Header(name = "Link", description = "rel=\"next\" URL of the next page, when there is one.")
            })
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag still matches.")
    @APIResponse(responseCode = "400", description = "Bad limit or cursor.")
    public RestResponse<CursorPage<SectionView>> list(
            @Parameter(description = "Opaque cursor: meta.nextCursor of the previous page.") @QueryParam("cursor")
                    String cursor,
            @Parameter(
                            description = "Page size, 1 to 100.",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "100",
                                            defaultValue = "20"))
                    @QueryParam("limit")
                    String limit,
            @Context UriInfo uri) {
        return NextLink.ok(sections.list(cursor, PageLimit.parse(limit)), uri);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getSection", summary = "Get a section by slug")
    @APIResponse(responseCode = "200", description = "The section.")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag still matches.")
    @APIResponse(responseCode = "404", description = "No section has this slug.")
    public SectionView get(
            @Parameter(description = "The section's slug.", example = "news") @PathParam("slug") String slug) {
        return sections.getBySlug(slug);
    }
}
