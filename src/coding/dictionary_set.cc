#include "coding/dictionary_set.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <filesystem>

#include "text/normalize.h"

namespace herald::coding {
namespace {

namespace fs = std::filesystem;

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::vector<std::string> split_list(std::string_view text) {
  std::vector<std::string> items;
  while (!text.empty()) {
    const size_t comma = text.find(',');
    std::string_view item = trim(text.substr(0, comma));
    if (!item.empty()) items.emplace_back(item);
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  return items;
}

}  // namespace

bool CodingOptions::set(std::string_view name, std::string_view value) {
  const std::string key = lower(trim(name));
  const std::string text = lower(trim(value));
  bool* flag = nullptr;
  if (key == "require_dyad")
    flag = &require_dyad;
  else if (key == "code_reported_events")
    flag = &code_reported_events;
  else if (key == "skip_negated")
    flag = &skip_negated;
  else if (key == "skip_hypothetical")
    flag = &skip_hypothetical;
  else if (key == "resolve_pronouns")
    flag = &resolve_pronouns;
  else if (key == "passive_subject_is_target")
    flag = &passive_subject_is_target;
  else if (key == "unknown_country_is_main_country")
    flag = &unknown_country_is_main_country;
  else if (key == "code_domestic_without_roles")
    flag = &code_domestic_without_roles;
  else if (key == "require_countries")
    flag = &require_countries;
  else if (key == "negation_blocks_patterns")
    flag = &negation_blocks_patterns;
  else if (key == "future_meetings_are_intent")
    flag = &future_meetings_are_intent;
  else if (key == "negotiation_takes_precedence")
    flag = &negotiation_takes_precedence;
  else if (key == "future_cooperation_is_intent")
    flag = &future_cooperation_is_intent;
  else if (key == "visited_capital_is_country")
    flag = &visited_capital_is_country;
  else if (key == "code_relative_clauses")
    flag = &code_relative_clauses;
  else if (key == "code_time_clauses")
    flag = &code_time_clauses;
  else if (key == "skip_old_events")
    flag = &skip_old_events;
  else if (key == "unnamed_states_are_uis")
    flag = &unnamed_states_are_uis;
  else if (key == "long_reporting_tails")
    flag = &long_reporting_tails;
  else if (key == "force_sides_are_military")
    flag = &force_sides_are_military;
  if (flag != nullptr) {
    if (text == "true" || text == "1" || text == "yes")
      *flag = true;
    else if (text == "false" || text == "0" || text == "no")
      *flag = false;
    else
      return false;
    return true;
  }
  int number = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  const bool numeric = error == std::errc() && end == text.data() + text.size();
  int* target = nullptr;
  if (key == "new_actor_length")
    target = &new_actor_length;
  else if (key == "comma_min")
    target = &comma_min;
  else if (key == "comma_max")
    target = &comma_max;
  else if (key == "comma_bmin")
    target = &comma_bmin;
  else if (key == "comma_bmax")
    target = &comma_bmax;
  else if (key == "comma_emin")
    target = &comma_emin;
  else if (key == "comma_emax")
    target = &comma_emax;
  if (target == nullptr || !numeric) return false;
  *target = number;
  return true;
}

Result<std::string> find_manifest(const std::string& path) {
  std::error_code error;
  if (fs::is_directory(path, error)) {
    for (const char* name : {"PETR_config.ini", "dictionaries.ini"}) {
      const fs::path candidate = fs::path(path) / name;
      if (fs::exists(candidate, error)) return candidate.string();
    }
    return Status::not_found(
        fmt::format("{}: no PETR_config.ini or dictionaries.ini in this folder", path));
  }
  if (!fs::exists(path, error)) return Status::not_found(fmt::format("{}: no such file", path));
  return path;
}

void DictionarySet::add_discard_text(const std::string& name, std::string_view bytes) {
  for (const DictionaryLine& line : dictionary_lines(bytes)) {
    std::string_view content = trim(line.text);
    if (content.empty()) continue;
    DiscardEntry entry;
    entry.whole_story = content.front() == '+';
    if (entry.whole_story) content.remove_prefix(1);
    std::vector<std::string> words = phrase_words(content);
    if (words.empty()) {
      problems_.push_back({name, line.number, "empty discard phrase"});
      continue;
    }
    entry.phrase = std::string(trim(content));
    entry.file = name;
    entry.line = line.number;
    discard_phrases_.add(vocabulary_.intern_all(words), static_cast<uint32_t>(discards_.size()));
    discards_.push_back(std::move(entry));
  }
}

void DictionarySet::add_issue_text(const std::string& name, std::string_view bytes) {
  for (const DictionaryLine& line : dictionary_lines(bytes)) {
    std::string_view content = trim(line.text);
    if (content.empty() || content.front() == '<' || content.front() == '~') continue;
    const size_t open = content.find('[');
    const size_t close = open == std::string_view::npos ? open : content.find(']', open);
    if (open == std::string_view::npos || close == std::string_view::npos) {
      problems_.push_back({name, line.number, "issue entry without a [CODE]"});
      continue;
    }
    IssueEntry entry{std::string(trim(content.substr(open + 1, close - open - 1))), name,
                     line.number};
    std::vector<std::string> words;
    std::vector<bool> noun;
    std::string_view phrase = trim(content.substr(0, open));
    std::string current;
    auto flush = [&] {
      if (current.empty()) return;
      bool is_noun = current.starts_with("n:");
      if (is_noun) current.erase(0, 2);
      std::replace(current.begin(), current.end(), '+', '-');
      if (!current.empty()) {
        words.push_back(normalize_for_matching(current));
        noun.push_back(is_noun);
      }
      current.clear();
    };
    for (char c : phrase) {
      if (c == ' ' || c == '\t' || c == '_')
        flush();
      else
        current.push_back(c);
    }
    flush();
    if (words.empty() || entry.code.empty()) {
      problems_.push_back({name, line.number, "empty issue entry"});
      continue;
    }
    const uint32_t index = static_cast<uint32_t>(issues_.size());
    issues_.push_back(std::move(entry));
    if (noun.back()) {
      std::vector<std::string> plural = words;
      plural.back() = actors::regular_plural(plural.back());
      issue_phrases_.add(vocabulary_.intern_all(plural), index);
    }
    issue_phrases_.add(vocabulary_.intern_all(words), index);
  }
}

void DictionarySet::add_exchange_text(const std::string& name, std::string_view bytes) {
  for (const DictionaryLine& line : dictionary_lines(bytes)) {
    std::string_view content = trim(line.text);
    if (const size_t hash = content.find('#'); hash != std::string_view::npos)
      content = trim(content.substr(0, hash));
    if (content.empty()) continue;
    const size_t space = content.find_first_of(" \t");
    const std::string_view suffix = content.substr(0, space);
    const std::string_view country =
        space == std::string_view::npos ? std::string_view() : trim(content.substr(space));
    const auto upper = [](std::string_view text) {
      return !text.empty() &&
             std::all_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    };
    if ((suffix != "*" && !upper(suffix)) || country.size() != 3 || !upper(country)) {
      problems_.push_back({name, line.number,
                           "exchange line needs 'SUFFIX CCC' (capital letters, or * for no "
                           "suffix, then an ISO alpha-3 code)"});
      continue;
    }
    if (exchange(suffix == "*" ? std::string_view() : suffix) != nullptr) {
      problems_.push_back({name, line.number, "exchange suffix listed twice"});
      continue;
    }
    exchanges_.push_back({suffix == "*" ? std::string() : std::string(suffix), std::string(country),
                          std::string(trim(line.text)), name, line.number});
  }
}

const ExchangeEntry* DictionarySet::exchange(std::string_view suffix) const {
  for (const ExchangeEntry& entry : exchanges_)
    if (entry.suffix == suffix) return &entry;
  return nullptr;
}

std::shared_ptr<const DictionarySet> DictionarySet::from_texts(
    std::string_view verbs, std::string_view actors, std::string_view agents,
    std::string_view discards, std::string_view issues, std::string_view nouns) {
  auto set = std::make_shared<DictionarySet>();
  set->verbs_.add_text("verbs", verbs, set->problems_);
  if (!nouns.empty()) set->nouns_.add_text("nouns", nouns, set->problems_);
  set->actors_.add_actor_text("actors", actors, set->problems_);
  set->actors_.add_agent_text("agents", agents, set->problems_);
  set->actors_.finish();
  set->add_discard_text("discards", discards);
  set->discard_phrases_.finish();
  set->add_issue_text("issues", issues);
  set->issue_phrases_.finish();
  return set;
}

Result<std::shared_ptr<const DictionarySet>> DictionarySet::load(const DictionaryFiles& files,
                                                                 const CodingOptions& options) {
  auto set = std::make_shared<DictionarySet>();
  set->options_ = options;
  if (files.verbs.empty()) return Status::invalid_argument("no verb dictionary named");
  if (Status status = set->verbs_.load_file(files.verbs, set->problems_); !status.is_ok())
    return status;
  // Without a verb dictionary nothing can be coded; a missing actor, agent, discard, issue
  // or exchange file is reported as a problem and the rest still loads.
  auto skipped = [&](const std::string& path, const Status& status) {
    set->problems_.push_back({path, 0, status.message() + "; file skipped"});
  };
  if (!files.nouns.empty())
    if (Status status = set->nouns_.load_file(files.nouns, set->problems_); !status.is_ok())
      skipped(files.nouns, status);
  for (const std::string& path : files.actors)
    if (Status status = set->actors_.load_actor_file(path, set->problems_); !status.is_ok())
      skipped(path, status);
  if (!files.agents.empty())
    if (Status status = set->actors_.load_agent_file(files.agents, set->problems_); !status.is_ok())
      skipped(files.agents, status);
  set->actors_.finish();
  // Discards, issues and exchanges: the file read whole, then its lines parsed by `add`.
  auto load_text = [&](const std::string& path,
                       void (DictionarySet::*add)(const std::string&, std::string_view)) {
    if (path.empty()) return;
    Result<std::string> bytes = read_dictionary_file(path);
    if (bytes.is_ok())
      ((*set).*add)(path, bytes.value());
    else
      skipped(path, bytes.status());
  };
  load_text(files.discards, &DictionarySet::add_discard_text);
  set->discard_phrases_.finish();
  load_text(files.issues, &DictionarySet::add_issue_text);
  set->issue_phrases_.finish();
  load_text(files.exchanges, &DictionarySet::add_exchange_text);
  return std::shared_ptr<const DictionarySet>(std::move(set));
}

Result<std::shared_ptr<const DictionarySet>> DictionarySet::load_manifest(const std::string& path) {
  Result<std::string> manifest = find_manifest(path);
  if (!manifest.is_ok()) return manifest.status();
  Result<std::string> bytes = read_dictionary_file(manifest.value());
  if (!bytes.is_ok()) return bytes.status();
  const fs::path folder = fs::path(manifest.value()).parent_path();
  auto resolve = [&](const std::string& name) {
    if (name.empty()) return name;
    const fs::path file(name);
    return file.is_absolute() ? name : (folder / file).string();
  };
  DictionaryFiles files;
  CodingOptions options;
  std::string section;
  for (const DictionaryLine& line : dictionary_lines(bytes.value())) {
    std::string_view content = trim(line.text);
    if (content.empty()) continue;
    if (content.front() == '[') {
      section = lower(content.substr(1, content.find(']') - 1));
      continue;
    }
    const size_t equals = content.find('=');
    if (equals == std::string_view::npos) continue;
    const std::string key = lower(trim(content.substr(0, equals)));
    const std::string_view value = trim(content.substr(equals + 1));
    if (section == "dictionaries") {
      if (key == "verbfile_name")
        files.verbs = resolve(std::string(value));
      else if (key == "nounfile_name")
        files.nouns = resolve(std::string(value));
      else if (key == "actorfile_list")
        for (const std::string& item : split_list(value)) files.actors.push_back(resolve(item));
      else if (key == "agentfile_name")
        files.agents = resolve(std::string(value));
      else if (key == "discardfile_name")
        files.discards = resolve(std::string(value));
      else if (key == "issuefile_name")
        files.issues = resolve(std::string(value));
      else if (key == "exchangefile_name")
        files.exchanges = resolve(std::string(value));
    } else if (section == "options") {
      options.set(key, value);  // unknown options (input lists, output names) are not ours
    }
  }
  if (files.verbs.empty())
    return Status::data_error(
        fmt::format("{}: [Dictionaries] has no verbfile_name", manifest.value()));
  return load(files, options);
}

}  // namespace herald::coding
