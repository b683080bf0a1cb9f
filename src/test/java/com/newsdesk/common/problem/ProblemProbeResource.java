package com.newsdesk.common.problem;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Test-only endpoints that take a body or fail on purpose, to prove the error contract before any
 * production endpoint takes a body. Lives under src/test: never part of the product.
 */
@Path("/api/v1/test-only/probe")
@Produces(MediaType.APPLICATION_JSON)
public class ProblemProbeResource {

    public record Block(@NotBlank String type, String text) {}

    public record Input(
            @NotBlank @Email(message = "Please enter a correct email address")
            String email,

            @NotNull Integer count,
            @Size(max = 3) List<@NotNull @Valid Block> body,
            Boolean flag) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Input echo(@NotNull @Valid Input input) {
        return input;
    }

    /** What reading a body throws when the client closed its connection between two reads. */
    @GET
    @Path("/channel-closed")
    public String channelClosed() throws java.io.IOException {
        throw new java.io.IOException(new java.nio.channels.ClosedChannelException());
    }

    @GET
    @Path("/boom")
    public String boom() {
        throw new IllegalStateException("internal detail that must never reach the client");
    }

    @GET
    @Path("/ranged")
    public int ranged(@QueryParam("size") @Min(1) @Max(10) Integer size) {
        return size == null ? 0 : size;
    }
}
