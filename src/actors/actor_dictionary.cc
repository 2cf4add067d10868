#include "actors/actor_dictionary.h"

#include <fmt/format.h>

#include <map>

namespace herald::actors {
namespace {

using coding::DictionaryProblem;
using coding::phrase_words;
using coding::trim;

int32_t date_key(const CivilDate& date) { return date.year * 10000 + date.month * 100 + date.day; }

bool all_digits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text)
    if (c < '0' || c > '9') return false;
  return true;
}

// Parses the inside of a `[...]` code block: "CODE", "CODE <date", "CODE >date",
// "CODE date-date" (blanks allowed around the operators).
bool parse_code_block(std::string_view inside, std::string& code, DatedCode& range, bool& dated,
                      std::string& reason) {
  inside = trim(inside);
  size_t blank = inside.find_first_of(" \t<>");
  code = std::string(inside.substr(0, blank));
  dated = false;
  if (code.empty()) {
    reason = "empty code";
    return false;
  }
  if (blank == std::string_view::npos) return true;
  std::string rest;
  for (char c : inside.substr(blank))
    if (c != ' ' && c != '\t') rest.push_back(c);
  if (rest.empty()) return true;
  dated = true;
  range = DatedCode{code, 0, 99999999};
  if (rest[0] == '<' || rest[0] == '>') {
    const int32_t day = parse_dictionary_date(std::string_view(rest).substr(1));
    if (day < 0) {
      reason = fmt::format("bad date '{}'", rest.substr(1));
      return false;
    }
    if (rest[0] == '<')
      range.last_day = day;
    else
      range.first_day = day;
    return true;
  }
  const size_t dash = rest.find('-');
  if (dash == std::string::npos) {
    reason = fmt::format("bad date restriction '{}'", rest);
    return false;
  }
  const int32_t first = parse_dictionary_date(std::string_view(rest).substr(0, dash));
  const int32_t last = parse_dictionary_date(std::string_view(rest).substr(dash + 1));
  if (first < 0 || last < 0) {
    reason = fmt::format("bad date range '{}'", rest);
    return false;
  }
  range.first_day = first;
  range.last_day = last;
  return true;
}

}  // namespace

int32_t parse_dictionary_date(std::string_view text) {
  text = trim(text);
  if (!all_digits(text)) return -1;
  int32_t value = 0;
  for (char c : text) value = value * 10 + (c - '0');
  if (text.size() == 6) {
    const int32_t year = value / 10000;
    value = (year < 30 ? 20000000 : 19000000) + value;
  } else if (text.size() != 8) {
    return -1;
  }
  const int32_t month = value / 100 % 100;
  const int32_t day = value % 100;
  if (month < 1 || month > 12 || day < 1 || day > 31) return -1;
  return value;
}

std::string regular_plural(const std::string& word) {
  if (word.empty()) return word;
  const size_t n = word.size();
  if (n >= 2 && word[n - 1] == 'y' &&
      std::string_view("aeiou").find(word[n - 2]) == std::string_view::npos)
    return word.substr(0, n - 1) + "ies";
  if (n >= 2 && word.ends_with("ss")) return word + "es";
  return word + "s";
}

std::string Actor::code_on(const CivilDate& date) const {
  if (date.known()) {
    const int32_t key = date_key(date);
    for (const DatedCode& range : dated)
      if (key >= range.first_day && key <= range.last_day) return range.code;
  }
  if (!default_code.empty()) return default_code;
  if (!date.known() && !dated.empty()) return dated.back().code;
  return "";
}

void ActorDictionary::add_actor_text(const std::string& name, std::string_view bytes,
                                     std::vector<DictionaryProblem>& problems) {
  int32_t current = -1;  // index of the actor being defined
  std::vector<std::string> pending_synonyms;
  for (const coding::DictionaryLine& line : coding::dictionary_lines(bytes)) {
    std::string_view text = line.text;
    if (trim(text).empty()) continue;
    const bool indented = text[0] == ' ' || text[0] == '\t';
    std::string_view content = trim(text);
    if (indented && content[0] == '[') {
      if (current < 0) {
        problems.push_back({name, line.number, "date restriction without an actor"});
        continue;
      }
      const size_t close = content.find(']');
      if (close == std::string_view::npos) {
        problems.push_back({name, line.number, "missing ']'"});
        continue;
      }
      std::string code, reason;
      DatedCode range;
      bool dated = false;
      if (!parse_code_block(content.substr(1, close - 1), code, range, dated, reason)) {
        problems.push_back({name, line.number, reason});
        continue;
      }
      Actor& actor = actors_[current];
      if (dated)
        actor.dated.push_back(range);
      else
        actor.default_code = code;
      continue;
    }
    // A phrase line, primary or `+` synonym, with an optional [code].
    const bool synonym = content[0] == '+';
    if (synonym) content.remove_prefix(1);
    std::string_view phrase = content;
    std::string code;
    DatedCode range;
    bool dated = false;
    bool has_code = false;
    if (size_t open = content.find('['); open != std::string_view::npos) {
      const size_t close = content.find(']', open);
      if (close == std::string_view::npos) {
        problems.push_back({name, line.number, "missing ']'"});
        continue;
      }
      std::string reason;
      if (!parse_code_block(content.substr(open + 1, close - open - 1), code, range, dated,
                            reason)) {
        problems.push_back({name, line.number, reason});
        continue;
      }
      has_code = true;
      phrase = trim(content.substr(0, open));
    }
    std::vector<std::string> words = phrase_words(phrase);
    if (words.empty()) {
      problems.push_back({name, line.number, "entry without a phrase"});
      continue;
    }
    if (!synonym || current < 0) {
      Actor actor;
      actor.root = std::string(phrase);
      actor.file = name;
      actor.line = line.number;
      current = static_cast<int32_t>(actors_.size());
      actors_.push_back(std::move(actor));
    }
    if (has_code) {
      if (dated)
        actors_[current].dated.push_back(range);
      else
        actors_[current].default_code = code;
    }
    actor_phrases_.add(vocabulary_->intern_all(words), static_cast<uint32_t>(current));
  }
}

void ActorDictionary::add_agent_text(const std::string& name, std::string_view bytes,
                                     std::vector<DictionaryProblem>& problems) {
  std::map<std::string, std::vector<std::string>> substitutions;
  for (const coding::DictionaryLine& line : coding::dictionary_lines(bytes)) {
    std::string_view content = trim(line.text);
    if (content.empty()) continue;
    if (content[0] == '!' && content.find('=') != std::string_view::npos) {
      const size_t close = content.find('!', 1);
      const size_t equals = content.find('=');
      if (close == std::string_view::npos || equals < close) {
        problems.push_back({name, line.number, "bad substitution set (expected !NAME! = A, B)"});
        continue;
      }
      std::string marker(content.substr(0, close + 1));
      std::vector<std::string> items;
      std::string_view list = content.substr(equals + 1);
      while (!list.empty()) {
        const size_t comma = list.find(',');
        std::string_view item = trim(list.substr(0, comma));
        if (!item.empty()) items.emplace_back(item);
        if (comma == std::string_view::npos) break;
        list.remove_prefix(comma + 1);
      }
      substitutions[marker] = std::move(items);
      continue;
    }
    const size_t open = content.find('[');
    const size_t close = content.find(']', open == std::string_view::npos ? 0 : open);
    if (open == std::string_view::npos || close == std::string_view::npos) {
      problems.push_back({name, line.number, "agent entry without a [code]"});
      continue;
    }
    std::string code(trim(content.substr(open + 1, close - open - 1)));
    Agent agent;
    agent.file = name;
    agent.line = line.number;
    agent.written = std::string(content.substr(0, close + 1));
    if (code == "---") {
      // Not an agent: a phrase that keeps a shorter agent inside it from matching
      // ("general election" is no general).
      agent.code.clear();
    } else if (code.starts_with('~')) {
      agent.code = code.substr(1);
    } else if (code.ends_with('~')) {
      agent.code = code.substr(0, code.size() - 1);
      agent.prefix = true;
    } else {
      problems.push_back({name, line.number, fmt::format("agent code '{}' has no '~'", code)});
      continue;
    }
    agent.code = std::string(trim(agent.code));
    if (agent.code.empty() && code != "---") {
      problems.push_back({name, line.number, "empty agent code"});
      continue;
    }
    std::string_view head = trim(content.substr(0, open));
    bool plural_given = false;
    std::vector<std::string> plurals;
    if (size_t brace = head.find('{'); brace != std::string_view::npos) {
      const size_t brace_close = head.find('}', brace);
      if (brace_close == std::string_view::npos) {
        problems.push_back({name, line.number, "missing '}'"});
        continue;
      }
      plural_given = true;
      std::string_view inside = trim(head.substr(brace + 1, brace_close - brace - 1));
      if (!inside.empty()) plurals.emplace_back(inside);
      head = trim(head.substr(0, brace));
    }
    // Expand substitution markers (each item replaces the marker; no plurals then).
    std::vector<std::string> phrases{std::string(head)};
    bool substituted = false;
    for (const auto& [marker, items] : substitutions) {
      std::vector<std::string> expanded;
      for (const std::string& phrase : phrases) {
        const size_t at = phrase.find(marker);
        if (at == std::string::npos) {
          expanded.push_back(phrase);
          continue;
        }
        substituted = true;
        for (const std::string& item : items)
          expanded.push_back(phrase.substr(0, at) + item + phrase.substr(at + marker.size()));
      }
      phrases = std::move(expanded);
    }
    const uint32_t index = static_cast<uint32_t>(agents_.size());
    agents_.push_back(std::move(agent));
    for (const std::string& phrase : phrases) {
      std::vector<std::string> words = phrase_words(phrase);
      if (words.empty() || words.front().find('!') != std::string::npos) {
        problems.push_back({name, line.number, "agent entry without a phrase"});
        continue;
      }
      if (!substituted && !plural_given) {
        std::vector<std::string> plural = words;
        plural.back() = regular_plural(plural.back());
        agent_phrases_.add(vocabulary_->intern_all(plural), index);
      }
      agent_phrases_.add(vocabulary_->intern_all(words), index);
    }
    for (const std::string& plural : plurals) {
      std::vector<std::string> words = phrase_words(plural);
      if (!words.empty()) agent_phrases_.add(vocabulary_->intern_all(words), index);
    }
  }
}

Status ActorDictionary::load_actor_file(const std::string& path,
                                        std::vector<DictionaryProblem>& problems) {
  Result<std::string> bytes = coding::read_dictionary_file(path);
  if (!bytes.is_ok()) return bytes.status();
  add_actor_text(path, bytes.value(), problems);
  return Status::ok();
}

Status ActorDictionary::load_agent_file(const std::string& path,
                                        std::vector<DictionaryProblem>& problems) {
  Result<std::string> bytes = coding::read_dictionary_file(path);
  if (!bytes.is_ok()) return bytes.status();
  add_agent_text(path, bytes.value(), problems);
  return Status::ok();
}

void ActorDictionary::finish() {
  actor_phrases_.finish();
  agent_phrases_.finish();
}

}  // namespace herald::actors
