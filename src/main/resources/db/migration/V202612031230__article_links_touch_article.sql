-- An article's bylines and tags are rows of article_author and article_tag, so changing them
-- leaves the article's own row as it was. These triggers give the article's row a new version
-- (xmin) in the same transaction, once per statement, so that kept answers (article_answer,
-- article_summary_answer), whose stamps hold that version, are stale at once, whatever code
-- changed the links.
CREATE FUNCTION touch_linked_articles() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE article SET updated_at = updated_at WHERE id IN (SELECT DISTINCT article_id FROM changed);
    RETURN NULL;
END
$$;

CREATE TRIGGER article_author_added AFTER INSERT ON article_author REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION touch_linked_articles();
CREATE TRIGGER article_author_changed AFTER UPDATE ON article_author REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION touch_linked_articles();
CREATE TRIGGER article_author_removed AFTER DELETE ON article_author REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION touch_linked_articles();
CREATE TRIGGER article_tag_added AFTER INSERT ON article_tag REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION touch_linked_articles();
CREATE TRIGGER article_tag_changed AFTER UPDATE ON article_tag REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION touch_linked_articles();
CREATE TRIGGER article_tag_removed AFTER DELETE ON article_tag REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION touch_linked_articles();
