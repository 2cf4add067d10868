// Scores coded events against hand-annotated gold events the way ../shared/devset/README.md
// says: per article, the set of (source[:3], target[:3], root) triples (root level) and the
// set of (source, target, code) triples (full level); true positives, false positives and
// false negatives are summed over articles (micro average). Also keeps root-level tallies
// by root code. Used by the development-set tests (the shared devset and the repository's own
// tests/devset-own), so both score the same way.
//
// Header-only (the test CMake compiles only test_paths.cc from this folder). Plain values,
// not thread-safe. Malformed gold JSON throws nlohmann::json exceptions, which GoogleTest
// reports as a test failure naming the exception.
#pragma once

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "support/coded_events.h"

namespace herald::testing {

using ScoredTriple = std::tuple<std::string, std::string, std::string>;

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
  void add(const std::set<ScoredTriple>& gold, const std::set<ScoredTriple>& found) {
    for (const ScoredTriple& triple : found)
      (gold.count(triple) ? true_positives : false_positives)++;
    for (const ScoredTriple& triple : gold) false_negatives += found.count(triple) ? 0 : 1;
  }
};

// The country (or IGO/NGO/UIS) prefix of an actor code; the empty string stays empty.
inline std::string actor_prefix(const std::string& code) {
  return code.substr(0, std::min<size_t>(3, code.size()));
}

// The gold events of one annotated article (its "events" array: source, target or null,
// cameo) as (source, target, code) triples, the null target as the empty string.
inline std::vector<EventTriple> gold_events(const nlohmann::json& events) {
  std::vector<EventTriple> gold;
  for (const nlohmann::json& event : events)
    gold.push_back(
        {event.at("source").get<std::string>(),
         event.at("target").is_null() ? std::string() : event.at("target").get<std::string>(),
         event.at("cameo").get<std::string>()});
  return gold;
}

class EventScore {
 public:
  // Adds one article: its gold events and the events the system found.
  void add_article(const std::vector<EventTriple>& gold, const std::vector<EventTriple>& found) {
    std::set<ScoredTriple> gold_root, gold_full, found_root, found_full;
    for (const EventTriple& event : gold) {
      gold_root.insert({actor_prefix(event.source), actor_prefix(event.target),
                        event.code.substr(0, std::min<size_t>(2, event.code.size()))});
      gold_full.insert({event.source, event.target, event.code});
    }
    for (const EventTriple& event : found) {
      if (event.code.size() < 2) continue;
      found_root.insert(
          {actor_prefix(event.source), actor_prefix(event.target), event.code.substr(0, 2)});
      found_full.insert({event.source, event.target, event.code});
    }
    root_level_.add(gold_root, found_root);
    full_level_.add(gold_full, found_full);
    std::set<std::string> roots;
    for (const ScoredTriple& triple : gold_root) roots.insert(std::get<2>(triple));
    for (const ScoredTriple& triple : found_root) roots.insert(std::get<2>(triple));
    for (const std::string& root : roots) {
      std::set<ScoredTriple> gold_of_root, found_of_root;
      for (const ScoredTriple& triple : gold_root)
        if (std::get<2>(triple) == root) gold_of_root.insert(triple);
      for (const ScoredTriple& triple : found_root)
        if (std::get<2>(triple) == root) found_of_root.insert(triple);
      by_root_[root].add(gold_of_root, found_of_root);
    }
  }

  // One article's root-level misses (gold not found) and false finds, one line each, for
  // reading what a change did; empty when the article scores perfectly.
  static std::string article_detail(const std::string& id, const std::vector<EventTriple>& gold,
                                    const std::vector<EventTriple>& found) {
    std::set<ScoredTriple> gold_root, found_root;
    for (const EventTriple& event : gold)
      gold_root.insert({actor_prefix(event.source), actor_prefix(event.target),
                        event.code.substr(0, std::min<size_t>(2, event.code.size()))});
    for (const EventTriple& event : found)
      if (event.code.size() >= 2)
        found_root.insert(
            {actor_prefix(event.source), actor_prefix(event.target), event.code.substr(0, 2)});
    std::string text;
    for (const auto& [mark, from, other] : {std::tuple{"miss ", &gold_root, &found_root},
                                            std::tuple{"false", &found_root, &gold_root}})
      for (const ScoredTriple& triple : *from)
        if (!other->count(triple))
          text += fmt::format("{} {} {} {} {}\n", id, mark, std::get<0>(triple),
                              std::get<1>(triple).empty() ? "-" : std::get<1>(triple),
                              std::get<2>(triple));
    return text;
  }

  // One article's tallies at both levels, "<id> tally <root tp fp fn> <full tp fp fn>", to sum
  // by any grouping of articles (the own devset's draws).
  static std::string article_tally(const std::string& id, const std::vector<EventTriple>& gold,
                                   const std::vector<EventTriple>& found) {
    EventScore one;
    one.add_article(gold, found);
    const Tally& root = one.root_level();
    const Tally& full = one.full_level();
    return fmt::format("{} tally {} {} {} {} {} {}\n", id, root.true_positives,
                       root.false_positives, root.false_negatives, full.true_positives,
                       full.false_positives, full.false_negatives);
  }

  const Tally& root_level() const { return root_level_; }
  const Tally& full_level() const { return full_level_; }
  const std::map<std::string, Tally>& by_root() const { return by_root_; }

  // A table of both levels and of the root level by root code, under `heading`.
  std::string report(const std::string& heading) const {
    std::string text = heading + "\n";
    text += fmt::format("{:<6} {:>4} {:>4} {:>4} {:>6} {:>6} {:>6}\n", "level", "tp", "fp", "fn",
                        "P", "R", "F1");
    for (const auto& [name, tally] : {std::pair<std::string, Tally>{"root", root_level_},
                                      std::pair<std::string, Tally>{"full", full_level_}})
      text += row(name, tally);
    text += "by root code (root level):\n";
    for (const auto& [root, tally] : by_root_) text += row(root, tally);
    return text;
  }

 private:
  static std::string row(const std::string& name, const Tally& tally) {
    return fmt::format("{:<6} {:>4} {:>4} {:>4} {:>6.3f} {:>6.3f} {:>6.3f}\n", name,
                       tally.true_positives, tally.false_positives, tally.false_negatives,
                       tally.precision(), tally.recall(), tally.f1());
  }

  Tally root_level_, full_level_;
  std::map<std::string, Tally> by_root_;
};

}  // namespace herald::testing
