-- Uploaded media: the file is kept in the media store (NEWSDESK_MEDIA_STORAGE), not elsewhere on
-- the web. An uploaded item has no url of its own: readers get its renditions (images) or the
-- stored file (audio); the image original is for staff only.
ALTER TABLE media ALTER COLUMN url DROP NOT NULL;
ALTER TABLE media
    -- The content address of the upload: hex SHA-256 of its bytes. The same bytes are one item.
    ADD COLUMN sha256          text,
    -- Where the upload itself is kept in the media store, and how big it is.
    ADD COLUMN original_key    text,
    ADD COLUMN bytes           bigint,
    ADD COLUMN bitrate_kbps    integer,
    ADD COLUMN copyright       text,
    -- EXIF orientation (1 to 8) of an uploaded image, applied when renditions are made.
    ADD COLUMN orientation     smallint,
    -- Where crops centre, as fractions of the displayed image's width and height.
    ADD COLUMN focal_x         real NOT NULL DEFAULT 0.5,
    ADD COLUMN focal_y         real NOT NULL DEFAULT 0.5,
    -- pending, ready or failed for uploaded images; ready for uploaded audio; NULL for media by URL.
    ADD COLUMN rendition_status text,
    -- [{name, ratio, format, width, height, bytes}] of the files made from an uploaded image.
    ADD COLUMN renditions      jsonb NOT NULL DEFAULT '[]',
    ADD COLUMN placeholder     text,
    ADD COLUMN dominant_color  text,
    -- A worker making the renditions holds them until then; a crashed worker's lease runs out.
    ADD COLUMN rendition_claimed_until timestamptz,
    ADD COLUMN rendition_error text,
    ADD CONSTRAINT media_url_or_file CHECK (url IS NOT NULL OR original_key IS NOT NULL),
    ADD CONSTRAINT media_rendition_status_known CHECK (rendition_status IN ('pending', 'ready', 'failed')),
    ADD CONSTRAINT media_focal_point_inside CHECK (focal_x BETWEEN 0 AND 1 AND focal_y BETWEEN 0 AND 1),
    ADD CONSTRAINT media_orientation_exif CHECK (orientation BETWEEN 1 AND 8),
    ADD CONSTRAINT media_sha256_hex CHECK (sha256 ~ '^[0-9a-f]{64}$');

CREATE UNIQUE INDEX media_sha256_key ON media (sha256) WHERE sha256 IS NOT NULL;
-- The renditions worker's queue: small, so the partial index stays tiny.
CREATE INDEX media_renditions_due_idx ON media (id) WHERE rendition_status = 'pending';
