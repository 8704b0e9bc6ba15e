-- Field faults (issue 16). Same conventions as V1: instants as epoch milliseconds.

-- Outbox priorities: 0 for what the schedule sends (reminders, summaries, escalations), 1 for
-- replies. A chat's next message is its oldest of the most urgent priority it has waiting, so a
-- summary never waits behind a backlog of replies; within a priority a chat keeps its order.
ALTER TABLE outbox ADD COLUMN priority INTEGER NOT NULL DEFAULT 1;
CREATE INDEX outbox_waiting ON outbox (channel, chat_id, priority, id) WHERE sent_at IS NULL;

-- Chats the platform refused to deliver to (403: bot blocked, never started, removed from the
-- group). Nothing more is sent to them until their person writes to the bot again, which deletes
-- the row. Admins are told once, when the row is written.
CREATE TABLE unreachable_chat (
    channel TEXT   NOT NULL,
    chat_id TEXT   NOT NULL,
    reach   TEXT   NOT NULL,
    reason  TEXT   NOT NULL,
    since   BIGINT NOT NULL,
    PRIMARY KEY (channel, chat_id)
);
