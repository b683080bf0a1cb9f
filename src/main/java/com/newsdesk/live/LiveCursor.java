package com.newsdesk.live;

import com.newsdesk.common.problem.ProblemException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A place in an article's changes: the transaction that last wrote an entry, and the entry's id,
 * written {@code <tx>-<id>}. The same text is a poll's since= and a stream event's id.
 */
record LiveCursor(long tx, UUID id) implements Comparable<LiveCursor> {

    static final LiveCursor START = new LiveCursor(0, new UUID(0, 0));

    private static final Pattern FORM =
            Pattern.compile("\\d{1,19}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    static LiveCursor parse(String text, String field) {
        if (text == null || !FORM.matcher(text).matches()) {
            throw new ProblemException.InvalidInput(field, "Must be a since value this API gave");
        }
        int dash = text.indexOf('-');
        try {
            return new LiveCursor(Long.parseLong(text.substring(0, dash)), UUID.fromString(text.substring(dash + 1)));
        } catch (NumberFormatException e) {
            throw new ProblemException.InvalidInput(field, "Must be a since value this API gave");
        }
    }

    static LiveCursor of(String tx, UUID id) {
        return new LiveCursor(Long.parseLong(tx), id);
    }

    @Override
    public String toString() {
        return tx + "-" + id;
    }

    /** The database's order: transaction, then id as unsigned bytes (which its lower-case text keeps). */
    @Override
    public int compareTo(LiveCursor other) {
        int byTx = Long.compare(tx, other.tx);
        return byTx != 0 ? byTx : id.toString().compareTo(other.id.toString());
    }
}
