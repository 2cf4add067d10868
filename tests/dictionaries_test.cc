// herald's own dictionaries (data/): well-formed, and their generated files up to date with
// their generators and sources. The checks are scripts/check-dictionaries and the
// generators' --check modes, which need python3 (installed by scripts/setup).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "coding/dictionary_set.h"
#include "support/coded_events.h"
#include "support/test_paths.h"

namespace herald::testing {
namespace {

TEST(Dictionaries, HeraldDictionariesHaveNoMalformedLines) {
  const CommandResult result =
      run_command("python3 " + shell_quote(source_path("scripts/check-dictionaries")) + " " +
                  shell_quote(source_path("data/dictionaries.ini")));
  EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
  EXPECT_NE(result.err.find("0 errors, 0 warnings"), std::string::npos) << result.out << result.err;
}

TEST(Dictionaries, HeraldLoadsItsOwnDictionariesWithoutProblems) {
  auto loaded = coding::DictionarySet::load_manifest(source_path("data/dictionaries.ini"));
  ASSERT_TRUE(loaded.is_ok()) << loaded.status().to_string();
  std::string problems;
  for (const coding::DictionaryProblem& problem : loaded.value()->problems())
    problems += problem.to_string() + "\n";
  EXPECT_TRUE(problems.empty()) << problems;
}

TEST(Dictionaries, CheckerFindsABrokenDictionary) {
  // The checker must not pass anything: a manifest whose verb file has a bad pattern fails.
  const std::filesystem::path folder =
      std::filesystem::temp_directory_path() / ("herald-dict-" + std::to_string(::getpid()));
  std::filesystem::create_directories(folder);
  {
    std::ofstream(folder / "dictionaries.ini") << "[Dictionaries]\nverbfile_name = verbs.txt\n";
    std::ofstream(folder / "verbs.txt") << "---  MEET   [040]  ---\nMEET\n- * &UNDEFINED [99]\n";
  }
  const CommandResult result =
      run_command("python3 " + shell_quote(source_path("scripts/check-dictionaries")) + " " +
                  shell_quote((folder / "dictionaries.ini").string()));
  std::filesystem::remove_all(folder);
  EXPECT_EQ(result.exit_code, 1) << result.out;
  EXPECT_NE(result.out.find("&UNDEFINED is not defined"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("bad event code [99]"), std::string::npos) << result.out;
}

TEST(Dictionaries, GeneratedVerbFileIsUpToDate) {
  if (!std::filesystem::exists("/usr/share/wordnet/index.verb"))
    GTEST_SKIP() << "wordnet-base not installed";
  const CommandResult result =
      run_command("python3 " + shell_quote(source_path("scripts/generate-verbs")) + " --check");
  EXPECT_EQ(result.exit_code, 0) << result.err;
}

TEST(Dictionaries, GeneratedCountryFileIsUpToDate) {
  if (!std::filesystem::exists(source_path("node_modules/world-countries/countries.json")))
    GTEST_SKIP() << "npm packages not installed (scripts/setup)";
  const CommandResult result =
      run_command("python3 " + shell_quote(source_path("scripts/generate-countries")) + " --check");
  EXPECT_EQ(result.exit_code, 0) << result.err;
}

}  // namespace
}  // namespace herald::testing
