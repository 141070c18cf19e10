-- The first schema: articles with their people and quotes, and full-text indexes over both.
-- Full-text tables use external content with triggers, so the indexes can never drift from the rows
-- and every write that touches a row updates its index in the same transaction.

CREATE TABLE articles (
    id               INTEGER PRIMARY KEY,
    title            TEXT    NOT NULL,
    body             TEXT    NOT NULL,
    author           TEXT,
    published_at     TEXT,            -- ISO 8601 with offset; julianday() orders it
    source_name      TEXT,
    url              TEXT,
    canonical_url    TEXT    UNIQUE,  -- NULL for articles without a URL; UNIQUE allows many NULLs
    content_hash     TEXT    NOT NULL UNIQUE,
    summary          TEXT    NOT NULL DEFAULT '[]', -- JSON array of the summary sentences
    pipeline_version INTEGER NOT NULL,
    ingested_at      TEXT    NOT NULL
);

CREATE INDEX articles_published ON articles (published_at);

CREATE TABLE people (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    full_name  TEXT    NOT NULL,
    name_key   TEXT    NOT NULL,
    title      TEXT,
    role       TEXT,
    kind       TEXT    NOT NULL
);

CREATE INDEX people_article ON people (article_id);
CREATE INDEX people_name_key ON people (name_key);

CREATE TABLE quotes (
    id             INTEGER PRIMARY KEY,
    article_id     INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    kind           TEXT    NOT NULL,
    text           TEXT    NOT NULL,
    speaker_name   TEXT,
    speaker_key    TEXT    NOT NULL DEFAULT '',
    speaker_role   TEXT,
    importance     REAL    NOT NULL,
    context        TEXT    NOT NULL,
    sentence_index INTEGER NOT NULL
);

CREATE INDEX quotes_article ON quotes (article_id);
CREATE INDEX quotes_speaker_key ON quotes (speaker_key);

-- remove_diacritics 2 lets "Cavusoglu" find "Çavuşoğlu" in free text as NameKey does for names.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, body,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5 (
    text, speaker_name,
    content = 'quotes', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts (rowid, text, speaker_name) VALUES (new.id, new.text, new.speaker_name);
END;

CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker_name) VALUES ('delete', old.id, old.text, old.speaker_name);
END;

CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text, speaker_name ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker_name) VALUES ('delete', old.id, old.text, old.speaker_name);
    INSERT INTO quotes_fts (rowid, text, speaker_name) VALUES (new.id, new.text, new.speaker_name);
END;
