// Development-set scores of the extract stage (../shared/devset, 25 hand-annotated articles):
// entities (text, type), direct quotes (text, and text + speaker), counts (number, text) and
// dates (text, resolved), micro-averaged over per-article sets as devset/README.md describes.
// Prints the scores and asserts floors that only rise. HERALD_DEVSET_VERBOSE=1 lists the
// misses and false finds per article. Skips when ../shared is absent.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>

#include "extract/date_finder.h"
#include "extract/entity_finder.h"
#include "extract_test_support.h"
#include "text/normalize.h"

namespace herald {
namespace {

struct Score {
  long true_positives = 0;
  long false_positives = 0;
  long false_negatives = 0;
  double precision() const {
    return true_positives + false_positives
               ? double(true_positives) / (true_positives + false_positives)
               : 0;
  }
  double recall() const {
    return true_positives + false_negatives
               ? double(true_positives) / (true_positives + false_negatives)
               : 0;
  }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

using Set = std::set<std::string>;

void add(Score& score, const Set& gold, const Set& found, const std::string& label,
         const std::string& article, bool verbose) {
  for (const std::string& item : found) {
    if (gold.contains(item)) {
      ++score.true_positives;
    } else {
      ++score.false_positives;
      if (verbose) std::printf("  %s %s FP %s\n", article.c_str(), label.c_str(), item.c_str());
    }
  }
  for (const std::string& item : gold)
    if (!found.contains(item)) {
      ++score.false_negatives;
      if (verbose) std::printf("  %s %s FN %s\n", article.c_str(), label.c_str(), item.c_str());
    }
}

// Quote text for matching: case folded, surrounding whitespace and punctuation removed.
std::string quote_key(std::string_view text) {
  std::string key = normalize_for_matching(text);
  auto strip = [](char c) {
    return c == ' ' || c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' ||
           c == '\'' || c == '"' || c == '-' || c == '\n';
  };
  while (!key.empty() && strip(key.back())) key.pop_back();
  size_t start = 0;
  while (start < key.size() && strip(key[start])) ++start;
  return key.substr(start);
}

std::string entity_type(MentionKind kind) {
  switch (kind) {
    case MentionKind::kPerson:
      return "PERSON";
    case MentionKind::kOrganization:
      return "ORG";
    case MentionKind::kLocation:
      return "LOCATION";
    default:
      return "";
  }
}

std::string number_text(double number) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.0f", number);
  return buffer;
}

TEST(DevsetExtract, ScoresAboveFloors) {
  HERALD_REQUIRE_SHARED();
  ASSERT_NE(testing::extract_resources(), nullptr) << "extract data files failed to load";
  const std::string folder = testing::shared_path("devset");
  if (!std::filesystem::exists(folder)) GTEST_SKIP() << "no devset";
  const bool verbose = std::getenv("HERALD_DEVSET_VERBOSE") != nullptr;
  Score entities, quotes, speakers, counts, dates;
  long places_found = 0, places_right = 0;
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(folder))
    if (entry.path().extension() == ".json") paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  ASSERT_FALSE(paths.empty());
  for (const auto& path : paths) {
    std::ifstream in(path);
    const nlohmann::json gold = nlohmann::json::parse(in);
    const std::string article = path.stem().string();
    const Document document =
        testing::extract_document(gold["text"].get<std::string>(), gold["date"].get<std::string>());

    Set gold_entities, found_entities;
    for (const auto& entity : gold["entities"])
      gold_entities.insert(entity["text"].get<std::string>() + " | " +
                           entity["type"].get<std::string>());
    for (const Mention& mention : document.mentions) {
      const std::string type = entity_type(mention.kind);
      if (type.empty() || extract::is_reference_mention(document, mention)) continue;
      found_entities.insert(std::string(document.text_of(mention.span)) + " | " + type);
    }
    add(entities, gold_entities, found_entities, "entity", article, verbose);

    // Place country: for gold locations the stage also found, the country it gave.
    for (const auto& entity : gold["entities"]) {
      if (entity["type"] != "LOCATION") continue;
      const std::string text = entity["text"].get<std::string>();
      const std::string country =
          entity["country"].is_null() ? "" : entity["country"].get<std::string>();
      for (const Mention& mention : document.mentions) {
        if (mention.kind != MentionKind::kLocation || document.text_of(mention.span) != text)
          continue;
        ++places_found;
        if (mention.country == country) {
          ++places_right;
        } else if (verbose) {
          std::printf("  %s place-country %s: %s, gold %s\n", article.c_str(), text.c_str(),
                      mention.country.c_str(), country.c_str());
        }
        break;
      }
    }

    Set gold_quotes, found_quotes, gold_speakers, found_speakers;
    for (const auto& quote : gold["quotes"]) {
      const std::string key = quote_key(quote["quote"].get<std::string>());
      gold_quotes.insert(key);
      gold_speakers.insert(key + " | " +
                           normalize_for_matching(quote["speaker"].get<std::string>()));
    }
    for (const Quote& quote : document.quotes) {
      if (quote.kind == QuoteKind::kIndirect) continue;
      const std::string key = quote_key(document.text_of(quote.span));
      found_quotes.insert(key);
      found_speakers.insert(key + " | " + normalize_for_matching(quote.speaker));
    }
    add(quotes, gold_quotes, found_quotes, "quote", article, verbose);
    add(speakers, gold_speakers, found_speakers, "speaker", article, verbose);

    Set gold_counts, found_counts;
    for (const auto& count : gold["counts"])
      gold_counts.insert(number_text(count["number"].get<double>()) + " | " +
                         count["text"].get<std::string>());
    for (const Count& count : document.counts)
      if (count.unit.empty())
        found_counts.insert(number_text(count.number) + " | " +
                            std::string(document.text_of(count.span)));
    add(counts, gold_counts, found_counts, "count", article, verbose);

    Set gold_dates, found_dates;
    for (const auto& date : gold["dates"])
      gold_dates.insert(date["text"].get<std::string>() + " | " +
                        date["resolved"].get<std::string>());
    for (const DateRef& date : document.dates)
      found_dates.insert(std::string(document.text_of(date.span)) + " | " +
                         extract::date_ref_text(date));
    add(dates, gold_dates, found_dates, "date", article, verbose);
  }
  auto report = [](const char* name, const Score& score) {
    std::printf("devset %-16s P %.3f  R %.3f  F1 %.3f  (tp %ld fp %ld fn %ld)\n", name,
                score.precision(), score.recall(), score.f1(), score.true_positives,
                score.false_positives, score.false_negatives);
  };
  report("entities", entities);
  report("quotes", quotes);
  report("quote+speaker", speakers);
  report("counts", counts);
  report("dates", dates);
  const double place_accuracy = places_found ? double(places_right) / places_found : 0;
  std::printf("devset %-16s %.3f  (%ld of %ld found gold places)\n", "place country",
              place_accuracy, places_right, places_found);
  // Floors: raise them as the rules improve; never lower them.
  EXPECT_GE(entities.f1(), 0.955);
  EXPECT_GE(quotes.f1(), 0.995);
  EXPECT_GE(speakers.f1(), 0.98);
  EXPECT_GE(counts.f1(), 0.95);
  EXPECT_GE(dates.f1(), 0.99);
  EXPECT_GE(place_accuracy, 0.99);
}

}  // namespace
}  // namespace herald

namespace herald {
namespace {

// HERALD_DEVSET_DUMP=<article id> prints everything the stage found in one article.
TEST(DevsetExtract, DumpOneArticle) {
  const char* article = std::getenv("HERALD_DEVSET_DUMP");
  if (!article || !*article) GTEST_SKIP() << "set HERALD_DEVSET_DUMP to an article id";
  HERALD_REQUIRE_SHARED();
  std::string path = testing::shared_path("devset/") + article + ".json";
  nlohmann::json gold;
  std::string text, date;
  if (std::filesystem::exists(path)) {
    std::ifstream in(path);
    gold = nlohmann::json::parse(in);
    text = gold["text"].get<std::string>();
    date = gold["date"].get<std::string>();
  } else {
    std::ifstream in(testing::shared_path("samples/") + article + ".txt");
    std::stringstream buffer;
    buffer << in.rdbuf();
    text = buffer.str();
    date = std::getenv("HERALD_DEVSET_DATE") ? std::getenv("HERALD_DEVSET_DATE") : "";
  }
  const Document document = testing::extract_document(text, date);
  for (size_t index = 0; index < document.sentences.size(); ++index)
    std::printf("S%zu [%s] %s\n", index, document.sentences[index].date.to_string().c_str(),
                std::string(document.text_of(document.sentences[index].span)).c_str());
  for (size_t index = 0; index < document.mentions.size(); ++index) {
    const Mention& mention = document.mentions[index];
    std::printf("M%zu %s '%s' -> %s [%s] s%d ante %d %s%.3f,%.3f\n", index,
                std::string(mention_kind_name(mention.kind)).c_str(),
                std::string(document.text_of(mention.span)).c_str(), mention.canonical.c_str(),
                mention.country.c_str(), mention.sentence, mention.antecedent,
                mention.has_coordinates ? "@" : "no-coordinates ", mention.latitude,
                mention.longitude);
  }
  for (const Quote& quote : document.quotes)
    std::printf("Q %s '%s' <- %s (verb '%s', mention %d)\n",
                std::string(quote_kind_name(quote.kind)).c_str(),
                std::string(document.text_of(quote.span)).c_str(), quote.speaker.c_str(),
                std::string(document.text_of(quote.verb)).c_str(), quote.speaker_mention);
  for (const Count& count : document.counts)
    std::printf("C %g '%s' object '%s' unit '%s' qualifier '%s' date %s\n", count.number,
                std::string(document.text_of(count.span)).c_str(), count.object.c_str(),
                count.unit.c_str(), count.qualifier.c_str(), count.date.to_string().c_str());
  for (const DateRef& date_ref : document.dates)
    std::printf("D '%s' %s (%s)\n", std::string(document.text_of(date_ref.span)).c_str(),
                extract::date_ref_text(date_ref).c_str(), date_ref.note.c_str());
  std::printf("tone %.2f pos %.2f neg %.2f words %u\n", document.tone.score, document.tone.positive,
              document.tone.negative, document.tone.word_count);
}

}  // namespace
}  // namespace herald
