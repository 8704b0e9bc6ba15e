-- Admin from chat: excused days, the committee group bound with /setgroup, and the audit log.
-- Same conventions as V1: instants as epoch milliseconds, campaign days as ISO dates.

-- A hamlet excused from reporting on one campaign day (no reminder, not counted as missing).
CREATE TABLE excuse (
    campaign_id     TEXT   NOT NULL,
    hamlet_code     TEXT   NOT NULL,
    day             TEXT   NOT NULL,
    reason          TEXT   NOT NULL,
    excused_channel TEXT   NOT NULL,
    excused_user    TEXT   NOT NULL,
    excused_at      BIGINT NOT NULL,
    PRIMARY KEY (campaign_id, hamlet_code, day)
);

-- The committee group of each channel as an admin bound it; preferred over the campaign file's.
CREATE TABLE committee_chat (
    campaign_id TEXT   NOT NULL,
    channel     TEXT   NOT NULL,
    chat_id     TEXT   NOT NULL,
    bound_by    TEXT   NOT NULL,
    bound_at    BIGINT NOT NULL,
    PRIMARY KEY (campaign_id, channel)
);

-- Every admin action (and every join with an invitation code): who, when, what, before and after.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    campaign_id TEXT   NOT NULL,
    at          BIGINT NOT NULL,
    channel     TEXT   NOT NULL,
    user_id     TEXT   NOT NULL,
    user_name   TEXT   NOT NULL,
    command     TEXT   NOT NULL,
    args        TEXT   NOT NULL,
    before_text TEXT   NOT NULL,
    after_text  TEXT   NOT NULL
);
CREATE INDEX audit_log_recent ON audit_log (campaign_id, id);
