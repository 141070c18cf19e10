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

-- Near-duplicate detection: a MinHash signature of each article's word 3-shingles (64 values), and its
-- 16 bands of 4 values for locality-sensitive look-up: articles that share a band are candidates, and the
-- signatures say how alike they are. Stories with most of their wording in common (wire copies, small
-- edits) share a band almost always; unrelated ones almost never.
CREATE TABLE article_fingerprints (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    signature  BLOB    NOT NULL   -- 64 little-endian uint32 minimums
);

CREATE TABLE article_bands (
    band       INTEGER NOT NULL,
    value      INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (band, value, article_id)
) WITHOUT ROWID;

CREATE INDEX article_bands_article ON article_bands (article_id);

-- A later article that is a near copy of an earlier one points at the earliest (the original).
-- Reads that list articles or quotes leave the copies out, so answers do not repeat a story.
CREATE TABLE article_links (
    article_id   INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    duplicate_of INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    similarity   REAL    NOT NULL  -- estimated Jaccard similarity of the two articles' shingles
);

CREATE INDEX article_links_original ON article_links (duplicate_of);
