-- What each conversation last asked, for follow-ups ("more", "and Pakistan?"). One row per conversation,
-- replaced on every answer; rows past expires_at are ignored on read and deleted on the next write.
CREATE TABLE conversation_state (
    conversation_key TEXT    PRIMARY KEY,
    kind             TEXT    NOT NULL,
    subject          TEXT    NOT NULL,
    topic            TEXT,
    verb             TEXT,
    person           TEXT,
    shown            INTEGER NOT NULL,
    updated_at       TEXT    NOT NULL,
    expires_at       TEXT    NOT NULL  -- ISO 8601 UTC ("O"), so text order is time order
);

CREATE INDEX conversation_state_expiry ON conversation_state (expires_at);
