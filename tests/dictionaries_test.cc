// herald's own dictionaries (data/): well-formed, and their generated files up to date with
// their generators and sources. The checks are scripts/check-dictionaries and the
// generators' --check modes, which need python3 (installed by scripts/setup).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
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

// Every event code the verb and noun dictionaries give ("[0253]", "[042:043]") is a code of
// herald's CAMEO table: a typo there ("0613", a code CAMEO does not have) would code events no
// one can look up, export or score.
TEST(Dictionaries, EveryEventCodeIsInTheCameoTable) {
  std::set<std::string> known;
  {
    std::ifstream table(source_path("data/cameo/cameo-codes.tsv"));
    std::string line;
    while (std::getline(table, line))
      if (!line.empty() && line[0] != '#') known.insert(line.substr(0, line.find('\t')));
  }
  ASSERT_GT(known.size(), 200u);
  const std::regex code_in_brackets(R"(\[(\d{3,4})?(?::(\d{3,4}))?\])");
  std::string unknown;
  for (const char* file : {"data/verbs/herald.verbs.txt", "data/verbs/herald.nouns.txt"}) {
    std::ifstream in(source_path(file));
    ASSERT_TRUE(in) << file;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
      const std::string text = line.substr(0, line.find('#'));
      for (auto match = std::sregex_iterator(text.begin(), text.end(), code_in_brackets);
           match != std::sregex_iterator(); ++match)
        for (size_t group = 1; group <= 2; ++group)
          if ((*match)[group].matched && !known.contains((*match)[group].str()))
            unknown += std::string(file) + ":" + std::to_string(number) + ": " +
                       (*match)[group].str() + "\n";
    }
  }
  EXPECT_TRUE(unknown.empty()) << unknown;
}

}  // namespace
}  // namespace herald::testing
