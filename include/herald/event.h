// Event: one coded interaction, "who did what to whom", with the evidence that produced it.
//
// An Event is written by the coding stage into Document::events. Actor codes are CAMEO
// actor codes as the dictionaries give them ("USAGOV", "MEX", "IGOUNO"); the event code is
// whatever the verb dictionary says (standard CAMEO "057", or a dictionary's own test codes).
// Evidence names the dictionary entries (file and line) and the verb pattern that fired, so
// that "why this code?" always has an answer.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "herald/date.h"
#include "herald/span.h"

namespace herald {

// A line of a dictionary file that contributed to a decision.
struct DictionaryRef {
  std::string file;   // file name as loaded, e.g. "CAMEO.2.0.txt" or "data/verbs.txt"
  uint32_t line = 0;  // 1-based
  std::string entry;  // the entry as written, e.g. "- * AGREEMENT [057]" or "KAMALA_HARRIS"
  std::string role;   // what it decided: "verb", "pattern", "source actor", "agent", ...
};

struct Evidence {
  std::string sentence_id;  // the sentence's own id (PETRARCH XML) or "<doc>:<index>"
  Span source;              // the source actor phrase; empty if none
  Span verb;                // the verb (or nominal event head)
  Span target;              // the target actor phrase; empty if none
  std::string pattern;      // the verb pattern that matched, as written in the dictionary
  std::vector<DictionaryRef> entries;
  std::string note;         // free text: "passive voice", "compound actor expanded", ...
};

struct Event {
  std::string source;  // CAMEO actor code of the source ("" if unknown)
  std::string target;  // CAMEO actor code of the target ("" if none)
  int32_t source_mention = -1;  // index into Document::mentions, -1 if none
  int32_t target_mention = -1;
  std::string code;       // CAMEO event code, e.g. "057"
  std::string root_code;  // first two digits, e.g. "05"
  int quad_class = 0;     // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict; 0 unknown
  double goldstein = 0.0;
  bool has_goldstein = false;
  std::string plover_type;  // e.g. "AGREE"; "" when the code has no PLOVER mapping
  std::string plover_mode;
  std::vector<std::string> issues;  // issue codes from the issue dictionary
  int32_t sentence = -1;            // index into Document::sentences
  int32_t location_mention = -1;    // where it happened, index into Document::mentions
  CivilDate date;                   // the event's date (sentence date or document date)
  Evidence evidence;
};

}  // namespace herald
