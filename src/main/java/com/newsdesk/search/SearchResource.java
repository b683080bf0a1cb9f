package com.newsdesk.search;

import com.newsdesk.article.ArticleFilters;
import com.newsdesk.common.paging.PageLimit;
import com.newsdesk.common.problem.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Search of published articles. */
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Full-text search of published articles.")
public class SearchResource {

    private final SearchService search;
    private final ArticleFilters filters;

    SearchResource(SearchService search, ArticleFilters filters) {
        this.search = search;
        this.filters = filters;
    }

    @GET
    @Operation(
            operationId = "searchArticles",
            summary = "Search published articles",
            description =
                    "Web-search syntax: words, \"quoted phrases\", -excluded words, or. Case and diacritics do not"
                            + " matter (Kyïv finds Kyiv). Headline matches weigh most, then standfirst, excerpt and tags, then the"
                            + " body; recent articles get a boost. Snippets are escaped HTML with the matches in <mark>.")
    @APIResponse(responseCode = "200", description = "A page of results, best first.")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag still matches.")
    @APIResponse(responseCode = "400", description = "Missing q, or a bad filter, date, limit or cursor.")
    public SearchPage search(
            @Parameter(description = "What to search for.", required = true, example = "grid \"cold night\" -football")
                    @QueryParam("q")
                    String q,
            @Parameter(description = "Section slug.") @QueryParam("section") String section,
            @Parameter(description = "Tag slug.") @QueryParam("tag") String tag,
            @Parameter(description = "Only articles in this language (BCP 47).", example = "uk") @QueryParam("language")
                    String language,
            @Parameter(description = "Published on or after: a date (2026-11-01) or a time.") @QueryParam("from")
                    String from,
            @Parameter(description = "Published before: a date (2026-12-01) or a time.") @QueryParam("to") String to,
            @Parameter(description = "meta.nextCursor of the previous page.") @QueryParam("cursor") String cursor,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
                    @QueryParam("limit")
                    String limit) {
        String query = SearchService.query(q);
        return search.search(
                query,
                filters.of(section, tag, null, language),
                new SearchService.Range(time(from, "from"), time(to, "to")),
                cursor,
                PageLimit.parse(limit));
    }

    private static Instant time(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return raw.length() == 10
                    ? LocalDate.parse(raw).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(raw);
        } catch (DateTimeParseException e) {
            throw new ProblemException.InvalidInput(
                    field, "Must be a date such as 2026-11-25 or a time such as 2026-11-25T06:00:00Z");
        }
    }
}
