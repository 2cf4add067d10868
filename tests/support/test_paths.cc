#include "support/test_paths.h"

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace herald::testing {

std::string source_path(const std::string& relative) {
  return std::string(HERALD_SOURCE_DIR) + "/" + relative;
}

static std::string shared_root() {
  if (const char* root = std::getenv("HERALD_SHARED"); root && *root) return root;
  return HERALD_SHARED_DIR;
}

std::string shared_path(const std::string& relative) { return shared_root() + "/" + relative; }

bool shared_available() { return std::filesystem::exists(shared_root() + "/peers"); }

std::string herald_binary() { return HERALD_BINARY; }

static std::string slurp(const std::string& path) {
  std::ifstream stream(path, std::ios::binary);
  std::stringstream buffer;
  buffer << stream.rdbuf();
  return buffer.str();
}

CommandResult run_command(const std::string& command_line) {
  const auto directory = std::filesystem::temp_directory_path();
  static int counter = 0;
  const std::string stem =
      (directory / ("herald-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++)))
          .string();
  const std::string out_path = stem + ".out", err_path = stem + ".err";
  const std::string full = command_line + " >" + out_path + " 2>" + err_path;
  const int status = std::system(full.c_str());
  CommandResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = slurp(out_path);
  result.err = slurp(err_path);
  std::filesystem::remove(out_path);
  std::filesystem::remove(err_path);
  return result;
}

}  // namespace herald::testing
