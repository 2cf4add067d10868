#include "store/schema.h"

#include <fmt/format.h>

namespace herald::store {
namespace {

// Version 1, written once for both engines: `{key}` is the integer primary key type.
// Types are the ones both engines accept (TEXT, BIGINT, DOUBLE PRECISION); dates are ISO
// text ("2021-06-08", or "2021-06" when only the month is known) so they sort and compare
// the same everywhere. JSON columns hold JSON text.
constexpr const char* kSchemaVersion1 = R"sql(
CREATE TABLE herald_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE documents (
  doc_key {key},
  id TEXT NOT NULL UNIQUE,
  url TEXT NOT NULL,
  source_name TEXT NOT NULL,
  title TEXT NOT NULL,
  published TEXT NOT NULL,
  language TEXT NOT NULL,
  story_id TEXT NOT NULL,
  categories TEXT NOT NULL,
  tags TEXT NOT NULL,
  authors TEXT NOT NULL,
  metadata TEXT NOT NULL,
  text TEXT NOT NULL,
  text_length BIGINT NOT NULL,
  sentence_count BIGINT NOT NULL,
  event_count BIGINT NOT NULL,
  diagnostics TEXT NOT NULL,
  herald_version TEXT NOT NULL
);
CREATE INDEX documents_story ON documents (story_id);
CREATE INDEX documents_published ON documents (published);
CREATE TABLE sentences (
  document_id TEXT NOT NULL,
  sentence_index BIGINT NOT NULL,
  begin_offset BIGINT NOT NULL,
  end_offset BIGINT NOT NULL,
  input_id TEXT NOT NULL,
  date TEXT NOT NULL,
  discarded BIGINT NOT NULL,
  discard_reason TEXT NOT NULL,
  PRIMARY KEY (document_id, sentence_index)
);
CREATE TABLE entities (
  document_id TEXT NOT NULL,
  mention_index BIGINT NOT NULL,
  kind TEXT NOT NULL,
  begin_offset BIGINT NOT NULL,
  end_offset BIGINT NOT NULL,
  text TEXT NOT NULL,
  canonical TEXT NOT NULL,
  actor_code TEXT NOT NULL,
  country TEXT NOT NULL,
  sentence_index BIGINT NOT NULL,
  antecedent BIGINT NOT NULL,
  latitude DOUBLE PRECISION,
  longitude DOUBLE PRECISION,
  entries TEXT NOT NULL,
  PRIMARY KEY (document_id, mention_index)
);
CREATE INDEX entities_canonical ON entities (canonical);
CREATE INDEX entities_actor_code ON entities (actor_code);
CREATE VIEW places AS
  SELECT document_id, mention_index, text, canonical, country, latitude, longitude,
         sentence_index
  FROM entities WHERE kind = 'location';
CREATE TABLE quotes (
  quote_key {key},
  document_id TEXT NOT NULL,
  quote_index BIGINT NOT NULL,
  kind TEXT NOT NULL,
  begin_offset BIGINT NOT NULL,
  end_offset BIGINT NOT NULL,
  text TEXT NOT NULL,
  speaker TEXT NOT NULL,
  speaker_mention BIGINT NOT NULL,
  verb TEXT NOT NULL,
  UNIQUE (document_id, quote_index)
);
CREATE TABLE counts (
  document_id TEXT NOT NULL,
  count_index BIGINT NOT NULL,
  begin_offset BIGINT NOT NULL,
  end_offset BIGINT NOT NULL,
  text TEXT NOT NULL,
  number DOUBLE PRECISION NOT NULL,
  object TEXT NOT NULL,
  unit TEXT NOT NULL,
  qualifier TEXT NOT NULL,
  date TEXT NOT NULL,
  PRIMARY KEY (document_id, count_index)
);
CREATE TABLE dates (
  document_id TEXT NOT NULL,
  date_index BIGINT NOT NULL,
  begin_offset BIGINT NOT NULL,
  end_offset BIGINT NOT NULL,
  text TEXT NOT NULL,
  resolved TEXT NOT NULL,
  note TEXT NOT NULL,
  PRIMARY KEY (document_id, date_index)
);
CREATE TABLE tone (
  document_id TEXT NOT NULL,
  sentence_index BIGINT NOT NULL,
  positive DOUBLE PRECISION NOT NULL,
  negative DOUBLE PRECISION NOT NULL,
  polarity DOUBLE PRECISION NOT NULL,
  score DOUBLE PRECISION NOT NULL,
  word_count BIGINT NOT NULL,
  PRIMARY KEY (document_id, sentence_index)
);
CREATE TABLE stories (
  story_id TEXT PRIMARY KEY,
  first_document_id TEXT NOT NULL,
  title TEXT NOT NULL,
  first_published TEXT NOT NULL,
  document_count BIGINT NOT NULL,
  source_count BIGINT NOT NULL
);
CREATE TABLE events (
  event_id {key},
  story_id TEXT NOT NULL,
  event_date TEXT NOT NULL,
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  code TEXT NOT NULL,
  base_code TEXT NOT NULL,
  root_code TEXT NOT NULL,
  quad_class BIGINT NOT NULL,
  goldstein DOUBLE PRECISION,
  plover_type TEXT NOT NULL,
  plover_mode TEXT NOT NULL,
  plover_context TEXT NOT NULL,
  source_name TEXT NOT NULL,
  target_name TEXT NOT NULL,
  location_name TEXT NOT NULL,
  location_country TEXT NOT NULL,
  latitude DOUBLE PRECISION,
  longitude DOUBLE PRECISION,
  issues TEXT NOT NULL,
  is_root_event BIGINT NOT NULL,
  num_mentions BIGINT NOT NULL,
  num_sources BIGINT NOT NULL,
  num_articles BIGINT NOT NULL,
  avg_tone DOUBLE PRECISION NOT NULL,
  first_document_id TEXT NOT NULL,
  first_sentence_index BIGINT NOT NULL,
  UNIQUE (story_id, source, target, code, event_date)
);
CREATE INDEX events_date ON events (event_date);
CREATE INDEX events_source ON events (source);
CREATE INDEX events_target ON events (target);
CREATE INDEX events_root ON events (root_code);
CREATE TABLE event_mentions (
  document_id TEXT NOT NULL,
  event_index BIGINT NOT NULL,
  event_id BIGINT NOT NULL,
  sentence_index BIGINT NOT NULL,
  sentence_begin BIGINT NOT NULL,
  sentence_end BIGINT NOT NULL,
  source_begin BIGINT NOT NULL,
  source_end BIGINT NOT NULL,
  verb_begin BIGINT NOT NULL,
  verb_end BIGINT NOT NULL,
  target_begin BIGINT NOT NULL,
  target_end BIGINT NOT NULL,
  source_mention BIGINT NOT NULL,
  target_mention BIGINT NOT NULL,
  pattern TEXT NOT NULL,
  evidence TEXT NOT NULL,
  PRIMARY KEY (document_id, event_index)
);
CREATE INDEX event_mentions_event ON event_mentions (event_id)
)sql";

constexpr const char* kSqliteSearch1 = R"sql(
CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, text, content='documents', content_rowid='doc_key', tokenize='porter unicode61');
CREATE VIRTUAL TABLE quotes_fts USING fts5(
  text, content='quotes', content_rowid='quote_key', tokenize='porter unicode61')
)sql";

constexpr const char* kPostgresSearch1 = R"sql(
CREATE INDEX documents_fts ON documents
  USING GIN (to_tsvector('english', title || ' ' || text));
CREATE INDEX quotes_fts ON quotes USING GIN (to_tsvector('english', text))
)sql";

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

std::vector<Migration> build(Dialect dialect) {
  const bool sqlite = dialect == Dialect::kSqlite;
  std::string version1 =
      replace_all(kSchemaVersion1, "{key}", sqlite ? "INTEGER PRIMARY KEY" : "BIGINT PRIMARY KEY");
  version1 += ";\n";
  version1 += sqlite ? kSqliteSearch1 : kPostgresSearch1;
  return {{1, "documents, annotations, stories, aggregated events, full-text search", version1}};
}

}  // namespace

const std::vector<Migration>& migrations(Dialect dialect) {
  static const std::vector<Migration> sqlite = build(Dialect::kSqlite);
  static const std::vector<Migration> postgres = build(Dialect::kPostgres);
  return dialect == Dialect::kSqlite ? sqlite : postgres;
}

int current_schema_version() { return migrations(Dialect::kSqlite).back().version; }

}  // namespace herald::store
