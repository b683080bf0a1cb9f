-- When an article first became public (kept through unpublishing and publishing again): a
-- correction needs an article that readers have seen. Filled for existing articles from the
-- earliest trace of their being public.
ALTER TABLE article ADD COLUMN first_published_at timestamptz;
UPDATE article a SET first_published_at = least(
    CASE WHEN a.status IN ('published', 'scheduled') AND a.published_at <= now() THEN a.published_at END,
    (SELECT min(c.at) FROM article_change c WHERE c.article_id = a.id AND c.kind = 'upsert'),
    (SELECT min(w.at) FROM article_withdrawal w WHERE w.article_id = a.id));

-- Corrections, clarifications and updates, oldest first, kept with the article so that a reader's
-- article and a list still cost one statement. A note an admin removes stays here with removedAt
-- (staff see it; readers do not).
ALTER TABLE article ADD COLUMN corrections jsonb NOT NULL DEFAULT '[]';
