// Where tests find things: the source tree, the built `herald` binary, and the read-only
// reference data beside the repository (../shared). Tests that need ../shared call
// shared_path() and skip when it is absent (HERALD_SHARED overrides the location).
#pragma once

#include <string>

namespace herald::testing {

std::string source_path(const std::string& relative);
std::string shared_path(const std::string& relative);
bool shared_available();
std::string herald_binary();

struct CommandResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};
// Runs a shell command line; stdout and stderr captured separately.
CommandResult run_command(const std::string& command_line);

}  // namespace herald::testing

#define HERALD_REQUIRE_SHARED()                                                          \
  do {                                                                                   \
    if (!::herald::testing::shared_available()) GTEST_SKIP() << "../shared not present"; \
  } while (0)
