-- How many times rows of each table that article answers show (authors, tags, sections, media)
-- have been changed or deleted. The stamps of kept answers (article_answer,
-- article_summary_answer) include these counts, so any such change makes every kept answer
-- stale at once; one lookup per statement checks them, where checking each author, tag and media
-- row of a page cost more than building the page. Triggers bump them in the writing transaction,
-- so no code path can change such a row and forget. Inserts need no bump: a new row is shown
-- only by an article that changed to show it.
CREATE TABLE content_version (
    kind    text   PRIMARY KEY,
    version bigint NOT NULL DEFAULT 0
);
INSERT INTO content_version (kind) VALUES ('author'), ('tag'), ('section'), ('media');

CREATE FUNCTION bump_content_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE content_version SET version = version + 1 WHERE kind = TG_ARGV[0];
    RETURN NULL;
END
$$;

CREATE TRIGGER author_changed AFTER UPDATE OR DELETE OR TRUNCATE ON author
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version('author');
CREATE TRIGGER tag_changed AFTER UPDATE OR DELETE OR TRUNCATE ON tag
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version('tag');
CREATE TRIGGER section_changed AFTER UPDATE OR DELETE OR TRUNCATE ON section
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version('section');
CREATE TRIGGER media_changed AFTER UPDATE OR DELETE OR TRUNCATE ON media
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version('media');

-- What a body's media are is now part of the article's row version and the media count.
ALTER TABLE article_answer DROP COLUMN body_media;
