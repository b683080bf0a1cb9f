package com.newsdesk.preview;

import com.newsdesk.article.ArticleViews.ArticleView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A draft as readers will see it, for whoever holds its preview token. */
@Path("/api/v1/preview/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Previews")
public class PreviewResource {

    private final PreviewService previews;

    PreviewResource(PreviewService previews) {
        this.previews = previews;
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "previewArticle",
            summary = "Preview an article",
            description = "The article's current state in the shape GET /api/v1/articles/{slug} answers, whatever its"
                    + " status. Never cached (Cache-Control: no-store), never indexed (X-Robots-Tag: noindex).")
    @APIResponse(
            responseCode = "200",
            description = "The draft.",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "401", description = "The token is missing, invalid, expired or for another article.")
    @APIResponse(responseCode = "404", description = "The article no longer exists.")
    public Response get(
            @PathParam("id") UUID id,
            @Parameter(description = "The token from POST /api/v1/admin/articles/{id}/preview-token.", required = true)
                    @QueryParam("token")
                    String token) {
        return Response.ok(previews.draft(id, token))
                .header("Cache-Control", "no-store")
                .header("X-Robots-Tag", "noindex")
                .build();
    }
}
