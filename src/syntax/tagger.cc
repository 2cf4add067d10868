#include "syntax/tagger.h"

#include <algorithm>
#include <limits>

namespace herald::syntax {
namespace {

// The treebank spelling of typographic marks: “ ” ‘ ’ – — … and the ’ in clitics.
std::string_view treebank_spelling(std::string_view word, int& quote_parity, std::string& buffer) {
  if (word == "\xE2\x80\x9C" || word == "\xC2\xAB" || word == "\xE2\x80\x9E") return "``";
  if (word == "\xE2\x80\x9D" || word == "\xC2\xBB") return "''";
  if (word == "\xE2\x80\x98") return "`";
  if (word == "\xE2\x80\x99") return "'";
  if (word == "\xE2\x80\x93" || word == "\xE2\x80\x94" || word == "\xE2\x80\x92") return "--";
  if (word == "\xE2\x80\xA6") return "...";
  if (word == "\"") return (quote_parity++ % 2 == 0) ? "``" : "''";
  if (word.find("\xE2\x80\x99") != std::string_view::npos) {
    buffer.clear();
    for (size_t i = 0; i < word.size(); ++i) {
      if (word.compare(i, 3, "\xE2\x80\x99") == 0) {
        buffer.push_back('\'');
        i += 2;
      } else {
        buffer.push_back(word[i]);
      }
    }
    return buffer;
  }
  return word;
}

bool starts_upper(std::string_view word) {
  return !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
}

bool looks_numeric(std::string_view word) {
  if (word.empty()) return false;
  size_t digits = 0, letters = 0;
  for (char c : word) {
    if (c >= '0' && c <= '9')
      ++digits;
    else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
      ++letters;
  }
  return digits > 0 && letters <= 3 && word[0] >= '0' && word[0] <= '9';
}

}  // namespace

void Tagger::candidates_for(std::string_view word, size_t position, bool all_capitals,
                            bool after_opening, int& quote_parity, Scratch& scratch) const {
  auto add = [&](Tag tag, float score) { scratch.candidates.push_back({tag, score}); };
  std::string_view form = treebank_spelling(word, quote_parity, scratch.spelled);
  if (form == "(" || form == "[" || form == "{") return add(kLRB, 0.0f);
  if (form == ")" || form == "]" || form == "}") return add(kRRB, 0.0f);
  if (form == "#") return add(kHash, 0.0f);

  if (const auto* known = lexicon_->word(form)) {
    // A capitalized word inside a sentence that the lexicon knows only as a common word
    // ("Showers", "Secretary") may still be a name; keep NNP within reach.
    for (const TagScore& score : *known) add(score.tag, score.score);
    return;
  }
  const bool initial = position == 0 || after_opening || all_capitals;
  if (starts_upper(form)) {
    scratch.lowered.assign(form);
    for (char& c : scratch.lowered)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (const auto* known = lexicon_->word(scratch.lowered)) {
      for (const TagScore& score : *known) add(score.tag, score.score - (initial ? 0.0f : 3.0f));
      add(kNNP, initial ? -2.0f : 0.5f);
      return;
    }
    if (all_capitals) {
      for (const TagScore& score : lexicon_->suffix_guess(scratch.lowered))
        add(score.tag, score.score);
      add(kNNP, 0.0f);
      return;
    }
  }
  if (looks_numeric(form)) {
    if (form.find('-') != std::string_view::npos && form.back() >= 'a') return add(kJJ, 0.0f);
    return add(kCD, 0.0f);
  }
  bool any_letter = std::any_of(form.begin(), form.end(), [](char c) {
    return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || static_cast<unsigned char>(c) >= 0x80;
  });
  if (!any_letter) return add(kSYM, 0.0f);
  for (const TagScore& score : lexicon_->suffix_guess(form)) add(score.tag, score.score);
  if (form.find('-') != std::string_view::npos && !starts_upper(form)) add(kJJ, 0.0f);
}

void Tagger::tag(std::span<const std::string_view> words, std::vector<Tag>& tags,
                 Scratch& scratch) const {
  const size_t n = words.size();
  tags.resize(n);
  if (n == 0) return;
  scratch.candidates.clear();
  scratch.offsets.clear();
  // A sentence in capitals (a wire headline) is looked up in lower case.
  size_t upper = 0, lower = 0;
  for (std::string_view word : words)
    for (char c : word) {
      if (c >= 'A' && c <= 'Z')
        ++upper;
      else if (c >= 'a' && c <= 'z')
        ++lower;
    }
  const bool all_capitals = upper >= 4 && lower * 10 < upper;
  int quote_parity = 0;
  for (size_t i = 0; i < n; ++i) {
    scratch.offsets.push_back(static_cast<uint32_t>(scratch.candidates.size()));
    bool after_opening = i > 0 && (words[i - 1] == "\"" || words[i - 1] == "\xE2\x80\x9C" ||
                                   words[i - 1] == ":" || words[i - 1] == "(");
    size_t before = scratch.candidates.size();
    candidates_for(words[i], i, all_capitals, after_opening, quote_parity, scratch);
    if (scratch.candidates.size() == before) scratch.candidates.push_back({kNN, 0.0f});
  }
  scratch.offsets.push_back(static_cast<uint32_t>(scratch.candidates.size()));
  const size_t total = scratch.candidates.size();
  scratch.scores.assign(total, -std::numeric_limits<float>::infinity());
  scratch.back.assign(total, -1);

  const Lexicon& lexicon = *lexicon_;
  for (uint32_t k = scratch.offsets[0]; k < scratch.offsets[1]; ++k)
    scratch.scores[k] = lexicon.transition(lexicon.start_tag(), scratch.candidates[k].tag) +
                        scratch.candidates[k].score;
  for (size_t i = 1; i < n; ++i) {
    for (uint32_t k = scratch.offsets[i]; k < scratch.offsets[i + 1]; ++k) {
      const TagScore& candidate = scratch.candidates[k];
      float best = -std::numeric_limits<float>::infinity();
      int32_t best_previous = static_cast<int32_t>(scratch.offsets[i - 1]);
      for (uint32_t p = scratch.offsets[i - 1]; p < scratch.offsets[i]; ++p) {
        float score =
            scratch.scores[p] + lexicon.transition(scratch.candidates[p].tag, candidate.tag);
        if (score > best) {
          best = score;
          best_previous = static_cast<int32_t>(p);
        }
      }
      scratch.scores[k] = best + candidate.score;
      scratch.back[k] = best_previous;
    }
  }
  // Best final state, then follow the back pointers.
  int32_t state = static_cast<int32_t>(scratch.offsets[n - 1]);
  for (uint32_t k = scratch.offsets[n - 1]; k < scratch.offsets[n]; ++k)
    if (scratch.scores[k] > scratch.scores[state]) state = static_cast<int32_t>(k);
  for (size_t i = n; i-- > 0;) {
    tags[i] = scratch.candidates[state].tag;
    state = scratch.back[state];
  }
}

}  // namespace herald::syntax
