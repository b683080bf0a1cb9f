-- Translations: an article names the article it translates (translation_of, as the editor gave
-- it); the service puts both in one translation group (translation_group: the id of the group's
-- first article), with at most one article per language.
ALTER TABLE article ADD COLUMN translation_of uuid REFERENCES article (id) ON DELETE SET NULL;
ALTER TABLE article ADD COLUMN translation_group uuid;
CREATE UNIQUE INDEX article_translation_language_key ON article (translation_group, lower(language))
    WHERE translation_group IS NOT NULL;

-- Each article of a group shows the others (language, slug, headline, while public). When one of
-- them changes what it shows, or joins or leaves the group, the others get a new row version, so
-- that their kept answers are stale at once and their content events and CDN purges follow.
CREATE FUNCTION touch_translations() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    self   uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
    before uuid := CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.translation_group END;
    after  uuid := CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW.translation_group END;
BEGIN
    UPDATE article SET updated_at = updated_at
     WHERE id <> self AND translation_group IS NOT NULL AND translation_group IN (before, after);
    RETURN NULL;
END
$$;
CREATE TRIGGER article_translation_added AFTER INSERT ON article FOR EACH ROW
    WHEN (NEW.translation_group IS NOT NULL) EXECUTE FUNCTION touch_translations();
CREATE TRIGGER article_translation_changed AFTER UPDATE ON article FOR EACH ROW
    WHEN ((OLD.translation_group IS NOT NULL OR NEW.translation_group IS NOT NULL)
          AND (OLD.slug, OLD.headline, OLD.status, OLD.language, OLD.translation_group, OLD.published_at)
              IS DISTINCT FROM (NEW.slug, NEW.headline, NEW.status, NEW.language, NEW.translation_group, NEW.published_at))
    EXECUTE FUNCTION touch_translations();
CREATE TRIGGER article_translation_removed AFTER DELETE ON article FOR EACH ROW
    WHEN (OLD.translation_group IS NOT NULL) EXECUTE FUNCTION touch_translations();

-- Search by language: English articles are stemmed (newsdesk_search, as before); every other
-- language is folded for case and accents without a dictionary (newsdesk_folded), which the
-- embedded and production servers both have. Queries are parsed both ways and either may match.
CREATE TEXT SEARCH CONFIGURATION newsdesk_folded (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION newsdesk_folded
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;

CREATE FUNCTION article_search_config(language text) RETURNS regconfig LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN lower(language) = 'en' OR lower(language) LIKE 'en-%'
                THEN 'newsdesk_search'::regconfig ELSE 'newsdesk_folded'::regconfig END
$$;

ALTER TABLE article DROP COLUMN search;
ALTER TABLE article DROP COLUMN search_rank;
ALTER TABLE article ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(article_search_config(language), coalesce(headline, '')), 'A')
    || setweight(to_tsvector(article_search_config(language), coalesce(standfirst, '') || ' ' || coalesce(excerpt, '')), 'B')
    || setweight(to_tsvector(article_search_config(language), tag_names), 'B')
    || setweight(to_tsvector(article_search_config(language), body_text), 'C')
) STORED;
ALTER TABLE article ADD COLUMN search_rank tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(article_search_config(language), coalesce(headline, '')), 'A')
    || setweight(to_tsvector(article_search_config(language), coalesce(standfirst, '') || ' ' || coalesce(excerpt, '')), 'B')
    || setweight(to_tsvector(article_search_config(language), tag_names), 'B')
    || setweight(to_tsvector(article_search_config(language), left(body_text, 1000)), 'C')
) STORED;
CREATE INDEX article_search_idx ON article USING gin (search);
