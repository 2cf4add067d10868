#include "ingest/site_chrome.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <vector>

namespace herald {
namespace {

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return text;
}

bool starts_with_no_case(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
  return true;
}

bool contains_no_case(std::string_view text, std::string_view needle) {
  auto it = std::search(text.begin(), text.end(), needle.begin(), needle.end(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == b;
  });
  return it != text.end();
}

// "Categories: US News, World" -> {"US News", "World"}; empty when `line` is not such a line.
std::vector<std::string> labelled_list(std::string_view line,
                                       std::initializer_list<std::string_view> labels) {
  std::vector<std::string> items;
  for (std::string_view label : labels) {
    if (!starts_with_no_case(line, label)) continue;
    std::string_view rest = trim(line.substr(label.size()));
    if (rest.empty() || rest.front() != ':') continue;
    rest = trim(rest.substr(1));
    if (rest.empty() || rest.size() > 200) return items;
    size_t start = 0;
    while (start <= rest.size()) {
      size_t end = rest.find_first_of(",|;", start);
      if (end == std::string_view::npos) end = rest.size();
      std::string_view item = trim(rest.substr(start, end - start));
      if (!item.empty()) items.emplace_back(item);
      start = end + 1;
    }
    return items;
  }
  return items;
}

bool is_headline(std::string_view line) {
  if (line.size() < 12 || line.size() > 200) return false;
  const char last = line.back();
  if (last == '.' || last == ',' || last == ';' || last == ':') return false;
  size_t words = 0, capitalised = 0, small_words = 0;
  size_t position = 0;
  while (position < line.size()) {
    while (position < line.size() && line[position] == ' ') ++position;
    const size_t start = position;
    while (position < line.size() && line[position] != ' ') ++position;
    if (position == start) break;
    std::string_view word = line.substr(start, position - start);
    ++words;
    const unsigned char first = static_cast<unsigned char>(word.front());
    if (std::isupper(first) || std::isdigit(first) || first >= 0xC0) {
      ++capitalised;
    } else if (word.size() <= 4) {
      ++small_words;  // "of", "the", "to", "with" stay lower case in title case
    }
  }
  if (words < 3 || words > 30) return false;
  return capitalised * 10 >= (words - small_words) * 9 && capitalised * 2 >= words;
}

bool is_byline(std::string_view line, std::vector<std::string>& authors) {
  if (line.size() < 5 || line.size() > 80 || !starts_with_no_case(line, "by ")) return false;
  std::string_view names = trim(line.substr(3));
  size_t words = 0;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i == 0 || names[i - 1] == ' ') {
      ++words;
      const unsigned char c = static_cast<unsigned char>(names[i]);
      if (!std::isupper(c) && c < 0xC0 && names.substr(i, 4) != "and ") return false;
    }
  }
  if (words < 2 || words > 8 || names.find_first_of(".!?") == names.size() - 1) return false;
  size_t start = 0;
  while (start < names.size()) {
    size_t end = names.find(" and ", start);
    const size_t comma = names.find(", ", start);
    if (comma < end) end = comma;
    if (end == std::string_view::npos) end = names.size();
    std::string_view name = trim(names.substr(start, end - start));
    if (!name.empty()) authors.emplace_back(name);
    start = end == names.size() ? end : names.find(' ', end + 1) + 1;
    if (start == 0) break;
  }
  return true;
}

}  // namespace

bool is_cookie_notice(std::string_view line) {
  if (line.size() > 400 || !contains_no_case(line, "cookie")) return false;
  static constexpr std::array<std::string_view, 9> kPhrases = {
      "uses cookies", "use cookies", "use of cookies", "cookie policy", "accept cookies",
      "accept all cookies", "cookies to", "cookie settings", "consent to cookies"};
  for (std::string_view phrase : kPhrases)
    if (contains_no_case(line, phrase)) return true;
  return false;
}

void strip_site_chrome(Document& document) {
  std::string_view text = document.text;
  // Cheap gate: every kind of chrome line needs a colon, "cookie", a "By " or a title.
  const bool may_have_cookie = contains_no_case(text.substr(0, 2000), "cookie") ||
                               (text.size() > 2000 &&
                                contains_no_case(text.substr(text.size() - 2000), "cookie"));
  struct Line {
    std::string_view text;
    bool keep = true;
  };
  std::vector<Line> lines;
  size_t start = 0;
  bool changed = false;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back({text.substr(start, end - start)});
    start = end + 1;
  }
  size_t first_content = lines.size();
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = trim(lines[i].text);
    if (line.empty()) continue;
    const bool near_edge = i < 8 || i + 8 >= lines.size();
    if (near_edge && line.find(':') != std::string_view::npos && line.size() <= 220) {
      auto categories = labelled_list(line, {"categories", "category", "filed under", "section"});
      if (!categories.empty()) {
        for (auto& item : categories) document.categories.push_back(std::move(item));
        lines[i].keep = false;
        changed = true;
        continue;
      }
      auto tags = labelled_list(line, {"tags", "tagged", "tagged with", "topics", "keywords"});
      if (!tags.empty()) {
        for (auto& item : tags) document.tags.push_back(std::move(item));
        lines[i].keep = false;
        changed = true;
        continue;
      }
    }
    if (may_have_cookie && near_edge && is_cookie_notice(line)) {
      lines[i].keep = false;
      changed = true;
      continue;
    }
    if (first_content == lines.size()) first_content = i;
  }
  // A headline: the first content line, set apart by a blank line (or alone), title-cased.
  if (document.title.empty() && first_content < lines.size()) {
    std::string_view line = trim(lines[first_content].text);
    const bool set_apart =
        first_content + 1 < lines.size() && trim(lines[first_content + 1].text).empty();
    if (set_apart && is_headline(line)) {
      document.title = std::string(line);
      lines[first_content].keep = false;
      changed = true;
      // A byline right after the headline.
      for (size_t i = first_content + 1; i < lines.size() && i < first_content + 4; ++i) {
        std::string_view next = trim(lines[i].text);
        if (next.empty()) continue;
        if (is_byline(next, document.authors)) lines[i].keep = false;
        break;
      }
    }
  }
  if (!changed) return;
  std::string cleaned;
  cleaned.reserve(text.size());
  bool previous_blank = true;
  for (const Line& line : lines) {
    if (!line.keep) continue;
    const bool blank = trim(line.text).empty();
    if (blank && previous_blank) continue;  // no runs of blank lines where chrome was
    cleaned.append(line.text);
    cleaned += '\n';
    previous_blank = blank;
  }
  while (!cleaned.empty() && (cleaned.back() == '\n' || cleaned.back() == ' ')) cleaned.pop_back();
  if (!text.empty() && text.back() == '\n') cleaned += '\n';
  document.text = std::move(cleaned);
}

}  // namespace herald
