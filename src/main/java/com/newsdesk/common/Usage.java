package com.newsdesk.common;

import java.util.UUID;

/**
 * Lets a feature ask "who uses this?" before deleting, without reaching into the features that
 * use it: each user of a kind of thing implements this as a CDI bean.
 */
public interface Usage {

    /** What this counts uses of: "media", "author", "tag", "section". */
    String of();

    /** How many things of this feature use the item. */
    long count(UUID id);

    /** The plural noun of what uses it, for messages: "authors", "published articles". */
    String users();
}
