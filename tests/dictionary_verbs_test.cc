// herald's own verb dictionary judges statements by their words: what a speaker says about
// another actor's conduct codes an event from the speaker to that actor ("said the US should
// have acted sooner" criticises the US). The sentences are written for this test; one herald
// run codes them all.
#include <gtest/gtest.h>

#include <vector>

#include "support/expected_events.h"

namespace herald::testing {
namespace {

TEST(DictionaryVerbs, StatementsAreJudgedByTheirWords) {
  const std::vector<ExpectedEvents> cases = {
      {{"should-have", "Mr Straw said the US should have acted sooner.", "2005-01-12"},
       {{"GBRGOV", "USA", "111"}}},
      {{"lack-of-understanding",
        "But Mr Straw said many of Washington's objections were based on a \"lack of "
        "understanding\" of the rules.",
        "2005-02-09"},
       {{"GBRGOV", "USAGOV", "111"}}},
      // Taking ground is occupying territory; a threat of air raids is a threat of attack.
      {{"captured-posts", "Iranian forces captured several Iraqi defence posts east of Basra.",
        "1987-03-04"},
       {{"IRNMIL", "IRQ", "192"}}},
      {{"threatened-raids", "Iraq threatened a resumption of air raids on Iranian cities.",
        "1987-03-04"},
       {{"IRQ", "IRN", "1384"}}},
      // Money is economic aid, relief for refugees humanitarian aid.
      {{"granted-marks", "West Germany granted Bolivia 300 mln marks.", "1987-03-24"},
       {{"DEU", "BOL", "071"}}},
      {{"gave-refugees", "Britain gave 1.3 mln sterling to the UNHCR for refugees.", "1987-03-31"},
       {{"GBR", "IGOUNOHCR", "073"}}},
      // "told X to do Y or face Z" is a threat.
      {{"or-face",
        "Michael Howard told Japan to resolve the row over the shareholding or face an abrupt "
        "deterioration in trade relations.",
        "1987-04-07"},
       {{"GBRGOV", "JPN", "130"}}},
      // A release still to come is an intent to release (0353); an announced release
      // without a named agent is the announcer's.
      {{"will-release", "The US will release the British detainees.", "2005-01-11"},
       {{"USA", "GBRCRM", "0353"}}},
      {{"announced-release",
        "The US has announced that Australian Mamdouh Habib, previously accused of terrorist "
        "offences, will be released without charge.",
        "2005-01-11"},
       {{"USA", "AUS", "0353"}}},
      // "the four" is the group last counted with four.
      {{"the-four",
        "All four Britons held by the US will be returned. Mr Straw said the US had agreed to "
        "release the four.",
        "2005-01-11"},
       {{"USA", "GBR", "0353"}}},
      // Crushing an attack is fighting, not repression; a deadline is an ultimatum; an
      // endorsement delivered is praise, not aid.
      {{"crushed-attack", "Iraqi forces crushed an Iranian attack on the peak.", "1987-03-11"},
       {{"IRQMIL", "IRNMIL", "190"}}},
      {{"given-until",
        "Belgium gave Britain and West Germany until April 3 to withdraw their opposition.",
        "1987-03-25"},
       {{"BEL", "GBR", "139"}, {"BEL", "DEU", "139"}}},
      {{"endorsement", "Shultz delivered a powerful endorsement of the Manila government.",
        "1987-06-16"},
       {{"USAGOV", "PHLGOV", "051"}}},
      // The target is not in a concession, nor in the reason after an object.
      {{"despite",
        "Mr Straw approved the measures despite considerable opposition from the Tories.",
        "2005-02-24"},
       {}},
      // Talks over the telephone are a telephone call.
      {{"over-the-telephone",
        "Kiichi Miyazawa said he recently talked with James Baker over the telephone.",
        "1987-04-03"},
       {{"JPNGOV", "USAGOV", "041"}, {"USAGOV", "JPNGOV", "041"}}},
      // A letter released to the media is no release of persons.
      {{"released-to-media",
        "The letter, released to the media by a South Korean government spokesman, was short.",
        "1987-03-17"},
       {}},
      // Telling someone something is no act towards them by itself; what is told may be.
      {{"told", "Michael Howard told Japan about the plan.", "1987-04-07"}, {}},
      {{"told-that", "Michael Howard told Japan that the plan was fair.", "1987-04-07"},
       {{"GBRGOV", "JPN", "010"}}},
      // Whoever is told must come right after the verb; a trust abused is no assault.
      {{"told-delegates-that",
        "Charles Kennedy told delegates that Labour had abused the public's trust.", "2005-03-01"},
       {}},
      // A habit is not an act.
      {{"habit", "Kiichi Miyazawa talks with James Baker from time to time.", "1987-04-03"}, {}},
      {{"habit-adverb", "Kiichi Miyazawa regularly meets James Baker.", "1987-04-03"}, {}},
      {{"habit-always", "Iran has always appealed to Iraq.", "1987-03-19"}, {}},
      {{"habit-generally", "The GCC, which has generally supported Iraq, is an alliance.",
        "1987-06-29"},
       {}},
      {{"habit-long", "Kuwait has long supported Iraq.", "1987-06-29"}, {}},
      {{"habit-previously", "Iran has previously criticised Britain.", "2005-01-05"}, {}},
      {{"previously-one-act", "Iran previously criticised Britain.", "2005-01-05"},
       {{"IRN", "GBR", "111"}}},
      // A passive with no one named as doing it acts on its subject, whatever purpose follows.
      {{"detained-to-silence", "Britain said Jack Straw was detained to silence him.",
        "2005-02-01"},
       {}},
      // A visit "here" is to the dateline's country; talks "in" a country are with it.
      {{"here-on-a-visit",
        "BANGKOK, Oct 19 - Australian Prime Minister Bob Hawke, here on a three-day visit after "
        "talks in the United States, said progress has been made.",
        "1987-10-19"},
       {{"AUSGOV", "THA", "042"},
        {"THA", "AUSGOV", "043"},
        {"AUSGOV", "USA", "046"},
        {"USA", "AUSGOV", "046"}}},
      // A visit named on the way home is the speaker's; "the need to" is no appeal.
      {{"return-from-visit",
        "Michael Howard said on his return from a visit to Japan that he saw the need to be "
        "fair.",
        "1987-04-22"},
       {{"GBRGOV", "JPN", "042"}, {"JPN", "GBRGOV", "043"}}},
      // Talks a pronoun subject came from are its person's; a visit ahead, or next week, is
      // still to come.
      {{"from-talks",
        "Margaret Thatcher met Helmut Kohl in Bonn. She had flown to West Germany from talks with "
        "Francois Mitterrand.",
        "1987-03-24"},
       {{"GBRGOV", "DEUGOV", "040"},
        {"DEUGOV", "GBRGOV", "040"},
        {"GBRGOV", "DEU", "042"},
        {"DEU", "GBRGOV", "043"},
        {"GBRGOV", "FRAGOV", "046"},
        {"FRAGOV", "GBRGOV", "046"}}},
      {{"visit-next-week",
        "Margaret Thatcher praised Helmut Kohl ahead of her visit to Moscow next week.",
        "1987-03-24"},
       {{"GBRGOV", "DEUGOV", "051"}, {"GBRGOV", "SUNGOV", "036"}}},
      // Warning of retaliation is a threat of sanctions; two sides that end talks held them.
      {{"warned-retaliate",
        "Britain warned that it would retaliate if Japan did not open its markets.", "1987-04-06"},
       {{"GBR", "JPN", "1312"}}},
      // Pressure or force still to come is a threat: sanctions due to be imposed (1312), an
      // attack a state says it will make (1384).
      {{"due-to-slap",
        "The Reagan administration is due to slap 100 pct tariffs on Japanese products on "
        "Friday.",
        "1987-04-13"},
       {{"USAGOV", "JPN", "1312"}}},
      {{"plans-to-slap",
        "Washington announced plans last week to slap tariffs on Japanese electronic goods.",
        "1987-04-08"},
       {{"USAGOV", "JPN", "1312"}}},
      {{"would-attack", "Iraq said it would attack Iranian ships.", "1987-04-13"},
       {{"IRQ", "IRN", "1384"}}},
      {{"imposed", "The United States imposed sanctions on Japan.", "1987-04-13"},
       {{"USA", "JPN", "163"}}},
      // Charges someone denies were aimed at them; a role alone ("opposition") names who
      // made them.
      {{"denied-charges",
        "Michael Howard denied opposition charges that his trip had been a failure.", "1987-04-11"},
       {{"GBRGOV", "GBROPP", "016"}, {"GBROPP", "GBRGOV", "112"}}},
      // Meeting someone to talk is holding talks; talks still to come, in a verb phrase that
      // shares a clause's "will", are an intent of both; talks favoured are no talks.
      {{"met-to-talk",
        "Tony Blair has met Italian Prime Minister Silvio Berlusconi to talk about Turkey.",
        "2004-12-14"},
       {{"GBRGOV", "ITAGOV", "046"}, {"ITAGOV", "GBRGOV", "046"}}},
      {{"will-and-hold-talks",
        "Prime Minister Yasuhiro Nakasone will make an official visit to the United States "
        "from April 29 and hold talks in Washington with President Reagan, an official said.",
        "1987-03-27"},
       {{"JPNGOV", "USA", "036"}, {"JPNGOV", "USAGOV", "036"}, {"USAGOV", "JPNGOV", "036"}}},
      {{"travelling-next-week", "Chancellor Gordon Brown is travelling to America next week.",
        "2004-12-07"},
       {{"GBRGOV", "USA", "036"}}},
      {{"leaves-on-a-date",
        "Finance Minister Kiichi Miyazawa leaves on April 7 to attend the IMF meetings in "
        "Washington.",
        "1987-04-03"},
       {{"JPNGOV", "USA", "036"}}},
      {{"heading-in-a-past-story",
        "Chancellor Gordon Brown spent two days in Tanzania before heading on Friday evening "
        "to Mozambique.",
        "2005-01-15"},
       {{"GBRGOV", "TZA", "042"},
        {"TZA", "GBRGOV", "043"},
        {"GBRGOV", "MOZ", "042"},
        {"MOZ", "GBRGOV", "043"}}},
      // Talks with no other side named, framing what a reporter says another country did,
      // were held between the two.
      {{"after-discussions",
        "Foreign Secretary Jack Straw said the US had agreed to release the men after "
        "intensive discussions.",
        "2005-01-12"},
       {{"USA", "GBRGOV", "046"}, {"GBRGOV", "USA", "046"}}},
      // Calls to and meetings with the public are campaigning, not events.
      {{"telephoning-people",
        "Labour and the Conservatives are still telephoning the millions of people who have "
        "signed up.",
        "2005-01-15"},
       {}},
      {{"deliver-budget",
        "Chancellor Gordon Brown will deliver his Budget to the House of Commons on 16 March.",
        "2005-01-15"},
       {}},
      {{"favour-talks", "Italy and Germany also favour an early start to talks.", "2004-12-14"},
       {}},
      // A state that held until now is a standing policy.
      {{"until-now", "He pointed out that until now the US had allowed Britain to take the lead.",
        "2005-01-15"},
       {}},
      // An obligation is no act; a narrated past obligation was met.
      {{"has-to", "Britain has to work with the US.", "2004-11-04"}, {}},
      {{"bound-by-law", "The US is bound by law to help Taiwan defend itself.", "2005-02-09"}, {}},
      // What one says others had to do asks it of them (020), but they have not done it.
      {{"said-had-to", "Mr Blair said states had to work with the US.", "2004-11-04"},
       {{"GBRGOV", "UIS", "020"}}},
      {{"narrated-had-to", "Iraq had to withdraw its troops from Kuwait.", "1990-08-10"},
       {{"IRQ", "KWT", "0874"}}},
      {{"ended-talks", "The European Community and Comecon ended talks here.", "1987-03-20"},
       {{"IGOEUREEC", "IGOEEUCMN", "046"}, {"IGOEEUCMN", "IGOEUREEC", "046"}}},
      // A reporting clause closing the sentence judges what came before it, unless that is a
      // quotation.
      {{"closing-report", "Iran had violated the ceasefire, Mr Straw said.", "2005-01-12"},
       {{"GBRGOV", "IRN", "112"}}},
      {{"closing-report-quoted", "\"Iran should stop,\" Mr Straw said.", "2005-01-12"}, {}},
      // Refusals by what is refused: persons kept (1243), sanctions kept (1244).
      {{"refused-to-release", "Iran refused to release the British sailors.", "2004-12-17"},
       {{"IRN", "GBR", "1243"}}},
      {{"no-evidence",
        "The Pentagon said there was no evidence that any British detainee was tortured.",
        "2005-02-15"},
       {{"USAMIL", "GBRCRM", "016"}}},
      {{"closing-report-pronoun",
        "Jack Straw spoke in Brussels. Iran had violated the ceasefire, he said.", "2005-01-12"},
       {{"GBRGOV", "IRN", "112"}}},
      // A quotation opened in an earlier sentence still speaks for itself.
      {{"closing-report-quote-goes-on",
        "Jack Straw spoke in Brussels. \"We agree. That Iranian realism is essential,\" he "
        "said.",
        "2005-01-12"},
       {}},
      // Reported by someone else, an attack is not the reporter's.
      {{"reported-attack", "Iran said the British embassy was attacked.", "2005-01-11"}, {}},
      // Progress foreseen is an optimistic comment, none a pessimistic one.
      {{"progress", "Prince Abdullah said there would be progress on ending Iran's war.",
        "1987-03-19"},
       {{"SAUGOV", "IRN", "013"}}},
      // What was said may accuse the first actor named in it of a wrong.
      {{"said-violated", "Mr Straw said Iran had violated the agreement.", "2004-10-30"},
       {{"GBRGOV", "IRN", "112"}}},
      // What someone should or must do is an appeal to them, not criticism.
      {{"should-do", "Mr Straw said the US should act.", "2005-01-12"}, {{"GBRGOV", "USA", "020"}}},
      {{"must-do", "Mr Straw said Iran must stop enriching uranium.", "2005-01-12"},
       {{"GBRGOV", "IRN", "020"}}},
      {{"vital", "Mr Straw said it was vital that Iran stopped enriching uranium.", "2005-01-12"},
       {{"GBRGOV", "IRN", "020"}}},
      // Questioning whether something was done doubts it; questioning a suspect is
      // investigating; a threat left open is a threat.
      {{"questioned-whether",
        "Amnesty International questioned whether the British government had used torture "
        "evidence.",
        "2005-02-15"},
       {{"NGOHRIAMN", "GBRGOV", "111"}}},
      {{"questioned-suspects", "The British police questioned two Algerian suspects.",
        "2005-02-15"},
       {{"GBRCOP", "DZA", "090"}}},
      {{"raised-questions",
        "Amnesty International raised questions about whether the British government had used "
        "torture evidence.",
        "2005-02-15"},
       {{"NGOHRIAMN", "GBRGOV", "111"}}},
      {{"not-rule-out",
        "The Japanese foreign ministry refused to rule out retaliation against the United "
        "States.",
        "1987-04-02"},
       {{"JPNGOV", "USA", "1312"}}},
      // A wrong named by a noun in what was said accuses whoever commits it.
      {{"dumping",
        "The United States said the evidence of Japanese microchip dumping had been conclusive.",
        "1987-04-13"},
       {{"USA", "JPN", "112"}}},
      // Reports denied, with no one named for them, are the press's; the people the reports
      // are about are not their authors.
      {{"dismissed-reports",
        "Tony Blair has dismissed reports he told Gordon Brown he would quit before the next "
        "general election.",
        "2005-01-09"},
       {{"GBRGOV", "GBRMED", "016"}}},
      // A wrong given as the reason for an act against someone accuses them; with the
      // disapproval already coded, nothing is added.
      {{"for-violating", "Britain imposed sanctions against Iran for violating the ceasefire.",
        "1987-03-25"},
       {{"GBR", "IRN", "163"}, {"GBR", "IRN", "112"}}},
      // A noun of wrong does so too; the thing wronged is no pattern word of the verb.
      {{"for-violations-of",
        "The White House Economic Policy Council decided to recommend trade sanctions against "
        "Japan for violations of the U.S.-Japanese semiconductor agreement.",
        "1987-03-26"},
       {{"USAGOV", "JPN", "014"}, {"USAGOV", "JPN", "112"}}},
      // A wrong acted on as alleged, with whose it is, is alleged by the one acting; what is
      // retaliated for is no pattern word of the verb.
      {{"alleged-violation",
        "President Reagan said the U.S. would impose high tariffs on Japanese imports to "
        "retaliate against alleged Japanese violation of a computer chip trade pact.",
        "1987-03-31"},
       {{"USA", "JPN", "1312"}, {"USA", "JPN", "112"}}},
      {{"retaliation-for-alleged-failure",
        "President Reagan announced plans to impose tariffs on Japanese electronic goods in "
        "retaliation for Tokyo's alleged failure to live up to a pact on microchip trade.",
        "1987-03-31"},
       {{"USAGOV", "JPN", "1312"}, {"USAGOV", "JPNGOV", "112"}}},
      {{"criticised-for-breaking", "Britain criticised Iran for breaking the ceasefire.",
        "1987-03-25"},
       {{"GBR", "IRN", "111"}}},
      // Support someone has or wins is the supporter's act; "have" as an auxiliary is no
      // possession.
      {{"has-support", "Kuwait has the full support of Saudi Arabia.", "1987-06-29"},
       {{"SAU", "KWT", "051"}}},
      {{"won-backing", "Kuwait won the backing of Saudi Arabia.", "1987-06-29"},
       {{"SAU", "KWT", "051"}}},
      {{"had-been-seeking", "Britain had been seeking support from Japan.", "1987-04-26"},
       {{"GBR", "JPN", "030"}}},
      // What talks are on is their topic, not a side.
      {{"talks-on", "Jack Straw will discuss China's part in the talks on North Korea.",
        "2005-02-09"},
       {}},
      // A country abbreviation joined to a country adjective shares its plural noun's role;
      // a country named as a noun does not.
      {{"us-and-japanese-officials", "U.S. and Japanese officials met in Washington.",
        "1987-04-05"},
       {{"USAGOV", "JPNGOV", "040"}, {"JPNGOV", "USAGOV", "040"}}},
      {{"britain-and-french-troops", "Britain and French troops attacked Iraq.", "1987-04-05"},
       {{"GBRMIL", "IRQMIL", "190"}, {"FRAMIL", "IRQMIL", "190"}}},
      // Helping an act happen is no aid to its object; helping someone is.
      {{"help-smash", "Michael Howard said the plans would help smash people smuggling gangs.",
        "2005-02-07"},
       {}},
      {{"help-kenya-rebuild", "The US will help Kenya rebuild its army.", "2005-02-07"},
       {{"USA", "KEN", "033"}}},
      // A quotation after a colon holds the speaker's words: its verbs with no subject of
      // their own are not the speaker's acts.
      {{"colon-quotation",
        "Mr Ancram argued: \"What the British Government is doing is giving in to French and "
        "German pressure.\"",
        "2005-02-09"},
       {}},
      // Where an organisation meets is its venue, not a side.
      {{"organisation-met-in", "The GCC met in Riyadh.", "1987-06-29"}, {}},
      {{"organisation-met-in-with", "The GCC met in Riyadh with Iraq.", "1987-06-29"},
       {{"IGOGCC", "IRQ", "040"}, {"IRQ", "IGOGCC", "040"}}},
      // The opposition's criticism naming no one is aimed at the government.
      {{"opposition-irresponsible",
        "Tory foreign affairs spokesman Michael Ancram said lifting the arms embargo would be "
        "irresponsible.",
        "2005-02-09"},
       {{"GBROPP", "GBRGOV", "111"}}},
      // Being due in a place is a visit ahead.
      {{"due-in", "President Bush is due in Britain next month.", "2005-01-21"},
       {{"USAGOV", "GBR", "036"}, {"GBR", "USAGOV", "036"}}},
      {{"report-due-in", "The report is due in March.", "2005-01-21"}, {}},
      // An act the story only says is alleged is no event it reports.
      {{"allegedly",
        "The family of an Iraqi civilian allegedly killed by British troops won a challenge.",
        "2004-12-14"},
       {}},
      // Agreeing with someone to do something is an intent both share.
      {{"agreed-with-to", "Britain agreed with France to cut tariffs.", "2005-01-15"},
       {{"GBR", "FRA", "030"}, {"FRA", "GBR", "030"}}},
      {{"agreed-with-to-hold-talks", "Britain agreed with Iran to hold talks.", "2005-01-15"},
       {{"GBR", "IRN", "036"}, {"IRN", "GBR", "036"}}},
      // A charity or aid agency is of its country, like an aid worker.
      {{"british-charity", "The British charity criticised Chancellor Gordon Brown.", "2005-01-15"},
       {{"GBRNGO", "GBRGOV", "111"}}},
      // A ban named before with the one it is on is on them still.
      {{"the-ban",
        "The EU imposed an arms embargo on China in 1989. In December, the EU pledged to work "
        "towards lifting the ban.",
        "2005-02-09"},
       {{"IGOEUREEC", "CHN", "0354"}}},
      // Wanting someone to act asks them to; wanting a thing of theirs done asks no one.
      {{"wants-to", "Britain wants Japan to open its markets.", "1987-04-01"},
       {{"GBR", "JPN", "020"}}},
      {{"wants-budget-to",
        "The UK and France want the EU budget to be capped at 1% of national incomes.",
        "2004-12-08"},
       {}},
      // Welcoming a release named before thanks the one who released, not those released.
      {{"welcomed-return",
        "Mr Straw said the US had agreed to release the four British detainees. The shadow "
        "foreign secretary, Michael Ancram, welcomed the return of the four detainees.",
        "2005-01-12"},
       {{"USA", "GBRCRM", "0353"}, {"GBROPP", "USA", "051"}}},
      {{"release-overdue",
        "The US agreed to release the four British detainees. Amnesty International described "
        "the release as \"long overdue\".",
        "2005-01-12"},
       {{"USA", "GBRCRM", "0353"}, {"NGOHRIAMN", "USA", "111"}}},
      // A longer closing reporting clause still reports what came before it; a threat of a
      // violent response is a threat of force.
      {{"long-closing-report",
        "Any Iranian attack on Soviet ships in the Gulf will bring a forceful and violent "
        "response, a Soviet foreign ministry official said in remarks published today.",
        "1987-06-01"},
       {{"SUNGOV", "IRN", "138"}}},
      // People visited abroad stand for their country.
      {{"visit-abroad",
        "Gordon Brown will visit an orphanage in Tanzania and a women's credit union in "
        "Mozambique.",
        "2005-01-12"},
       {{"GBRGOV", "TZA", "036"}, {"GBRGOV", "MOZ", "036"}}},
      // The other members of an organisation are states the text does not name.
      {{"other-g8-ministers",
        "Chancellor Gordon Brown says he has been in talks with other G8 finance ministers.",
        "2005-01-05"},
       {{"GBRGOV", "UISGOV", "046"}, {"UISGOV", "GBRGOV", "046"}}},
      {{"other-g8-nations", "Chancellor Gordon Brown wants other G8 nations to match his target.",
        "2005-01-05"},
       {{"GBRGOV", "UIS", "020"}}},
      // Pressing someone to act is urging them (as "called on X to" is); "said no" before a
      // noun is no refusal.
      {{"pressing-to", "Tony Blair is pressing the US to cut greenhouse gases.", "2004-12-10"},
       {{"GBRGOV", "USA", "020"}}},
      {{"said-no-progress",
        "White House officials said no progress had been made in talks with Japan.", "1987-04-13"},
       {{"USAGOV", "JPN", "012"}}},
      // Saying someone will not be freed refuses to release them.
      {{"will-not-be-freed",
        "Home Secretary Charles Clarke has said the Algerian detainees will not be freed at "
        "present.",
        "2004-12-17"},
       {{"GBRGOV", "DZACRM", "1243"}}},
      // Suggesting what someone did or does is a claim, not a proposal.
      {{"suggested-saw", "A UK Independence Party MEP suggested Germany saw the EU as an empire.",
        "2005-01-27"},
       {}},
      {{"suggested-should", "Britain suggested that Iran should stop enrichment.", "2005-01-27"},
       {{"GBR", "IRN", "020"}}},
      // A member meeting the organisation's other members is its own business.
      {{"eu-counterparts",
        "UK Prime Minister Tony Blair is meeting his EU counterparts to finalise a package of "
        "measures.",
        "2004-11-05"},
       {}},
      // Talks a verb is only about keep their own time.
      {{"comment-on-meeting",
        "Japanese officials were unable to comment on Michael Howard's meeting with Foreign "
        "Minister Tadashi Kuranari.",
        "1987-04-07"},
       {{"GBRGOV", "JPNGOV", "040"}, {"JPNGOV", "GBRGOV", "040"}}},
      // What was said about "he" is about the person the story is about, not the reporter.
      {{"said-he-broke", "Tony Blair spoke in Washington. The Tories said he broke a convention.",
        "2004-10-31"},
       {{"GBROPP", "GBRGOV", "112"}}},
      // A decision to cooperate is an intent to.
      {{"decided-to-cooperate",
        "Japan has decided to cooperate with the U.S. to develop a new fighter plane.",
        "1987-03-31"},
       {{"JPN", "USA", "032"}}},
      // Whoever held them released them.
      {{"freed-from-custody",
        "The four Britons were freed from US custody in Guantanamo Bay on Tuesday.", "2005-01-26"},
       {{"USA", "GBR", "0841"}}},
      {{"indignation", "The Soviet Union expressed indignation at the United States.",
        "1987-04-08"},
       {{"SUN", "USA", "111"}}},
      // Asking a question is no request; asking someone to act is one.
      {{"asked-whether", "China asked the United States whether it would lift the curbs.",
        "1987-03-03"},
       {}},
      {{"asked-if", "Mr Livingstone was heard asking Mr Finegold if he was a war criminal.",
        "2005-02-10"},
       {}},
      {{"asked-about", "Britain asked the European Union about its budget.", "2005-02-10"}, {}},
      {{"asked-to", "China asked the United States to lift the curbs.", "1987-03-03"},
       {{"CHN", "USA", "020"}}},
      // Meeting a demand or a deadline meets no one.
      {{"meet-pressure",
        "Japan would stimulate the economy to meet mounting pressure from Japanese businessmen.",
        "1987-03-09"},
       {}},
      // A pronoun is never the abbreviation it is spelled like.
      {{"trust-with-us",
        "Mr Blair suggested it could persuade people to reinvest their trust with us.",
        "2005-02-10"},
       {}},
      // A one-word name in lower case is a common word, even with no other name in the
      // sentence: "let" is no Lashkar-e-Taiba (LeT), so the judges have no country from it.
      {{"let-judges",
        "Michael Howard spoke on Tuesday. He suggested changing the law to let judges view "
        "intercept evidence.",
        "2005-01-26"},
       {}},
      // "would have an audience with" is the reported future of a meeting, not a condition;
      // the Pope heads the Holy See.
      {{"audience-with-pope",
        "The White House said Reagan would have an audience with Pope John Paul II on June 6.",
        "1987-03-04"},
       {{"USAGOV", "VATGOV", "036"}, {"VATGOV", "USAGOV", "036"}}},
      // A date in the past is no time ahead; a month with another year's number neither.
      {{"meeting-on-past-date", "Reagan had a meeting with Pope John Paul II on March 2.",
        "1987-03-04"},
       {{"USAGOV", "VATGOV", "040"}, {"VATGOV", "USAGOV", "040"}}},
      {{"contacts-later-today",
        "Portuguese negotiator Rui Medina said he would have contacts later today with his "
        "Chinese counterpart.",
        "1987-03-20"},
       {{"PRTGOV", "CHNGOV", "036"}, {"CHNGOV", "PRTGOV", "036"}}},
      {{"propose-summit-with",
        "Bolivian president Victor Paz Estenssoro will propose to Andean Pact countries a summit "
        "meeting with U.S. President Reagan.",
        "1987-03-26"},
       {{"BOLGOV", "USAGOV", "036"}}},
      {{"would-have-attacked", "The White House said Reagan would have attacked Iran.",
        "1987-03-04"},
       {}},
      // A past-tense verb joined to a present-tense one in a reported clause continues the
      // reporting clause.
      {{"said-imposes-and-criticised",
        "James Baker said Japan imposes tariffs and criticised Britain.", "1987-03-17"},
       {{"USAGOV", "GBR", "111"}}},
      {{"said-imposed-and-criticised",
        "James Baker said Japan imposed tariffs and criticised Britain.", "1987-03-17"},
       {{"JPN", "GBR", "111"}}},
      // Defending one's own sanctions defends no one; defending another's plan defends it.
      {{"defended-sanctions",
        "White House spokesman Marlin Fitzwater defended the new sanctions against Japan.",
        "1987-03-31"},
       {}},
      {{"defended-eu-plan",
        "Jack Straw has defended plans to end the European Union's arms embargo on China.",
        "2005-01-17"},
       {{"GBRGOV", "IGOEUREEC", "052"}}},
      // Hailing someone's failure is no praise of them.
      {{"hailed-failure", "Baghdad has hailed the failure of Iran's offensive.", "1987-03-22"}, {}},
      // What is expected or prevented has not happened.
      {{"expect-attacks", "Hussein warned his troops to expect further Iranian attacks.",
        "1987-03-22"},
       {}},
      // Giving one's support endorses; recalling how something happened is remembering.
      {{"gave-support", "Robin Cook gave his support to Mr Brown.", "2005-01-15"},
       {{"GBRELI", "GBRGOV", "051"}}},
      {{"recalls-how", "Tony Blair recalls how times have changed in Ireland.", "2005-01-15"}, {}},
      {{"recalled-ambassador", "Britain recalled its ambassador from Iran.", "2005-01-15"},
       {{"GBR", "IRN", "161"}}},
      {{"asked-why", "Michael Howard asked why the government was agreeing to the measure.",
        "2005-01-15"},
       {}},
      // A country's word after a courtesy title is a surname.
      {{"mr-german", "Mr German said his talks with Tony Blair went well.", "2005-01-15"}, {}},
      // What is denied or called untrue is not asserted.
      {{"denied-that", "Japan denied that its troops attacked China.", "1987-03-23"}, {}},
      {{"not-true-that", "Zambia said it was not true that Britain had threatened Zambia.",
        "1987-03-23"},
       {}},
      // Customs duties are a tax, not the customs service; threatening them threatens
      // sanctions.
      {{"customs-duties",
        "Saudi Arabia is threatening to impose heavy customs duties on Japanese cars.",
        "1987-03-23"},
       {{"SAU", "JPN", "1312"}}},
      // Hoping to meet someone is one side's intent to meet.
      {{"hopes-to-meet", "Nakasone hopes to meet President Reagan in late April.", "1987-03-23"},
       {{"JPNGOV", "USAGOV", "036"}}},
      // "very unlikely to" is speculation; "has raided ... in the past" an unspecified past.
      {{"very-unlikely", "Analysts said Japan was very unlikely to support Britain.", "1987-03-23"},
       {}},
      {{"in-the-past", "Pretoria has raided alleged ANC bases in Zambia in the past.",
        "1987-03-23"},
       {}},
      // A capital after a time phrase after the verb is still the venue.
      {{"said-yesterday-in-the-hague",
        "The US trade representative said yesterday in The Hague that he was confident.",
        "1987-03-23"},
       {}},
      // A capital inside a phrase of place is the venue; a poll is no source; backing an
      // invasion supports no one; attacking the way something was done is criticism.
      {{"ceremony-in-rome", "Mr Blair signed the constitution at a ceremony in Rome.",
        "2005-01-05"},
       {}},
      {{"poll-suggests",
        "The Daily Telegraph poll suggests that 45% of people would vote against it.",
        "2005-01-05"},
       {}},
      {{"backed-invasion", "MPs backed the invasion of Iraq.", "2003-03-18"}, {}},
      {{"attacked-the-way", "Lord Butler attacked the way Tony Blair's government operates.",
        "2004-12-09"},
       {{"GBRELI", "GBRGOV", "111"}}},
      // Extending powers or restoring confidence is no aid and no release.
      {{"extending-powers", "Britain is extending special powers to cover Irish citizens.",
        "2005-01-05"},
       {}},
      // Who figures in the act denied is not the accuser.
      {{"denied-comparing",
        "An artist has denied comparing the idea with dictatorships in Russia and Germany.",
        "2005-01-05"},
       {}},
      // A negated subject a raising verb lends, and what is thought unlikely, code nothing.
      {{"none-known-attacked",
        "So far, none of the Soviet ships are known to have been attacked by Iran.", "1987-06-01"},
       {}},
      {{"unlikely-that",
        "It is thought highly unlikely that Japan and the United States will agree on it.",
        "1987-04-01"},
       {}},
      // The one who told reporters is the speaker, not the reporters.
      {{"told-reporters-speaker",
        "\"I will meet the British prime minister,\" Lechin told reporters.", "1987-04-01"},
       {}},
      // A party's name inside a longer capitalised name is another party.
      {{"christian-democratic-party",
        "Christian Democratic Party leader Ciriaco De Mita criticised the Socialists.",
        "1987-04-01"},
       {}},
      // Acknowledging concerns recognises no state; giving a reaction or giving up is no
      // aid; helping the fight against crime aids no criminal; fighting a campaign is no
      // fighting; what one hopes to remain is no intent towards anyone.
      {{"recognised-concerns", "Charles Clarke said he recognised Irish people's concerns.",
        "2005-01-15"},
       {}},
      {{"giving-reaction",
        "Committee chairman Edward Leigh was giving his reaction to a report by the government.",
        "2005-01-15"},
       {}},
      {{"given-up", "William Hague has given up his ambition to be prime minister.", "2005-01-15"},
       {}},
      {{"help-the-fight", "Ministers say ID cards would help the fight against organised crime.",
        "2005-01-15"},
       {}},
      {{"fought-campaign", "The Tories have fought a positive campaign against Labour.",
        "2005-01-15"},
       {}},
      {{"hopes-to-remain", "William Hague hopes to remain a Conservative MP.", "2005-01-15"}, {}},
      // A question quoted before "asked" is no request.
      {{"quoted-question-asked",
        "\"Who do you blame?\" Tory leader Michael Howard asked the government.", "2005-01-15"},
       {}},
      // Who figures in a clause of reason is not acted on.
      {{"support-as-police-said",
        "Michael Howard decided to support the plans as the Irish police said they would help.",
        "2005-01-15"},
       {}},
      // Fighting legislation is opposition in words, not force.
      {{"fight-legislation",
        "Baldrige said the Reagan Administration would fight protectionist legislation in the "
        "U.S. Congress.",
        "1987-04-21"},
       {}},
      // What must be done is asked of the subject of "must", not of someone named after it.
      {{"more-must-be-done",
        "More must be done to help the families of British soldiers, Gordon Brown said.",
        "2005-01-13"},
       {}},
      {{"pm-should-sack",
        "Labour MP Frank Field said Tony Blair should sack Chancellor Gordon Brown.", "2005-01-09"},
       {{"GBRLEG", "GBRGOV", "020"}}},
      // Time given to act is an ultimatum.
      {{"given-six-weeks",
        "The European Community has effectively given Japan six weeks to open its market.",
        "1987-04-13"},
       {{"IGOEUREEC", "JPN", "139"}}},
      // What one is prevented from doing did not happen; a past intention given up is none;
      // hosting a speech is a venue arrangement.
      {{"prevent-from-fighting",
        "Britain detained him to prevent him from fighting against the United States.",
        "2005-02-15"},
       {}},
      {{"had-previously-intended",
        "The Japanese government had previously intended to award the contracts to American "
        "firms.",
        "1987-03-31"},
       {}},
      {{"host-speech", "The British aid agency Cafod will host Gordon Brown's speech.",
        "2004-12-07"},
       {}},
      // Regret at someone's act disapproves of it.
      {{"regretted-opposition",
        "The Netherlands deeply regretted West German opposition to radical reforms.",
        "1987-03-31"},
       {{"NLD", "DEU", "111"}}},  // "opposition to" is a stance, not the opposition
      {{"lost-patience", "British authorities have lost patience with Japanese trading practices.",
        "1987-04-01"},
       {{"GBRGOV", "JPN", "110"}}},
      // An intent verb leaves the act to the verb after "to": a planned attack is a threat,
      // planned aid an intent to give aid.
      {{"plans-to-attack", "Iran plans to attack Iraq.", "1987-04-01"}, {{"IRN", "IRQ", "1384"}}},
      {{"plans-to-send-aid", "Japan plans to send aid to Kenya.", "1987-04-01"},
       {{"JPN", "KEN", "033"}}},
      // Talking to journalists is no talks.
      {{"talking-to-journalists",
        "EC Commissioner Willy de Clercq, talking to Japanese journalists, said there was "
        "impatience.",
        "1987-04-01"},
       {}},
      // Concern voiced about someone disapproves of them.
      {{"expressed-concern", "Japan expressed concern about US tariffs.", "1987-03-31"},
       {{"JPN", "USA", "110"}}},
      // A one-word name written in lower case is a common word ("labour", not Labour).
      {{"lower-case-labour", "The Chinese government criticised labour conditions in Britain.",
        "2005-02-10"},
       {{"CHNGOV", "GBR", "111"}}},
      // No one acts in a negated subject, or in a condition on the future.
      {{"neither-nor",
        "Reagan said neither the United States nor the Soviet Union would occupy new embassies.",
        "1987-04-07"},
       {}},
      {{"until-condition",
        "Papandreou said he would not negotiate until Turkey recognises Greek rights.",
        "1987-03-27"},
       {}},
      // A thing is no source, whatever country modifies it.
      {{"war-had-hit", "Menzies Campbell said the Iraq war had hit trust in politicians hard.",
        "2005-02-10"},
       {}},
      {{"exports-hit", "Japanese exports hit American firms.", "1987-03-09"}, {}},
      // A capital right after the verb is where the act took place.
      {{"pledged-in-paris", "Japan pledged in Paris last month to take action to boost demand.",
        "1987-03-09"},
       {}},
      // A charge of wrongdoing accuses; a charge of a crime is legal action.
      {{"charged-with-practices", "The United States charged Japan with violating GATT rules.",
        "1987-03-05"},
       {{"USA", "JPN", "112"}}},
      {{"jets-hit", "Iraqi jets hit Iranian ships.", "1987-03-09"}, {{"IRQMIL", "IRN", "195"}}},
      // What was said judges another's act by its words; a judgement negated is not made.
      {{"full-of-contradictions",
        "Gordon Brown said the French approach is full of contradictions.", "2005-02-10"},
       {{"GBRGOV", "FRA", "111"}}},
      {{"a-major-barrier",
        "Friends of the Earth said UK government policy was a major barrier to fighting poverty.",
        "2005-01-26"},
       {{"NGOENV", "GBRGOV", "111"}}},
      {{"not-irresponsible", "Gordon Brown said the French plan was not irresponsible.",
        "2005-02-10"},
       {}},
      // An opposition's demand or call naming no one is addressed to its government.
      {{"opposition-demand", "Tory leader Michael Howard demanded assurances about the plans.",
        "2005-02-15"},
       {{"GBROPP", "GBRGOV", "100"}}},
      {{"opposition-call", "Tory leader Michael Howard called for a return to O-levels.",
        "2005-02-15"},
       {{"GBROPP", "GBRGOV", "020"}}},
      // A leader warning his own troops addresses himself; the act is theirs.
      {{"warned-own-troops",
        "Saddam Hussein warned his frontline troops to expect further Iranian attacks.",
        "1987-03-22"},
       {}},
      // Attending an organisation's meetings is no meeting with the organisation.
      {{"attend-imf-meetings",
        "Finance Minister Kiichi Miyazawa will attend the IMF and World Bank meetings.",
        "1987-04-03"},
       {}},
      // A legislature after "in" is where something is done.
      {{"raise-in-parliament",
        "The Liberal Democrats have promised to raise the issue in Parliament.", "2005-02-15"},
       {}},
      // What a purpose clause aims at is not acted on.
      {{"in-order-to",
        "Japan's Foreign Ministry ordered chipmakers to cut production in order to dry up the "
        "source of chips sold in Britain.",
        "1987-03-30"},
       {}},
      // A release read as a past tense with no object and a "from" phrase is a participle.
      {{"freed-from-custody-participle",
        "The four Britons freed from US custody in Guantanamo Bay are expected to be allowed a "
        "visit.",
        "2005-01-26"},
       {{"USA", "GBR", "0841"}}},
      // Confidence stated with "be" is an optimistic comment; leaving for a country on a day
      // ahead is an intent to visit.
      {{"is-confident", "Japan is confident that the United States will act.", "1987-10-20"},
       {{"JPN", "USA", "013"}}},
      {{"leaves-for", "Japan's trade minister leaves for Indonesia on Wednesday.", "1987-10-20"},
       {{"JPNGOV", "IDN", "036"}}},
      // A participle inside a noun phrase acts on the phrase's head: the backers of a pact
      // do not back each other; arms back no one.
      {{"pact-backed-by",
        "A free trade pact, backed by President Reagan and Prime Minister Brian Mulroney, would "
        "open new markets.",
        "1987-06-18"},
       {}},
      {{"japan-backed-by-france", "Japan, backed by France, criticised Brazil.", "1987-06-18"},
       {{"FRA", "JPN", "051"}, {"JPN", "BRA", "111"}}},
      {{"backed-by-tanks", "An Iranian brigade, backed by tanks, attacked Iraq.", "1987-03-11"},
       {{"IRNMIL", "IRQ", "194"}}},
      // Strong evidence that someone did something charges them with it; the act itself is
      // only claimed.
      {{"strong-evidence",
        "The Labour Party said there was strong evidence Prime Minister Margaret Thatcher "
        "approved the sale of missiles to Nicaraguan Contra rebels.",
        "1987-03-25"},
       {{"GBROPP", "GBRGOV", "112"}}},
      // Those met together meet each other too; talks held with two sides may be separate.
      {{"met-two-leaders",
        "Tony Blair has met Italian Prime Minister Silvio Berlusconi and German Chancellor "
        "Gerhard Schroeder.",
        "2004-12-14"},
       {{"GBRGOV", "ITAGOV", "040"},
        {"ITAGOV", "GBRGOV", "040"},
        {"GBRGOV", "DEUGOV", "040"},
        {"DEUGOV", "GBRGOV", "040"},
        {"ITAGOV", "DEUGOV", "040"},
        {"DEUGOV", "ITAGOV", "040"}}},
      // A conjunct keeps its own dates.
      {{"conjunct-leaves-for",
        "Japan's trade minister is in Malaysia and leaves for Indonesia on Wednesday.",
        "1987-10-20"},
       {{"JPNGOV", "IDN", "036"}}},
      // A summit is a meeting; one that a decision is only about has not been agreed.
      {{"summit-between",
        "A summit between President Reagan and Prime Minister Brian Mulroney was held in Ottawa.",
        "1987-03-11"},
       {{"USAGOV", "CANGOV", "040"}, {"CANGOV", "USAGOV", "040"}}},
      // A complaint is about the subject of what it says, or a passive's agent, not those
      // it says were hurt.
      {{"complaint-about-victims",
        "West German Chancellor Helmut Kohl complained that the plans would hit West German "
        "farmers.",
        "1987-03-17"},
       {}},
      {{"complaint-by-agent",
        "U.S. chipmakers complained they were being injured by Japan's unfair trade practices.",
        "1987-03-17"},
       {{"USABUS", "JPN", "114"}}},
      // A third party's settlement between two others is an appeal to them.
      {{"third-party-ceasefire",
        "Secretary General Javier Perez de Cuellar has proposed a ceasefire between Iran and "
        "Iraq.",
        "1987-10-20"},
       {{"IGOUNO", "IRN", "027"}, {"IGOUNO", "IRQ", "027"}}},
      {{"own-ceasefire", "Iran proposed a ceasefire with Iraq.", "1987-10-20"},
       {{"IRN", "IRQ", "037"}}},
      // A charge is aimed at the subject of what it says, which is not itself asserted;
      // a passive's subject suffered the wrong.
      {{"charges-that", "Japan denied U.S. charges that Tokyo had helped Iran.", "1987-04-07"},
       {{"JPN", "USA", "016"}, {"USA", "JPNGOV", "112"}}},
      {{"charges-that-passive",
        "Japan cited U.S. charges that Iran had been helped by European firms.", "1987-04-07"},
       {}},
      // A name set off by commas after a title with a country is that person, later too.
      {{"name-in-apposition-to-title",
        "Israel's deputy foreign minister, Abraham Tamir, arrived. Tamir criticised Syria.",
        "1987-03-28"},
       {{"ISRGOV", "SYR", "111"}}},
      // Members of an international body act for it; guarding what is abstract is no
      // protection by arms.
      {{"members-of-the-commission",
        "West Germany criticised the German members of the European Commission.", "1987-03-17"},
       {{"DEU", "IGOEUREEC", "111"}}},
      {{"commissioners-of-the-community",
        "The European Community faces a farm row. The Commissioners will pay a visit to Bonn "
        "on April 1.",
        "1987-03-17"},
       {{"IGOEUREEC", "DEUGOV", "036"}}},
      {{"guard-independence",
        "The European Commission tries to guard the independence of its members from the "
        "West German government.",
        "1987-03-17"},
       {}},
      // Its sides may be named after the verb; not the sides of what is shared out.
      {{"talks-held-between",
        "Talks were held in Geneva between the United States and the Soviet Union.", "1987-03-04"},
       {{"USA", "SUN", "046"}, {"SUN", "USA", "046"}}},
      {{"meeting-took-place-between",
        "A meeting took place between Prime Minister Brian Mulroney and President Reagan.",
        "1987-03-11"},
       {{"CANGOV", "USAGOV", "040"}, {"USAGOV", "CANGOV", "040"}}},
      {{"aid-divided-between", "The aid was divided between Egypt and Israel.", "1987-03-11"}, {}},
      {{"meetings-which-took-place-between",
        "The missiles were discussed during two meetings which took place between Prime "
        "Minister Brian Mulroney and President Reagan.",
        "1987-03-11"},
       {{"CANGOV", "USAGOV", "040"}, {"USAGOV", "CANGOV", "040"}}},
      // Canada has a House of Commons too, and British Columbia is Canadian.
      {{"canadian-commons",
        "OTTAWA, March 16 - The House of Commons criticised Japan. British Columbians criticised "
        "Japan too.",
        "1987-03-16"},
       {{"CANLEG", "JPN", "111"}}},

      // A meeting still to come: dated and between named sides, expected, planned or
      // scheduled, is an intent of both.
      {{"expected-summit-next-month",
        "The talks are expected to lay groundwork for a summit in Ottawa next month between "
        "President Reagan and Prime Minister Brian Mulroney.",
        "1987-03-11"},
       {{"USAGOV", "CANGOV", "036"}, {"CANGOV", "USAGOV", "036"}}},
      {{"free-up-beds", "Britain said the plans would free up NHS beds.", "2005-01-10"}, {}},
      // A place inside the phrase a pattern's target is sought in is a venue, not a side.
      {{"venue-inside-phrase",
        "Denmark gave its support for a new scheme to limit farm spending at a meeting in "
        "Luxembourg.",
        "1987-10-20"},
       {}},
      // "Trade" in a name or a topic is no trade offer or embargo.
      {{"trade-in-a-name",
        "Reagan said that ending every unfair trade practice in Japan would cut the deficit.",
        "1987-04-01"},
       {{"USAGOV", "JPN", "112"}}},
      {{"trade-organisation",
        "China committed to opening banks when it joined the World Trade "
        "Organisation.",
        "2005-01-10"},
       {}},
      // A raising passive with no one named who alleges it is no allegation.
      {{"is-alleged-to",
        "The State Department said the embassy, which is alleged to have been penetrated by the "
        "KGB, was closed.",
        "1987-04-01"},
       {}},
      // A gerund in a phrase of topic or opposition is no act.
      {{"joining-talks-as-topic",
        "West German Finance Minister Gerhard Stoltenberg saw no difficulties about Italy joining "
        "the talks.",
        "1987-04-03"},
       {}},
      {{"warned-against-attacking", "Iran warned against attacking Kuwait.", "1987-04-03"},
       {{"IRN", "KWT", "012"}}},
      // What a tour is "of" is where it goes; the visit of someone is his.
      {{"tour-of-japan", "Thatcher returned from a tour of Japan.", "1987-03-26"},
       {{"GBRGOV", "JPN", "042"}, {"JPN", "GBRGOV", "043"}}},
      // Blocking still to come is a threat.
      {{"will-block-unless",
        "Britain has said it will block moves to give the EC more money unless a system of "
        "stabilisers is agreed.",
        "1987-10-20"},
       {{"GBR", "IGOEUREEC", "130"}}},
      // Going ahead with sanctions still to come threatens them; foreseeing no problem is
      // optimism.
      {{"go-ahead-with-sanctions",
        "Commerce Secretary Malcolm Baldrige said the United States would go ahead with planned "
        "sanctions against Japanese semiconductor exports.",
        "1987-03-31"},
       {{"USA", "JPN", "1312"}}},
      // ("was sure" is left alone: "I was sure he did not want to be responsible for a
      // deterioration" is a warning.)
      {{"foresaw-no-problem",
        "West German Finance Minister Gerhard Stoltenberg said he foresaw no problem about "
        "Italian participation in talks.",
        "1987-04-03"},
       {{"DEUGOV", "ITA", "013"}}},
      {{"need-to-be-sure",
        "Britain said it needed to be sure it could give free care to older people.", "2005-01-10"},
       {}},
      // "The ministers" are the ministers last named with whose they were; an acronym in
      // brackets names the body; talks after a measure of time and "tomorrow" keep their
      // partner.
      {{"the-ministers-again",
        "Foreign Ministers of the Association of South-east Asian Nations (ASEAN) met. The "
        "ministers will start four days of talks tomorrow with officials of Japan.",
        "1987-06-16"},
       {{"IGOSEAASN", "JPNGOV", "036"}, {"JPNGOV", "IGOSEAASN", "036"}}},
      {{"ministers-opening-a-sentence",
        "EC foreign ministers met in Brussels. Ministers also decided to continue talks with "
        "Japan.",
        "1987-03-16"},
       {{"IGOEUREEC", "JPN", "036"}}},
      {{"office-then-person",
        "British Chancellor of the Exchequer Nigel Lawson said the United States must act.",
        "1987-03-31"},
       {{"GBRGOV", "USA", "020"}}},
      {{"compound-with-apposition-signs-letter",
        "OTTAWA, April 1 - The federal government and the Japanese trading company, C. Itoh "
        "and Co Ltd, have signed a letter of understanding.",
        "1987-04-01"},
       {{"CANGOV", "JPNBUS", "057"}, {"JPNBUS", "CANGOV", "057"}}},
      {{"signed-after-meeting",
        "During his visit, De Clercq has met top Chinese leaders and today signed an agreement "
        "to open a European Community Commission office in Peking.",
        "1987-03-31"},
       {{"IGOEUREEC", "CHNGOV", "040"},
        {"CHNGOV", "IGOEUREEC", "040"},
        {"IGOEUREEC", "CHNGOV", "057"},
        {"CHNGOV", "IGOEUREEC", "057"}}},
      {{"ministry-division",
        "Yukio Honda, director of MITI's Industrial Electronics Division, criticised the United "
        "States.",
        "1987-03-17"},
       {{"JPNGOV", "USA", "111"}}},
      {{"quoted-as-accusing",
        "Tehran Radio quoted Rafsanjani as accusing the United States of aggression.",
        "1987-03-22"},
       {{"IRNGOV", "USA", "1123"}}},
      {{"quoted-disappointment",
        "The Japanese Embassy said in a statement it was \"deeply disappointed\" by the tariffs "
        "announced by President Reagan in retaliation for Japan's not honoring its semiconductor "
        "agreement with the United States.",
        "1987-04-17"},
       {{"JPNGOV", "USAGOV", "110"}}},
      {{"announced-imposition-of-tariffs",
        "Washington last week announced an imposition of tariffs on Japanese electronic "
        "products.",
        "1987-04-03"},
       {{"USAGOV", "JPN", "1312"}}},
      {{"announced-tariff-cuts", "Taiwan announced import tariff cuts on U.S. goods.",
        "1987-04-13"},
       {{"TWN", "USA", "035"}}},
      {{"shortly-before-talks",
        "Taiwan announced plans for another round of import tariff cuts on 862 foreign goods "
        "shortly before trade talks with Washington.",
        "1987-04-13"},
       {{"TWN", "USAGOV", "036"}, {"USAGOV", "TWN", "036"}}},
      {{"bare-title-after-no-subject-person",
        "Saudi Arabia's Crown Prince Abdullah met Vice President George Bush on Monday. "
        "Officials gave no details. Before meeting with Bush, the Crown Prince paid a brief "
        "courtesy call on President Reagan.",
        "1987-10-19"},
       {{"SAUGOV", "USAGOV", "040"},
        {"USAGOV", "SAUGOV", "040"},
        {"SAUELI", "USAGOV", "040"},
        {"USAGOV", "SAUELI", "040"},
        {"SAUELI", "USAGOV", "042"},
        {"USAGOV", "SAUELI", "043"}}},
      {{"judgement-past-own-side",
        "WASHINGTON, April 1 - President Reagan spoke to reporters. White House spokesman Marlin "
        "Fitzwater said the president was forced to act in the Japanese microchip case because "
        "Tokyo had failed to fulfill the agreement.",
        "1987-04-01"},
       {{"USAGOV", "JPN", "111"}}},
      {{"removed-a-barrier", "Reagan said Gorbachev's offer removed a major barrier to agreement.",
        "1987-03-03"},
       {}},
      {{"offensive-by-one-side-of-the-war",
        "Iraqi forces attacked Iranian positions east of Basra. Iranian troops attacked again "
        "on Tuesday.",
        "1987-03-09"},
       {{"IRQMIL", "IRNMIL", "190"}, {"IRNMIL", "IRQMIL", "190"}}},
      {{"the-agreement-signed-last-september",
        "TOKYO, March 17 - Japanese officials sought to convince the U.S. that a U.S.-Japan pact "
        "on microchip trade is working. The agreement, signed last September, aimed at halting "
        "predatory Japanese pricing policies.",
        "1987-03-17"},
       {{"JPN", "USA", "057"}, {"USA", "JPN", "057"}}},
      {{"reaffirmed-commitment", "The EU reaffirmed its commitment to Iraq.", "2004-11-05"},
       {{"IGOEUREEC", "IRQ", "030"}}},
      {{"handed-a-draft-treaty",
        "The United States today handed Soviet arms negotiators a draft treaty.", "1987-03-04"},
       {{"USA", "SUNGOV", "030"}}},
      {{"submitted-a-draft-treaty",
        "The Soviet Union submitted a draft treaty to the United States.", "1987-03-04"},
       {{"SUN", "USA", "030"}}},
      {{"presented-a-report", "The minister presented a report to parliament.", "1987-03-04"}, {}},
      {{"the-only-country-which-has-signed",
        "Congress could approve the plan because Egypt is the only Arab country which has signed "
        "a peace treaty with Israel.",
        "1987-06-29"},
       {}},
      {{"invited-for-talks",
        "West German Chancellor Helmut Kohl has invited the European Community's Commission for "
        "talks in Bonn next month.",
        "1987-03-17"},
       {{"DEUGOV", "IGOEUREEC", "036"}}},
      {{"invited-in-the-passive",
        "Taiwan had been invited to the annual meeting of the Asian Development Bank in Osaka.",
        "1987-04-20"},
       {}},
      {{"acronym-in-brackets", "They (the Kuwaitis) have asked Britain to lease tankers.",
        "1987-06-16"},
       {{"KWT", "GBR", "020"}}},
      // A signing still to come commits both sides; a wish to reach a deal only the one.
      {{"will-sign", "Portugal will sign the agreement with China next month.", "1987-03-25"},
       {{"PRT", "CHN", "036"}, {"CHN", "PRT", "036"}}},
      {{"wish-to-reach-agreement", "West Germany wishes to reach an agreement with Bolivia.",
        "1987-03-25"},
       {{"DEU", "BOL", "032"}}},
      // A name a relative clause says heads or is an actor is that actor, later too.
      {{"who-heads-the-team",
        "Maynard Glitman, who heads the American team, spoke. Glitman criticised the Soviet "
        "Union.",
        "1987-03-04"},
       {{"USAGOV", "SUN", "111"}}},
      // Stressing to someone the importance of something urges them.
      {{"stressed-to-importance",
        "Reagan stressed to Moi the importance of Kenya's maintaining high standards on human "
        "rights.",
        "1987-03-12"},
       {{"USAGOV", "KENGOV", "020"}}},
      // A possessive pronoun before an event noun stands for the subject above it; a
      // politician's attack is criticism.
      // In a use of force a country named alone is its forces.
      {{"its-offensive", "Iran said its offensive against Iraq had ended.", "1987-02-26"},
       {{"IRNMIL", "IRQMIL", "190"}}},
      {{"his-talks",
        "Secretary of State George Shultz said his talks with Soviet Foreign Minister Eduard "
        "Shevardnadze were useful.",
        "1987-04-15"},
       {{"USAGOV", "SUNGOV", "046"}, {"SUNGOV", "USAGOV", "046"}}},
      // A person named in a phrase before a pronoun subject is not that subject.
      {{"his-talks-fronted",
        "Weinberger spoke on Monday. In his talks with Japanese Defence Minister Yuko "
        "Kurihara, he said, he made a pitch for American companies.",
        "1987-06-29"},
       {{"USAGOVMIL", "JPNGOVMIL", "046"}, {"JPNGOVMIL", "USAGOVMIL", "046"}}},
      // A "he" that a person reports is the reporter, for a meeting framing the report too.
      {{"reporter-he-after-meetings",
        "Treasury Secretary James Baker spoke. The chief executive of West Germany's largest "
        "bank said that after meetings with Baker, he believed the accord would hold.",
        "1987-03-30"},
       {{"DEUBUS", "USAGOV", "040"}, {"USAGOV", "DEUBUS", "040"}}},
      // What is conceded ("despite progress") is not what the verb reports.
      {{"despite-progress",
        "Stoltenberg said that despite progress in some areas, the debt problems of many "
        "countries had become more difficult.",
        "1987-03-30"},
       {}},
      // A decision to cut ties is the cut; whether to cut them is an open question.
      {{"decided-to-break-relations",
        "Tunisia has decided to break diplomatic relations with Iran, the foreign ministry said.",
        "1987-03-26"},
       {{"TUN", "IRN", "161"}}},
      {{"whether-to-break-relations",
        "Tunisia will decide whether to break diplomatic relations with Iran.", "1987-03-26"},
       {}},
      // A company named with its ticker is a business of its exchange's country, and its
      // first word names it again.
      {{"ticker-company",
        "General Dynamics Corp <GD.N> proposed joint development of the fighter to Japan.",
        "1987-04-03"},
       {{"USABUS", "JPN", "036"}}},
      {{"ticker-company-later",
        "McDonnell Douglas Corp <MD.N> sells helicopters. McDonnell will visit the Dutch "
        "parliament on Monday.",
        "1987-03-13"},
       {{"USABUS", "NLDLEG", "036"}}},
      // A trade war foreseen away is optimism towards the other side; talks unlikely to delay
      // sanctions, pessimism.
      {{"not-a-trade-war",
        "U.S. Commerce Secretary Malcolm Baldrige said the dispute between the U.S. And Japan "
        "over computer chips will not develop into a full-scale trade war.",
        "1987-04-05"},
       {{"USAGOV", "JPN", "013"}}},
      {{"unlikely-to-delay",
        "U.S. officials said this week's talks with Japan are unlikely to delay imposition of "
        "tariffs.",
        "1987-04-07"},
       {{"USAGOV", "JPN", "012"}}},
      // What one is unwilling to do is not done; what it is important that someone do is
      // wanted, not done.
      {{"unwillingness-to-allow", "Japan is reluctant to allow American firms to bid.",
        "1987-03-24"},
       {}},
      {{"important-that-help",
        "\"It is extremely important that the U.S. Market reduce its restrictions, and "
        "businessmen from both sides help to expand Chinese exports,\" the editorial said.",
        "1987-03-03"},
       {}},
      // A perfect is no passive: "by" says whose shipments were banned.
      {{"has-banned-shipments-by",
        "The Japanese government has banned shipments of goods to Communist states by Britain.",
        "1987-06-29"},
       {{"JPNGOV", "UIS", "163"}}},
      // Expecting closer ties is optimism; a communique with no author named is the last
      // reporter's; "firm" before a noun is no business.
      {{"the-communique-welcomed",
        "Foreign Ministers of ASEAN said they expect closer economic ties with Japan. The "
        "communique also welcomed President Reagan's firm action in vetoing protectionist "
        "measures.",
        "1987-06-16"},
       {{"IGOSEAASN", "JPN", "013"}, {"IGOSEAASN", "USAGOV", "051"}}},
      {{"statement-by-unknown-author",
        "Iran said it would fight on. A statement by the Islamic Front welcomed President "
        "Reagan's veto.",
        "1987-06-16"},
       {}},
      // Trade action is a sanction; one still to come, a threat of it. Objecting is rejecting.
      {{"ready-to-impose-trade-action",
        "President Reagan is ready to impose retaliatory trade action against Japan.",
        "1987-03-27"},
       {{"USAGOV", "JPN", "1312"}}},
      {{"objected-to-brazil",
        "The Reagan administration has objected to Brazil protecting its computer industry.",
        "1987-03-24"},
       {{"USAGOV", "BRA", "120"}}},
      // An arrest in the passive with no one named is the dateline country's authority's:
      // its police, or its forces for one of its servicemen. With no dateline, nothing.
      {{"arrested-in-tokyo",
        "TOKYO, March 9 - Two Polish citizens were arrested for trying to steal Japanese "
        "computer technology, local media reports said.",
        "1987-03-09"},
       {{"JPNCOP", "POLCVL", "173"}}},
      {{"marine-charged",
        "WASHINGTON, April 1 - A second U.S. Marine has been charged with spying.", "1987-04-01"},
       {{"USAMIL", "USAMIL", "173"}}},
      {{"detained-no-dateline", "The Britons were detained as part of the US-led war on terror.",
        "2005-01-12"},
       {}},
      {{"gains-charged-at-a-rate",
        "LONDON, April 1 - Companies' capital gains will be charged at the corporation tax "
        "rate.",
        "1987-04-01"},
       {}},
      // "Relations with Japan" are the noun's; the talks are between the two who hold them.
      {{"discuss-relations-with",
        "British Foreign Secretary Sir Geoffrey Howe and U.S. Secretary of State George Shultz "
        "plan to discuss the growing crisis in trade relations with Japan in talks in "
        "Washington, government officials said.",
        "1987-04-09"},
       {{"GBRGOV", "USAGOV", "046"}, {"USAGOV", "GBRGOV", "046"}}},
      // Ordering sanctions imposed is imposing them.
      {{"ordered-imposed",
        "Officials will try to cut short the penalty tariffs President Reagan has ordered "
        "imposed on Japanese exports.",
        "1987-04-03"},
       {{"USAGOV", "JPN", "163"}}},
      // A visit with no destination named was to the place its visitor left.
      {{"left-at-end-of-visit", "Howe left Tokyo yesterday at the end of a four-day visit.",
        "1987-04-09"},
       {{"GBRGOV", "JPN", "042"}, {"JPN", "GBRGOV", "043"}}},
      // Talks one moves towards are still to come.
      {{"moving-towards-talks",
        "Turkish Prime Minister Turgut Ozal said Turkey and Greece were moving towards talks in "
        "their row over oil rights.",
        "1987-03-30"},
       {{"TUR", "GRC", "036"}}},
      // Talks a proposal is for are still to come; a visit under consideration is not coded;
      // a ban still to come threatens sanctions.
      {{"proposal-for-talks",
        "North Korea said it agreed to a South Korean proposal for talks between the prime "
        "ministers of the two countries.",
        "1987-03-30"},
       {{"PRK", "KOR", "036"},
        {"KOR", "PRK", "036"},
        {"PRKGOV", "KORGOV", "036"},
        {"KORGOV", "PRKGOV", "036"}}},
      {{"visit-under-consideration",
        "A senior Soviet official said a visit to Moscow by U.S. Secretary of State George "
        "Shultz was under consideration.",
        "1987-03-02"},
       {}},
      {{"would-use-powers-to-ban",
        "Howard said that Britain would use its powers to ban Japanese financial institutions "
        "from London if it was not satisfied with Tokyo.",
        "1987-04-09"},
       {{"GBR", "JPN", "1312"}}},
      // Saying talks made a breakthrough is optimism towards the other side.
      {{"talks-breakthrough",
        "Chief Soviet arms negotiator Yuli Vorontsov said talks with the United States had made "
        "a breakthrough.",
        "1987-03-06"},
       {{"SUNGOV", "USA", "013"}}},
      // Signing a communique is no act towards whom its content names.
      {{"signed-a-communique",
        "He also signed a communiqu&#233; stressing the EU's commitment to securing a stable "
        "and unified Iraq.",
        "2004-11-05"},
       {}},
      // Armed forces destroying a foreign target use force; barring a firm from exporting is
      // a sanction; a duty imposed is one.
      {{"forces-destroyed-platform",
        "U.S. naval forces destroyed one Iranian oil platform in the Gulf.", "1987-10-19"},
       {{"USAMIL", "IRN", "190"}}},  // a thing of Iran's, not its forces
      {{"barred-from-exporting",
        "The Japanese government has barred Toshiba Machine from exporting to Communist "
        "countries for a year.",
        "1987-06-29"},
       {{"JPNGOV", "UIS", "163"}}},
      {{"duty-imposed-on",
        "A recent example was the 15 per cent duty the U.S. imposed on Canadian lumber exports.",
        "1987-03-02"},
       {{"USA", "CAN", "163"}}},
      // A gerund in "on" after a noun is a topic, not an act.
      {{"agreement-on-withdrawing",
        "U.S. officials said he was likely to go to Moscow soon following Gorbachev's weekend "
        "proposal for a separate agreement on withdrawing Soviet and American medium-range "
        "missiles from Europe.",
        "1987-03-02"},
       {}},
      // A visit "of" someone is theirs, and goes where the phrases after it say.
      {{"visit-of-to", "The visit of U.S. Secretary of State George Shultz to China began today.",
        "1987-03-03"},
       {{"USAGOV", "CHN", "042"}, {"CHN", "USAGOV", "043"}}},
      {{"company-its-offensive", "The company said its offensive against Iraq had ended.",
        "1987-02-26"},
       {}},
      {{"his-attack-on-labour", "Tony Blair said his attack on the Conservatives was justified.",
        "2005-01-24"},
       {{"GBRGOV", "GBROPP", "111"}}},

      // A trade round named after a country is not that country; a seat is no ground.
      {{"uruguay-round", "Japan criticised the Uruguay round of trade talks.", "1987-03-30"}, {}},
      {{"seat-occupied", "China will take the seat on the board currently occupied by Afghanistan.",
        "1987-03-30"},
       {}},
      // Meeting requests satisfies them; slow progress is a worry.
      {{"meet-requests", "Japan will try to meet U.S. requests for lower rates.", "1987-03-30"},
       {}},
      {{"slow-progress",
        "Chancellor Nigel Lawson said there was concern at the slow progress the United States "
        "had made in reducing its deficit.",
        "1987-03-30"},
       {{"GBRGOV", "USA", "012"}}},
      // A compound subject meets its own members only when the verb names no one else; what
      // they discuss is no side.
      {{"compound-met-to-discuss",
        "President Reagan and Prime Minister Brian Mulroney met to discuss Afghanistan.",
        "1987-03-30"},
       {{"USAGOV", "CANGOV", "046"}, {"CANGOV", "USAGOV", "046"}}},
      {{"compound-met-someone",
        "President Reagan and Prime Minister Brian Mulroney met Prime Minister Margaret "
        "Thatcher.",
        "1987-03-30"},
       {{"USAGOV", "GBRGOV", "040"},
        {"GBRGOV", "USAGOV", "040"},
        {"CANGOV", "GBRGOV", "040"},
        {"GBRGOV", "CANGOV", "040"}}},
      // What an offer proposes has not happened; those who back a state are other states;
      // what was done "in the past" is no news.
      {{"offer-that-they-meet", "Greece renewed an offer that Turkey and Greece meet in Geneva.",
        "1987-03-30"},
       {}},
      {{"supporters-of-baghdad", "Iran criticised the supporters of Baghdad.", "1987-02-26"},
       {{"IRN", "UIS", "111"}}},
      {{"has-in-the-past", "Turkey has in the past criticised Greece.", "1987-03-30"}, {}},
      // "Star Wars" is also Reagan's missile shield: it stops its sentence, not the story.
      {{"star-wars-sentence-only",
        "U.S. Secretary of State George Shultz held talks with Soviet Foreign Minister Eduard "
        "Shevardnadze. Proposals on the \"Star Wars\" space shield were criticised by Moscow.",
        "1987-04-13"},
       {{"USAGOV", "SUNGOV", "046"}, {"SUNGOV", "USAGOV", "046"}}},
      // An envoy named after his post is learned; talks after a measure of time are held where
      // the verb's phrase says.
      {{"envoy-after-days-of-negotiations",
        "Details will follow, Portuguese Ambassador to Peking Octavio Valerio said. Valerio "
        "spoke after four days of negotiations in the Chinese capital.",
        "1987-03-23"},
       {{"PRTGOV", "CHN", "046"}, {"CHN", "PRTGOV", "046"}}},
      // "Set" puts a meeting ahead only as "is set" or "talks set for"; "had set targets" is
      // no schedule.
      {{"set-targets-during-talks",
        "Margaret Thatcher said she and Soviet Premier Nikolai Ryzhkov had set targets for trade "
        "during talks earlier today.",
        "1987-03-31"},
       {{"GBRGOV", "SUNGOV", "046"}, {"SUNGOV", "GBRGOV", "046"}}},
      {{"summit-is-set",
        "A summit between President Reagan and Prime Minister Brian Mulroney is set for May.",
        "1987-03-11"},
       {{"USAGOV", "CANGOV", "036"}, {"CANGOV", "USAGOV", "036"}}},
      {{"summit-is-planned",
        "A summit between President Reagan and Prime Minister Brian Mulroney is planned for May.",
        "1987-03-11"},
       {{"USAGOV", "CANGOV", "036"}, {"CANGOV", "USAGOV", "036"}}},
      {{"scheduled-moscow-visit",
        "Petrovsky spoke a week before a scheduled Moscow visit by U.S. Secretary of State George "
        "Shultz.",
        "1987-04-08"},
       {{"USAGOV", "SUNGOV", "036"}, {"SUNGOV", "USAGOV", "036"}}},
      {{"moscow-visit-by",
        "The Moscow visit by U.S. Secretary of State George Shultz was a success.", "1987-04-20"},
       {{"USAGOV", "SUNGOV", "042"}, {"SUNGOV", "USAGOV", "043"}}},
      // A pair joined by a slash is a pair too; a deadline in a relative clause does not put
      // the talks ahead.
      {{"slash-pair-talks-with-deadline",
        "She said Canada/U.S. trade negotiations, which must be concluded by October, are "
        "progressing well.",
        "1987-03-24"},
       {{"CANGOV", "USAGOV", "046"}, {"USAGOV", "CANGOV", "046"}}},
      // Insisting that someone do something (a base-form verb) demands it of them; insisting
      // that something happened is a claim, and what is demanded has not happened.
      {{"insist-that-subjunctive",
        "Washington is insisting that the EC comply with the ruling and cut export subsidies.",
        "1987-06-29"},
       {{"USAGOV", "IGOEUREEC", "100"}}},
      {{"insist-that-past", "Iran insisted that Iraq had started the war.", "1987-06-29"}, {}},
      // A foreign visitor's visit with no destination named is to the dateline's country; a
      // country named as a modifier is no visitor.
      {{"visit-by-to-dateline",
        "WASHINGTON, April 27 - Officials said the visit by Japanese Prime Minister Yasuhiro "
        "Nakasone went well.",
        "1987-04-27"},
       {{"JPNGOV", "USA", "042"}, {"USA", "JPNGOV", "043"}}},
      {{"modifier-trip-no-visitor",
        "LONDON, April 27 - Prime Minister Margaret Thatcher's Soviet trip was a success.",
        "1987-04-27"},
       {}},
      // A visit for meetings with someone takes two; attending a summit commits no host.
      {{"visit-for-meetings-with",
        "Secretary of State George Shultz will visit Tokyo next week for meetings with "
        "Japanese officials.",
        "1987-03-31"},
       {{"USAGOV", "JPNGOV", "036"}, {"JPNGOV", "USAGOV", "036"}}},
      {{"visit-to-attend-summit",
        "Secretary of State George Shultz will visit Rome next week to attend the Venice summit "
        "meeting.",
        "1987-03-31"},
       {{"USAGOV", "ITAGOV", "036"}}},
      // What a relative clause says describes its noun: no pattern of the reporting verb.
      {{"relative-clause-no-pattern",
        "Canadian Trade Minister Pat Carney said Canada/U.S. trade negotiations, which must be "
        "concluded by October, are progressing well.",
        "1987-03-24"},
       {{"CANGOV", "USAGOV", "046"}, {"USAGOV", "CANGOV", "046"}}},
      // Definite talks that open their clause and name no side are the last talks' sides;
      // not in a condition.
      {{"talks-named-again",
        "Japanese and U.S. trade officials opened talks in Washington today. A second round of "
        "talks is set for tomorrow.",
        "1987-04-09"},
       {{"JPNGOV", "USAGOV", "046"},
        {"USAGOV", "JPNGOV", "046"},
        {"JPNGOV", "USAGOV", "036"},
        {"USAGOV", "JPNGOV", "036"}}},
      {{"talks-named-again-in-condition",
        "Japanese and U.S. trade officials opened talks in Washington today. If the talks fail, "
        "tariffs will follow.",
        "1987-04-09"},
       {{"JPNGOV", "USAGOV", "046"}, {"USAGOV", "JPNGOV", "046"}}},
      // What an appeal asks for gives its sub-code: to remove curbs is to yield (025), to
      // rescind sanctions is to ease them (0254).
      {{"appeal-to-remove-curbs",
        "China called on the United States to remove curbs on its exports.", "1987-03-03"},
       {{"CHN", "USA", "025"}}},
      {{"appeal-to-rescind-sanctions",
        "Japanese Foreign Minister Tadashi Kuranari asked the United States to rescind the "
        "sanctions.",
        "1987-04-17"},
       {{"JPNGOV", "USA", "0254"}}},
      // Signing a motion is no agreement with what it names.
      {{"signed-motion",
        "One hundred members of Britain's ruling Conservative Party have signed a motion "
        "calling for trade sanctions against Japan.",
        "1987-03-26"},
       {}},
      // A meeting an envoy came from, in a relative clause on the envoy, is the envoy's.
      {{"envoy-from-meeting",
        "He spoke to reporters after talks with Turkey's ambassador to Athens who arrived last "
        "night from a meeting with Greek Prime Minister Andreas Papandreou.",
        "1987-03-30"},
       {{"TURGOV", "GRCGOV", "040"}, {"GRCGOV", "TURGOV", "040"}}},
      // "Served notice that" reports as "said that" does; blocking a move in the Security
      // Council is a veto.
      {{"served-notice-block-in-council",
        "The United States and Britain served notice that they would block a move in the U.N. "
        "Security Council to impose sanctions against South Africa.",
        "1987-04-09"},
       {{"USA", "IGOUNO", "129"}, {"GBR", "IGOUNO", "129"}}},
      // Giving someone power to act is a mandate, not aid to whom the act is aimed at.
      {{"gave-power-to-decree",
        "Sweden's ruling Social Democratic Party gave full power to the government to decree "
        "unilateral trade sanctions against South Africa.",
        "1987-03-02"},
       {}},
      // Accused of violating a commitment is no aggression; a charge is made to its audience;
      // talks asked for are the appeal, not talks held.
      {{"accused-of-violating-commitment",
        "The European Community accused the United States of violating a political commitment "
        "to free trade.",
        "1987-06-18"},
       {{"IGOEUREEC", "USA", "112"}}},
      {{"charge-made-to-audience",
        "EC ambassador Tran Van-Thinh made the formal charge to the surveillance body of the "
        "General Agreement on Tariffs and Trade (GATT).",
        "1987-06-18"},
       {}},
      {{"asked-for-consultations",
        "The United States asked for consultations with Tokyo on the issue.", "1987-06-18"},
       {{"USA", "JPNGOV", "026"}}},
      // A fight's target past a possessive is its forces when a word of fighting follows.
      {{"possessive-positions", "Iraqi forces attacked Iran's southern positions.", "1987-03-11"},
       {{"IRQMIL", "IRNMIL", "190"}}},
      // Who joins in an act does it too.
      {{"joined-by-in-criticising",
        "The European Community was joined by the United States in criticising Brazil.",
        "1987-06-18"},
       {{"IGOEUREEC", "BRA", "111"}, {"USA", "BRA", "111"}}},
      // An officer of an organisation known only by its role words is that organisation's,
      // not the government's, and so is a name in apposition to the office; a director
      // general is no general.
      {{"president-of-union",
        "WASHINGTON, March 24 - William Bywater, president of the International Union of "
        "Electronic Workers, called on President Reagan to retaliate against Japan.",
        "1987-03-24"},
       {{"USALAB", "USAGOV", "020"}}},
      {{"union-of-workers",
        "WASHINGTON, March 24 - The Union of Electronic Workers called on President Reagan to "
        "retaliate against Japan.",
        "1987-03-24"},
       {{"USALAB", "USAGOV", "020"}}},
      {{"director-general-of-bureau",
        "TOKYO, March 24 - Hideo Maki, Director General of the ministry's Economic Affairs "
        "Bureau, urged Washington to act.",
        "1987-03-24"},
       {}},  // (a government office with no country named: no actor, and no JPNMIL)
      // Displeasure said at someone disapproves (110), past an adverb and quotation marks;
      // regret "over" another's act criticises it; travel "flown in" is no aid.
      {{"disappointed-by-tariffs",
        "Japan said it was deeply disappointed by the tariffs announced by President Reagan.",
        "1987-04-17"},
       {{"JPN", "USAGOV", "110"}}},
      {{"unhappy-with-liberalisation",
        "The U.S. and Britain are unhappy with the slow liberalisation of the Japanese market.",
        "1987-04-17"},
       {{"USA", "JPN", "110"}, {"GBR", "JPN", "110"}}},
      {{"regret-over-decision",
        "Nakasone expressed regret over America's decision to impose tariffs.", "1987-03-30"},
       {{"JPNGOV", "USA", "111"}}},
      {{"flew-in-from", "Shultz flew in from Helsinki and drove straight to the Kremlin.",
        "1987-04-13"},
       {}},
      // An official sent to a capital visits it; one offered, a visit intended (036).
      {{"willing-to-send-official",
        "Nakasone said Tokyo was willing to send a high-level official to Washington.",
        "1987-03-30"},
       {{"JPNGOV", "USAGOV", "036"}}},
      // Tariffs put on someone are sanctions; a wrong named as the actor's view ("what it
      // sees as") is alleged by the actor (112).
      {{"put-tariffs-what-it-sees-as",
        "On Friday, Washington announced plans to put as much as 300 mln dlrs in tariffs on "
        "imports of Japanese goods in retaliation for what it sees as Tokyo's failure to live up "
        "to their pact.",
        "1987-03-30"},
       {{"USAGOV", "JPN", "1312"}, {"USAGOV", "JPNGOV", "112"}}},
      // A complaint made to an international body, with what it says in a clause, is
      // against that clause's subject; a topic ("the problems of Afghanistan") is not its
      // country.
      {{"complained-to-un-that",
        "UNITED NATIONS, March 3 - Syria has complained to the United Nations that Israeli "
        "occupation authorities were blocking the export of citrus fruit.",
        "1987-03-03"},
       {{"SYR", "ISRGOV", "114"}}},
      {{"discuss-problems-of",
        "Moscow has agreed to discuss the problems of Afghanistan in talks with Peking.",
        "1987-04-03"},
       {{"SUNGOV", "CHNGOV", "036"},
        {"CHNGOV", "SUNGOV", "036"},
        {"SUNGOV", "CHNGOV", "046"},
        {"CHNGOV", "SUNGOV", "046"}}},
      // A visit "of" a foreign visitor whose title holds an "of" ("Secretary of State") has no
      // destination and goes to the dateline's country; one dated by a range that starts
      // after the story is still to come.
      {{"visit-of-secretary-of-state",
        "PEKING, March 3 - The paper published an editorial to coincide with the visit of U.S. "
        "Secretary of State George Shultz.",
        "1987-03-03"},
       {{"USAGOV", "CHN", "042"}, {"CHN", "USAGOV", "043"}}},
      {{"visit-dated-by-range",
        "WASHINGTON, April 2 - Abe was here paving the way for the April 29-May 2 visit of "
        "Prime Minister Yasuhiro Nakasone.",
        "1987-04-02"},
       {{"JPNGOV", "USA", "036"}}},
      // An agreement dated by a month and its kind ("a January outline agreement") reports
      // its signing, between the sides its "between" names ("the U.S", its point dropped).
      {{"month-kind-agreement-between",
        "Britain wants Japan to agree a timetable along the lines of a January outline "
        "agreement between the U.S and the U.K., Howard said.",
        "1987-03-13"},
       {{"GBR", "JPN", "020"}, {"USA", "GBR", "057"}, {"GBR", "USA", "057"}}},
      // Industry leaders are business; a meeting's aim "in an effort to" names no partner.
      {{"meeting-in-an-effort-to",
        "U.S. meat industry leaders will meet next week in an effort to reach a consensus toward "
        "Japan.",
        "1987-03-13"},
       {}},
      // A pattern's word after a preposition stands near it: "(FOR &RIGHTS)" is not a call
      // for rights when "rights" closes a long phrase about something else.
      {{"for-rights-far-away",
        "President Reagan called for continued nondiscriminatory treatment for Romanian exports "
        "to the United States in the face of congressional opposition because of the Bucharest "
        "government's record on human rights.",
        "1987-06-02"},
       {{"USAGOV", "ROU", "020"}}},
      {{"for-money-near",
        "Brazil asked U.S. banks for a 90-day rollover of some 9.6 billion dlrs of debt.",
        "1987-04-02"},
       {{"BRA", "USABUS", "0231"}}},
      {{"release-a-loan", "Argentina urged the IMF to release a 480 mln dlrs compensatory loan.",
        "1987-03-30"},
       {{"ARG", "IGOUNOIMF", "0231"}}},
      {{"topic-named-by-country",
        "CAIRO, March 1 - Representatives of Kenya and Uganda will meet Egypt on March 11 to "
        "discuss the Chad political situation.",
        "1987-03-01"},
       {{"KENGOV", "EGY", "036"},
        {"EGY", "KENGOV", "036"},
        {"UGAGOV", "EGY", "036"},
        {"EGY", "UGAGOV", "036"}}},
      // "This week" in a story of a Monday is still to come.
      {{"this-week-on-a-monday",
        "WASHINGTON, April 27 - U.S. Treasury Secretary James Baker has cancelled a trip to "
        "Australia because of pressing business at home, including the visit this week by "
        "Japanese Prime Minister Yasuhiro Nakasone, a Treasury spokesman said.",
        "1987-04-27"},
       {{"USAGOV", "AUS", "160"}, {"JPNGOV", "USA", "036"}}},
      // Fortifications, positions and towns captured or seized are territory taken (192),
      // breached lines a battle; armoured personnel carriers are no companies.
      {{"captured-fortification",
        "LONDON, March 1 - Iran said its forces had captured one of Iraq's strongest "
        "fortifications east of Basra.",
        "1987-03-01"},
       {{"IRNMIL", "IRQ", "192"}}},
      {{"breached-defence-lines",
        "IRNA said the Iranian troops seized one of the strongest Iraqi fortifications and "
        "breached Iraqi defence lines.",
        "1987-03-01"},
       {{"IRNMIL", "IRQ", "192"}, {"IRNMIL", "IRQMIL", "190"}}},
      // "His" in a reported clause is no plural subject's; agreeing to buy is a deal (061);
      // arms deliveries suspended cut military aid (1622); a slash joins two names.
      {{"his-trip-after-plural-subject",
        "WASHINGTON, March 9 - South Korean Foreign Trade Minister Rah Woon Bae said his "
        "country's firms have agreed to buy 1.8 billion dlrs worth of U.S. goods during his "
        "two-week buying trip to the United States.",
        "1987-03-09"},
       {{"KORBUS", "USA", "061"}, {"KORGOV", "USA", "042"}, {"USA", "KORGOV", "043"}}},
      {{"suspended-arms-deliveries",
        "PARIS, April 7 - Avions Marcel Dassault-Breguet Aviation <AVMD.PA> has suspended "
        "deliveries of its Mirage fighter jets to Egypt, aircraft industry sources said.",
        "1987-04-07"},
       {{"FRABUS", "EGY", "1622"}}},
      {{"slash-pair-in-reported-clause",
        "TOKYO, March 5 - U.S. Undersecretary of State Allen Wallis warned that the U.S./Japan "
        "agreement governing trade in semiconductors was in jeopardy.",
        "1987-03-05"},
       {{"USAGOV", "JPN", "012"}}},
      // What frames an act in time ("after ...") holds no pattern words of its verb: talks
      // after which one tells reporters are held, not announced.
      {{"told-after-talks",
        "MOSCOW, April 15 - Secretary of State George Shultz told reporters after three days of "
        "talks with Soviet Foreign Minister Eduard Shevardnadze that progress was made.",
        "1987-04-15"},
       {{"USAGOV", "SUNGOV", "046"}, {"SUNGOV", "USAGOV", "046"}}},
      // A trade round named after a country is no act towards it.
      {{"uruguay-trade-round",
        "President Reagan, who strongly supported the Uruguay trade round to promote freer "
        "trade, has said Washington will impose tariffs against Japanese electronic goods.",
        "1987-04-07"},
       {{"USAGOV", "JPN", "1312"}}},
      // Relations said to get worse are pessimism about both sides (012); a ministry's
      // division is no army's.
      {{"relations-get-worse",
        "THE HAGUE, March 17 - Already strained relations between the U.S. And the European "
        "Community (EC) are likely to get worse before they get better, director general of the "
        "Dutch Economics Ministry's foreign affairs division Frans Engering said.",
        "1987-03-17"},
       {{"NLDGOV", "USA", "012"}, {"NLDGOV", "IGOEUREEC", "012"}}},
      {{"complained-about-pair-accord", "The EC complained about the U.S.-Japanese accord.",
        "1987-04-07"},
       {{"IGOEUREEC", "USA", "114"}, {"IGOEUREEC", "JPN", "114"}}},
      // Talks a traveller in the present tense is on the way to are still to come.
      {{"flies-today-for-talks",
        "GENEVA, April 7 - U.S. Deputy Trade Representative Michael Smith spoke at GATT. Smith, "
        "who flies to Brussels today for talks with European Community officials, told Reuters "
        "the committee wanted to stress GATT's importance.",
        "1987-04-07"},
       {{"USAGOV", "IGOEUREEC", "036"}, {"IGOEUREEC", "USAGOV", "036"}}},
      // Forces alerted or mobilised with no aim of their own are aimed at the other country the
      // sentence names after the verb.
      {{"troops-on-standby",
        "Downing Street has confirmed British troops are on standby in case they need to help "
        "evacuate several hundred UK citizens from Ivory Coast.",
        "2004-11-08"},
       {{"GBRMIL", "CIV", "152"}}},
      {{"forces-put-on-standby",
        "The Spanish government put its forces on standby to evacuate Spanish nationals from "
        "Ivory Coast.",
        "2004-11-08"},
       {{"ESPGOV", "CIV", "152"}}},
      // Seeking talks asks for them (026, one way).
      {{"seek-new-talks", "Japan will seek new talks with Washington.", "1987-04-17"},
       {{"JPN", "USAGOV", "026"}}},
      // Appeals coded by the policy change they ask for (0242).
      {{"modify-legislation", "GATT called on Washington to modify its legislation.", "1987-06-18"},
       {{"IGOWTO", "USAGOV", "0242"}}},
      {{"press-for-economic-expansion",
        "Reagan will press for economic expansion by West Germany and Japan.", "1987-06-01"},
       {{"USAGOV", "DEU", "0242"}, {"USAGOV", "JPN", "0242"}}},
      // Capitals not named are states the text does not name (UIS).
      {{"visit-to-european-capitals",
        "U.S. Trade officials made clear their anger, voiced during a visit to European capitals "
        "in February.",
        "1987-03-20"},
       {{"USAGOV", "UIS", "042"}, {"UIS", "USAGOV", "043"}}},
      // "They" meeting with no one named are the two people just joined by "and"; "they"
      // after a group is that group's.
      {{"they-met-after-pair",
        "An agreement was reached between President Reagan and President Suharto when they met "
        "on Bali.",
        "1987-03-20"},
       {{"USAGOV", "IDNGOV", "040"}, {"IDNGOV", "USAGOV", "040"}}},
      {{"signed-over-shares",
        "Russian banker Mikhail Gusev has since signed over his shareholding to Canada.",
        "2004-12-20"},
       {}},
      // A learned name misspelt by one letter is still that person.
      {{"misspelt-learned-name",
        "PEKING, March 2 - U.S. Secretary of State George Shultz is likely to visit Moscow "
        "soon. Schultz is currently visiting Peking.",
        "1987-03-01"},
       {{"USAGOV", "CHN", "042"}, {"CHN", "USAGOV", "043"}}},
      // One returns from where one went; "he" after a closing reporting clause is its
      // reporter when the sentence's subject was no person.
      {{"return-from-after-reporter",
        "CAIRO, March 2 - The debt crisis is serious, Egypt's Minister of State for Foreign "
        "Affairs, Boutros Boutros Ghali, said. He spoke to reporters on his return from "
        "Ethiopia.",
        "1987-03-01"},
       {{"EGYGOV", "ETH", "042"}, {"ETH", "EGYGOV", "043"}}},
      {{"return-of-people", "The return of refugees from Pakistan began on Monday.", "1987-03-01"},
       {}},
      // What one is unwilling to give is not given; being unable to give details of talks
      // still tells of them.
      {{"unwilling-to-give",
        "The U.S. was unwilling to give the Soviet Union a naval role in the region.",
        "1987-04-07"},
       {}},
      // An infinitive after a time belongs to the verb: going somewhere to sign an agreement.
      {{"go-in-time-to-sign",
        "Portuguese Prime Minister Anibal Cavaco Silva said he would go to Peking in the first "
        "half of next month to sign the agreement with China.",
        "1987-03-26"},
       {{"PRTGOV", "CHN", "036"}, {"CHN", "PRTGOV", "036"}}},
      {{"expected-talks-undated",
        "Japanese Foreign Minister Tadashi Kuranari is expected to hold talks with Iran.",
        "1987-04-20"},
       {}},
      // An agreement whose signing a noun phrase reports is signed by its sides: named by
      // "between" or "by", else the two countries the sentence names. Not many agreements,
      // nor one of years ago.
      {{"accord-signed-between",
        "The accord signed last year between France and Yugoslavia calls for more trade.",
        "1987-03-05"},
       {{"FRA", "YUG", "057"}, {"YUG", "FRA", "057"}}},
      {{"last-weeks-accord",
        "Following last week's bilateral accord between Britain and Nigeria, bankers hoped "
        "that talks would begin.",
        "1987-04-03"},
       {{"GBR", "NGA", "057"}, {"NGA", "GBR", "057"}}},
      {{"last-weeks-statement-not-accord",
        "Last week's statement from France reaffirmed a February 22 agreement in Paris with the "
        "United States.",
        "1987-04-03"},
       {}},
      {{"pact-agreed-last-year",
        "That pact, agreed last year after months of negotiations, calls on Japan to stop "
        "selling chips and to raise its imports of U.S. semiconductors.",
        "1987-03-24"},
       {{"JPN", "USA", "057"}, {"USA", "JPN", "057"}}},
      {{"month-and-year-agreement",
        "The United States accused Japan of failing to enforce a September 1986 agreement.",
        "1987-04-13"},
       {{"USA", "JPN", "112"}, {"USA", "JPN", "057"}, {"JPN", "USA", "057"}}},
      {{"month-and-old-year-agreement", "Egypt and Israel reaffirmed a March 1979 agreement.",
        "1987-04-13"},
       {}},
      {{"accord-of-1979", "The accord reached between Iran and Iraq in 1979 is void.",
        "1987-03-05"},
       {}},
      {{"agreements-reached-by-many",
        "Indian countertrade is small compared with agreements reached by Indonesia, Venezuela "
        "and Brazil.",
        "1987-03-05"},
       {}},
      {{"agreement-merely-named", "The agreement with the United States is popular in Japan.",
        "1987-03-05"},
       {}},
      // Talks in a framing phrase on the clause itself are its subject's, held where they
      // took place.
      {{"here-after-talks-in",
        "Australian Trade Minister John Kerin, here on a visit after talks in Thailand, said "
        "progress was made.",
        "1987-10-19"},
       {{"AUSGOV", "THA", "046"}, {"THA", "AUSGOV", "046"}}},
      {{"here-after-talks-no-side",
        "Australian Trade Minister John Kerin, here after talks, said progress was made.",
        "1987-10-19"},
       {}},
      // "critical of", "supportive of", with an adverb between too; "stood by" the rebel
      // forces backs them; money sought from someone is an appeal for aid.
      {{"highly-critical-of", "Japan was highly critical of the United States.", "1987-03-20"},
       {{"JPN", "USA", "111"}}},
      {{"not-critical-of", "Japan was not critical of the United States.", "1987-03-20"}, {}},
      {{"very-supportive-of",
        "Saudi Crown Prince Abdullah was very supportive of the U.S. role in the Gulf.",
        "1987-10-19"},
       {{"SAUGOV", "USA", "051"}}},
      {{"stood-by-rebel-forces",
        "Libyan leader Muammar Gaddafi said he stood by Chad rebel forces.", "1987-03-29"},
       {{"LBYGOV", "TCDREB", "052"}}},
      {{"seek-money-from", "Reagan will seek 2.5 billion dlrs from Japan.", "1987-03-20"},
       {{"USAGOV", "JPN", "021"}}},
      // A state body named by its role alone can be the actor after "from" or "to".
      {{"seek-money-from-congress", "Reagan will seek 2.5 billion dlrs from Congress.",
        "1987-03-20"},
       {{"USAGOV", "USALEG", "021"}}},
      {{"sent-requests-to-congress",
        "Reagan sent to Congress requests for extensions of trade status for Romania.",
        "1987-06-02"},
       {{"USAGOV", "USALEG", "020"}}},
      {{"told-committee-in-parliament",
        "Japanese Prime Minister Yasuhiro Nakasone told a budget committee in Parliament that "
        "the delay was natural.",
        "1987-03-20"},
       {}},
      // What a verb's phrase of topic names is what the act is about: a briefing on a visit
      // announces no visit.
      {{"brief-on-visit",
        "Howe went to brief Shultz on Prime Minister Margaret Thatcher's visit to the Soviet "
        "Union last week.",
        "1987-04-09"},
       {{"GBRGOV", "USAGOV", "040"},
        {"USAGOV", "GBRGOV", "040"},
        {"GBRGOV", "SUN", "042"},
        {"SUN", "GBRGOV", "043"}}},
      // "in advance of", "in preparation for" a meeting or visit: still to come.
      {{"in-advance-of-meeting",
        "President Reagan made a gesture in advance of his meeting with Prime Minister Brian "
        "Mulroney.",
        "1987-03-20"},
       {{"USAGOV", "CANGOV", "036"}, {"CANGOV", "USAGOV", "036"}}},
      {{"in-preparation-for-visit",
        "The ambassador returned in preparation for Nakasone's visit to Washington.", "1987-03-31"},
       {{"JPNGOV", "USAGOV", "036"}}},
      // Donors and allies that name no state are unidentified states.
      {{"other-donors", "Britain urged other donors to contribute.", "2005-01-26"},
       {{"GBR", "UIS", "020"}}},
      // What is sought, planned or aimed at codes by the verb after it, not as an intent to
      // cooperate.
      {{"sought-to-depict",
        "MITI officials sought to depict the U.S. action as a warning to chip makers.",
        "1987-03-29"},
       {}},
      {{"seek-to-improve-ties", "Japan will seek to improve relations with China.", "1987-03-29"},
       {{"JPN", "CHN", "030"}}},
      // A team sent to a country visits it; plans for tariffs threaten, plans for tariff cuts
      // do not; sounding pessimistic is a pessimistic comment.
      {{"sending-team-to",
        "Japan is sending a three-man team to Washington to discuss the chip dispute.",
        "1987-04-02"},
       {{"JPN", "USA", "042"}, {"USA", "JPN", "043"}}},
      {{"plans-for-tariffs", "Washington announced plans for tariffs on Japanese electronic goods.",
        "1987-03-29"},
       {{"USAGOV", "JPN", "1312"}}},
      {{"plans-for-tariff-cuts",
        "Taiwan announced plans for import tariff cuts on goods from Japan.", "1987-03-29"},
       {}},
      {{"sounded-pessimistic",
        "Japanese Foreign Minister Tadashi Kuranari sounded pessimistic about the United States.",
        "1987-04-02"},
       {{"JPNGOV", "USA", "012"}}},
      // The actor of "(WITH +)" is inside the with-phrase.
      {{"talks-with-unnamed",
        "Swiss banks are holding talks with church officials to hear complaints about lending "
        "to South Africa.",
        "1987-03-20"},
       {}},
      // Raising tariffs on a country's goods is a sanction, or its threat when still to come.
      {{"would-raise-tariffs", "Reagan announced that he would raise tariffs on Japanese exports.",
        "1987-03-23"},
       {{"USAGOV", "JPN", "1312"}}},
      // What is agreed names the act when that act is hostile; a cooperative one stays the
      // agreement's.
      {{"agreed-to-condemn", "The Swiss banks agreed to condemn South Africa's apartheid policy.",
        "1987-03-20"},
       {{"CHEBUS", "ZAF", "111"}}},
      {{"agreed-to-hold-up",
        "The United States agreed to hold up imposing duties on Japanese chips.", "1987-03-20"},
       {{"USA", "JPN", "030"}}},
      // What must be done is asked of the subject of the modal's own clause; a thing there
      // asks no one.
      {{"must-be-encouraged",
        "Treasury Secretary James Baker said the difficulty of syndicating Mexico's loan package "
        "shows that new approaches must be encouraged.",
        "1987-03-12"},
       {}},
      // What a suggestion, demand or plan proposes has not happened.
      {{"suggestion-that",
        "Funaro rejected a British suggestion that Brazil should attack the IMF.", "1987-03-02"},
       {{"BRAGOV", "GBR", "120"}}},
      // Striking a deal signs it; striking a chord attacks no one.
      {{"struck-a-deal", "Sudan struck a deal with Chad.", "2005-01-20"},
       {{"SDN", "TCD", "057"}, {"TCD", "SDN", "057"}}},
      {{"striking-a-chord",
        "Tory leader Michael Howard said his policies were striking a chord with British voters.",
        "2005-01-20"},
       {}},
      // Taking over at an office or from someone is a new post, not a seizure.
      {{"took-over-from", "Britain took over from France as president of the European Union.",
        "2005-01-20"},
       {}},
      // A condition in what is said demands of the condition's subject, and of no one else.
      {{"unless-forces-leave",
        "Libyan leader Muammar Gaddafi said confrontation would continue in Chad unless French "
        "forces leave the country.",
        "1987-03-29"},
       {{"LBYGOV", "FRAMIL", "100"}}},
      {{"unless-it-was",
        "French President Jacques Chirac said unless it was put up for discussion the EU would "
        "never reach agreement.",
        "2005-01-29"},
       {}},
      // An organisation's states are its members, unnamed.
      {{"gcc-states", "Kuwait's foreign minister appealed to Gulf Cooperation Council states.",
        "1987-06-29"},
       {{"KWTGOV", "UIS", "020"}}},
      // Cutting aid reduces it; what a vote decides is still to come; resisting pressure
      // refuses it; being encouraged by someone's act approves it; considering something
      // unsatisfactory disapproves of it.
      {{"voted-to-slash-aid", "The U.S. Senate voted to slash foreign aid to Panama.",
        "1987-04-03"},
       {{"USALEG", "PAN", "1311"}}},
      {{"cut-aid", "The United States cut aid to Panama.", "1987-04-03"}, {{"USA", "PAN", "162"}}},
      {{"agreed-to-cut-prices",
        "The Soviet Union has agreed to cut its coal export prices to Japanese steel mills.",
        "1987-04-03"},
       {{"SUN", "JPN", "030"}}},
      {{"resist-pressure", "Britain has decided to resist U.S. pressure.", "1987-03-25"},
       {{"GBR", "USA", "124"}}},
      {{"encouraged-by",
        "U.S. Defense Secretary Caspar Weinberger said he was encouraged by Japan's response.",
        "1987-06-29"},
       {{"USAGOVMIL", "JPN", "051"}}},
      {{"considers-unsatisfactory", "Britain considers the U.S. law unsatisfactory.", "1987-03-25"},
       {{"GBR", "USA", "111"}}},
      // Sanctions named before the verb that imposed them on someone.
      {{"tariffs-he-imposed-on",
        "Reagan said the tariffs he imposed on Japanese goods were a special case.", "1987-04-20"},
       {{"USAGOV", "JPN", "163"}}},
      // Trade flows are no act.
      {{"exports-to", "Canada exports more than twice what it exports to Japan.", "1987-03-20"},
       {}},
      {{"imported-from", "Indonesia imported 12,000 tonnes of refined sugar from Cuba.",
        "1987-03-20"},
       {}},
      // What appears or seems is a guess; "close to reaching" a deal has not reached it; a
      // present tense in a time clause takes the future of the verb it dates.
      {{"it-appears",
        "Peckford said it appears Canada is prepared to make concessions to the United States.",
        "1987-03-12"},
       {}},
      {{"appears-to-have-little",
        "The Japanese government appears to have little new to offer the United States.",
        "1987-03-30"},
       {}},
      {{"close-to-reaching",
        "Canadian reports say Canada and the United States are close to reaching a trade deal.",
        "1987-03-12"},
       {}},
      {{"appeared-to-patch-at-meeting",
        "Treasury Secretary James Baker appeared to patch over the rift at a meeting with West "
        "German officials Monday.",
        "1987-10-20"},
       {{"USAGOV", "DEUGOV", "040"}, {"DEUGOV", "USAGOV", "040"}}},
      {{"when-he-meets",
        "South Korean Finance Minister Chung In-yong will resist pressure for a currency "
        "revaluation when he meets Treasury Secretary James Baker.",
        "1987-03-20"},
       {{"KORGOV", "USAGOV", "124"}, {"KORGOV", "USAGOV", "036"}, {"USAGOV", "KORGOV", "036"}}},
      // Approaching someone seeks them out, one way.
      {{"approached-parliamentarians",
        "U.S. helicopter manufacturer Sikorsky approached Dutch parliamentarians last month.",
        "1987-03-13"},
       {{"USABUS", "NLDLEG", "040"}}},
      {{"deadline-approached", "Japan acted as the deadline set by the United States approached.",
        "1987-03-13"},
       {}},
      // A habit named between the auxiliary and the verb; sanctions imposed, on a noun, are
      // past whatever the verb above them.
      {{"has-consistently-opposed",
        "The British government has consistently opposed the unitary taxation of the United "
        "States.",
        "1987-03-25"},
       {}},
      {{"lift-sanctions-imposed-against",
        "Commerce Secretary Malcolm Baldrige hopes the U.S. will soon be able to lift sanctions "
        "imposed against Japan.",
        "1987-04-27"},
       {{"USA", "JPN", "0354"}}},
      // An agreement dated by a month before it was signed then, whatever the verb does
      // with it; its other side is the subject of that verb, or the sentence's other country.
      {{"september-agreement-with", "Japan broke the September agreement with the United States.",
        "1987-03-30"},
       {{"JPN", "USA", "057"}, {"USA", "JPN", "057"}}},
      {{"failing-to-enforce-agreement",
        "Treasury Secretary James Baker accused Japan of failing to enforce a September "
        "agreement.",
        "1987-03-30"},
       {{"USAGOV", "JPN", "112"}, {"USAGOV", "JPN", "057"}, {"JPN", "USAGOV", "057"}}},
      {{"keep-pact-signed-last-september",
        "Japan failed to keep a pact with the United States on the microchip trade signed last "
        "September.",
        "1987-03-30"},
       {{"JPN", "USA", "057"}, {"USA", "JPN", "057"}}},
      // Talks only expected are no intent even when dated; resisting an act codes nothing;
      // what one is poised to do is still to come.
      {{"expected-to-hold-talks-dated",
        "An official said Japan and the United States were expected to hold talks on beef in "
        "September.",
        "1987-04-20"},
       {}},
      {{"resisted-going-to",
        "Brazil has resisted going to the IMF because it fears that the Fund will ask for "
        "changes in its economic policies.",
        "1987-04-20"},
       {}},
      {{"poised-to-impose",
        "The United States was poised to impose tariffs on European Community food imports.",
        "1987-04-20"},
       {{"USA", "IGOEUREEC", "1312"}}},
      {{"decision-on-summit",
        "A decision on a new summit between President Reagan and Soviet leader Mikhail Gorbachev "
        "could emerge soon.",
        "1987-03-11"},
       {}},
      // An opening participle has the subject of the clause after the comma, also when that
      // clause closes before a quotation.
      {{"welcoming-reagan-said",
        "Welcoming Soviet leader Mikhail Gorbachev's offer, Reagan said: \"This removes a "
        "serious obstacle.\"",
        "1987-03-03"},
       {{"USAGOV", "SUNGOV", "051"}, {"SUNGOV", "USAGOV", "030"}}},
      // An offer accepted, declined or welcomed was made to the one who answers it, also when
      // someone is urged to accept it.
      {{"urged-to-accept-offer",
        "Mitsotakis urged Prime Minister Andreas Papandreou to accept an offer from NATO General "
        "Secretary Lord Carrington.",
        "1987-03-30"},
       {{"IGOWSTNAT", "GRCGOV", "030"}}},
      {{"declined-offer-of-escorts", "Kuwait declined an offer of U.S. naval escorts.",
        "1987-04-07"},
       {{"KWT", "USA", "120"}, {"USA", "KWT", "030"}}},
      // "Deputy" before another office is that office's deputy; alone, a legislator.
      {{"deputy-foreign-minister",
        "Soviet Deputy Foreign Minister Vladimir Petrovsky criticised Japan.", "1987-04-08"},
       {{"SUNGOV", "JPN", "111"}}},
      {{"french-deputy", "A French deputy criticised Japan.", "1987-04-08"},
       {{"FRALEG", "JPN", "111"}}},
      // A denial of what no one is named for saying answers the last claimant.
      {{"denied-that-claimant",
        "The Conservatives claimed that Gordon Brown had fiddled the figures. Gordon Brown "
        "denied that he was increasing taxes.",
        "2005-03-22"},
       {{"GBRGOV", "GBROPP", "016"}}},
      // A defence of one's own measures answers the last critic of one's country; a
      // defence of someone else supports them; with no critic, it is no event.
      {{"defended-the-policies",
        "The EC criticised Washington for the superfund tax. A U.S. trade official defended the "
        "policies.",
        "1987-06-19"},
       {{"IGOEUREEC", "USAGOV", "111"}, {"USAGOV", "IGOEUREEC", "016"}}},
      {{"defended-no-critic", "A U.S. trade official defended the policies.", "1987-06-19"}, {}},
      // What happened at a place named in a "where" clause is an act of its own, unless an
      // act already coded went there.
      {{"where-he-met", "Musharraf arrived in London from the United States, where he met Bush.",
        "2004-12-07"},
       {{"PAKGOV", "GBR", "042"},
        {"GBR", "PAKGOV", "043"},
        {"PAKGOV", "USAGOV", "040"},
        {"USAGOV", "PAKGOV", "040"}}},
      {{"visit-where-he-met",
        "Mr Blair made a surprise visit to Iraq, where he met leaders in Baghdad.", "2004-12-21"},
       {{"GBRGOV", "IRQ", "042"}, {"IRQ", "GBRGOV", "043"}}},
      // A person named by a closing reporting clause is whom the sentence was about: the
      // bare title next names them. An opening gerund is an activity, no act of the reporter.
      {{"closing-reporter-title",
        "Jack Straw spoke. The conflict was the most pressing challenge, Mr Blair warned. The "
        "prime minister also urged the US to act.",
        "2004-11-03"},
       {{"GBRGOV", "USA", "020"}}},
      {{"opening-gerund-ruled",
        "Detaining foreign terrorist suspects in Britain without trial breaks human rights laws, "
        "the UK's highest court has ruled.",
        "2004-12-16"},
       {}},
      // What is moved "away from" a country is no act on it.
      {{"away-from",
        "The EU seeks political integration to move decision making away from Britain.",
        "2005-01-14"},
       {}},
      // A plan in the past perfect was overtaken; one still ahead is an intent.
      {{"had-been-due",
        "Michael Howard, who had been due to welcome Tony Blair on Friday, will speak later.",
        "2005-03-12"},
       {}},
      {{"is-due-to-meet", "The Tory leader is due to meet Tony Blair on Friday.", "2005-03-12"},
       {{"GBROPP", "GBRGOV", "036"}, {"GBRGOV", "GBROPP", "036"}}},
      // An attempt says nothing of whether the act was done.
      {{"trying-to-halt",
        "Britain, France and Germany took the lead in trying to halt the Iranian nuclear "
        "programme.",
        "2005-01-22"},
       {}},
      // What a rule obliges others to do is no act of theirs.
      {{"obliges-countries",
        "Britain withdrew from the Convention, which obliges countries to accept refugees from "
        "Iraq.",
        "2005-01-22"},
       {}},
      // Two parties out of government are two sides, though both code GBROPP; two members of
      // one government are one; "the pair" is the last two people named.
      {{"lib-dems-tories", "The Lib Dems criticised the Tories.", "2005-01-09"},
       {{"GBROPP", "GBROPP", "111"}}},
      // Talks named in a phrase opening a reported clause are its subject's, not the
      // reporter's.
      {{"talks-before-reported-clause",
        "In separate talks with Finance Minister Kiichi Miyazawa, the U.S. group urged Japan to "
        "act, a Finance Ministry spokesman said.",
        "1987-04-13"},
       {{"USA", "JPN", "020"}, {"USA", "JPNGOV", "046"}, {"JPNGOV", "USA", "046"}}},
      // A participle's clause after "is" is no "is to": the talks are under way.
      {{"in-washington-for-talks-seeking",
        "An Argentine mission is now in the U.S. for talks with 11 banks, seeking to win an "
        "easing of repayment terms.",
        "1987-03-17"},
       {{"ARG", "USABUS", "046"}, {"USABUS", "ARG", "046"}}},
      // Calls raised "in" a country or body are its own.
      {{"calls-in-britain", "There were calls in Britain for sanctions against South Africa.",
        "1987-04-27"},
       {{"GBR", "ZAF", "020"}}},
      // A use of force named by a noun is not aimed at the other side of the war told of
      // before, unlike one named by a verb (the shared devset lost full F1 with it).
      {{"offensive-no-other-side",
        "Iraqi forces attacked Iranian positions on Monday. Iran launched its northern "
        "offensive last Tuesday.",
        "1987-03-05"},
       {{"IRQMIL", "IRNMIL", "190"}}},
      // One returns from where one went: a visit; a holiday is a private trip.
      {{"returned-from-washington",
        "TOKYO, April 27 - Foreign Minister Tadashi Kuranari, who has just returned from "
        "Washington, "
        "briefed reporters.",
        "1987-04-27"},
       {{"JPNGOV", "USA", "042"}, {"USA", "JPNGOV", "043"}}},
      {{"returned-from-holiday",
        "The prime minister spoke for the first time since returning from his holiday in Egypt.",
        "2005-01-04"},
       {}},
      // A visit a traveller in the present tense leaves on is still to come.
      {{"leaves-on-visit",
        "TOKYO, April 27 - Nakasone leaves on his sixth official visit to the United States on "
        "Wednesday.",
        "1987-04-27"},
       {{"JPNGOV", "USA", "036"}}},
      // Rebels facing a government are its own, whatever country the sentence named before.
      {{"rebels-fighting-managua",
        "Aid approved by Congress will reach the rebels fighting the leftist Managua "
        "government.",
        "1987-03-18"},
       {{"NICREB", "NICGOV", "190"}}},
      // Aid transferred is aid given; prisoners transferred are not.
      {{"aid-transferred", "The United States transferred 115 mln dlrs in aid to Egypt.",
        "1987-03-06"},
       {{"USA", "EGY", "071"}}},
      {{"prisoners-transferred", "The army transferred the prisoners to a jail in Cairo.",
        "1987-03-06"},
       {}},
      // Talks a present tense dates ahead are arranged with the partner named: both intend them.
      {{"arrives-for-talks-on-wednesday",
        "NEW YORK, April 27 - Japanese officials said Nakasone's main demand when he arrives for "
        "talks with Reagan on Wednesday would be the lifting of the tariffs.",
        "1987-04-27"},
       {{"JPNGOV", "USAGOV", "036"}, {"USAGOV", "JPNGOV", "036"}}},
      // A bare title in a possessive is the person the story is about, and a closing
      // "officials said" leaves the reported clause's subject as that person.
      {{"the-prime-ministers-visit",
        "TOKYO, April 27 - Prime Minister Yasuhiro Nakasone was advised to buy more foreign "
        "goods, officials said. Former Foreign Minister Shintaro Abe made the recommendation "
        "soon after returning from a U.S. visit designed to pave the way for the prime "
        "minister's visit to Washington starting next Wednesday.",
        "1987-04-27"},
       {{"JPNLEGELI", "USA", "042"}, {"USA", "JPNLEGELI", "043"}, {"JPNGOV", "USAGOV", "036"}}},
      // A name the story taught, or a title standing for its holder, is an actor a pattern's
      // "+" takes ("negotiating with +").
      {{"negotiated-with-taught-name",
        "TOKYO, June 1 - A senior Toshiba Corp <TSBA.T> executive said he hoped exports would "
        "not suffer. The U.S. Defence Department has been negotiating with Toshiba.",
        "1987-06-01"},
       {{"USAGOV", "JPNBUS", "046"}, {"JPNBUS", "USAGOV", "046"}}},
      {{"negotiated-with-the-prime-minister",
        "Prime Minister Yasuhiro Nakasone spoke to reporters. Reagan negotiated with the prime "
        "minister.",
        "1987-04-30"},
       {{"USAGOV", "JPNGOV", "046"}, {"JPNGOV", "USAGOV", "046"}}},
      // A participle the parser hangs on a date ("next week settling") has no actor there.
      {{"next-week-settling",
        "CAIRO, March 15 - Egypt and the Soviet Union are expected to sign an agreement in "
        "Moscow next week settling Cairo's three billion dlr military debt, officials said.",
        "1987-03-15"},
       {}},
      // Approving a loan gives it; general support is backing, whatever the words after it.
      {{"approved-loan",
        "The World Bank said it approved a 25 mln dlr structural adjustment loan for Mauritius.",
        "1987-04-09"},
       {{"IGOUNOWBK", "MUS", "071"}}},
      {{"gave-general-support",
        "Only the Dutch and British delegations gave general support to the European "
        "Commission line that such drastic measures were necessary to curb surplus food "
        "production.",
        "1987-04-26"},
       {{"NLDGOV", "IGOEUREEC", "051"}, {"GBRGOV", "IGOEUREEC", "051"}}},
      // Dropping tariffs eases sanctions; still to come, an intent to.
      {{"drop-the-tariffs",
        "Yeutter said the United States would drop the tariffs on Japan once Tokyo began "
        "fulfilling the agreement.",
        "1987-04-17"},
       {{"USA", "JPN", "0354"}}},
      {{"dropped-opposition", "The United States dropped its opposition to the plan.",
        "1987-04-17"},
       {}},
      // Reservations or displeasure voiced at someone disapprove.
      {{"voiced-reservations", "Japan voiced reservations about the U.S. sanctions.", "1987-04-17"},
       {{"JPN", "USA", "110"}}},
      // A plural phrase that names no one stands for those it lists after "including".
      {{"countries-including",
        "Kuwait has asked at least four countries, including the United States and Britain, "
        "for temporary use of their flags.",
        "1987-03-28"},
       {{"KWT", "USA", "020"}, {"KWT", "GBR", "020"}}},
      // A club "of creditor nations" is the club; its rescheduling of a debtor's debts is aid,
      // and two states agreeing to reschedule a debt make an accord.
      {{"paris-club-rescheduling",
        "The Paris Club of creditor nations agreed to a major rescheduling of Uganda's debts.",
        "1987-06-19"},
       {{"IGOPRC", "UGA", "071"}}},
      {{"agreed-with-to-reschedule",
        "A French Finance Ministry statement said France had formally agreed with Gabon to "
        "reschedule bilateral unpaid debt.",
        "1987-06-19"},
       {{"FRA", "GAB", "057"}, {"GAB", "FRA", "057"}}},
      // "The House" in capitals is the chamber; supporting a call makes it.
      {{"the-house-supported-a-call",
        "WASHINGTON, June 18 - The House today supported a call for Japan to boost its "
        "defense spending.",
        "1987-06-18"},
       {{"USALEG", "JPN", "020"}}},
      {{"freedom-house", "Freedom House criticised China.", "1987-06-18"}, {}},
      // Saying someone acts unfairly, or is failing to act, criticises them; contracts given
      // are business.
      {{"unfairly-protecting",
        "LONDON, June 18 - Britain's Defence Minister George Younger said the U.S. was "
        "unfairly protecting its defence industry.",
        "1987-06-18"},
       {{"GBRGOVMIL", "USA", "111"}}},
      {{"given-contracts",
        "Younger said London had given U.S. companies contracts under conditions of fair and "
        "open competition.",
        "1987-06-18"},
       {}},
      // A failure retaliated for is alleged by the one retaliating.
      {{"retaliation-for-failure",
        "Reagan imposed the sanctions in retaliation for Japan's failure to honor commitments "
        "to end dumping semiconductors.",
        "1987-04-18"},
       {{"USAGOV", "JPN", "163"}, {"USAGOV", "JPN", "112"}}},
      // A vote codes by what it is for.
      {{"voted-to-lift", "Britain voted to lift sanctions on South Africa.", "1987-03-24"},
       {{"GBR", "ZAF", "0354"}}},
      // An object relative clause on a verb's object is an act of its own; its pronoun
      // subject is not the person the clause is about.
      {{"whom-he-met",
        "Reagan praised Brazilian Finance Minister Dilson Funaro, whom he met last week.",
        "1987-04-20"},
       {{"USAGOV", "BRAGOV", "051"}, {"USAGOV", "BRAGOV", "040"}, {"BRAGOV", "USAGOV", "040"}}},
      // Criticism "of" someone is aimed at them; criticism one comes under, or encounters,
      // at the one who comes under it.
      {{"criticism-of",
        "The market reacted to Treasury Secretary James Baker's criticism of rising West "
        "German interest rates.",
        "1987-10-19"},
       {{"USAGOV", "DEU", "111"}}},
      {{"came-under-criticism", "Japan has come under growing criticism from the United States.",
        "1987-04-20"},
       {{"USA", "JPN", "111"}}},
      {{"encountering-criticism",
        "Nakasone was encountering criticism from opposition parties over his proposal.",
        "1987-04-20"},
       {{"JPNOPP", "JPNGOV", "111"}}},
      // Ending a visit completes it; ending aid cuts it.
      {{"ending-a-visit",
        "Canadian Foreign Secretary Joe Clark, ending a two-day visit to Washington, said he "
        "was pleased.",
        "1987-03-12"},
       {{"CANGOV", "USAGOV", "042"}, {"USAGOV", "CANGOV", "043"}}},
      // "Congressional" names the legislature.
      {{"congressional-ideas",
        "U.S. Treasury Assistant Secretary David Mulford rejected congressional ideas for a debt "
        "facility.",
        "1987-04-20"},
       {{"USAGOV", "USALEG", "120"}}},
      // Saying another is breaching an accord accuses them; that a proposal would violate
      // obligations criticises its author.
      {{"breaching-the-accord",
        "Treasury Secretary James Baker said that West Germany was apparently breaching the "
        "Louvre accord.",
        "1987-10-19"},
       {{"USAGOV", "DEU", "112"}}},
      {{"would-violate",
        "U.S. Trade Representative Clayton Yeutter said the proposed EC vegetable oils tax would "
        "violate EC obligations under the GATT.",
        "1987-03-02"},
       {{"USAGOV", "IGOEUREEC", "111"}}},
      // A participle's clause after a comma is the subject's own act, not an aside.
      {{"comma-accusing",
        "British Prime Minister Margaret Thatcher has personally taken up the company's cause, "
        "charging that Japan is discriminating against foreigners.",
        "1987-04-02"},
       {{"GBRGOV", "JPN", "112"}}},
      // Force or pressure that hangs on another's act is a threat, aimed at the act's target,
      // else at the one the condition names.
      {{"could-raise-tariffs-if",
        "Community sources said the EC could raise tariffs on a range of Japanese products if "
        "the U.S. carries out its threat.",
        "1987-04-13"},
       {{"IGOEUREEC", "JPN", "1312"}}},
      {{"would-strike-if", "Iran said it would strike if Kuwait allowed U.S. warships in.",
        "1987-06-01"},
       {{"IRN", "KWT", "1384"}}},
      {{"would-lift-if", "The U.S. would lift the sanctions if Japan complied.", "1987-04-20"}, {}},
      // Leaving for a place starts a trip whose meetings are still to come, talks named for it
      // both ways.
      {{"left-for-tokyo",
        "LONDON, April 5 - Britain's corporate affairs minister left for Tokyo saying he planned "
        "to present Japanese authorities with a timetable.",
        "1987-04-05"},
       {{"GBRGOV", "JPNGOV", "036"}}},
      {{"left-for-talks", "Japan's trade minister left for Jakarta for talks with Suharto.",
        "1987-10-20"},
       {{"JPNGOV", "IDNGOV", "036"}, {"IDNGOV", "JPNGOV", "036"}}},
      // Talks held by habit are no event.
      {{"talks-regularly-held",
        "U.S.-Japanese talks of this kind are regularly held each year at this time, she told "
        "reporters.",
        "1987-03-31"},
       {}},
      // Members attending a meeting of their organisation's ministers meet no one there.
      {{"meeting-of-ec-ministers",
        "BRUSSELS, March 9 - Spain and Portugal continued to oppose the scheme at a meeting of "
        "EC finance ministers here.",
        "1987-03-09"},
       {{"ESP", "IGOEUREEC", "110"}, {"PRT", "IGOEUREEC", "110"}}},
      {{"opposition-to-the-scheme",
        "Spain and Portugal refuse to drop their opposition to the scheme.", "1987-03-09"},
       {}},
      // The news agency told is no clue to the country of "the government".
      {{"told-reuters-government",
        "TAIPEI, March 20 - A Board of Foreign Trade official told Reuters the government would "
        "send two buying missions to America this year.",
        "1987-03-20"},
       {{"TWNGOV", "USA", "033"}}},
      // Saying another's move comes too late, or that they will not be able to act in time,
      // is pessimism about them.
      {{"too-late", "U.S. officials said Japan's move was too late to stave off the tariffs.",
        "1987-04-01"},
       {{"USAGOV", "JPN", "012"}}},
      {{"not-be-able-to",
        "Yeutter predicted Japan would not be able to comply with the pact in time.", "1987-04-01"},
       {{"USAGOV", "JPN", "012"}}},
      // What a cause phrase names has happened, whatever is expected of its effect.
      {{"visit-as-cause",
        "PEKING, April 3 - An expansion in trade is expected as a result of Swedish Prime "
        "Minister Ingvar Carlsson's visit to China, an official said.",
        "1987-04-03"},
       {{"SWEGOV", "CHN", "042"}, {"CHN", "SWEGOV", "043"}}},
      // The same two parties in an event noun: an attack, but not a meeting, between them.
      {{"lib-dems-attack-on-tories",
        "Charles Kennedy renewed the Liberal Democrats' attack on the Conservatives.",
        "2005-02-10"},
       {{"GBROPP", "GBROPP", "111"}}},
      {{"lib-dems-talks-with-snp",
        "The Liberal Democrats' talks with the Scottish National Party ended on Monday.",
        "2005-02-10"},
       {}},
      {{"blair-brown", "Tony Blair criticised Gordon Brown.", "2005-01-09"}, {}},
      {{"the-pair",
        "Tony Blair promised Gordon Brown he would stand down. Former welfare minister Frank "
        "Field criticised the reported rivalry between the pair.",
        "2005-01-09"},
       {{"GBRLEGELI", "GBRGOV", "111"}}},
      // Criticism naming no one by a rights group or a court at home is aimed at its
      // government; a prosecutor's charge is not.
      {{"rights-group-criticised",
        "The British Refugee Council criticised the plans as unworkable.", "2005-02-15"},
       {{"GBRNGO", "GBRGOV", "111"}}},
      {{"prosecutors-charged", "Greek prosecutors have charged them with fraud.", "2005-02-15"},
       {}},
      // Calling an act against someone wrong defends them.
      {{"wrong-to-put-china",
        "Mr Straw said it was wrong to put China under the same embargo as Zimbabwe.",
        "2005-01-12"},
       {{"GBRGOV", "CHN", "052"}}},
      // A war named by one country is the event, not that country.
      {{"iraq-war-legality",
        "Tony Blair has rejected calls for the publication of advice on the legality of the "
        "Iraq war.",
        "2005-02-25"},
       {}},
      // A country's National Security Council is its government's, not the UN's.
      {{"national-security-council",
        "The Pentagon asked the National Security Council in the White House to act.",
        "1987-03-11"},
       {{"USAMIL", "USAGOV", "020"}}},
      // A legislature is the audience only right after the verb of saying; what was said
      // about it is judged by its words.
      {{"misled-parliament", "Michael Howard said Tony Blair misled Parliament.", "2005-03-01"},
       {{"GBROPP", "GBRGOV", "112"}}},
      {{"told-parliament", "Tony Blair told Parliament the plans were fair.", "2005-03-01"}, {}},
      // An organisation's rules are no party to what is done to them.
      {{"gatt-rules",
        "The EC charges the accord breached GATT trade rules by allowing Tokyo to set minimum "
        "prices.",
        "1987-04-09"},
       {{"IGOEUREEC", "JPNGOV", "112"}}},
      // Optimism reported of the first actor named is that actor's, no comment on it.
      {{"us-as-confident",
        "Defence Minister Rafael Ileto said the U.S. was just as confident as he was that the "
        "communists would be beaten.",
        "1987-06-16"},
       {}},
      // A court calling rules incompatible with rights law criticises the government that
      // made them.
      {{"rules-incompatible",
        "The Law Lords said the rules were incompatible with the European Convention on Human "
        "Rights.",
        "2004-12-16"},
       {{"GBRJUD", "GBRGOV", "111"}}},
      // Addressing the public is campaigning, no act towards anyone.
      {{"speaking-to-voters", "Tony Blair is speaking directly to British voters.", "2005-02-19"},
       {}},
      // Calling someone's figures inaccurate rejects their claim.
      {{"figures-inaccurate",
        "The U.S. Embassy replied that Chinese figures showing trade deficits with the U.S. are "
        "inaccurate.",
        "1987-02-26"},
       {{"USAGOV", "CHN", "016"}}},
      // The judgements politicians make of each other's plans criticise.
      {{"desperate-gimmick", "Tony Blair said the Tory plans were a desperate gimmick.",
        "2005-02-15"},
       {{"GBRGOV", "GBROPP", "111"}}},
      // Accepting a court's ruling yields to it.
      {{"accepted-ruling", "The home secretary accepted the Law Lords' ruling.", "2005-01-26"},
       {{"GBRGOV", "GBRJUD", "080"}}},
      // Where an organisation's talks end is their venue.
      {{"ec-talks-in-luxembourg",
        "As EC budget ministers ended six hours of talks in Luxembourg, diplomats said there was "
        "little basis for an accord.",
        "1987-06-02"},
       {}},
      // A meeting named after a measure of time keeps its partner.
      {{"day-of-meetings",
        "After a day of meetings with George Shultz, Foreign Secretary Joe Clark said he was "
        "pleased.",
        "1987-03-11"},
       {{"CANGOV", "USAGOV", "040"}, {"USAGOV", "CANGOV", "040"}}},
      // A threat naming no one is against the one the conjoined verb before it addresses.
      {{"accused-and-threatened",
        "Senior U.S. Officials have accused Tokyo of failing to live up to the accord and have "
        "threatened retaliatory action.",
        "1987-03-24"},
       {{"USAGOV", "JPNGOV", "112"}, {"USAGOV", "JPNGOV", "130"}}},
      // Judgements of several words are read as written, side by side; quotation marks do
      // not part them.
      {{"needed-before",
        "Japan said an agreement with Britain was needed before Tokyo agreed to lend to Poland.",
        "1987-06-29"},
       {}},
      {{"a-quoted-scandal", "Charles Kennedy said the French plan was a \"scandal\".",
        "2005-01-15"},
       {{"GBROPP", "FRA", "111"}}},
      // What a verb of saying reports ends where another speaker's verb of saying begins.
      {{"another-speaker",
        "Jack Straw said Canada would join the talks but the Conservatives say the French plan "
        "is irresponsible.",
        "2005-01-05"},
       {{"GBROPP", "FRA", "111"}}},
      // Goods shipped are trade; aid shipped is aid.
      {{"shipped-cars", "Japan shipped 200 cars to Taiwan.", "1987-03-05"}, {}},
      {{"shipped-food-aid", "Britain shipped food aid to Ethiopia.", "1987-03-05"},
       {{"GBR", "ETH", "073"}}},
      // Arms captured are booty; their maker is no side.
      {{"captured-weaponry",
        "The Chadian army also captured weaponry, including three Soviet MI-24 helicopters.",
        "1987-03-28"},
       {}},
      // Surrendering something is a charge.
      {{"surrendering-a-veto",
        "Tony Blair said the UK would take part in EU-wide measures but the Tories say he is "
        "surrendering a key veto.",
        "2004-11-05"},
       {{"GBROPP", "GBRGOV", "112"}}},
      // "Both sides", when no two people were named, are the two countries named last.
      {{"both-sides-countries", "France and Yugoslavia met. Both sides signed a treaty.",
        "1987-03-05"},
       {{"FRA", "YUG", "040"},
        {"YUG", "FRA", "040"},
        {"FRA", "YUG", "057"},
        {"YUG", "FRA", "057"}}},
      // A trade association is business.
      {{"industry-association",
        "The American Semiconductor Industry Association urged the U.S. government to act.",
        "1987-03-25"},
       {{"USABUS", "USAGOV", "020"}}},
      // A text with no author of its own says what its issuer says; one still to be issued
      // says nothing yet.
      {{"statement-deploring",
        "EC foreign ministers meeting here issued a statement deploring Japan's continued "
        "trade imbalance.",
        "1987-03-16"},
       {{"IGOEUREEC", "JPN", "111"}}},
      {{"resolution-calling-on",
        "The U.N. Security Council adopted a resolution calling on Iraq to withdraw.",
        "1987-03-16"},
       {{"IGOUNO", "IRQ", "0256"}}},
      {{"must-issue-statement",
        "Under the agreement, Turkey must issue a written statement promising to sign an accord "
        "with Greece.",
        "2004-12-17"},
       {}},
      // "Not" before an infinitive negates what is asked, not the asking.
      {{"warned-not-to", "Iran warned the U.S. not to interfere in the region.", "1987-03-22"},
       {{"IRN", "USA", "012"}}},
      {{"blamed-decision-not-to",
        "Soviet officials blamed the resumption of testing on the U.S. decision not to join "
        "the freeze.",
        "1987-03-22"},
       {{"SUNGOV", "USA", "112"}}},
      // Blame and baseless charges in what was said.
      {{"main-cause",
        "Iran said Iraq's President Saddam Hussein was the main cause of tension in the Gulf.",
        "1987-03-22"},
       {{"IRN", "IRQGOV", "112"}}},
      {{"charges-groundless", "Japan said U.S. charges of dumping were groundless.", "1987-03-22"},
       {{"JPN", "USA", "016"}}},
  };
  expect_exact_events(cases);
}

}  // namespace
}  // namespace herald::testing
