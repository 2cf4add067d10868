// Scratch stores for tests: a SQLite file in a fresh temporary folder, or a fresh database on
// the PostgreSQL server named by HERALD_TEST_PG ("postgresql://user@127.0.0.1:port", no
// database: scripts/test starts a throwaway server and sets it). Each is removed when the
// test ends. Tests that need PostgreSQL skip when HERALD_TEST_PG is not set.
#pragma once

#include <fmt/format.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "store/sql_connection.h"

namespace herald::testing {

inline std::string postgres_server() {
  const char* server = std::getenv("HERALD_TEST_PG");
  return server ? server : "";
}

class ScratchStore {
 public:
  // backend: "sqlite" or "postgresql".
  explicit ScratchStore(const std::string& backend) {
    static std::atomic<int> counter{0};
    const int number = counter++;
    if (backend == "sqlite") {
      folder_ = std::filesystem::temp_directory_path() /
                fmt::format("herald-store-test-{}-{}", getpid(), number);
      std::filesystem::remove_all(folder_);
      std::filesystem::create_directories(folder_);
      location_ = (folder_ / "events.db").string();
      return;
    }
    server_ = postgres_server();
    if (server_.empty()) return;
    database_ = fmt::format("herald_test_{}_{}", getpid(), number);
    auto admin = store::open_postgres(server_ + "/postgres");
    if (!admin.is_ok()) {
      error_ = admin.status().to_string();
      return;
    }
    (void)(*admin)->execute(fmt::format("DROP DATABASE IF EXISTS {}", database_));
    Status created = (*admin)->execute(fmt::format("CREATE DATABASE {}", database_));
    if (!created.is_ok()) error_ = created.to_string();
    location_ = server_ + "/" + database_;
  }
  ~ScratchStore() {
    if (!folder_.empty()) {
      std::error_code ignored;
      std::filesystem::remove_all(folder_, ignored);
    }
    if (!database_.empty()) {
      auto admin = store::open_postgres(server_ + "/postgres");
      if (admin.is_ok())
        (void)(*admin)->execute(fmt::format("DROP DATABASE IF EXISTS {} WITH (FORCE)", database_));
    }
  }
  ScratchStore(const ScratchStore&) = delete;
  ScratchStore& operator=(const ScratchStore&) = delete;

  // "" when the backend is not available (PostgreSQL without HERALD_TEST_PG).
  const std::string& location() const { return location_; }
  const std::string& error() const { return error_; }
  const std::filesystem::path& folder() const { return folder_; }

 private:
  std::filesystem::path folder_;
  std::string server_, database_, location_, error_;
};

}  // namespace herald::testing

// Skips a test whose backend is unavailable, failing it if the server was given but broken.
#define HERALD_REQUIRE_STORE(scratch)                                           \
  do {                                                                          \
    if ((scratch).location().empty())                                           \
      GTEST_SKIP() << "HERALD_TEST_PG not set: PostgreSQL store tests skipped " \
                      "(scripts/test starts a server and sets it)";             \
    ASSERT_TRUE((scratch).error().empty()) << (scratch).error();                \
  } while (0)
