-- sitrep schema v1. Every offset (start, end) is a [start, end) range of
-- UTF-16 code units into articles.text, the stored clean text; cut spans in
-- TypeScript, since SQLite's substr() counts characters.

CREATE TABLE articles (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: ids in exports stay meaningful
  key              TEXT NOT NULL UNIQUE,   -- file name without extension, or the dump record's id
  source_path      TEXT NOT NULL,
  source_line      INTEGER,                -- line number inside a .jsonl dump
  url              TEXT,
  title            TEXT,
  content_hash     TEXT NOT NULL,          -- sha256 of the decoded text and metadata: unchanged input is skipped
  encoding         TEXT NOT NULL,
  text             TEXT NOT NULL,          -- clean text; all offsets refer to it
  published        TEXT,                   -- YYYY-MM-DD or NULL
  published_method TEXT NOT NULL CHECK (published_method IN ('header', 'field', 'inferred', 'unknown')),
  published_start  INTEGER,                -- span of the words it was inferred from
  published_end    INTEGER,
  warnings         TEXT NOT NULL DEFAULT '[]',  -- JSON list of {code, message}
  ingested_at      TEXT NOT NULL
);

CREATE TABLE sentences (
  id         INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL,
  start      INTEGER NOT NULL,
  end        INTEGER NOT NULL,
  text       TEXT NOT NULL,
  parse      TEXT NOT NULL,  -- JSON: the compromise analysis that extraction reuses without re-parsing
  UNIQUE (article_id, idx)
);
CREATE INDEX sentences_article ON sentences(article_id);

-- One row per ingest or extract that stored something.
CREATE TABLE runs (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  command        TEXT NOT NULL,       -- 'ingest' or 'extract'
  started_at     TEXT NOT NULL,
  finished_at    TEXT,
  rules_version  TEXT NOT NULL,       -- short id over the extraction code and lexicons (src/extract/rulesVersion.ts)
  reference_date TEXT,                -- fallback year source for undated text
  articles       INTEGER NOT NULL DEFAULT 0,
  events         INTEGER NOT NULL DEFAULT 0,
  tallies        INTEGER NOT NULL DEFAULT 0,
  failures       INTEGER NOT NULL DEFAULT 0
);

-- Which run extracted which article. An article's current events are those
-- of its newest extraction; "as of run N" means the newest one <= N.
CREATE TABLE extractions (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  run_id     INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  PRIMARY KEY (article_id, run_id)
);
CREATE INDEX extractions_run ON extractions(run_id);

CREATE TABLE mentions (
  id          INTEGER PRIMARY KEY,
  run_id      INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
  type        TEXT NOT NULL CHECK (type IN ('date', 'place', 'actor', 'weapon', 'number')),
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  text        TEXT NOT NULL,
  value       TEXT,       -- canonical value (ISO date, gazetteer name, actor name, weapon category, number)
  data        TEXT        -- JSON details (precision, anchor, relation, qualifier, ...)
);
CREATE INDEX mentions_article_run ON mentions(article_id, run_id);

CREATE TABLE events (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  run_id         INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  kind           TEXT NOT NULL CHECK (kind IN ('attack', 'strike')),
  date           TEXT,
  date_start     TEXT,   -- date_range, when only a window is known
  date_end       TEXT,
  country        TEXT,   -- one country, or several joined by '; '
  place          TEXT,
  actor          TEXT,
  target         TEXT,
  weapons        TEXT NOT NULL DEFAULT '[]',  -- JSON list of categories
  killed         INTEGER,
  injured        INTEGER,
  count          INTEGER,
  umbrella       INTEGER NOT NULL DEFAULT 0,
  optional       INTEGER NOT NULL DEFAULT 0,
  outcome        TEXT,   -- intercepted | impact | damage | casualties | NULL
  asserted_by    TEXT,   -- claim | official | monitor | local | report
  time_precision INTEGER, -- ACLED: 1 day, 2 week, 3 month
  geo_precision  INTEGER, -- ACLED: 1 named place, 2 near it, 3 region or sea
  latitude       REAL,
  longitude      REAL,
  rule           TEXT NOT NULL,  -- the rule that proposed it
  reason         TEXT NOT NULL   -- why, in words
);
CREATE INDEX events_article_run ON events(article_id, run_id);
CREATE INDEX events_date ON events(date);

-- Back-links: for each event the sentences that state it ('evidence') and
-- the words that gave each field ('date', 'place', 'actor', ...).
CREATE TABLE event_sources (
  event_id    INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
  field       TEXT NOT NULL,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  text        TEXT NOT NULL
);
CREATE INDEX event_sources_event ON event_sources(event_id);

CREATE TABLE tallies (
  id          INTEGER PRIMARY KEY,
  run_id      INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
  metric      TEXT NOT NULL CHECK (metric IN ('attacks', 'injured', 'killed', 'strikes')),
  value       INTEGER NOT NULL,
  qualifier   TEXT,
  region      TEXT,
  since       TEXT,
  as_of       TEXT,
  start       INTEGER NOT NULL,  -- the words that state it
  end         INTEGER NOT NULL,
  text        TEXT NOT NULL,
  rule        TEXT NOT NULL
);
CREATE INDEX tallies_article_run ON tallies(article_id, run_id);

-- Views for people with only the sqlite3 shell: current rows, joined to text.
CREATE VIEW current_extractions AS
  SELECT article_id, MAX(run_id) AS run_id FROM extractions GROUP BY article_id;

CREATE VIEW v_events AS
  SELECT e.id, a.key AS article, e.kind, e.date, e.date_start, e.date_end, e.country, e.place,
         e.actor, e.target, e.weapons, e.killed, e.injured, e.count, e.umbrella, e.optional,
         e.outcome, e.asserted_by, e.rule, e.run_id,
         (SELECT group_concat(s.text, ' || ')
            FROM event_sources es JOIN sentences s ON s.id = es.sentence_id
           WHERE es.event_id = e.id AND es.field = 'evidence') AS sentences
    FROM events e
    JOIN current_extractions c ON c.article_id = e.article_id AND c.run_id = e.run_id
    JOIN articles a ON a.id = e.article_id;

CREATE VIEW v_event_sources AS
  SELECT es.event_id, a.key AS article, e.kind, e.date, es.field, es.text AS words,
         s.idx AS sentence_idx, s.text AS sentence
    FROM event_sources es
    JOIN events e ON e.id = es.event_id
    JOIN current_extractions c ON c.article_id = e.article_id AND c.run_id = e.run_id
    JOIN sentences s ON s.id = es.sentence_id
    JOIN articles a ON a.id = e.article_id;

CREATE VIEW v_tallies AS
  SELECT t.id, a.key AS article, t.metric, t.value, t.qualifier, t.region, t.since, t.as_of,
         t.text AS words, s.text AS sentence, t.run_id
    FROM tallies t
    JOIN current_extractions c ON c.article_id = t.article_id AND c.run_id = t.run_id
    JOIN sentences s ON s.id = t.sentence_id
    JOIN articles a ON a.id = t.article_id;
