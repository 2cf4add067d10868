#include "text/sentence_splitter.h"

#include <algorithm>
#include <array>

#include "text/char_class.h"
#include "text/utf8.h"

namespace herald::text {
namespace {

struct Line {
  size_t content_begin = 0;  // after indentation
  size_t content_end = 0;    // before trailing spaces and the newline
  size_t length = 0;         // code points of content
  size_t first_word_length = 0;
  bool blank = true;
  bool indented = false;
  char32_t first = 0;
  char32_t last = 0;
};

size_t code_points(std::string_view text, size_t begin, size_t end) {
  size_t count = 0;
  for (size_t i = begin; i < end; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
  return count;
}

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  size_t begin = 0;
  while (begin <= text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    Line line;
    size_t position = begin;
    size_t indent = 0;
    bool tab = false;
    // Skip the indentation (spaces, tabs, NBSP, other Unicode spaces).
    while (position < end) {
      size_t probe = position;
      char32_t c = decode_utf8(text, probe);
      if (!is_space(c)) break;
      if (c == '\t') tab = true;
      ++indent;
      position = probe;
    }
    line.content_begin = position;
    size_t content_end = end;
    while (content_end > position) {
      unsigned char byte = static_cast<unsigned char>(text[content_end - 1]);
      if (byte == ' ' || byte == '\r' || byte == '\t') {
        --content_end;
      } else if (content_end - position >= 2 && byte == 0xA0 &&
                 static_cast<unsigned char>(text[content_end - 2]) == 0xC2) {
        content_end -= 2;
      } else {
        break;
      }
    }
    line.content_end = content_end;
    if (content_end > position) {
      line.blank = false;
      line.indented = indent >= 2 || tab;
      line.length = code_points(text, position, content_end);
      size_t probe = position;
      line.first = decode_utf8(text, probe);
      size_t word_end = position;
      while (word_end < content_end) {
        size_t next = word_end;
        if (is_space(decode_utf8(text, next))) break;
        word_end = next;
      }
      line.first_word_length = code_points(text, position, word_end);
      size_t last_start = content_end - 1;
      while (last_start > position && (static_cast<unsigned char>(text[last_start]) & 0xC0) == 0x80)
        --last_start;
      line.last = decode_utf8(text, last_start);
    }
    lines.push_back(line);
    if (end == text.size()) break;
    begin = end + 1;
  }
  return lines;
}

bool is_terminal(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == 0x201D || c == 0x2026 ||
         c == ')';
}

std::string_view token_text(std::string_view text, const Span& span) { return span.of(text); }

char32_t first_code_point(std::string_view text, const Span& span) {
  if (span.empty()) return 0;
  size_t position = span.begin;
  return decode_utf8(text, position);
}

bool is_final_punctuation(std::string_view word) {
  if (word.empty()) return false;
  if (word == "\xE2\x80\xA6") return true;  // …
  return std::all_of(word.begin(), word.end(),
                     [](char c) { return c == '.' || c == '!' || c == '?'; });
}

// Straight quotes are closing when they follow a non-space.
bool is_closer(std::string_view text, const Span& span) {
  std::string_view word = token_text(text, span);
  if (word == ")" || word == "]" || word == "}" || word == "''") return true;
  char32_t c = first_code_point(text, span);
  if (is_closing_quote(c)) return true;
  if (word == "\"" || word == "'") {
    if (span.begin == 0) return false;
    unsigned char before = static_cast<unsigned char>(text[span.begin - 1]);
    return !(before == ' ' || before == '\n' || before == '\t' || before == '(' || before == '[');
  }
  return false;
}

bool is_opener(std::string_view text, const Span& span) {
  std::string_view word = token_text(text, span);
  if (word == "(" || word == "[" || word == "``") return true;
  char32_t c = first_code_point(text, span);
  if (is_opening_quote(c)) return true;
  return (word == "\"" || word == "'") && !is_closer(text, span);
}

// Words that open a sentence after an abbreviation's period. Not "And": wire copy writes
// "the U.S. And Japan" inside a sentence.
constexpr std::array<std::string_view, 47> kSentenceOpeners = {
    "The",   "A",     "An",        "He",        "She",       "It",    "They",  "We",
    "I",     "But",   "In",        "On",        "At",        "This",  "That",  "These",
    "Those", "There", "His",       "Her",       "Its",       "Their", "Our",   "Mr.",
    "Mrs.",  "Ms.",   "However",   "Meanwhile", "After",     "When",  "While", "If",
    "As",    "For",   "Last",      "Earlier",   "Officials", "Some",  "Many",  "Both",
    "Under", "Since", "According", "Yet",       "So",        "Such",  "Today"};

// "U.S", "U.K", "U.N" (the period already taken off).
bool is_country_initials(std::string_view stem) {
  return stem == "U.S" || stem == "U.K" || stem == "U.N" || stem == "U.S.A";
}

bool is_strong_sentence_opener(std::string_view word) {
  static constexpr std::array<std::string_view, 22> kOpeners = {
      "The",   "A",     "An",  "He",  "She", "It",    "They",  "We",      "I",   "But",  "This",
      "These", "Those", "His", "Her", "Its", "Their", "There", "However", "Mr.", "Mrs.", "Ms."};
  return std::find(kOpeners.begin(), kOpeners.end(), word) != kOpeners.end();
}

bool is_sentence_opener(std::string_view word) {
  return std::find(kSentenceOpeners.begin(), kSentenceOpeners.end(), word) !=
         kSentenceOpeners.end();
}

// Whether a sentence ends after token `index` (REQUIRES: index + 1 < end).
bool ends_after(std::string_view text, const std::vector<Span>& tokens, size_t begin,
                size_t index) {
  const Span& next = tokens[index + 1];
  if (is_closer(text, next)) return false;  // the closing quote belongs to this sentence
  // Walk back over closing quotes and brackets to the mark that ends the sentence.
  size_t mark = index;
  while (mark > begin && is_closer(text, tokens[mark])) --mark;
  std::string_view word = token_text(text, tokens[mark]);
  char32_t next_first = first_code_point(text, next);
  if (is_final_punctuation(word)) {
    std::string_view following = token_text(text, next);
    if (following == "," || following == ";" || following == ":" || following == "%" ||
        following == ")" || is_final_punctuation(following))
      return false;
    return !is_lower(next_first);
  }
  if (mark != index) return false;
  // An abbreviation carrying its period: "U.S.", "Inc.", "Gen.", "M."
  if (word.size() >= 2 && word.back() == '.') {
    std::string_view stem = word.substr(0, word.size() - 1);
    if (is_title_abbreviation(stem)) return false;
    size_t probe = 0;
    char32_t first = decode_utf8(stem, probe);
    if (probe == stem.size() && is_letter(first)) return false;  // an initial
    if (is_opener(text, next)) return true;
    // Wire copy capitalizes the word after "U.S." or "U.K." inside a sentence ("Senior U.S.
    // Officials have accused Tokyo", "exports to the U.S. Last year", "the U.S. In May"):
    // after a country's initials only a pronoun, an article or "But" opens a new sentence.
    if (is_country_initials(stem)) return is_strong_sentence_opener(token_text(text, next));
    return is_sentence_opener(token_text(text, next));
  }
  return false;
}

bool is_month(std::string_view word) {
  static constexpr std::array<std::string_view, 24> kMonths = {
      "Jan",   "Feb",  "Mar",  "Apr",    "May",       "Jun",     "Jul",      "Aug",
      "Sep",   "Sept", "Oct",  "Nov",    "Dec",       "January", "February", "March",
      "April", "June", "July", "August", "September", "October", "November", "December"};
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  return std::find(kMonths.begin(), kMonths.end(), word) != kMonths.end();
}

// A dateline at the start of a block: "BUENOS AIRES, Jan 23 –", "Mexico City –",
// "SALVADOR, Feb 26 -", "LONDON (Reuters) -". Returns the token index after the dash, or
// `begin` if there is none.
size_t dateline_end(std::string_view text, const std::vector<Span>& tokens, size_t begin,
                    size_t end) {
  constexpr size_t kMaxTokens = 12;
  constexpr size_t kMaxBytes = 64;
  if (end - begin < 3) return begin;
  if (!is_upper(first_code_point(text, tokens[begin]))) return begin;
  bool has_comma = false, has_capitals_word = false;
  size_t words = 0;
  for (size_t i = begin; i < end && i < begin + kMaxTokens; ++i) {
    const Span& span = tokens[i];
    if (span.end - tokens[begin].begin > kMaxBytes) return begin;
    std::string_view word = token_text(text, span);
    char32_t first = first_code_point(text, span);
    if (i > begin && is_dash(first) && (word.size() <= 3 || word == "--")) {
      bool spaced = span.begin > 0 && text[span.begin - 1] == ' ' && span.end < text.size() &&
                    (text[span.end] == ' ' || static_cast<unsigned char>(text[span.end]) == 0xC2);
      if (!spaced || i + 1 >= end) return begin;
      if (has_comma || has_capitals_word || words <= 3) return i + 1;
      return begin;
    }
    if (word == ",") {
      has_comma = true;
    } else if (word == "(" || word == ")" || word == ".") {
    } else if (is_digit(first) || is_month(word)) {
      ++words;
    } else if (is_upper(first)) {
      ++words;
      bool capitals = word.size() >= 2 && std::none_of(word.begin(), word.end(),
                                                       [](char c) { return c >= 'a' && c <= 'z'; });
      has_capitals_word = has_capitals_word || capitals;
    } else if (word == "de" || word == "da" || word == "do" || word == "del" || word == "la") {
      ++words;  // "Rio de Janeiro"
    } else {
      return begin;
    }
  }
  return begin;
}

void add_sentence(Segmentation& out, std::string_view text, size_t begin, size_t end,
                  const SegmentLimits& limits) {
  if (begin >= end) return;
  const size_t cap = std::max<uint32_t>(limits.max_sentence_tokens, 8);
  if (end - begin <= cap) {
    out.sentences.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
    return;
  }
  LongSentence report;
  report.span = {out.tokens[begin].begin, out.tokens[end - 1].end};
  report.tokens = static_cast<uint32_t>(end - begin);
  while (begin < end) {
    size_t cut = end;
    if (end - begin > cap) {
      cut = begin + cap;
      // Prefer to cut after a comma, semicolon or colon in the second half of the window.
      for (size_t i = begin + cap; i > begin + cap / 2; --i) {
        std::string_view word = token_text(text, out.tokens[i - 1]);
        if (word == "," || word == ";" || word == ":") {
          cut = i;
          break;
        }
      }
    }
    out.sentences.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(cut)});
    ++report.pieces;
    begin = cut;
  }
  out.long_sentences.push_back(report);
}

}  // namespace

std::vector<Span> text_blocks(std::string_view text) {
  std::vector<Line> lines = split_lines(text);
  // Hard-wrapped text: most lines between 40 and 100 columns.
  size_t nonblank = 0, wrapped_like = 0, width = 0, indented = 0;
  for (const Line& line : lines) {
    if (line.blank) continue;
    ++nonblank;
    if (line.indented) ++indented;
    if (line.length >= 40 && line.length <= 100) {
      ++wrapped_like;
      width = std::max(width, line.length);
    }
  }
  const bool wrapped = nonblank >= 3 && wrapped_like * 10 >= nonblank * 6;
  // Wire text whose paragraphs open with an indent: a line without one always goes on with
  // the paragraph, however short the line before it ("... Secretary Joe / Clark, winding").
  const bool indented_paragraphs = wrapped && indented >= 2;

  std::vector<Span> blocks;
  const Line* previous = nullptr;
  bool blank_between = false;
  size_t block_begin = 0;
  for (const Line& line : lines) {
    if (line.blank) {
      blank_between = true;
      continue;
    }
    bool hard = true;
    if (previous != nullptr && !blank_between && !line.indented) {
      if (is_lower(line.first) || indented_paragraphs) {
        hard = false;  // a sentence continues on the next line
      } else if (wrapped) {
        // A soft wrap: the next word would not have fitted on the previous line.
        hard = previous->length + 1 + line.first_word_length + 3 <= width;
      } else {
        hard = !(previous->length >= 40 && previous->length <= 100 && !is_terminal(previous->last));
      }
    }
    if (previous == nullptr) {
      block_begin = line.content_begin;
    } else if (hard) {
      blocks.push_back(
          {static_cast<uint32_t>(block_begin), static_cast<uint32_t>(previous->content_end)});
      block_begin = line.content_begin;
    }
    previous = &line;
    blank_between = false;
  }
  if (previous != nullptr)
    blocks.push_back(
        {static_cast<uint32_t>(block_begin), static_cast<uint32_t>(previous->content_end)});
  return blocks;
}

void segment(std::string_view text, Span range, Segmentation& out, const SegmentLimits& limits) {
  range.end = std::min<uint32_t>(range.end, static_cast<uint32_t>(text.size()));
  if (range.begin >= range.end) return;
  std::string_view slice = text.substr(range.begin, range.end - range.begin);
  for (Span block : text_blocks(slice)) {
    block.begin += range.begin;
    block.end += range.begin;
    const size_t first = out.tokens.size();
    out.tokens_cut += tokenize(text, block, out.tokens, limits.tokenizer);
    const size_t end = out.tokens.size();
    if (first == end) continue;
    size_t sentence_begin = dateline_end(text, out.tokens, first, end);
    if (sentence_begin != first) add_sentence(out, text, first, sentence_begin, limits);
    for (size_t i = sentence_begin; i + 1 < end; ++i) {
      if (ends_after(text, out.tokens, sentence_begin, i)) {
        add_sentence(out, text, sentence_begin, i + 1, limits);
        sentence_begin = i + 1;
      }
    }
    add_sentence(out, text, sentence_begin, end, limits);
  }
}

void segment_as_one_sentence(std::string_view text, Span range, Segmentation& out,
                             const SegmentLimits& limits) {
  range.end = std::min<uint32_t>(range.end, static_cast<uint32_t>(text.size()));
  const size_t first = out.tokens.size();
  out.tokens_cut += tokenize(text, range, out.tokens, limits.tokenizer);
  add_sentence(out, text, first, out.tokens.size(), limits);
}

}  // namespace herald::text
