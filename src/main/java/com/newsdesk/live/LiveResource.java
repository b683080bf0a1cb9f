package com.newsdesk.live;

import com.newsdesk.common.paging.PageLimit;
import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.live.LiveViews.Page;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseHeader;

/**
 * A live article's News Feed for readers: pages and polls (with since=), and a stream of
 * server-sent events. Its own class so that its path is more specific than the article's.
 */
@Path("/api/v1/articles/{slug}/entries")
@Tag(name = "Live coverage", description = "The News Feed of live articles: pages, polling and a stream.")
public class LiveResource {

    private final LiveReads reads;
    private final LiveHub hub;

    LiveResource(LiveReads reads, LiveHub hub) {
        this.reads = reads;
        this.hub = hub;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listArticleEntries",
            summary = "A live article's News Feed",
            description = "Without since=: entries newest first, keyset paged with cursor=, the pinned ones in"
                    + " meta.pinned. With since= (meta.since of an earlier answer): what was added or changed"
                    + " since, in data, and deleted, as markers, in the order it happened; an entry whose commit"
                    + " came late is never skipped. Poll with If-None-Match: an unchanged answer is a 304.")
    @APIResponse(responseCode = "200", description = "Entries.")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag still matches.")
    @APIResponse(responseCode = "400", description = "Bad limit, cursor or since, or both cursor and since.")
    @APIResponse(responseCode = "404", description = "No published article has this slug.")
    @APIResponse(responseCode = "410", description = "The article was killed; detail has the public notice.")
    public Page list(
            @Parameter(example = "war-day-1016-live") @PathParam("slug") String slug,
            @Parameter(description = "meta.nextCursor of the previous page.") @QueryParam("cursor") String cursor,
            @Parameter(description = "meta.since of an earlier answer.") @QueryParam("since") String since,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
                    @QueryParam("limit")
                    String limit) {
        int size = PageLimit.parse(limit);
        if (since != null && cursor != null) {
            throw new ProblemException.InvalidInput("cursor", "Use cursor or since, not both");
        }
        return since == null
                ? reads.page(slug, cursor, size)
                : reads.since(slug, LiveCursor.parse(since, "since"), size);
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @ResponseHeader(name = "Cache-Control", value = "no-cache")
    @ResponseHeader(name = "X-Accel-Buffering", value = "no")
    @Operation(
            operationId = "streamArticleEntries",
            summary = "A live article's News Feed as server-sent events",
            description = "entry.created, entry.updated and entry.deleted as they are committed, on every instance"
                    + " within a second; data is the entry (or {id, deletedAt}), id: a since value. Reconnect with"
                    + " Last-Event-ID to get what you missed. A comment line every 15 s keeps proxies from closing"
                    + " it.")
    @APIResponse(
            responseCode = "200",
            description = "The stream.",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Last-Event-ID is not an id this stream sent.")
    @APIResponse(responseCode = "404", description = "No published article has this slug.")
    @APIResponse(responseCode = "410", description = "The article was killed; detail has the public notice.")
    @APIResponse(
            responseCode = "503",
            description = "This instance has all the streams it keeps open; try again later.",
            headers = @Header(name = "Retry-After"))
    public Multi<OutboundSseEvent> stream(
            @PathParam("slug") String slug,
            @Parameter(description = "The id of the last event you received.") @HeaderParam("Last-Event-ID")
                    String lastEventId,
            @Context Sse sse) {
        LiveCursor resume = lastEventId == null || lastEventId.isBlank()
                ? null
                : LiveCursor.parse(lastEventId.trim(), "Last-Event-ID");
        UUID article = reads.publicArticle(slug);
        return Multi.createFrom()
                .<LiveEvent>emitter(emitter -> hub.subscribe(article, resume, emitter), hub.bufferSize())
                // joining reads the database (where to start, what a resuming reader missed): not on the event loop
                .runSubscriptionOn(io.smallrye.mutiny.infrastructure.Infrastructure.getDefaultWorkerPool())
                .map(event -> event.name() == null
                        ? sse.newEventBuilder().comment(event.comment()).build()
                        : sse.newEventBuilder()
                                .name(event.name())
                                .id(event.id())
                                .data(event.data())
                                .build());
    }
}
