-- The Zalo channel's memory of each chat. Zalo has no buttons: options are shown as numbered
-- lines, so a typed "2" is read against the options of the last message sent to that chat
-- (options_json NULL: that message had none, and a typed number is an answer). group_chat comes
-- from the updates' chat_type and picks the group rate limit. Plain SQL for SQLite and PostgreSQL.
CREATE TABLE zalo_chat (
    chat_id        TEXT    PRIMARY KEY,
    group_chat     INTEGER NOT NULL DEFAULT 0,
    options_json   TEXT,
    listed_in_text INTEGER NOT NULL DEFAULT 0,
    free_answer    INTEGER NOT NULL DEFAULT 0,
    updated_at     BIGINT  NOT NULL
);
