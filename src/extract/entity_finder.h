// EntityFinder: persons, organisations and locations in a document, with canonical names,
// countries, coordinates, and within-document links.
//
// Rules (docs/extract.md): runs of capitalized words are split into leading places, country
// adjectives and titles ("US Vice President Kamala Harris" -> place "US", person "Kamala
// Harris" with role "vice president" and country USA); the rest is classified by the word
// lists (organisation suffixes, place suffixes, known organisations), the gazetteer, and
// context (a title before it, a location preposition, a speech verb after it). Later short
// forms link to the first full form ("Harris" -> "Kamala Harris", "Care" -> "Care
// International"); pronouns and role phrases ("he", "the vice president", "the president of
// Mexico") become person mentions whose antecedent is the person meant. Places are chosen
// among gazetteer homonyms by the countries the article mentions and by population.
//
// Thread-safety: const methods over immutable resources; one call per document.
#pragma once

#include <string>
#include <vector>

#include "extract/entity_lexicon.h"
#include "extract/gazetteer.h"
#include "extract/scanned_document.h"
#include "herald/document.h"

namespace herald::extract {

// What the quote rules need to know about a person mention beyond Mention.
struct PersonFacts {
  int32_t mention = -1;  // index into Document::mentions
  std::string role;      // normalized title ("vice president"), "" if none seen
};

class EntityFinder {
 public:
  EntityFinder(const Gazetteer& gazetteer, const EntityLexicon& lexicon)
      : gazetteer_(gazetteer), lexicon_(lexicon) {}

  // Appends entity mentions (kinds person, organization, location) to document.mentions,
  // then pronoun and role-phrase mentions with antecedents. Existing kActor mentions are read
  // for actor codes and left in place.
  void find(Document& document, const ScannedDocument& scanned) const;

 private:
  const Gazetteer& gazetteer_;
  const EntityLexicon& lexicon_;
};

// True when the mention is a pronoun or role phrase (resolved through `antecedent`), not a
// proper name: these are not listed as entities.
bool is_reference_mention(const Document& document, const Mention& mention);

}  // namespace herald::extract
