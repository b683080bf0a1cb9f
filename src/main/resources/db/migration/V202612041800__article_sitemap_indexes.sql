-- Sitemaps: the archive is paged by id (UUIDv7, so in creation order and never changing), and the
-- Google News sitemap lists what was first published in the last two days. Both read only public
-- rows; the archive's page starts are found by an index-only scan of (id, published_at).
CREATE INDEX article_sitemap_idx ON article (id, published_at) WHERE status IN ('published', 'scheduled');
CREATE INDEX article_first_published_idx ON article (first_published_at DESC)
    WHERE status IN ('published', 'scheduled');
