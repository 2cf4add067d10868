#include "store/sql_connection.h"

#include <fmt/format.h>
#include <cmath>

namespace herald::store {

int64_t as_integer(const SqlValue& value) {
  if (const auto* integer = std::get_if<int64_t>(&value)) return *integer;
  if (const auto* real = std::get_if<double>(&value))
    return static_cast<int64_t>(std::llround(*real));
  if (const auto* text = std::get_if<std::string>(&value)) {
    try {
      return std::stoll(*text);
    } catch (const std::exception&) {
      return 0;
    }
  }
  return 0;
}

double as_real(const SqlValue& value) {
  if (const auto* real = std::get_if<double>(&value)) return *real;
  if (const auto* integer = std::get_if<int64_t>(&value)) return static_cast<double>(*integer);
  if (const auto* text = std::get_if<std::string>(&value)) {
    try {
      return std::stod(*text);
    } catch (const std::exception&) {
      return 0;
    }
  }
  return 0;
}

std::string as_text(const SqlValue& value) {
  if (const auto* text = std::get_if<std::string>(&value)) return *text;
  if (const auto* integer = std::get_if<int64_t>(&value)) return std::to_string(*integer);
  if (const auto* real = std::get_if<double>(&value)) return fmt::format("{}", *real);
  return {};
}

std::string lower_ascii(std::string text) {
  for (char& c : text)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return text;
}

bool is_null(const SqlValue& value) { return std::holds_alternative<std::monostate>(value); }

Result<std::vector<SqlRow>> SqlConnection::rows(std::string_view sql,
                                                const std::vector<SqlParam>& params) {
  std::vector<SqlRow> result;
  Status status = query(sql, params, [&](const SqlRow& row) { result.push_back(row); });
  if (!status.is_ok()) return status;
  return result;
}

Result<StoreTable> SqlConnection::table(std::string_view sql, const std::vector<SqlParam>& params) {
  StoreTable result;
  Status status = query(
      sql, params, [&](const SqlRow& row) { result.rows.push_back(row); }, &result.columns);
  if (!status.is_ok()) return status;
  return result;
}

Result<SqlValue> SqlConnection::scalar(std::string_view sql, const std::vector<SqlParam>& params) {
  SqlValue value;
  bool first = true;
  Status status = query(sql, params, [&](const SqlRow& row) {
    if (first && !row.empty()) value = row[0];
    first = false;
  });
  if (!status.is_ok()) return status;
  return value;
}

bool is_postgres_location(std::string_view location) {
  return location.starts_with("postgresql://") || location.starts_with("postgres://") ||
         location.find("dbname=") != std::string_view::npos;
}

}  // namespace herald::store
