// Speaker phrases: word classes and labels for speakers that are not named persons, following
// the devset GUIDE §4 ("unnamed UK Government official", "Kuwaiti Foreign Ministry
// (statement)", "Israeli military spokesman", "Norway (government)").
//
// The quote finder (quote_finder.cc) finds the subject of a speech verb; when its head is one
// of the source nouns below the speaker is an unnamed source and gets a descriptive label
// composed here. All functions take normalized words (normalize_for_matching) unless they say
// otherwise. Thread-safety: pure functions over constant tables.
#pragma once

#include <string>
#include <string_view>

namespace herald::extract {

enum class SourceNoun {
  kNone,
  kSpokesperson,  // spokesman, spokeswoman, spokesperson: speaks for someone, is not anonymous
  kOfficial,      // official, source, diplomat, aide, analyst, executive: anonymous ("unnamed ...")
  kOfficials,     // the plural of kOfficial ("officials said"): a group
  kStatement,     // statement, communique: a body's written word, "(statement)"
};

SourceNoun source_noun(std::string_view norm);

// Participles that report speech ("..., saying: ", "adding that"): their speaker is the
// sentence's subject.
bool is_speech_participle(std::string_view norm);

// Auxiliaries and adverbs that stand between a subject and its verb ("had previously
// insisted", "later said", "today rejected"). Any word ending in "-ly" counts too.
bool is_subject_filler(std::string_view norm);

// Words that end a noun phrase read leftwards: prepositions, conjunctions, relative pronouns,
// sentence adverbs ("However a spokesman").
bool is_phrase_boundary(std::string_view norm);

// Spokespersons, officials and aides speak for someone (a body, a country, a person); an
// unaffiliated one takes that principal from the context. Sources, analysts, witnesses,
// traders and diplomats do not.
bool serves_a_principal(std::string_view norm);

bool is_determiner(std::string_view norm);        // a, an, the, one, another
bool is_relative_pronoun(std::string_view norm);  // who, whom, which, that, whose

// "unnamed UK Government official", "Israeli military spokesman", "Mark Hendry's
// spokesman": principal (may be empty), then the modifiers as written, then the head as
// written in lower case; anonymous sources get "unnamed " in front.
std::string unnamed_label(SourceNoun noun, std::string_view principal, std::string_view modifiers,
                          std::string_view head);

// A body's statement: "Popular Liberation Front (statement)".
std::string statement_label(std::string_view issuer);

// A country speaking: "Norway (government)".
std::string government_label(std::string_view country);

// Names that carry no country of their own ("Foreign Ministry", "Defence Ministry"): the
// label takes the article's country adjective. Takes the surface form.
bool is_countryless_ministry(std::string_view surface);

}  // namespace herald::extract
