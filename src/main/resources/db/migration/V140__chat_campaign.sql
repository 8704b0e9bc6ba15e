-- With several campaigns (BAOCAO_CAMPAIGN_DIR): the campaign a private chat works in,
-- picked by the person (or implied by their only campaign, or an invite's).
CREATE TABLE chat_campaign (
    channel     TEXT   NOT NULL,
    chat_id     TEXT   NOT NULL,
    campaign_id TEXT   NOT NULL,
    picked_at   BIGINT NOT NULL,
    PRIMARY KEY (channel, chat_id)
);
