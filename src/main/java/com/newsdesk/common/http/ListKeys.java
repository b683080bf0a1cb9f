package com.newsdesk.common.http;

import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * The surrogate keys of what a list lists (the feed, a section, a tag, an author, a collection),
 * which a resource adds for its answer beside the keys of the items in it: publishing an article
 * then purges the lists it enters, not only the ones it was already in.
 */
@RequestScoped
public class ListKeys {

    private final List<String> keys = new ArrayList<>();

    public void add(String key) {
        keys.add(key);
    }

    List<String> keys() {
        return keys;
    }
}
