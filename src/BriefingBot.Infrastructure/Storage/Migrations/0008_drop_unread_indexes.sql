-- Two indexes that no query reads, each updated for every row written (issue 6, ingest speed):
-- articles_published orders plain published_at, but every read orders and filters by
-- julianday(COALESCE(published_at, ingested_at)), which articles_recency (0004) serves;
-- people_name_key indexes name_key, but "who is X?" matches tokens with instr() over candidates from
-- people_names_fts (0006), which no index on the column can serve.
DROP INDEX articles_published;
DROP INDEX people_name_key;
