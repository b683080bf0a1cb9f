package com.newsdesk.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsdesk.common.paging.NumberedPage;
import com.newsdesk.common.paging.PageLimit;
import com.newsdesk.live.LiveInputs.NewEntry;
import com.newsdesk.live.LiveViews.EntryView;
import com.newsdesk.staff.StaffRole;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Editors run live coverage: the entries of a live article's News Feed. */
@Path("/api/v1/admin/articles/{id}/entries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(StaffRole.EDITOR_ROLE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Live coverage (staff)", description = "Entries of live articles. Roles: editor, admin.")
public class LiveAdminResource {

    private final LiveEntries entries;
    private final JsonWebToken token;

    LiveAdminResource(LiveEntries entries, JsonWebToken token) {
        this.entries = entries;
        this.token = token;
    }

    @GET
    @Operation(
            operationId = "listLiveEntries",
            summary = "A live article's entries, newest first",
            description = "Deleted entries are left out. Roles: editor, admin.")
    @APIResponse(responseCode = "200", description = "A page of entries.")
    @APIResponse(responseCode = "400", description = "Bad page or limit.")
    public NumberedPage<EntryView> list(
            @PathParam("id") UUID id, @QueryParam("page") String page, @QueryParam("limit") String limit) {
        return entries.list(id, NumberedPage.parsePage(page), PageLimit.parse(limit));
    }

    @GET
    @Path("/{entryId}")
    @Operation(
            operationId = "getLiveEntry",
            summary = "One entry",
            description = "Its ETag is what PATCH and DELETE need as If-Match. Roles: editor, admin.")
    @APIResponse(responseCode = "200", description = "The entry.")
    @APIResponse(responseCode = "404", description = "No such entry on this article.")
    public EntryView get(@PathParam("id") UUID id, @PathParam("entryId") UUID entryId) {
        return entries.get(id, entryId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(
            operationId = "postLiveEntry",
            summary = "Post an entry to live coverage",
            description = "At the server's time. Readers polling with since= and every open stream get it within a"
                    + " second of the commit; webhooks get article.updated while the article is public."
                    + " Roles: editor, admin.")
    @APIResponse(responseCode = "201", description = "The entry as readers see it.")
    @APIResponse(responseCode = "404", description = "No such article.")
    @APIResponse(
            responseCode = "422",
            description = "The article is not live, or the entry is not valid (field errors).")
    public EntryView post(@PathParam("id") UUID id, @NotNull @Valid NewEntry input) {
        return entries.create(id, input, UUID.fromString(token.getSubject()));
    }

    @PATCH
    @Path("/{entryId}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "updateLiveEntry",
            summary = "Change an entry",
            description = "JSON merge patch: absent fields stay, null clears. Roles: editor, admin.")
    @APIResponse(responseCode = "200", description = "The changed entry.")
    @APIResponse(responseCode = "404", description = "No such entry on this article.")
    @APIResponse(responseCode = "412", description = "It changed since your read; nothing was changed.")
    @APIResponse(responseCode = "422", description = "The article is not live, or the change is not valid.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public EntryView update(
            @PathParam("id") UUID id,
            @PathParam("entryId") UUID entryId,
            @Parameter(description = "ETag of your last read.", required = true) @HeaderParam("If-Match")
                    String ifMatch,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(ref = "LiveEntryPatch"),
                                            examples =
                                                    @ExampleObject(
                                                            name = "headline",
                                                            value =
                                                                    "{\"headline\": \"Power is back in the east\", \"pinned\": true}")))
                    JsonNode patch) {
        return entries.update(id, entryId, ifMatch, patch);
    }

    @DELETE
    @Path("/{entryId}")
    @Operation(
            operationId = "deleteLiveEntry",
            summary = "Delete an entry",
            description = "Readers polling with since= get it in deleted, streams as entry.deleted."
                    + " Roles: editor, admin.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No such entry on this article.")
    @APIResponse(responseCode = "412", description = "It changed since your read; nothing was deleted.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public void delete(
            @PathParam("id") UUID id,
            @PathParam("entryId") UUID entryId,
            @Parameter(description = "ETag of your last read.", required = true) @HeaderParam("If-Match")
                    String ifMatch) {
        entries.delete(id, entryId, ifMatch);
    }
}
