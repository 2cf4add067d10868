// SqlConnection: the few things herald's store asks of a SQL database.
//
// The store's schema, writes and queries are written once, in SQL both SQLite and PostgreSQL
// accept, with '?' placeholders; a connection runs them on its engine (the PostgreSQL driver
// numbers the placeholders). What the engines do differently (full-text search, column
// types) is asked of the connection's Dialect.
//
// Ownership: a connection owns its database handle and its prepared-statement cache.
// Thread-safety: one connection belongs to one thread at a time.
// Failure: every call returns a Status naming the statement that failed and the engine's
// message; exceptions from libpqxx are caught here and never leave.
#pragma once

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "herald/status.h"
#include "herald/store.h"

namespace herald::store {

// A parameter: NULL, integer, real or text (borrowed for the duration of the call).
using SqlParam = std::variant<std::monostate, int64_t, double, std::string_view>;
// A result value: NULL, integer, real or text.
using SqlValue = StoreValue;
using SqlRow = std::vector<SqlValue>;

enum class Dialect { kSqlite, kPostgres };

// Helpers for reading result values whatever the engine's typing.
int64_t as_integer(const SqlValue& value);
double as_real(const SqlValue& value);
std::string as_text(const SqlValue& value);
bool is_null(const SqlValue& value);
// ASCII lower case (what LOWER() does the same on every engine).
std::string lower_ascii(std::string text);

class SqlConnection {
 public:
  virtual ~SqlConnection() = default;
  virtual Dialect dialect() const = 0;
  // Runs several statements separated by ';', without parameters (schema scripts).
  virtual Status run_script(std::string_view sql) = 0;
  // Runs one statement and calls `row` for each result row in order; the result's column
  // names go to *column_names when given.
  virtual Status run(std::string_view sql, const std::vector<SqlParam>& params,
                     const std::function<void(const SqlRow&)>& row,
                     std::vector<std::string>* column_names) = 0;

  Status execute(std::string_view sql, std::initializer_list<SqlParam> params = {}) {
    return run(
        sql, std::vector<SqlParam>(params), [](const SqlRow&) {}, nullptr);
  }
  Status execute(std::string_view sql, const std::vector<SqlParam>& params) {
    return run(
        sql, params, [](const SqlRow&) {}, nullptr);
  }
  Status query(std::string_view sql, const std::vector<SqlParam>& params,
               const std::function<void(const SqlRow&)>& row,
               std::vector<std::string>* column_names = nullptr) {
    return run(sql, params, row, column_names);
  }
  virtual Status begin() = 0;
  virtual Status commit() = 0;
  virtual Status rollback() = 0;

  // Convenience: all rows of a query.
  Result<std::vector<SqlRow>> rows(std::string_view sql, const std::vector<SqlParam>& params = {});
  // Convenience: all rows with their column names.
  Result<StoreTable> table(std::string_view sql, const std::vector<SqlParam>& params = {});
  // Convenience: the first column of the first row, or NULL when there is no row.
  Result<SqlValue> scalar(std::string_view sql, const std::vector<SqlParam>& params = {});
};

// "file.db" (created if absent) or "postgresql://..." / "postgres://..." / "host=... dbname=...".
bool is_postgres_location(std::string_view location);
struct SqliteOptions {
  bool read_only = false;
  int64_t max_page_count = 0;  // > 0 caps the file size (pages), to test a full disk
};
Result<std::unique_ptr<SqlConnection>> open_sqlite(const std::string& path,
                                                   const SqliteOptions& options);
Result<std::unique_ptr<SqlConnection>> open_postgres(const std::string& url);

}  // namespace herald::store
