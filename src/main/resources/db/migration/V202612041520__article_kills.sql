-- Kills: an article withdrawn for legal or ethical reasons. A killed article is never public; one
-- that readers saw answers 410 with its public notice (never-public ones stay 404), is gone from
-- every list, and its kill is a content event of its own. Lifting the kill puts back the status
-- it had.
ALTER TABLE article DROP CONSTRAINT article_status_known;
ALTER TABLE article ADD CONSTRAINT article_status_known
    CHECK (status IN ('draft', 'scheduled', 'published', 'archived', 'killed'));
ALTER TABLE article ADD COLUMN kill_notice text;
ALTER TABLE article ADD COLUMN killed_at timestamptz;
ALTER TABLE article ADD COLUMN killed_from text;
ALTER TABLE article ADD CONSTRAINT article_kill_known
    CHECK ((status = 'killed') = (killed_at IS NOT NULL AND killed_from IS NOT NULL));

ALTER TABLE article_withdrawal DROP CONSTRAINT article_withdrawal_reason_known;
ALTER TABLE article_withdrawal ADD CONSTRAINT article_withdrawal_reason_known
    CHECK (reason IN ('unpublished', 'archived', 'deleted', 'killed'));

-- As before (V202612032200), and: killing an article readers saw is article.killed (not
-- unpublished); killing one they never saw says nothing.
CREATE OR REPLACE FUNCTION article_content_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    row_now   article;
    sections  text[];
    tags      text[];
    was_public boolean;
    is_public  boolean;
BEGIN
    IF TG_OP = 'DELETE' THEN
        row_now := OLD;
    ELSE
        row_now := NEW;
    END IF;
    SELECT coalesce(array_agg(s.slug), '{}') INTO sections FROM section s WHERE s.id = row_now.section_id;
    SELECT coalesce(array_agg(t.slug), '{}') INTO tags
        FROM article_tag at JOIN tag t ON t.id = at.tag_id WHERE at.article_id = row_now.id;
    IF TG_OP = 'DELETE' THEN
        IF OLD.status IN ('published', 'scheduled') THEN
            PERFORM record_content_event('article.deleted', OLD.id, OLD.slug, sections, tags);
        END IF;
        RETURN OLD; -- a BEFORE DELETE trigger that returned null would cancel the delete
    END IF;
    IF NEW.status = 'killed' THEN
        IF TG_OP = 'UPDATE' AND OLD.status <> 'killed' AND NEW.first_published_at IS NOT NULL THEN
            PERFORM record_content_event('article.killed', NEW.id, NEW.slug, sections, tags);
        END IF;
        RETURN NULL;
    END IF;
    was_public := TG_OP = 'UPDATE' AND OLD.status = 'published';
    is_public := NEW.status = 'published';
    IF is_public AND NOT was_public THEN
        PERFORM record_content_event('article.published', NEW.id, NEW.slug, sections, tags);
    ELSIF was_public AND NOT is_public THEN
        PERFORM record_content_event('article.unpublished', NEW.id, NEW.slug, sections, tags);
    ELSIF was_public AND is_public AND NOT EXISTS (
            SELECT 1 FROM content_event e
            WHERE e.tx = txid_current() AND e.subject_id = NEW.id AND e.type = 'article.published') THEN
        PERFORM record_content_event('article.updated', NEW.id, NEW.slug, sections, tags);
    END IF;
    IF NEW.status = 'scheduled' AND (TG_OP = 'INSERT' OR OLD.status <> 'scheduled'
                                     OR OLD.published_at IS DISTINCT FROM NEW.published_at) THEN
        PERFORM record_content_event('article.scheduled', NEW.id, NEW.slug, sections, tags);
    END IF;
    RETURN NULL;
END
$$;
