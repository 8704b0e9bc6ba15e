-- The exactly-once record of scheduled runs: one row per (campaign, job, campaign day), written in
-- the same transaction as the outbox rows the run queued. A second firing of the same run (restart,
-- misfire, double trigger) finds the row and does nothing. job is "summary", "final" or
-- "reminder@HH:mm[:ss]"; outcome is SENT, SENT_LATE, DROPPED_WINDOW_CLOSED or DROPPED_SUPERSEDED.
CREATE TABLE schedule_run (
    campaign_id TEXT    NOT NULL,
    job         TEXT    NOT NULL,
    day         TEXT    NOT NULL,
    due_at      BIGINT  NOT NULL,
    ran_at      BIGINT  NOT NULL,
    outcome     TEXT    NOT NULL,
    messages    INTEGER NOT NULL,
    PRIMARY KEY (campaign_id, job, day)
);

-- When a campaign's schedule was first installed. A run due before it was never scheduled, so it
-- is not a missed run and is not caught up; a run due after it and not recorded above was missed.
CREATE TABLE schedule_install (
    campaign_id  TEXT   PRIMARY KEY,
    installed_at BIGINT NOT NULL
);
