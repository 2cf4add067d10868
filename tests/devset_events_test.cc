// Development-set scoring: herald codes each hand-annotated article in ../shared/devset
// (text + date) with its own dictionaries, and is scored as ../shared/devset/README.md
// says: per article, sets of (source[:3], target[:3], root) triples (root level) and of
// (source, target, code) triples (full level), summed over articles (micro average).
// Prints precision, recall and F1 at both levels and by root code, and fails if F1 falls
// below the floors, which only rise as herald improves. Skips when ../shared is absent.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/coded_events.h"
#include "support/event_scoring.h"
#include "support/test_paths.h"

namespace herald::testing {
namespace {

// Floors on micro-averaged F1 (with background events). Raise them, never lower them.
constexpr double kRootF1Floor = 0.75;
constexpr double kFullF1Floor = 0.49;

TEST(DevsetEvents, ScoresAboveTheFloor) {
  HERALD_REQUIRE_SHARED();
  const std::filesystem::path folder = shared_path("devset");
  if (!std::filesystem::exists(folder)) GTEST_SKIP() << folder << " not present";
  std::vector<std::filesystem::path> articles;
  for (const auto& entry : std::filesystem::directory_iterator(folder))
    if (entry.path().extension() == ".json") articles.push_back(entry.path());
  std::sort(articles.begin(), articles.end());
  ASSERT_FALSE(articles.empty());

  std::vector<nlohmann::json> annotated;
  std::vector<Article> inputs;
  for (const std::filesystem::path& path : articles) {
    std::ifstream stream(path);
    annotated.push_back(nlohmann::json::parse(stream));
    inputs.push_back({path.stem().string(), annotated.back().at("text").get<std::string>(),
                      annotated.back().at("date").get<std::string>()});
  }
  const std::vector<CodedEvents> results = code_articles(inputs);

  EventScore score;
  for (size_t index = 0; index < articles.size(); ++index) {
    const CodedEvents& coded = results[index];
    ASSERT_TRUE(coded.error.empty()) << articles[index].filename() << ": " << coded.error;
    score.add_article(gold_events(annotated[index].at("events")), coded.events);
    // HERALD_DEVSET_DETAIL=1 prints each article's misses and false finds (root level).
    if (const char* detail = std::getenv("HERALD_DEVSET_DETAIL"); detail && *detail == '1')
      std::cout << EventScore::article_detail(articles[index].stem().string(),
                                              gold_events(annotated[index].at("events")),
                                              coded.events);
  }
  const Tally& root_level = score.root_level();
  const Tally& full_level = score.full_level();
  const std::string report = score.report(fmt::format("devset: {} articles", articles.size()));
  std::cout << report;
  RecordProperty("root_f1", fmt::format("{:.3f}", root_level.f1()));
  RecordProperty("full_f1", fmt::format("{:.3f}", full_level.f1()));
  EXPECT_GE(root_level.f1(), kRootF1Floor);
  EXPECT_GE(full_level.f1(), kFullF1Floor);
}

}  // namespace
}  // namespace herald::testing
