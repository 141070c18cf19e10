-- Sources that admins add, what was seen from each, who changed what, admin API keys, and near-duplicate
-- links between articles. Articles are never deleted with a source: removing a source stops polling it,
-- what it brought in stays in the archive.

CREATE TABLE sources (
    id                   INTEGER PRIMARY KEY,
    url                  TEXT    NOT NULL,
    canonical_url        TEXT    NOT NULL UNIQUE,  -- the same feed added twice with tracking parameters is one source
    kind                 TEXT    NOT NULL DEFAULT 'unknown', -- 'feed' or 'page', learnt at the first successful poll
    title                TEXT,
    region               TEXT,                     -- the default region of what the source publishes
    interval_seconds     INTEGER NOT NULL,
    paused               INTEGER NOT NULL DEFAULT 0,
    etag                 TEXT,
    last_modified        TEXT,
    last_polled          TEXT,
    last_success         TEXT,
    last_error           TEXT,
    next_poll            TEXT    NOT NULL,         -- ISO 8601 UTC; string order is time order
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    backfilled           INTEGER NOT NULL DEFAULT 0, -- 0 until the first successful poll stored its items quietly
    added_by             TEXT    NOT NULL,
    added_at             TEXT    NOT NULL
);

CREATE INDEX sources_due ON sources (paused, next_poll);

-- Every item a source has offered and we stored (or found stored): the next poll skips it.
CREATE TABLE source_items (
    source_id  INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    item_key   TEXT    NOT NULL,                    -- the feed's id, else the canonical link
    article_id INTEGER REFERENCES articles (id) ON DELETE SET NULL,
    first_seen TEXT    NOT NULL,
    PRIMARY KEY (source_id, item_key)
);

-- Where an article came from: the source, its default region and the item's language. Kept when the
-- source is removed (no foreign key to sources). quiet = 1 for items of a first-poll backfill, which
-- nothing should announce as new.
CREATE TABLE article_sources (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    source_id  INTEGER NOT NULL,
    region     TEXT,
    language   TEXT,
    quiet      INTEGER NOT NULL,
    first_seen TEXT    NOT NULL,
    PRIMARY KEY (article_id, source_id)
);

CREATE INDEX article_sources_region ON article_sources (region);

-- Who changed what, when: every admin action, from chat, the HTTP API or the CLI.
CREATE TABLE admin_audit (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL,  -- "teams:<aad object id>", "slack:<user id>", "api-key:<name>", "cli:<os user>"
    action  TEXT NOT NULL,  -- "source.add", "source.pause", ...
    detail  TEXT NOT NULL
);

-- Admin API keys: only the SHA-256 of the key is stored; the key itself is shown once, at creation.
CREATE TABLE admin_api_keys (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    key_hash   TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    revoked_at TEXT
);

-- Near-duplicate detection: a 64-bit SimHash of each article's word shingles, split into four 16-bit
-- bands. Two fingerprints within 3 bits of each other agree on at least one band (pigeonhole), so a
-- band look-up finds every candidate without scanning the archive.
CREATE TABLE article_fingerprints (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    simhash    INTEGER NOT NULL,
    band0      INTEGER NOT NULL,
    band1      INTEGER NOT NULL,
    band2      INTEGER NOT NULL,
    band3      INTEGER NOT NULL
);

CREATE INDEX article_fingerprints_band0 ON article_fingerprints (band0);
CREATE INDEX article_fingerprints_band1 ON article_fingerprints (band1);
CREATE INDEX article_fingerprints_band2 ON article_fingerprints (band2);
CREATE INDEX article_fingerprints_band3 ON article_fingerprints (band3);

-- A later article that is a near copy of an earlier one (wire copy, small edits) points at it.
-- Answers show the original and leave the copies out.
CREATE TABLE article_links (
    article_id   INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    duplicate_of INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    distance     INTEGER NOT NULL  -- differing SimHash bits, 0..3
);

CREATE INDEX article_links_original ON article_links (duplicate_of);
