-- Reviews of daily reports: each row accepts or sends back one revision of one unit's report
-- (a hamlet's or an organisation's, by its code). Rows are only ever added; a report's state is
-- its latest revision's latest review, or "waiting" when it has none. seq orders the reviews
-- of one report.
CREATE TABLE report_review (
    campaign_id      TEXT    NOT NULL,
    hamlet_code      TEXT    NOT NULL,
    day              TEXT    NOT NULL,
    seq              INTEGER NOT NULL,
    revision         INTEGER NOT NULL,
    state            TEXT    NOT NULL,
    reason           TEXT,
    reviewer_channel TEXT    NOT NULL,
    reviewer_user    TEXT    NOT NULL,
    reviewer_name    TEXT    NOT NULL,
    reviewed_at      BIGINT  NOT NULL,
    PRIMARY KEY (campaign_id, hamlet_code, day, seq)
);
CREATE INDEX report_review_day ON report_review (campaign_id, day);
