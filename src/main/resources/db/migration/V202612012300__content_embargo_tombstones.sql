-- Unpublishing an embargoed article (scheduled, not yet due) used to write a tombstone, which
-- public delta sync then showed with the article's id and slug before its time. Tombstones are now
-- written only for articles that are public at that moment, and each such one comes with a
-- withdrawal record written in the same transaction. A tombstone without a withdrawal of its
-- article at about its time is one of the leaked kind: remove those. The window is an hour wide
-- because the tombstone's time is the database's clock and the withdrawal's the application's.
DELETE FROM article_change c
 WHERE c.kind = 'tombstone'
   AND NOT EXISTS (
       SELECT 1 FROM article_withdrawal w
        WHERE w.article_id = c.article_id
          AND w.at BETWEEN c.at - interval '1 hour' AND c.at + interval '1 hour');
