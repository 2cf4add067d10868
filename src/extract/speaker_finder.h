// SpeakerFinder: who speaks at each speech verb of a document, for quote attribution.
//
// Every speech verb outside quotation marks (the lexicon's `speech` list, and "according
// to") gets a speaker, in text order, so that later pronouns can look back at earlier
// speakers. The speaker is, in this order of rules:
//   - "X quoted him as saying": the one quoted (a pronoun: the last person who spoke);
//   - right after a quote, an unnamed source after the verb ("..., said the statement");
//   - a participle ("..., saying:"): the sentence's last speaker, else its subject;
//   - the verb's subject, read back over auxiliaries and adverbs and one comma-enclosed
//     insertion ("Norway, which holds the chair, had previously insisted"):
//       he/she (an unnamed source spoken of after the person the reference resolver chose
//       wins), it (the last body), they (the last group or body), within four sentences;
//       an unnamed source (speaker_phrase.h: "a UK Government official" -> "unnamed UK
//       Government official", "Syria's army spokesman" -> "Syrian army spokesman", an
//       unaffiliated spokesman speaks for the last named speaker or the dateline's country,
//       "the spokesman"/"the statement" for the one spoken of before, "the Tory spokesman"
//       right after a named person spoke for that person);
//       a country ("Norway (government)"), an office's building ("Downing Street");
//       a person or body, with a coordinated partner ("Oxfam and ... Save the Children") and
//       "(statement)" when it spoke "in a statement";
//   - else the nearest person or body before the verb in its sentence (after it, right
//     after a quote: "..., said Mr Straw").
// A verb in a relative clause ("whom she described as") or reported by an earlier verb of its
// sentence ("the minister said the firm had agreed") is marked subordinate.
//
// Thread-safety: a pure function of its inputs. Requires entity and reference mentions.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "extract/entity_lexicon.h"
#include "extract/gazetteer.h"
#include "extract/scanned_document.h"
#include "herald/document.h"

namespace herald::extract {

// A direct quote's marks: the opening mark (or sentence start), the inner text, and the end
// of the closing mark (== inner_end when the quote was left open).
struct QuoteMarks {
  uint32_t open = 0;
  uint32_t inner_begin = 0;
  uint32_t inner_end = 0;
  uint32_t close_end = 0;
};

enum class SpeakerKind { kPerson, kBody, kGroup };  // what he/she, it and they refer to

struct Speaker {
  int32_t mention = -1;  // the named speaker's mention; -1 for unnamed sources
  Span verb;
  std::string speaker;  // canonical name or descriptive label
  SpeakerKind kind = SpeakerKind::kPerson;
  uint32_t at = 0;         // where the text names the speaker
  std::string principal;   // what a later unaffiliated spokesman would speak for
  bool statement = false;  // a written statement ("(statement)")
};

struct SpeechVerb {
  int32_t sentence = 0;
  uint32_t word = 0;         // index into ScannedDocument::words
  bool subordinate = false;  // in a relative or reported clause
  Speaker speaker;
};

// The speakers of every speech verb outside `quotes`, in text order.
std::vector<SpeechVerb> find_speech_verbs(const Document& document, const ScannedDocument& scanned,
                                          const EntityLexicon& lexicon, const Gazetteer& gazetteer,
                                          const std::vector<QuoteMarks>& quotes);

}  // namespace herald::extract
