package com.newsdesk.common.paging;

import com.newsdesk.common.problem.ProblemException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a staff list, by page number: {@code {"data": [...], "meta": {"page", "limit", "total"}}}. */
public record NumberedPage<T>(
        @Schema(required = true, description = "The items of this page.")
        List<T> data,

        @Schema(required = true) PageMeta meta) {

    @Schema(
            name = "PageMeta",
            requiredProperties = {"page", "limit", "total"})
    public record PageMeta(
            @Schema(description = "1-based page number.", example = "3")
            int page,

            @Schema(description = "Page size used.", example = "20")
            int limit,

            @Schema(description = "Items in the whole list; pages = ceil(total / limit).", example = "237")
            long total) {}

    public static final String PAGE_PARAM = "page";

    /** The {@code page} query parameter: 1 by default, a whole number from 1 up. */
    public static int parsePage(String raw) {
        if (raw == null || raw.isEmpty()) {
            return 1;
        }
        try {
            int page = Integer.parseInt(raw.trim());
            if (page >= 1 && page <= 1_000_000) {
                return page;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new ProblemException.InvalidInput(PAGE_PARAM, "Must be a whole number from 1 up");
    }
}
