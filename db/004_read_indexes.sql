-- sitrep schema v4: indexes for the read commands (additive only).
-- `sitrep stats` looks up each sentence's place, actor and weapon mentions of
-- a run (lexicon misses); without this index every lookup scanned the whole
-- mentions table, so stats grew with the square of the corpus.
CREATE INDEX IF NOT EXISTS mentions_sentence_run ON mentions(sentence_id, run_id);
