-- Where to reach a user privately: their private chat with the bot. On Telegram and Zalo it equals
-- the user id; on the local channel a client may use any chat id.
ALTER TABLE chat_user ADD COLUMN private_chat_id TEXT;
