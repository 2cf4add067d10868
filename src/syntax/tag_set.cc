#include "syntax/tag_set.h"

#include <array>

namespace herald::syntax {
namespace {

constexpr std::array<std::string_view, kTagCount> kNames = {
    "CC",  "CD",   "DT",   "EX",  "FW",  "IN",  "JJ",    "JJR", "JJS", "-LRB-", "LS", "MD",
    "NN",  "NNP",  "NNPS", "NNS", "PDT", "POS", ".",     ",",   "$",   "``",    "''", ":",
    "PRP", "PRP$", "RB",   "RBR", "RBS", "RP",  "-RRB-", "SYM", "TO",  "UH",    "VB", "VBD",
    "VBG", "VBN",  "VBP",  "VBZ", "WDT", "WP",  "WP$",   "WRB", "#"};

}  // namespace

std::string_view tag_name(Tag tag) { return tag < kTagCount ? kNames[tag] : "X"; }

std::optional<Tag> tag_from_name(std::string_view name) {
  for (size_t i = 0; i < kNames.size(); ++i)
    if (kNames[i] == name) return static_cast<Tag>(i);
  if (name == "AUX" || name == "AUXB") return kVB;
  if (name == "AUXD") return kVBD;
  if (name == "AUXZ") return kVBZ;
  if (name == "AUXP") return kVBP;
  if (name == "AUXN") return kVBN;
  if (name == "AUXG") return kVBG;
  if (name == "-LCB-") return kLRB;
  if (name == "-RCB-") return kRRB;
  if (name == "HYPH" || name == "NFP") return kColon;
  return std::nullopt;
}

}  // namespace herald::syntax
