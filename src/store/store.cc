// Store: opening, migrating, and reading documents and whole tables back.
#include "herald/store.h"

#include <fmt/format.h>
#include <algorithm>
#include <nlohmann/json.hpp>

#include "store/schema.h"
#include "store/sql_connection.h"

namespace herald {

using store::as_integer;
using store::as_text;
using store::Dialect;
using store::SqlParam;

Store::~Store() {
  // A batch whose writes were reported as done is committed; a failure here has nobody to
  // tell, and loses only what the next run writes again.
  if (connection_) (void)flush();
}

int Store::schema_version() { return store::current_schema_version(); }

std::string Store::backend() const {
  return connection_->dialect() == Dialect::kSqlite ? "sqlite" : "postgresql";
}

Result<std::unique_ptr<Store>> Store::open(const std::string& location,
                                           const StoreOptions& options) {
  if (location.empty()) return Status::invalid_argument("--db: no database given");
  auto opened = store::is_postgres_location(location)
                    ? store::open_postgres(location)
                    : store::open_sqlite(location, {options.read_only, options.max_page_count});
  if (!opened.is_ok()) return opened.status();
  std::unique_ptr<Store> result(new Store());
  result->location_ = location;
  result->connection_ = std::move(opened).value();
  result->read_only_ = options.read_only;
  result->batch_documents_ = std::max<size_t>(1, options.batch_documents);
  result->batch_seconds_ = options.batch_seconds;
  if (Status status = result->migrate(); !status.is_ok()) return status;
  return result;
}

Status Store::migrate() {
  store::SqlConnection& db = *connection_;
  const char* exists_sql =
      db.dialect() == Dialect::kSqlite
          ? "SELECT COUNT(*) FROM sqlite_master WHERE name = 'herald_meta'"
          : "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'herald_meta' "
            "AND table_schema = current_schema()";
  const auto current_version = [&]() -> Result<int> {
    auto exists = db.scalar(exists_sql);
    if (!exists.is_ok()) return exists.status();
    if (as_integer(*exists) == 0) return 0;
    auto version = db.scalar("SELECT value FROM herald_meta WHERE key = 'schema_version'");
    if (!version.is_ok()) return version.status();
    return static_cast<int>(as_integer(*version));
  };
  auto version = current_version();
  if (!version.is_ok()) return version.status();
  const int latest = store::current_schema_version();
  if (*version > latest)
    return Status::invalid_argument(
        fmt::format("{}: schema version {} was written by a newer herald (this one knows up to {})",
                    location_, *version, latest));
  if (*version == latest) return Status::ok();
  if (read_only_)
    return Status::invalid_argument(
        fmt::format("{}: {}", location_,
                    *version == 0 ? "not a herald database (no herald_meta table)"
                                  : "schema is older than this herald; open it for writing once "
                                    "(e.g. herald ingest) to migrate it"));
  // Migrate inside one transaction, re-reading the version there in case another process
  // got there first.
  if (Status status = db.begin(); !status.is_ok()) return status;
  auto locked_version = current_version();
  if (!locked_version.is_ok()) {
    (void)db.rollback();
    return locked_version.status();
  }
  for (const store::Migration& migration : store::migrations(db.dialect())) {
    if (migration.version <= *locked_version) continue;
    Status status = db.run_script(migration.sql);
    if (status.is_ok())
      status = db.execute(
          "INSERT INTO herald_meta (key, value) VALUES ('schema_version', ?) "
          "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
          {std::string_view(std::to_string(migration.version))});
    if (!status.is_ok()) {
      (void)db.rollback();
      return Status(status.code(), fmt::format("migrating to schema {} ({}): {}", migration.version,
                                               migration.description, status.message()));
    }
  }
  const std::string herald_version = HERALD_VERSION;
  Status status = db.execute(
      "INSERT INTO herald_meta (key, value) VALUES ('created_by', ?) ON CONFLICT (key) DO NOTHING",
      {std::string_view(herald_version)});
  if (!status.is_ok()) {
    (void)db.rollback();
    return status;
  }
  return db.commit();
}

Result<bool> Store::contains(const std::string& document_id) {
  auto count = connection_->scalar("SELECT COUNT(*) FROM documents WHERE id = ?",
                                   {std::string_view(document_id)});
  if (!count.is_ok()) return count.status();
  return as_integer(*count) > 0;
}

Result<std::vector<std::string>> Store::document_ids() {
  std::vector<std::string> ids;
  Status status =
      connection_->query("SELECT id FROM documents ORDER BY doc_key", {},
                         [&](const store::SqlRow& row) { ids.push_back(as_text(row[0])); });
  if (!status.is_ok()) return status;
  return ids;
}

Status Store::for_each_text(
    const std::function<void(const std::string& id, const std::string& text)>& visit) {
  return connection_->query(
      "SELECT id, text FROM documents ORDER BY doc_key", {},
      [&](const store::SqlRow& row) { visit(as_text(row[0]), as_text(row[1])); });
}

Result<Document> Store::load_document(const std::string& document_id) {
  auto rows = connection_->rows(
      "SELECT url, source_name, title, published, language, story_id, categories, tags, "
      "authors, metadata, text FROM documents WHERE id = ?",
      {std::string_view(document_id)});
  if (!rows.is_ok()) return rows.status();
  if (rows->empty())
    return Status::not_found(fmt::format("{}: no document '{}'", location_, document_id));
  const store::SqlRow& row = rows->front();
  Document document;
  document.id = document_id;
  document.url = as_text(row[0]);
  document.source_name = as_text(row[1]);
  document.title = as_text(row[2]);
  if (auto date = CivilDate::parse(as_text(row[3]))) document.published = *date;
  document.language = as_text(row[4]);
  document.story_id = as_text(row[5]);
  if (document.story_id == document.id) document.story_id.clear();
  try {
    document.categories = nlohmann::json::parse(as_text(row[6])).get<std::vector<std::string>>();
    document.tags = nlohmann::json::parse(as_text(row[7])).get<std::vector<std::string>>();
    document.authors = nlohmann::json::parse(as_text(row[8])).get<std::vector<std::string>>();
    document.metadata =
        nlohmann::json::parse(as_text(row[9])).get<std::map<std::string, std::string>>();
  } catch (const std::exception& error) {
    return Status::data_error(fmt::format("{}: document '{}': bad JSON metadata: {}", location_,
                                          document_id, error.what()));
  }
  document.text = as_text(row[10]);
  return document;
}

const std::vector<std::string>& Store::table_names() {
  static const std::vector<std::string> names{
      "documents", "sentences", "entities", "places", "quotes",         "counts",
      "dates",     "tone",      "stories",  "events", "event_mentions", "herald_meta"};
  return names;
}

Result<StoreTable> Store::table(const std::string& name, size_t limit) {
  // Child tables are ordered by their document's write order, then their own index: the
  // same order on every engine, whatever its text collation.
  static const std::map<std::string, std::string> queries{
      {"documents", "SELECT * FROM documents ORDER BY doc_key"},
      {"sentences",
       "SELECT t.* FROM sentences t JOIN documents d ON d.id = t.document_id "
       "ORDER BY d.doc_key, t.sentence_index"},
      {"entities",
       "SELECT t.* FROM entities t JOIN documents d ON d.id = t.document_id "
       "ORDER BY d.doc_key, t.mention_index"},
      {"places",
       "SELECT t.* FROM places t JOIN documents d ON d.id = t.document_id "
       "ORDER BY d.doc_key, t.mention_index"},
      {"quotes", "SELECT t.* FROM quotes t ORDER BY t.quote_key"},
      {"counts",
       "SELECT t.* FROM counts t JOIN documents d ON d.id = t.document_id "
       "ORDER BY d.doc_key, t.count_index"},
      {"dates",
       "SELECT t.* FROM dates t JOIN documents d ON d.id = t.document_id "
       "ORDER BY d.doc_key, t.date_index"},
      {"tone",
       "SELECT t.* FROM tone t JOIN documents d ON d.id = t.document_id "
       "ORDER BY d.doc_key, t.sentence_index"},
      {"stories",
       "SELECT t.* FROM stories t JOIN documents d ON d.id = t.first_document_id "
       "ORDER BY d.doc_key"},
      {"events", "SELECT * FROM events ORDER BY event_id"},
      {"event_mentions",
       "SELECT t.* FROM event_mentions t JOIN documents d ON d.id = "
       "t.document_id ORDER BY d.doc_key, t.event_index"},
      {"herald_meta", "SELECT * FROM herald_meta ORDER BY key"},
  };
  const auto it = queries.find(name);
  if (it == queries.end())
    return Status::invalid_argument(
        fmt::format("no table '{}' (tables: {})", name, fmt::join(table_names(), ", ")));
  std::string sql = it->second;
  if (limit > 0) sql += fmt::format(" LIMIT {}", limit);
  return connection_->table(sql);
}

Result<std::map<std::string, int64_t>> Store::totals() {
  std::map<std::string, int64_t> result;
  for (const char* name : {"documents", "sentences", "entities", "quotes", "counts", "dates",
                           "stories", "events", "event_mentions"}) {
    auto count = connection_->scalar(fmt::format("SELECT COUNT(*) FROM {}", name));
    if (!count.is_ok()) return count.status();
    result[name] = as_integer(*count);
  }
  return result;
}

}  // namespace herald
