-- Telegram: per chat, the bot message that still shows answer buttons. Its buttons are removed
-- once the question is answered (a reply from the user, a press on it, or a newer keyboard), so
-- a lead cannot tap an answer to a question that has passed.
CREATE TABLE telegram_keyboard (
    chat_id    TEXT    PRIMARY KEY,
    message_id BIGINT  NOT NULL,
    sent_at    BIGINT  NOT NULL
);
