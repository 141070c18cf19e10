-- Daily regional briefings: where each article is, the regions admins define, the conversations the bot
-- may post into, the subscriptions, and one claim row per subscription and local day.

-- The countries (kind 'country', code = ISO alpha-2) and regions (kind 'region', code = region key) an
-- article is about, with the tagger's score, written with the article in one transaction.
CREATE TABLE article_places (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL CHECK (kind IN ('country', 'region')),
    code       TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    score      REAL    NOT NULL,
    PRIMARY KEY (article_id, kind, code)
);

CREATE INDEX article_places_code ON article_places (kind, code);

-- Regions admins define beside the built-in ones: a name, member countries and terms (JSON arrays).
CREATE TABLE custom_regions (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,
    name_key   TEXT    NOT NULL UNIQUE,
    countries  TEXT    NOT NULL DEFAULT '[]',
    terms      TEXT    NOT NULL DEFAULT '[]',
    created_by TEXT    NOT NULL,
    created_at TEXT    NOT NULL
);

-- Where the bot can post without being spoken to: the serialized conversation reference, saved when the
-- bot is installed in a conversation and refreshed whenever someone subscribes there.
CREATE TABLE conversations (
    channel_id      TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    address         TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    PRIMARY KEY (channel_id, conversation_id)
);

CREATE TABLE subscriptions (
    id              INTEGER PRIMARY KEY,
    channel_id      TEXT    NOT NULL,
    conversation_id TEXT    NOT NULL,
    region          TEXT    NOT NULL,           -- the area's display name, as resolved when subscribing
    region_key      TEXT    NOT NULL,
    local_time      TEXT    NOT NULL,           -- HH:mm in time_zone
    time_zone       TEXT    NOT NULL,           -- IANA id, e.g. Asia/Baku
    active          INTEGER NOT NULL DEFAULT 1,
    inactive_reason TEXT,
    created_by      TEXT    NOT NULL,
    created_at      TEXT    NOT NULL,
    UNIQUE (channel_id, conversation_id, region_key),
    FOREIGN KEY (channel_id, conversation_id) REFERENCES conversations (channel_id, conversation_id)
);

CREATE INDEX subscriptions_active ON subscriptions (active);

-- Exactly once per local day: a scheduler inserts the claim before it sends, and the UNIQUE constraint
-- lets only one insert win, across restarts and across instances sharing this database.
CREATE TABLE briefing_deliveries (
    id              INTEGER PRIMARY KEY,
    subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
    local_date      TEXT    NOT NULL,           -- yyyy-MM-dd in the subscription's time zone
    due_at          TEXT    NOT NULL,           -- UTC instant of the local time that day
    claimed_at      TEXT    NOT NULL,
    claimed_by      TEXT    NOT NULL,           -- the instance that claimed it
    status          TEXT    NOT NULL,           -- claimed, sent, empty, skipped, failed, gone
    detail          TEXT,
    finished_at     TEXT,
    UNIQUE (subscription_id, local_date)
);
