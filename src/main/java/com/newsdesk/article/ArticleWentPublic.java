package com.newsdesk.article;

import java.time.Instant;
import java.util.UUID;

/**
 * An article became published: by an editor's publish, or by {@link ScheduledPublisher} when its
 * time came. Its change-log row is written in the same transaction. Observe it with {@code
 * @Observes(during = TransactionPhase.AFTER_SUCCESS)} to act only once that has committed (the
 * scheduler fires it after its commit, where such an observer runs at once).
 */
public record ArticleWentPublic(UUID id, String slug, Instant publishedAt) {}
