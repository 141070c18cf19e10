-- Indexes the answers need once the archive holds thousands of articles (issue 8).

-- "What did X say?": a full-text index over the stored speaker keys (NameKey forms), so a speaker's quotes
-- are found without reading every quote. The query still checks whole tokens with instr on speaker_key;
-- this index only narrows the candidates. It indexes the key (not speaker_name) because the key is what
-- the look-up compares, so any folding NameKey does is on both sides.
CREATE VIRTUAL TABLE quote_speakers_fts USING fts5 (
    speaker_key,
    content = 'quotes', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TRIGGER quote_speakers_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quote_speakers_fts (rowid, speaker_key) VALUES (new.id, new.speaker_key);
END;

CREATE TRIGGER quote_speakers_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quote_speakers_fts (quote_speakers_fts, rowid, speaker_key) VALUES ('delete', old.id, old.speaker_key);
END;

CREATE TRIGGER quote_speakers_fts_update AFTER UPDATE OF speaker_key ON quotes BEGIN
    INSERT INTO quote_speakers_fts (quote_speakers_fts, rowid, speaker_key) VALUES ('delete', old.id, old.speaker_key);
    INSERT INTO quote_speakers_fts (rowid, speaker_key) VALUES (new.id, new.speaker_key);
END;

-- Quotes stored before this migration.
INSERT INTO quote_speakers_fts (quote_speakers_fts) VALUES ('rebuild');

-- Newest articles first (the latest quotes behind help and example questions): the same expression the
-- queries order by, so SQLite walks the newest articles and stops at the limit instead of sorting them all.
CREATE INDEX articles_recency ON articles (julianday(COALESCE(published_at, ingested_at)) DESC, id DESC);
