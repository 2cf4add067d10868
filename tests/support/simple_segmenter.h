// A deliberately simple sentence and token splitter for tests of stages that need sentences
// and tokens while the text stage is not in the pipeline: sentences end at . ! ? (after any
// closing quotes) followed by a space and a capital, digit or quotation mark, and at line
// breaks; a short list of abbreviations and single initials does not end one. Tokens are
// runs of non-space bytes. Not the product's segmenter (src/text); tests only.
#pragma once

#include <string>
#include <string_view>

#include "herald/document.h"
#include "text/normalize.h"

namespace herald::testing {

inline bool simple_abbreviation(std::string_view word) {
  static constexpr std::string_view kAbbreviations[] = {
      "Mr.",  "Mrs.",  "Ms.",  "Dr.",  "St.",   "Gen.", "Lt.",  "Col.", "Sen.",  "Rep.",
      "Gov.", "Jan.",  "Feb.", "Mar.", "Apr.",  "Jun.", "Jul.", "Aug.", "Sep.",  "Sept.",
      "Oct.", "Nov.",  "Dec.", "No.",  "Capt.", "Maj.", "Adm.", "Sgt.", "Prof.", "Rev.",
      "Co.",  "Corp.", "Inc.", "Ltd.", "vs.",   "e.g.", "i.e.", "etc."};
  for (std::string_view abbreviation : kAbbreviations)
    if (word == abbreviation) return true;
  // Single initials ("J.") and dotted acronyms ("U.S.", "U.N.").
  if (word.size() < 2 || word.size() % 2 != 0) return false;
  for (size_t index = 0; index < word.size(); index += 2)
    if (word[index + 1] != '.' ||
        !((word[index] >= 'A' && word[index] <= 'Z') || (word[index] >= 'a' && word[index] <= 'z')))
      return false;
  return true;
}

inline void simple_segment(Document& document) {
  document.sentences.clear();
  document.tokens.clear();
  const std::string& text = document.text;
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  auto add_sentence = [&](size_t begin, size_t end) {
    while (begin < end && is_space(text[begin])) ++begin;
    while (end > begin && is_space(text[end - 1])) --end;
    if (begin >= end) return;
    Sentence sentence;
    sentence.span = {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
    sentence.token_begin = static_cast<uint32_t>(document.tokens.size());
    size_t position = begin;
    while (position < end) {
      while (position < end && is_space(text[position])) ++position;
      const size_t start = position;
      while (position < end && !is_space(text[position])) ++position;
      if (start < position) {
        Token token;
        token.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(position)};
        token.norm = normalize_for_matching(std::string_view(text).substr(start, position - start));
        document.tokens.push_back(std::move(token));
      }
    }
    sentence.token_end = static_cast<uint32_t>(document.tokens.size());
    document.sentences.push_back(std::move(sentence));
  };
  size_t sentence_begin = 0;
  size_t index = 0;
  while (index < text.size()) {
    const char c = text[index];
    if (c == '\n') {
      add_sentence(sentence_begin, index);
      sentence_begin = index + 1;
      ++index;
      continue;
    }
    if (c == '.' || c == '!' || c == '?') {
      size_t end = index + 1;
      // Closing quotation marks belong to the sentence.
      for (;;) {
        if (end < text.size() && (text[end] == '"' || text[end] == '\'' || text[end] == ')')) {
          ++end;
        } else if (end + 2 < text.size() + 0 && text.compare(end, 3, "\u201d") == 0) {
          end += 3;
        } else if (end + 2 < text.size() + 0 && text.compare(end, 3, "\u2019") == 0) {
          end += 3;
        } else {
          break;
        }
      }
      if (end >= text.size() || !is_space(text[end])) {
        index = end;
        continue;
      }
      size_t next = end;
      while (next < text.size() && text[next] == ' ') ++next;
      const bool next_starts =
          next >= text.size() || text[next] == '\n' || (text[next] >= 'A' && text[next] <= 'Z') ||
          (text[next] >= '0' && text[next] <= '9') || text[next] == '"' ||
          static_cast<unsigned char>(text[next]) >= 0xC0 || text.compare(next, 3, "\u201c") == 0;
      size_t word_start = index;
      while (word_start > sentence_begin && !is_space(text[word_start - 1])) --word_start;
      const bool abbreviation = c == '.' && simple_abbreviation(std::string_view(text).substr(
                                                word_start, index + 1 - word_start));
      if (next_starts && !abbreviation) {
        add_sentence(sentence_begin, end);
        sentence_begin = end;
      }
      index = end;
      continue;
    }
    ++index;
  }
  add_sentence(sentence_begin, text.size());
}

}  // namespace herald::testing
