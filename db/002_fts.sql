-- sitrep schema v2: full-text search over the stored sentences, for
-- `sitrep query --text`. sentences_fts is an external-content FTS5 index
-- (the text lives once, in sentences; rowid = sentences.id). The triggers keep
-- it in step with every insert, update and delete — including the cascade
-- deletes when an article is replaced — and 'rebuild' fills it for the rows a
-- version-1 database already holds. Porter stemming: "drones" finds "drone".

CREATE VIRTUAL TABLE sentences_fts USING fts5(
  text,
  content = 'sentences',
  content_rowid = 'id',
  tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
  INSERT INTO sentences_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
  INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TRIGGER sentences_fts_update AFTER UPDATE OF text ON sentences BEGIN
  INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO sentences_fts (rowid, text) VALUES (new.id, new.text);
END;

INSERT INTO sentences_fts (sentences_fts) VALUES ('rebuild');
