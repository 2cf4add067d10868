// Store reads: events and their mentions by filter, listings, statistics and time series.
// Every query is one SQL text for both engines except full-text matching, and orders its
// rows by keys that sort the same everywhere (integer keys, ISO dates, codes).
#include <fmt/format.h>

#include <algorithm>
#include <deque>

#include "herald/store.h"
#include "store/sql_connection.h"

namespace herald {

using store::as_integer;
using store::as_real;
using store::as_text;
using store::Dialect;
using store::is_null;
using store::SqlParam;
using store::SqlRow;

namespace {

// A WHERE clause and its parameters; the parameter texts live as long as the builder.
class Conditions {
 public:
  void add(std::string condition) { conditions_.push_back(std::move(condition)); }
  void add(std::string condition, std::string value) {
    add(std::move(condition));
    bind(std::move(value));
  }
  void bind(std::string value) {
    owned_.push_back(std::move(value));
    params_.push_back(std::string_view(owned_.back()));
  }
  void bind(int64_t value) { params_.push_back(value); }
  std::string where() const {
    if (conditions_.empty()) return {};
    return fmt::format(" WHERE {}", fmt::join(conditions_, " AND "));
  }
  const std::vector<SqlParam>& params() const { return params_; }

 private:
  std::vector<std::string> conditions_;
  std::deque<std::string> owned_;
  std::vector<SqlParam> params_;
};

std::string upper(std::string text) {
  for (char& c : text)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return text;
}

// A user's words as one FTS5 phrase: quotes doubled, so no FTS syntax can be injected.
std::string fts5_phrase(const std::string& text) {
  std::string phrase = "\"";
  for (char c : text) {
    if (c == '"') phrase += '"';
    phrase += c;
  }
  return phrase + "\"";
}

std::string limit_clause(size_t limit) { return limit ? fmt::format(" LIMIT {}", limit) : ""; }

// Conditions on events `e` for a filter.
Conditions event_conditions(const EventFilter& filter, Dialect dialect) {
  Conditions where;
  if (filter.event_id > 0) {
    where.add("e.event_id = ?");
    where.bind(filter.event_id);
  }
  if (!filter.actor.empty()) {
    where.add("(e.source LIKE ? OR e.target LIKE ?)");
    where.bind(upper(filter.actor) + "%");
    where.bind(upper(filter.actor) + "%");
  }
  if (!filter.dyad_source.empty()) where.add("e.source LIKE ?", upper(filter.dyad_source) + "%");
  if (!filter.dyad_target.empty()) where.add("e.target LIKE ?", upper(filter.dyad_target) + "%");
  if (!filter.root.empty()) where.add("e.root_code = ?", filter.root);
  if (!filter.code.empty()) where.add("e.code = ?", filter.code);
  if (filter.quad_class > 0) {
    where.add("e.quad_class = ?");
    where.bind(static_cast<int64_t>(filter.quad_class));
  }
  if (filter.since.known()) where.add("e.event_date >= ?", filter.since.to_string());
  if (filter.until.known()) {
    // An until date without a day covers its whole month or year.
    std::string until = filter.until.to_string();
    if (!filter.until.has_day()) until += "~";
    where.add("e.event_date <= ?", until);
  }
  if (!filter.source_name.empty())
    where.add(
        "e.event_id IN (SELECT m.event_id FROM event_mentions m JOIN documents d ON d.id = "
        "m.document_id WHERE d.source_name = ?)",
        filter.source_name);
  if (!filter.text.empty()) {
    if (dialect == Dialect::kSqlite)
      where.add(
          "e.event_id IN (SELECT m.event_id FROM event_mentions m JOIN documents d ON d.id = "
          "m.document_id WHERE d.doc_key IN (SELECT rowid FROM documents_fts WHERE "
          "documents_fts MATCH ?))",
          fts5_phrase(filter.text));
    else
      where.add(
          "e.event_id IN (SELECT m.event_id FROM event_mentions m JOIN documents d ON d.id = "
          "m.document_id WHERE to_tsvector('english', d.title || ' ' || d.text) @@ "
          "phraseto_tsquery('english', ?))",
          filter.text);
  }
  return where;
}

constexpr const char* kEventColumns =
    "e.event_id, e.story_id, e.event_date, e.source, e.target, e.source_name, e.target_name, "
    "e.code, e.base_code, e.root_code, e.quad_class, e.goldstein, e.plover_type, e.plover_mode, "
    "e.plover_context, e.location_name, e.location_country, e.latitude, e.longitude, "
    "e.is_root_event, e.num_mentions, e.num_sources, e.num_articles, e.avg_tone, "
    "e.first_document_id, d.url, e.first_sentence_index, e.issues";

EventRecord event_from_row(const SqlRow& row) {
  EventRecord event;
  size_t i = 0;
  event.event_id = as_integer(row[i++]);
  event.story_id = as_text(row[i++]);
  event.date = as_text(row[i++]);
  event.source = as_text(row[i++]);
  event.target = as_text(row[i++]);
  event.source_name = as_text(row[i++]);
  event.target_name = as_text(row[i++]);
  event.code = as_text(row[i++]);
  event.base_code = as_text(row[i++]);
  event.root_code = as_text(row[i++]);
  event.quad_class = static_cast<int>(as_integer(row[i++]));
  event.has_goldstein = !is_null(row[i]);
  event.goldstein = as_real(row[i++]);
  event.plover_type = as_text(row[i++]);
  event.plover_mode = as_text(row[i++]);
  event.plover_context = as_text(row[i++]);
  event.location_name = as_text(row[i++]);
  event.location_country = as_text(row[i++]);
  event.has_coordinates = !is_null(row[i]);
  event.latitude = as_real(row[i++]);
  event.longitude = as_real(row[i++]);
  event.is_root_event = as_integer(row[i++]) != 0;
  event.num_mentions = as_integer(row[i++]);
  event.num_sources = as_integer(row[i++]);
  event.num_articles = as_integer(row[i++]);
  event.avg_tone = as_real(row[i++]);
  event.first_document_id = as_text(row[i++]);
  event.first_url = as_text(row[i++]);
  event.first_sentence_index = as_integer(row[i++]);
  event.issues = as_text(row[i++]);
  return event;
}

}  // namespace

Result<std::vector<EventRecord>> Store::events(const EventFilter& filter) {
  const Conditions where = event_conditions(filter, connection_->dialect());
  const std::string sql = fmt::format(
      "SELECT {} FROM events e LEFT JOIN documents d ON d.id = e.first_document_id{} "
      "ORDER BY e.event_id{}",
      kEventColumns, where.where(), limit_clause(filter.limit));
  std::vector<EventRecord> events;
  Status status = connection_->query(
      sql, where.params(), [&](const SqlRow& row) { events.push_back(event_from_row(row)); });
  if (!status.is_ok()) return status;
  return events;
}

Result<std::vector<MentionRecord>> Store::mentions(const EventFilter& filter) {
  const Conditions where = event_conditions(filter, connection_->dialect());
  const std::string sql = fmt::format(
      "SELECT m.event_id, e.event_date, m.document_id, m.event_index, m.sentence_index, "
      "d.source_name, d.url, d.published, m.sentence_begin, m.sentence_end, m.source_begin, "
      "m.source_end, m.verb_begin, m.verb_end, m.target_begin, m.target_end, m.pattern, "
      "m.evidence, d.text_length, t.score "
      "FROM event_mentions m JOIN events e ON e.event_id = m.event_id "
      "JOIN documents d ON d.id = m.document_id "
      "LEFT JOIN tone t ON t.document_id = m.document_id AND t.sentence_index = -1{} "
      "ORDER BY m.event_id, d.doc_key, m.event_index{}",
      where.where(), limit_clause(filter.limit));
  std::vector<MentionRecord> mentions;
  Status status = connection_->query(sql, where.params(), [&](const SqlRow& row) {
    MentionRecord mention;
    size_t i = 0;
    mention.event_id = as_integer(row[i++]);
    mention.event_date = as_text(row[i++]);
    mention.document_id = as_text(row[i++]);
    mention.event_index = as_integer(row[i++]);
    mention.sentence_index = as_integer(row[i++]);
    mention.source_name = as_text(row[i++]);
    mention.url = as_text(row[i++]);
    mention.published = as_text(row[i++]);
    mention.sentence_begin = as_integer(row[i++]);
    mention.sentence_end = as_integer(row[i++]);
    mention.source_begin = as_integer(row[i++]);
    mention.source_end = as_integer(row[i++]);
    mention.verb_begin = as_integer(row[i++]);
    mention.verb_end = as_integer(row[i++]);
    mention.target_begin = as_integer(row[i++]);
    mention.target_end = as_integer(row[i++]);
    mention.pattern = as_text(row[i++]);
    mention.evidence = as_text(row[i++]);
    mention.document_length = as_integer(row[i++]);
    mention.document_tone = as_real(row[i++]);
    mentions.push_back(std::move(mention));
  });
  if (!status.is_ok()) return status;
  return mentions;
}

Result<StoreTable> Store::quotes(const QuoteFilter& filter) {
  Conditions where;
  if (!filter.speaker.empty())
    where.add("LOWER(q.speaker) LIKE ?", "%" + store::lower_ascii(filter.speaker) + "%");
  if (!filter.document_id.empty()) where.add("q.document_id = ?", filter.document_id);
  if (filter.since.known()) where.add("d.published >= ?", filter.since.to_string());
  if (filter.until.known())
    where.add("d.published <= ?", filter.until.to_string() + (filter.until.has_day() ? "" : "~"));
  if (!filter.text.empty()) {
    if (connection_->dialect() == Dialect::kSqlite)
      where.add("q.quote_key IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)",
                fts5_phrase(filter.text));
    else
      where.add("to_tsvector('english', q.text) @@ phraseto_tsquery('english', ?)", filter.text);
  }
  return connection_->table(
      fmt::format("SELECT q.document_id, d.published, d.source_name, q.speaker, q.kind, q.verb, "
                  "q.text FROM quotes q JOIN documents d ON d.id = q.document_id{} "
                  "ORDER BY q.quote_key{}",
                  where.where(), limit_clause(filter.limit)),
      where.params());
}

Result<StoreTable> Store::entities(const EntityFilter& filter) {
  Conditions where;
  if (!filter.kind.empty()) where.add("kind = ?", filter.kind);
  if (!filter.name.empty())
    where.add("LOWER(CASE WHEN canonical = '' THEN text ELSE canonical END) LIKE ?",
              "%" + store::lower_ascii(filter.name) + "%");
  return connection_->table(
      fmt::format("SELECT kind, CASE WHEN canonical = '' THEN text ELSE canonical END AS name, "
                  "actor_code, country, COUNT(*) AS mentions, COUNT(DISTINCT document_id) AS "
                  "documents FROM entities{} GROUP BY kind, CASE WHEN canonical = '' THEN text "
                  "ELSE canonical END, actor_code, country ORDER BY mentions DESC, documents DESC, "
                  "kind, name, actor_code, country{}",
                  where.where(), limit_clause(filter.limit)),
      where.params());
}

Result<StoreTable> Store::counts(const CountFilter& filter) {
  Conditions where;
  if (!filter.object.empty())
    where.add("LOWER(c.object) LIKE ?", "%" + store::lower_ascii(filter.object) + "%");
  if (!filter.unit.empty()) where.add("c.unit = ?", filter.unit);
  if (filter.since.known()) where.add("d.published >= ?", filter.since.to_string());
  if (filter.until.known())
    where.add("d.published <= ?", filter.until.to_string() + (filter.until.has_day() ? "" : "~"));
  return connection_->table(
      fmt::format("SELECT c.document_id, d.published, c.number, c.unit, c.qualifier, c.object, "
                  "c.date, c.text FROM counts c JOIN documents d ON d.id = c.document_id{} "
                  "ORDER BY d.doc_key, c.count_index{}",
                  where.where(), limit_clause(filter.limit)),
      where.params());
}

Result<StoreTable> Store::stats(const std::string& by, const EventFilter& filter) {
  const Conditions where = event_conditions(filter, connection_->dialect());
  std::string keys;
  size_t key_count = 1;
  std::string from = "events e";
  if (by == "day") {
    keys = "e.event_date AS day";
  } else if (by == "month") {
    keys = "SUBSTR(e.event_date, 1, 7) AS month";
  } else if (by == "dyad") {
    keys = "e.source, e.target";
    key_count = 2;
  } else if (by == "root") {
    keys = "e.root_code";
  } else if (by == "quad") {
    keys = "e.quad_class";
  } else if (by == "plover") {
    keys = "e.plover_type";
  } else if (by == "source") {
    // News sources: an event counts once for each source that reported it.
    keys = "d.source_name";
    from =
        "events e JOIN (SELECT DISTINCT m.event_id, dd.source_name FROM event_mentions m "
        "JOIN documents dd ON dd.id = m.document_id) d ON d.event_id = e.event_id";
  } else {
    return Status::invalid_argument(
        fmt::format("--by: '{}' is not one of day, month, dyad, root, quad, plover, source", by));
  }
  std::string group;
  for (size_t i = 1; i <= key_count; ++i) group += (i > 1 ? ", " : "") + std::to_string(i);
  return connection_->table(
      fmt::format(
          "SELECT {}, COUNT(*) AS events, CAST(SUM(e.num_mentions) AS BIGINT) AS mentions, "
          "CAST(SUM(e.num_articles) AS BIGINT) AS articles, SUM(COALESCE(e.goldstein, 0)) AS "
          "goldstein_sum FROM {}{} GROUP BY {} ORDER BY {}{}",
          keys, from, where.where(), group, group, limit_clause(filter.limit)),
      where.params());
}

Result<StoreTable> Store::series(const std::string& by, const EventFilter& filter) {
  if (by != "day" && by != "month")
    return Status::invalid_argument(fmt::format("--by: '{}' is not one of day, month", by));
  const Conditions where = event_conditions(filter, connection_->dialect());
  const std::string period = by == "day" ? "e.event_date" : "SUBSTR(e.event_date, 1, 7)";
  auto table = connection_->table(fmt::format("SELECT {} AS {}, COUNT(*) AS events, "
                                              "CAST(SUM(CASE WHEN e.quad_class = 1 THEN 1 ELSE 0 "
                                              "END) AS BIGINT) AS quad1_verbal_cooperation, "
                                              "CAST(SUM(CASE WHEN e.quad_class = 2 THEN 1 ELSE 0 "
                                              "END) AS BIGINT) AS quad2_material_cooperation, "
                                              "CAST(SUM(CASE WHEN e.quad_class = 3 THEN 1 ELSE 0 "
                                              "END) AS BIGINT) AS quad3_verbal_conflict, "
                                              "CAST(SUM(CASE WHEN e.quad_class = 4 THEN 1 ELSE 0 "
                                              "END) AS BIGINT) AS quad4_material_conflict, "
                                              "SUM(COALESCE(e.goldstein, 0)) AS goldstein_sum, "
                                              "CAST(SUM(e.num_mentions) AS BIGINT) AS mentions "
                                              "FROM events e{} GROUP BY 1 ORDER BY 1",
                                              period, by, where.where()),
                                  where.params());
  if (!table.is_ok() || by != "day") return table;
  // A daily series has a row for every day between the first and the last, zeros included,
  // which is what plotting and time-series tools expect. Partial dates keep their own rows.
  StoreTable filled;
  filled.columns = table->columns;
  std::optional<CivilDate> previous;
  for (const auto& row : table->rows) {
    const auto date = CivilDate::parse(as_text(row[0]));
    if (date && date->has_day() && previous && previous->has_day()) {
      for (long day = previous->days_since_epoch() + 1; day < date->days_since_epoch(); ++day) {
        std::vector<StoreValue> empty{CivilDate::from_days_since_epoch(day).to_string()};
        for (size_t i = 1; i < row.size(); ++i)
          empty.push_back(i == 6 ? StoreValue(0.0) : StoreValue(int64_t{0}));
        filled.rows.push_back(std::move(empty));
      }
    }
    if (date && date->has_day()) previous = *date;
    filled.rows.push_back(row);
  }
  return filled;
}

}  // namespace herald
