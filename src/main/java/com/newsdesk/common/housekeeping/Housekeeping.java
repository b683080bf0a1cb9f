package com.newsdesk.common.housekeeping;

import java.time.Instant;

/**
 * Fired by {@link Housekeeper} inside its transaction, on one instance at a time: observers delete
 * what has expired in their feature's tables.
 */
public record Housekeeping(Instant at) {}
