-- The label above an article's headline ("Exclusive", "Analysis"), shown on cards and pages.
ALTER TABLE article ADD COLUMN kicker text;
