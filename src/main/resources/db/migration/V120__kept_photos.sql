-- The photos leads send, fetched from their platform and kept in the file store (stored_file), so
-- they outlive the platform's copy. One row per photo reference of a campaign, noted with the unit,
-- day and revision that first carried it. state: waiting (to fetch, again at next_try_at), kept
-- (file_id set), refused (never: not an image, too big, gone; reason says why).
CREATE TABLE kept_photo (
    campaign_id  TEXT    NOT NULL,
    ref          TEXT    NOT NULL,
    unit_code    TEXT    NOT NULL,
    day          TEXT    NOT NULL,
    revision     INTEGER NOT NULL,
    state        TEXT    NOT NULL,
    file_id      TEXT,
    content_type TEXT,
    size         BIGINT  NOT NULL,
    attempts     INTEGER NOT NULL,
    reason       TEXT,
    next_try_at  BIGINT  NOT NULL,
    updated_at   BIGINT  NOT NULL,
    PRIMARY KEY (campaign_id, ref)
);
CREATE INDEX kept_photo_due ON kept_photo (campaign_id, state, next_try_at);
