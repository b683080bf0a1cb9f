package com.newsdesk.tag;

import java.util.UUID;

/** Fired, inside the transaction, when a tag's name changes: whatever shows or indexes it follows. */
public record TagRenamed(UUID tagId) {}
