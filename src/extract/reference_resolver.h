// ReferenceResolver: pronouns and role phrases as person mentions linked to the person meant.
//
// "he"/"she" take the first person named earlier in their sentence (outside quotation marks),
// else the subject-like first person of the nearest earlier sentence that names one or
// continues a pronoun chain, looking back five sentences; persons after a preposition ("talks
// with Mr Blair") are only a fallback. "the [country adjective] TITLE [of COUNTRY]" ("the vice
// president", "the president of Mexico") takes the person holding that title (and country);
// a head of government or state never named with the title is taken to be the person the
// article has named most so far. Appositives ("the shadow foreign secretary, Michael
// Ancram,") and "shadow"/"former"/"deputy" offices resolve to no one.
//
// Runs after the named entities are in Document::mentions; appends the reference mentions.
#pragma once

#include <string>
#include <unordered_map>

#include "extract/name_matching.h"

namespace herald::extract {

// `roles`: mention index of a named person -> the title the article gives that person.
void resolve_references(Document& document, const ScannedDocument& scanned,
                        const NameMatcher& names, const EntityLexicon& lexicon,
                        const std::unordered_map<int32_t, std::string>& roles);

}  // namespace herald::extract
