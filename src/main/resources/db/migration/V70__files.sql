-- Files the bot generated (Excel workbooks, chart pictures), stored in the same transaction as the
-- outbox rows that send them, so a message never points at a file that was rolled back and a retry
-- sends the same bytes. id is random and unguessable: it appears in download links
-- (GET /api/local/files/{id}, the Zalo links under baocao.public-url). BYTEA because PostgreSQL has
-- no BLOB; in SQLite the name gives NUMERIC affinity, which stores a byte array as a blob unchanged.
CREATE TABLE stored_file (
    id           TEXT    PRIMARY KEY,
    name         TEXT    NOT NULL,
    content_type TEXT    NOT NULL,
    bytes        BYTEA   NOT NULL,
    created_at   BIGINT  NOT NULL
);
