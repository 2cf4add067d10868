// Document-level coding: what earlier sentences tell the coder about later ones (the
// article's main country, names learned in full and repeated by surname, "the two
// countries"). Runs herald's own text and syntax stages on short raw texts.
#include <gtest/gtest.h>

#include <algorithm>

#include "coding/event_coder.h"
#include "syntax/syntax_stage.h"
#include "text/text_stage.h"

namespace herald::coding {
namespace {

constexpr std::string_view kVerbs = R"(
--- MEET  [031]  ---
MEET {MET}
- % * [031]

--- CRITICIZE  [121]  ---
CRITICIZE {CRITICIZED}

--- PRAISE  [051]  ---
PRAISE {PRAISED}

--- ORDER  [100]  ---
ORDER {ORDERED}

--- TELL  [010]  ---
TELL {TOLD}
ADDRESS {ADDRESSED}

--- VISIT  [042:043]  ---
VISIT
ARRIVE
- * HERE  [042:043]

--- CONDEMN  [111]  ---
CONDEMN

--- DISCUSS  [046:046]  ---
DISCUSS [---]
- * (WITH +)  [046:046]

--- COOPERATE  [050]  ---
COOPERATE

--- DENY  [016]  ---
DENY {DENIES DENIED DENYING}

--- FIGHT  [190]  ---
FIGHT {FOUGHT}
ATTACK {ATTACKED}
)";

constexpr std::string_view kActors = R"(
BRAZIL_ [BRA]
+BRAZILIAN_
+BRASILIA_
BOLIVIA_ [BOL]
CHILE_ [CHL]
+CHILEAN_
LUIZ_INACIO_LULA_ [BRAELI]
	[BRAGOV 20030101-20101231]
EUROPEAN_COMMUNITY_ [IGOEUREEC]
MICHELLE_BACHELET_ [CHLELI]
	[CHLGOV 20060311-20100311]
)";

constexpr std::string_view kNouns = R"(
--- TALKS_NOUN  [046:046]  ---
TALKS {TALKS}

--- VISIT_NOUN  [042:043]  ---
VISIT

--- ATTACK_NOUN  [190]  ---
ATTACK

--- KIDNAPPERS_NOUN  [181]  ---
KIDNAPPER
- * (OF +)  [181]

--- ARREST_NOUN  [173]  ---
ARREST
- * (OF +)  [173]
)";

constexpr std::string_view kAgents = R"(
GOVERNMENT [~GOV]
ARMY [~MIL]
REBELS [~REB]
KIDNAPPER [~CRM]
CONGRESS [~LEG]
NEWSPAPER [~MED]
GENERAL [~MIL]
PRESIDENT [~GOV]
OFFICIAL [~GOV]
GENERAL_ELECTION [---]
)";

std::vector<std::string> code_text(const std::string& text,
                                   const std::string& date = "2005-06-01") {
  Document document;
  document.text = text;
  document.published = *CivilDate::parse(date);
  EXPECT_TRUE(TextStage().run(document).is_ok());
  auto syntax = make_syntax_stage();
  EXPECT_TRUE(syntax.is_ok()) << syntax.status().message();
  if (!syntax.is_ok()) return {};
  EXPECT_TRUE((*syntax)->run(document).is_ok());
  auto dictionaries = DictionarySet::from_texts(kVerbs, kActors, kAgents, {}, {}, kNouns);
  EXPECT_TRUE(dictionaries->problems().empty());
  EventCoder coder(dictionaries);
  CodingOptions options;  // herald's own manifest settings
  options.unknown_country_is_main_country = true;
  options.code_domestic_without_roles = false;
  options.skip_hypothetical = true;
  options.future_cooperation_is_intent = true;
  options.future_meetings_are_intent = true;
  options.code_relative_clauses = true;
  options.code_time_clauses = true;
  options.skip_old_events = true;
  options.unnamed_states_are_uis = true;
  options.negotiation_takes_precedence = true;
  coder.code_document(document, options);
  std::vector<std::string> events;
  for (const Event& event : document.events)
    events.push_back(event.source + " " + event.target + " " + event.code);
  return events;
}

bool has(const std::vector<std::string>& events, const std::string& wanted) {
  return std::find(events.begin(), events.end(), wanted) != events.end();
}

TEST(EventCoderDocument, CountrylessActorTakesTheMainCountry) {
  auto events = code_text(
      "Brazil criticized Bolivia. Brazil praised Chile. Brazil met Chile. The government "
      "praised Bolivia.");
  EXPECT_TRUE(has(events, "BRAGOV BOL 051"));
  for (const std::string& event : events) EXPECT_EQ(event.find("---"), std::string::npos);
}

TEST(EventCoderDocument, ObjectPronounIsTheLastPersonNamedBeforeIt) {
  auto events = code_text("Luiz Inacio Lula met Michelle Bachelet and praised her.", "2007-01-01");
  EXPECT_TRUE(has(events, "BRAGOV CHLGOV 051")) << testing::PrintToString(events);
  // Not the subject of its own clause: "her" is Bachelet, who speaks, not Lula.
  events = code_text("Michelle Bachelet said Luiz Inacio Lula had praised her.", "2007-01-01");
  EXPECT_TRUE(has(events, "BRAGOV CHLGOV 051")) << testing::PrintToString(events);
  EXPECT_FALSE(has(events, "BRAGOV BRAGOV 051")) << testing::PrintToString(events);
}

TEST(EventCoderDocument, OpeningParticiplePhraseKeepsTheMainClause) {
  auto events = code_text("Speaking to reporters, Luiz Inacio Lula praised Chile.", "2007-01-01");
  EXPECT_TRUE(has(events, "BRAGOV CHL 051")) << testing::PrintToString(events);
}

TEST(EventCoderDocument, TalksFramingAClauseAreItsSubjects) {
  auto events =
      code_text("Luiz Inacio Lula praised Chile after talks with Michelle Bachelet.", "2007-01-01");
  EXPECT_TRUE(has(events, "BRAGOV CHLGOV 046")) << testing::PrintToString(events);
  EXPECT_TRUE(has(events, "CHLGOV BRAGOV 046")) << testing::PrintToString(events);
  events = code_text("Speaking after talks with Michelle Bachelet, Luiz Inacio Lula praised Chile.",
                     "2007-01-01");
  EXPECT_TRUE(has(events, "BRAGOV CHLGOV 046")) << testing::PrintToString(events);
}

TEST(EventCoderDocument, TalksNoOneIsSaidToHoldAreTheMeetings) {
  auto events =
      code_text("Luiz Inacio Lula visited Chile on Monday. The talks covered trade.", "2007-01-01");
  EXPECT_TRUE(has(events, "BRAGOV CHL 046")) << testing::PrintToString(events);
  EXPECT_TRUE(has(events, "CHL BRAGOV 046")) << testing::PrintToString(events);
  EXPECT_FALSE(has(events, "BRAGOV CHL 042")) << testing::PrintToString(events);
  // Without talks the visit stays a visit.
  events = code_text("Luiz Inacio Lula visited Chile on Monday.", "2007-01-01");
  EXPECT_TRUE(has(events, "BRAGOV CHL 042")) << testing::PrintToString(events);
}

TEST(EventCoderDocument, DeniedClaimsAreTheLastClaimants) {
  auto events = code_text(
      "Michelle Bachelet said Brazil had spied on Chile. Luiz Inacio Lula denied the claims.",
      "2007-01-01");
  EXPECT_TRUE(has(events, "BRAGOV CHLGOV 016")) << testing::PrintToString(events);
  events = code_text(
      "Michelle Bachelet said Brazil had spied on Chile. Her claims were denied by Luiz Inacio "
      "Lula.",
      "2007-01-01");
  EXPECT_TRUE(has(events, "BRAGOV CHLGOV 016")) << testing::PrintToString(events);
}

TEST(EventCoderDocument, TalksBetweenTwoSidesAreBetweenThem) {
  auto events = code_text("Brazil criticized the talks between Bolivia and Chile.");
  EXPECT_TRUE(has(events, "BOL CHL 046")) << testing::PrintToString(events);
  EXPECT_TRUE(has(events, "CHL BOL 046")) << testing::PrintToString(events);
}

TEST(EventCoderDocument, DatelineCountryIsTheMainCountry) {
  // Bolivia is named most, but the story is reported from Brasilia and names Brazil.
  auto events = code_text(
      "BRASILIA, June 2 - The government criticized Bolivia. Bolivia criticized Chile. Bolivia "
      "met Chile. Chile praised Brazil.");
  EXPECT_TRUE(has(events, "BRAGOV BOL 121")) << testing::PrintToString(events);
}

TEST(EventCoderDocument, DatelineOfAStoryAboutOthersIsNotItsCountry) {
  // Reported from Brasilia about Bolivia and Chile only: the army is not Brazil's.
  auto events = code_text(
      "BRASILIA, June 2 - The army criticized Chile. Bolivia criticized Chile. Bolivia met "
      "Chile.");
  EXPECT_FALSE(has(events, "BRAMIL CHL 121")) << testing::PrintToString(events);
  EXPECT_TRUE(has(events, "BOL CHL 121")) << testing::PrintToString(events);
}

TEST(EventCoderDocument, CountryNamedEarlierInTheSentenceBeatsTheDateline) {
  // Reported from Brasilia, but the government here is the one the sentence names first.
  auto events = code_text(
      "BRASILIA, June 2 - Bolivia said little, but the government criticized "
      "Chile. Brazil met Chile. Brazil praised Chile.");
  EXPECT_TRUE(has(events, "BOLGOV CHL 121")) << testing::PrintToString(events);
  EXPECT_FALSE(has(events, "BRAGOV CHL 121"));
}

TEST(EventCoderDocument, NoMainCountryLeavesTheActorUnknown) {
  auto events = code_text("Brazil criticized Bolivia. The government criticized Chile.");
  // Brazil, Bolivia and Chile are each named once: no country leads.
  EXPECT_FALSE(has(events, "BRAGOV CHL 121"));
}

TEST(EventCoderDocument, SurnameRepeatsAPersonNamedInFull) {
  auto events = code_text("Luiz Inacio Lula met Bolivia. Lula criticized Chile.");
  EXPECT_TRUE(has(events, "BRAGOV CHL 121"));
}

TEST(EventCoderDocument, CountryActingOnItselfIsNoEvent) {
  auto events = code_text("Brazil criticized the Brazilian government. Brazil criticized Bolivia.");
  EXPECT_FALSE(has(events, "BRA BRAGOV 121"));
  EXPECT_TRUE(has(events, "BRA BOL 121"));
  // A government ordering its own army directs itself.
  auto orders = code_text(
      "The Brazilian government ordered the Brazilian army to stay. The Brazilian government "
      "ordered Bolivia to pay.");
  EXPECT_FALSE(has(orders, "BRAGOV BRAMIL 100")) << testing::PrintToString(orders);
  EXPECT_TRUE(has(orders, "BRAGOV BOL 100")) << testing::PrintToString(orders);
}

TEST(EventCoderDocument, AppositionNamesAnUnknownPerson) {
  auto events = code_text(
      "Pedro Almeida, head of the trade desk at the Brazilian government, criticized Chile. "
      "Almeida also criticized Bolivia.");
  EXPECT_TRUE(has(events, "BRAGOV CHL 121"));
  EXPECT_TRUE(has(events, "BRAGOV BOL 121"));
}

TEST(EventCoderDocument, TheTwoCountriesAreTheLastTwoNamed) {
  auto events = code_text("Brazil criticized Bolivia. Later the two countries met.");
  EXPECT_TRUE(has(events, "BRA BOL 031"));
}

TEST(EventCoderDocument, TheTwoCountriesMayBeAHyphenatedPair) {
  auto events = code_text("Trade troubles Brazil-Bolivia relations. Later the two countries met.");
  EXPECT_TRUE(has(events, "BRA BOL 031")) << testing::PrintToString(events);
  // An unknown side names no pair.
  auto unknown = code_text("Trade troubles Brazil-Narnia relations. Later the two countries met.");
  EXPECT_FALSE(has(unknown, "BRA BOL 031")) << testing::PrintToString(unknown);
}

TEST(EventCoderDocument, WeInAQuotationIsItsSpeaker) {
  auto events = code_text("\"We praised Chile,\" Luiz Inacio Lula said.");
  EXPECT_TRUE(has(events, "BRAGOV CHL 051")) << testing::PrintToString(events);
  auto inverted = code_text("\"We criticized Chile,\" said Luiz Inacio Lula.");
  EXPECT_TRUE(has(inverted, "BRAGOV CHL 121")) << testing::PrintToString(inverted);
  // A quotation with no speaker in its sentence: "we" names nobody.
  auto unattributed = code_text("Brazil met Bolivia. \"We praised Chile.\"");
  EXPECT_FALSE(has(unattributed, "BRA CHL 051")) << testing::PrintToString(unattributed);
  EXPECT_FALSE(has(unattributed, "BRAGOV CHL 051")) << testing::PrintToString(unattributed);
}

TEST(EventCoderDocument, QuotationGoesOnIntoTheNextSentence) {
  auto events =
      code_text("Luiz Inacio Lula said: \"We praised Bolivia.\" \"We criticized Chile.\"");
  EXPECT_TRUE(has(events, "BRAGOV CHL 121")) << testing::PrintToString(events);
  // Not past a sentence without quotation marks.
  auto later = code_text(
      "Luiz Inacio Lula said: \"We praised Bolivia.\" Bolivia met Chile. \"We criticized "
      "Chile.\"");
  EXPECT_FALSE(has(later, "BRAGOV CHL 121")) << testing::PrintToString(later);
}

TEST(EventCoderDocument, QuotedPersonIsTheSpeaker) {
  auto events = code_text(
      "Luiz Inacio Lula arrived. \"We praised Chile,\" the Bolivian government quoted him as "
      "saying.");
  EXPECT_TRUE(has(events, "BRAGOV CHL 051")) << testing::PrintToString(events);
  EXPECT_FALSE(has(events, "BOLGOV CHL 051")) << testing::PrintToString(events);
}

TEST(EventCoderDocument, HeOpeningASentenceIsTheLastSubject) {
  // "He" is Lula, the subject before, not Bachelet, the last person named.
  auto events =
      code_text("Luiz Inacio Lula met Michelle Bachelet. He criticized Bolivia.", "2007-05-01");
  EXPECT_TRUE(has(events, "BRAGOV BOL 121")) << testing::PrintToString(events);
  EXPECT_FALSE(has(events, "CHLGOV BOL 121")) << testing::PrintToString(events);
  // With no person as the subject before, the last person named.
  auto named = code_text("Brazil praised Michelle Bachelet. He criticized Bolivia.", "2007-05-01");
  EXPECT_TRUE(has(named, "CHLGOV BOL 121")) << testing::PrintToString(named);
}

TEST(EventCoderDocument, HeAfterAnOfficialNamedByRoleIsTheOfficial) {
  auto events = code_text(
      "Brazil praised Michelle Bachelet. The Brazilian official met reporters. He criticized "
      "Bolivia.",
      "2007-05-01");
  EXPECT_TRUE(has(events, "BRAGOV BOL 121")) << testing::PrintToString(events);
  EXPECT_FALSE(has(events, "CHLGOV BOL 121")) << testing::PrintToString(events);
}

TEST(EventCoderDocument, ActsDatedYearsBeforeTheStoryAreHistory) {
  EXPECT_TRUE(code_text("Brazil criticized Chile in 1999.").empty());
  EXPECT_TRUE(code_text("Brazil has criticized Chile since 2001.").empty());
  EXPECT_FALSE(code_text("Brazil criticized Chile in 2004.").empty());
  EXPECT_FALSE(code_text("Brazil criticized Chile in May.").empty());
}

TEST(EventCoderDocument, StatementToThePressIsNoActTowardsIt) {
  auto events = code_text("Luiz Inacio Lula told a Chilean newspaper.");
  EXPECT_TRUE(events.empty()) << testing::PrintToString(events);
  auto told = code_text("Luiz Inacio Lula told Chile.");
  EXPECT_TRUE(has(told, "BRAGOV CHL 010")) << testing::PrintToString(told);
}

TEST(EventCoderDocument, ItOpeningASentenceIsTheLastSubject) {
  auto events = code_text("Brazil met Bolivia. It criticized Chile.");
  EXPECT_TRUE(has(events, "BRA CHL 121")) << testing::PrintToString(events);
  // Not a person: "he" does not stand for Brazil.
  EXPECT_FALSE(has(code_text("Brazil met Bolivia. He criticized Chile."), "BRA CHL 121"));
}

TEST(EventCoderDocument, AWishToMeetIsOneSided) {
  auto wish = code_text("Brazil wants to visit Chile.");
  EXPECT_TRUE(has(wish, "BRA CHL 036")) << testing::PrintToString(wish);
  EXPECT_FALSE(has(wish, "CHL BRA 036")) << testing::PrintToString(wish);
  auto happy = code_text("Brazil said it would be happy to visit Chile.");
  EXPECT_TRUE(has(happy, "BRA CHL 036")) << testing::PrintToString(happy);
  EXPECT_FALSE(has(happy, "CHL BRA 036")) << testing::PrintToString(happy);
  // An announced visit is the visitor's intent; a scheduled one is both sides'.
  auto announced = code_text("Brazil will visit Chile.");
  EXPECT_TRUE(has(announced, "BRA CHL 036")) << testing::PrintToString(announced);
  EXPECT_FALSE(has(announced, "CHL BRA 036")) << testing::PrintToString(announced);
  auto scheduled = code_text("Brazil is scheduled to visit Chile.");
  EXPECT_TRUE(has(scheduled, "CHL BRA 036")) << testing::PrintToString(scheduled);
}

TEST(EventCoderDocument, WantingToCooperateIsIntent) {
  auto events = code_text("Brazil wants to cooperate with Chile.");
  EXPECT_TRUE(has(events, "BRA CHL 032")) << testing::PrintToString(events);
  EXPECT_FALSE(has(events, "BRA CHL 050"));
}

TEST(EventCoderDocument, ConflictBetweenAHyphenatedPairIsAboutBothSides) {
  auto events = code_text("Brazil criticized the Bolivia-Chile war.");
  EXPECT_TRUE(has(events, "BRA BOL 121")) << testing::PrintToString(events);
  EXPECT_TRUE(has(events, "BRA CHL 121")) << testing::PrintToString(events);
  // The same pair broken at a line end and joined with a space.
  auto broken = code_text("Brazil criticized the Bolivia- Chile war.");
  EXPECT_TRUE(has(broken, "BRA BOL 121")) << testing::PrintToString(broken);
  EXPECT_TRUE(has(broken, "BRA CHL 121")) << testing::PrintToString(broken);
}

TEST(EventCoderDocument, HyphenatedPairNamesTheOtherSide) {
  auto events = code_text("Brazil praised a deal on Brazil-Chile tourism.");
  EXPECT_TRUE(has(events, "BRA CHL 051")) << testing::PrintToString(events);
}

TEST(EventCoderDocument, TimeClauseIsAnActOfItsOwn) {
  auto events = code_text("Brazil praised Chile before criticizing Bolivia.");
  EXPECT_TRUE(has(events, "BRA CHL 051")) << testing::PrintToString(events);
  EXPECT_TRUE(has(events, "BRA BOL 121")) << testing::PrintToString(events);
  auto subordinate = code_text("Brazil praised Chile as Bolivia prepared to criticize Chile.");
  EXPECT_TRUE(has(subordinate, "BOL CHL 121")) << testing::PrintToString(subordinate);
}

TEST(EventCoderDocument, BareParticipleWithAByPhraseIsPassive) {
  auto events = code_text("The Brazilian army criticized by Chile met Bolivia.");
  EXPECT_TRUE(has(events, "CHL BRAMIL 121")) << testing::PrintToString(events);
  EXPECT_FALSE(has(events, "BRAMIL CHL 121")) << testing::PrintToString(events);
}

TEST(EventCoderDocument, ParticiplePhraseOnANounIsPassive) {
  // Bolivia was criticized, by someone unnamed; Brazil criticized no one.
  auto events = code_text("Brazil said Bolivia, previously criticized by no one here, met Chile.");
  EXPECT_FALSE(has(events, "BRA BOL 121")) << testing::PrintToString(events);
}

TEST(EventCoderDocument, ParticipleAfterWhenIsPassive) {
  // "when told that ...": Lula was told, by no one named; he told no one.
  auto events = code_text("Luiz Inacio Lula smiled when told that Chile had criticized Bolivia.");
  EXPECT_FALSE(has(events, "BRAGOV CHL 010")) << testing::PrintToString(events);
  EXPECT_FALSE(has(events, "BRAGOV BOL 010")) << testing::PrintToString(events);
}

TEST(EventCoderDocument, SpeculationIsNoEvent) {
  EXPECT_TRUE(code_text("Brazil is likely to criticize Chile.").empty());
  EXPECT_TRUE(code_text("Brazil is expected to criticize Chile.").empty());
  EXPECT_TRUE(code_text("Brazil should criticize Chile.").empty());
  EXPECT_FALSE(code_text("Brazil criticized Chile.").empty());
}

TEST(EventCoderDocument, InfinitiveOfANounOrWithAForSubjectIsNotDone) {
  EXPECT_TRUE(code_text("Brazil announced a plan to criticize Chile.").empty());
  EXPECT_FALSE(has(code_text("The meeting came despite a call for Brazil to criticize Chile."),
                   "BRA CHL 121"));
  EXPECT_TRUE(has(code_text("Brazil decided to criticize Chile."), "BRA CHL 121"));
}

TEST(EventCoderDocument, WhatADeniedReportSaysDidNotHappen) {
  EXPECT_FALSE(has(code_text("Brazil denied reports that it criticized Chile."), "BRA CHL 121"));
  EXPECT_TRUE(has(code_text("Brazil confirmed reports that it criticized Chile."), "BRA CHL 121"));
}

TEST(EventCoderDocument, ComparisonsAreNoActs) {
  EXPECT_FALSE(
      has(code_text("Brazil praised Chile more than Bolivia criticized Chile."), "BOL CHL 121"));
  EXPECT_FALSE(has(code_text("Brazil praised Chile more than Bolivia."), "BRA BOL 051"));
}

TEST(EventCoderDocument, FailingToActIsNoAct) {
  EXPECT_TRUE(code_text("Brazil failed to criticize Chile.").empty());
  // Asked or told what: the subject is the one addressed, and the asker is unnamed.
  EXPECT_FALSE(has(code_text("Luiz Inacio Lula was told that Chile had criticized Bolivia."),
                   "BRAGOV BOL 010"));
}

TEST(EventCoderDocument, PoliticiansAttackingPoliticiansCriticise) {
  auto words = code_text("The Brazilian government attacked the Chilean government.");
  EXPECT_TRUE(has(words, "BRAGOV CHLGOV 111")) << testing::PrintToString(words);
  auto force = code_text("The Brazilian army attacked the Chilean army.");
  EXPECT_TRUE(has(force, "BRAMIL CHLMIL 190")) << testing::PrintToString(force);
}

TEST(EventCoderDocument, CompoundSourceHoldsTalksWithEachOther) {
  auto events = code_text("Brazil and Chile resumed talks.");
  EXPECT_TRUE(has(events, "BRA CHL 046")) << testing::PrintToString(events);
  EXPECT_TRUE(has(events, "CHL BRA 046")) << testing::PrintToString(events);
}

TEST(EventCoderDocument, StateAgainstItsRebels) {
  auto events = code_text("Brazil fought rebels.");
  EXPECT_TRUE(has(events, "BRA BRAREB 190")) << testing::PrintToString(events);
}

TEST(EventCoderDocument, PossessiveNamesWhoseActANounIs) {
  auto events = code_text("Brazil's attack on Chile angered Bolivia.");
  EXPECT_TRUE(has(events, "BRA CHL 190")) << testing::PrintToString(events);
}

TEST(EventCoderDocument, ArrestWithNoOneNamedIsTheStateWhereItHappened) {
  auto events = code_text("The row began with the arrest of a Chilean army officer in Brazil.");
  EXPECT_TRUE(has(events, "BRA CHLMIL 173")) << testing::PrintToString(events);
}

TEST(EventCoderDocument, HereIsTheDatelinesCountry) {
  auto events = code_text("BRASILIA, June 2 - Luiz Inacio Lula met Chile. Bolivia arrived here.");
  EXPECT_TRUE(has(events, "BOL BRA 042")) << testing::PrintToString(events);
}

TEST(EventCoderDocument, PhraseMarkedNoAgentHidesTheAgentInside) {
  auto events = code_text("Brazil criticized the Chilean general election.");
  EXPECT_TRUE(has(events, "BRA CHL 121")) << testing::PrintToString(events);
  EXPECT_FALSE(has(events, "BRA CHLMIL 121")) << testing::PrintToString(events);
  EXPECT_TRUE(has(code_text("Brazil criticized a Chilean general."), "BRA CHLMIL 121"));
}

TEST(EventCoderDocument, VisitorsNamedByAPhraseVisitTheSubject) {
  auto events = code_text("Brazil criticized the visiting Chilean army.");
  EXPECT_TRUE(has(events, "CHLMIL BRA 042")) << testing::PrintToString(events);
  EXPECT_TRUE(has(events, "BRA CHLMIL 043")) << testing::PrintToString(events);
}

TEST(EventCoderDocument, StatesTheTextDoesNotNameAreUnidentified) {
  auto events = code_text("Brazil criticized countries hit by the crisis.");
  EXPECT_TRUE(has(events, "BRA UIS 121")) << testing::PrintToString(events);
  // "the two countries" are the two named before.
  EXPECT_TRUE(
      has(code_text("Brazil met Bolivia. The two countries criticized Chile."), "BRA CHL 121"));
  // The speaker's own country, named in the sentence, is not one of the two he names.
  events = code_text("Bolivia met Brazil. Chile criticized the two countries.");
  EXPECT_TRUE(has(events, "CHL BOL 121")) << testing::PrintToString(events);
  EXPECT_TRUE(has(events, "CHL BRA 121")) << testing::PrintToString(events);
}

TEST(EventCoderDocument, WhatIsDiscussedIsATopicNotAPartner) {
  auto events = code_text("Brazil discussed Bolivia with Chile.");
  EXPECT_TRUE(has(events, "BRA CHL 046")) << testing::PrintToString(events);
  EXPECT_FALSE(has(events, "BRA BOL 046")) << testing::PrintToString(events);
}

TEST(EventCoderDocument, AddressingAForeignLegislatureIsAVisit) {
  auto events = code_text("Luiz Inacio Lula addressed the Chilean Congress.");
  EXPECT_TRUE(has(events, "BRAGOV CHL 042")) << testing::PrintToString(events);
  EXPECT_TRUE(has(events, "CHL BRAGOV 043")) << testing::PrintToString(events);
  EXPECT_FALSE(has(events, "BRAGOV CHLLEG 010")) << testing::PrintToString(events);
}

TEST(EventCoderDocument, KidnappersOfSomeoneKidnappedThem) {
  auto events = code_text("BRASILIA, June 2 - The kidnappers of a Chilean general spoke.");
  EXPECT_TRUE(has(events, "BRACRM CHLMIL 181")) << testing::PrintToString(events);
}

TEST(EventCoderDocument, CondemnationTakesTheNextConjoinedVerbsTarget) {
  auto events = code_text("Brazil condemned the arrests and ordered Chile to free the men.");
  EXPECT_TRUE(has(events, "BRA CHL 111")) << testing::PrintToString(events);
}

TEST(EventCoderDocument, RebelsFacingAGovernmentAreItsOwn) {
  auto events = code_text("Brazil's government fought rebels.");
  EXPECT_TRUE(has(events, "BRAGOV BRAREB 190")) << testing::PrintToString(events);
}

TEST(EventCoderDocument, ALegislatureFacingAGovernmentIsItsOwn) {
  // In a story datelined elsewhere, "Congress" is still the Brazilian government's.
  auto events = code_text(
      "SANTIAGO, June 2 - Chile praised Bolivia. Brazil's government "
      "criticized Congress.");
  EXPECT_TRUE(has(events, "BRAGOV BRALEG 121")) << testing::PrintToString(events);
}

TEST(EventCoderDocument, BodyNamedInFullIsNamedAgainByItsHeadNoun) {
  auto events = code_text("The European Community met Brazil. Chile criticized the Community.");
  EXPECT_TRUE(has(events, "CHL IGOEUREEC 121")) << testing::PrintToString(events);
  // Without the full name first, "the Community" names no one.
  EXPECT_TRUE(code_text("Chile criticized the Community.").empty());
}

TEST(EventCoderDocument, ASurnameIsLearnedFromAClosingReportingClause) {
  // The full name is only in the reporting clause the coder takes out of the sentence.
  auto events = code_text(
      "Chile will protest, Brazilian President Luiz Inacio Lula said. Lula criticized Chile.",
      "2007-01-01");
  EXPECT_TRUE(has(events, "BRAGOV CHL 121")) << testing::PrintToString(events);
}

TEST(EventCoderDocument, TheCommissionOfAStoryAboutTheCommunityIsItsExecutive) {
  auto events = code_text("The European Community met Brazil. Chile criticized the Commission.");
  EXPECT_TRUE(has(events, "CHL IGOEUREEC 121")) << testing::PrintToString(events);
  EXPECT_TRUE(code_text("Chile criticized the Commission.").empty());
}

TEST(EventCoderDocument, FutureTalksWithoutAVerbAreCodedSafely) {
  // No verb governs the noun: the future check must not look for one (this read outside the
  // tree before).
  auto events = code_text(
      "BRASILIA, June 2 - Brazil spoke. And, they add, a visit here next week "
      "by Chilean ministers could help.");
  for (const std::string& event : events) EXPECT_EQ(event.find("042"), std::string::npos);
}

TEST(EventCoderDocument, DatedFutureTalksCommitBothSides) {
  auto events = code_text("Brazil will praise Bolivia at talks with Chile tomorrow.");
  EXPECT_TRUE(has(events, "BRA CHL 036")) << testing::PrintToString(events);
  EXPECT_TRUE(has(events, "CHL BRA 036")) << testing::PrintToString(events);
}

TEST(EventCoderDocument, HeIsTheTitledSubjectOfTheSentenceBefore) {
  // "the Chilean president", not Lula whom he met, is who "he" goes on about.
  auto events = code_text(
      "On Monday the Chilean president met Luiz Inacio Lula. He criticized Bolivia.", "2007-01-01");
  EXPECT_TRUE(has(events, "CHLGOV BOL 121")) << testing::PrintToString(events);
  EXPECT_FALSE(has(events, "BRAGOV BOL 121")) << testing::PrintToString(events);
}

TEST(EventCoderDocument, ABareTitleIsThePersonTheStoryIsAbout) {
  // Bolivia and its government are named more often than Brazil, so the article's main
  // country would give "the president" the wrong one.
  auto events = code_text(
      "Bolivia praised Chile. Bolivia's government criticized Chile. Luiz Inacio Lula spoke. "
      "The president criticized Bolivia.",
      "2007-01-01");
  EXPECT_TRUE(has(events, "BRAGOV BOL 121")) << testing::PrintToString(events);
  // Only a person's title: "the government" is not a person.
  events = code_text(
      "Bolivia praised Chile. Bolivia's government criticized Chile. Luiz Inacio Lula spoke. "
      "The government criticized Chile.",
      "2007-01-01");
  EXPECT_FALSE(has(events, "BRAGOV CHL 121")) << testing::PrintToString(events);
}

}  // namespace
}  // namespace herald::coding