// The text preparation behind the repository's own development set (tests/devset-own), which
// stores offsets into the prepared corpus text instead of the text. The preparation must be
// the one the shared devset used: for every devset article, preparing its corpus record must
// give the devset's `text` exactly (Reuters: wraps joined; BBC: body as is). The shared
// checks skip when ../shared is absent.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "support/corpus_text.h"
#include "support/test_paths.h"

namespace herald::testing {
namespace {

TEST(CorpusTextPreparation, JoinsWrapsIntoParagraphs) {
  const std::string raw =
      "LONDON, June 18 - Iran and Britain\nwithdrew more diplomats  today.\n"
      "    The row began\nwith an arrest.\n    Officials said Iraq-\nIran talks went on.\n";
  EXPECT_EQ(prepare_reuters_body(raw),
            "LONDON, June 18 - Iran and Britain withdrew more diplomats today.\n\n"
            "The row began with an arrest.\n\nOfficials said Iraq- Iran talks went on.");
}

TEST(CorpusTextPreparation, HandlesEmptyAndBlankInput) {
  EXPECT_EQ(prepare_reuters_body(""), "");
  EXPECT_EQ(prepare_reuters_body("\n  \n\t\n"), "");
  EXPECT_EQ(prepare_reuters_body("One line"), "One line");
  EXPECT_EQ(prepare_reuters_body("  Indented first\nline"), "Indented first line");
}

TEST(CorpusTextPreparation, LeavesOtherCorporaAsTheyAre) {
  const std::string body = "First  paragraph.\n\nSecond\nline.";
  EXPECT_EQ(prepared_text("shared/corpus/bbc_news.jsonl", body), body);
  EXPECT_EQ(prepared_text("shared/corpus/reuters21578.jsonl", body),
            "First paragraph. Second line.");
}

TEST(CorpusTextPreparation, ReportsMissingFilesAndRecords) {
  EXPECT_FALSE(read_corpus_records("/nonexistent/corpus.jsonl", {"x"}).error.empty());
}

// Every devset article's text is its corpus record prepared as above.
TEST(DevsetTextPreparation, ReproducesTheSharedDevsetTexts) {
  HERALD_REQUIRE_SHARED();
  const std::filesystem::path folder = shared_path("devset");
  if (!std::filesystem::exists(folder)) GTEST_SKIP() << folder << " not present";
  std::map<std::string, std::set<std::string>> ids_by_file;
  std::vector<nlohmann::json> articles;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream stream(entry.path());
    articles.push_back(nlohmann::json::parse(stream));
    const nlohmann::json& reference = articles.back().at("corpus_ref");
    ids_by_file[reference.at("file").get<std::string>()].insert(
        reference.at("id").get<std::string>());
  }
  ASSERT_FALSE(articles.empty());
  std::map<std::string, CorpusRecords> records_by_file;
  for (const auto& [file, ids] : ids_by_file) {
    ASSERT_EQ(file.rfind("shared/", 0), 0u) << file;
    records_by_file[file] = read_corpus_records(shared_path(file.substr(7)), ids);
    ASSERT_TRUE(records_by_file[file].error.empty()) << records_by_file[file].error;
  }
  int reuters = 0;
  for (const nlohmann::json& article : articles) {
    const std::string file = article.at("corpus_ref").at("file").get<std::string>();
    const std::string id = article.at("corpus_ref").at("id").get<std::string>();
    const std::string prepared = prepared_text(file, records_by_file[file].text_by_id.at(id));
    const std::string expected = article.at("text").get<std::string>();
    if (file.find("reuters21578") != std::string::npos) ++reuters;
    if (prepared == expected) continue;
    const auto [mismatch, unused] =
        std::mismatch(prepared.begin(), prepared.end(), expected.begin(), expected.end());
    const size_t offset = static_cast<size_t>(mismatch - prepared.begin());
    ADD_FAILURE() << id << ": prepared text differs from the devset text at offset " << offset;
  }
  EXPECT_EQ(reuters, 15);
}

}  // namespace
}  // namespace herald::testing
