// SQLite driver: one file, WAL journal, prepared statements cached by SQL text.
#include <fmt/format.h>
#include <sqlite3.h>

#include <string>
#include <unordered_map>

#include "store/sql_connection.h"

namespace herald::store {
namespace {

class SqliteConnection final : public SqlConnection {
 public:
  SqliteConnection(sqlite3* database, std::string path)
      : database_(database), path_(std::move(path)) {}
  ~SqliteConnection() override {
    for (auto& [sql, statement] : statements_) sqlite3_finalize(statement);
    sqlite3_close_v2(database_);
  }

  Dialect dialect() const override { return Dialect::kSqlite; }

  Status run_script(std::string_view sql) override {
    char* message = nullptr;
    const std::string text(sql);
    if (sqlite3_exec(database_, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
      Status status = error(sql, message ? message : sqlite3_errmsg(database_));
      sqlite3_free(message);
      return status;
    }
    return Status::ok();
  }

  Status run(std::string_view sql, std::span<const SqlParam> params,
             const std::function<void(const SqlRow&)>& row,
             std::vector<std::string>* column_names) override {
    sqlite3_stmt* statement = nullptr;
    if (Status status = prepare(sql, statement); !status.is_ok()) return status;
    if (column_names) {
      column_names->clear();
      for (int column = 0; column < sqlite3_column_count(statement); ++column)
        column_names->push_back(sqlite3_column_name(statement, column));
    }
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    for (size_t i = 0; i < params.size(); ++i) {
      const int index = static_cast<int>(i + 1);
      const SqlParam& param = params[i];
      if (const auto* integer = std::get_if<int64_t>(&param)) {
        sqlite3_bind_int64(statement, index, *integer);
      } else if (const auto* real = std::get_if<double>(&param)) {
        sqlite3_bind_double(statement, index, *real);
      } else if (const auto* text = std::get_if<std::string_view>(&param)) {
        sqlite3_bind_text64(statement, index, text->data(), text->size(), SQLITE_STATIC,
                            SQLITE_UTF8);
      } else {
        sqlite3_bind_null(statement, index);
      }
    }
    SqlRow& values = row_buffer_;
    for (;;) {
      const int step = sqlite3_step(statement);
      if (step == SQLITE_DONE) break;
      if (step != SQLITE_ROW) {
        Status status = error(sql, sqlite3_errmsg(database_));
        sqlite3_reset(statement);
        return status;
      }
      const int columns = sqlite3_column_count(statement);
      values.assign(columns, SqlValue());
      for (int column = 0; column < columns; ++column) {
        switch (sqlite3_column_type(statement, column)) {
          case SQLITE_INTEGER:
            values[column] = static_cast<int64_t>(sqlite3_column_int64(statement, column));
            break;
          case SQLITE_FLOAT:
            values[column] = sqlite3_column_double(statement, column);
            break;
          case SQLITE_NULL:
            break;
          default: {
            const auto* text =
                reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
            values[column] = std::string(
                text ? text : "", static_cast<size_t>(sqlite3_column_bytes(statement, column)));
          }
        }
      }
      row(values);
    }
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    return Status::ok();
  }

  Status begin() override { return execute("BEGIN IMMEDIATE", {}); }
  Status commit() override { return execute("COMMIT", {}); }
  Status rollback() override {
    if (sqlite3_get_autocommit(database_)) return Status::ok();
    return execute("ROLLBACK", {});
  }

 private:
  Status prepare(std::string_view sql, sqlite3_stmt*& statement) {
    auto it = statements_.find(sql);
    if (it != statements_.end()) {
      statement = it->second;
      return Status::ok();
    }
    if (sqlite3_prepare_v3(database_, sql.data(), static_cast<int>(sql.size()),
                           SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK)
      return error(sql, sqlite3_errmsg(database_));
    statements_.emplace(std::string(sql), statement);
    return Status::ok();
  }

  Status error(std::string_view sql, std::string_view message) const {
    std::string first_line(sql.substr(0, sql.find('\n')));
    if (first_line.size() > 80) first_line = first_line.substr(0, 80) + "...";
    const int code = sqlite3_extended_errcode(database_);
    const bool io = (code & 0xff) == SQLITE_IOERR || (code & 0xff) == SQLITE_FULL ||
                    (code & 0xff) == SQLITE_READONLY || (code & 0xff) == SQLITE_CANTOPEN;
    std::string text = fmt::format("{}: {} (in: {})", path_, message, first_line);
    return io ? Status::io_error(std::move(text)) : Status::data_error(std::move(text));
  }

  sqlite3* database_;
  std::string path_;
  SqlRow row_buffer_;
  // Heterogeneous lookup: finding a cached statement allocates nothing.
  struct TextHash {
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view>()(text); }
  };
  std::unordered_map<std::string, sqlite3_stmt*, TextHash, std::equal_to<>> statements_;
};

}  // namespace

Result<std::unique_ptr<SqlConnection>> open_sqlite(const std::string& path,
                                                   const SqliteOptions& options) {
  sqlite3* database = nullptr;
  const int flags =
      options.read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (sqlite3_open_v2(path.c_str(), &database, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    std::string message = database ? sqlite3_errmsg(database) : "out of memory";
    sqlite3_close_v2(database);
    return Status::io_error(fmt::format("{}: cannot open database: {}", path, message));
  }
  sqlite3_extended_result_codes(database, 1);
  sqlite3_busy_timeout(database, 10000);
  auto connection = std::make_unique<SqliteConnection>(database, path);
  std::string pragmas = "PRAGMA foreign_keys=OFF;";
  if (!options.read_only)
    pragmas += "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536;";
  if (options.max_page_count > 0)
    pragmas += fmt::format("PRAGMA max_page_count={};", options.max_page_count);
  if (Status status = connection->run_script(pragmas); !status.is_ok()) return status;
  return std::unique_ptr<SqlConnection>(std::move(connection));
}

}  // namespace herald::store
