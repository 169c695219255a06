-- sitrep schema v3: what `sitrep extract` needs to redo only the articles a
-- change can affect, and to skip chrono when the date code is unchanged.

-- The lexicon files a run read, so the next extract can see which entries changed.
CREATE TABLE lexicon_snapshots (
  hash  TEXT PRIMARY KEY,   -- sha256 over the files
  files TEXT NOT NULL       -- JSON {file name: content}
);

-- The parts of a run's rules version, kept apart so a lexicon edit can be
-- told from a code edit. NULL for runs made before v3 (treated as unknown).
ALTER TABLE runs ADD COLUMN code_version TEXT;   -- hash over the extraction code
ALTER TABLE runs ADD COLUMN dates_version TEXT;  -- hash over the date code and chrono-node's version
ALTER TABLE runs ADD COLUMN lexicon_hash TEXT REFERENCES lexicon_snapshots(hash);

-- Resolved dates and publication date of an article, under the date code
-- and reference date that made them: a rule or lexicon change reuses them.
CREATE TABLE article_dates (
  article_id     INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  dates_version  TEXT NOT NULL,
  reference_date TEXT NOT NULL,
  data           TEXT NOT NULL  -- JSON {published, mentions}
);

-- What the lexicons could touch in an article's current extraction: the
-- normalised words of the sentences the rules read, and the capitalised
-- phrases the fuzzy matcher may look up. A changed entry that matches
-- neither cannot change the article's result.
CREATE TABLE article_probes (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  run_id     INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  words      TEXT NOT NULL,  -- " w1 w2 … | w1 … " (sentences split by "|")
  phrases    TEXT NOT NULL   -- compact forms, space-separated
);
