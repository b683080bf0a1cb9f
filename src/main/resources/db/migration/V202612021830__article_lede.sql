-- The start of an article's first paragraph with text (at most 1,000 characters), kept with the row
-- so that lists make an article's excerpt without reading its body. The application writes it
-- with the body (BodyText.lede); this fills it for the articles already there, choosing the
-- paragraph as the lists did until now.
ALTER TABLE article ADD COLUMN lede text;
UPDATE article SET lede = left((SELECT e.b ->> 'text' FROM jsonb_array_elements(body) WITH ORDINALITY AS e(b, n)
                                WHERE e.b ->> 'type' = 'paragraph' AND e.b ->> 'text' ~ '\S' ORDER BY e.n LIMIT 1), 1000);
