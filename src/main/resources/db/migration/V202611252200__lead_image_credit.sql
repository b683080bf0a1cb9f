-- The credit of a photo, like its caption, can be overridden where an article uses it.
ALTER TABLE article ADD COLUMN lead_image_credit text;
