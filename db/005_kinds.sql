-- sitrep schema v5.
--
-- Event kinds come from the kind registry (lexicons/kinds.json, src/kinds.ts)
-- instead of a CHECK listing them, which SQLite cannot alter: before this
-- file runs, the migration rebuilds `events` without that CHECK
-- (src/db/dropCheck.ts, keeping every column). `event_kinds` holds the
-- registry's ids, refreshed by every writer on open; the triggers refuse
-- any other kind.
CREATE TABLE event_kinds (
  id          TEXT PRIMARY KEY,
  description TEXT NOT NULL
);
INSERT INTO event_kinds (id, description) VALUES
  ('attack', 'a hostile armed action against US or coalition forces'),
  ('strike', 'a kinetic strike by US forces');

CREATE TRIGGER events_kind_insert BEFORE INSERT ON events
  WHEN NOT EXISTS (SELECT 1 FROM event_kinds WHERE id = NEW.kind)
BEGIN
  SELECT RAISE(ABORT, 'event kind not in the kind registry (lexicons/kinds.json)');
END;
CREATE TRIGGER events_kind_update BEFORE UPDATE OF kind ON events
  WHEN NOT EXISTS (SELECT 1 FROM event_kinds WHERE id = NEW.kind)
BEGIN
  SELECT RAISE(ABORT, 'event kind not in the kind registry (lexicons/kinds.json)');
END;

-- The text stages' version (src/extract/rulesVersion.ts) of a run, and of
-- the code that prepared each stored article: a change there means a
-- re-ingest, which `extract` says and `ingest` does.
ALTER TABLE runs ADD COLUMN text_version TEXT;
ALTER TABLE articles ADD COLUMN text_version TEXT;
