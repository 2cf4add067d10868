#include "syntax/lexicon.h"

#include <fmt/format.h>

#include <cmath>
#include <fstream>
#include <map>
#include <mutex>
#include <utility>

namespace herald::syntax {
namespace {

constexpr const char* kLinguaPackage = "liblingua-en-tagger-perl";
constexpr const char* kWordNetPackage = "wordnet-base";

std::optional<Tag> lingua_tag(std::string_view name) {
  static const std::map<std::string_view, Tag> kMap = {
      {"cc", kCC},      {"cd", kCD},         {"det", kDT},         {"ex", kEX},     {"fw", kFW},
      {"in", kIN},      {"jj", kJJ},         {"jjr", kJJR},        {"jjs", kJJS},   {"lrb", kLRB},
      {"ls", kLS},      {"md", kMD},         {"nn", kNN},          {"nnp", kNNP},   {"nnps", kNNPS},
      {"nns", kNNS},    {"pdt", kPDT},       {"pos", kPOS},        {"pp", kPeriod}, {"ppc", kComma},
      {"ppd", kDollar}, {"ppl", kOpenQuote}, {"ppr", kCloseQuote}, {"pps", kColon}, {"prp", kPRP},
      {"prps", kPRPS},  {"rb", kRB},         {"rbr", kRBR},        {"rbs", kRBS},   {"rp", kRP},
      {"rrb", kRRB},    {"sym", kSYM},       {"to", kTO},          {"uh", kUH},     {"vb", kVB},
      {"vbd", kVBD},    {"vbg", kVBG},       {"vbn", kVBN},        {"vbp", kVBP},   {"vbz", kVBZ},
      {"wdt", kWDT},    {"wp", kWP},         {"wps", kWPS},        {"wrb", kWRB}};
  auto found = kMap.find(name);
  if (found == kMap.end()) return std::nullopt;
  return found->second;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\r' || text.back() == '\t'))
    text.remove_suffix(1);
  return text;
}

// One line of Lingua's YAML: `key: { tag: number, tag: number }`. Returns false for lines
// that are not entries (the document marker).
bool parse_yaml_entry(std::string_view line, std::string_view& key,
                      std::vector<std::pair<std::string_view, double>>& values) {
  size_t brace = line.rfind(": {");
  if (brace == std::string_view::npos || line.back() != '}') return false;
  key = trim(line.substr(0, brace));
  if (key.size() >= 2 && key.front() == '"' && key.back() == '"')
    key = key.substr(1, key.size() - 2);
  std::string_view body = line.substr(brace + 3, line.size() - brace - 4);
  values.clear();
  while (!body.empty()) {
    size_t comma = body.find(',');
    std::string_view item = trim(body.substr(0, comma));
    size_t colon = item.find(':');
    if (colon != std::string_view::npos) {
      std::string number(trim(item.substr(colon + 1)));
      values.emplace_back(trim(item.substr(0, colon)), std::strtod(number.c_str(), nullptr));
    }
    if (comma == std::string_view::npos) break;
    body.remove_prefix(comma + 1);
  }
  return true;
}

Status open_file(const std::string& path, const char* package, std::ifstream& in) {
  in.open(path);
  if (!in)
    return Status::not_found(fmt::format(
        "{}: cannot read this lexicon file; install the Debian package {} (scripts/setup)", path,
        package));
  return Status::ok();
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

constexpr float kFloor = -14.0f;

}  // namespace

namespace {

// American spellings of a British form the Penn-Treebank-derived lexicon does not hold:
// "armour" -> "armor", "defence" -> "defense", "criticised" -> "criticized", "centre" ->
// "center", "travelled" -> "traveled". Empty when no rule applies.
std::vector<std::string> american_spellings(std::string_view form) {
  std::vector<std::string> out;
  const std::string word(form);
  auto replace_at = [&](size_t at, size_t length, std::string_view with) {
    std::string variant = word;
    variant.replace(at, length, with);
    out.push_back(std::move(variant));
  };
  for (std::string_view ending : {"our", "ours", "oured", "ouring", "ourite", "ourites"})
    if (word.size() > ending.size() + 2 && word.ends_with(ending))
      replace_at(word.size() - ending.size(), 3, "or");
  for (std::string_view ending : {"ence", "ences"})
    if (word.size() > ending.size() + 2 && word.ends_with(ending) &&
        (word.ends_with("fence") || word.ends_with("fences") || word.ends_with("cence") ||
         word.ends_with("cences")))
      replace_at(word.size() - ending.size() + 2, 1, "s");
  for (std::string_view ending : {"ise", "ised", "ises", "ising", "isation", "isations"})
    if (word.size() > ending.size() + 2 && word.ends_with(ending))
      replace_at(word.size() - ending.size() + 1, 1, "z");
  for (std::string_view ending : {"tre", "tres"})
    if (word.size() > ending.size() + 2 && word.ends_with(ending))
      replace_at(word.size() - ending.size() + 1, 2, "er");
  for (std::string_view ending : {"lled", "lling"})
    if (word.size() > ending.size() + 3 && word.ends_with(ending))
      replace_at(word.size() - ending.size(), 1, "");
  return out;
}

}  // namespace

const std::vector<TagScore>* Lexicon::word(std::string_view form) const {
  auto found = words_.find(form);
  if (found != words_.end()) return &found->second;
  // British spellings ("armour", "criticised") as their American forms.
  for (const std::string& variant : american_spellings(form)) {
    found = words_.find(variant);
    if (found != words_.end()) return &found->second;
  }
  return nullptr;
}

const std::vector<TagScore>& Lexicon::suffix_guess(std::string_view form) const {
  const bool capitalized = !form.empty() && form.front() >= 'A' && form.front() <= 'Z';
  std::string key(capitalized ? "C" : "l");
  const std::string lowered = ascii_lower(form);
  for (size_t length = std::min<size_t>(5, lowered.size()); length >= 1; --length) {
    key.resize(1);
    key.append(lowered, lowered.size() - length, length);
    auto found = suffixes_.find(key);
    if (found != suffixes_.end()) return found->second;
  }
  return default_guess_;
}

const std::string* Lexicon::irregular(char part_of_speech, std::string_view form) const {
  int index = part_of_speech == 'n' ? 0 : part_of_speech == 'v' ? 1 : 2;
  auto found = irregular_[index].find(form);
  return found == irregular_[index].end() ? nullptr : &found->second;
}

bool Lexicon::is_base_form(char part_of_speech, std::string_view form) const {
  int index = part_of_speech == 'n' ? 0 : part_of_speech == 'v' ? 1 : 2;
  return base_forms_[index].find(form) != base_forms_[index].end();
}

Result<std::shared_ptr<const Lexicon>> load_lexicon_uncached(const LexiconPaths& paths) {
  auto lexicon = std::make_shared<Lexicon>();
  std::string line;
  std::string_view key;
  std::vector<std::pair<std::string_view, double>> values;

  // Word/tag counts.
  const std::string words_path = paths.lingua_dir + "/words.yml";
  std::ifstream words_in;
  if (Status status = open_file(words_path, kLinguaPackage, words_in); !status) return status;
  struct Counted {
    std::string word;
    std::array<double, kTagCount> counts{};
    double total = 0;
  };
  std::vector<Counted> counted;
  std::array<double, kTagCount> tag_totals{};
  double all = 0;
  while (std::getline(words_in, line)) {
    if (!parse_yaml_entry(line, key, values)) continue;
    Counted entry;
    entry.word = std::string(key);
    for (auto& [name, count] : values)
      if (auto tag = lingua_tag(name)) {
        entry.counts[*tag] += count;
        entry.total += count;
        tag_totals[*tag] += count;
        all += count;
      }
    if (entry.total > 0) counted.push_back(std::move(entry));
  }
  if (counted.empty())
    return Status::data_error(fmt::format("{}: no word entries found (is the {} package intact?)",
                                          words_path, kLinguaPackage));
  std::array<float, kTagCount> log_prior{};
  for (int t = 0; t < kTagCount; ++t)
    log_prior[t] = tag_totals[t] > 0 ? static_cast<float>(std::log(tag_totals[t] / all)) : -12.0f;

  auto to_scores = [&](const std::array<double, kTagCount>& counts, double total,
                       double min_share) {
    std::vector<TagScore> scores;
    for (int t = 0; t < kTagCount; ++t) {
      double share = counts[t] / total;
      if (counts[t] > 0 && share >= min_share)
        scores.push_back({static_cast<Tag>(t), static_cast<float>(std::log(share)) - log_prior[t]});
    }
    return scores;
  };
  std::unordered_map<std::string, std::pair<std::array<double, kTagCount>, double>> suffix_counts;
  for (const Counted& entry : counted) {
    lexicon->words_.emplace(entry.word, to_scores(entry.counts, entry.total, 0.0));
    if (entry.total > 3) continue;  // rare words speak for unknown ones
    const bool capitalized = entry.word.front() >= 'A' && entry.word.front() <= 'Z';
    const std::string lowered = ascii_lower(entry.word);
    for (size_t length = 1; length <= 5 && length <= lowered.size(); ++length) {
      std::string suffix_key(1, capitalized ? 'C' : 'l');
      suffix_key.append(lowered, lowered.size() - length, length);
      auto& [counts, total] = suffix_counts[suffix_key];
      for (int t = 0; t < kTagCount; ++t) counts[t] += entry.counts[t];
      total += entry.total;
    }
  }
  for (auto& [suffix_key, counts_and_total] : suffix_counts) {
    if (counts_and_total.second < 4) continue;
    lexicon->suffixes_.emplace(suffix_key,
                               to_scores(counts_and_total.first, counts_and_total.second, 0.02));
  }
  lexicon->default_guess_ = {{kNN, 0.0f}, {kNNP, 0.0f}, {kJJ, -1.0f}, {kNNS, -1.5f}};

  // Tag bigrams.
  const std::string tags_path = paths.lingua_dir + "/tags.yml";
  std::ifstream tags_in;
  if (Status status = open_file(tags_path, kLinguaPackage, tags_in); !status) return status;
  for (auto& row : lexicon->transitions_) row.fill(kFloor);
  size_t rows = 0;
  while (std::getline(tags_in, line)) {
    if (!parse_yaml_entry(line, key, values)) continue;
    auto from = lingua_tag(key);
    if (!from) continue;
    ++rows;
    for (auto& [name, probability] : values)
      if (auto to = lingua_tag(name); to && probability > 0)
        lexicon->transitions_[*from][*to] =
            std::max(kFloor, static_cast<float>(std::log(probability)));
  }
  if (rows == 0)
    return Status::data_error(fmt::format("{}: no tag bigrams found (is the {} package intact?)",
                                          tags_path, kLinguaPackage));
  // '#' behaves like '$' (a symbol before a number).
  lexicon->transitions_[kHash] = lexicon->transitions_[kDollar];
  for (int t = 0; t < kTagCount; ++t)
    lexicon->transitions_[t][kHash] = lexicon->transitions_[t][kDollar];

  // WordNet: irregular forms and base forms.
  const std::array<const char*, 3> parts = {"noun", "verb", "adj"};
  for (size_t index = 0; index < parts.size(); ++index) {
    const std::string exceptions_path = fmt::format("{}/{}.exc", paths.wordnet_dir, parts[index]);
    std::ifstream exceptions_in;
    if (Status status = open_file(exceptions_path, kWordNetPackage, exceptions_in); !status)
      return status;
    while (std::getline(exceptions_in, line)) {
      size_t space = line.find(' ');
      if (space == std::string::npos) continue;
      size_t end = line.find(' ', space + 1);
      lexicon->irregular_[index].emplace(
          line.substr(0, space),
          line.substr(space + 1, end == std::string::npos ? end : end - space - 1));
    }
    const std::string index_path = fmt::format("{}/index.{}", paths.wordnet_dir, parts[index]);
    std::ifstream index_in;
    if (Status status = open_file(index_path, kWordNetPackage, index_in); !status) return status;
    while (std::getline(index_in, line)) {
      if (line.empty() || line[0] == ' ') continue;  // the licence header
      size_t space = line.find(' ');
      std::string_view form(line.data(), space == std::string::npos ? line.size() : space);
      if (form.find('_') != std::string_view::npos) continue;  // multi-word entries
      lexicon->base_forms_[index].emplace(form);
    }
    if (lexicon->base_forms_[index].empty())
      return Status::data_error(fmt::format("{}: no entries found (is the {} package intact?)",
                                            index_path, kWordNetPackage));
  }
  // A rare word seen only as a noun may still be a verb ("slap": once, as a noun, in the
  // treebank): where WordNet knows its spelling as a verb's base form, it also gets the base
  // verb tag, as if seen once more as one, so that context ("due to slap tariffs") can
  // choose them.
  for (const Counted& entry : counted) {
    if (entry.total > 3 || entry.counts[kVB] > 0 || entry.counts[kVBP] > 0) continue;
    if (entry.counts[kNN] <= 0 || entry.word.front() < 'a' || entry.word.front() > 'z') continue;
    if (!lexicon->is_base_form('v', entry.word)) continue;
    std::array<double, kTagCount> counts = entry.counts;
    counts[kVB] += 1;
    lexicon->words_[entry.word] = to_scores(counts, entry.total + 1, 0.0);
  }
  // And the other way round: a rare word seen only as a base-form verb ("torture": twice, as
  // a verb) may still be a noun ("evidence of torture") where WordNet knows it as one.
  for (const Counted& entry : counted) {
    if (entry.total > 3 || entry.counts[kNN] > 0 || entry.counts[kNNS] > 0) continue;
    if (entry.counts[kVB] <= 0 && entry.counts[kVBP] <= 0) continue;
    if (entry.word.front() < 'a' || entry.word.front() > 'z') continue;
    if (!lexicon->is_base_form('n', entry.word)) continue;
    std::array<double, kTagCount> counts = entry.counts;
    counts[kNN] += 1;
    lexicon->words_[entry.word] = to_scores(counts, entry.total + 1, 0.0);
  }
  return std::shared_ptr<const Lexicon>(std::move(lexicon));
}

Result<std::shared_ptr<const Lexicon>> load_lexicon(const LexiconPaths& paths) {
  static std::mutex mutex;
  static std::map<std::pair<std::string, std::string>, std::shared_ptr<const Lexicon>> cache;
  std::lock_guard<std::mutex> lock(mutex);
  auto cache_key = std::make_pair(paths.lingua_dir, paths.wordnet_dir);
  if (auto found = cache.find(cache_key); found != cache.end()) return found->second;
  Result<std::shared_ptr<const Lexicon>> loaded = load_lexicon_uncached(paths);
  if (loaded.is_ok()) cache.emplace(cache_key, *loaded);
  return loaded;
}

}  // namespace herald::syntax
