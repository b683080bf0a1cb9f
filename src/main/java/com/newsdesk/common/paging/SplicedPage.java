package com.newsdesk.common.paging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsdesk.common.http.RawBody;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A page whose items are JSON already (kept answers): Jackson writes the page with no items,
 * {@code {"data":[],"meta":{...}}}, and the items go into that array as they are. The bytes are
 * those Jackson writes for the whole page, without reading the items again.
 */
public record SplicedPage(byte[] bytes, List<String> surrogateKeys) implements RawBody {

    private static final byte[] EMPTY_DATA = "{\"data\":[]".getBytes(StandardCharsets.US_ASCII);

    /** {@code emptyPage}: the page with an empty {@code data} as its first property. */
    public static SplicedPage of(ObjectMapper json, Object emptyPage, List<byte[]> items, List<String> surrogateKeys) {
        byte[] page;
        try {
            page = json.writeValueAsBytes(emptyPage);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unwritable page", e);
        }
        if (page.length < EMPTY_DATA.length
                || !Arrays.equals(page, 0, EMPTY_DATA.length, EMPTY_DATA, 0, EMPTY_DATA.length)) {
            throw new IllegalStateException("A spliced page must start with an empty data array");
        }
        int size = page.length;
        for (byte[] item : items) {
            size += item.length + 1;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.write(page, 0, EMPTY_DATA.length - 1); // up to and with the '['
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(items.get(i));
        }
        out.write(page, EMPTY_DATA.length - 1, page.length - (EMPTY_DATA.length - 1)); // from the ']'
        return new SplicedPage(out.toByteArray(), List.copyOf(surrogateKeys));
    }
}
