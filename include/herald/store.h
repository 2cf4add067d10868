// Store: herald's event database (SQLite file or PostgreSQL server), written by `herald
// ingest` and read by the query and export commands.
//
// One schema (docs/schema.md) on both engines: documents with their text and metadata,
// sentences, entities (mentions; places is a view of them), quotes, counts, dates, tone,
// stories (near-duplicate groups), events aggregated as GDELT does — one row per (story,
// source, target, code, date) with NumMentions, NumSources, NumArticles and AvgTone — and
// event_mentions, one row per sentence that reported an event. Full-text search over article
// text and quotes (FTS5 on SQLite, tsvector indexes on PostgreSQL).
//
// Writes: write() stores one Document and is idempotent by document id (a stored id is left
// as it is), so an interrupted ingest is resumed by running it again; replace() re-stores a
// document (recoding), fixing the aggregates of every event it touched. Ids are assigned in
// write order, so a resumed run gives the same rows as an uninterrupted one.
// By default each write() is its own transaction. With StoreOptions::batch_documents > 1,
// write() leaves its transaction open and commits a batch of whole documents at once (when
// the batch is full or old enough, at flush(), and when the Store closes): a crash loses at
// most the open batch, which the next run writes again in the same order, so the guarantees
// above hold; a failed write rolls the open batch back and says how many documents it undid.
//
// Ownership: a Store owns its connection. Thread-safety: one Store belongs to one thread;
// several processes may read a SQLite file while one writes (WAL). Failure: every call
// returns a Status naming the database and the statement; nothing throws.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "herald/date.h"
#include "herald/document.h"
#include "herald/status.h"

namespace herald {

namespace store {
class SqlConnection;
}

// A value read back from the store: NULL, integer, real or text.
using StoreValue = std::variant<std::monostate, int64_t, double, std::string>;

// Rows with named columns, as returned by the listing queries and table exports.
struct StoreTable {
  std::vector<std::string> columns;
  std::vector<std::vector<StoreValue>> rows;
};

struct StoreOptions {
  bool read_only = false;      // open an existing store for queries only
  int64_t max_page_count = 0;  // SQLite only: cap the file at this many pages (tests a full disk)
  // Batched writes: commit once this many documents are written since the last commit, or
  // once the oldest of them waited batch_seconds (checked at each write), whichever comes
  // first. 1 commits every document on its own.
  size_t batch_documents = 1;
  double batch_seconds = 0.2;
};

enum class WriteOutcome { kWritten, kAlreadyStored };

// Which events a query selects; empty fields select everything.
struct EventFilter {
  std::string actor;        // source or target starts with it ("USA" matches "USAGOV")
  std::string dyad_source;  // with dyad_target: events from the one to the other (directed),
  std::string dyad_target;  // each a code or prefix, like actor
  std::string root;         // root code "04"
  std::string code;         // exact event code "057"
  int quad_class = 0;       // 1..4; 0 = any
  CivilDate since, until;   // event date range, inclusive
  std::string text;         // full-text match in the article text of a reporting document
  std::string source_name;  // news source of a reporting document
  int64_t event_id = 0;     // one event
  size_t limit = 0;         // 0 = all
};

struct EventRecord {
  int64_t event_id = 0;
  std::string story_id;
  std::string date;            // "YYYY-MM-DD" (or partial)
  std::string source, target;  // CAMEO actor codes
  std::string source_name, target_name;
  std::string code, base_code, root_code;
  int quad_class = 0;
  bool has_goldstein = false;
  double goldstein = 0;
  std::string plover_type, plover_mode, plover_context;
  std::string location_name, location_country;
  bool has_coordinates = false;
  double latitude = 0, longitude = 0;
  bool is_root_event = false;
  int64_t num_mentions = 0, num_sources = 0, num_articles = 0;
  double avg_tone = 0;
  std::string first_document_id, first_url;
  int64_t first_sentence_index = -1;
  std::string issues;  // JSON array
};

struct MentionRecord {
  int64_t event_id = 0;
  std::string event_date;
  std::string document_id;
  int64_t event_index = 0;
  int64_t sentence_index = -1;
  std::string source_name, url, published;  // of the reporting document
  int64_t sentence_begin = -1, sentence_end = -1;
  int64_t source_begin = -1, source_end = -1, verb_begin = -1, verb_end = -1, target_begin = -1,
          target_end = -1;
  std::string sentence_text;
  std::string pattern;
  std::string evidence;  // JSON of Evidence (entries, note, spans)
  int64_t document_length = 0;
  double document_tone = 0;
};

class Store {
 public:
  // `location`: a file path (SQLite; created with the current schema when absent) or a
  // PostgreSQL URL ("postgresql://user@host:port/db"). Migrates an older schema; refuses a
  // newer one.
  static Result<std::unique_ptr<Store>> open(const std::string& location,
                                             const StoreOptions& options = {});
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  const std::string& location() const { return location_; }
  std::string backend() const;  // "sqlite" or "postgresql"
  static int schema_version();

  // Sees the documents of the open batch too.
  Result<bool> contains(const std::string& document_id);
  // kWritten: stored, or (batched) in the open batch, committed by the time flush() returns.
  Result<WriteOutcome> write(const Document& document);
  // Commits the open batch, if any. The destructor does so too, but cannot report a failure.
  Status flush();
  // Documents written since the last commit (0 unless batched).
  size_t pending_documents() const { return pending_documents_; }
  // Commits the open batch first, then replaces the document in its own transaction.
  Status replace(const Document& document);
  // Stored document ids in write order.
  Result<std::vector<std::string>> document_ids();
  // Each stored document's id and text in write order, one at a time (memory stays flat):
  // what `herald ingest` rebuilds its near-duplicate index from when it resumes.
  Status for_each_text(
      const std::function<void(const std::string& id, const std::string& text)>& visit);
  // The document as stored (metadata and text; no annotations), for recoding.
  Result<Document> load_document(const std::string& document_id);

  Result<std::vector<EventRecord>> events(const EventFilter& filter);
  Result<std::vector<MentionRecord>> mentions(const EventFilter& filter);

  // Listings, as tables for printing and export.
  struct QuoteFilter {
    std::string speaker, text, document_id;
    CivilDate since, until;
    size_t limit = 0;
  };
  Result<StoreTable> quotes(const QuoteFilter& filter);
  struct EntityFilter {
    std::string kind;  // person, organization, location, actor, other; "" = all
    std::string name;  // canonical name contains
    size_t limit = 0;
  };
  Result<StoreTable> entities(const EntityFilter& filter);  // grouped, with mention counts
  struct CountFilter {
    std::string object;  // the counted object contains
    std::string unit;
    CivilDate since, until;
    size_t limit = 0;
  };
  Result<StoreTable> counts(const CountFilter& filter);
  // Event counts, mentions, articles and summed Goldstein grouped by "day", "month", "dyad",
  // "root", "quad", "plover" or "source" (news source: an event counts once per source).
  Result<StoreTable> stats(const std::string& by, const EventFilter& filter);
  // Per period ("day" or "month"): event counts by QuadClass, summed Goldstein and summed
  // NumMentions; a daily series has a row (zeros) for every day between its first and last.
  Result<StoreTable> series(const std::string& by, const EventFilter& filter);
  // Every row of a table (or view) of the schema, ordered by its key; names in table_names().
  Result<StoreTable> table(const std::string& name, size_t limit = 0);
  static const std::vector<std::string>& table_names();
  // Row counts of the main tables.
  Result<std::map<std::string, int64_t>> totals();

 private:
  Store() = default;
  Status migrate();
  Status write_in_transaction(const Document& document);
  Status remove_in_transaction(const std::string& document_id, std::vector<int64_t>& touched);
  Status refresh_events(const std::vector<int64_t>& event_ids);
  Status refresh_story(const std::string& story_id);
  // Rolls back the open batch after a failure and names the document and what was undone.
  Status abandon_batch(const Status& failure, const std::string& document_id);

  std::string location_;
  std::unique_ptr<store::SqlConnection> connection_;
  bool read_only_ = false;
  size_t batch_documents_ = 1;
  double batch_seconds_ = 0.2;
  size_t pending_documents_ = 0;  // written in the open transaction; > 0 iff it is open
  std::chrono::steady_clock::time_point batch_started_;
};

}  // namespace herald
