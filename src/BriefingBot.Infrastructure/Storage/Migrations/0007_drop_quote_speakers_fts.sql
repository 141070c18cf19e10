-- Since 0006 "what did X say?" finds speakers through the small speakers table (speakers_fts); nothing reads
-- quote_speakers_fts any more, and its triggers only cost every quote written.
DROP TRIGGER quote_speakers_fts_insert;
DROP TRIGGER quote_speakers_fts_delete;
DROP TRIGGER quote_speakers_fts_update;
DROP TABLE quote_speakers_fts;
