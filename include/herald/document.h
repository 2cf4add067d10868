// Document: one article and everything herald has found in it.
//
// A Document owns its text once (UTF-8, the cleaned article body); every annotation is a
// Span into that text plus fields. A Document flows through the pipeline stages in order;
// each stage reads what earlier stages wrote and appends its own annotations. A Document is
// owned by one thread at a time and is never shared between threads while a stage runs.
//
// Invariants (checked by Document::validate):
//   - every Span lies within text;
//   - tokens are in text order and do not overlap; sentences likewise;
//   - Sentence::token_begin/token_end index Document::tokens;
//   - tree nodes reference tokens of their own sentence.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "herald/date.h"
#include "herald/event.h"
#include "herald/span.h"
#include "herald/status.h"

namespace herald {

struct Token {
  Span span;
  std::string norm;   // normalized for matching: lower case, accents folded ("lopez")
  std::string lemma;  // dictionary form ("meet" for "met"); "" if not assigned
  std::string tag;    // Penn Treebank part of speech ("NNP", "VBD"); "" if not assigned
};

// A node of a sentence's phrase-structure tree. Nodes are stored flat in preorder; structure
// is given by indices, so walks need no recursion and no per-node allocation.
struct TreeNode {
  std::string label;          // "S", "NP", "VP", ... or a POS tag for a preterminal
  uint32_t token_begin = 0;   // the node covers tokens [token_begin, token_end) of the document
  uint32_t token_end = 0;
  int32_t parent = -1;        // index into Sentence::tree; -1 for the root
  int32_t first_child = -1;   // -1 for a preterminal (leaf over one token)
  int32_t next_sibling = -1;

  bool is_preterminal() const { return first_child < 0; }
};

struct Sentence {
  Span span;
  uint32_t token_begin = 0;  // tokens [token_begin, token_end) of Document::tokens
  uint32_t token_end = 0;
  std::vector<TreeNode> tree;  // empty until the syntax stage (or pre-parsed input) fills it
  std::string id;              // the input's own sentence id, if it had one
  CivilDate date;              // the sentence's date when it differs from the document's
  bool discarded = false;      // a discard phrase matched; not coded
  std::string discard_reason;
};

enum class MentionKind { kPerson, kOrganization, kLocation, kActor, kOther };
std::string_view mention_kind_name(MentionKind kind);

struct Mention {
  Span span;
  MentionKind kind = MentionKind::kOther;
  std::string canonical;     // "Kamala Harris"
  std::string actor_code;    // CAMEO actor code valid at the sentence date: "USAGOV"
  std::string country;       // ISO 3166 alpha-3 of the person, organisation or place
  int32_t sentence = -1;
  int32_t antecedent = -1;   // for pronouns and short forms: the mention it refers to
  bool has_coordinates = false;
  double latitude = 0.0;
  double longitude = 0.0;
  std::vector<DictionaryRef> entries;  // dictionary lines that identified it
};

enum class QuoteKind { kDirect, kPartial, kIndirect };
std::string_view quote_kind_name(QuoteKind kind);

struct Quote {
  Span span;                    // the quoted words, without the quotation marks
  QuoteKind kind = QuoteKind::kDirect;
  int32_t speaker_mention = -1; // index into mentions
  std::string speaker;          // canonical name of the speaker, or a descriptive label
  Span verb;                    // the introducing verb ("told", "said"); empty if none
};

struct Count {
  Span span;              // "nearly 19,000 unaccompanied children"
  double number = 0;
  std::string object;     // "unaccompanied children"
  std::string unit;       // "USD" for amounts, "" for counts of things
  std::string qualifier;  // "nearly", "more than", "some"; "" if exact
  CivilDate date;         // the date the figure refers to, when given ("in March" -> 2021-03)
};

struct DateRef {
  Span span;
  CivilDate resolved;  // what the expression means against the publication date
  std::string note;    // "relative weekday", "month of reference year", ...
};

struct Tone {
  double positive = 0;  // percentage of words with positive sentiment
  double negative = 0;
  double polarity = 0;  // positive + negative
  double score = 0;     // positive - negative
  uint32_t word_count = 0;
};

// A problem a stage met and worked around; the document is still processed.
struct Diagnostic {
  std::string stage;
  std::string message;
  Span span;  // where, if it is about a place in the text
};

// A change made to the input text before annotation (scrape repair, normalization).
struct Repair {
  std::string kind;    // "split word", "mojibake", "quote spacing", ...
  std::string before;
  std::string after;
  uint32_t offset = 0;  // byte offset in the repaired text
};

struct Document {
  std::string id;           // stable: the source's id or a hash of the content
  std::string url;
  std::string source_name;  // "Reuters", "bbc.co.uk", file name
  std::string title;
  CivilDate published;
  std::string language;     // ISO 639-1 ("en"); "" if not identified
  std::string text;         // the cleaned article body; every Span points into it
  std::string story_id;     // the near-duplicate group the document belongs to
  std::vector<std::string> categories;
  std::vector<std::string> tags;
  std::vector<std::string> authors;
  std::map<std::string, std::string> metadata;  // anything else the source gave

  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<Mention> mentions;
  std::vector<Event> events;
  std::vector<Quote> quotes;
  std::vector<Count> counts;
  std::vector<DateRef> dates;
  Tone tone;
  std::vector<Tone> sentence_tones;  // one per sentence when the tone stage ran
  std::vector<Repair> repairs;
  std::vector<Diagnostic> diagnostics;

  std::string_view text_of(const Span& span) const { return span.of(text); }
  // The date that applies to a sentence: its own if known, else the document's.
  CivilDate date_of_sentence(int32_t sentence) const;
  // Checks the invariants above; a failure names the first broken annotation.
  Status validate() const;
};

}  // namespace herald
