#include "ingest/site_chrome.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace herald {
namespace {

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
    text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
    text.remove_suffix(1);
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

// Whether `text` holds a ':' or "ookie"/"OOKIE", the marks every chrome line but a headline
// carries. One pass, 16 bytes at a time, stopping only at colons and at k's after an o (most
// articles have neither near their edges); a search per needle would stop at every 'o'.
bool has_chrome_marker(std::string_view text) {
  const auto marker_at = [&](size_t i) {
    const char c = text[i];
    if (c == ':') return true;
    if ((c != 'k' && c != 'K') || i < 2 || i + 3 > text.size()) return false;
    const std::string_view word = text.substr(i - 2, 5);  // the k is the third letter
    return c == 'k' ? word == "ookie" : word == "OOKIE";
  };
  if (!text.empty() && text[0] == ':') return true;
  // Blocks start at byte 1 so that each byte's predecessor can be loaded alongside it.
  typedef char Bytes16 __attribute__((vector_size(16)));
  size_t position = 1;
  while (position + 16 <= text.size()) {
    Bytes16 bytes, before;
    std::memcpy(&bytes, text.data() + position, 16);
    std::memcpy(&before, text.data() + position - 1, 16);
    const Bytes16 hits =
        (bytes == ':') | ((bytes == 'k') & (before == 'o')) | ((bytes == 'K') & (before == 'O'));
    uint64_t halves[2];
    std::memcpy(halves, &hits, sizeof(halves));
    if ((halves[0] | halves[1]) != 0) {
      for (size_t i = position; i < position + 16; ++i)
        if (marker_at(i)) return true;
    }
    position += 16;
  }
  for (; position < text.size(); ++position)
    if (marker_at(position)) return true;
  return false;
}

}  // namespace

bool is_cookie_notice(std::string_view line) {
  if (line.size() > 400 || !contains_no_case(line, "cookie")) return false;
  static constexpr std::array<std::string_view, 9> kPhrases = {
      "uses cookies",       "use cookies", "use of cookies",  "cookie policy",     "accept cookies",
      "accept all cookies", "cookies to",  "cookie settings", "consent to cookies"};
  for (std::string_view phrase : kPhrases)
    if (contains_no_case(line, phrase)) return true;
  return false;
}

void strip_site_chrome(Document& document) {
  const std::string_view text = document.text;
  // Fast exit: labelled lines need a colon and notices need "cookie" near an edge; only an
  // untitled document may have a headline line to take.
  if (!document.title.empty()) {
    // The first and last 2,000 bytes; when they overlap by at least a marker's length less
    // one, every marker in the text lies wholly in one of them, so the text is scanned once.
    constexpr size_t kEdge = 2000;
    const bool has_marker = text.size() <= 2 * kEdge - 4
                                ? has_chrome_marker(text)
                                : has_chrome_marker(text.substr(0, kEdge)) ||
                                      has_chrome_marker(text.substr(text.size() - kEdge));
    if (!has_marker) return;
  }
  // Chrome sits at the edges: only the first and last kEdgeLines lines are looked at, so the
  // cost does not grow with the article.
  constexpr size_t kEdgeLines = 8;
  struct Line {
    size_t begin, end;  // [begin, end) in text, without the newline
    bool keep = true;
  };
  std::array<Line, kEdgeLines> head_lines{}, tail_lines{};
  size_t head_count = 0, tail_count = 0;
  size_t start = 0;
  while (start <= text.size() && head_count < kEdgeLines) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    head_lines[head_count++] = {start, end};
    start = end + 1;
  }
  const size_t head_end = start;  // the tail must not overlap the head
  size_t end = text.size();
  while (tail_count < kEdgeLines && end > head_end) {
    size_t begin = text.rfind('\n', end - 1);
    begin = begin == std::string_view::npos || begin < head_end ? head_end : begin + 1;
    tail_lines[tail_count++] = {begin, end};
    if (begin == head_end) break;
    end = begin - 1;
  }
  std::array<Line*, 2 * kEdgeLines> lines{};
  size_t line_count = 0;
  for (size_t i = 0; i < head_count; ++i) lines[line_count++] = &head_lines[i];
  for (size_t i = tail_count; i-- > 0;) lines[line_count++] = &tail_lines[i];

  bool changed = false;
  Line* first_content = nullptr;
  size_t first_content_index = 0;
  for (size_t i = 0; i < line_count; ++i) {
    Line& entry = *lines[i];
    std::string_view line = trim(text.substr(entry.begin, entry.end - entry.begin));
    if (line.empty()) continue;
    if (line.size() <= 220 && line.find(':') != std::string_view::npos) {
      auto categories = labelled_list(line, {"categories", "category", "filed under", "section"});
      if (!categories.empty()) {
        for (auto& item : categories) document.categories.push_back(std::move(item));
        entry.keep = false;
        changed = true;
        continue;
      }
      auto tags = labelled_list(line, {"tags", "tagged", "tagged with", "topics", "keywords"});
      if (!tags.empty()) {
        for (auto& item : tags) document.tags.push_back(std::move(item));
        entry.keep = false;
        changed = true;
        continue;
      }
    }
    if ((line.find("ookie") != std::string_view::npos ||
         line.find("OOKIE") != std::string_view::npos) &&
        is_cookie_notice(line)) {
      entry.keep = false;
      changed = true;
      continue;
    }
    if (!first_content && i < head_count) {
      first_content = &entry;
      first_content_index = i;
    }
  }
  // A headline: the first content line, set apart by a blank line, title-cased.
  if (document.title.empty() && first_content && first_content_index + 1 < line_count) {
    const Line& next = *lines[first_content_index + 1];
    std::string_view line =
        trim(text.substr(first_content->begin, first_content->end - first_content->begin));
    const bool set_apart = trim(text.substr(next.begin, next.end - next.begin)).empty();
    if (set_apart && is_headline(line)) {
      document.title = std::string(line);
      first_content->keep = false;
      changed = true;
      // A byline right after the headline.
      for (size_t i = first_content_index + 1; i < line_count && i < first_content_index + 4; ++i) {
        std::string_view candidate =
            trim(text.substr(lines[i]->begin, lines[i]->end - lines[i]->begin));
        if (candidate.empty()) continue;
        if (is_byline(candidate, document.authors)) lines[i]->keep = false;
        break;
      }
    }
  }
  if (!changed) return;
  // Rebuild: removed lines go, and so do blank lines left next to them.
  std::string cleaned;
  cleaned.reserve(text.size());
  size_t copied = 0;
  for (size_t i = 0; i < line_count; ++i) {
    const Line* line = lines[i];
    if (line->keep) continue;
    size_t cut_begin = line->begin;
    size_t cut_end = std::min(line->end + 1, text.size());
    while (cut_end < text.size() && (text[cut_end] == '\n' || text[cut_end] == ' ' ||
                                     text[cut_end] == '\r' || text[cut_end] == '\t'))
      ++cut_end;
    if (cut_begin < copied) cut_begin = copied;
    if (cut_begin > copied) cleaned.append(text.substr(copied, cut_begin - copied));
    copied = std::max(copied, cut_end);
  }
  if (copied < text.size()) cleaned.append(text.substr(copied));
  while (!cleaned.empty() && std::isspace(static_cast<unsigned char>(cleaned.back())))
    cleaned.pop_back();
  document.text = std::move(cleaned);
}

}  // namespace herald
