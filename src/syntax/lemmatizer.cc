#include "syntax/lemmatizer.h"

#include <array>
#include <utility>

namespace herald::syntax {
namespace {

using Rule = std::pair<std::string_view, std::string_view>;  // suffix -> replacement

constexpr std::array<Rule, 8> kNounRules = {{{"ses", "s"},
                                             {"xes", "x"},
                                             {"zes", "z"},
                                             {"ches", "ch"},
                                             {"shes", "sh"},
                                             {"men", "man"},
                                             {"ies", "y"},
                                             {"s", ""}}};
constexpr std::array<Rule, 8> kVerbRules = {{{"ies", "y"},
                                             {"es", "e"},
                                             {"es", ""},
                                             {"s", ""},
                                             {"ed", "e"},
                                             {"ed", ""},
                                             {"ing", "e"},
                                             {"ing", ""}}};
constexpr std::array<Rule, 4> kAdjectiveRules = {
    {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}}};

template <size_t N>
bool apply_rules(const Lexicon& lexicon, char part, std::string_view word,
                 const std::array<Rule, N>& rules, bool inflected, std::string& out) {
  if (const std::string* irregular = lexicon.irregular(part, word)) {
    out = *irregular;
    return true;
  }
  // A base form as written wins only for uninflected tags ("leaders" is a WordNet noun too).
  if (!inflected && lexicon.is_base_form(part, word)) {
    out.assign(word);
    return true;
  }
  for (const auto& [suffix, replacement] : rules) {
    if (word.size() <= suffix.size() + 1 || !word.ends_with(suffix)) continue;
    out.assign(word.substr(0, word.size() - suffix.size()));
    out.append(replacement);
    if (lexicon.is_base_form(part, out)) return true;
    // Doubled consonant before -ed/-ing: "planned" -> "plan".
    if ((suffix == "ed" || suffix == "ing") && replacement.empty() && out.size() >= 3 &&
        out[out.size() - 1] == out[out.size() - 2]) {
      out.pop_back();
      if (lexicon.is_base_form(part, out)) return true;
    }
  }
  if (inflected && lexicon.is_base_form(part, word)) {
    out.assign(word);
    return true;
  }
  return false;
}

// When WordNet knows no candidate: strip the most common regular ending.
void fallback(std::string_view word, Tag tag, std::string& out) {
  out.assign(word);
  auto strip = [&](std::string_view suffix, std::string_view replacement) {
    if (out.size() > suffix.size() + 2 && out.ends_with(suffix)) {
      out.resize(out.size() - suffix.size());
      out.append(replacement);
      return true;
    }
    return false;
  };
  if (tag == kNNS) {
    strip("ies", "y") || strip("sses", "ss") || (!out.ends_with("ss") && strip("s", ""));
  } else if (tag == kVBZ) {
    strip("ies", "y") || strip("s", "");
  } else if (tag == kVBD || tag == kVBN) {
    strip("ied", "y") || strip("ed", "");
  } else if (tag == kVBG) {
    strip("ing", "");
  }
}

}  // namespace

void lemmatize(const Lexicon& lexicon, std::string_view word, std::string_view lowered, Tag tag,
               std::string& out) {
  if (is_proper_noun(tag)) {
    out.assign(word);
    return;
  }
  bool found = false;
  if (tag == kNNS || tag == kNN) {
    found = tag == kNN ? (out.assign(lowered), true)
                       : apply_rules(lexicon, 'n', lowered, kNounRules, true, out);
  } else if (is_verb(tag)) {
    found = apply_rules(lexicon, 'v', lowered, kVerbRules, tag != kVB && tag != kVBP, out);
  } else if (tag == kJJR || tag == kJJS) {
    found = apply_rules(lexicon, 'a', lowered, kAdjectiveRules, true, out);
  } else {
    out.assign(lowered);
    return;
  }
  if (!found) fallback(lowered, tag, out);
}

}  // namespace herald::syntax
