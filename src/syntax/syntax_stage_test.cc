#include "syntax/syntax_stage.h"

#include <gtest/gtest.h>

#include "herald/json.h"
#include "text/text_stage.h"

namespace herald {
namespace {

Document parse(const std::string& text) {
  Document document;
  document.text = text;
  EXPECT_TRUE(TextStage().run(document).is_ok());
  auto stage = make_syntax_stage();
  EXPECT_TRUE(stage.is_ok()) << stage.status().message();
  if (stage.is_ok()) {
    EXPECT_TRUE((*stage)->run(document).is_ok());
  }
  Status valid = document.validate();
  EXPECT_TRUE(valid.is_ok()) << valid.message();
  return document;
}

TEST(SyntaxStage, TagsLemmasAndTree) {
  Document document = parse("Arnor met the leaders of Gondor on Monday.");
  ASSERT_EQ(document.sentences.size(), 1u);
  EXPECT_EQ(document.tokens[1].tag, "VBD");
  EXPECT_EQ(document.tokens[1].lemma, "meet");
  EXPECT_EQ(document.tokens[3].lemma, "leader");
  EXPECT_EQ(bracketed_tree(document, document.sentences[0]),
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD met) (NP (NP (DT the) (NNS leaders)) (PP (IN of) "
            "(NP (NNP Gondor)))) (PP (IN on) (NP (NNP Monday)))) (. .)))");
}

TEST(SyntaxStage, RareNounThatWordNetKnowsAsAVerbCanBeOne) {
  // "slap" is seen once in the treebank counts, as a noun; after "to" it is a verb.
  Document document = parse("Washington plans to slap tariffs on Gondor.");
  EXPECT_EQ(document.tokens[3].tag, "VB");
  EXPECT_EQ(parse("It was a slap in the face.").tokens[3].tag, "NN");
}

TEST(SyntaxStage, RareVerbThatWordNetKnowsAsANounCanBeOne) {
  // "torture" is seen twice in the treebank counts, as a verb; after "of" it is a noun.
  Document document = parse("There was no evidence of torture by Gondor.");
  EXPECT_EQ(document.tokens[5].tag, "NN");
  EXPECT_EQ(parse("They torture prisoners.").tokens[1].tag, "VBP");
}

TEST(SyntaxStage, PastFormWithATimeAfterANounIsAParticiple) {
  // Before the clause's present tense, between commas before its verb, and after a verb's
  // object; never for a verb that takes a clause ("said the talks ended last week").
  EXPECT_EQ(parse("The accord signed last year between France and Yugoslavia calls for trade.")
                .tokens[2]
                .tag,
            "VBN");
  EXPECT_EQ(
      parse("That pact, agreed last year after long talks, calls on Japan to act.").tokens[3].tag,
      "VBN");
  EXPECT_EQ(parse("Japan must keep the pact signed last September.").tokens[5].tag, "VBN");
  EXPECT_EQ(parse("He said the talks ended last week.").tokens[4].tag, "VBD");
  EXPECT_EQ(parse("The minister said on Monday he would resign.").tokens[2].tag, "VBD");
}

TEST(SyntaxStage, AfterHelpABaseFormVerbIsAVerb) {
  // "smash" is seen more often as a noun; after "help" with a noun phrase after it, a verb.
  Document document = parse("They would help smash the gangs.");
  EXPECT_EQ(document.tokens[3].tag, "VB");
  EXPECT_EQ(parse("The help desk staff helped customers.").tokens[1].tag, "NN");
}

TEST(SyntaxStage, PastFormBetweenANounAndByIsAParticiple) {
  Document document = parse("Experts see a gap, a claim denied by the chancellor.");
  EXPECT_EQ(document.tokens[7].tag, "VBN");
  EXPECT_EQ(parse("The army denied by then that it fired.").tokens[2].tag, "VBD");
}

TEST(SyntaxStage, ClausesAndRelatives) {
  Document document = parse("Officials said the rebels, who had attacked the town, would leave.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(
      tree.find(
          "(VP (VBD said) (SBAR (S (NP (NP (DT the) (NNS rebels)) (, ,) (SBAR (WHNP (WP who))"),
      std::string::npos)
      << tree;
}

TEST(SyntaxStage, TimeNounEndsPhraseBeforeName) {
  // "last month" must not swallow the subject, and the participle-looking verb after it is
  // the clause's past tense.
  Document document =
      parse("At the end of last month Brazil also accused the United States of theft.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(NP (JJ last) (NN month))"), std::string::npos) << tree;
  EXPECT_NE(tree.find("(NP (NNP Brazil)) (ADVP (RB also)) (VP (VBD accused)"), std::string::npos)
      << tree;
}

TEST(SyntaxStage, CommonNounEndsPhraseBeforeLastAndADay) {
  // The offensive heads its own phrase, and "last Tuesday" dates the verb; "offensive" is a
  // noun there, though the tagger also knows it as an adjective. A noun that governs an
  // infinitive after the time keeps it ("plans last week to slap tariffs").
  Document document = parse("Iran launched its northern offensive last Tuesday.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(NP (PRP$ its) (JJ northern) (NN offensive)) (NP (JJ last) (NNP Tuesday))"),
            std::string::npos)
      << tree;
  document = parse("Washington announced plans last week to slap tariffs on Japan.");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(NNS plans) (JJ last) (NN week)"), std::string::npos) << tree;
}

TEST(SyntaxStage, GrowingAfterUnderDescribesTheNoun) {
  // "under growing criticism": the -ing word describes the criticism, so the noun heads a
  // phrase with the "from" phrase after it; "despite raising tariffs" keeps its gerund.
  Document document = parse("Japan has come under growing criticism from the United States.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(JJ growing) (NN criticism)"), std::string::npos) << tree;
  document = parse("Despite raising the tariffs, Japan lost.");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(VBG raising)"), std::string::npos) << tree;
}

TEST(SyntaxStage, EventNounKeepsTimeAndSidesAfterPlace) {
  // The between-phrase names the summit's sides, not the month's.
  Document document = parse(
      "They will lay groundwork for a summit in Ottawa next month between President Reagan and "
      "Prime Minister Brian Mulroney.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(NP (NP (DT a) (NN summit)) (PP (IN in) (NP (NNP Ottawa))) (NP (JJ next) "
                      "(NN month)) (PP (IN between)"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, AsWellAsKeepsFurtherObjectInVerbPhrase) {
  Document document =
      parse("Brazil announced loans to farmers and fishermen, as well as investments in Bolivia.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(, ,) (CONJP (RB as) (RB well) (IN as)) (NP (NNS investments)) (PP (IN "
                      "in) (NP (NNP Bolivia))))"),
            std::string::npos)
      << tree;
  EXPECT_EQ(tree.find("(VP (VBD announced)"), tree.find("(VP"));
}

TEST(SyntaxStage, ParticipialPhraseAfterACommaJoinsTheVerbPhrase) {
  Document document = parse("Mbeki attacked British imperialists, saying they were wrong.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(VP (VBD attacked) (NP (JJ British) (NNS imperialists)) (, ,) (S (VP "
                      "(VBG saying)"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, CommaAndButBeforeASubjectAndVerbJoinClauses) {
  Document document =
      parse("Baghdad made no mention of fresh fighting, but a military spokesman threatened Iran.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(CC but) (S (NP (DT a) (JJ military) (NN spokesman)) (VP (VBD "
                      "threatened)"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, FollowingBeforeANounPhraseIsAPreposition) {
  Document document = parse("At a news conference following talks with Blair, Abbas spoke.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(PP (VBG following) (NP (NP (NNS talks)) (PP (IN with) (NP (NNP "
                      "Blair)))))"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, ParenthesisGlossesTheNounPhraseBeforeIt) {
  Document document = parse("Yugoslavia and the United Arab Emirates (UAE) have agreed.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(NP (NP (NNP Yugoslavia)) (CC and) (NP (NP (DT the) (NNP United) (NNP "
                      "Arab) (NNPS Emirates)) (PRN (-LRB- () (NP (NNP UAE)) (-RRB- )))))"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, ClauseAfterSinceHasAPastTenseVerb) {
  Document document = parse(
      "The UAE official visited Yugoslavia since the two countries "
      "established diplomatic relations last November.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(SBAR (IN since) (S (NP (DT the) (CD two) (NNS countries)) (VP (VBD "
                      "established)"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, PluralNounEndsTheNounPhraseBeforeAName) {
  Document document = parse("The minister told reporters West Germany would provide aid.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(NP (NNS reporters)) (SBAR (S (NP (NNP West) (NNP Germany))"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, QuantifierBeforeOfHeadsANounPhrase) {
  Document document = parse("He said many of Washington's objections were wrong.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(SBAR (S (NP (NP (JJ many)) (PP (IN of) (NP (NP (NNP Washington) (POS "
                      "'s)) (NNS objections)))) (VP (VBD were)"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, QuotationMarkAfterADeterminerStaysInTheNounPhrase) {
  Document document = parse("It was based on a \"lack of understanding\" of the rules.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(NP (DT a) (`` \") (NN lack))"), std::string::npos) << tree;
}

TEST(SyntaxStage, ParticipleBetweenAVerbAndANounIsAnAdjective) {
  Document document = parse(
      "Papandreou expressed qualified optimism after briefing opposition "
      "leaders on the talks.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(NP (JJ qualified) (NN optimism))"), std::string::npos) << tree;
  EXPECT_NE(tree.find("(VBG briefing) (NP (NN opposition) (NNS leaders))"), std::string::npos)
      << tree;
}

TEST(SyntaxStage, TimeNounAfterAPrepositionIsNoGerund) {
  Document document = parse("The ministers met after evening prayers.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_EQ(tree.find("VBG"), std::string::npos) << tree;
}

TEST(SyntaxStage, BareVerbAfterOrJoinsTheInfinitive) {
  Document document = parse("He told Japan to resolve the row or face a deterioration in trade.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(S (VP (TO to) (VP (VP (VB resolve) (NP (DT the) (NN row))) (CC or) (VP "
                      "(VB face)"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, StockTickerStaysInsideTheCompanysNounPhrase) {
  Document document = parse("They sold Cable and Wireless Plc's <CAWL.L> shareholding.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(PRN (-LRB- <) (NNP CAWL.L) (-RRB- >)) (NN shareholding))"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, OfPhraseAfterAListBelongsToItsLastCommonNoun) {
  Document document =
      parse("He spoke to President George Bush, and the presidents of Sri Lanka and Indonesia.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(CC and) (NP (NP (DT the) (NNS presidents)) (PP (IN of) (NP (NP (NNP Sri) "
                      "(NNP Lanka)) (CC and) (NP (NNP Indonesia)))))"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, ParticiplePhraseBetweenCommasModifiesTheSubject) {
  Document document = parse(
      "The US announced that Habib, previously accused of terrorist offences, will be released.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(SBAR (IN that) (S (NP (NP (NNP Habib)) (, ,) (ADVP (RB previously)) (VP "
                      "(VBN accused)"),
            std::string::npos)
      << tree;
  EXPECT_NE(tree.find("(, ,)) (VP (MD will)"), std::string::npos) << tree;
}

TEST(SyntaxStage, ComplementizerClauseMayOpenWithPhrases) {
  Document document =
      parse("Weinberger said that in his talks with Kurihara he made a pitch for US firms.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(SBAR (IN that) (S (PP (IN in) (NP (PRP$ his) (NNS talks))) (PP (IN with) "
                      "(NP (NNP Kurihara))) (NP (PRP he)) (VP (VBD made)"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, WhetherTakesAnInfinitive) {
  Document document = parse("Tunisia will decide whether to break relations with Iran.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(VP (VB decide) (SBAR (IN whether) (S (VP (TO to) (VP (VB break)"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, AdjectiveAndNounModifierShareTheirNoun) {
  Document document = parse("The treaty is separate from strategic and space weapons.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(NP (JJ strategic) (CC and) (NN space) (NNS weapons))"), std::string::npos)
      << tree;
}

TEST(SyntaxStage, InfinitiveAfterTheObjectOfUseIsThePurpose) {
  Document document = parse("He will use the annual summit to press for growth.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(VB use) (NP (DT the) (JJ annual) (NN summit)) (S (VP (TO to)"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, GerundInTheSubjectOfWhatWasSaidTakesNoClause) {
  Document document = parse(
      "Vorontsov said Soviet-American talks on cutting nuclear missiles had made a breakthrough.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(PP (IN on) (S (VP (VBG cutting) (NP (JJ nuclear) (NNS missiles))))))"
                      " (VP (VBD had)"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, WithPhraseAfterAnEventNounIsItsOwn) {
  Document document = parse("Shultz praised Manila after a meeting with President Aquino.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(PP (IN after) (NP (NP (DT a) (NN meeting)) (PP (IN with)"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, ScareQuotedModifierStaysInTheNounPhrase) {
  Document document = parse("Nations took a \"spectator\" role to Iraq's reconstruction.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(NP (DT a) (`` \") (NN spectator) ('' \") (NN role))"), std::string::npos)
      << tree;
}

TEST(SyntaxStage, CapitalizedVerbAfterUSIsAVerb) {
  Document document = parse("The U.S. Alleges that Japan is selling chips below cost.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(VP (VBZ Alleges) (SBAR (IN that)"), std::string::npos) << tree;
}

TEST(SyntaxStage, OpeningPhraseEndsBeforeTheSubjectsName) {
  Document document = parse("At an airport news conference Howard denied the charges.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(NN conference))) (NP (NNP Howard)) (VP (VBD denied)"), std::string::npos)
      << tree;
}

TEST(SyntaxStage, WeekdayEndsThePhraseBeforeANoun) {
  Document document = parse(
      "He said on Monday fighting was continuing in the north but that Iran had exaggerated.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(PP (IN on) (NP (NNP Monday))) (SBAR (S (NP (NN fighting))"),
            std::string::npos)
      << tree;
  // The second that-clause is the verb's too.
  EXPECT_NE(tree.find("(CC but) (SBAR (IN that) (S (NP (NNP Iran))"), std::string::npos) << tree;
  EXPECT_EQ(tree.find("(. .)))"), tree.size() - 7) << tree;
}

TEST(SyntaxStage, PluralNounAfterANounBeforeAGerundIsANoun) {
  Document document = parse("He said Labour poster plans attacking Mr Howard were abusive.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(NN poster) (NNS plans)"), std::string::npos) << tree;
}

TEST(SyntaxStage, AppositionKeepsItsPrepositionalPhrases) {
  Document document =
      parse("Alexander Ivanov, head of the Gulf desk at the Foreign Ministry, told reporters.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_EQ(
      tree.find("(ROOT (S (NP (NP (NNP Alexander) (NNP Ivanov)) (, ,) (NP (NP (NP (NN head))"), 0u)
      << tree;
  EXPECT_NE(tree.find("(NNP Ministry)))) (, ,)) (VP (VBD told)"), std::string::npos) << tree;
}

TEST(SyntaxStage, UnknownCapitalizedWordsAreNames) {
  // "Majed" is no past tense and "al-Shaheen" no participle.
  Document document = parse("The envoy met Undersecretary Suleiman Majed al-Shaheen.");
  ASSERT_EQ(document.tokens.size(), 8u);
  EXPECT_EQ(document.tokens[5].tag, "NNP");
  EXPECT_EQ(document.tokens[6].tag, "NNP");
}

TEST(SyntaxStage, MissingLexiconNamesFileAndPackage) {
  syntax::LexiconPaths paths;
  paths.lingua_dir = "/nonexistent/Lingua";
  auto stage = make_syntax_stage(paths);
  ASSERT_FALSE(stage.is_ok());
  EXPECT_NE(stage.status().message().find("/nonexistent/Lingua/words.yml"), std::string::npos);
  EXPECT_NE(stage.status().message().find("liblingua-en-tagger-perl"), std::string::npos);
}

TEST(SyntaxStage, BadInputIsBounded) {
  std::string nested(10000, '(');
  nested += "war";
  nested += std::string(10000, ')');
  Document brackets = parse(nested);
  EXPECT_FALSE(brackets.diagnostics.empty());  // the sentence was split
  std::string control = "Troops\x01\x02 left\x7f the \xff\xfe town.";
  Document damaged = parse(control);
  EXPECT_EQ(damaged.sentences.size(), 1u);
  Document empty = parse("");
  EXPECT_TRUE(empty.sentences.empty());
  std::string run_on;
  for (int i = 0; i < 20000; ++i) run_on += "troops ";
  Document long_text = parse(run_on);
  EXPECT_GT(long_text.sentences.size(), 100u);
  for (const Sentence& sentence : long_text.sentences)
    EXPECT_LE(sentence.token_end - sentence.token_begin, 160u);
}

TEST(SyntaxStage, TimePhraseJoinsNoList) {
  // "and" here joins two clauses; "last week" is no conjunct of "Canada".
  Document document = parse("Germany proposed a freeze last week and Canada has begun its own.");
  const std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_EQ(tree.find("(NP (NP (NN week)) (CC and)"), std::string::npos) << tree;
  EXPECT_EQ(tree.find("(NNS week) (CC and) (NNP Canada)"), std::string::npos) << tree;
  EXPECT_NE(tree.find("(NP (NNP Canada)) (VP (VBZ has)"), std::string::npos) << tree;
}

TEST(SyntaxStage, SharedAuxiliaryJoinsTwoParticiples) {
  Document document = parse("Iranian forces had killed or wounded 2,600 Iraqis.");
  const std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(CC or) (VP (VBN wounded)"), std::string::npos) << tree;
  EXPECT_EQ(tree.find("(ROOT (S (NP (JJ Iranian) (NNS forces)) (VP (VBD had) (VP (VBN killed))) "
                      "(CC or)"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, PastFormsJoinedAfterAReportedSubjectAreItsVerbs) {
  Document document = parse("Iraq said its forces killed or wounded 15,000 Iranian soldiers.");
  EXPECT_EQ(document.tokens[4].tag, "VBD");  // killed
  EXPECT_EQ(document.tokens[6].tag, "VBD");  // wounded
  // Not a participle on a noun with no reporting verb before it.
  Document relative = parse("The soldiers killed or wounded in the attack were Iranian.");
  EXPECT_NE(relative.tokens[2].tag, "VBD");  // killed
}

TEST(SyntaxStage, BritishSpellingsAreKnownWords) {
  Document document = parse("The armour of Britain criticised Iran's defence centre.");
  EXPECT_EQ(document.tokens[1].tag, "NN");   // armour
  EXPECT_EQ(document.tokens[4].tag, "VBD");  // criticised
  EXPECT_EQ(document.tokens[7].tag, "NN");   // defence
}

TEST(SyntaxStage, ClosingReportingClauseStaysInTheSentence) {
  // The appositive does not take the comma before "officials said", nor does "signed" take
  // the reporting clause as its complement.
  Document document = parse(
      "Gondor signed a trade protocol with Rohan, its biggest trading partner, officials said.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(NP (PRP$ its) (JJS biggest) (NN trading) (NN partner)))))) (, ,) (NP (NNS "
                      "officials)) (VP (VBD said)) (. .)))"),
            std::string::npos)
      << tree;
  // The subject of the reporting clause joins no list with the phrase before the comma.
  document = parse("Rebels attacked the town on Saturday, defense and military officials said.");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(PP (IN on) (NP (NNP Saturday))))) (, ,) (NP (NP (NN defense)) (CC and) "
                      "(NP (JJ military) (NNS officials))) (VP (VBD said))"),
            std::string::npos)
      << tree;
  // Without a clause before the comma, the names are one subject.
  document = parse("Mordor, Rohan and Bree said.");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(NP (NNP Mordor) (, ,) (NNP Rohan) (CC and) (NNP Bree))"), std::string::npos)
      << tree;
}

TEST(SyntaxStage, AdverbBeforeAnAdjectiveStaysInTheNounPhrase) {
  Document document = parse("A very senior official said on Saturday that the talks had failed.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(S (NP (DT A) (ADJP (RB very) (JJ senior)) (NN official)) (VP (VBD said)"),
            std::string::npos)
      << tree;
  document = parse("The mines are among the most dangerous in the world.");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(PP (IN among) (NP (DT the) (ADJP (RBS most) (JJ dangerous))))"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, PrepositionBeforeWhichOpensTheRelativeClause) {
  Document document = parse("The rebels launched raids in which dozens of civilians were killed.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(NP (NP (NNS raids)) (SBAR (WHPP (IN in) (WHNP (WDT which))) (S (NP"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, NumbersWithTheirModifiersAreQuantityPhrases) {
  Document document = parse("Insurgents killed at least eight people in Aleppo.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(VP (VBD killed) (NP (QP (IN at) (JJS least) (CD eight)) (NNS people)) (PP"),
            std::string::npos)
      << tree;
  document = parse("Gondor signed an 800 million ducat protocol and sent a million rupees.");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(NP (DT an) (QP (CD 800) (CD million)) (NN ducat) (NN protocol))"),
            std::string::npos)
      << tree;
  EXPECT_NE(tree.find("(NP (QP (DT a) (CD million)) (NNS rupees))"), std::string::npos) << tree;
  // A year after "about" is no quantity.
  document = parse("They talked about 1990 and more than 100 prisoners.");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_EQ(tree.find("(QP (IN about)"), std::string::npos) << tree;
  EXPECT_NE(tree.find("(QP (JJR more) (IN than) (CD 100))"), std::string::npos) << tree;
}

TEST(SyntaxStage, ParticipleBeforeANounModifiesIt) {
  // After a preposition: the with-phrase keeps its object, and "met" its partner.
  Document document = parse("The president met with exiled dissidents from Myanmar.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(VP (VBD met) (PP (IN with) (NP (VBN exiled) (NNS dissidents)))"),
            std::string::npos)
      << tree;
  // After a number.
  document = parse("The USA gave asylum to the two exiled dissidents.");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(NP (DT the) (CD two) (VBN exiled) (NNS dissidents))"), std::string::npos)
      << tree;
}

TEST(SyntaxStage, VerbPhraseAfterACommaAndConjunctionJoinsTheMainVerb) {
  // ", and gave" joins "met", the clause's own verb phrase.
  Document document =
      parse("The minister met rebel leaders in Kabul on Monday, and gave them a warning.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(S (NP (DT The) (NN minister)) (VP (VP (VBD met)"), std::string::npos)
      << tree;
  EXPECT_NE(tree.find("(NP (NNP Monday)))) (, ,) (CC and) (VP (VBD gave)"), std::string::npos)
      << tree;
  // Not the nearest verb, which sits in a clause inside the main verb phrase.
  document = parse("France accused Rwanda of alleging Paris played a role, but said it was ready.");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(S (NP (NNP France)) (VP (VP (VBD accused)"), std::string::npos) << tree;
  EXPECT_NE(tree.find("(NP (DT a) (NN role)))))))))) (, ,) (CC but) (VP (VBD said)"),
            std::string::npos)
      << tree;
  // A list of verb phrases, the participle after "and" read as a past tense.
  document = parse("The rebels attacked the convoy, killed three soldiers and seized weapons.");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(VP (VP (VBD attacked) (NP (DT the) (NN convoy))) (, ,) (VP (VBD killed) "
                      "(NP (CD three) (NNS soldiers))) (CC and) (VP (VBD seized)"),
            std::string::npos)
      << tree;
  // A clause with its own subject after ", and" stays a clause.
  document = parse("The rebels attacked the town, and the army responded.");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(, ,) (CC and) (S (NP (DT the) (NN army)) (VP (VBD responded)))"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, PhrasesWithTheSamePrepositionAreTheConjuncts) {
  Document document = parse(
      "He will see an orphanage in Tanzania and a credit union in Mozambique before leaving.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(VB see) (NP (NP (NP (DT an) (NN orphanage)) (PP (IN in) (NP (NNP "
                      "Tanzania)))) (CC and) (NP (NP (DT a) (NN credit) (NN union)) (PP (IN in) "
                      "(NP (NNP Mozambique)))))"),
            std::string::npos)
      << tree;
  document = parse("They include Dallas in the US, Bordeaux in France and Oporto in Portugal.");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(VBP include) (NP (NP (NP (NNP Dallas)) (PP (IN in) (NP (DT the) (NNP "
                      "US)))) (, ,) (NP (NP (NNP Bordeaux)) (PP (IN in) (NP (NNP France)))) (CC "
                      "and) (NP (NP (NNP Oporto)) (PP (IN in) (NP (NNP Portugal)))))"),
            std::string::npos)
      << tree;
  // Common nouns keep the plain list: "units and centres in the state".
  document = parse("There is a police presence in all the units and centres in the state.");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(NP (NP (PDT all) (DT the) (NNS units)) (CC and) (NP (NNS centres)))"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, AdverbAfterARelativePronounStaysInTheRelativeClause) {
  // The relative clause stays on "the rebels", who remain the subject of "were arrested".
  Document document = parse("The rebels, who also attacked the town, were arrested.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(S (NP (NP (DT The) (NNS rebels)) (, ,) (SBAR (WHNP (WP who)) (S (ADVP "
                      "(RB also)) (VP (VBD attacked) (NP (DT the) (NN town))))) (, ,)) (VP (VBD "
                      "were)"),
            std::string::npos)
      << tree;
  // "what" opens a clause that a preposition takes.
  document = parse("The tanks might want Obama to head back after what just happened.");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(PP (IN after) (SBAR (WHNP (WP what)) (S (ADVP (RB just)) (VP"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, RelativeWhoAfterTheNameOfABodyModifiesTheNounBefore) {
  Document document = parse("Police arrested the leader of Hamas, who organised the protest.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(NP (NP (NP (DT the) (NN leader)) (PP (IN of) (NP (NNP Hamas)))) (, ,) "
                      "(SBAR (WHNP (WP who))"),
            std::string::npos)
      << tree;
  // A person's name keeps its relative clause.
  document = parse("The release of Adli Yaish, who had been arrested, came as a surprise.");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(PP (IN of) (NP (NP (NNP Adli) (NNP Yaish)) (, ,) (SBAR (WHNP (WP who))"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, VerbAfterAPluralSubjectOpeningTheSentenceIsFinite) {
  Document document = parse("Police arrested the leader of the group.");
  EXPECT_EQ(document.tokens[1].tag, "VBD");
  document = parse("Fornost and Gondor welcome a resumption of ties.");
  EXPECT_EQ(document.tokens[3].tag, "VBP");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(S (NP (NNP Fornost) (CC and) (NNP Gondor)) (VP (VBP welcome)"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, VerbBeforeAThatClauseAfterTheSubjectIsFinite) {
  Document document = parse("Gordon Brown also denied that he was increasing taxes.");
  EXPECT_EQ(document.tokens[3].tag, "VBD");
  document = parse("The minister later denied that he had met Shultz.");
  EXPECT_EQ(document.tokens[3].tag, "VBD");
}

TEST(SyntaxStage, IngWordAfterBeBeforeItsObjectIsAParticiple) {
  Document document = parse("Libyan forces are still bombing the airstrip in northern Chad.");
  EXPECT_EQ(document.tokens[4].tag, "VBG");
}

TEST(SyntaxStage, SubjunctiveAfterAVerbOfDemandingIsAClause) {
  Document document = parse("Britain insisted that France withdraw its troops.");
  EXPECT_EQ(bracketed_tree(document, document.sentences[0]),
            "(ROOT (S (NP (NNP Britain)) (VP (VBD insisted) (SBAR (IN that) (S (NP (NNP France)) "
            "(VP (VB withdraw) (NP (PRP$ its) (NNS troops)))))) (. .)))");
}

TEST(SyntaxStage, EnvoysPostAndRelativeClauseBelongToTheEnvoy) {
  Document document = parse("He met Turkey's ambassador to Athens who arrived last night.");
  const std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(NP (NP (NP (NP (NNP Turkey) (POS 's)) (NN ambassador)) (PP (TO to) (NP "
                      "(NNP Athens)))) (SBAR (WHNP (WP who))"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, PastFormBetweenCommasAfterANounIsAParticiple) {
  Document document = parse("The pact, agreed last July, called for Tokyo to end dumping.");
  EXPECT_EQ(document.tokens[3].tag, "VBN");
  EXPECT_EQ(document.tokens[7].tag, "VBD");
  document = parse("The pact, said officials, called for Tokyo to end dumping.");
  EXPECT_EQ(document.tokens[3].tag, "VBD");
}

TEST(SyntaxStage, IngWordAfterBeWithNoObjectIsAParticiple) {
  Document document = parse("Negotiators have been meeting for more than a year.");
  EXPECT_EQ(document.tokens[3].tag, "VBG");
  document = parse("The talks were a meeting of minds.");
  EXPECT_EQ(document.tokens[4].tag, "NN");
}

TEST(SyntaxStage, ButBeforeASubjectAndItsVerbOpensAClause) {
  Document document = parse(
      "Jack Straw said France would join the talks but the Conservatives "
      "say the plan is irresponsible.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(CC but) (S (NP (DT the) (NNS Conservatives)) (VP (VBP say)"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, ButAfterAnObjectPronounOpensAClause) {
  Document document =
      parse("Shultz wants to discuss it but Soviet officials expect him to concentrate on arms.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(CC but) (S (NP (JJ Soviet) (NNS officials)) (VP (VBP expect)"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, AListOfActsAfterAReportedClauseIsItsOwn) {
  Document document = parse(
      "The agency said Iranian forces smashed four Iraqi brigades, killed or wounded 1,500 "
      "Iraqi soldiers and destroyed 45 enemy tanks.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  // "killed" and "wounded" are past tenses of the list, not participles on "brigades", and the
  // list is the reported clause's verb phrase.
  EXPECT_NE(tree.find("(S (NP (JJ Iranian) (NNS forces)) (VP (VP (VBD smashed)"), std::string::npos)
      << tree;
  EXPECT_NE(tree.find("(VBD killed)"), std::string::npos) << tree;
  EXPECT_NE(tree.find("(VBD wounded)"), std::string::npos) << tree;
}

TEST(SyntaxStage, AsTheResultOfIsAPhraseNoClause) {
  Document document = parse(
      "The satellite was launched as the result of an agreement reached last year between "
      "Reagan and Suharto.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(VP (VBN reached)"), std::string::npos) << tree;
}

TEST(SyntaxStage, NameJoinedToWideIsAnAdjective) {
  Document document = parse("The UK would take part in EU-wide measures.");
  EXPECT_EQ(document.tokens[6].tag, "JJ");
  EXPECT_EQ(document.tokens[7].tag, "NNS");
}

TEST(SyntaxStage, BetweenPhraseBelongsToTheNounBefore) {
  Document document =
      parse("Fornost welcomed a resumption of diplomatic ties between Gondor and Osgiliath.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(NP (NP (JJ diplomatic) (NNS ties)) (PP (IN between) (NP (NNP Gondor) (CC "
                      "and) (NNP Osgiliath))))"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, TimePhraseBeforeTheVerbModifiesTheSubject) {
  Document document = parse("Pyongyang on Thursday fired two artillery shells at Seoul.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(S (NP (NP (NNP Pyongyang)) (PP (IN on) (NP (NNP Thursday)))) (VP (VBD "
                      "fired)"),
            std::string::npos)
      << tree;
  // Before an adverb it stays in the clause.
  document = parse("Pyongyang on Thursday also fired two artillery shells at Seoul.");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(S (NP (NNP Pyongyang)) (PP (IN on) (NP (NNP Thursday))) (ADVP (RB also))"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, AccordingToIsAPrepositionalPhrase) {
  Document document = parse("Pyongyang fired two shells at Seoul, according to reports.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(PP (VBG according) (PP (TO to) (NP (NNS reports))))"), std::string::npos)
      << tree;
}

TEST(SyntaxStage, ParticipleAfterTheOpeningSubjectIsAReducedRelative) {
  Document document =
      parse("A report released Tuesday in the capital alleged that France was aware of it.");
  EXPECT_EQ(document.tokens[2].tag, "VBN");  // released
  EXPECT_EQ(document.tokens[7].tag, "VBD");  // alleged
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(S (NP (NP (DT A) (NN report)) (VP (VBN released) (NP (NNP Tuesday)) (PP "
                      "(IN in) (NP (DT the) (NN capital))))) (VP (VBD alleged) (SBAR (IN that)"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, StartingBeforeAPrepositionHeadsAPrepositionalPhrase) {
  Document document = parse("He will meet leaders during a visit to Rohan starting on Sunday.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(PP (VBG starting) (PP (IN on) (NP (NNP Sunday))))"), std::string::npos)
      << tree;
  // Before an object it stays a verb.
  document = parse("He is starting a war.");
  EXPECT_EQ(document.tokens[2].tag, "VBG");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(VP (VBG starting) (NP (DT a) (NN war)))"), std::string::npos) << tree;
}

TEST(SyntaxStage, IngWordAfterAConjunctionJoiningGerundsIsAGerund) {
  Document document =
      parse("Activists staged a protest, scaling a pole and unfurling giant banners.");
  EXPECT_EQ(document.tokens[9].tag, "VBG");  // unfurling
}

TEST(SyntaxStage, ANumberAndAHalfIsOneQuantity) {
  Document document = parse("They met during a one and a half hour meeting with Soviet officials.");
  const std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(NP (DT a) (NN one) (CC and) (DT a) (NN half) (NN hour) (NN meeting))"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, ANounEndsBeforeTomorrow) {
  Document document = parse("The ministers will start talks tomorrow with U.S. officials.");
  const std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(NP (NNS talks)) (NP (NN tomorrow))"), std::string::npos) << tree;
}

TEST(SyntaxStage, OfficeAndHolderAfterATitleAreOnePhrase) {
  Document document =
      parse("U.K. Chancellor of the Exchequer Nigel Lawson said the talks had failed.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(S (NP (NP (NP (NNP U.K.) (NNP Chancellor)) (PP (IN of) (NP (DT the) (NNP "
                      "Exchequer)))) (NP (NNP Nigel) (NNP Lawson))) (VP (VBD said)"),
            std::string::npos)
      << tree;
  // An envoy's "to" names the post the same way.
  document = parse("Portuguese Ambassador to Peking Octavio Valerio said the talks had ended.");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(PP (TO to) (NP (NNP Peking)))) (NP (NNP Octavio) (NNP Valerio)))"),
            std::string::npos)
      << tree;
  // A longer run of names is left alone.
  document = parse("The President of the European Commission Jose Manuel Barroso left.");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_EQ(tree.find("(NP (NNP Manuel) (NNP Barroso))"), std::string::npos) << tree;
}

TEST(SyntaxStage, SharedAuxiliaryCoordinatesUnderTheAuxiliary) {
  Document document = parse("Officials said 54 civilians were killed or injured.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(VP (VBD were) (VP (VP (VBN killed)) (CC or) (VP (VBN injured))))"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, TimeClauseAfterACommaStaysInTheVerbPhrase) {
  Document document = parse(
      "Arnor will restore ties with Gondor, almost five years after crowds burned its embassy.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(PP (IN with) (NP (NNP Gondor))) (, ,) (SBAR (NP (RB almost) (CD five) "
                      "(NNS years)) (IN after)"),
            std::string::npos)
      << tree;
  EXPECT_EQ(tree.find("(VP (MD will)"), tree.find("(VP")) << tree;
  // Not by a bare verb of saying in the middle of the sentence: it is a parenthetical, and the
  // main verb takes the clause.
  document = parse(
      "Troops withdrew on Monday, a correspondent said, two weeks after rebels kidnapped "
      "peacekeepers.");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(VP (VBD said))) (, ,)) (SBAR (NP (CD two)"), std::string::npos) << tree;
}

TEST(SyntaxStage, AdjectivesWithACommaBetweenStayInTheNounPhrase) {
  Document document = parse("Arnor will restore complete, full diplomatic ties with Gondor.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(VP (VB restore) (NP (JJ complete) (, ,) (JJ full) (JJ diplomatic) (NNS "
                      "ties)) (PP (IN with)"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, SubjectAndVerbOfSayingBetweenCommasAreAParenthetical) {
  Document document = parse("Arnor will restore, it seems, full diplomatic ties with Gondor.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(VP (VB restore) (PRN (, ,) (S (NP (PRP it)) (VP (VBZ seems))) (, ,)) (NP "
                      "(JJ full) (JJ diplomatic) (NNS ties))"),
            std::string::npos)
      << tree;
  document = parse("Troops withdrew on Monday, a correspondent said, after rebels attacked.");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(PRN (, ,) (S (NP (DT a) (NN correspondent)) (VP (VBD said))) (, ,))"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, WithPhraseAfterANounOfQuarrelIsTheNounsOwn) {
  Document document = parse("The death toll has risen in the dispute with Osgiliath.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(PP (IN in) (NP (NP (DT the) (NN dispute)) (PP (IN with) (NP (NNP "
                      "Osgiliath)))))"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, QuotedVerbPhraseIsTheVerbOfItsClause) {
  Document document = parse(
      "But the Steward told reporters Gondor policy \"condemns and prohibits\" torture and said "
      "there was no evidence.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(SBAR (S (NP (NNP Gondor) (NN policy)) (VP (`` \") (VP (VP (VBZ condemns)) "
                      "(CC and) (VP (VBZ prohibits))) ('' \") (NP (NN torture)))))"),
            std::string::npos)
      << tree;
  // "said" shares the subject of "told".
  EXPECT_NE(tree.find("(NP (DT the) (NNP Steward)) (VP (VP (VBD told)"), std::string::npos) << tree;
  EXPECT_NE(tree.find("(CC and) (VP (VBD said)"), std::string::npos) << tree;
}

TEST(SyntaxStage, QuotedVerbPhraseKeepsThePhrasesAfterIt) {
  Document document = parse(
      "Gondor and Arnor had \"agreed in principle\" on a common concept during talks in "
      "Bonn.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("('' \") (PP (IN on) (NP (DT a) (JJ common) (NN concept))) (PP (IN during)"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, RepairsLookingBackSeeTheFiniteVerbFoundLast) {
  Document document = parse(
      "EC ministers meeting here issued a statement deploring Japan's surplus and appealed for "
      "greater effort.");
  EXPECT_EQ(document.tokens[4].tag, "VBD");   // issued
  EXPECT_EQ(document.tokens[12].tag, "VBD");  // appealed
}

TEST(SyntaxStage, QuotedVerbPhraseMayOpenWithAnAdverb) {
  Document document = parse("Gondor said it was \"deeply disappointed\" by the tariffs.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(VP (VBD was) (VP (`` \") (ADVP (RB deeply)) (VP (VBN disappointed)) "
                      "('' \") (PP (IN by)"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, BaseFormAfterASubordinatorsPluralSubjectIsPresent) {
  Document document =
      parse("Debt will grow unless developed countries lower their interest rates.");
  EXPECT_EQ(document.tokens[6].tag, "VBP");  // lower
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(SBAR (IN unless) (S (NP (JJ developed) (NNS countries)) (VP (VBP lower)"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, QuantifierOpeningASentenceIsItsSubject) {
  Document document = parse("Some interpreted the move as a goodwill gesture.");
  EXPECT_EQ(document.tokens[1].tag, "VBD");  // interpreted
}

TEST(SyntaxStage, TimeWordAfterAndOpensTheNextVerbPhrase) {
  Document document = parse("Gondor has met Arnor leaders and today signed an agreement.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(CC and) (VP (NP (NN today)) (VBD signed)"), std::string::npos) << tree;
  EXPECT_EQ(tree.find("(CC and) (NP (NN today))"), std::string::npos) << tree;
}

TEST(SyntaxStage, MeasureBeforeAgoIsTheAdverbsNounPhrase) {
  Document document =
      parse("Rebels sought in southern Gondor three years ago were freed over a year ago.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(PP (IN in) (NP (JJ southern) (NNP Gondor))) (ADVP (NP (CD three) (NNS "
                      "years)) (RB ago))"),
            std::string::npos)
      << tree;
  EXPECT_NE(tree.find("(PP (IN over) (ADVP (NP (DT a) (NN year)) (RB ago)))"), std::string::npos)
      << tree;
}

TEST(SyntaxStage, ForTakesTheNounPhraseAfterItNotAClause) {
  Document document = parse(
      "The Council for Human Rights, a group that tracks the war, said eight people were "
      "killed.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_EQ(tree.find("FRAG"), std::string::npos) << tree;
  EXPECT_NE(tree.find("(ROOT (S (NP (NP (DT The) (NNP Council)) (PP (IN for) (NP (NP (NNP Human) "
                      "(NNPS Rights))"),
            std::string::npos)
      << tree;
  EXPECT_NE(tree.find(") (VP (VBD said) (SBAR"), std::string::npos) << tree;
}

TEST(SyntaxStage, PastTenseAfterAPrepositionsObjectIsAParticiple) {
  Document document =
      parse("The Steward has called for the release of terror suspects detained without trial.");
  EXPECT_EQ(document.tokens[10].tag, "VBN");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(NP (NP (NN terror) (NNS suspects)) (VP (VBN detained) (PP (IN without)"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, ParticiplesWithComplementsShareTheirAuxiliary) {
  Document document = parse("Mordor had attacked Gondor and taken the city of Osgiliath.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(VP (VBD had) (VP (VP (VBN attacked) (NP (NNP Gondor))) (CC and) (VP (VBN "
                      "taken) (NP"),
            std::string::npos)
      << tree;
  document = parse("The leader was arrested in Bree on Monday and charged with treason.");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(VP (VBD was) (VP (VP (VBN arrested) (PP (IN in) (NP (NNP Bree))) (PP (IN "
                      "on) (NP (NNP Monday)))) (CC and) (VP (VBN charged) (PP (IN with)"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, SecondThatClauseAfterACommaAndConjunctionIsTheVerbs) {
  Document document =
      parse("Gondor said that Mordor was aware of the plan, and that its army helped the rebels.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(NN plan))))))) (, ,) (CC and) (SBAR (IN that) (S (NP (PRP$ its) (NN "
                      "army)) (VP (VBD helped) (NP (DT the) (NNS rebels)))))) (. .)))"),
            std::string::npos)
      << tree;
  EXPECT_NE(tree.find("(ROOT (S (NP (NNP Gondor)) (VP (VBD said) (SBAR (IN that)"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, VerbsJoinedAfterToAreBothBaseForms) {
  Document document = parse("The army helped to plan and carry out killings.");
  EXPECT_EQ(document.tokens[4].tag, "VB");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(S (VP (TO to) (VP (VP (VB plan)) (CC and) (VP (VB carry) (PRT (RP out)) "
                      "(NP (NNS killings))))))"),
            std::string::npos)
      << tree;
  document = parse("They agreed to study and report on the matter.");
  EXPECT_EQ(document.tokens[5].tag, "VB");
}

TEST(SyntaxStage, AdverbBeforeAPhraseAfterACommaStaysWithItInTheVerbPhrase) {
  Document document = parse(
      "Gondor is seeking to deepen a partnership in energy, especially by promoting trade with "
      "Rohan.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(VP (VB deepen) (NP (DT a) (NN partnership)) (PP (IN in) (NP (NN energy))) "
                      "(, ,) (PP (ADVP (RB especially)) (IN by) (S (VP (VBG promoting)"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, VerbBeforeToInAClauseOpenedByAsIsAPastTense) {
  Document document = parse("The stopover came as the Gondor leader prepared to attend the games.");
  EXPECT_EQ(document.tokens[7].tag, "VBD");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(SBAR (IN as) (S (NP (DT the) (NNP Gondor) (NN leader)) (VP (VBD prepared) "
                      "(S (VP (TO to)"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, QuotedNameBeforeTheNounStaysInTheNounPhrase) {
  Document document =
      parse("Activists unfurled giant \"Free Gondor\" banners close to the stadium.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(VP (VBD unfurled) (NP (JJ giant) (`` \") (NNP Free) (NNP Gondor) ('' \") "
                      "(NNS banners))"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, WeekdayAfterADeterminerModifiesTheNoun) {
  Document document = parse("The king heads to Minas Tirith for the Friday opening of the games.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(PP (IN for) (NP (NP (DT the) (NNP Friday) (NN opening)) (PP (IN of)"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, ParticipleBetweenABaseVerbAndANounIsAnAdjective) {
  Document document = parse("Gondor was determined to mend damaged ties with Rohan.");
  EXPECT_EQ(document.tokens[5].tag, "JJ");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(VP (VB mend) (NP (JJ damaged) (NNS ties)) (PP (IN with)"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, PersonsNameAfterANounAndItsPhraseNamesTheWholePhrase) {
  Document document =
      parse("The Gondor commander in Osgiliath, General Faramir Hurin, held talks with Rohan.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(
      tree.find("(ROOT (S (NP (NP (NP (DT The) (NNP Gondor) (NN commander)) (PP (IN in) (NP "
                "(NNP Osgiliath)))) (, ,) (NP (NNP General) (NNP Faramir) (NNP Hurin)) (, ,)) "
                "(VP (VBD held)"),
      std::string::npos)
      << tree;
}

TEST(SyntaxStage, PlaceAfterAPrepositionsObjectIsTheNounsOwn) {
  Document document = parse("The king will attend a summit on the unrest in Rohan.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(PP (IN on) (NP (NP (DT the) (NN unrest)) (PP (IN in) (NP (NNP Rohan)))))"),
            std::string::npos)
      << tree;
  // A phrase with its own of-phrase leaves the place to the verb.
  document = parse("The row began with the arrest of an officer in Gondor.");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(NN officer))))) (PP (IN in) (NP (NNP Gondor))))"), std::string::npos)
      << tree;
}

TEST(SyntaxStage, ToPhraseAfterANounOfTravelIsItsDestination) {
  Document document = parse("The king held talks during a brief private visit to Eriador.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(PP (IN during) (NP (NP (DT a) (JJ brief) (JJ private) (NN visit)) (PP (TO "
                      "to) (NP (NNP Eriador)))))"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, ComparativeBeforeANounAfterAVerbIsAnAdjective) {
  Document document = parse("Gondor offered further military support to Rohan.");
  EXPECT_EQ(document.tokens[2].tag, "JJ");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(VP (VBD offered) (NP (JJ further) (JJ military) (NN support))"),
            std::string::npos)
      << tree;
  document = parse("The army advanced further into Mordor.");
  EXPECT_EQ(document.tokens[3].tag, "RBR");
}

TEST(SyntaxStage, QuotedVerbPhraseAfterToIsTheInfinitive) {
  Document document = parse("Gandalf urged the students to \"make their mark\".");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(S (VP (TO to) (VP (`` \") (VP (VB make) (NP (PRP$ their) (NN mark))) ('' "
                      "\"))))"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, AdjectiveJoinedToAParticipleAfterBeIsAParticiple) {
  Document document = parse("There was no evidence that any prisoner was tortured or abused.");
  EXPECT_EQ(document.tokens[8].tag, "VBN");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(VP (VBD was) (VP (VP (VBN tortured)) (CC or) (VP (VBN abused))))"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, SingularVerbAfterAnObjectAndANounPhraseStartsAClause) {
  Document document =
      parse("Unions are united against the plans and the TUC is planning a protest.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(PP (IN against) (NP (DT the) (NNS plans)))))) (CC and) (S (NP (DT the) "
                      "(NNP TUC)) (VP (VBZ is)"),
            std::string::npos)
      << tree;
  document = parse("Gondor wants police to tackle crime but they accuse Arnor of delay.");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(CC but) (S (NP (PRP they)) (VP (VBP accuse)"), std::string::npos) << tree;
  // Before the clause's verb the phrase is part of the subject, and bare names stay a list.
  document = parse("The law on hunting in Rohan and the Shire is clear.");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(PP (IN in) (NP (NP (NNP Rohan)) (CC and) (NP (DT the) (NNP Shire))))) "
                      "(VP (VBZ is)"),
            std::string::npos)
      << tree;
  document = parse("Arnor said the Food and Drug Administration has approved it.");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(S (NP (NP (DT the) (NNP Food)) (CC and) (NP (NNP Drug) (NNP "
                      "Administration))) (VP (VBZ has)"),
            std::string::npos)
      << tree;
}

TEST(SyntaxStage, ClauseWithoutItsObjectAfterANounIsARelativeClause) {
  Document document = parse("The money the government spent on the war was wasted.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_EQ(tree,
            "(ROOT (S (NP (NP (DT The) (NN money)) (SBAR (S (NP (DT the) (NN government)) (VP "
            "(VBD spent) (PP (IN on) (NP (DT the) (NN war))))))) (VP (VBD was) (VP (VBN wasted))) "
            "(. .)))");
  document = parse("He said the measures the minister announced would help.");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(VBD said) (SBAR (S (NP (NP (DT the) (NNS measures)) (SBAR (S (NP (DT "
                      "the) (NN minister)) (VP (VBD announced))))) (VP (MD would)"),
            std::string::npos)
      << tree;
  // The object of a preposition before the sentence's verb does not take the clause, nor
  // does a noun before a clause whose subject is a time.
  document = parse("In those terms the gold they mined was pure.");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(PP (IN In) (NP (DT those) (NNS terms))) (NP (NP (DT the) (NN gold)) (SBAR"),
            std::string::npos)
      << tree;
  document = parse("In those terms the gold of Arnor assayed was pure.");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_EQ(tree.find("SBAR"), std::string::npos) << tree;
  document = parse("Cocoa sales in the first quarter this year fell and exports were down.");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_EQ(tree.find("(SBAR (S (NP (DT this) (NN year))"), std::string::npos) << tree;
}

TEST(SyntaxStage, ClauseBeforeAnInvertedReportingClauseStaysAClause) {
  Document document = parse("\"Gondor will fight,\" said President Aragorn.");
  EXPECT_EQ(bracketed_tree(document, document.sentences[0]),
            "(ROOT (S (`` \") (S (NP (NNP Gondor)) (VP (MD will) (VP (VB fight)))) (, ,) ('' \") "
            "(VP (VBD said) (NP (NNP President) (NNP Aragorn))) (. .)))");
  document = parse("Arnor attacked Gondor, said the minister.");
  EXPECT_EQ(bracketed_tree(document, document.sentences[0]),
            "(ROOT (S (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor)))) (, ,) (VP (VBD "
            "said) (NP (DT the) (NN minister))) (. .)))");
  // "told" names the hearer: the clause before it is flattened as before.
  document = parse("Arnor attacked Gondor, told the minister.");
  EXPECT_EQ(bracketed_tree(document, document.sentences[0]).rfind("(ROOT (S (NP (NNP Arnor))", 0),
            0u);
}

TEST(SyntaxStage, ParticiplePhraseAfterADashOrACoordinationJoinsTheClause) {
  Document document =
      parse("The government refused to publish the advice - saying such papers were secret.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(NP (DT the) (NN advice))))) (: -) (S (VP (VBG saying)"), std::string::npos)
      << tree;
  document = parse("He chaired the party, and was a force in the 80s, shadowing health.");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(, ,) (S (VP (VBG shadowing) (NP (NN health)))))) (. .)"), std::string::npos)
      << tree;
}

TEST(SyntaxStage, GerundAfterAVerbOfSayingIsTheSubjectOfTheVerbAfterIt) {
  Document document = parse("Arnor said voting for Gondor meant choosing war.");
  EXPECT_EQ(bracketed_tree(document, document.sentences[0]),
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD said) (SBAR (S (S (VP (VBG voting) (PP (IN for) "
            "(NP (NNP Gondor))))) (VP (VBD meant) (S (VP (VBG choosing) (NP (NN war)))))))) (. "
            ".)))");
  // Not after other verbs: "shipping" is no subject here.
  document = parse("Arnor intends to threaten shipping in the Gulf.");
  EXPECT_EQ(bracketed_tree(document, document.sentences[0]).find("(S (S (VP (VBG shipping)"),
            std::string::npos);
}

TEST(SyntaxStage, VerbInsideTheOpeningNounPhraseTakesNoClause) {
  Document document =
      parse("Other allegations involving British soldiers included the shooting of a policeman.");
  EXPECT_EQ(bracketed_tree(document, document.sentences[0]),
            "(ROOT (S (NP (NP (JJ Other) (NNS allegations)) (VP (VBG involving) (NP (JJ British) "
            "(NNS soldiers)))) (VP (VBD included) (NP (NP (DT the) (NN shooting)) (PP (IN of) (NP "
            "(DT a) (NN policeman))))) (. .)))");
  document = parse("Moves to lift the ban on arms exports have been condemned.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(ROOT (S (NP (NP (NNS Moves)) (S (VP (TO to) (VP (VB lift) (NP"),
            std::string::npos)
      << tree;
  // A verb that takes a clause keeps it.
  document = parse("Erdogan had to accept negotiations did not guarantee membership.");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(VB accept) (SBAR (S (NP (NNS negotiations))"), std::string::npos) << tree;
}

TEST(SyntaxStage, OpeningGerundBeforeAFiniteVerbIsItsSubject) {
  Document document = parse("Having multiple parties with the same view just splits the vote.");
  std::string tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(ROOT (S (S (VP (VBG Having) (NP (JJ multiple) (NNS parties))"),
            std::string::npos)
      << tree;
  EXPECT_NE(tree.find("(VP (VBZ splits) (NP (DT the) (NN vote)))"), std::string::npos) << tree;
  // An -ing word before a bare noun phrase may be its adjective: left alone.
  document = parse("Leading industrial nations are expected to act.");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_EQ(tree.find("(S (S (VP (VBG Leading)"), std::string::npos) << tree;
  // Read as taking the clause after it, an opening -ing word is a gerund with the clause's
  // subject as its object, or, known as an adjective or before a name, the subject's
  // adjective; a verb of saying keeps its clause.
  document = parse(
      "Detaining foreign terrorist suspects without trial breaks human rights laws, the court "
      "has ruled.");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(S (S (VP (VBG Detaining) (NP (NP (JJ foreign)"), std::string::npos) << tree;
  EXPECT_NE(tree.find("(VP (VBZ breaks) (NP (JJ human)"), std::string::npos) << tree;
  document = parse("Lifting the embargo would be irresponsible, the Foreign Office said.");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(S (S (VP (VBG Lifting) (NP (DT the) (NN embargo)))) (VP (MD would)"),
            std::string::npos)
      << tree;
  document = parse("Visiting Japanese officials said the talks went well.");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(S (NP (VBG Visiting) (JJ Japanese) (NNS officials)) (VP (VBD said)"),
            std::string::npos)
      << tree;
  document =
      parse("Departing Deputy Treasury Secretary Richard Darman told reporters it was fine.");
  tree = bracketed_tree(document, document.sentences[0]);
  EXPECT_NE(tree.find("(S (NP (VBG Departing) (NNP Deputy)"), std::string::npos) << tree;
}

// "to keep the Gulf sealanes open": an -s word after a verb's object of a determiner and a name
// is the object's plural head, not a verb.
TEST(SyntaxStage, PluralAfterAnObjectNameIsANoun) {
  EXPECT_EQ(parse("Reagan pledged to keep the Gulf sealanes open.").tokens[6].tag, "NNS");
  EXPECT_EQ(parse("The prime minister ridiculed the Tory plans for quotas.").tokens[6].tag, "NNS");
  EXPECT_EQ(parse("He said the Kremlin wants to talk.").tokens[4].tag, "VBZ");
}

// "raided alleged ANC bases": an allegation's participle before a noun, after a verb, is an
// adjective; after "had" it stays the verb.
TEST(SyntaxStage, AllegedBeforeANounAfterAVerbIsAnAdjective) {
  EXPECT_EQ(parse("Pretoria has raided alleged ANC bases.").tokens[3].tag, "JJ");
  EXPECT_EQ(parse("The alleged plot failed.").tokens[1].tag, "JJ");
  EXPECT_EQ(parse("Iran had alleged corruption in the talks.").tokens[2].tag, "VBN");
}

// "proposed a freeze and Canada has begun": a name after a common-noun object and a
// conjunction, before a singular verb, is the subject of a second clause, not a list.
TEST(SyntaxStage, NameAfterAnObjectAndAConjunctionOpensAClause) {
  Document document =
      parse("Gondor also proposed a freeze and Arnor has begun its own moratorium.");
  EXPECT_EQ(bracketed_tree(document, document.sentences[0]),
            "(ROOT (S (S (NP (NNP Gondor)) (ADVP (RB also)) (VP (VBD proposed) (NP (DT a) (NN "
            "freeze)))) (CC and) (S (NP (NNP Arnor)) (VP (VBZ has) (VP (VBN begun) (NP (PRP$ its) "
            "(JJ own) (NN moratorium))))) (. .)))");
}
// "is today visiting Bonn": a day word between an auxiliary and its verb is a time noun phrase
// of the auxiliary's verb phrase, and the verb after it heads the inner verb phrase.
TEST(SyntaxStage, DayWordBetweenAnAuxiliaryAndItsVerbStaysInTheVerbPhrase) {
  Document document = parse("The Council of Gondor is today visiting Arnor.");
  EXPECT_EQ(bracketed_tree(document, document.sentences[0]),
            "(ROOT (S (NP (NP (DT The) (NNP Council)) (PP (IN of) (NP (NNP Gondor)))) (VP (VBZ is) "
            "(NP (NN today)) (VP (VBG visiting) (NP (NNP Arnor)))) (. .)))");
}
// "will anger hundreds of workers": after a modal, a noun that WordNet knows as a verb's base
// form is that verb.
TEST(SyntaxStage, NounAfterAModalIsABaseFormVerb) {
  EXPECT_EQ(parse("Gondor would anger the envoys.").tokens[2].tag, "VB");
  EXPECT_EQ(parse("Gondor would not anger the envoys.").tokens[3].tag, "VB");
  EXPECT_EQ(parse("Their anger grew.").tokens[1].tag, "NN");
}
// "Yugoslav government plans to stop subsidising firms will anger workers": "plans" heads the
// opening noun phrase when a modal follows in the same clause; without one it is the verb.
TEST(SyntaxStage, PluralNounBeforeAnInfinitiveAndAModalHeadsTheSubject) {
  Document document = parse("Arnor government plans to stop subsidising firms will anger workers.");
  EXPECT_EQ(document.tokens[2].tag, "NNS");
  EXPECT_EQ(bracketed_tree(document, document.sentences[0]),
            "(ROOT (S (NP (NP (NNP Arnor) (NN government) (NNS plans)) (S (VP (TO to) (VP (VB "
            "stop) (S (VP (VBG subsidising) (NP (NNS firms)))))))) (VP (MD will) (VP (VB anger) "
            "(NP (NNS workers)))) (. .)))");
  EXPECT_EQ(parse("The Arnor government plans to sell the firms that will close.").tokens[3].tag,
            "VBZ");
}
// "Police arrested suspected militants": the lexicon has "arrested" only as a participle, but a
// sentence needs a finite verb, and a regular -ed form after the subject can be the past tense.
TEST(SyntaxStage, RegularParticipleAfterTheSubjectOfAVerblessSentenceIsAPastTense) {
  Document document = parse("Police arrested suspected militants.");
  EXPECT_EQ(document.tokens[1].tag, "VBD");
  EXPECT_EQ(document.tokens[2].tag, "JJ");
}
// "Baker said the agreement imposes sacrifices on Japan and praised Japan's willingness": a
// past tense joined to a present tense inside what a past-tense verb of saying reports
// continues the reporting clause; after a perfect it stays in the reported clause.
TEST(SyntaxStage, PastTenseAfterAReportedPresentTenseJoinsTheReportingVerb) {
  Document document =
      parse("Aragorn said the treaty imposes duties on Gondor and praised its king.");
  EXPECT_EQ(bracketed_tree(document, document.sentences[0]),
            "(ROOT (S (NP (NNP Aragorn)) (VP (VP (VBD said) (SBAR (S (NP (DT the) (NN treaty)) (VP "
            "(VBZ imposes) (NP (NNS duties)) (PP (IN on) (NP (NNP Gondor))))))) (CC and) (VP (VBD "
            "praised) (NP (PRP$ its) (NN king)))) (. .)))");
  document = parse("Aragorn said Gondor has received the offer and rejected it.");
  EXPECT_NE(bracketed_tree(document, document.sentences[0])
                .find("(VP (VBD said) (SBAR (S (NP (NNP Gondor)) (VP (VP (VBZ has)"),
            std::string::npos);
}
}  // namespace
}  // namespace herald
