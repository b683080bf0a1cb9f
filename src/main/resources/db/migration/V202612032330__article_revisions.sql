-- Article revisions: creating an article is revision 1 and every later change stores the next,
-- in the transaction of the change: who, when, what kind of change, which fields changed, and the
-- whole editable content (as the create input takes it, with status and publishAt). A deleted
-- article's history goes with it.
CREATE TABLE article_revision (
    article_id uuid        NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    n          integer     NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    staff_id   uuid,
    action     text        NOT NULL,
    changed    text[]      NOT NULL,
    content    jsonb       NOT NULL,
    PRIMARY KEY (article_id, n)
);
