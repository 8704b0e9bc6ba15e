-- Core tables. Instants are INTEGER epoch milliseconds (UTC); campaign days are ISO dates (TEXT)
-- in the campaign's zone. Plain SQL that SQLite and PostgreSQL both accept.

CREATE TABLE chat_user (
    channel      TEXT    NOT NULL,
    user_id      TEXT    NOT NULL,
    display_name TEXT,
    username     TEXT,
    last_seen    BIGINT  NOT NULL,
    PRIMARY KEY (channel, user_id)
);
CREATE INDEX chat_user_username ON chat_user (channel, username);

-- Who led which hamlet from when to when; a current assignment has assigned_until NULL.
CREATE TABLE assignment (
    id             INTEGER PRIMARY KEY,
    campaign_id    TEXT    NOT NULL,
    hamlet_code    TEXT    NOT NULL,
    channel        TEXT    NOT NULL,
    user_id        TEXT    NOT NULL,
    assigned_from  BIGINT  NOT NULL,
    assigned_until BIGINT,
    assigned_by    TEXT    NOT NULL
);
CREATE INDEX assignment_user ON assignment (campaign_id, channel, user_id);
CREATE INDEX assignment_hamlet ON assignment (campaign_id, hamlet_code);

-- Every revision of every daily report; the report is (campaign, hamlet, day).
CREATE TABLE report_revision (
    id                INTEGER PRIMARY KEY,
    campaign_id       TEXT    NOT NULL,
    hamlet_code       TEXT    NOT NULL,
    day               TEXT    NOT NULL,
    revision          INTEGER NOT NULL,
    values_json       TEXT    NOT NULL,
    submitted_channel TEXT    NOT NULL,
    submitted_user    TEXT    NOT NULL,
    submitted_name    TEXT    NOT NULL,
    submitted_at      BIGINT  NOT NULL,
    timeliness        TEXT    NOT NULL,
    UNIQUE (campaign_id, hamlet_code, day, revision)
);
CREATE INDEX report_revision_day ON report_revision (campaign_id, day);

-- The open dialogue of each chat.
CREATE TABLE conversation (
    channel    TEXT   NOT NULL,
    chat_id    TEXT   NOT NULL,
    state_json TEXT   NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (channel, chat_id)
);

-- Updates already applied: a redelivered update is recognised and ignored.
CREATE TABLE processed_update (
    channel      TEXT   NOT NULL,
    update_id    TEXT   NOT NULL,
    processed_at BIGINT NOT NULL,
    PRIMARY KEY (channel, update_id)
);

-- Messages waiting to be sent (or sent), in order per chat.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    channel         TEXT    NOT NULL,
    chat_id         TEXT    NOT NULL,
    message_json    TEXT    NOT NULL,
    created_at      BIGINT  NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT  NOT NULL,
    sent_at         BIGINT,
    last_error      TEXT
);
CREATE INDEX outbox_pending ON outbox (channel, sent_at, next_attempt_at);

-- The local channel's chats, both directions, for GET /api/local/chats/{chatId}.
CREATE TABLE local_message (
    id           INTEGER PRIMARY KEY,
    chat_id      TEXT    NOT NULL,
    direction    TEXT    NOT NULL,
    user_id      TEXT,
    message_json TEXT    NOT NULL,
    created_at   BIGINT  NOT NULL
);
CREATE INDEX local_message_chat ON local_message (chat_id, id);

CREATE TABLE invite (
    code        TEXT    PRIMARY KEY,
    campaign_id TEXT    NOT NULL,
    hamlet_code TEXT    NOT NULL,
    role        TEXT    NOT NULL,
    issued_by   TEXT    NOT NULL,
    issued_at   BIGINT  NOT NULL,
    expires_at  BIGINT  NOT NULL,
    used_by     TEXT,
    used_at     BIGINT
);

CREATE TABLE invite_failure (
    id        INTEGER PRIMARY KEY,
    channel   TEXT   NOT NULL,
    user_id   TEXT   NOT NULL,
    failed_at BIGINT NOT NULL
);
CREATE INDEX invite_failure_user ON invite_failure (channel, user_id, failed_at);
