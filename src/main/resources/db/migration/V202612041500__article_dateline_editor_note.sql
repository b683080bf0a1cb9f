-- Where a story was filed from, as on wire copy ("KYIV"), shown to readers; and an internal note
-- between editors that only staff ever see.
ALTER TABLE article ADD COLUMN dateline text;
ALTER TABLE article ADD COLUMN editor_note text;
