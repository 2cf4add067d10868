// PostgreSQL driver over libpqxx: '?' placeholders become $1, $2, ...; every libpqxx
// exception is caught here and returned as a Status.
#include <fmt/format.h>

#include <optional>
#include <pqxx/pqxx>
#include <string>
#include <unordered_map>

#include "store/sql_connection.h"

namespace herald::store {
namespace {

// Type oids of the built-in numeric types (pg_type.h); anything else is read as text.
constexpr pqxx::oid kInt2 = 21, kInt4 = 23, kInt8 = 20, kFloat4 = 700, kFloat8 = 701,
                    kNumeric = 1700, kBool = 16;

std::string number_placeholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int next = 1;
  bool in_string = false;
  for (char c : sql) {
    if (c == '\'') in_string = !in_string;
    if (c == '?' && !in_string) {
      out += '$';
      out += std::to_string(next++);
    } else {
      out += c;
    }
  }
  return out;
}

class PostgresConnection final : public SqlConnection {
 public:
  explicit PostgresConnection(std::unique_ptr<pqxx::connection> connection)
      : connection_(std::move(connection)) {}
  ~PostgresConnection() override { transaction_.reset(); }

  Dialect dialect() const override { return Dialect::kPostgres; }

  Status run_script(std::string_view sql) override {
    return run(
        sql, {}, [](const SqlRow&) {}, nullptr);
  }

  Status run(std::string_view sql, const std::vector<SqlParam>& params,
             const std::function<void(const SqlRow&)>& row,
             std::vector<std::string>* column_names) override {
    try {
      std::optional<pqxx::nontransaction> autocommit;
      pqxx::transaction_base* work = transaction_.get();
      if (!work) {
        autocommit.emplace(*connection_);
        work = &*autocommit;
      }
      pqxx::result result;
      if (params.empty()) {
        result = work->exec(std::string(sql));
      } else {
        // Parameters go as text; NULL as a null pointer. Reals keep every digit.
        std::vector<std::string> storage(params.size());
        std::vector<const char*> values(params.size(), nullptr);
        for (size_t i = 0; i < params.size(); ++i) {
          const SqlParam& param = params[i];
          if (const auto* integer = std::get_if<int64_t>(&param)) {
            storage[i] = std::to_string(*integer);
          } else if (const auto* real = std::get_if<double>(&param)) {
            storage[i] = fmt::format("{}", *real);
          } else if (const auto* text = std::get_if<std::string_view>(&param)) {
            storage[i] = std::string(*text);
          } else {
            continue;
          }
          values[i] = storage[i].c_str();
        }
        auto [it, inserted] = numbered_.try_emplace(std::string(sql));
        if (inserted) it->second = number_placeholders(sql);
        result = work->exec_params(it->second, pqxx::prepare::make_dynamic_params(values));
      }
      if (column_names) {
        column_names->clear();
        for (pqxx::row::size_type column = 0; column < result.columns(); ++column)
          column_names->push_back(result.column_name(column));
      }
      SqlRow values(result.columns());
      std::vector<pqxx::oid> types(result.columns());
      for (pqxx::row::size_type column = 0; column < result.columns(); ++column)
        types[column] = result.column_type(column);
      for (const auto& result_row : result) {
        for (pqxx::row::size_type column = 0; column < result.columns(); ++column) {
          const pqxx::field field = result_row[column];
          if (field.is_null()) {
            values[column] = std::monostate();
          } else if (types[column] == kInt2 || types[column] == kInt4 || types[column] == kInt8) {
            values[column] = field.as<int64_t>();
          } else if (types[column] == kFloat4 || types[column] == kFloat8 ||
                     types[column] == kNumeric) {
            values[column] = field.as<double>();
          } else if (types[column] == kBool) {
            values[column] = static_cast<int64_t>(field.as<bool>() ? 1 : 0);
          } else {
            values[column] = std::string(field.c_str(), field.size());
          }
        }
        row(values);
      }
      return Status::ok();
    } catch (const pqxx::broken_connection& error) {
      return Status::io_error(fmt::format("postgresql: connection lost: {}", error.what()));
    } catch (const std::exception& error) {
      std::string first_line(sql.substr(0, sql.find('\n')));
      if (first_line.size() > 80) first_line = first_line.substr(0, 80) + "...";
      return Status::data_error(fmt::format("postgresql: {} (in: {})", error.what(), first_line));
    }
  }

  Status begin() override {
    try {
      transaction_.reset();
      transaction_ = std::make_unique<pqxx::work>(*connection_);
      return Status::ok();
    } catch (const std::exception& error) {
      return Status::io_error(fmt::format("postgresql: begin: {}", error.what()));
    }
  }
  Status commit() override {
    try {
      if (transaction_) transaction_->commit();
      transaction_.reset();
      return Status::ok();
    } catch (const std::exception& error) {
      transaction_.reset();
      return Status::io_error(fmt::format("postgresql: commit: {}", error.what()));
    }
  }
  Status rollback() override {
    try {
      if (transaction_) transaction_->abort();
    } catch (const std::exception&) {
      // The transaction is gone either way; resetting it below is what matters.
    }
    transaction_.reset();
    return Status::ok();
  }

 private:
  std::unique_ptr<pqxx::connection> connection_;
  std::unique_ptr<pqxx::work> transaction_;
  std::unordered_map<std::string, std::string> numbered_;
};

}  // namespace

Result<std::unique_ptr<SqlConnection>> open_postgres(const std::string& url) {
  try {
    auto connection = std::make_unique<pqxx::connection>(url);
    auto wrapped = std::make_unique<PostgresConnection>(std::move(connection));
    if (Status status = wrapped->execute("SET client_min_messages TO WARNING"); !status.is_ok())
      return status;
    return std::unique_ptr<SqlConnection>(std::move(wrapped));
  } catch (const std::exception& error) {
    return Status::io_error(fmt::format("postgresql: cannot connect: {}", error.what()));
  }
}

}  // namespace herald::store
