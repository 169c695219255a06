-- sitrep schema v6: incidents (GUIDELINES §6). One real armed action is an
-- incident; each article's event for it is one report of it. Additive only.
--
-- The linker (src/incidents/) keeps `incident_reports` — the current,
-- linkable events (dated, not umbrella) and the incident of each — and
-- relinks only the (kind, day) buckets a run touched. Events get new row ids
-- at each extraction, so everything an analyst decides is keyed by the
-- event's signature (`sig`: article key, kind, first evidence sentence and
-- place among the article's events of that sentence), which survives
-- `sitrep extract` and a re-ingest of the same text.

CREATE TABLE incidents (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,  -- kept while the incident keeps any of its reports
  created_run    INTEGER NOT NULL,
  updated_run    INTEGER NOT NULL,
  kind           TEXT NOT NULL,
  date           TEXT,            -- the day of its reports (the earliest, when a day apart)
  date_start     TEXT,            -- the span of its reports' dates
  date_end       TEXT,
  country        TEXT,
  place          TEXT,            -- the most specific place any report names
  actor          TEXT,            -- the actor most reports name
  weapons        TEXT NOT NULL DEFAULT '[]',  -- union of the reports' weapons
  killed         INTEGER,         -- the value most reports give
  killed_min     INTEGER,
  killed_max     INTEGER,
  injured        INTEGER,
  injured_min    INTEGER,
  injured_max    INTEGER,
  first_reported TEXT,            -- publication dates of its earliest and latest report
  last_reported  TEXT,
  reports        INTEGER NOT NULL DEFAULT 0,  -- 0: dissolved (its reports went elsewhere)
  sources        INTEGER NOT NULL DEFAULT 0,  -- distinct articles, syndicated copies counted once
  conflicts      TEXT NOT NULL DEFAULT '[]'   -- JSON [{field, values: [{value, articles}]}]
);
CREATE INDEX incidents_kind_date ON incidents(kind, date);

-- The linker's working set: one row per current linkable event.
CREATE TABLE incident_reports (
  event_id    INTEGER PRIMARY KEY,   -- no FK: a replaced article's rows are found by key and relinked
  article_key TEXT NOT NULL,
  incident_id INTEGER REFERENCES incidents(id),
  kind        TEXT NOT NULL,
  day         TEXT,                  -- the event's date; NULL when only a window is known
  day_start   TEXT,
  day_end     TEXT,
  sig         TEXT NOT NULL
);
CREATE INDEX incident_reports_bucket ON incident_reports(kind, day);
CREATE INDEX incident_reports_window ON incident_reports(kind, day_start);
CREATE INDEX incident_reports_incident ON incident_reports(incident_id);
CREATE INDEX incident_reports_article ON incident_reports(article_key);
CREATE INDEX incident_reports_sig ON incident_reports(sig);

-- History: the incident each event had from a run on (NULL: none), so
-- `--run N`, `diff` and `export --run N` see the incidents as of run N.
CREATE TABLE incident_membership (
  event_id    INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  run_id      INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  incident_id INTEGER,
  PRIMARY KEY (event_id, run_id)
);

-- The extraction run of each article whose events are in incident_reports:
-- an article whose current run differs is linked again.
CREATE TABLE incident_synced (
  article_key TEXT PRIMARY KEY,
  run_id      INTEGER NOT NULL
);

-- Runs whose events are linked. A run missing here (made before v6, or
-- killed before linking) is linked by the next ingest or extract.
CREATE TABLE incident_linked_runs (
  run_id    INTEGER PRIMARY KEY,
  linked_at TEXT NOT NULL,
  ms        REAL NOT NULL,      -- time the linking took
  rows_read INTEGER NOT NULL    -- reports read to link it (never the whole corpus)
);

-- Analyst decisions, by event signature: they outlive re-extraction.
CREATE TABLE incident_decisions (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  action    TEXT NOT NULL CHECK (action IN ('merge', 'split', 'reject')),
  sig       TEXT NOT NULL,       -- the event decided on (merge: a report of the first incident)
  other_sig TEXT,                -- merge: a report of the second incident
  by        TEXT NOT NULL,
  reason    TEXT,
  at        TEXT NOT NULL
);
CREATE INDEX incident_decisions_sig ON incident_decisions(sig);
CREATE INDEX incident_decisions_other ON incident_decisions(other_sig);

-- Near-duplicate detection (syndicated copies): a MinHash of each article's word shingles.
CREATE TABLE article_fingerprints (
  article_key  TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL,
  minhash      TEXT NOT NULL     -- JSON list of numbers
);

-- A strike whose sentence says it answers an attack: the reference as the
-- text states it. The attack's incident is found by date and place when
-- read, so a reference waits until a report of the attack arrives.
CREATE TABLE incident_retaliations (
  event_id    INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,  -- the strike
  sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
  start       INTEGER NOT NULL,  -- the words that state the reference
  end         INTEGER NOT NULL,
  text        TEXT NOT NULL,
  ref_date    TEXT,              -- the attack's day as stated
  ref_country TEXT,
  ref_place   TEXT
);
CREATE INDEX incident_retaliations_event ON incident_retaliations(event_id);
CREATE INDEX incident_retaliations_date ON incident_retaliations(ref_date);

-- For the sqlite3 shell: each current incident with its reports and their sentences.
CREATE VIEW v_incident_reports AS
  SELECT i.id AS incident, i.kind, i.date, i.country, i.place AS incident_place, i.actor AS incident_actor,
         i.reports, i.sources, r.event_id, r.article_key AS article, e.date AS event_date, e.place, e.actor,
         e.weapons, e.killed, e.injured,
         (SELECT group_concat(s.text, ' || ')
            FROM event_sources es JOIN sentences s ON s.id = es.sentence_id
           WHERE es.event_id = e.id AND es.field = 'evidence') AS sentences
    FROM incidents i
    JOIN incident_reports r ON r.incident_id = i.id
    JOIN events e ON e.id = r.event_id
   WHERE i.reports > 0;
