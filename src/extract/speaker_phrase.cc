#include "extract/speaker_phrase.h"

#include <cctype>

namespace herald::extract {
namespace {

template <size_t N>
bool one_of(std::string_view word, const std::string_view (&words)[N]) {
  for (std::string_view candidate : words)
    if (word == candidate) return true;
  return false;
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

}  // namespace

SourceNoun source_noun(std::string_view norm) {
  static constexpr std::string_view kSpokespersons[] = {"spokesman", "spokeswoman", "spokesperson",
                                                        "spokesmen", "spokeswomen"};
  static constexpr std::string_view kOfficials[] = {"official", "source",  "diplomat", "aide",
                                                    "analyst",  "witness", "trader",   "executive"};
  static constexpr std::string_view kGroups[] = {"officials", "sources",   "diplomats",
                                                 "aides",     "analysts",  "witnesses",
                                                 "traders",   "executives"};
  static constexpr std::string_view kStatements[] = {"statement", "communique", "communiqu&#233;"};
  if (one_of(norm, kSpokespersons)) return SourceNoun::kSpokesperson;
  if (one_of(norm, kOfficials)) return SourceNoun::kOfficial;
  if (one_of(norm, kGroups)) return SourceNoun::kOfficials;
  if (one_of(norm, kStatements)) return SourceNoun::kStatement;
  return SourceNoun::kNone;
}

bool is_speech_participle(std::string_view norm) {
  if (!ends_with(norm, "ing")) return false;  // asked of every word: the common answer first
  static constexpr std::string_view kParticiples[] = {
      "saying",  "adding",  "telling",    "insisting", "warning",
      "arguing", "stating", "explaining", "declaring", "stressing"};
  return one_of(norm, kParticiples);
}

bool is_subject_filler(std::string_view norm) {
  static constexpr std::string_view kFillers[] = {
      "had",     "has",  "have",  "was",        "were",  "is",        "are",
      "would",   "will", "did",   "does",       "do",    "also",      "later",
      "earlier", "then", "again", "previously", "today", "yesterday", "tonight",
      "now",     "once", "still", "already",    "first", "further",   "again"};
  if (one_of(norm, kFillers)) return true;
  return norm.size() > 4 && ends_with(norm, "ly") && norm != "only";
}

bool is_phrase_boundary(std::string_view norm) {
  static constexpr std::string_view kBoundaries[] = {
      "of",  "for", "in",      "by",    "to",     "at",   "with",  "from",  "on",      "and",
      "but", "or",  "as",      "that",  "which",  "who",  "while", "when",  "however", "meanwhile",
      "but", "if",  "because", "after", "before", "said", "says",  "since", "than",    "whom"};
  return one_of(norm, kBoundaries) || is_subject_filler(norm);
}

bool serves_a_principal(std::string_view norm) {
  static constexpr std::string_view kServants[] = {"official", "officials", "aide", "aides"};
  return source_noun(norm) == SourceNoun::kSpokesperson || one_of(norm, kServants);
}

bool is_determiner(std::string_view norm) {
  static constexpr std::string_view kDeterminers[] = {"a", "an", "the", "one", "another"};
  return one_of(norm, kDeterminers);
}

bool is_relative_pronoun(std::string_view norm) {
  static constexpr std::string_view kRelatives[] = {"who", "whom", "which", "that", "whose"};
  return one_of(norm, kRelatives);
}

std::string unnamed_label(SourceNoun noun, std::string_view principal, std::string_view modifiers,
                          std::string_view head) {
  std::string label;
  if (noun == SourceNoun::kOfficial || noun == SourceNoun::kOfficials) label = "unnamed ";
  if (!principal.empty()) label.append(principal).push_back(' ');
  if (!modifiers.empty()) label.append(modifiers).push_back(' ');
  for (char c : head)
    label.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return label;
}

std::string statement_label(std::string_view issuer) {
  return std::string(issuer) + " (statement)";
}

std::string government_label(std::string_view country) {
  return std::string(country) + " (government)";
}

bool is_countryless_ministry(std::string_view surface) {
  return surface.find(' ') != std::string_view::npos &&
         (ends_with(surface, " Ministry") || ends_with(surface, " Ministries"));
}

}  // namespace herald::extract
