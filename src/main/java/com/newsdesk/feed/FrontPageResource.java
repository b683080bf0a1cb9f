package com.newsdesk.feed;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One round trip on app start: the top of the feed, Editors' Picks and More news. */
@Path("/api/v1/front-page")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feed")
public class FrontPageResource {

    private final FrontPageService frontPage;

    FrontPageResource(FrontPageService frontPage) {
        this.frontPage = frontPage;
    }

    @GET
    @Operation(
            operationId = "getFrontPage",
            summary = "Front page",
            description = "The top of the feed, Editors' Picks and More news in one response.")
    @APIResponse(responseCode = "200", description = "The front page.")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag still matches.")
    public FrontPage get() {
        return frontPage.get();
    }
}
