// Development-set scoring: herald codes each hand-annotated article in ../shared/devset
// (text + date) with its own dictionaries, and is scored as ../shared/devset/README.md
// says: per article, sets of (source[:3], target[:3], root) triples (root level) and of
// (source, target, code) triples (full level), summed over articles (micro average).
// Prints precision, recall and F1 at both levels and by root code, and fails if F1 falls
// below the floors, which only rise as herald improves. Skips when ../shared is absent.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "support/coded_events.h"
#include "support/test_paths.h"

namespace herald::testing {
namespace {

// Floors on micro-averaged F1 (with background events). Raise them, never lower them.
constexpr double kRootF1Floor = 0.50;
constexpr double kFullF1Floor = 0.28;

using Triple = std::tuple<std::string, std::string, std::string>;

struct Tally {
  int true_positives = 0, false_positives = 0, false_negatives = 0;
  double precision() const {
    const int found = true_positives + false_positives;
    return found ? static_cast<double>(true_positives) / found : 0.0;
  }
  double recall() const {
    const int gold = true_positives + false_negatives;
    return gold ? static_cast<double>(true_positives) / gold : 0.0;
  }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
  void add(const std::set<Triple>& gold, const std::set<Triple>& found) {
    for (const Triple& triple : found) (gold.count(triple) ? true_positives : false_positives)++;
    for (const Triple& triple : gold) false_negatives += found.count(triple) ? 0 : 1;
  }
};

std::string prefix(const std::string& code) {
  return code.substr(0, std::min<size_t>(3, code.size()));
}

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

  Tally root_level, full_level;
  std::map<std::string, Tally> by_root;
  for (size_t index = 0; index < articles.size(); ++index) {
    const nlohmann::json& article = annotated[index];
    const CodedEvents& coded = results[index];
    ASSERT_TRUE(coded.error.empty()) << articles[index].filename() << ": " << coded.error;

    std::set<Triple> gold_root, gold_full, found_root, found_full;
    for (const nlohmann::json& event : article.at("events")) {
      const std::string source = event.at("source").get<std::string>();
      const std::string target =
          event.at("target").is_null() ? "" : event.at("target").get<std::string>();
      const std::string code = event.at("cameo").get<std::string>();
      gold_root.insert({prefix(source), prefix(target), code.substr(0, 2)});
      gold_full.insert({source, target, code});
    }
    for (const EventTriple& event : coded.events) {
      if (event.code.size() < 2) continue;
      found_root.insert({prefix(event.source), prefix(event.target), event.code.substr(0, 2)});
      found_full.insert({event.source, event.target, event.code});
    }
    root_level.add(gold_root, found_root);
    full_level.add(gold_full, found_full);
    std::set<std::string> roots;
    for (const Triple& triple : gold_root) roots.insert(std::get<2>(triple));
    for (const Triple& triple : found_root) roots.insert(std::get<2>(triple));
    for (const std::string& root : roots) {
      std::set<Triple> gold, found;
      for (const Triple& triple : gold_root)
        if (std::get<2>(triple) == root) gold.insert(triple);
      for (const Triple& triple : found_root)
        if (std::get<2>(triple) == root) found.insert(triple);
      by_root[root].add(gold, found);
    }
  }

  std::string report = fmt::format("devset: {} articles\n", articles.size());
  report += fmt::format("{:<6} {:>4} {:>4} {:>4} {:>6} {:>6} {:>6}\n", "level", "tp", "fp", "fn",
                        "P", "R", "F1");
  for (const auto& [name, tally] : {std::pair<std::string, Tally>{"root", root_level},
                                    std::pair<std::string, Tally>{"full", full_level}})
    report += fmt::format("{:<6} {:>4} {:>4} {:>4} {:>6.3f} {:>6.3f} {:>6.3f}\n", name,
                          tally.true_positives, tally.false_positives, tally.false_negatives,
                          tally.precision(), tally.recall(), tally.f1());
  report += "by root code (root level):\n";
  for (const auto& [root, tally] : by_root)
    report += fmt::format("{:<6} {:>4} {:>4} {:>4} {:>6.3f} {:>6.3f} {:>6.3f}\n", root,
                          tally.true_positives, tally.false_positives, tally.false_negatives,
                          tally.precision(), tally.recall(), tally.f1());
  std::cout << report;
  RecordProperty("root_f1", fmt::format("{:.3f}", root_level.f1()));
  RecordProperty("full_f1", fmt::format("{:.3f}", full_level.f1()));
  EXPECT_GE(root_level.f1(), kRootF1Floor);
  EXPECT_GE(full_level.f1(), kFullF1Floor);
}

}  // namespace
}  // namespace herald::testing
