package com.newsdesk.common.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a reader-facing list: {@code {"data": [...], "meta": {...}}}. */
public record CursorPage<T>(
        @Schema(required = true, description = "The items of this page, in list order.")
        List<T> data,

        @Schema(required = true) CursorMeta meta)
        implements com.newsdesk.common.http.CacheTags {

    @Override
    public List<String> surrogateKeys() {
        return com.newsdesk.common.http.CacheTags.of(data);
    }

    /** Paging facts of a keyset-paginated page. */
    @Schema(
            name = "CursorMeta",
            requiredProperties = {"limit", "nextCursor"})
    public record CursorMeta(
            @Schema(description = "The page size used.", example = "20")
            int limit,

            @Schema(
                    description = "Pass back as ?cursor= for the next page; null on the last page."
                            + " Also sent as a Link header with rel=\"next\".",
                    nullable = true,
                    example = "djEKc2VjdGlvbgoyCjQ0")
            String nextCursor) {}

    /**
     * The page from a query that fetched {@code limit + 1} rows: the extra row only tells that a
     * next page exists.
     */
    public static <E, T> CursorPage<T> of(List<E> rows, int limit, Function<E, T> view, Function<E, String> cursorOf) {
        boolean more = rows.size() > limit;
        List<E> page = more ? rows.subList(0, limit) : rows;
        String next = more ? cursorOf.apply(page.get(page.size() - 1)) : null;
        return new CursorPage<>(page.stream().map(view).toList(), new CursorMeta(limit, next));
    }
}
