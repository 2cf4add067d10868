// The Penn Treebank part-of-speech tag set, as small integers.
//
// The tagger and the parser work on these ids; Token::tag holds the name. Tag names are the
// treebank's own ("PRP$", "-LRB-", "``"). Thread-safety: constants and pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace herald::syntax {

enum Tag : uint8_t {
  kCC,
  kCD,
  kDT,
  kEX,
  kFW,
  kIN,
  kJJ,
  kJJR,
  kJJS,
  kLRB,
  kLS,
  kMD,
  kNN,
  kNNP,
  kNNPS,
  kNNS,
  kPDT,
  kPOS,
  kPeriod,
  kComma,
  kDollar,
  kOpenQuote,
  kCloseQuote,
  kColon,
  kPRP,
  kPRPS,
  kRB,
  kRBR,
  kRBS,
  kRP,
  kRRB,
  kSYM,
  kTO,
  kUH,
  kVB,
  kVBD,
  kVBG,
  kVBN,
  kVBP,
  kVBZ,
  kWDT,
  kWP,
  kWPS,
  kWRB,
  kHash,
  kTagCount
};

std::string_view tag_name(Tag tag);
// Accepts treebank names and PETRARCH's auxiliary tags (AUXD -> VBD, AUXZ -> VBZ, ...).
std::optional<Tag> tag_from_name(std::string_view name);

inline bool is_noun(Tag t) { return t == kNN || t == kNNS || t == kNNP || t == kNNPS; }
inline bool is_proper_noun(Tag t) { return t == kNNP || t == kNNPS; }
inline bool is_verb(Tag t) { return t >= kVB && t <= kVBZ; }
inline bool is_finite_verb(Tag t) { return t == kVBD || t == kVBZ || t == kVBP || t == kMD; }
inline bool is_adjective(Tag t) { return t == kJJ || t == kJJR || t == kJJS; }
inline bool is_adverb(Tag t) { return t == kRB || t == kRBR || t == kRBS; }
inline bool is_punctuation(Tag t) {
  return t == kPeriod || t == kComma || t == kColon || t == kOpenQuote || t == kCloseQuote ||
         t == kLRB || t == kRRB || t == kHash;
}

}  // namespace herald::syntax
