-- sitrep schema v4: indexes for the read commands (additive only).
-- `sitrep stats` looks up each sentence's place, actor and weapon mentions of
-- a run (lexicon misses); without this index every lookup scanned the whole
-- mentions table, so stats grew with the square of the corpus.
CREATE INDEX IF NOT EXISTS mentions_sentence_run ON mentions(sentence_id, run_id);

-- A run's own rows: `sitrep runs` counts what an interrupted run committed,
-- and closing a run counts its events and tallies; both by run_id alone.
CREATE INDEX IF NOT EXISTS events_run ON events(run_id);
CREATE INDEX IF NOT EXISTS tallies_run ON tallies(run_id);
