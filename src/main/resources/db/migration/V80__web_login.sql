-- One-time sign-in links of the web console (/web, /dangnhap in the bot). Only the SHA-256 of a
-- code is kept, so a copy of the database opens no session. A link is used once (used_at) and
-- expires 10 minutes after it was issued.
CREATE TABLE web_login (
    code_hash   TEXT    PRIMARY KEY,
    campaign_id TEXT    NOT NULL,
    channel     TEXT    NOT NULL,
    user_id     TEXT    NOT NULL,
    user_name   TEXT    NOT NULL,
    issued_at   BIGINT  NOT NULL,
    expires_at  BIGINT  NOT NULL,
    used_at     BIGINT
);
