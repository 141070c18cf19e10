-- Read paths that stay fast at 100,000 articles, and a counter of archive changes for the read cache (issue 8).

-- Every distinct speaker key, with a full-text index: "what did Novak say?" finds the few keys that contain
-- the name, then reads only those speakers' quotes through quotes_speaker_importance, most important first.
-- Keys are never removed (a key whose quotes are gone simply finds none).
CREATE TABLE speakers (
    id  INTEGER PRIMARY KEY,
    key TEXT    NOT NULL UNIQUE
);

INSERT INTO speakers (key) SELECT DISTINCT speaker_key FROM quotes WHERE speaker_key <> '' ORDER BY speaker_key;

CREATE VIRTUAL TABLE speakers_fts USING fts5 (
    key,
    content = 'speakers', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 0'
);

INSERT INTO speakers_fts (speakers_fts) VALUES ('rebuild');

CREATE TRIGGER speakers_fts_insert AFTER INSERT ON speakers BEGIN
    INSERT INTO speakers_fts (rowid, key) VALUES (new.id, new.key);
END;

CREATE TRIGGER speakers_from_quote_insert AFTER INSERT ON quotes WHEN new.speaker_key <> '' BEGIN
    INSERT OR IGNORE INTO speakers (key) VALUES (new.speaker_key);
END;

CREATE TRIGGER speakers_from_quote_update AFTER UPDATE OF speaker_key ON quotes WHEN new.speaker_key <> '' BEGIN
    INSERT OR IGNORE INTO speakers (key) VALUES (new.speaker_key);
END;

-- "Who is X?": the same narrowing for the people named in articles; instr on name_key still decides.
CREATE VIRTUAL TABLE people_names_fts USING fts5 (
    name_key,
    content = 'people', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 0'
);

INSERT INTO people_names_fts (people_names_fts) VALUES ('rebuild');

CREATE TRIGGER people_names_fts_insert AFTER INSERT ON people BEGIN
    INSERT INTO people_names_fts (rowid, name_key) VALUES (new.id, new.name_key);
END;

CREATE TRIGGER people_names_fts_delete AFTER DELETE ON people BEGIN
    INSERT INTO people_names_fts (people_names_fts, rowid, name_key) VALUES ('delete', old.id, old.name_key);
END;

CREATE TRIGGER people_names_fts_update AFTER UPDATE OF name_key ON people BEGIN
    INSERT INTO people_names_fts (people_names_fts, rowid, name_key) VALUES ('delete', old.id, old.name_key);
    INSERT INTO people_names_fts (rowid, name_key) VALUES (new.id, new.name_key);
END;

-- When a quote's article was published (else stored), as julianday, copied onto the quote so that "most
-- important, then newest" is one index order: a speaker's best quotes are read from the index alone,
-- without reading (and skipping past the bodies of) thousands of article rows to compare dates.
ALTER TABLE quotes ADD COLUMN article_when REAL;

UPDATE quotes SET article_when = (SELECT julianday(COALESCE(a.published_at, a.ingested_at)) FROM articles a WHERE a.id = quotes.article_id);

CREATE TRIGGER quotes_article_when_insert AFTER INSERT ON quotes WHEN new.article_when IS NULL BEGIN
    UPDATE quotes SET article_when = (SELECT julianday(COALESCE(a.published_at, a.ingested_at)) FROM articles a WHERE a.id = new.article_id)
    WHERE id = new.id;
END;

CREATE TRIGGER quotes_article_when_update AFTER UPDATE OF published_at, ingested_at ON articles BEGIN
    UPDATE quotes SET article_when = julianday(COALESCE(new.published_at, new.ingested_at)) WHERE article_id = new.id;
END;

CREATE INDEX quotes_speaker_importance ON quotes (speaker_key, importance DESC, article_when DESC, article_id);
DROP INDEX quotes_speaker_key;

-- Bumped by every change to what answers read, in the same transaction as the change, so a cached read is
-- known to be current by comparing one number (whichever process or connection wrote).
CREATE TABLE archive_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);

INSERT INTO archive_version (id, version) VALUES (1, 0);

CREATE TRIGGER archive_version_article_insert AFTER INSERT ON articles BEGIN UPDATE archive_version SET version = version + 1; END;
CREATE TRIGGER archive_version_article_update AFTER UPDATE ON articles BEGIN UPDATE archive_version SET version = version + 1; END;
CREATE TRIGGER archive_version_article_delete AFTER DELETE ON articles BEGIN UPDATE archive_version SET version = version + 1; END;
CREATE TRIGGER archive_version_quote_update AFTER UPDATE ON quotes BEGIN UPDATE archive_version SET version = version + 1; END;
CREATE TRIGGER archive_version_quote_delete AFTER DELETE ON quotes BEGIN UPDATE archive_version SET version = version + 1; END;
CREATE TRIGGER archive_version_person_update AFTER UPDATE ON people BEGIN UPDATE archive_version SET version = version + 1; END;
CREATE TRIGGER archive_version_person_delete AFTER DELETE ON people BEGIN UPDATE archive_version SET version = version + 1; END;
CREATE TRIGGER archive_version_place_insert AFTER INSERT ON article_places BEGIN UPDATE archive_version SET version = version + 1; END;
CREATE TRIGGER archive_version_place_delete AFTER DELETE ON article_places BEGIN UPDATE archive_version SET version = version + 1; END;
CREATE TRIGGER archive_version_link_insert AFTER INSERT ON article_links BEGIN UPDATE archive_version SET version = version + 1; END;
CREATE TRIGGER archive_version_link_delete AFTER DELETE ON article_links BEGIN UPDATE archive_version SET version = version + 1; END;
CREATE TRIGGER archive_version_region_insert AFTER INSERT ON custom_regions BEGIN UPDATE archive_version SET version = version + 1; END;
CREATE TRIGGER archive_version_region_update AFTER UPDATE ON custom_regions BEGIN UPDATE archive_version SET version = version + 1; END;
CREATE TRIGGER archive_version_region_delete AFTER DELETE ON custom_regions BEGIN UPDATE archive_version SET version = version + 1; END;
