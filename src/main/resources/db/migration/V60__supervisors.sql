-- Hamlet supervisors ("phụ trách ấp") and what they were told. Same conventions as V1: instants
-- as epoch milliseconds, campaign days as ISO dates.

-- Which chat account oversaw which hamlet from when to when; a current one has supervised_until
-- NULL. name is how texts call the person: the campaign file's name when the account stands for
-- a supervisor the file names, else the account's chat name when it was bound.
CREATE TABLE supervision (
    id               INTEGER PRIMARY KEY,
    campaign_id      TEXT    NOT NULL,
    hamlet_code      TEXT    NOT NULL,
    channel          TEXT    NOT NULL,
    user_id          TEXT    NOT NULL,
    name             TEXT    NOT NULL,
    supervised_from  BIGINT  NOT NULL,
    supervised_until BIGINT,
    assigned_by      TEXT    NOT NULL
);
CREATE INDEX supervision_hamlet ON supervision (campaign_id, hamlet_code);
CREATE INDEX supervision_account ON supervision (campaign_id, channel, user_id);

-- Each escalation a supervisor account got about a hamlet that had not reported: written in the
-- transaction that queues the message, so the same (stage, day, hamlet, account) is never told
-- twice, however often the escalation runs.
CREATE TABLE supervisor_escalation (
    campaign_id TEXT   NOT NULL,
    stage       TEXT   NOT NULL,
    day         TEXT   NOT NULL,
    hamlet_code TEXT   NOT NULL,
    channel     TEXT   NOT NULL,
    user_id     TEXT   NOT NULL,
    sent_at     BIGINT NOT NULL,
    PRIMARY KEY (campaign_id, stage, day, hamlet_code, channel, user_id)
);
