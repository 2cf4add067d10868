#include "coding/event_coder.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <span>
#include <string_view>

#include "herald/date.h"

namespace herald::coding {
namespace {

using actors::Actor;
using actors::Agent;

// A dictionary line that fired, by reference (turned into a DictionaryRef only when an
// event is written, so that coding phrases allocates no strings).
struct EntryRef {
  const std::string* file = nullptr;
  uint32_t line = 0;
  const std::string* entry = nullptr;
  const char* role = "";
  DictionaryRef to_ref(std::string_view prefix) const {
    return DictionaryRef{*file, line, *entry, std::string(prefix) + role};
  }
};

// Whether an actor with dated codes is a place that stands for whichever government sits
// there: every code a government's, and the dates open at both ends.
bool is_seat_of_government(const actors::Actor& actor) {
  bool open_before = false, open_after = false;
  for (const actors::DatedCode& dated : actor.dated) {
    if (dated.code.size() != 6 || !dated.code.ends_with("GOV")) return false;
    open_before = open_before || dated.first_day == 0;
    open_after = open_after || dated.last_day == 99999999;
  }
  return open_before && open_after && actor.default_code.ends_with("GOV");
}

// An actor as found in the text: its code on the sentence date and where it came from.
struct CodedActor {
  std::string code;
  uint32_t token_begin = 0;  // sentence-local token range of the phrase that named it
  uint32_t token_end = 0;
  std::vector<EntryRef> entries;
  bool metonym = false;  // a place named for its government ("Beijing" -> CHNGOV)
};

// A dictionary actor as coded for the tokens [begin, end): `code` (its code on the day, or a
// part of it), with the actor's dictionary line as the evidence.
CodedActor coded_actor(const actors::Actor& actor, std::string code, uint32_t begin, uint32_t end) {
  CodedActor coded;
  coded.code = std::move(code);
  coded.token_begin = begin;
  coded.token_end = end;
  coded.entries.push_back({&actor.file, actor.line, &actor.root, "actor"});
  return coded;
}

// The coding of one noun phrase.
struct PhraseCoding {
  bool computed = false;
  bool has_actor = false;  // at least one real actor (not only agents)
  bool invented = false;   // a new actor named by its own words (new_actor_length)
  std::vector<CodedActor> actors;
};

struct TokenMatch {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t value = 0;  // actor or agent index
};

// Labels are a few letters and the wanted one a literal: an inlined byte loop, not a
// library compare, as the coder asks this of every node many times per sentence.
[[gnu::always_inline]] inline bool label_is(std::string_view label, std::string_view wanted) {
  // Treebank labels may carry function tags ("NP-SBJ"); compare the base.
  const size_t size = label.size();
  if (size < wanted.size()) return false;
  const char* text = label.data();
  for (size_t index = 0; index < wanted.size(); ++index)
    if (text[index] != wanted[index]) return false;
  return size == wanted.size() || text[wanted.size()] == '-' || text[wanted.size()] == '=';
}

inline bool is_clause(std::string_view label) {
  if (label.empty() || label[0] != 'S') return false;
  return label_is(label, "S") || label_is(label, "SINV") || label_is(label, "SQ") ||
         label_is(label, "SBARQ");
}

// Whether a pattern as written contains a negation word ("- NOT * CLASH [904]").
bool names_negation(std::string_view written) {
  size_t position = 0;
  while (position < written.size()) {
    while (position < written.size() &&
           !std::isalpha(static_cast<unsigned char>(written[position])) &&
           written[position] != '\'')
      ++position;
    size_t end = position;
    while (end < written.size() &&
           (std::isalpha(static_cast<unsigned char>(written[end])) || written[end] == '\''))
      ++end;
    std::string word(written.substr(position, end - position));
    for (char& c : word) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (word == "NOT" || word == "N'T" || word == "NEVER") return true;
    position = end;
  }
  return false;
}

bool is_verb_tag(std::string_view tag) { return tag.size() >= 2 && tag[0] == 'V' && tag[1] == 'B'; }

// Splits "ELR/GAL" into its parts.
std::vector<std::string> split_compound_code(const std::string& code) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= code.size()) {
    const size_t slash = code.find('/', start);
    std::string part =
        code.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    if (!part.empty()) parts.push_back(std::move(part));
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return parts;
}

// Whether an actor code holds a role of a group outside the state: opposition, rebels,
// insurgents, separatists, NGOs, rights groups, media, business, labour, criminals.
bool has_nonstate_role(std::string_view actor) {
  static constexpr std::array<std::string_view, 11> kRoles = {
      "OPP", "REB", "INS", "SEP", "NGO", "HRI", "MED", "BUS", "LAB", "CRM", "UAF"};
  for (size_t position = 3; position + 3 <= actor.size(); position += 3)
    if (std::find(kRoles.begin(), kRoles.end(), actor.substr(position, 3)) != kRoles.end())
      return true;
  return false;
}

// Adds an agent code's three-letter parts to an actor code, each unless already there
// ("GBRGOV" + "GOVDEV" -> "GBRGOVDEV").
std::string compose(const std::string& actor, const Agent& agent) {
  if (agent.prefix) {
    if (actor.starts_with(agent.code)) return actor;
    // "the Catholic aid agency Cafod": a body of no country is the organisation type itself.
    if (actor.starts_with("---")) return agent.code + actor.substr(3);
    return agent.code + actor;
  }
  if (agent.code.size() % 3 != 0) return actor.ends_with(agent.code) ? actor : actor + agent.code;
  std::string composed = actor;
  for (size_t at = 0; at + 3 <= agent.code.size(); at += 3) {
    const std::string_view part = std::string_view(agent.code).substr(at, 3);
    // An organisation's officials are the organisation: "EU commission president" is
    // IGOEUREEC, not a government of it.
    if (part == "GOV" && actor.starts_with("IGO")) continue;
    // So are a group's outside government: "Tory spokesman" is GBROPP, "ANC president"
    // ZAFREB, not a government of theirs.
    if (part == "GOV" && has_nonstate_role(actor)) continue;
    bool found = false;
    for (size_t position = 3; position + 3 <= actor.size(); position += 3)
      if (std::string_view(actor).substr(position, 3) == part) found = true;
    if (!found) composed += part;
  }
  return composed;
}

struct Scratch {
  std::vector<TokenMatch> actor_matches, agent_matches;
  std::vector<int32_t> actor_at, agent_at;
  std::vector<PhraseCoding> codings;
  std::vector<Event> events;
  std::vector<std::pair<uint32_t, uint32_t>> coded_verb_phrases;
  std::vector<uint32_t> sorted_ids;
  std::vector<char> own;
  std::vector<int32_t> subtree_end;
  std::vector<int32_t> children, prepositional, stack;  // code_noun_phrase's working lists
  std::vector<const TokenMatch*> agents;
  std::vector<uint32_t> smallest_noun_phrase;
  std::vector<uint32_t> codable_before;
  std::vector<char> removed;
  std::vector<char> quoted;
};

Scratch& thread_scratch() {
  thread_local Scratch scratch;
  return scratch;
}

// Where a one-token pair ("Iran-Iraq", "Canada/U.S.") is split: its only hyphen, or its only
// slash, with text on both sides; npos for any other word.
size_t pair_separator(std::string_view text) {
  for (const char separator : {'-', '/'}) {
    const size_t at = text.find(separator);
    if (at == std::string_view::npos) continue;
    if (at == 0 || at + 1 >= text.size() ||
        text.find_first_of("-/", at + 1) != std::string_view::npos ||
        text.find_first_of("-/") != at)
      return std::string_view::npos;
    return at;
  }
  return std::string_view::npos;
}

// Whether two words differ by exactly one letter added, dropped or changed.
bool one_edit_apart(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1 || a == b) return false;
  size_t front = 0;
  while (front < a.size() && a[front] == b[front]) ++front;
  if (a.size() == b.size()) return a.substr(front + 1) == b.substr(front + 1);
  return a.substr(front) == b.substr(front + 1);
}

// What a document has said so far that later sentences may refer back to.
struct DocumentMemory {
  int32_t last_person = -1;  // actor index of the last person (an actor with dated codes) named
  // The person the last sentence was about: its main clause's subject. A "he" or "she"
  // opening the next sentence is that person more often than the last one named.
  bool has_subject_person = false;
  CodedActor subject_person;
  // The actor that was the last sentence's main subject when it was no person (a country, a
  // government, an organisation): what "it" opening the next sentence stands for.
  bool has_subject_body = false;
  CodedActor subject_body;
  // The speaker of the last sentence with quotation marks, for a quotation that goes on into
  // the next sentence without naming one.
  bool has_speaker = false;
  int32_t speaker_sentence = -2;
  CodedActor speaker;
  int32_t person_before = -1;    // the distinct person named before that one
  int32_t last_country = -1;     // actor index of the last country (a bare country code) named
  std::string dateline_country;  // the country of the story's dateline, if it has one
  // The last two distinct countries named by any actor (a person counts for their country):
  // actor indices and the three-letter country codes.
  int32_t country_actor = -1, country_actor_before = -1;
  std::string country_code, country_code_before;
  void remember_country(int32_t actor, std::string_view country) {
    if (country == country_code) {
      country_actor = actor;
      return;
    }
    country_actor_before = country_actor;
    country_code_before = std::move(country_code);
    country_actor = actor;
    country_code.assign(country);
  }
  // Names learned from a titled first mention ("West German President Richard von
  // Weizsaecker" -> DEUGOV), found again by their last word ("Weizsaecker said").
  struct LearnedName {
    std::string surname;  // normalized last word of the name
    std::string code;
    std::vector<EntryRef> entries;  // the dictionary lines that coded the first mention
  };
  std::vector<LearnedName> learned_names;
  // People named with a title ("Saudi Arabia's Crown Prince Abdullah" -> "prince", SAUGOV):
  // whom "the Crown Prince" names later, when the last sentence was about no one.
  struct TitledPerson {
    std::string title;  // normalized last word of the title
    CodedActor person;
  };
  std::vector<TitledPerson> titled_people;
  // Groups counted when first named ("four British detainees" -> GBR...), found again as
  // "the four". Keyed by the number written in digits.
  struct CountedGroup {
    std::string number;
    CodedActor actor;
  };
  std::vector<CountedGroup> counted_groups;
  // Groups of officials named with whose they are ("Foreign Ministers of ASEAN" ->
  // IGOSEAASN), found again as "the ministers". Keyed by the plural noun.
  struct NamedGroup {
    std::string noun;
    CodedActor actor;
  };
  std::vector<NamedGroup> named_groups;
  // The last actor a sentence's main clause reports as saying, claiming or alleging
  // something: the one "denied the claims" answers.
  bool has_claimant = false;
  CodedActor claimant;
  // The last actor named as saying, announcing or stating something, in any clause ("...,
  // the foreign ministry said"): whose "the communique" or "the statement" is.
  bool has_reporter = false;
  CodedActor reporter;
  // Who the last ban, embargo, sanctions or tariffs named were on ("the arms embargo on
  // China"): what "the ban" or "the tariffs" refer to later.
  bool has_sanctioned = false;
  CodedActor sanctioned;
  // Who released, or agreed to release, someone last ("the US had agreed to release the
  // four"): whom welcoming "the return of the four detainees" thanks.
  std::string releaser;
  // The two sides of the last meeting or talks coded between countries ("Japanese and U.S.
  // trade officials opened talks"): whose "a second round of talks" is, named no further.
  bool has_meeting_sides = false;
  CodedActor meeting_side, meeting_other_side;
  // The two countries of the last fight coded between two states ("Iranian forces attacked
  // Iraqi positions"): whom a later attack by one of them, with no target named, is on.
  std::string fight_side, fight_other_side;
  // The person a closing reporting clause named (", Egypt's Minister of State for Foreign
  // Affairs, Boutros Boutros Ghali, said."), and its sentence: whom a "he" opening the next
  // sentence stands for when that sentence's subject was no person.
  int32_t closing_reporter = -1;
  int32_t closing_reporter_sentence = -2;
  const LearnedName* learned(std::string_view surname) const {
    for (const LearnedName& name : learned_names)
      if (name.surname == surname) return &name;
    return nullptr;
  }
  // A learned name misspelt by one letter added, dropped or changed ("Shultz ... Schultz is
  // currently visiting Peking"): names of five letters or more, with the same first letter,
  // when exactly one learned name is that close.
  const LearnedName* learned_misspelt(std::string_view surname) const {
    const LearnedName* found = nullptr;
    for (const LearnedName& name : learned_names) {
      if (name.surname.size() < 5 || surname.size() < 5 || name.surname[0] != surname[0] ||
          !one_edit_apart(name.surname, surname))
        continue;
      if (found != nullptr && found->code != name.code) return nullptr;
      found = &name;
    }
    return found;
  }
  void learn(std::string_view surname, const std::string& code,
             const std::vector<EntryRef>& entries) {
    for (LearnedName& name : learned_names)
      if (name.surname == surname) {
        name.code = code;
        name.entries = entries;
        return;
      }
    learned_names.push_back({std::string(surname), code, entries});
  }
  void remember(int32_t person) {
    if (person == last_person) return;
    person_before = last_person;
    last_person = person;
  }
};

// The intent (03x) that announces a cooperation code: 05x diplomatic -> 032; 06x material
// -> 031, and 061-064 to their own kinds 0311-0314; 07x aid -> 033, and 071-074 to
// 0331-0334; 08x yielding -> 035 and its kinds (081 -> 0351, 084x release -> 0353, 085 ->
// 0354, 086 -> 0355, 087x -> 0356). "" for other codes.
// Whether `word` is one of a fixed list of words.
template <size_t N>
bool is_one_of(const std::string_view (&words)[N], std::string_view word) {
  return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

// The threat that an act of force or pressure still to come is (CAMEO 13x): sanctions due to
// be imposed ("is due to slap tariffs on Japan on Friday") threaten them, 1312; a break of
// relations, 1313; a cut in aid, 1311; an attack, 138 and its kinds. Empty for other acts.
std::string threat_code(std::string_view code) {
  if (code.starts_with("16")) {
    if (code == "161") return "1313";
    if (code == "162" || code.starts_with("162")) return "1311";
    if (code == "163") return "1312";
    return "131";
  }
  // "will block moves to give the EC more money unless ...": obstruction still to come.
  if (code == "144") return "130";
  // "would use its powers to ban Japanese financial institutions from London": an
  // administrative ban still to come threatens sanctions.
  if (code.starts_with("172")) return "1312";
  if (code == "191") return "1381";
  if (code == "192") return "1382";
  if (code.starts_with("18")) return "1383";
  if (code.starts_with("19")) return "1384";
  if (code.starts_with("20")) return "1385";
  return "";
}

std::string intent_code(std::string_view code) {
  if (code.starts_with("05")) return "032";
  if (code.starts_with("08")) {
    if (code.size() < 3) return "035";
    switch (code[2]) {
      case '1':
        return "0351";
      case '2':
        return "0352";
      case '4':
        return "0353";
      case '5':
        return "0354";
      case '6':
        return "0355";
      case '7':
        return "0356";
      default:
        return "035";
    }
  }
  const bool material = code.starts_with("06"), aid = code.starts_with("07");
  if (!material && !aid) return "";
  std::string intent = material ? "031" : "033";
  if (code.size() == 3 && code[2] >= '1' && code[2] <= '4') intent += code[2];
  return intent;
}

// CAMEO's religion codes, which agents such as "Christian" or "Muslim" carry.
bool is_religion_code(std::string_view code) {
  return code == "CHR" || code == "MOS" || code == "MUS" || code == "JEW" || code == "BUD" ||
         code == "HIN" || code == "REL" || code == "SIK";
}

// Nouns for relatives: "the prime minister's wife" is someone else.
bool is_kinship_noun(std::string_view word) {
  static constexpr std::array<std::string_view, 16> kWords = {
      "wife",  "husband",  "son",    "daughter", "brother", "sister", "father", "mother",
      "widow", "children", "family", "nephew",   "niece",   "cousin", "spouse", "sons"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

// A meeting, call, visit or intent to meet (04x, 036) with the general public ("parties
// telephoning people", "will meet the public"): campaigning, not an act between political
// actors, and the guide codes none.
bool is_meeting_with_the_public(std::string_view code, const CodedActor& source,
                                const CodedActor& target) {
  if (!code.starts_with("04") && code != "036") return false;
  auto civilian = [](const std::string& actor) {
    return actor.size() >= 6 && actor.compare(3, 3, "CVL") == 0;
  };
  return civilian(source.code) || civilian(target.code);
}

// Titles of one person: "the Pakistani president", "the foreign minister".
bool is_person_title(std::string_view word) {
  static constexpr std::string_view kTitles[] = {
      "president",   "minister", "premier",      "chancellor", "secretary", "leader",
      "king",        "queen",    "prince",       "ambassador", "envoy",     "spokesman",
      "spokeswoman", "chairman", "commissioner", "governor",   "mayor"};
  return is_one_of(kTitles, word);
}

// Nouns of a measure against someone: "the ban", "the embargo", "the tariffs".
bool is_sanction_noun(std::string_view word) {
  return word == "ban" || word == "embargo" || word == "sanctions" || word == "tariffs" ||
         word == "blockade" || word == "boycott";
}

// Nouns for what someone claimed: "denied the claims", "rejected the allegations".
bool is_claim_noun(std::string_view word) {
  return word == "claims" || word == "claim" || word == "allegations" || word == "allegation" ||
         word == "accusations" || word == "accusation" || word == "charges" || word == "reports";
}

// The head nouns by which a story names again a body it first named in full: "the European
// Community" then "the Community", "the European Commission" then "the Commission". Words
// that name a country's own institution as often ("Parliament", "Congress") are left out.
bool is_body_head_noun(std::string_view word) {
  static constexpr std::string_view kHeads[] = {
      "commission", "community", "union",  "council",   "court",        "party",
      "front",      "movement",  "agency", "alliance",  "organisation", "organization",
      "league",     "fund",      "bank",   "authority", "tribunal"};
  return is_one_of(kHeads, word);
}

// Verbs of force that politicians use for words: "attacked the plan", "clashed with
// ministers", "hit out at".
bool is_verbal_attack_verb(std::string_view lemma) {
  return lemma == "attack" || lemma == "clash" || lemma == "assail" || lemma == "blast" ||
         lemma == "slam" || lemma == "hit" || lemma == "fight";
}

// An actor code whose roles are all of civil life: a government, party, legislature, court,
// press, group or person, and no armed role. A bare country is not (its attack is an
// attack).
bool is_civilian_role(std::string_view code) {
  if (code.size() < 6) return false;
  for (size_t at = 3; at + 3 <= code.size(); at += 3) {
    const std::string_view role = code.substr(at, 3);
    if (role == "MIL" || role == "REB" || role == "INS" || role == "CRM" || role == "SPY" ||
        role == "COP" || role == "SEP" || role == "UAF")
      return false;
  }
  return true;
}

// People named for what they did to someone: "the kidnappers of ..." are not of them.
bool is_perpetrator_noun(std::string_view noun) {
  static constexpr std::string_view kNouns[] = {
      "kidnappers", "kidnapper", "captors",   "captor",   "abductors", "abductor",
      "killers",    "killer",    "attackers", "attacker", "assassins", "assassin",
      "murderers",  "murderer",  "hijackers", "hijacker", "torturers", "jailers"};
  return is_one_of(kNouns, noun);
}

// Those named for backing someone: "the supporters of Baghdad" are not Baghdad.
bool is_backer_noun(std::string_view noun) {
  return noun == "supporters" || noun == "backers" || noun == "sponsors" || noun == "allies" ||
         noun == "patrons";
}

// Nouns of a subject of discussion: "the problems of Afghanistan and Kampuchea" is a topic,
// not the country.
bool is_topic_noun(std::string_view noun) {
  return noun == "problem" || noun == "problems" || noun == "question" || noun == "questions" ||
         noun == "issue" || noun == "issues" || noun == "situation" || noun == "future";
}

// Plural heads that name states themselves ("the EU's states", "Gulf Cooperation Council
// states").
bool is_state_noun(std::string_view noun) {
  return noun == "countries" || noun == "nations" || noun == "states" || noun == "governments";
}

// Plural heads that name states ("countries hit by the tsunami"), or states by what they do
// ("other donors", "allies").
bool is_states_noun(std::string_view noun) {
  // ("during a visit to European capitals in February": their governments, unnamed.)
  return is_state_noun(noun) || noun == "donors" || noun == "allies" || noun == "capitals";
}

// Prepositions of topic: what follows them is what an act or a phrase is about ("talks on
// North Korea", "briefed Shultz on Thatcher's visit").
bool is_topic_preposition(std::string_view word) {
  return word == "on" || word == "about" || word == "over" || word == "regarding" ||
         word == "concerning";
}

// Head nouns of a conflict or dispute between two sides ("the Iraq-Iran war").
bool is_conflict_noun(std::string_view noun) {
  static constexpr std::string_view kNouns[] = {"war",      "conflict", "dispute",    "row",
                                                "crisis",   "tension",  "tensions",   "feud",
                                                "standoff", "fighting", "hostilities"};
  return is_one_of(kNouns, noun);
}

// Head nouns of things, not actors: "the Iraq war had hit trust", "Japanese exports hit US
// firms". A subject headed by one acts on no one, whatever country modifies it.
bool is_thing_noun(std::string_view noun) {
  static constexpr std::string_view kNouns[] = {
      "war",        "conflict",  "crisis",   "scandal",   "affair",   "exports",  "imports",
      "economy",    "policy",    "policies", "decision",  "move",     "poll",     "survey",
      "election",   "elections", "vote",     "budget",    "law",      "bill",     "prices",
      "trade",      "row",       "dispute",  "programme", "program",  "proposal", "proposals",
      "plan",       "plans",     "ruling",   "case",      "inquiry",  "deficit",  "surplus",
      "currency",   "market",    "markets",  "news",      "tensions", "polls",    "figures",
      "statistics", "research"};
  return is_one_of(kNouns, noun);
}

// Whether a pattern as written asks something of someone through an obligation ("- *
// (MUST) [020]", "- * (SHOULD HAVE) [111]", "- * (NEEDED TO) [020]").
bool names_obligation(std::string_view written) {
  return written.find("(MUST") != std::string_view::npos ||
         written.find("(SHOULD") != std::string_view::npos ||
         written.find("{SHOULD") != std::string_view::npos ||
         written.find("NEEDED TO") != std::string_view::npos ||
         written.find("NEEDS TO") != std::string_view::npos;
}

bool is_obligation_word(std::string_view word) {
  return word == "must" || word == "should" || word == "needs" || word == "needed";
}

// Nouns that measure a run of events: "a day of meetings", "a round of talks".
bool is_measure_noun(std::string_view word) {
  static constexpr std::string_view kNouns[] = {"day",    "days",   "week",   "weeks", "hour",
                                                "hours",  "month",  "months", "round", "rounds",
                                                "series", "couple", "number"};
  return is_one_of(kNouns, word);
}

// The head nouns of legislatures: "Parliament", "the Commons", "Congress".
bool is_legislature_noun(std::string_view word) {
  static constexpr std::string_view kNouns[] = {"parliament", "commons",  "house",     "congress",
                                                "senate",     "assembly", "bundestag", "diet",
                                                "knesset",    "duma",     "lords",     "chamber"};
  return is_one_of(kNouns, word);
}

bool is_quote_mark(std::string_view word) {
  return word == "\"" || word == "``" || word == "''" || word == "'" || word == "\u201c" ||
         word == "\u201d" || word == "\u2018" || word == "\u2019";
}

// "his EU counterparts", "EC colleagues": an organisation's members named by their office.
bool names_members_by_office(std::string_view last_word) {
  return last_word == "counterparts" || last_word == "colleagues";
}

bool is_negation_word(std::string_view word) {
  return word == "not" || word == "n't" || word == "never";
}

// Titles written before a surname ("Mr German", "Dr Fox").
bool is_courtesy_title(std::string_view word) {
  static constexpr std::string_view kTitles[] = {
      "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "mr.", "mrs.", "ms.", "dr."};
  return is_one_of(kTitles, word);
}

// Verbs whose object has not happened: "expect further attacks", "prevent a war".
bool is_unrealised_object_lemma(std::string_view lemma) {
  static constexpr std::string_view kLemmas[] = {
      "expect", "fear", "anticipate", "predict", "forecast", "foresee", "prevent", "avert", "avoid",
      "deter", "forestall",
      // "determined to counter that accusation": the act the noun names is not the
      // subject's ("denied opposition charges" still codes the opposition's charge).
      "counter", "rebut", "refute"};
  return is_one_of(kLemmas, lemma);
}

// Whether a word has letters and none of them is a capital.
bool is_lower_case(std::string_view text) {
  bool letters = false;
  for (char c : text) {
    if (std::isupper(static_cast<unsigned char>(c))) return false;
    if (std::isalpha(static_cast<unsigned char>(c))) letters = true;
  }
  return letters;
}

// Whether an actor code names a country alone: three letters, not one of CAMEO's
// non-state three-letter codes.
bool is_country_code(std::string_view code) {
  if (code.size() != 3) return false;
  for (char letter : code)
    if (letter < 'A' || letter > 'Z') return false;
  return code != "IGO" && code != "NGO" && code != "UIS" && code != "MNC" && code != "INT";
}

// A code naming a state or its government: a country, alone or with GOV.
bool is_state_code(std::string_view code) {
  return code.size() >= 3 && is_country_code(code.substr(0, 3)) &&
         (code.size() == 3 || code.substr(3) == "GOV");
}

// Plural heads that "the two ..." / "both ..." use for people or for their countries.
bool is_pair_head(std::string_view noun, bool* countries) {
  *countries = noun == "nations" || noun == "countries" || noun == "neighbors" ||
               noun == "neighbours" || noun == "governments" || noun == "states";
  return *countries || noun == "leaders" || noun == "presidents" || noun == "sides" ||
         noun == "ministers" || noun == "heads" || noun == "officials";
}

class SentenceCoder {
 public:
  SentenceCoder(const DictionarySet& dictionaries, const CodingOptions& options, Document& document,
                int32_t sentence_index, const uint32_t* ids, DocumentMemory* memory)
      : dictionaries_(dictionaries),
        memory_(memory),
        options_(options),
        document_(document),
        sentence_index_(sentence_index),
        sentence_(document.sentences[static_cast<size_t>(sentence_index)]),
        tree_(sentence_.tree),
        first_token_(sentence_.token_begin),
        token_count_(sentence_.token_end - sentence_.token_begin),
        scratch_(thread_scratch()),
        actor_matches_(scratch_.actor_matches),
        agent_matches_(scratch_.agent_matches),
        actor_at_(scratch_.actor_at),
        agent_at_(scratch_.agent_at),
        codings_(scratch_.codings),
        events_(scratch_.events),
        coded_verb_phrases_(scratch_.coded_verb_phrases),
        ids_(ids),
        sorted_ids_(scratch_.sorted_ids),
        own_(scratch_.own),
        subtree_end_(scratch_.subtree_end),
        smallest_noun_phrase_(scratch_.smallest_noun_phrase),
        codable_before_(scratch_.codable_before),
        removed_(scratch_.removed),
        quoted_(scratch_.quoted) {
    actor_matches_.clear();
    agent_matches_.clear();
    events_.clear();
    coded_verb_phrases_.clear();
  }

  void run();

 private:
  std::string_view word(size_t local) const { return document_.tokens[first_token_ + local].norm; }
  // The token as the article writes it (case kept).
  std::string_view written(size_t local) const {
    return document_.text_of(document_.tokens[first_token_ + local].span);
  }
  std::string_view tag(size_t local) const { return document_.tokens[first_token_ + local].tag; }
  uint32_t local_begin(const TreeNode& node) const { return node.token_begin - first_token_; }
  uint32_t local_end(const TreeNode& node) const { return node.token_end - first_token_; }
  Span char_span(uint32_t begin, uint32_t end) const;

  void find_phrases();
  void code_noun_phrases();
  void resolve_object_pronouns();
  void resolve_counted_groups();
  void resolve_named_groups();
  void name_after_title();
  void name_in_apposition_to_title();
  // "president of the International Union of Electronic Workers": a title of office "of" an
  // organisation that no dictionary names but whose role words code it (LAB, BUS, OPP, ...)
  // is that organisation's; the title's own sector (GOV) does not apply. Returns the
  // organisation's coding, or null.
  const PhraseCoding* office_of_organisation(const TreeNode& node,
                                             const std::vector<int32_t>& prepositional,
                                             const std::vector<const TokenMatch*>& agents,
                                             const std::vector<char>& own) const;
  // Whether tokens [begin, end) are names that no dictionary knows.
  bool is_unknown_name(uint32_t begin, uint32_t end) const;
  // Gives the name phrase `node` the actor of the phrase `titled` when a title with a country
  // coded that phrase, and learns the name; false otherwise.
  bool name_takes_title(int32_t node, int32_t titled);
  void code_noun_phrase(int32_t node);
  void code_new_actor(int32_t node);
  bool conjoined(uint32_t left_end, uint32_t right_begin, const std::vector<char>& own) const;
  void code_verb(int32_t preterminal);
  // True when every word is somewhere in the sentence (a cheap filter before matching).
  bool has_words(const std::vector<uint32_t>& words) const {
    for (uint32_t needed : words)
      if (!std::binary_search(sorted_ids_.begin(), sorted_ids_.end(), needed)) return false;
    return true;
  }
  uint32_t id(size_t local) const { return ids_[local]; }
  // Takes out the opening and closing comma-delimited clauses whose length is within the
  // configured bounds (PETRARCH's comma_b* / comma_e* options).
  void remove_comma_clauses();

  // The subject of the clause above `start`, climbing through clauses without one (and past
  // pronouns); `inherited` tells whether a clause boundary was crossed.
  int32_t subject_of(int32_t start, bool* inherited) const;
  // The first noun phrase among a clause's children before its verb phrase, or -1.
  int32_t first_subject_phrase(int32_t clause) const;
  // Whether `clause` is an SBAR opened by "who", "which" or "that" (a relative clause whose
  // subject, when its own clause has none, is the phrase it modifies).
  bool is_subject_relative(int32_t clause) const;
  // Whether a comma follows `phrase` among its siblings before `stop` (an apposition set off
  // by commas: "Kuwait, a target of Iranian anger, rejected").
  bool closed_by_comma(int32_t phrase, int32_t stop) const;
  // Whether the top clause's verb phrase follows the comma with no verb before it (the final
  // "clause" is the main one, after an apposition).
  bool main_verb_after(uint32_t comma) const;
  // The first clause node in preorder (the sentence's top clause), or -1.
  int32_t top_clause() const;
  void remember_subject_person();
  bool is_future_noun(int32_t whole, uint32_t phrases_end) const;
  bool is_expected(int32_t verb_node) const;
  int predicate_ahead(int32_t whole) const;
  void remember_claimant();
  // "A communique published by TAP said ...": a statement with no author named, as a
  // clause's subject, is the last reporter's; one named by a role alone ("a military
  // communique") takes that reporter's country.
  void attribute_statements();
  void remember_reporter();
  void remember_sanctioned();
  // Whether a verb in the simple present heads a relative clause ("which occupies ...").
  bool in_present_relative(int32_t verb_node) const;
  // Whether a verb heads a relative clause opened by "who", "which" or "that".
  bool in_subject_relative(int32_t verb_node) const;
  bool in_time_clause(int32_t verb_node, uint32_t after) const;
  bool dated_long_before(int32_t verb_phrase) const;
  bool in_noun_infinitive(int32_t verb_node) const;
  bool in_proposal_content(int32_t verb_node) const;
  bool in_appearance_clause(int32_t verb_node) const;
  bool in_denied_report(int32_t verb_node) const;
  // Whether the verb's clause is what evidence is said to show ("evidence (that) X did Y").
  bool is_evidence_claim(int32_t verb_node, int32_t subject) const;
  // Whether a verb is inside a clause opened by "if" or "unless": a condition, not an act.
  bool is_conditional(int32_t verb_node) const;
  // The noun phrase a relative clause around the verb modifies ("a ship [which ...]"), or -1.
  int32_t relative_antecedent(int32_t verb_node) const;
  int32_t announcer_of(int32_t verb_node) const;
  CodedActor here_actor(uint32_t token) const;
  // The SBAR reached from a verb through its verb phrases and clause, or -1.
  int32_t clause_opener_of(int32_t verb_node) const;
  // The noun phrase a relative clause (an SBAR inside an NP) follows and modifies, or -1.
  int32_t antecedent_of(int32_t relative_clause) const;
  // Whether `node` is a clause (S) with a verb phrase and no subject noun phrase of its own.
  bool is_subjectless_clause(int32_t node) const;
  bool is_pronoun(int32_t node) const;
  int32_t verb_phrase_of(int32_t verb_node) const;
  bool is_passive(int32_t verb_node) const;
  template <typename Test>
  bool any_phrase_above(int32_t verb_node, bool through_adjectives, const Test& test) const;
  bool is_negated(int32_t verb_node) const;
  bool has_negative_subject(int32_t verb_node) const;
  bool is_habitual(int32_t verb_phrase) const;
  bool is_hypothetical(int32_t verb_node) const;
  bool is_perfect_have(uint32_t position) const;
  bool is_prevented(int32_t verb_node) const;
  int32_t reporter_of_tense_break(int32_t verb_node) const;
  bool is_question_or_met_demand(int32_t verb_node, int32_t verb_phrase) const;
  bool only_time_before(int32_t verb_phrase, uint32_t after, uint32_t at) const;
  bool arrives(int32_t verb_phrase) const;
  bool has_object_before(int32_t verb_phrase, uint32_t after, uint32_t at) const;
  int32_t complement_clause(int32_t child) const;
  bool defers_to_infinitive(uint32_t head, int32_t verb_phrase) const;
  // Whether the verb phrase `phrase` is in a clause reported by a verb of speech ("said it
  // would ..."), where "would" is the future seen from then rather than a condition.
  bool is_reported_future(int32_t phrase) const;
  bool is_future(int32_t verb_node) const;
  bool is_future_here(int32_t verb_node) const;
  bool is_dated_ahead(int32_t verb_node) const;
  bool names_time_ahead(uint32_t t, uint32_t end) const;
  int32_t conjunct_verb_before(int32_t verb_node) const;
  int32_t first_verb_child(int32_t phrase, bool or_modal) const;
  bool is_wanted_only(int32_t verb_node) const;
  bool is_arranged(int32_t verb_node) const;
  // Whether "set" at `position` means arranged ("talks are set for May", "talks set for
  // Monday"), not put ("had set targets").
  bool set_as_arranged(uint32_t position) const;
  int32_t lone_word(int32_t node) const;
  bool has_clause_complement(int32_t verb_phrase) const;
  // The first non-empty clause (S or SBAR, "that" clauses included) among the verb phrase's
  // children, or -1.
  int32_t complement_clause_of(int32_t verb_phrase) const;
  // Whether a phrase joins conjuncts: one of its children is a coordinating conjunction.
  bool has_conjunction(int32_t phrase) const;
  bool is_raising_verb(uint32_t head) const;
  // Whether every child of `verb_phrase` from token `after` on is a temporal noun phrase
  // (NP-TMP, or time words only), and there is at least one.
  bool only_time_complements(int32_t verb_phrase, uint32_t after) const;
  // Whether `node` is a noun phrase of time words only ("today", "last week", "Monday").
  bool is_time_noun_phrase(int32_t node) const;
  // The "between" phrase after the verb of a clause whose subject is `subject`: "Talks were
  // held in Geneva between A and B", "meetings took place between A and B"; or of a relative
  // clause on the noun phrase `subject` heads ("two meetings which took place between A and
  // B"). -1 if none.
  int32_t between_after_subject(int32_t subject) const;
  // The "between" phrase of a verb phrase, after only its verbs, particles, adverbs, phrases of
  // place or time and "place". -1 if none.
  int32_t between_in_predicate(int32_t verb_phrase) const;
  bool only_introduced(uint32_t comma) const;
  int32_t by_phrase_in(int32_t verb_phrase, uint32_t after) const;
  int32_t first_coded_phrase(int32_t verb_phrase, uint32_t after, uint32_t end) const;
  int32_t phrase_containing(uint32_t begin, uint32_t end) const;
  // The phrase of the actor match covering token `position`.
  int32_t phrase_of_actor_at(int32_t position) const;
  bool in_topic_phrase(uint32_t at, uint32_t verb_begin, uint32_t verb_end) const;
  bool in_concession_or_wrong_phrase(uint32_t at, uint32_t verb_end) const;
  // Whether "what it sees as" (regards, calls, considers ... as) starts at `at`: a wrong
  // named so is the view of the one acting on it, as an "alleged" one is.
  bool views_as(uint32_t at) const;
  uint32_t phrase_end_at(uint32_t at) const;
  bool is_state_body_at(uint32_t position) const;
  int32_t subject_of_modal(uint32_t at, uint32_t verb) const;

  struct PatternMatch {
    bool matched = false;
    int32_t target_position = -1;
    int32_t source_position = -1;
  };
  // Pattern elements name synonym sets of `dictionary` (the verbs' or the nouns').
  PatternMatch match_pattern(const VerbDictionary& dictionary, const VerbPattern& pattern,
                             uint32_t verb_begin, uint32_t verb_end, uint32_t limit,
                             bool compound_subject) const;
  // The entry chosen for a head word: among the forms present around `head` (longest
  // first), the one whose family gives the most specific pattern match within `limit`; a
  // form with a real code beats a null one.
  struct FormChoice {
    const VerbForm* form = nullptr;
    const VerbPattern* best = nullptr;  // null: the form's own code
    PatternMatch match;
    uint32_t begin = 0, end = 0;  // tokens of the form
  };
  bool choose_form(const VerbDictionary& dictionary, const std::vector<uint32_t>& candidates,
                   uint32_t head, uint32_t limit, bool compound_subject, FormChoice& choice) const;
  // Nominal events: a noun phrase headed by an event noun ("an EU demand for Turkey to ...",
  // "talks with Ankara") with a source and a target of its own.
  void code_noun_events();
  // "sanctions against Japan for violating the agreement": a wrong given as the reason for
  // an act against someone accuses them (112).
  void code_wrongs_given_as_reasons();
  // "Washington is insisting that the EC comply with the ruling": insisting that someone do
  // something (a base-form verb) demands it of them (100).
  void code_insistence();
  // "tariffs ... in retaliation for Tokyo's alleged failure to live up to a pact", "to
  // retaliate against alleged Japanese violation of a pact": a wrong said to be alleged, with
  // whose it is, is alleged by the one who acts on it (112).
  void code_alleged_wrongs();
  // "the EC was joined by the United States in criticising Brazil": who joins in an act
  // does it too; each event of a gerund under "joined ... in" is repeated from the "by"
  // phrase's actors.
  void add_joiners();
  // The coded phrase naming an actor in the first child phrase of `phrase` that `preposition`
  // opens ("freed from US custody", "joined by the United States"), or -1.
  int32_t actor_phrase_after(int32_t phrase, std::string_view preposition) const {
    for (int32_t child = tree_[phrase].first_child; child >= 0; child = tree_[child].next_sibling) {
      if (!label_is(tree_[child].label, "PP") || word(local_begin(tree_[child])) != preposition)
        continue;
      const int32_t inner =
          first_coded_phrase(child, local_begin(tree_[child]) + 1, local_end(tree_[child]));
      return inner >= 0 && codings_[inner].computed && codings_[inner].has_actor ? inner : -1;
    }
    return -1;
  }
  // A one-token pair ("Iran-Iraq", "Canada/U.S."), not itself an actor, whose two parts are
  // each a one-word dictionary actor: their actor indices in `parts`.
  bool pair_actors(uint32_t token, std::array<uint32_t, 2>& parts) const {
    if (actor_at_[token] >= 0) return false;
    const std::string_view text = word(token);
    const size_t at = pair_separator(text);
    if (at == std::string_view::npos) return false;
    const std::string_view halves[] = {text.substr(0, at), text.substr(at + 1)};
    for (size_t side = 0; side < 2; ++side) {
      const uint32_t part_id = dictionaries_.vocabulary().find(halves[side]);
      const auto match = dictionaries_.actors().actor_phrases().longest_at(&part_id, 0, 1);
      if (match.length != 1) return false;
      parts[side] = match.value;
    }
    return true;
  }
  // The clause `node` is or stands in (itself when it is one), or -1 above the root.
  int32_t clause_at_or_above(int32_t node) const {
    while (node >= 0 && !is_clause(tree_[node].label)) node = tree_[node].parent;
    return node;
  }
  // One past the last of a noun phrase's own words (its head, before the phrases that hang on
  // it), or its beginning when it has none.
  uint32_t own_end(const TreeNode& node, const std::vector<char>& own) const {
    uint32_t end = local_end(node);
    while (end > local_begin(node) && !own[end - 1]) --end;
    return end;
  }
  // The preterminal of the sentence-local token, or -1.
  int32_t leaf_at(uint32_t token) const {
    for (int32_t node = 0; node < static_cast<int32_t>(tree_.size()); ++node)
      if (tree_[node].is_preterminal() && local_begin(tree_[node]) == token &&
          local_end(tree_[node]) > token)
        return node;
    return -1;
  }
  // "urged Papandreou to accept": the object of the verb whose infinitive holds `verb_node`,
  // which is that infinitive's subject; -1 when there is none.
  int32_t infinitive_object_controller(int32_t verb_node) const {
    int32_t phrase = tree_[verb_node].parent;        // (VP accept ...)
    if (phrase >= 0) phrase = tree_[phrase].parent;  // (VP to ...)
    if (phrase < 0 || !label_is(tree_[phrase].label, "VP") ||
        word(local_begin(tree_[phrase])) != "to")
      return -1;
    const int32_t clause = tree_[phrase].parent;  // (S (VP to ...))
    if (clause < 0 || !is_clause(tree_[clause].label) || !is_subjectless_clause(clause)) return -1;
    const int32_t outer = tree_[clause].parent;  // (VP urged (NP X) (S ...))
    if (outer < 0 || !label_is(tree_[outer].label, "VP")) return -1;
    int32_t object = -1;
    for (int32_t child = tree_[outer].first_child; child >= 0 && child != clause;
         child = tree_[child].next_sibling)
      if (label_is(tree_[child].label, "NP")) object = child;
    return object >= 0 && codings_[object].computed && codings_[object].has_actor ? object : -1;
  }
  // Whether a meeting noun opening its clause ("The talks will resume tomorrow", "A second
  // round of talks is set for tomorrow") names again the last talks between two countries:
  // definite, with no phrase naming its own sides or members, in no condition, in a sentence
  // that names no other country.
  bool names_talks_again(int32_t opener, int32_t whole, uint32_t head) const;
  // Whether a target phrase names a state, its people or its forces, not one of its things:
  // no common noun follows the actor's words, or one of fighting ("an Iranian attack").
  bool names_fighting_side(const Span& phrase) const;
  void code_fronted_report(int32_t verb_node);
  void code_noun_event(int32_t base_phrase);
  // Replaces the "---" of a countryless side (`code`, at `span`) with the country of the last
  // actor before it in the sentence, unless that is `other`'s country; notes it.
  void give_local_country(std::string& code, const Span& span, const std::string& other,
                          std::string& note) const;
  // The two actors of a hyphenated pair among the tokens [begin, end) ("U.S.-Japan"), or
  // none.
  std::vector<CodedActor> hyphenated_pair(uint32_t begin, uint32_t end) const;
  // The verb preterminal heading the nearest verb phrase above `node`, or -1.
  int32_t governing_verb(int32_t node) const;
  // One event from `from` to `to` with its evidence (the entry chosen, the actors' lines) and
  // the actors' mentions; `head_role` names the head word's entry ("verb", "noun").
  Event make_event(const CodedActor& from, const CodedActor& to, std::string code,
                   const FormChoice& choice, const std::string& file, const std::string& note,
                   const char* head_role);
  // Appends the events of one act: each (source, target) pair, the reciprocal code back.
  void add_events(std::span<const CodedActor> sources, std::span<const CodedActor> targets,
                  const EventCode& code, const FormChoice& choice, const std::string& file,
                  const std::string& note);
  bool element_at(const VerbDictionary& dictionary, const PatternElement& element,
                  uint32_t position, uint32_t limit, uint32_t& consumed) const;
  // The first token at or after `position` where a noun phrase within `limit` begins, else
  // `limit`.
  uint32_t next_noun_phrase(uint32_t position, uint32_t limit) const;
  // The end of the smallest noun phrase that began before `position` and goes on past it,
  // within `limit`; `position` when there is none.
  uint32_t end_of_enclosing_noun_phrase(uint32_t position, uint32_t limit) const;
  bool element_ending_at(const VerbDictionary& dictionary, const PatternElement& element,
                         uint32_t end, uint32_t& consumed) const;

  int32_t add_mention(const CodedActor& actor);

  bool is_personal_pronoun(int32_t node) const;
  bool is_first_person_pronoun(int32_t node) const;
  bool is_opening_it(int32_t node) const;
  void find_speaker();
  void find_speaker_here();
  void resolve_pair(int32_t node_index, std::vector<CodedActor>& found) const;
  // The two people named last before token `before` in this sentence, joined by "and"
  // ("between Reagan and Indonesia's President Suharto"), with different codes.
  bool joined_pair_before(uint32_t before, std::array<CodedActor, 2>& pair) const;
  void resolve_country_reference(int32_t node_index, std::vector<CodedActor>& found) const;
  bool is_title_of_subject_person(int32_t node_index, const std::vector<char>& own) const;
  bool is_press_report(uint32_t t) const;
  bool is_members_phrase(const CodedActor& actor) const;
  // "the IMF meetings in Washington": the country named by "in" after an organisation's
  // gathering (a country or a capital), as a three-letter code; false when none is named.
  bool gathering_host(const CodedActor& organisation, CodedActor& host) const;
  bool is_abbreviation(uint32_t begin, uint32_t end) const;
  void learn_titled_name(int32_t node_index, const PhraseCoding& coding,
                         const std::vector<char>& own);
  void learn_name(uint32_t last_word, const CodedActor& actor);
  // A company named with its ticker in angle brackets, coded by the ticker's exchange and
  // learned by its first word; appends it to `found` and returns true, else false.
  bool company_with_ticker(const TreeNode& node, std::vector<CodedActor>& found);
  int32_t pronoun_subject(int32_t verb_node) const;
  bool resolve_pronoun(int32_t pronoun_node, CodedActor& resolved) const;
  // The subject phrase of the reporting verb whose clause a "he" or "she" is the subject of,
  // when that subject names one person by a role; -1 otherwise.
  int32_t reporter_of_pronoun(int32_t pronoun_node) const;

  const DictionarySet& dictionaries_;
  DocumentMemory* memory_;  // null: sentences are coded on their own
  const CodingOptions& options_;
  Document& document_;
  int32_t sentence_index_;
  Sentence& sentence_;
  const std::vector<TreeNode>& tree_;
  uint32_t first_token_;
  uint32_t token_count_;
  // Working memory lives in a per-thread Scratch and is reused from sentence to sentence,
  // so coding a sentence allocates only for what it writes into the document.
  Scratch& scratch_;
  std::vector<TokenMatch>& actor_matches_;
  std::vector<TokenMatch>& agent_matches_;
  std::vector<int32_t>& actor_at_;  // per token: index into actor_matches_ or -1
  std::vector<int32_t>& agent_at_;
  std::vector<PhraseCoding>& codings_;  // per tree node (noun phrases only)
  std::vector<Event>& events_;
  // The sides of the last meeting or talks this sentence coded between two countries.
  bool has_meeting_sides_ = false;
  CodedActor meeting_side_, meeting_other_side_;
  std::vector<std::pair<uint32_t, uint32_t>>& coded_verb_phrases_;  // token ranges
  const uint32_t* ids_;                // per token: vocabulary id of its word (0 = unknown)
  std::vector<uint32_t>& sorted_ids_;  // the same, sorted, for membership tests
  WordSignature signature_;            // every word present
  std::vector<char>& own_;             // scratch for code_noun_phrase
  std::vector<int32_t>& subtree_end_;  // per node: one past the last node of its subtree
  // Per token: length of the smallest noun phrase starting there, 0 for none.
  std::vector<uint32_t>& smallest_noun_phrase_;
  // Per token position: how many tokens before it could make a noun phrase codable.
  std::vector<uint32_t>& codable_before_;
  std::vector<char>& removed_;  // per token: inside a comma clause taken out of the sentence
  std::vector<char>& quoted_;   // per token: inside quotation marks
  // Who the sentence says is speaking ("..., the chancellor said"): "we" and "I" inside the
  // quotation stand for that actor.
  CodedActor speaker_;
  bool has_speaker_ = false;
  // Words after the first that open with a capital: fewer than two means a sentence written
  // all in lower case, where case says nothing about names.
  int capitalised_words_ = 0;
};

Span SentenceCoder::char_span(uint32_t begin, uint32_t end) const {
  if (begin >= end || end > token_count_) return {};
  return Span{document_.tokens[first_token_ + begin].span.begin,
              document_.tokens[first_token_ + end - 1].span.end};
}

void SentenceCoder::find_phrases() {
  actor_at_.assign(token_count_, -1);
  agent_at_.assign(token_count_, -1);
  capitalised_words_ = 0;
  for (uint32_t t = 1; t < token_count_; ++t)
    if (!written(t).empty() && std::isupper(static_cast<unsigned char>(written(t)[0])))
      ++capitalised_words_;
  const auto& actors = dictionaries_.actors();
  for (uint32_t position = 0; position < token_count_;) {
    auto match = actors.actor_phrases().longest_at(ids_, position, token_count_);
    // "trust with us": a pronoun is never the abbreviation it is spelled like (US); "labour
    // costs", "conservative estimates": a one-word name written in lower case is a common
    // word, unless the whole sentence is written in lower case.
    if (match.length == 0 ||
        (match.length == 1 && (tag(position).starts_with("PRP") ||
                               (capitalised_words_ >= 2 && is_lower_case(written(position)))))) {
      ++position;
      continue;
    }
    // "Christian Democratic Party", "Liberal Democratic Party": a party's name inside a
    // longer capitalised name is another party.
    if (match.length >= 2 && position > 0 && word(position + match.length - 1) == "party" &&
        actor_at_[position - 1] < 0 && !written(position - 1).empty() &&
        std::isupper(static_cast<unsigned char>(written(position - 1)[0])) &&
        (tag(position - 1) == "NNP" || tag(position - 1) == "JJ")) {
      position += match.length;
      continue;
    }
    // "Mr German said": a country's word after a courtesy title is a surname.
    if (match.length == 1 && position > 0 && is_courtesy_title(word(position - 1)) &&
        is_country_code(actors.actor(match.value).default_code) &&
        actors.actor(match.value).dated.empty()) {
      ++position;
      continue;
    }
    const int32_t index = static_cast<int32_t>(actor_matches_.size());
    actor_matches_.push_back({position, position + match.length, match.value});
    for (uint32_t covered = position; covered < position + match.length; ++covered)
      actor_at_[covered] = index;
    position += match.length;
  }
  for (uint32_t position = 0; position < token_count_;) {
    if (actor_at_[position] >= 0) {
      ++position;
      continue;
    }
    auto match = actors.agent_phrases().longest_at(ids_, position, token_count_);
    if (match.length == 0) {
      ++position;
      continue;
    }
    bool overlaps = false;
    for (uint32_t covered = position; covered < position + match.length; ++covered)
      if (actor_at_[covered] >= 0) overlaps = true;
    if (overlaps) {
      ++position;
      continue;
    }
    // "Deputy Foreign Minister", "Deputy U.S. Trade Representative": "deputy" before
    // another office or a country is that office's deputy, not a member of parliament.
    if (match.length == 1 && word(position) == "deputy" && position + 1 < token_count_ &&
        (actor_at_[position + 1] >= 0 ||
         actors.agent_phrases().longest_at(ids_, position + 1, token_count_).length > 0)) {
      ++position;
      continue;
    }
    // "general election": a phrase written as no agent hides the agents inside it.
    if (actors.agent(match.value).code.empty()) {
      position += match.length;
      continue;
    }
    // "Reagan's firm action", "a firm commitment": "firm" before a noun is the adjective,
    // which taggers often miss.
    if (match.length == 1 && word(position) == "firm" &&
        (tag(position) == "JJ" || (position + 1 < token_count_ &&
                                   (tag(position + 1) == "NN" || tag(position + 1) == "NNS")))) {
      ++position;
      continue;
    }
    // "director of MITI's Industrial Electronics Division": a division named by capitalised
    // words that name no arm of an army is a ministry's or a company's department.
    if (match.length == 1 && word(position) == "division" && tag(position) == "NNP" &&
        position > 0 && tag(position - 1) == "NNP" && agent_at_[position - 1] < 0 &&
        actor_at_[position - 1] < 0) {
      static constexpr std::string_view kArms[] = {
          "armoured",   "armored", "infantry", "cavalry", "airborne",  "mechanised",
          "mechanized", "marine",  "mountain", "guards",  "guard",     "commando",
          "artillery",  "panzer",  "tank",     "light",   "motorised", "motorized"};
      if (!is_one_of(kArms, word(position - 1))) {
        ++position;
        continue;
      }
    }
    // "Lawyer Louise Christian": a religion's word closing a name is a surname.
    if (match.length == 1 && position > 0 && tag(position) == "NNP" && tag(position - 1) == "NNP" &&
        actor_at_[position - 1] < 0 && agent_at_[position - 1] < 0 &&
        is_religion_code(actors.agent(match.value).code) &&
        (position + 1 >= token_count_ || tag(position + 1) != "NNP")) {
      ++position;
      continue;
    }
    const int32_t index = static_cast<int32_t>(agent_matches_.size());
    agent_matches_.push_back({position, position + match.length, match.value});
    for (uint32_t covered = position; covered < position + match.length; ++covered)
      agent_at_[covered] = index;
    position += match.length;
  }
}

void SentenceCoder::code_noun_phrases() {
  if (codings_.size() < tree_.size()) codings_.resize(tree_.size());
  // Tokens that can make a noun phrase codable: actor and agent words, names (learned
  // names, appositions) and the heads of "both ...", "the two leaders", "the country".
  codable_before_.assign(token_count_ + 1, 0);
  for (uint32_t t = 0; t < token_count_; ++t) {
    const std::string_view text = word(t);
    bool countries = false;
    // The words below are 4 to 11 letters long; most tokens are settled by the first tests.
    const bool codable = actor_at_[t] >= 0 || agent_at_[t] >= 0 || tag(t) == "NNP" ||
                         tag(t) == "NNPS" ||
                         (text.size() >= 4 && text.size() <= 11 &&
                          (text == "both" || text == "country" || text == "nation" ||
                           is_pair_head(text, &countries)));
    codable_before_[t + 1] = codable_before_[t] + (codable ? 1 : 0);
  }
  for (size_t node = 0; node < tree_.size(); ++node) {
    PhraseCoding& coding = codings_[node];
    coding.computed = coding.has_actor = coding.invented = false;
    coding.actors.clear();
  }
  // Preorder: children have larger indices than their parents, so a reverse walk codes
  // every phrase after the phrases inside it.
  for (int32_t node = static_cast<int32_t>(tree_.size()) - 1; node >= 0; --node)
    if (label_is(tree_[node].label, "NP") || label_is(tree_[node].label, "NX") ||
        label_is(tree_[node].label, "NAC"))
      code_noun_phrase(node);
  if (options_.resolve_pronouns) resolve_object_pronouns();
  if (memory_ != nullptr) resolve_counted_groups();
  if (memory_ != nullptr && options_.resolve_pronouns) resolve_named_groups();
  name_after_title();
}

// "Australian Minister for Trade Negotiations Michael Duffy said", "Portuguese Ambassador to
// Peking Octavio Valerio said": the parser leaves the name as a phrase of its own after the
// titled phrase and its of/for/to phrase. A name no
// dictionary knows, right after a phrase coded by a title with a country (of/for phrases
// between), is that titled person; later sentences find him by his last name.
void SentenceCoder::name_after_title() {
  for (size_t node = 0; node < tree_.size(); ++node) {
    if (!label_is(tree_[node].label, "NP") || !codings_[node].actors.empty() ||
        tree_[node].parent < 0)
      continue;
    const uint32_t begin = local_begin(tree_[node]), end = local_end(tree_[node]);
    if (end - begin < 2 || actor_at_[end - 1] >= 0 || tag(end - 1) != "NNP" ||
        tree_[tree_[node].parent].first_child == static_cast<int32_t>(node))
      continue;
    // The siblings before it: a phrase, then one or more of/for phrases right up to it.
    int32_t titled = -1;
    int phrases_between = 0;
    for (int32_t child = tree_[tree_[node].parent].first_child;
         child >= 0 && child != static_cast<int32_t>(node); child = tree_[child].next_sibling) {
      if (label_is(tree_[child].label, "NP")) {
        titled = child;
        phrases_between = 0;
      } else if (titled >= 0 && label_is(tree_[child].label, "PP") &&
                 (word(local_begin(tree_[child])) == "for" ||
                  word(local_begin(tree_[child])) == "of" ||
                  word(local_begin(tree_[child])) == "to")) {
        ++phrases_between;
      } else {
        titled = -1;
      }
    }
    if (titled < 0 || phrases_between == 0) continue;
    if (is_unknown_name(begin, end)) name_takes_title(static_cast<int32_t>(node), titled);
  }
  name_in_apposition_to_title();
}

bool SentenceCoder::is_unknown_name(uint32_t begin, uint32_t end) const {
  for (uint32_t t = begin; t < end; ++t)
    if (tag(t) != "NNP" || actor_at_[t] >= 0 || agent_at_[t] >= 0) return false;
  return end > begin;
}

bool SentenceCoder::name_takes_title(int32_t node, int32_t titled) {
  const PhraseCoding& title = codings_[titled];
  if (!title.computed || title.actors.size() != 1) return false;
  const CodedActor& actor = title.actors.front();
  const bool has_title =
      std::any_of(actor.entries.begin(), actor.entries.end(),
                  [](const EntryRef& entry) { return std::string_view(entry.role) == "agent"; });
  if (!has_title || actor.code.size() < 6 ||
      !is_country_code(std::string_view(actor.code).substr(0, 3)))
    return false;
  const uint32_t begin = local_begin(tree_[node]), end = local_end(tree_[node]);
  PhraseCoding& coding = codings_[node];
  coding.actors.assign(1, actor);
  coding.actors.front().token_begin = begin;
  coding.actors.front().token_end = end;
  coding.has_actor = coding.computed = true;
  learn_name(end - 1, actor);
  return true;
}

// "Israel's foreign minister, Abraham Tamir, arrived": a name no dictionary knows, set off
// by a comma right after a phrase coded by a title with a country, is that titled person;
// later sentences find him by his last name. Not in a list ("the ministers, Smith and Jones").
void SentenceCoder::name_in_apposition_to_title() {
  for (size_t node = 0; node < tree_.size(); ++node) {
    if (!label_is(tree_[node].label, "NP") || !codings_[node].actors.empty() ||
        tree_[node].parent < 0)
      continue;
    const uint32_t begin = local_begin(tree_[node]), end = local_end(tree_[node]);
    if (end - begin < 2 || !is_unknown_name(begin, end)) continue;
    const int32_t parent = tree_[node].parent;
    int32_t titled = -1, comma = -1;
    bool list = false;
    for (int32_t child = tree_[parent].first_child; child >= 0; child = tree_[child].next_sibling) {
      const std::string_view label = tree_[child].label;
      if (label == "CC" || label_is(label, "CONJP")) list = true;
      if (child == static_cast<int32_t>(node)) break;
      if (label == ",") {
        comma = child;
      } else {
        titled = label_is(label, "NP") ? child : -1;
        comma = -1;
      }
    }
    if (list || titled < 0 || comma < 0 || tree_[comma].next_sibling != static_cast<int32_t>(node))
      continue;
    name_takes_title(static_cast<int32_t>(node), titled);
  }
}

// "four" -> "4": the numbers a counted group is named with, in digits; "" for others.
std::string number_in_digits(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kWords = {"one",  "two", "three",  "four",
                                                              "five", "six", "seven",  "eight",
                                                              "nine", "ten", "eleven", "twelve"};
  for (size_t index = 0; index < kWords.size(); ++index)
    if (word == kWords[index]) return std::to_string(index + 1);
  if (!word.empty() && std::all_of(word.begin(), word.end(), [](char ch) {
        return std::isdigit(static_cast<unsigned char>(ch)) != 0;
      }))
    return std::string(word);
  return "";
}

// "The US agreed to free four British detainees ... release the four": "the" and a number
// alone stand for the group last named with that number and a plural noun in the story.
void SentenceCoder::resolve_counted_groups() {
  bool numbers = false;
  for (uint32_t t = 0; t < token_count_ && !numbers; ++t) numbers = tag(t) == "CD";
  if (!numbers) return;
  for (size_t node = 0; node < tree_.size(); ++node) {
    if (!label_is(tree_[node].label, "NP")) continue;
    const uint32_t begin = local_begin(tree_[node]), end = local_end(tree_[node]);
    if (end - begin != 2 || word(begin) != "the" || tag(begin + 1) != "CD") continue;
    PhraseCoding& coding = codings_[node];
    if (!coding.actors.empty()) continue;
    const std::string number = number_in_digits(word(begin + 1));
    for (auto group = memory_->counted_groups.rbegin(); group != memory_->counted_groups.rend();
         ++group) {
      if (group->number != number) continue;
      CodedActor actor = group->actor;
      actor.token_begin = begin;
      actor.token_end = end;
      coding.actors.assign(1, std::move(actor));
      coding.has_actor = coding.computed = true;
      break;
    }
  }
  // Learn this sentence's counted groups: a coded phrase of one actor whose own words hold a
  // number right before a plural noun (adjectives between).
  for (size_t node = 0; node < tree_.size(); ++node) {
    const PhraseCoding& coding = codings_[node];
    if (!label_is(tree_[node].label, "NP") || !coding.computed || !coding.has_actor ||
        coding.actors.size() != 1)
      continue;
    const uint32_t begin = local_begin(tree_[node]), end = local_end(tree_[node]);
    for (uint32_t t = begin; t + 1 < end; ++t) {
      if (tag(t) != "CD") continue;
      uint32_t noun = t + 1;
      while (noun < end && tag(noun) == "JJ") ++noun;
      // The plural may be a name's ("four Britons", tagged as a name).
      while (noun + 1 < end && tag(noun + 1).starts_with("NN")) ++noun;
      const bool plural = noun < end && (tag(noun) == "NNS" || tag(noun) == "NNPS" ||
                                         (tag(noun) == "NNP" && word(noun).ends_with("s")));
      if (!plural) continue;
      const std::string number = number_in_digits(word(t));
      if (number.empty() || number == "1") continue;
      memory_->counted_groups.push_back({number, coding.actors.front()});
      break;
    }
  }
}

// The note an arrest or a charge carries when no one is named as making it, and the state's
// authority is taken to: such an event may hold one of the authority's own (same codes).
constexpr std::string_view kUnnamedAuthority = "the arresting authority is unnamed";

// Plural nouns for officials, and for people held, that a later "the ..." names again.
bool is_group_noun(std::string_view noun) {
  return noun == "ministers" || noun == "officials" || noun == "leaders" || noun == "negotiators" ||
         noun == "delegates" || noun == "diplomats" || noun == "envoys" || noun == "detainees" ||
         noun == "prisoners" || noun == "hostages";
}

// "Foreign Ministers of ASEAN said ... The ministers are due to start talks": "the" and a
// plural noun for officials (or the plural alone opening a sentence), with no one named,
// stands for the group last named with that noun and whose it was.
void SentenceCoder::resolve_named_groups() {
  for (size_t node = 0; node < tree_.size(); ++node) {
    if (!label_is(tree_[node].label, "NP")) continue;
    const uint32_t begin = local_begin(tree_[node]), end = local_end(tree_[node]);
    // "EC foreign ministers issued a statement ... Ministers also called on": a capitalised
    // plural opening the sentence is the same as "the" and the plural.
    const bool the_plural = end - begin == 2 && word(begin) == "the" && tag(begin + 1) == "NNS";
    const bool opening_plural =
        end - begin == 1 && begin == 0 &&
        (tag(begin) == "NNS" || tag(begin) == "NNPS" || tag(begin) == "NNP");
    if (!the_plural && !opening_plural) continue;
    PhraseCoding& coding = codings_[node];
    if (coding.actors.size() != 1 || !coding.actors.front().code.starts_with("---")) continue;
    const std::string_view noun = word(end - 1);
    for (auto group = memory_->named_groups.rbegin(); group != memory_->named_groups.rend();
         ++group) {
      if (group->noun != noun) continue;
      CodedActor actor = group->actor;
      actor.token_begin = begin;
      actor.token_end = end;
      coding.actors.assign(1, std::move(actor));
      coding.has_actor = true;
      break;
    }
  }
  // Learn this sentence's named groups: a coded phrase of one actor whose own last word is
  // such a noun, or whose first phrase ends in it ("Foreign Ministers | of ASEAN").
  for (size_t node = 0; node < tree_.size(); ++node) {
    const PhraseCoding& coding = codings_[node];
    if (!label_is(tree_[node].label, "NP") || !coding.computed || !coding.has_actor ||
        coding.actors.size() != 1 || coding.actors.front().code.starts_with("---"))
      continue;
    // The head: the phrase's last word when it ends in one ("European Community (EC)
    // agriculture ministers"), else that of its first noun phrase ("Foreign Ministers | of
    // ASEAN").
    int32_t base = static_cast<int32_t>(node);
    while (true) {
      int32_t last = tree_[base].first_child;
      while (last >= 0 && tree_[last].next_sibling >= 0) last = tree_[last].next_sibling;
      if (last >= 0 && tree_[last].is_preterminal()) break;
      if (tree_[base].first_child < 0 || !label_is(tree_[tree_[base].first_child].label, "NP"))
        break;
      base = tree_[base].first_child;
    }
    const std::string_view noun = word(local_end(tree_[base]) - 1);
    if (!is_group_noun(noun)) continue;
    memory_->named_groups.push_back({std::string(noun), coding.actors.front()});
  }
}

// "offered to free him", "met Blair and praised him": an object "him" or "her" stands for
// the last person named before it in the sentence, other than the subject of its own clause
// (in "Bush said Blair praised him", "him" is not Blair). A person here is a coded noun
// phrase that ends in a name.
void SentenceCoder::resolve_object_pronouns() {
  bool any = false;
  for (uint32_t t = 0; t < token_count_ && !any; ++t) any = word(t) == "him" || word(t) == "her";
  if (!any) return;
  for (size_t node = 0; node < tree_.size(); ++node) {
    if (!is_pronoun(static_cast<int32_t>(node))) continue;
    const uint32_t position = local_begin(tree_[node]);
    const std::string_view pronoun = word(position);
    if (pronoun != "him" && pronoun != "her") continue;
    PhraseCoding& coding = codings_[node];
    if (!coding.actors.empty()) continue;
    // The subject of the nearest clause above the pronoun that has one.
    uint32_t subject_begin = position, subject_end = position;
    for (int32_t above = tree_[node].parent; above >= 0; above = tree_[above].parent) {
      if (!is_clause(tree_[above].label)) continue;
      int32_t subject = -1;
      for (int32_t child = tree_[above].first_child; child >= 0;
           child = tree_[child].next_sibling) {
        if (local_begin(tree_[child]) > position) break;
        if (label_is(tree_[child].label, "NP")) subject = child;
        if (label_is(tree_[child].label, "VP")) break;
      }
      if (subject < 0) continue;
      subject_begin = local_begin(tree_[subject]);
      subject_end = local_end(tree_[subject]);
      break;
    }
    int32_t best = -1;
    for (size_t other = 0; other < tree_.size(); ++other) {
      const PhraseCoding& candidate = codings_[other];
      if (!candidate.computed || !candidate.has_actor || candidate.actors.size() != 1) continue;
      const uint32_t begin = local_begin(tree_[other]), end = local_end(tree_[other]);
      if (end > position || end == begin || tag(end - 1) != "NNP") continue;
      if (begin >= subject_begin && end <= subject_end) continue;
      if (best < 0 || end > local_end(tree_[best])) best = static_cast<int32_t>(other);
    }
    if (best < 0) continue;
    coding.actors = codings_[best].actors;
    coding.actors.front().token_begin = position;
    coding.actors.front().token_end = position + 1;
    coding.has_actor = true;
    coding.computed = true;
  }
}

void SentenceCoder::code_noun_phrase(int32_t node_index) {
  const TreeNode& node = tree_[node_index];
  PhraseCoding& coding = codings_[node_index];
  coding.computed = true;
  // Most noun phrases hold no word any rule below could code: say so at once.
  if (options_.new_actor_length <= 0 &&
      codable_before_[local_end(node)] == codable_before_[local_begin(node)] &&
      !is_conflict_noun(word(local_end(node) - 1)) &&
      !(options_.unnamed_states_are_uis && is_states_noun(word(local_end(node) - 1))))
    return;
  // "the prime minister's wife": a relative named by a possessive is not the one it names.
  if (local_end(node) >= local_begin(node) + 3 && is_kinship_noun(word(local_end(node) - 1)) &&
      tag(local_end(node) - 2) == "POS")
    return;
  const CivilDate date = document_.date_of_sentence(sentence_index_);

  // Children and their kinds.
  std::vector<int32_t>& children = scratch_.children;
  children.clear();
  for (int32_t child = node.first_child; child >= 0; child = tree_[child].next_sibling)
    children.push_back(child);
  int noun_children = 0;
  bool conjunction_child = false;
  for (int32_t child : children) {
    if (label_is(tree_[child].label, "NP") || label_is(tree_[child].label, "NX")) ++noun_children;
    if (std::string_view(tree_[child].label) == "CC" || label_is(tree_[child].label, "CONJP"))
      conjunction_child = true;
  }

  // Compound phrase: "Fornost and Gondor", "Mordor, Rohan, Fornost and Bree".
  if (conjunction_child && noun_children >= 2) {
    // "U.S. and Japanese officials": a bare country before "and" shares the role the last
    // conjunct's plural noun gives its own country adjective.
    std::string shared_role;
    const int32_t last = children.back();
    if (label_is(tree_[last].label, "NP") && codings_[last].computed &&
        codings_[last].actors.size() == 1 && tag(local_end(tree_[last]) - 1) == "NNS" &&
        actor_at_[local_begin(tree_[last])] >= 0 && agent_at_[local_end(tree_[last]) - 1] >= 0) {
      const std::string& code = codings_[last].actors.front().code;
      if (code.size() == 6 && is_country_code(std::string_view(code).substr(0, 3)))
        shared_role = code.substr(3);
    }
    // Every conjunct counts, an agent-only one too ("The Danish media and government":
    // DNKMED and ---GOV).
    for (int32_t child : children) {
      const PhraseCoding& part = codings_[child];
      if (!part.computed) continue;
      const bool bare_country = !shared_role.empty() && child != last && part.actors.size() == 1 &&
                                part.actors.front().code.size() == 3 &&
                                is_country_code(part.actors.front().code) &&
                                is_abbreviation(local_begin(tree_[child]), local_end(tree_[child]));
      for (const CodedActor& actor : part.actors) {
        coding.actors.push_back(actor);
        if (bare_country) coding.actors.back().code += shared_role;
      }
      coding.has_actor = coding.has_actor || part.has_actor;
    }
    return;
  }

  // "The federal government and the Japanese trading company, C. Itoh and Co Ltd,": a
  // compound with an apposition after it is the compound's actors, each with its own role.
  if (children.size() >= 3 && label_is(tree_[children.front()].label, "NP") &&
      std::string_view(tree_[children[1]].label) == "," && codings_[children.front()].computed &&
      codings_[children.front()].actors.size() >= 2) {
    bool compound = false;
    for (int32_t child = tree_[children.front()].first_child; child >= 0;
         child = tree_[child].next_sibling)
      if (std::string_view(tree_[child].label) == "CC") compound = true;
    if (compound) {
      coding.actors = codings_[children.front()].actors;
      coding.has_actor = codings_[children.front()].has_actor;
      return;
    }
  }

  // The phrase's own words: everything except clauses, prepositional phrases and the
  // apposition after a comma ("Osgiliath, the state's fiercest foe").
  std::vector<char>& own = own_;
  own.assign(token_count_, 0);
  for (uint32_t t = local_begin(node); t < local_end(node); ++t) own[t] = 1;
  std::vector<int32_t>& prepositional = scratch_.prepositional;
  prepositional.clear();
  bool seen_comma = false;
  {
    std::vector<int32_t>& stack = scratch_.stack;
    stack.assign(children.rbegin(), children.rend());
    while (!stack.empty()) {
      const int32_t child = stack.back();
      stack.pop_back();
      const TreeNode& sub = tree_[child];
      const bool direct = sub.parent == node_index;
      if (direct && std::string_view(sub.label) == ",") seen_comma = true;
      bool exclude = label_is(sub.label, "PP") || label_is(sub.label, "SBAR") ||
                     is_clause(sub.label) || label_is(sub.label, "VP") ||
                     label_is(sub.label, "PRN") || label_is(sub.label, "RRC");
      if (direct && seen_comma && !conjunction_child) exclude = true;
      if (exclude) {
        for (uint32_t t = local_begin(sub); t < local_end(sub); ++t) own[t] = 0;
        if (label_is(sub.label, "PP") && !(direct && seen_comma && !conjunction_child))
          prepositional.push_back(child);
        continue;
      }
      // Look inside nested noun phrases (possessives, "the Gondor government").
      if (label_is(sub.label, "NP") || label_is(sub.label, "NML") || label_is(sub.label, "ADJP") ||
          label_is(sub.label, "QP") || label_is(sub.label, "NX")) {
        // Children pushed in reverse so that they pop in order.
        const size_t first = stack.size();
        for (int32_t g = sub.first_child; g >= 0; g = tree_[g].next_sibling) stack.push_back(g);
        std::reverse(stack.begin() + static_cast<std::ptrdiff_t>(first), stack.end());
      }
    }
  }
  std::sort(prepositional.begin(), prepositional.end());

  bool former = false;
  for (uint32_t t = local_begin(node); t < local_end(node); ++t)
    if (own[t] && word(t) == "former") former = true;

  // Actors in the phrase's own words. Without a conjunction the first actor is the head;
  // later actors count only when joined to it by "and" / commas and modifiers
  // ("Calenardhon and the evil Arnor awful Gondor" names Calenardhon and Arnor).
  // A person's name (an actor with dated codes) beats a place word before it that is not
  // joined to it: "US Vice President Kamala Harris" is Harris, coded for her office then.
  const TokenMatch* person = nullptr;
  {
    const TokenMatch* first = nullptr;
    int64_t last_end = -1;
    for (const TokenMatch& match : actor_matches_) {
      if (match.begin < local_begin(node) || match.end > local_end(node) || !own[match.begin])
        continue;
      const Actor& actor = dictionaries_.actors().actor(match.value);
      if (first == nullptr) {
        first = &match;
        if (!actor.dated.empty()) break;
      } else if (!conjoined(static_cast<uint32_t>(last_end), match.begin, own)) {
        // ("British Chancellor of the Exchequer Nigel Lawson": past an office named as an
        // actor of its own, the person still comes.)
        if (!actor.dated.empty()) {
          person = &match;
          break;
        }
      }
      last_end = match.end;
    }
  }
  std::vector<CodedActor> found;
  int64_t previous_end = -1;
  for (const TokenMatch& match : actor_matches_) {
    // A name may run into a complement ("Prince of Dol Amroth"): it must start in the
    // phrase's own words.
    if (match.begin < local_begin(node) || match.end > local_end(node) || !own[match.begin])
      continue;
    if (person != nullptr && match.begin < person->begin) continue;
    if (previous_end >= 0 && !conjoined(static_cast<uint32_t>(previous_end), match.begin, own))
      break;
    previous_end = match.end;
    const Actor& actor = dictionaries_.actors().actor(match.value);
    const std::string code = actor.code_on(date);
    if (code.empty()) continue;
    for (const std::string& part : split_compound_code(code)) {
      bool duplicate = false;
      for (const CodedActor& existing : found)
        if (existing.code == part) duplicate = true;
      if (duplicate) continue;
      CodedActor coded = coded_actor(actor, part, match.begin, match.end);
      // "Beijing": a place standing for its government, with no person behind it: no dates,
      // or dates that only follow the state it is the seat of ("Moscow": SUNGOV until 1991,
      // RUSGOV after), open at both ends as no term of office is.
      coded.metonym = part.size() == 6 && part.ends_with("GOV") &&
                      is_country_code(std::string_view(part).substr(0, 3)) &&
                      (actor.dated.empty() || is_seat_of_government(actor));
      found.push_back(std::move(coded));
    }
  }
  // "Saudi Arabia's Crown Prince Abdullah": remember the person by the title before the name.
  if (memory_ != nullptr && found.size() == 1 && found.front().token_begin < token_count_ &&
      actor_at_[found.front().token_begin] >= 0) {
    const TokenMatch& match = actor_matches_[actor_at_[found.front().token_begin]];
    if (match.begin == found.front().token_begin && match.begin >= local_begin(node) &&
        match.end <= local_end(node) && own[match.begin] &&
        !dictionaries_.actors().actor(match.value).dated.empty()) {
      // The title before the name, or inside the dictionary's phrase ("Crown Prince
      // Abdullah").
      std::string_view title;
      if (match.begin > 0 && agent_at_[match.begin - 1] >= 0 &&
          is_person_title(word(match.begin - 1)))
        title = word(match.begin - 1);
      for (uint32_t t = match.begin; t + 1 < match.end; ++t)
        if (is_person_title(word(t))) title = word(t);
      if (!title.empty()) memory_->titled_people.push_back({std::string(title), found.front()});
    }
  }
  // "other G8 finance ministers", "other EU states": the members of an organisation other
  // than the one speaking are states the text does not name (UIS).
  if (options_.unnamed_states_are_uis && found.size() == 1 &&
      found.front().code.starts_with("IGO") && tag(local_end(node) - 1) == "NNS" &&
      found.front().token_end < local_end(node)) {
    bool other = false;
    for (uint32_t t = local_begin(node); t < found.front().token_begin; ++t)
      if (own[t] && word(t) == "other") other = true;
    // "visits to Gulf Cooperation Council (GCC) states": its member states, unnamed.
    if (is_state_noun(word(local_end(node) - 1))) other = true;
    if (other) {
      found.front().code = "UIS";
      found.front().metonym = false;
    }
  }
  // "the two German members of the Commission": members of an international body act for it,
  // whatever the country their adjective names.
  if (found.size() == 1 && found.front().token_end > found.front().token_begin &&
      tag(found.front().token_begin) == "JJ" &&
      is_country_code(std::string_view(found.front().code).substr(0, 3))) {
    const uint32_t head = own_end(node, own);
    const std::string_view head_word = head > local_begin(node) ? word(head - 1) : "";
    if (head_word == "members" || head_word == "member") {
      for (int32_t pp : prepositional) {
        if (local_begin(tree_[pp]) != head || word(local_begin(tree_[pp])) != "of") continue;
        for (int32_t child = tree_[pp].first_child; child >= 0; child = tree_[child].next_sibling) {
          const PhraseCoding& inner = codings_[child];
          if (inner.computed && inner.actors.size() == 1 &&
              inner.actors.front().code.starts_with("IGO"))
            found = inner.actors;
        }
      }
    }
  }
  // "to discuss the African debt crisis, the Chad political situation": a topic named by a
  // country before it is about the country, not the country.
  if (!found.empty()) {
    const uint32_t head_end = own_end(node, own);
    const std::string_view head_word = head_end > local_begin(node) ? word(head_end - 1) : "";
    // (Not "Argentina's problems", whose owner acts; nor an "issue", a word that also names
    // a statement.)
    if ((head_word == "situation" || head_word == "question" || head_word == "problem" ||
         head_word == "problems") &&
        std::all_of(found.begin(), found.end(), [&](const CodedActor& actor) {
          return actor.token_end < head_end && word(actor.token_end) != "'s" &&
                 word(actor.token_end) != "'";
        }))
      found.clear();
  }
  // "McDonnell Douglas Corp <MD.N>": a name with a ticker is a company listed where the
  // ticker's suffix says (data/exchanges.txt), and is found again by its first word.
  const bool listed_company = found.empty() && company_with_ticker(node, found);
  std::vector<const TokenMatch*>& agents = scratch_.agents;
  agents.clear();
  for (const TokenMatch& match : agent_matches_)
    if (match.begin >= local_begin(node) && match.end <= local_end(node) && own[match.begin] &&
        // ("General Dynamics Corp <GD.N>" is no general.)
        !(listed_company && match.begin >= found.front().token_begin &&
          match.end <= found.front().token_end))
      agents.push_back(&match);
  const bool own_actor = !found.empty();
  bool backs_a_state = false;
  if (!own_actor) {
    // An agent (or nothing) here: the actor may be in a complement ("officials in Fornost").
    for (int32_t pp : prepositional) {
      // With no agent of its own, a phrase is its complement's actor ("a delegation from
      // Gondor"), but not through a preposition of topic ("his words about the president").
      // "kidnappers of four professors, three American": those who acted on the complement
      // are not its people.
      if (local_begin(tree_[pp]) > 0 && word(local_begin(tree_[pp])) == "of" &&
          is_perpetrator_noun(word(local_begin(tree_[pp]) - 1)))
        continue;
      // "discuss the problems of Afghanistan": a topic is not its country.
      if (local_begin(tree_[pp]) > 0 && word(local_begin(tree_[pp])) == "of" &&
          is_topic_noun(word(local_begin(tree_[pp]) - 1)))
        continue;
      // "supporters of Baghdad": those who back a state are not it; they are other states,
      // unnamed (UIS, below).
      if (local_begin(tree_[pp]) > 0 && word(local_begin(tree_[pp])) == "of" &&
          is_backer_noun(word(local_begin(tree_[pp]) - 1))) {
        for (int32_t child = tree_[pp].first_child; child >= 0; child = tree_[child].next_sibling)
          if (codings_[child].computed && codings_[child].actors.size() == 1 &&
              is_state_code(codings_[child].actors.front().code))
            backs_a_state = true;
        continue;
      }
      if (agents.empty()) {
        const int32_t preposition = tree_[pp].first_child;
        if (preposition < 0 || !tree_[preposition].is_preterminal()) continue;
        const std::string_view word_text = word(local_begin(tree_[preposition]));
        if (is_topic_preposition(word_text)) continue;
      }
      for (int32_t child = tree_[pp].first_child; child >= 0; child = tree_[child].next_sibling) {
        const PhraseCoding& inner = codings_[child];
        if (!inner.computed || !inner.has_actor || inner.invented) continue;
        found = inner.actors;
        break;
      }
      if (!found.empty()) break;
    }
  }
  if (found.empty())
    if (const PhraseCoding* organisation =
            office_of_organisation(node, prepositional, agents, own)) {
      coding.actors = organisation->actors;
      return;
    }
  if (found.empty() && memory_ != nullptr && !memory_->learned_names.empty()) {
    for (uint32_t t = local_begin(node); t < local_end(node) && found.empty(); ++t) {
      if (!own[t] || tag(t) != "NNP") continue;
      const DocumentMemory::LearnedName* name =
          memory_->learned(document_.tokens[first_token_ + t].norm);
      // Only a lone name that no dictionary knows may be a misspelling of a learned one.
      if (name == nullptr && actor_at_[t] < 0 && agent_at_[t] < 0 && local_end(node) == t + 1 &&
          local_begin(node) + 1 >= t)
        name = memory_->learned_misspelt(document_.tokens[first_token_ + t].norm);
      if (name == nullptr) continue;
      CodedActor coded;
      coded.code = name->code;
      coded.token_begin = t;
      coded.token_end = t + 1;
      coded.entries = name->entries;
      found.push_back(std::move(coded));
    }
  }
  // "Alexander Ivanov, head of the Gulf desk at the Soviet Foreign Ministry,": a name no
  // dictionary knows, then an apposition that names an actor. The name stands for that actor
  // here and in later sentences.
  if (found.empty() && agents.empty() && children.size() >= 3 &&
      label_is(tree_[children[0]].label, "NP") &&
      std::string_view(tree_[children[1]].label) == ",") {
    const PhraseCoding& apposition = codings_[children[2]];
    // ("William Bywater, president of the International Union of Electronic Workers,": an
    // organisation known by its role words, LAB, names its officer too.)
    const bool role_only = apposition.actors.size() == 1 &&
                           apposition.actors.front().code.size() == 6 &&
                           apposition.actors.front().code.starts_with("---") &&
                           !apposition.actors.front().code.ends_with("GOV");
    if (label_is(tree_[children[2]].label, "NP") && apposition.computed &&
        (apposition.has_actor || role_only) && apposition.actors.size() == 1) {
      const TreeNode& name = tree_[children[0]];
      bool all_names = local_end(name) - local_begin(name) >= 2;
      for (uint32_t t = local_begin(name); t < local_end(name) && all_names; ++t)
        all_names = tag(t) == "NNP" && actor_at_[t] < 0;
      if (all_names) {
        found = apposition.actors;
        learn_name(local_end(name) - 1, found.front());
      }
    }
  }
  // "Maynard Glitman, who heads the American team,": a name no dictionary knows, then a
  // relative clause saying what the person heads, leads, chairs or is. The name stands for the
  // actor of that clause's object, here and later.
  if (found.empty() && agents.empty() && children.size() >= 3 &&
      label_is(tree_[children[0]].label, "NP") &&
      std::string_view(tree_[children[1]].label) == "," &&
      label_is(tree_[children[2]].label, "SBAR")) {
    const TreeNode& name = tree_[children[0]];
    bool all_names = local_end(name) - local_begin(name) >= 2;
    for (uint32_t t = local_begin(name); t < local_end(name) && all_names; ++t)
      all_names = tag(t) == "NNP" && actor_at_[t] < 0;
    const int32_t relative = tree_[children[2]].first_child;
    const int32_t clause = relative >= 0 ? tree_[relative].next_sibling : -1;
    const int32_t predicate = clause >= 0 ? tree_[clause].first_child : -1;
    if (all_names && relative >= 0 && label_is(tree_[relative].label, "WHNP") &&
        word(local_begin(tree_[relative])) == "who" && clause >= 0 &&
        is_clause(tree_[clause].label) && predicate >= 0 &&
        label_is(tree_[predicate].label, "VP")) {
      const int32_t verb = tree_[predicate].first_child;
      const std::string_view verb_word =
          verb >= 0 && tree_[verb].is_preterminal() ? word(local_begin(tree_[verb])) : "";
      const bool heads = verb_word == "heads" || verb_word == "headed" || verb_word == "leads" ||
                         verb_word == "led" || verb_word == "chairs" || verb_word == "chaired" ||
                         verb_word == "represents" || verb_word == "represented" ||
                         verb_word == "is" || verb_word == "was";
      const int32_t object = verb >= 0 ? tree_[verb].next_sibling : -1;
      if (heads && object >= 0 && label_is(tree_[object].label, "NP") &&
          codings_[object].computed && codings_[object].actors.size() == 1 &&
          !codings_[object].actors.front().code.starts_with("---")) {
        found = codings_[object].actors;
        learn_name(local_end(name) - 1, found.front());
      }
    }
  }
  // "South-east Asian Nations (ASEAN)": an acronym in brackets names what the words before it
  // do not.
  if (found.empty() && agents.empty())
    for (int32_t child : children) {
      if (!label_is(tree_[child].label, "PRN")) continue;
      for (int32_t inner = tree_[child].first_child; inner >= 0 && found.empty();
           inner = tree_[inner].next_sibling)
        if (label_is(tree_[inner].label, "NP") && codings_[inner].computed &&
            codings_[inner].has_actor && codings_[inner].actors.size() == 1)
          found = codings_[inner].actors;
    }
  if (found.empty() && options_.resolve_pronouns) resolve_pair(node_index, found);
  if (found.empty() && options_.resolve_pronouns) resolve_country_reference(node_index, found);
  // "countries hit by the tsunami", "70 poorer nations": states the text does not name are
  // CAMEO's unidentified state actor.
  // (The head, not a last word in a phrase after it: "the tariffs announced ... with the
  // United States" are no states.)
  const uint32_t head_end = own_end(node, own);
  // (Nor a phrase whose own noun phrase names them already: "the two countries | dealing
  // with ...". "a large number of developing countries" still are, through its "of" phrase.)
  bool named_inside = false, participle = false;
  for (int32_t child : children) {
    if (label_is(tree_[child].label, "NP") && codings_[child].computed && codings_[child].has_actor)
      named_inside = true;
    if (label_is(tree_[child].label, "VP")) participle = true;
  }
  const bool states_head = (head_end > local_begin(node) && is_states_noun(word(head_end - 1))) ||
                           (!participle && is_states_noun(word(local_end(node) - 1)));
  if (options_.unnamed_states_are_uis && found.empty() && agents.empty() && !named_inside &&
      (states_head || backs_a_state)) {
    CodedActor unnamed;
    unnamed.code = "UIS";
    unnamed.token_begin = local_begin(node);
    unnamed.token_end = local_end(node);
    found.push_back(std::move(unnamed));
  }
  // "the Iraq-Iran war": a conflict between the two sides a hyphenated pair names is about
  // both ("efforts to end the Iraq-Iran war" act on Iraq and on Iran).
  if (agents.empty() && found.size() <= 1 && local_end(node) > local_begin(node) + 1 &&
      is_conflict_noun(word(local_end(node) - 1))) {
    std::vector<CodedActor> sides = hyphenated_pair(local_begin(node), local_end(node) - 1);
    if (!sides.empty()) found = std::move(sides);
  }
  if (found.empty() && agents.empty()) {
    code_new_actor(node_index);
    return;
  }
  // "The prime minister also urged ...": a bare title names the person the story is about,
  // as "he" does; that person's country is the title's.
  // The person a bare title names: that person's country and dictionary lines, at the title.
  const auto title_holder = [&](const CodedActor& titled) {
    CodedActor holder;
    holder.code = titled.code.substr(0, 3);
    holder.token_begin = agents.front()->begin;
    holder.token_end = agents.back()->end;
    holder.entries = titled.entries;
    return holder;
  };
  if (found.empty() && is_title_of_subject_person(node_index, own)) {
    found.push_back(title_holder(memory_->subject_person));
  } else if (found.empty() && memory_ != nullptr && !memory_->has_subject_person &&
             !agents.empty() && word(local_begin(node)) == "the" &&
             is_person_title(word(agents.back()->end - 1)) &&
             agents.back()->end == own_end(node, own)) {
    // "Before meeting with Bush, the Crown Prince paid a courtesy call": with no person as
    // the last sentence's subject, a bare title names the person last named with it.
    const std::string_view title = word(agents.back()->end - 1);
    for (auto it = memory_->titled_people.rbegin(); it != memory_->titled_people.rend(); ++it) {
      if (it->title != title) continue;
      found.push_back(title_holder(it->person));
      break;
    }
  }
  coding.has_actor = !found.empty();
  if (found.empty()) {
    CodedActor unknown;
    unknown.code = "---";
    unknown.token_begin = agents.front()->begin;
    unknown.token_end = agents.back()->end;
    found.push_back(std::move(unknown));
  }
  if (agents.empty()) {
    coding.actors = std::move(found);
    return;
  }
  static const Agent kFormer{"ELI", false, "former", "", 0};
  // Agents joined by a conjunction ("media and government") are alternatives: one actor
  // each. The others apply to every alternative ("Danish Islamist media and government").
  size_t chain_begin = 0, chain_end = 0;
  for (size_t index = 0; index + 1 < agents.size(); ++index) {
    if (!conjoined(agents[index]->end, agents[index + 1]->begin, own)) continue;
    chain_begin = index;
    chain_end = index + 2;
    while (chain_end < agents.size() &&
           conjoined(agents[chain_end - 1]->end, agents[chain_end]->begin, own))
      ++chain_end;
    break;
  }
  std::vector<std::vector<const TokenMatch*>> alternatives;
  if (chain_end > chain_begin) {
    for (size_t chosen = chain_begin; chosen < chain_end; ++chosen) {
      std::vector<const TokenMatch*> selection;
      for (size_t index = 0; index < agents.size(); ++index)
        if (index < chain_begin || index >= chain_end || index == chosen)
          selection.push_back(agents[index]);
      alternatives.push_back(std::move(selection));
    }
  } else {
    alternatives.push_back(agents);
  }
  for (const CodedActor& actor : found) {
    for (const auto& selection : alternatives) {
      CodedActor composed = actor;
      if (former) {
        composed.code = compose(composed.code, kFormer);
      } else {
        // Suffix agents in order, then prefix agents ("MSF Arnor diplomat" -> NGOARNGOV).
        for (const TokenMatch* match : selection) {
          const Agent& agent = dictionaries_.actors().agent(match->value);
          if (!agent.prefix) composed.code = compose(composed.code, agent);
        }
        for (const TokenMatch* match : selection) {
          const Agent& agent = dictionaries_.actors().agent(match->value);
          if (agent.prefix) composed.code = compose(composed.code, agent);
        }
      }
      for (const TokenMatch* match : selection) {
        const Agent& agent = dictionaries_.actors().agent(match->value);
        composed.entries.push_back({&agent.file, agent.line, &agent.written, "agent"});
        composed.token_begin = std::min(composed.token_begin, match->begin);
        composed.token_end = std::max(composed.token_end, match->end);
      }
      coding.actors.push_back(std::move(composed));
    }
  }
  learn_titled_name(node_index, coding, own);
}

const PhraseCoding* SentenceCoder::office_of_organisation(
    const TreeNode& node, const std::vector<int32_t>& prepositional,
    const std::vector<const TokenMatch*>& agents, const std::vector<char>& own) const {
  static constexpr std::string_view kOffices[] = {
      "president",   "vice-president", "chairman",  "chairwoman", "head",
      "leader",      "chief",          "director",  "secretary",  "spokesman",
      "spokeswoman", "official",       "officials", "members",    "member"};
  static constexpr std::string_view kOrganisations[] = {
      "union",   "unions",   "federation", "association", "confederation", "league",
      "council", "alliance", "syndicate",  "guild",       "society"};
  const uint32_t head_end = own_end(node, own);
  if (head_end == local_begin(node) || head_end >= token_count_) return nullptr;
  const uint32_t head = head_end - 1;
  const bool office = is_one_of(kOffices, word(head));
  if (!office && !is_one_of(kOrganisations, word(head))) return nullptr;
  // The head may be the phrase's only agent ("president"), never one of several.
  for (const TokenMatch* agent : agents)
    if (agent->begin != head || agent->end != head_end) return nullptr;
  // "the president of", "the International Union of", not "Soviet president of".
  for (uint32_t t = local_begin(node); t < head; ++t) {
    if (!own[t]) return nullptr;
    if (actor_at_[t] >= 0 || agent_at_[t] >= 0) return nullptr;
    if (tag(t) != "DT" && (office || (tag(t) != "NNP" && tag(t) != "JJ"))) return nullptr;
  }
  const std::string_view preposition = word(head_end);
  if (preposition != "of" && preposition != "for") return nullptr;
  for (int32_t pp : prepositional) {
    if (local_begin(tree_[pp]) != head_end) continue;
    for (int32_t child = tree_[pp].first_child; child >= 0; child = tree_[child].next_sibling) {
      const PhraseCoding& inner = codings_[child];
      if (!label_is(tree_[child].label, "NP") || !inner.computed || inner.actors.size() != 1)
        continue;
      const std::string& code = inner.actors.front().code;
      // An unnamed organisation known only by its role: "---LAB", never a government.
      if (code.size() != 6 || !code.starts_with("---") || code.ends_with("GOV")) continue;
      return &inner;
    }
    return nullptr;
  }
  return nullptr;
}

// "the prime minister", "the Home Secretary": the definite article, then only the words of
// one title of a single person, with the story's last subject a person of a known country.
bool SentenceCoder::is_title_of_subject_person(int32_t node_index,
                                               const std::vector<char>& own) const {
  if (memory_ == nullptr || !memory_->has_subject_person) return false;
  const std::string& person = memory_->subject_person.code;
  if (person.size() < 3 || !is_country_code(std::string_view(person).substr(0, 3))) return false;
  const TreeNode& node = tree_[node_index];
  const uint32_t begin = local_begin(node);
  if (word(begin) != "the") return false;
  uint32_t last = begin;
  for (uint32_t t = begin + 1; t < local_end(node); ++t) {
    if (!own[t]) continue;
    if (agent_at_[t] < 0 || actor_at_[t] >= 0) return false;
    last = t;
  }
  return last > begin && is_person_title(word(last)) && tag(last) != "NNS" && tag(last) != "NNPS";
}

// "West German President Richard von Weizsaecker": a country and a title coded the phrase,
// and it ends in a name no dictionary knows. Later sentences that name him by his last word
// get the same code.
void SentenceCoder::learn_titled_name(int32_t node_index, const PhraseCoding& coding,
                                      const std::vector<char>& own) {
  if (memory_ == nullptr || coding.actors.size() != 1) return;
  const CodedActor& actor = coding.actors.front();
  // A title without a country ("Foreign Undersecretary X", ---GOV) is learned too: the
  // article's main country may give it one at the end.
  if (actor.code.size() < 3) return;
  if (!actor.code.starts_with("---") && !is_country_code(std::string_view(actor.code).substr(0, 3)))
    return;
  const TreeNode& node = tree_[node_index];
  uint32_t end = local_end(node);
  while (end > local_begin(node) && !own[end - 1]) --end;
  uint32_t begin = end;
  while (begin > local_begin(node) && own[begin - 1] && tag(begin - 1) == "NNP" &&
         actor_at_[begin - 1] < 0 && agent_at_[begin - 1] < 0)
    --begin;
  if (end - begin < 2 || begin < actor.token_end) return;
  learn_name(end - 1, actor);
  // ("West German President Richard von Weizsaecker ... the President".)
  if (begin > 0 && agent_at_[begin - 1] >= 0 && is_person_title(word(begin - 1)) &&
      !actor.code.starts_with("---"))
    memory_->titled_people.push_back({std::string(word(begin - 1)), actor});
}

namespace {

// "MD", "GD.N", "TSBA.T": one to six capitals or digits, then perhaps a dot and an exchange.
bool looks_like_ticker(std::string_view text, std::string_view& suffix) {
  const size_t dot = text.find('.');
  const std::string_view symbol = text.substr(0, dot);
  suffix = dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
  const auto capitals = [](std::string_view part, bool digits) {
    return std::all_of(part.begin(), part.end(), [&](char c) {
      return (c >= 'A' && c <= 'Z') || (digits && c >= '0' && c <= '9');
    });
  };
  if (symbol.empty() || symbol.size() > 6 || !capitals(symbol, true)) return false;
  if (dot != std::string_view::npos &&
      (suffix.empty() || suffix.size() > 3 || !capitals(suffix, false)))
    return false;
  // Five letters ending in Y or X with no exchange: a foreign company's American receipts
  // ("NSANY") or a fund, not a company of the country the bare ticker stands for.
  if (suffix.empty() && symbol.size() == 5 && (symbol.back() == 'Y' || symbol.back() == 'X'))
    return false;
  return true;
}

// Words that begin many companies' names and so cannot name one company alone later.
bool is_generic_company_word(std::string_view norm) {
  static constexpr std::string_view kWords[] = {
      "general",    "american",   "international", "national",     "united",   "first",
      "royal",      "british",    "japan",         "japanese",     "nippon",   "new",
      "bank",       "union",      "pacific",       "standard",     "southern", "northern",
      "western",    "eastern",    "central",       "consolidated", "allied",   "associated",
      "banque",     "banco",      "deutsche",      "swiss",        "overseas", "commonwealth",
      "imperial",   "federal",    "texas",         "dutch",        "hongkong", "hong",
      "canadian",   "australian", "world",         "global",       "trans",    "continental",
      "industrial", "security",   "north",         "south",        "east",     "west",
      "great",      "home",       "public",        "state",        "city"};
  return is_one_of(kWords, norm);
}

}  // namespace

bool SentenceCoder::company_with_ticker(const TreeNode& node, std::vector<CodedActor>& found) {
  const uint32_t begin = local_begin(node), end = local_end(node);
  for (uint32_t t = begin; t + 2 < end; ++t) {
    if (word(t) != "<" || word(t + 2) != ">") continue;
    std::string_view suffix;
    if (!looks_like_ticker(written(t + 1), suffix)) continue;
    const ExchangeEntry* exchange = dictionaries_.exchange(suffix);
    if (exchange == nullptr) continue;
    // The name: the capitalized words right before the ticker.
    uint32_t first = t;
    while (first > begin &&
           (tag(first - 1) == "NNP" || tag(first - 1) == "NNPS" || word(first - 1) == "&"))
      --first;
    if (first == t) continue;
    CodedActor company;
    company.code = exchange->country + "BUS";
    company.token_begin = first;
    company.token_end = t + 3;
    company.entries.push_back({&exchange->file, exchange->line, &exchange->text, "exchange"});
    const std::string& name_word = document_.tokens[first_token_ + first].norm;
    if (memory_ != nullptr && name_word.size() >= 4 && !is_generic_company_word(name_word) &&
        actor_at_[first] < 0 && agent_at_[first] < 0)
      memory_->learn(name_word, company.code, company.entries);
    found.push_back(std::move(company));
    return true;
  }
  return false;
}

// Remembers the word at `last_word` (a name's last word) as standing for `actor`; a name
// with a particle ("al-Shaheen") is also found without it ("Shaheen").
void SentenceCoder::learn_name(uint32_t last_word, const CodedActor& actor) {
  if (memory_ == nullptr) return;
  const std::string& surname = document_.tokens[first_token_ + last_word].norm;
  if (surname.size() < 3) return;
  memory_->learn(surname, actor.code, actor.entries);
  const size_t hyphen = surname.find('-');
  if (hyphen != std::string::npos && hyphen <= 3 && surname.size() - hyphen > 3)
    memory_->learn(std::string_view(surname).substr(hyphen + 1), actor.code, actor.entries);
}

void SentenceCoder::code_new_actor(int32_t node_index) {
  // PETRARCH's new_actor_length: a short noun phrase that names no known actor stands for
  // itself, coded as its words in quotes ("THE MINISTRY OF MAGIC").
  if (options_.new_actor_length <= 0) return;
  const TreeNode& node = tree_[node_index];
  for (size_t sub = static_cast<size_t>(node_index) + 1;
       sub < tree_.size() && tree_[sub].token_end <= node.token_end &&
       tree_[sub].token_begin >= node.token_begin;
       ++sub) {
    const std::string& label = tree_[sub].label;
    if (label_is(label, "SBAR") || is_clause(label) || label_is(label, "VP")) return;
  }
  std::string name;
  int words = 0;
  for (uint32_t t = local_begin(node); t < local_end(node); ++t) {
    const std::string_view part = tag(t);
    if (part == "POS" || part == "," || part == "." || part == ":" || part == "``" ||
        part == "''" || part == "-LRB-" || part == "-RRB-")
      continue;
    if (!name.empty()) name.push_back(' ');
    for (char c : word(t))
      name.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    ++words;
  }
  if (words == 0 || words > options_.new_actor_length) return;
  PhraseCoding& coding = codings_[node_index];
  coding.has_actor = true;
  coding.invented = true;
  CodedActor actor;
  actor.code = "\"" + name + "\"";
  actor.token_begin = local_begin(node);
  actor.token_end = local_end(node);
  coding.actors.push_back(std::move(actor));
}

bool SentenceCoder::conjoined(uint32_t left_end, uint32_t right_begin,
                              const std::vector<char>& own) const {
  bool conjunction = false;
  for (uint32_t t = left_end; t < right_begin; ++t) {
    if (!own[t]) return false;
    const std::string_view part = tag(t);
    // ("the U.S./Japan agreement": a slash joins two names as "and" does.)
    if (part == "CC" || part == "," || word(t) == "/")
      conjunction = true;
    else if (part != "DT" && part != "JJ" && part != "JJR" && part != "JJS" && part != "RB")
      return false;
  }
  return conjunction;
}

int32_t SentenceCoder::verb_phrase_of(int32_t verb_node) const {
  int32_t parent = tree_[verb_node].parent;
  return parent >= 0 && label_is(tree_[parent].label, "VP") ? parent : -1;
}

// "here" at `token`, in a story with a dateline: the dateline's country.
// REQUIRES: memory_ with a dateline country.
CodedActor SentenceCoder::here_actor(uint32_t token) const {
  CodedActor here;
  here.code = memory_->dateline_country;
  here.token_begin = token;
  here.token_end = token + 1;
  return here;
}

// "The US announced that Habib will be released": the subject of the announcing verb whose
// complement clause holds `verb_node`, or -1. Only verbs that make something public count.
int32_t SentenceCoder::announcer_of(int32_t verb_node) const {
  int32_t node = tree_[verb_node].parent;
  while (node >= 0 && label_is(tree_[node].label, "VP")) node = tree_[node].parent;
  if (node < 0 || !is_clause(tree_[node].label)) return -1;
  int32_t above = tree_[node].parent;
  if (above >= 0 && label_is(tree_[above].label, "SBAR")) above = tree_[above].parent;
  if (above < 0 || !label_is(tree_[above].label, "VP")) return -1;
  // The announcing verb: the last verb leaf among the verb phrase's children.
  int32_t announcing = -1;
  for (int32_t child = tree_[above].first_child; child >= 0; child = tree_[child].next_sibling)
    if (tree_[child].is_preterminal() && is_verb_tag(tree_[child].label)) announcing = child;
  if (announcing < 0) return -1;
  const std::string& lemma = document_.tokens[tree_[announcing].token_begin].lemma;
  if (lemma != "announce" && lemma != "confirm" && lemma != "say" && lemma != "declare" &&
      lemma != "state" && lemma != "disclose" && lemma != "tell")
    return -1;
  // Up through the verb phrases to the clause, whose noun phrase before them is the subject.
  int32_t clause = above;
  while (clause >= 0 && label_is(tree_[clause].label, "VP")) clause = tree_[clause].parent;
  if (clause < 0 || !is_clause(tree_[clause].label)) return -1;
  int32_t subject = -1;
  for (int32_t child = tree_[clause].first_child; child >= 0; child = tree_[child].next_sibling) {
    if (label_is(tree_[child].label, "VP")) break;
    if (label_is(tree_[child].label, "NP")) subject = child;
  }
  return subject;
}

int32_t SentenceCoder::relative_antecedent(int32_t verb_node) const {
  const int32_t clause = clause_opener_of(verb_node);
  if (clause < 0) return -1;
  const int32_t first = tree_[clause].first_child;
  return first >= 0 && label_is(tree_[first].label, "WHNP") ? antecedent_of(clause) : -1;
}

int32_t SentenceCoder::clause_opener_of(int32_t verb_node) const {
  for (int32_t node = tree_[verb_node].parent; node >= 0; node = tree_[node].parent) {
    if (label_is(tree_[node].label, "SBAR")) return node;
    if (!label_is(tree_[node].label, "VP") && !is_clause(tree_[node].label)) return -1;
  }
  return -1;
}

int32_t SentenceCoder::antecedent_of(int32_t relative_clause) const {
  const int32_t holder = tree_[relative_clause].parent;
  if (holder < 0 || !label_is(tree_[holder].label, "NP")) return -1;
  for (int32_t child = tree_[holder].first_child; child >= 0 && child != relative_clause;
       child = tree_[child].next_sibling)
    if (label_is(tree_[child].label, "NP")) return child;
  return -1;
}

bool SentenceCoder::is_conditional(int32_t verb_node) const {
  // "It is extremely important that the U.S. market reduce its restrictions ... and
  // businessmen help": a base-form verb after "important that" (vital, essential, ...) is
  // what someone wants done, not what was done.
  {
    const uint32_t at = local_begin(tree_[verb_node]);
    const std::string_view verb_tag = tag(at);
    if (verb_tag == "VB" || verb_tag == "VBP") {
      static constexpr std::string_view kMandative[] = {
          "important", "vital", "essential", "necessary", "imperative", "crucial", "urgent"};
      for (uint32_t t = at; t >= 2 && at - t < 40; --t) {
        const std::string_view part = tag(t - 1);
        if (part == "VBD" || part == "VBZ" || part == "''") break;
        if (word(t - 1) == "that" && is_one_of(kMandative, word(t - 2))) return true;
        // "insisting that the EC comply": what one insists be done has not been done.
        if (word(t - 1) == "that" && document_.tokens[first_token_ + t - 2].lemma == "insist")
          return true;
      }
    }
  }
  for (int32_t node = tree_[verb_node].parent; node >= 0; node = tree_[node].parent) {
    if (!label_is(tree_[node].label, "SBAR")) continue;
    // "in case they need to help": the two words before the clause, however parsed.
    const uint32_t begin = local_begin(tree_[node]);
    if (begin >= 2 && word(begin - 2) == "in" && word(begin - 1) == "case") return true;
    const int32_t first = tree_[node].first_child;
    if (first < 0 || !tree_[first].is_preterminal()) continue;
    const std::string_view opener = word(local_begin(tree_[first]));
    if (opener == "if" || opener == "unless") return true;
    // "will decide whether to break relations": an open question.
    if (opener == "whether") return true;
    // "it is thought highly unlikely that they will agree", "possible that": speculation.
    const uint32_t clause_begin = local_begin(tree_[node]);
    if (clause_begin >= 1 &&
        (word(clause_begin - 1) == "unlikely" || word(clause_begin - 1) == "likely" ||
         word(clause_begin - 1) == "possible" || word(clause_begin - 1) == "doubtful"))
      return true;
    // "will not negotiate until Turkey recognises Greek rights": a present tense after
    // "until" is a condition on the future; "fought until Iraq withdrew" is a fact.
    if ((opener == "until" || opener == "till") &&
        (std::string_view(tree_[verb_node].label) == "VBZ" ||
         std::string_view(tree_[verb_node].label) == "VBP"))
      return true;
    // "an agreement was needed before Tokyo extended fresh loans": what something is needed
    // or required before has not happened yet.
    if ((opener == "before" || opener == "until") && clause_begin >= 1) {
      const std::string_view need = word(clause_begin - 1);
      if (need == "needed" || need == "necessary" || need == "required" || need == "essential")
        return true;
    }
  }
  return false;
}

// Whether the verb is in what a report, claim or rumour says, and the clause around denies
// or dismisses it ("denied an earlier report that he planned", "dismissed reports he told").
bool SentenceCoder::is_evidence_claim(int32_t verb_node, int32_t subject) const {
  auto evidence_noun = [](std::string_view noun) {
    return noun == "evidence" || noun == "proof" || noun == "indications" || noun == "indication" ||
           noun == "signs";
  };
  // The parser may take the noun into the clause's subject ("strong evidence Prime Minister
  // Margaret Thatcher approved").
  if (subject >= 0)
    for (uint32_t t = local_begin(tree_[subject]); t < local_end(tree_[subject]); ++t) {
      if (actor_at_[t] >= 0 || agent_at_[t] >= 0) break;
      if (evidence_noun(word(t))) return true;
    }
  // Or the clause completes it: "evidence (that) Thatcher approved".
  for (int32_t node = tree_[verb_node].parent; node >= 0; node = tree_[node].parent) {
    if (!is_clause(tree_[node].label) && !label_is(tree_[node].label, "SBAR")) continue;
    const int32_t parent = tree_[node].parent;
    if (parent < 0) return false;
    int32_t before = -1;
    for (int32_t child = tree_[parent].first_child; child >= 0 && child != node;
         child = tree_[child].next_sibling)
      before = child;
    if (before >= 0 && label_is(tree_[before].label, "NP") &&
        local_end(tree_[before]) > local_begin(tree_[before]) &&
        evidence_noun(word(local_end(tree_[before]) - 1)))
      return true;
    if (label_is(tree_[node].label, "SBAR")) return false;  // the nearest clause decides
  }
  return false;
}

bool SentenceCoder::in_denied_report(int32_t verb_node) const {
  auto report_noun = [&](int32_t phrase) {
    if (phrase < 0 || !label_is(tree_[phrase].label, "NP")) return false;
    const std::string_view noun = word(local_end(tree_[phrase]) - 1);
    return noun == "report" || noun == "reports" || noun == "claim" || noun == "claims" ||
           noun == "rumour" || noun == "rumours" || noun == "rumor" || noun == "rumors" ||
           noun == "allegation" || noun == "allegations" || noun == "suggestion" ||
           noun == "suggestions" || noun == "speculation";
  };
  auto denied = [&](int32_t phrase) {
    const int32_t verb = governing_verb(phrase);
    if (verb < 0) return false;
    const std::string& lemma = document_.tokens[tree_[verb].token_begin].lemma;
    return lemma == "deny" || lemma == "dismiss" || lemma == "reject" || lemma == "refute";
  };
  for (int32_t node = tree_[verb_node].parent; node >= 0; node = tree_[node].parent) {
    // "denied accusing Germany of ...": the gerund clause a denial takes is denied.
    if (is_clause(tree_[node].label) && tree_[node].parent >= 0 &&
        label_is(tree_[tree_[node].parent].label, "VP") &&
        local_end(tree_[node]) > local_begin(tree_[node]) &&
        tag(local_begin(tree_[node])) == "VBG") {
      const int32_t head = tree_[tree_[node].parent].first_child;
      if (head >= 0 && tree_[head].is_preterminal()) {
        const std::string& lemma = document_.tokens[tree_[head].token_begin].lemma;
        if (lemma == "deny" || lemma == "refute") return true;
      }
    }
    if (!label_is(tree_[node].label, "SBAR")) continue;
    // The clause completes the noun: inside its phrase, or right after it in the verb phrase.
    const int32_t parent = tree_[node].parent;
    if (parent < 0) return false;
    int32_t before = -1;
    for (int32_t child = tree_[parent].first_child; child >= 0 && child != node;
         child = tree_[child].next_sibling)
      before = child;
    if (label_is(tree_[parent].label, "NP") && report_noun(tree_[parent].first_child))
      return denied(parent);
    if (report_noun(before)) return denied(before);
    // "denied that its troops attacked China": what is denied is not asserted.
    if (label_is(tree_[parent].label, "VP") && tree_[parent].first_child >= 0 &&
        tree_[tree_[parent].first_child].is_preterminal()) {
      const std::string& lemma =
          document_.tokens[tree_[tree_[parent].first_child].token_begin].lemma;
      if (lemma == "deny" || lemma == "refute") return true;
    }
    // "it was not true that Western states had threatened", "untrue that".
    const uint32_t begin = local_begin(tree_[node]);
    if ((begin >= 2 && word(begin - 1) == "true" && word(begin - 2) == "not") ||
        (begin >= 1 && (word(begin - 1) == "untrue" || word(begin - 1) == "false")))
      return true;
  }
  return false;
}

// Whether the verb is inside a that-clause completing a noun of proposal or wish ("rejected
// a U.K. suggestion that his country seek IMF help", "the demand that Iraq withdraw"): what
// is proposed or wished has not happened.
bool SentenceCoder::in_proposal_content(int32_t verb_node) const {
  static constexpr std::string_view kNouns[] = {
      "suggestion", "suggestions", "proposal", "proposals", "idea", "demand", "demands", "call",
      "calls", "request", "requests", "plea", "hope", "hopes", "wish", "plan", "plans",
      "recommendation", "recommendations", "insistence", "proposition", "offer", "offers",
      // What a charge, a rumour or a fear says happened is not asserted either ("Iranian
      // charges that Britain had helped Iraq").
      "charge", "charges", "accusation", "accusations", "allegation", "allegations", "rumour",
      "rumours", "rumor", "rumors", "fear", "fears", "suspicion", "suspicions"};
  for (int32_t node = tree_[verb_node].parent; node >= 0; node = tree_[node].parent) {
    if (!label_is(tree_[node].label, "SBAR") || local_end(tree_[node]) <= local_begin(tree_[node]))
      continue;
    if (word(local_begin(tree_[node])) != "that") continue;
    // The noun: the head of the phrase the clause completes, or of the noun phrase right
    // before it when the clause hangs on the verb ("rejected a suggestion (SBAR that ...)").
    const int32_t holder = tree_[node].parent;
    if (holder < 0) continue;
    int32_t noun_phrase = -1;
    if (label_is(tree_[holder].label, "NP")) {
      noun_phrase = tree_[holder].first_child;
    } else {
      for (int32_t child = tree_[holder].first_child; child >= 0 && child != node;
           child = tree_[child].next_sibling)
        noun_phrase = child;
      if (noun_phrase >= 0 && !label_is(tree_[noun_phrase].label, "NP")) noun_phrase = -1;
    }
    if (noun_phrase < 0 || noun_phrase == node) continue;
    const uint32_t end = local_end(tree_[noun_phrase]);
    if (end > local_begin(tree_[noun_phrase]) && is_one_of(kNouns, word(end - 1))) return true;
  }
  return false;
}

// Whether the verb's clause is what "appears" or "seems" ("said it appears Canada is
// prepared to make concessions"): the speaker's guess, not an act.
bool SentenceCoder::in_appearance_clause(int32_t verb_node) const {
  const auto appearance = [&](int32_t phrase) {
    const int32_t verb = first_verb_child(phrase, false);
    if (verb < 0 || verb == verb_node) return false;
    const std::string_view norm = word(local_begin(tree_[verb]));
    return norm == "appears" || norm == "appeared" || norm == "seems" || norm == "seemed" ||
           norm == "appear" || norm == "seem";
  };
  // "The government appears to have little new to offer": a raising verb over it.
  int32_t node = tree_[verb_node].parent;
  while (node >= 0 && (label_is(tree_[node].label, "VP") ||
                       (is_clause(tree_[node].label) && is_subjectless_clause(node)))) {
    if (label_is(tree_[node].label, "VP") && appearance(node)) return true;
    node = tree_[node].parent;
  }
  // "said it appears Canada is prepared to": the clause with a subject that holds the verb
  // is what "appears".
  if (node < 0 || !is_clause(tree_[node].label)) return false;
  int32_t above = tree_[node].parent;
  if (above >= 0 && label_is(tree_[above].label, "SBAR")) above = tree_[above].parent;
  return above >= 0 && label_is(tree_[above].label, "VP") && appearance(above);
}

// Whether the verb heads a "to" infinitive inside a noun phrase: up from the verb, a noun
// phrase comes before any verb phrase headed by a finite verb or modal.
bool SentenceCoder::in_noun_infinitive(int32_t verb_node) const {
  bool infinitive = false;
  for (int32_t node = tree_[verb_node].parent; node >= 0; node = tree_[node].parent) {
    const std::string_view label = tree_[node].label;
    if (label_is(label, "NP")) return infinitive;
    if (label_is(label, "VP")) {
      const int32_t first = tree_[node].first_child;
      if (first < 0 || !tree_[first].is_preterminal()) continue;
      const std::string_view head_tag = tree_[first].label;
      if (head_tag == "TO") {
        infinitive = true;
        // "a demand for Turkey to recognise Cyprus", however attached: an infinitive with a
        // "for" subject is wanted, never done.
        const int32_t clause = tree_[node].parent;
        if (clause >= 0 && is_clause(tree_[clause].label)) {
          int32_t before = -1;
          const int32_t holder = tree_[clause].parent;
          if (holder >= 0)
            for (int32_t child = tree_[holder].first_child; child >= 0 && child != clause;
                 child = tree_[child].next_sibling)
              before = child;
          if (before >= 0 && label_is(tree_[before].label, "PP") &&
              word(local_begin(tree_[before])) == "for")
            return true;
        }
        continue;
      }
      if (head_tag == "MD" || head_tag == "VBD" || head_tag == "VBZ" || head_tag == "VBP")
        return false;
    }
  }
  return false;
}

// Whether a verb phrase holds "in/since/during YEAR" (or "in MONTH YEAR") with a year before
// the one preceding the sentence's date: more than twelve months earlier.
bool SentenceCoder::dated_long_before(int32_t verb_phrase) const {
  const CivilDate date = document_.date_of_sentence(sentence_index_);
  if (!date.known()) return false;
  for (int32_t child = tree_[verb_phrase].first_child; child >= 0;
       child = tree_[child].next_sibling) {
    if (!label_is(tree_[child].label, "PP") || tree_[child].first_child < 0) continue;
    const std::string_view preposition = word(local_begin(tree_[tree_[child].first_child]));
    if (preposition != "in" && preposition != "since" && preposition != "during") continue;
    const uint32_t end = std::min(local_end(tree_[child]), local_begin(tree_[child]) + 4);
    for (uint32_t t = local_begin(tree_[child]) + 1; t < end; ++t) {
      const std::string_view text = word(t);
      if (tag(t) != "CD" || text.size() != 4 || !(text.starts_with("19") || text.starts_with("20")))
        continue;
      const int year =
          (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
      if (std::isdigit(static_cast<unsigned char>(text[2])) &&
          std::isdigit(static_cast<unsigned char>(text[3])) && year < date.year - 1)
        return true;
    }
  }
  return false;
}

// "spent two days in Tanzania before heading to Mozambique": a subjectless clause opened by
// a time word, starting after token `after`, is an act of its own, not a detail of the verb
// phrase around it.
bool SentenceCoder::in_time_clause(int32_t verb_node, uint32_t after) const {
  for (int32_t node = tree_[verb_node].parent; node >= 0; node = tree_[node].parent) {
    if (local_begin(tree_[node]) <= after) return false;
    if (!is_clause(tree_[node].label)) continue;
    const int32_t parent = tree_[node].parent;
    if (parent < 0) return false;
    // An infinitive under a verb ("prepared [to send]"): on to the clause around it.
    if (label_is(tree_[parent].label, "VP")) continue;
    if (!(label_is(tree_[parent].label, "PP") || label_is(tree_[parent].label, "SBAR")))
      return false;
    const int32_t opener = tree_[parent].first_child;
    if (opener < 0 || opener == node) return false;
    // "(SBAR (WHADVP when) (S he meets Baker))", as the parser attaches some time clauses.
    const bool when_phrase = label_is(tree_[opener].label, "WHADVP") &&
                             local_end(tree_[opener]) == local_begin(tree_[opener]) + 1 &&
                             word(local_begin(tree_[opener])) == "when";
    if (!tree_[opener].is_preterminal() && !when_phrase) return false;
    const std::string_view word_before = word(local_begin(tree_[opener]));
    if (is_subjectless_clause(node))
      return word_before == "before" || word_before == "after" || word_before == "while" ||
             word_before == "upon" || word_before == "when" || word_before == "on";
    // "ordered its forces to defend the waters as India prepared to send a flotilla": a
    // clause with a subject of its own, opened by a subordinator, is an act of its own.
    return word_before == "as" || word_before == "while" || word_before == "when" ||
           word_before == "after" || word_before == "before" || word_before == "because" ||
           word_before == "although" || word_before == "though" || word_before == "whereas" ||
           word_before == "until";
  }
  return false;
}

bool SentenceCoder::in_subject_relative(int32_t verb_node) const {
  const int32_t clause = clause_opener_of(verb_node);
  return clause >= 0 && is_subject_relative(clause);
}

bool SentenceCoder::in_present_relative(int32_t verb_node) const {
  const std::string_view tag_text = tree_[verb_node].label;
  return (tag_text == "VBZ" || tag_text == "VBP") && in_subject_relative(verb_node);
}

bool SentenceCoder::closed_by_comma(int32_t phrase, int32_t stop) const {
  for (int32_t sibling = tree_[phrase].next_sibling; sibling >= 0 && sibling != stop;
       sibling = tree_[sibling].next_sibling)
    if (std::string_view(tree_[sibling].label) == ",") return true;
  return false;
}

bool SentenceCoder::is_subject_relative(int32_t clause) const {
  const int32_t first = tree_[clause].first_child;
  if (first < 0 || !label_is(tree_[first].label, "WHNP")) return false;
  const std::string_view pronoun = word(local_begin(tree_[first]));
  return pronoun == "who" || pronoun == "which" || pronoun == "that";
}

bool SentenceCoder::is_subjectless_clause(int32_t node) const {
  if (!label_is(tree_[node].label, "S")) return false;
  bool has_verb_phrase = false;
  for (int32_t child = tree_[node].first_child; child >= 0; child = tree_[child].next_sibling) {
    if (label_is(tree_[child].label, "NP")) return false;
    if (label_is(tree_[child].label, "VP")) has_verb_phrase = true;
  }
  return has_verb_phrase;
}

int32_t SentenceCoder::first_subject_phrase(int32_t clause) const {
  for (int32_t child = tree_[clause].first_child; child >= 0; child = tree_[child].next_sibling) {
    if (label_is(tree_[child].label, "VP")) break;
    if (label_is(tree_[child].label, "NP")) return child;
  }
  return -1;
}

int32_t SentenceCoder::subject_of(int32_t start, bool* inherited) const {
  int32_t node = start;
  if (inherited) *inherited = false;
  while (true) {
    const int32_t parent = tree_[node].parent;
    if (parent < 0) return -1;
    const std::string& label = tree_[parent].label;
    // "Iyad Allawi, who criticised France": the subject of a relative clause is the noun
    // phrase it modifies.
    if (options_.code_relative_clauses && label_is(label, "NP") &&
        label_is(tree_[node].label, "SBAR") && is_subject_relative(node))
      return antecedent_of(node);
    // "spokesman Rafsanjani telling a visiting delegation": a participle phrase after a noun
    // phrase has it as its subject.
    if (options_.code_relative_clauses && label_is(label, "NP") &&
        label_is(tree_[node].label, "VP") && tree_[node].first_child >= 0 &&
        std::string_view(tree_[tree_[node].first_child].label) == "VBG" &&
        tree_[parent].first_child != node &&
        label_is(tree_[tree_[parent].first_child].label, "NP")) {
      // "issued a statement deploring Japan's surplus": a text's words are its issuer's, when
      // the text names no author of its own.
      const int32_t text = tree_[parent].first_child;
      static constexpr std::string_view kTexts[] = {"statement",   "statements", "communique",
                                                    "declaration", "resolution", "letter",
                                                    "message",     "note",       "memorandum"};
      const uint32_t text_end = local_end(tree_[text]);
      if (text_end > local_begin(tree_[text]) && is_one_of(kTexts, word(text_end - 1)) &&
          !(codings_[text].computed && codings_[text].has_actor)) {
        // ("Turkey must issue a written statement promising to sign": a text still to be
        // issued says nothing yet.)
        bool issued = true;
        for (int32_t phrase = tree_[parent].parent;
             phrase >= 0 && label_is(tree_[phrase].label, "VP"); phrase = tree_[phrase].parent)
          for (int32_t child = tree_[phrase].first_child; child >= 0;
               child = tree_[child].next_sibling) {
            const std::string_view child_label = tree_[child].label;
            if (child_label == "MD" || child_label == "TO") issued = false;
          }
        if (!issued) return text;
        node = parent;
        continue;
      }
      return text;
    }
    // "The radio quoted Rafsanjani as accusing the United States": the one quoted "as" doing
    // something does it.
    if (label_is(label, "PP") && tree_[parent].first_child >= 0 &&
        word(local_begin(tree_[parent])) == "as" && tree_[parent].parent >= 0 &&
        label_is(tree_[tree_[parent].parent].label, "VP")) {
      int32_t quoted = -1, object = -1;
      for (int32_t child = tree_[tree_[parent].parent].first_child; child >= 0 && child != parent;
           child = tree_[child].next_sibling) {
        if (tree_[child].is_preterminal() && is_verb_tag(tree_[child].label) &&
            document_.tokens[tree_[child].token_begin].lemma == "quote")
          quoted = child;
        else if (quoted >= 0 && label_is(tree_[child].label, "NP"))
          object = child;
      }
      if (quoted >= 0 && object >= 0) return object;
    }
    // "Speaking after talks with Blair, Abbas said": a present participle opening the clause
    // has the clause's subject, after the comma ("Asked about ..., Blair said" does not: he
    // is the one asked).
    if (is_clause(label) && tree_[parent].first_child == node &&
        label_is(tree_[node].label, "VP") && tree_[node].first_child >= 0 &&
        std::string_view(tree_[tree_[node].first_child].label) == "VBG") {
      int32_t after = tree_[node].next_sibling;
      if (after >= 0 && std::string_view(tree_[after].label) == ",") {
        after = tree_[after].next_sibling;
        if (after >= 0 && label_is(tree_[after].label, "NP")) {
          if (inherited) *inherited = true;
          return after;
        }
        // 'Welcoming Gorbachev's offer, Reagan said: "..."': the parser may make the clause
        // after the comma a sentence of its own; its subject is still the participle's.
        if (after >= 0 && is_clause(tree_[after].label) && tree_[after].first_child >= 0 &&
            label_is(tree_[tree_[after].first_child].label, "NP")) {
          if (inherited) *inherited = true;
          return tree_[after].first_child;
        }
      }
    }
    if (is_clause(label)) {
      int32_t subject = -1;
      // "Shaheen condemned the detentions, and asked Tehran to free ...": a verb phrase
      // joined to a clause before it shares that clause's subject.
      int32_t shared_subject = -1;
      bool clause_then_conjunction = false;
      bool comma_after_subject = false;
      for (int32_t child = tree_[parent].first_child; child >= 0 && child != node;
           child = tree_[child].next_sibling) {
        const std::string_view child_label = tree_[child].label;
        if (child_label == ",") {
          comma_after_subject = subject >= 0;
        } else if (label_is(child_label, "NP")) {
          // "who this week criticised": a time phrase before the verb is no subject; "Kuwait,
          // a target of Iranian anger, rejected": an apposition after a comma is not either.
          if (!is_time_noun_phrase(child) && !(comma_after_subject && closed_by_comma(child, node)))
            subject = child;
        } else if (is_clause(child_label)) {
          shared_subject = -1;
          clause_then_conjunction = false;
          for (int32_t inner = tree_[child].first_child; inner >= 0;
               inner = tree_[inner].next_sibling)
            if (label_is(tree_[inner].label, "NP")) shared_subject = inner;
        } else if (child_label == "CC") {
          clause_then_conjunction = shared_subject >= 0;
        }
      }
      // The same holds for a subjectless clause after the conjunction ("Gondor launched a
      // bombing and shelling offensive against ...": "shelling" is Gondor's).
      if (subject < 0 && clause_then_conjunction &&
          (label_is(tree_[node].label, "VP") || is_subjectless_clause(node)))
        subject = shared_subject;
      // A pronoun subject ("Ethiopia indicated it would act") stands for an actor higher up.
      if (subject >= 0 && !is_pronoun(subject)) return subject;
      if (inherited) *inherited = true;
    } else if (!label_is(label, "VP") && !label_is(label, "SBAR") && !label_is(label, "ADVP") &&
               !label_is(label, "ADJP") && !label_is(label, "PP")) {
      return -1;  // crossed into a noun phrase: "refusal to talk" has no subject of its own
    }
    node = parent;
  }
}

// "the two leaders" / "both countries" with no actor of its own: the last two people named
// before it (in this sentence, else in the sentences before), or their countries.
void SentenceCoder::resolve_pair(int32_t node_index, std::vector<CodedActor>& found) const {
  const TreeNode& node = tree_[node_index];
  const uint32_t begin = local_begin(node), end = local_end(node);
  uint32_t head_at = 0;
  if (end - begin == 3 && word(begin) == "the" && word(begin + 1) == "two")
    head_at = begin + 2;
  else if (end - begin == 2 && word(begin) == "both")
    head_at = begin + 1;
  else
    return;
  bool countries = false;
  if (!is_pair_head(word(head_at), &countries)) return;
  DocumentMemory recent = memory_ != nullptr ? *memory_ : DocumentMemory{};
  const CivilDate date = document_.date_of_sentence(sentence_index_);
  for (const TokenMatch& match : actor_matches_) {
    if (match.end > begin) break;
    const Actor& actor = dictionaries_.actors().actor(match.value);
    if (!actor.dated.empty()) recent.remember(static_cast<int32_t>(match.value));
    const std::string code = actor.code_on(date);
    if (code.size() >= 3 && is_country_code(std::string_view(code).substr(0, 3)))
      recent.remember_country(static_cast<int32_t>(match.value),
                              std::string_view(code).substr(0, 3));
  }
  // "both sides", when the story has not named two people: the two countries it named.
  if (!countries && word(head_at) == "sides" &&
      (recent.last_person < 0 || recent.person_before < 0))
    countries = true;
  // "the two countries": the last two countries named, whoever named them.
  if (countries && recent.country_actor_before >= 0) {
    for (const auto& [index, code] :
         {std::pair{recent.country_actor_before, recent.country_code_before},
          std::pair{recent.country_actor, recent.country_code}}) {
      const Actor& actor = dictionaries_.actors().actor(static_cast<uint32_t>(index));
      found.push_back(coded_actor(actor, code, begin, end));
    }
    return;
  }
  if (recent.last_person < 0 || recent.person_before < 0) return;
  for (int32_t person : {recent.person_before, recent.last_person}) {
    const Actor& actor = dictionaries_.actors().actor(static_cast<uint32_t>(person));
    std::string code = actor.code_on(date);
    if (code.size() < 3 || code.find('/') != std::string::npos) {
      found.clear();
      return;
    }
    if (countries) code.resize(3);
    for (const CodedActor& existing : found)
      if (existing.code == code) {
        found.clear();
        return;
      }
    found.push_back(coded_actor(actor, std::move(code), begin, end));
  }
}

bool SentenceCoder::joined_pair_before(uint32_t before, std::array<CodedActor, 2>& pair) const {
  const CivilDate date = document_.date_of_sentence(sentence_index_);
  const TokenMatch* last = nullptr;
  const TokenMatch* previous = nullptr;
  for (const TokenMatch& match : actor_matches_) {
    if (match.end > before) break;
    if (dictionaries_.actors().actor(match.value).dated.empty()) continue;  // people only
    previous = last;
    last = &match;
  }
  if (previous == nullptr) return false;
  bool joined = false;
  for (uint32_t t = previous->end; t < last->begin; ++t) joined = joined || word(t) == "and";
  if (!joined || last->begin > previous->end + 5) return false;
  const Actor& first = dictionaries_.actors().actor(previous->value);
  const Actor& second = dictionaries_.actors().actor(last->value);
  const std::string first_code = first.code_on(date), second_code = second.code_on(date);
  if (first_code.size() < 3 || second_code.size() < 3 ||
      first_code.compare(0, 3, second_code, 0, 3) == 0 ||
      first_code.find('/') != std::string::npos || second_code.find('/') != std::string::npos)
    return false;
  pair[0] = coded_actor(first, first_code, previous->begin, previous->end);
  pair[1] = coded_actor(second, second_code, last->begin, last->end);
  return true;
}

// "the country" / "the Central American nation" with no actor of its own: the last country
// named before it, earlier in this sentence or in the sentences before. Only names and
// adjectives may stand between the article and the noun, so "the host country" or "a
// country" are left alone.
void SentenceCoder::resolve_country_reference(int32_t node_index,
                                              std::vector<CodedActor>& found) const {
  const TreeNode& node = tree_[node_index];
  const uint32_t begin = local_begin(node), end = local_end(node);
  if (end - begin < 2 || word(begin) != "the") return;
  const std::string_view head = word(end - 1);
  if (head != "country" && head != "nation") return;
  for (uint32_t t = begin + 1; t + 1 < end; ++t) {
    const std::string_view part = tag(t);
    if (part != "JJ" && part != "NNP" && part != "NNPS") return;
  }
  const CivilDate date = document_.date_of_sentence(sentence_index_);
  int32_t country = -1;
  for (const TokenMatch& match : actor_matches_) {
    if (match.end > begin) break;
    const Actor& actor = dictionaries_.actors().actor(match.value);
    if (actor.dated.empty() && is_country_code(actor.code_on(date)))
      country = static_cast<int32_t>(match.value);
  }
  if (country < 0 && memory_ != nullptr) country = memory_->last_country;
  if (country < 0) return;
  const Actor& actor = dictionaries_.actors().actor(static_cast<uint32_t>(country));
  found.push_back(coded_actor(actor, actor.code_on(date), begin, end));
}

bool SentenceCoder::is_personal_pronoun(int32_t node) const {
  if (!is_pronoun(node)) return false;
  const std::string_view pronoun = word(local_begin(tree_[node]));
  return pronoun == "he" || pronoun == "she" || pronoun == "him" || pronoun == "her";
}

// The personal-pronoun subject ("he", "she") of the nearest clause above the verb, or -1.
int32_t SentenceCoder::pronoun_subject(int32_t verb_node) const {
  int32_t node = verb_node;
  while (true) {
    const int32_t parent = tree_[node].parent;
    if (parent < 0) return -1;
    const std::string& label = tree_[parent].label;
    if (is_clause(label)) {
      int32_t subject = -1;
      for (int32_t child = tree_[parent].first_child; child >= 0 && child != node;
           child = tree_[child].next_sibling)
        if (label_is(tree_[child].label, "NP")) subject = child;
      if (subject >= 0)
        return is_personal_pronoun(subject) || is_first_person_pronoun(subject) ||
                       is_opening_it(subject)
                   ? subject
                   : -1;
    } else if (!label_is(label, "VP") && !label_is(label, "SBAR") && !label_is(label, "ADVP") &&
               !label_is(label, "ADJP") && !label_is(label, "PP")) {
      return -1;
    }
    node = parent;
  }
}

// "It" as the subject of the sentence's main clause: the body the last sentence was about
// ("Iran denied the report. It said ...").
bool SentenceCoder::is_opening_it(int32_t node) const {
  if (!is_pronoun(node) || word(local_begin(tree_[node])) != "it") return false;
  const int32_t clause = top_clause();
  return clause >= 0 && tree_[node].parent == clause;
}

// "we" / "I" inside quotation marks: the speaker the sentence names.
bool SentenceCoder::is_first_person_pronoun(int32_t node) const {
  if (!is_pronoun(node)) return false;
  const uint32_t position = local_begin(tree_[node]);
  if (position >= quoted_.size() || !quoted_[position]) return false;
  const std::string_view pronoun = word(position);
  return pronoun == "we" || pronoun == "i";
}

// "he" / "she" stands for the last person named before it: earlier in this sentence, else in
// the sentences before (the document memory). "we" / "I" in a quotation stands for its
// speaker.
bool SentenceCoder::resolve_pronoun(int32_t pronoun_node, CodedActor& resolved) const {
  const uint32_t position = local_begin(tree_[pronoun_node]);
  if (is_first_person_pronoun(pronoun_node)) {
    if (!has_speaker_) return false;
    resolved = speaker_;
    resolved.token_begin = position;
    resolved.token_end = position + 1;
    return true;
  }
  if (is_opening_it(pronoun_node)) {
    if (memory_ == nullptr || !memory_->has_subject_body) return false;
    resolved = memory_->subject_body;
    resolved.token_begin = position;
    resolved.token_end = position + 1;
    return true;
  }
  // "In his talks with Defence Minister Kurihara, he made a pitch": a person named in a
  // phrase fronted before the pronoun subject of the same clause is someone the subject dealt
  // with, not the subject.
  uint32_t fronted_begin = position, fronted_end = position;
  const int32_t clause = tree_[pronoun_node].parent;
  if (clause >= 0 && is_clause(tree_[clause].label) && label_is(tree_[pronoun_node].label, "NP")) {
    for (int32_t child = tree_[clause].first_child; child >= 0 && child != pronoun_node;
         child = tree_[child].next_sibling) {
      if (!label_is(tree_[child].label, "PP")) continue;
      fronted_begin = std::min(fronted_begin, local_begin(tree_[child]));
      fronted_end = local_end(tree_[child]);
    }
  }
  int32_t actor_index = -1;
  for (const TokenMatch& match : actor_matches_)
    if (match.end <= position && !(match.begin >= fronted_begin && match.end <= fronted_end) &&
        !dictionaries_.actors().actor(match.value).dated.empty())
      actor_index = static_cast<int32_t>(match.value);
  // "Christians, chief executive of Deutsche Bank, said he believed ...": with no person
  // named before it, a "he" or "she" subject of what a person reports is the reporter.
  if (actor_index < 0) {
    const int32_t reporter = reporter_of_pronoun(pronoun_node);
    if (reporter >= 0) {
      resolved = codings_[reporter].actors.front();
      resolved.token_begin = position;
      resolved.token_end = position + 1;
      return true;
    }
  }
  if (actor_index < 0 && memory_ != nullptr && memory_->has_subject_person) {
    resolved = memory_->subject_person;
    resolved.token_begin = position;
    resolved.token_end = position + 1;
    return true;
  }
  if (actor_index < 0 && memory_ != nullptr &&
      memory_->closing_reporter_sentence == sentence_index_ - 1)
    actor_index = memory_->closing_reporter;
  if (actor_index < 0 && memory_ != nullptr) actor_index = memory_->last_person;
  if (actor_index < 0) return false;
  const Actor& actor = dictionaries_.actors().actor(static_cast<uint32_t>(actor_index));
  const std::string code = actor.code_on(document_.date_of_sentence(sentence_index_));
  if (code.empty() || code.find('/') != std::string::npos) return false;
  resolved = coded_actor(actor, code, position, position + 1);
  return true;
}

bool SentenceCoder::is_pronoun(int32_t node) const {
  const TreeNode& phrase = tree_[node];
  if (phrase.token_end - phrase.token_begin != 1) return false;
  const std::string_view part = tag(local_begin(phrase));
  return part == "PRP";
}

// Walks from a verb up through the verb phrases above it (and adjective phrases, when
// `through_adjectives`: "is due to meet"), climbing through subjectless clauses and stopping
// at the first clause with its own subject ("he did not say they attacked") or any other
// phrase. True when `test` holds for one of the phrases walked.
template <typename Test>
bool SentenceCoder::any_phrase_above(int32_t verb_node, bool through_adjectives,
                                     const Test& test) const {
  for (int32_t node = tree_[verb_node].parent; node >= 0; node = tree_[node].parent) {
    const std::string& label = tree_[node].label;
    if (label_is(label, "VP") || (through_adjectives && label_is(label, "ADJP"))) {
      if (test(node)) return true;
    } else if (is_clause(label)) {
      for (int32_t child = tree_[node].first_child; child >= 0; child = tree_[child].next_sibling)
        if (label_is(tree_[child].label, "NP")) return false;
    } else {
      return false;
    }
  }
  return false;
}

// A verb is negated when "not", "n't" or "never" modifies one of the verb phrases it heads,
// directly or through subjectless clauses above it ("was not expected to comment").
bool SentenceCoder::is_negated(int32_t verb_node) const {
  if (has_negative_subject(verb_node)) return true;
  // "Japanese government unwillingness to allow public entities to buy": what one is
  // unwilling, reluctant or unable to do, or refuses or fails to do, named by a noun or an
  // adjective, is not done.
  const uint32_t at = local_begin(tree_[verb_node]);
  if (at >= 2 && word(at - 1) == "to") {
    static constexpr std::string_view kUnwilling[] = {
        "unwillingness", "refusal",   "reluctance", "failure", "inability",
        "unwilling",     "reluctant", "unable",     "loath",   "loth"};
    // (Not unable to comment: what one will not comment on, "Howard's meeting with
    // Kuranari", still happened.)
    const std::string& lemma = document_.tokens[first_token_ + at].lemma;
    static constexpr std::string_view kSpeech[] = {"comment",  "discuss", "confirm", "elaborate",
                                                   "disclose", "say",     "give",    "reveal"};
    // ("unable to give details of the talks" still tells of talks; "unwilling to give the
    // Soviet Union a naval role" gives nothing.)
    bool speech = is_one_of(kSpeech, lemma);
    if (speech && lemma == "give") {
      speech = false;
      for (uint32_t t = at + 1; t < std::min(token_count_, at + 4); ++t)
        if (word(t) == "details" || word(t) == "detail" || word(t) == "information" ||
            word(t) == "figures" || word(t) == "indication" || word(t) == "comment")
          speech = true;
    }
    if (is_one_of(kUnwilling, word(at - 2)) && !speech) return true;
  }
  return any_phrase_above(verb_node, false, [&](int32_t phrase) {
    for (int32_t child = tree_[phrase].first_child; child >= 0; child = tree_[child].next_sibling) {
      const TreeNode& word = tree_[child];
      // "failed to reach an agreement": what was failed at did not happen.
      if (child != verb_node && word.is_preterminal() && is_verb_tag(word.label)) {
        const std::string& lemma = document_.tokens[word.token_begin].lemma;
        if (lemma == "fail") return true;
      }
      const bool adverb = (word.is_preterminal() && std::string_view(word.label) == "RB") ||
                          (label_is(word.label, "ADVP") && word.token_end - word.token_begin == 1);
      if (!adverb) continue;
      const std::string& norm = document_.tokens[word.token_begin].norm;
      // "warned the U.S. not to interfere": a "not" before an infinitive after the verb
      // negates what is asked, not the asking.
      const uint32_t position = word.token_begin - first_token_;
      if (position > at && position + 1 < token_count_ && this->word(position + 1) == "to")
        continue;
      if (is_negation_word(norm)) return true;
    }
    return false;
  });
}

// "neither the United States nor the Soviet Union would occupy", "no talks were held":
// a subject that names no one who acted. The subject is the noun phrase before the verb
// phrase in the verb's own clause.
bool SentenceCoder::has_negative_subject(int32_t verb_node) const {
  // "none of the Soviet ships are known to have been attacked": the subject a raising verb
  // lends the clause below it.
  bool ignored = false;
  const int32_t subject = subject_of(verb_node, &ignored);
  if (subject >= 0 && local_end(tree_[subject]) > local_begin(tree_[subject])) {
    const std::string_view first = word(local_begin(tree_[subject]));
    if (first == "none" || first == "nobody" || first == "neither") return true;
  }
  const int32_t clause = clause_at_or_above(tree_[verb_node].parent);
  if (clause < 0) return false;
  for (int32_t child = tree_[clause].first_child; child >= 0; child = tree_[child].next_sibling) {
    if (label_is(tree_[child].label, "VP")) return false;
    if (!label_is(tree_[child].label, "NP")) continue;
    const uint32_t first = local_begin(tree_[child]);
    if (first >= token_count_) return false;
    const std::string_view text = word(first);
    // Parsers often leave "neither" outside the subject it opens.
    if (first > 0 && (word(first - 1) == "neither" || word(first - 1) == "Neither")) return true;
    if (text == "neither" || text == "Neither" || text == "none" || text == "None" ||
        text == "nobody" || text == "Nobody")
      return true;
    // "No agreement was reached", not "No 10 said" (Downing Street).
    return (text == "no" || text == "No") && tag(first) == "DT";
  }
  return false;
}

// A verb phrase that says its act is a habit: "regularly", "usually", "from time to time"
// among its own words (not inside a clause below it).
bool SentenceCoder::is_habitual(int32_t verb_phrase) const {
  uint32_t begin = local_begin(tree_[verb_phrase]);
  const uint32_t end = local_end(tree_[verb_phrase]);
  // "Egypt is the only Arab country which has signed a peace treaty with Israel": what makes
  // someone the only or the first one so is a standing fact about them, not news.
  const int32_t first_verb = first_verb_child(verb_phrase, true);
  if (const int32_t clause = first_verb >= 0 ? clause_opener_of(first_verb) : -1;
      clause >= 0 && is_subject_relative(clause)) {
    const int32_t antecedent = antecedent_of(clause);
    if (antecedent >= 0 && local_end(tree_[antecedent]) >= local_begin(tree_[antecedent]) + 2 &&
        word(local_begin(tree_[antecedent])) == "the" &&
        (word(local_begin(tree_[antecedent]) + 1) == "only" ||
         word(local_begin(tree_[antecedent]) + 1) == "first"))
      return true;
  }
  // "has consistently opposed": an adverb between an auxiliary and the verb phrase ("the
  // president previously blamed Biden", with no auxiliary, is one act).
  if (begin >= 2 && tag(begin - 1) == "RB" && word(begin - 1) != "previously" &&
      (tag(begin - 2).starts_with("VB") || tag(begin - 2) == "MD"))
    --begin;
  for (uint32_t t = begin; t < end; ++t) {
    const std::string_view text = word(t);
    if (text == "regularly" || text == "usually" || text == "routinely" || text == "often" ||
        text == "frequently" || text == "occasionally" || text == "sometimes" || text == "always" ||
        text == "repeatedly" || text == "constantly" || text == "continually" ||
        text == "previously" || text == "generally" || text == "traditionally" ||
        text == "historically" || text == "consistently" || text == "customarily")
      return true;
    // "which has long supported Iraq": a stance held for long.
    if (text == "long" && tag(t) == "RB" && t + 1 < end && tag(t + 1).starts_with("VB"))
      return true;
    if (text == "time" && t >= 1 && t + 2 < end && word(t - 1) == "from" && word(t + 1) == "to" &&
        word(t + 2) == "time")
      return true;
  }
  // "Turkey has in the past rejected the basis": the same phrase between the auxiliary and
  // the verb.
  if (begin >= 4 && word(begin - 3) == "in" && word(begin - 2) == "the" &&
      word(begin - 1) == "past" &&
      (word(begin - 4) == "has" || word(begin - 4) == "have" || word(begin - 4) == "had"))
    return true;
  // "has raided ANC bases in the past": acts of an unspecified past, said by a phrase of the
  // verb's own.
  // Only with a perfect, "has raided ... in the past" ("thanked him for his help in the past"
  // thanks now).
  const bool perfect = word(begin) == "has" || word(begin) == "have" ||
                       (begin > 0 && (word(begin - 1) == "has" || word(begin - 1) == "have"));
  for (int32_t phrase = perfect ? verb_phrase : -1; phrase >= 0;) {
    int32_t inner = -1;
    for (int32_t child = tree_[phrase].first_child; child >= 0; child = tree_[child].next_sibling) {
      const uint32_t at = local_begin(tree_[child]);
      if (label_is(tree_[child].label, "PP") && local_end(tree_[child]) == at + 3 &&
          word(at) == "in" && word(at + 1) == "the" && word(at + 2) == "past")
        return true;
      if (label_is(tree_[child].label, "VP")) inner = child;
    }
    phrase = inner;  // down through the verb phrases it heads ("has raided (VP alleged ...)")
  }
  // "until now the US had allowed Britain to take the lead": a state that held until now
  // describes a standing policy, not an act. Searched through the verb's clause.
  const int32_t clause = clause_at_or_above(verb_phrase);
  // Parsers often leave an opening "until now" just outside the clause: two words before it.
  const uint32_t clause_begin = clause >= 0 ? local_begin(tree_[clause]) : begin;
  for (uint32_t t = clause_begin >= 2 ? clause_begin - 2 : 0; t + 1 < end; ++t)
    if ((word(t) == "until" || word(t) == "till") &&
        (word(t + 1) == "now" || word(t + 1) == "recently"))
      return true;
  // An adverb right before the verb phrase: "he regularly meets".
  return begin > 0 && (word(begin - 1) == "regularly" || word(begin - 1) == "usually" ||
                       word(begin - 1) == "often" || word(begin - 1) == "routinely" ||
                       word(begin - 1) == "frequently" || word(begin - 1) == "always" ||
                       word(begin - 1) == "repeatedly" || word(begin - 1) == "generally" ||
                       word(begin - 1) == "traditionally" || word(begin - 1) == "long" ||
                       // "have previously criticised" (the guide's habit), not "previously
                       // blamed" (one past act)
                       (word(begin - 1) == "previously" && begin >= 2 &&
                        (word(begin - 2) == "has" || word(begin - 2) == "have" ||
                         // "had previously intended to award": a past intention given up
                         word(begin - 2) == "had")));
}

// The adjective of a short adjective phrase ("is (ADJP likely) to", "was (ADJP very
// unlikely) to"): its last word, else the node itself.
int32_t SentenceCoder::lone_word(int32_t node) const {
  const TreeNode& phrase = tree_[node];
  if (!label_is(phrase.label, "ADJP") || phrase.token_end > phrase.token_begin + 2 ||
      phrase.first_child < 0)
    return node;
  int32_t last = phrase.first_child;
  while (tree_[last].next_sibling >= 0) last = tree_[last].next_sibling;
  return tree_[last].is_preterminal() ? last : node;
}

// A verb under "would", "could", "might" or "may" ("would be happy to meet", "may impose")
// reports what could happen, not what happened.
// "detained to prevent him from fighting against the US": a gerund after "from" that a verb
// of preventing governs did not happen.
bool SentenceCoder::is_prevented(int32_t verb_node) const {
  int32_t node = tree_[verb_node].parent;
  while (node >= 0 && (label_is(tree_[node].label, "VP") || is_clause(tree_[node].label)))
    node = tree_[node].parent;
  if (node < 0 || !label_is(tree_[node].label, "PP") || word(local_begin(tree_[node])) != "from")
    return false;
  const int32_t holder = tree_[node].parent;
  if (holder < 0 || !label_is(tree_[holder].label, "VP") || tree_[holder].first_child < 0 ||
      !tree_[tree_[holder].first_child].is_preterminal())
    return false;
  const std::string& lemma = document_.tokens[tree_[tree_[holder].first_child].token_begin].lemma;
  return lemma == "prevent" || lemma == "stop" || lemma == "bar" || lemma == "ban" ||
         lemma == "deter" || lemma == "prohibit" || lemma == "keep" || lemma == "discourage" ||
         lemma == "dissuade" || lemma == "refrain";
}

// Whether "expected" stands over the verb ("are expected to lay").
bool SentenceCoder::is_expected(int32_t verb_node) const {
  return any_phrase_above(verb_node, true, [&](int32_t phrase) {
    for (int32_t child = tree_[phrase].first_child; child >= 0; child = tree_[child].next_sibling) {
      const TreeNode& word = tree_[lone_word(child)];
      if (word.is_preterminal() && document_.tokens[word.token_begin].norm == "expected")
        return true;
    }
    return false;
  });
}

bool SentenceCoder::is_hypothetical(int32_t verb_node) const {
  if (is_prevented(verb_node)) return true;
  // "are close to reaching a trade deal", "near to agreeing": not reached.
  for (int32_t node = tree_[verb_node].parent; node >= 0; node = tree_[node].parent) {
    if (!label_is(tree_[node].label, "PP")) continue;
    if (word(local_begin(tree_[node])) != "to") break;
    const int32_t holder = tree_[node].parent;
    int32_t before = -1;
    for (int32_t child = holder >= 0 ? tree_[holder].first_child : -1; child >= 0 && child != node;
         child = tree_[child].next_sibling)
      before = child;
    if (before >= 0 && local_end(tree_[before]) == local_begin(tree_[before]) + 1 &&
        (word(local_begin(tree_[before])) == "close" || word(local_begin(tree_[before])) == "near"))
      return true;
    break;
  }
  return any_phrase_above(verb_node, true, [&](int32_t phrase) {
    for (int32_t child = tree_[phrase].first_child; child >= 0; child = tree_[child].next_sibling) {
      const TreeNode& word = tree_[lone_word(child)];  // "is (ADJP likely) to attack"
      if (!word.is_preterminal()) continue;
      const std::string& norm = document_.tokens[word.token_begin].norm;
      // "is expected to", "is likely to": speculation, not an act.
      if (norm == "expected" || norm == "likely" || norm == "unlikely" || norm == "supposed")
        return true;
      // "The US is bound by law to help Taiwan", "is obliged to": a standing obligation.
      if (norm == "bound" || norm == "obliged" || norm == "obligated") return true;
      // "states have to work with the US", "said states had to work with": an obligation,
      // not an act. A narrated "had to" ("Iraq had to withdraw") is a past fact.
      if (is_verb_tag(word.label) && (norm == "have" || norm == "has" || norm == "had") &&
          word.next_sibling >= 0 && is_clause(tree_[word.next_sibling].label) &&
          local_begin(tree_[word.next_sibling]) < token_count_ &&
          this->word(local_begin(tree_[word.next_sibling])) == "to" &&
          (norm != "had" || is_reported_future(phrase)))
        return true;
      if (std::string_view(word.label) != "MD") continue;
      // "said he would visit" is the future as the speaker saw it; "would have given" never is.
      const uint32_t next = local_end(word);
      const bool perfect = is_perfect_have(next);
      if ((norm == "would" || norm == "'d") && !perfect && is_reported_future(phrase)) continue;
      // "should resign", "must withdraw": what ought to happen has not.
      if (norm == "would" || norm == "could" || norm == "might" || norm == "may" || norm == "'d" ||
          norm == "should" || norm == "must" || norm == "ought")
        return true;
    }
    return false;
  });
}

namespace {

// Verbs that report speech: "would" in what they report is the future seen from then.
// Verbs that attribute a quotation to their subject ("the chancellor said", "he told
// parliament", "said President Chirac").
bool is_reporting_lemma(std::string_view lemma) {
  static constexpr std::string_view kLemmas[] = {"say",     "tell",   "add",     "state",
                                                 "declare", "insist", "explain", "write",
                                                 "reply",   "stress", "warn",    "announce"};
  return is_one_of(kLemmas, lemma);
}

bool is_reporting_verb(std::string_view word) {
  static constexpr std::array<std::string_view, 30> kForms = {
      "said",      "says",      "say",        "told",     "tells",     "announced",
      "announces", "stated",    "states",     "added",    "adds",      "declared",
      "declares",  "confirmed", "confirms",   "reported", "reports",   "disclosed",
      "indicated", "explained", "insisted",   "insists",  "promised",  "pledged",
      "vowed",     "assured",   "reiterated", "repeated", "signalled", "signaled"};
  return std::find(kForms.begin(), kForms.end(), word) != kForms.end();
}

}  // namespace

int32_t SentenceCoder::reporter_of_pronoun(int32_t pronoun_node) const {
  const std::string_view pronoun = word(local_begin(tree_[pronoun_node]));
  if (pronoun != "he" && pronoun != "she") return -1;
  const int32_t clause = tree_[pronoun_node].parent;
  if (clause < 0 || !is_clause(tree_[clause].label) || first_subject_phrase(clause) != pronoun_node)
    return -1;
  int32_t above = tree_[clause].parent;
  if (above >= 0 && label_is(tree_[above].label, "SBAR")) above = tree_[above].parent;
  if (above < 0 || !label_is(tree_[above].label, "VP")) return -1;
  const int32_t verb = first_verb_child(above, false);
  if (verb < 0 || !is_reporting_lemma(document_.tokens[tree_[verb].token_begin].lemma)) return -1;
  int32_t node = clause_at_or_above(above);
  if (node < 0) return -1;
  const int32_t subject = first_subject_phrase(node);
  if (subject < 0 || !codings_[subject].computed || !codings_[subject].has_actor ||
      codings_[subject].actors.size() != 1)
    return -1;
  // One person: a phrase whose head noun is singular and not a country's name alone.
  const int32_t head = static_cast<int32_t>(local_end(tree_[subject])) - 1;
  bool singular_person = false;
  for (int32_t t = static_cast<int32_t>(local_begin(tree_[subject])); t <= head; ++t) {
    const std::string_view part = tag(static_cast<uint32_t>(t));
    if (part == "NNS" || part == "NNPS") return -1;
    if (part == "NN" || part == "NNP") singular_person = true;
  }
  const CodedActor& actor = codings_[subject].actors.front();
  if (!singular_person || actor.code.size() <= 3 || actor.metonym) return -1;
  return subject;
}

bool SentenceCoder::is_reported_future(int32_t phrase) const {
  // Up to the clause that holds this verb phrase, then to the verb phrase that reports it.
  int32_t node = clause_at_or_above(phrase);
  if (node < 0) return false;
  int32_t above = tree_[node].parent;
  if (above >= 0 && label_is(tree_[above].label, "SBAR")) above = tree_[above].parent;
  if (above < 0 || !label_is(tree_[above].label, "VP")) return false;
  const int32_t reporting = first_verb_child(above, false);
  if (reporting < 0) return false;
  if (is_reporting_verb(word(local_begin(tree_[reporting])))) return true;
  // "served notice that they would block", "gave assurances that it would": a noun of
  // announcing as the object of a light verb reports as a verb of saying does.
  for (int32_t child = tree_[above].first_child; child >= 0; child = tree_[child].next_sibling) {
    if (!label_is(tree_[child].label, "NP") || local_end(tree_[child]) <= local_begin(tree_[child]))
      continue;
    const std::string_view noun = word(local_end(tree_[child]) - 1);
    if (noun == "notice" || noun == "warning" || noun == "assurance" || noun == "assurances" ||
        noun == "word")
      return true;
  }
  return false;
}

// A verb under "will"/"shall", or the infinitive of "scheduled/planned/due to", "plans to",
// "is to": an act still to come.
namespace {

// Words of wanting and readiness that put the verb below them in the future.
// Verbs whose object is what the subject wants to happen: "favour an early start to talks".
bool is_wish_verb(std::string_view lemma) {
  return lemma == "favour" || lemma == "favor" || lemma == "want" || lemma == "seek" ||
         lemma == "propose" || lemma == "advocate" || lemma == "prefer" || lemma == "urge" ||
         lemma == "demand";
}

bool is_intention_word(std::string_view norm) {
  static constexpr std::string_view kWords[] = {
      "want",    "wants",   "wanted",   "wanting", "wish",   "wishes",  "wished",
      "hope",    "hopes",   "hoped",    "hoping",  "intend", "intends", "intended",
      "ready",   "willing", "prepared", "eager",   "keen",   "anxious", "seek",
      "seeks",   "sought",  "seeking",  "happy",   "glad",   "pleased", "decide",
      "decides", "decided", "deciding", "plan",    "plans",  "planned", "planning"};
  return is_one_of(kWords, norm);
}

}  // namespace

bool SentenceCoder::set_as_arranged(uint32_t position) const {
  if (position == 0) return false;
  const std::string_view before = word(position - 1);
  return before == "is" || before == "are" || before == "was" || before == "were" ||
         before == "be" || before == "been" || before == "being" || before == "'s" ||
         (tag(position - 1).starts_with("NN") && !tag(position - 1).starts_with("NNP"));
}

// Whether a meeting still to come is arranged between the sides ("was scheduled to meet",
// "agreed to meet", "is due to visit"), not only announced by one of them.
bool SentenceCoder::is_arranged(int32_t verb_node) const {
  return any_phrase_above(verb_node, true, [&](int32_t phrase) {
    for (int32_t child = tree_[phrase].first_child; child >= 0; child = tree_[child].next_sibling) {
      const TreeNode& sub = tree_[lone_word(child)];
      if (!sub.is_preterminal()) continue;
      const std::string& norm = document_.tokens[sub.token_begin].norm;
      if (norm == "scheduled" || norm == "due" ||
          (norm == "set" && set_as_arranged(sub.token_begin - first_token_)) || norm == "agreed" ||
          norm == "agree" || norm == "agrees" || norm == "arranged")
        return true;
    }
    return false;
  });
}

// Whether what makes the verb still to come is only someone wanting it ("wishes to meet"),
// with no "will", schedule or plan above it.
bool SentenceCoder::is_wanted_only(int32_t verb_node) const {
  bool wanted = false, planned = false;
  any_phrase_above(verb_node, true, [&](int32_t phrase) {
    for (int32_t child = tree_[phrase].first_child; child >= 0; child = tree_[child].next_sibling) {
      const TreeNode& sub = tree_[lone_word(child)];  // "would be (ADJP happy) to meet"
      if (!sub.is_preterminal()) continue;
      const std::string& norm = document_.tokens[sub.token_begin].norm;
      if (is_intention_word(norm)) wanted = true;
      if ((std::string_view(sub.label) == "MD" &&
           (norm == "will" || norm == "shall" || norm == "'ll")) ||
          norm == "scheduled" || norm == "planned" || norm == "plans" || norm == "plan" ||
          norm == "due" || (norm == "set" && set_as_arranged(sub.token_begin - first_token_)))
        planned = true;
    }
    return false;
  });
  return wanted && !planned;
}

// "Nakasone will make a visit to the United States and hold talks with Reagan", parsed as a
// clause and a verb phrase joined by "and": the verb phrase shares the clause's tense.
// "would have given": "have" at `position` as the auxiliary of a perfect; "would have a
// meeting with" is a plain future, "have" there the verb itself.
bool SentenceCoder::is_perfect_have(uint32_t position) const {
  return position + 1 < token_count_ && word(position) == "have" &&
         (tag(position + 1) == "VBN" || tag(position + 1) == "VBD" || word(position + 1) == "been");
}

// "asked why the government was agreeing", "asked Mr Finegold if he was", "asked so many
// questions", "asked about the remark": asking a question is no request. "to meet mounting
// pressure", "met the deadline": meeting a demand meets no one.
bool SentenceCoder::is_question_or_met_demand(int32_t verb_node, int32_t verb_phrase) const {
  const std::string& lemma = document_.tokens[tree_[verb_node].token_begin].lemma;
  const bool ask = lemma == "ask", meet = lemma == "meet";
  if (!ask && !meet) return false;
  // '"... at the door of?" he asked': a question quoted before the verb.
  for (uint32_t t = 0; ask && t < local_begin(tree_[verb_node]); ++t)
    if (word(t) == "?") return true;
  for (int32_t child = tree_[verb_phrase].first_child; child >= 0;
       child = tree_[child].next_sibling) {
    const TreeNode& sub = tree_[child];
    if (child == verb_node || local_end(sub) <= local_begin(sub)) continue;
    const std::string_view first = word(local_begin(sub));
    // The head of "mounting pressure from Japanese businessmen" ends its first noun phrase.
    const int32_t head_phrase = sub.first_child >= 0 && label_is(tree_[sub.first_child].label, "NP")
                                    ? sub.first_child
                                    : child;
    const std::string_view last = word(local_end(tree_[head_phrase]) - 1);
    if (meet && label_is(sub.label, "NP"))
      return last == "pressure" || last == "demand" || last == "demands" || last == "needs" ||
             last == "target" || last == "targets" || last == "deadline" || last == "criteria" ||
             last == "conditions" || last == "requirements" || last == "standards" ||
             last == "expectations" || last == "obligations" || last == "costs" || last == "goal" ||
             last == "goals" || last == "challenge" || last == "commitments" || last == "request" ||
             last == "requests" || last == "wishes" || last == "concerns" || last == "payments" ||
             last == "quota" || last == "quotas";
    if (!ask) continue;
    if (label_is(sub.label, "NP") && (last == "question" || last == "questions")) return true;
    if (label_is(sub.label, "PP") && first == "about") return true;
    if ((label_is(sub.label, "SBAR") || label_is(sub.label, "SBARQ")) &&
        (first == "whether" || first == "if" || first == "why" || first == "how" ||
         first == "what" || first == "who" || first == "when" || first == "where" ||
         first == "which"))
      return true;
  }
  return false;
}

// "Baker said the agreement imposes sacrifices on Japan and praised Japan's willingness":
// parsers join the past-tense verb phrase to the present-tense one inside the reported
// clause; the change of tense shows it continues the reporting clause. Returns the subject
// of the reporting verb for a past-tense verb in such a second conjunct, else -1.
int32_t SentenceCoder::reporter_of_tense_break(int32_t verb_node) const {
  if (std::string_view(tree_[verb_node].label) != "VBD") return -1;
  const int32_t own = tree_[verb_node].parent;
  if (own < 0 || !label_is(tree_[own].label, "VP")) return -1;
  const int32_t coordination = tree_[own].parent;
  if (coordination < 0 || !label_is(tree_[coordination].label, "VP")) return -1;
  const int32_t first = tree_[coordination].first_child;
  if (first < 0 || first == own || !label_is(tree_[first].label, "VP")) return -1;
  bool joined = false;
  for (int32_t child = first; child >= 0 && child != own; child = tree_[child].next_sibling)
    if (std::string_view(tree_[child].label) == "CC") joined = true;
  const int32_t first_verb = tree_[first].first_child;
  if (!joined || first_verb < 0 || !tree_[first_verb].is_preterminal()) return -1;
  const std::string_view first_tense = tree_[first_verb].label;
  if (first_tense != "VBZ" && first_tense != "VBP") return -1;
  int32_t clause = tree_[coordination].parent;
  if (clause < 0 || !is_clause(tree_[clause].label)) return -1;
  int32_t above = tree_[clause].parent;
  if (above >= 0 && label_is(tree_[above].label, "SBAR")) above = tree_[above].parent;
  if (above < 0 || !label_is(tree_[above].label, "VP")) return -1;
  const int32_t reporting = tree_[above].first_child;
  if (reporting < 0 || std::string_view(tree_[reporting].label) != "VBD" ||
      !is_reporting_lemma(document_.tokens[tree_[reporting].token_begin].lemma))
    return -1;
  bool ignored = false;
  return subject_of(reporting, &ignored);
}

bool SentenceCoder::is_future(int32_t verb_node) const {
  // "will be able to lift sanctions imposed against Japan": a participle on a noun is past,
  // whatever the verb above the noun.
  if (std::string_view(tree_[verb_node].label) == "VBN" && tree_[verb_node].parent >= 0 &&
      tree_[tree_[verb_node].parent].parent >= 0 &&
      label_is(tree_[tree_[tree_[verb_node].parent].parent].label, "NP"))
    return false;
  if (is_future_here(verb_node)) return true;
  const int32_t before = conjunct_verb_before(verb_node);
  if (before >= 0 && is_future_here(before)) return true;
  // "will resist pressure ... when he meets Baker": a present tense in a time clause takes
  // the future of the verb it dates.
  const std::string_view tense = tree_[verb_node].label;
  if (tense != "VBZ" && tense != "VBP") return false;
  for (int32_t node = tree_[verb_node].parent; node >= 0; node = tree_[node].parent) {
    if (!label_is(tree_[node].label, "SBAR")) continue;
    const int32_t opener = tree_[node].first_child;
    if (opener < 0 || local_end(tree_[opener]) != local_begin(tree_[opener]) + 1) return false;
    const std::string_view subordinator = word(local_begin(tree_[opener]));
    if (subordinator != "when" && subordinator != "after" && subordinator != "before" &&
        subordinator != "once" && subordinator != "until")
      return false;
    for (int32_t above = tree_[node].parent; above >= 0; above = tree_[above].parent)
      if (label_is(tree_[above].label, "VP")) {
        const int32_t main_verb = first_verb_child(above, false);
        if (main_verb >= 0 && main_verb != verb_node) return is_future_here(main_verb);
      }
    return false;
  }
  return false;
}

// "The chancellor is travelling to America next week", "leaves on April 7 to attend the IMF
// meetings": a verb in the present whose verb phrase (with the infinitives it heads) is dated
// after the story's date is still to come.
bool SentenceCoder::is_dated_ahead(int32_t verb_node) const {
  int32_t top = verb_phrase_of(verb_node);
  if (top < 0) return false;
  // Up through verb phrases and subjectless infinitive clauses ("leaves ... to attend").
  for (int32_t above = tree_[top].parent; above >= 0; above = tree_[above].parent) {
    if (label_is(tree_[above].label, "VP")) {
      // "is in Malaysia and leaves for Indonesia on Wednesday": a conjunct keeps its own
      // tense and its own dates.
      if (has_conjunction(above)) break;
      top = above;
    } else if (!is_subjectless_clause(above)) {
      break;
    }
  }
  const int32_t finite = first_verb_child(top, true);
  // Only a present tense ("leaves", "is travelling") or a modal: a bare participle ("before
  // heading on Friday to Mozambique") takes the tense of a clause it does not show.
  if (finite < 0) return false;
  const std::string_view finite_tag = tag(local_begin(tree_[finite]));
  if (finite_tag != "VBZ" && finite_tag != "VBP" && finite_tag != "MD") return false;
  const CivilDate today = document_.date_of_sentence(sentence_index_);
  const uint32_t end = local_end(tree_[top]);
  for (uint32_t t = local_begin(tree_[finite]) + 1; t < end; ++t) {
    if (names_time_ahead(t, end)) return true;
    if (t + 1 >= end) continue;
    const std::string_view here = word(t), next = word(t + 1);
    if (here == "on" && is_weekday_name(next)) return true;
    // "on April 7", "April 7": a day of the month after the story's date.
    const int month = month_from_name(here);
    if (month > 0 && today.has_day() && tag(t + 1) == "CD") {
      int day = 0;
      for (char digit : next) {  // stops past 31: "April 1987" is a year, and no overflow
        if (digit < '0' || digit > '9' || day > 31) break;
        day = day * 10 + (digit - '0');
      }
      if (day >= 1 && day <= 31 &&
          (month > today.month || (month == today.month && day > today.day)))
        return true;
    }
  }
  return false;
}

// The head verb of the clause or verb phrase joined by a conjunction before this verb's phrase
// (siblings: S/VP, CC, this VP), or -1.
int32_t SentenceCoder::conjunct_verb_before(int32_t verb_node) const {
  const int32_t verb_phrase = verb_phrase_of(verb_node);
  if (verb_phrase < 0 || tree_[verb_phrase].parent < 0) return -1;
  int32_t conjunct = -1;
  bool conjunction = false;
  for (int32_t child = tree_[tree_[verb_phrase].parent].first_child;
       child >= 0 && child != verb_phrase; child = tree_[child].next_sibling) {
    if (std::string_view(tree_[child].label) == "CC") {
      conjunction = true;
    } else if (label_is(tree_[child].label, "S") || label_is(tree_[child].label, "VP")) {
      conjunct = child;
      conjunction = false;
    } else if (std::string_view(tree_[child].label) != ",") {
      conjunct = -1;
      conjunction = false;
    }
  }
  if (conjunct < 0 || !conjunction) return -1;
  // Down to the verb phrase of the conjunct and its first verb.
  int32_t phrase = conjunct;
  if (label_is(tree_[phrase].label, "S")) {
    phrase = -1;
    for (int32_t child = tree_[conjunct].first_child; child >= 0; child = tree_[child].next_sibling)
      if (label_is(tree_[child].label, "VP")) phrase = child;
  }
  // The first verb or modal: "will" in "will make a visit".
  return phrase < 0 ? -1 : first_verb_child(phrase, true);
}

// The first word of `phrase` (among its children) that is a verb, or also a modal when
// `or_modal`; -1 when there is none.
int32_t SentenceCoder::first_verb_child(int32_t phrase, bool or_modal) const {
  for (int32_t child = tree_[phrase].first_child; child >= 0; child = tree_[child].next_sibling)
    if (tree_[child].is_preterminal() &&
        (is_verb_tag(tree_[child].label) ||
         (or_modal && std::string_view(tree_[child].label) == "MD")))
      return child;
  return -1;
}

bool SentenceCoder::is_future_here(int32_t verb_node) const {
  return any_phrase_above(verb_node, true, [&](int32_t phrase) {
    bool to_infinitive_below = false;
    for (int32_t child = tree_[phrase].first_child; child >= 0; child = tree_[child].next_sibling) {
      const TreeNode& sub = tree_[lone_word(child)];  // "is (ADJP ready) to negotiate"
      if (is_clause(sub.label)) to_infinitive_below = true;
      // "announced plans last week | to slap tariffs": a plan named by the object before
      // the infinitive.
      if (label_is(sub.label, "NP") && sub.next_sibling >= 0 &&
          is_clause(tree_[sub.next_sibling].label) &&
          word(local_begin(tree_[sub.next_sibling])) == "to" &&
          tree_[verb_node].token_begin >= tree_[sub.next_sibling].token_begin &&
          tree_[verb_node].token_end <= tree_[sub.next_sibling].token_end) {
        for (uint32_t t = local_begin(sub); t < local_end(sub); ++t)
          if (word(t) == "plans" || word(t) == "plan") return true;
      }
      if (!sub.is_preterminal()) continue;
      const std::string& norm = document_.tokens[sub.token_begin].norm;
      if (std::string_view(sub.label) == "MD" &&
          (norm == "will" || norm == "shall" || norm == "'ll"))
        return true;
      // "said he would visit": the future as the speaker saw it.
      if (std::string_view(sub.label) == "MD" && (norm == "would" || norm == "'d") &&
          !is_perfect_have(local_end(sub)) && is_reported_future(phrase))
        return true;
      if (norm == "scheduled" || norm == "planned" || norm == "plans" || norm == "plan" ||
          norm == "planning" || norm == "due" || norm == "poised" ||
          (norm == "set" && set_as_arranged(sub.token_begin - first_token_)))
        return true;
      // "The Senate voted to slash aid to Panama": what a vote decides is still to come.
      if (norm == "voted" || norm == "votes" || norm == "vote") return true;
      // "wants to meet", "is ready to negotiate": what an actor means to do is still to come.
      if (is_intention_word(norm)) return true;
    }
    // "is to meet": a form of "be" whose complement is the infinitive.
    if (!to_infinitive_below || tree_[phrase].first_child < 0) return false;
    const TreeNode& head = tree_[tree_[phrase].first_child];
    const std::string& norm = document_.tokens[head.token_begin].norm;
    return head.is_preterminal() &&
           (norm == "is" || norm == "are" || norm == "was" || norm == "were");
  });
}

// Whether a verb phrase has a clause among its children ("is said [to be about to ...]"):
// a raising passive whose subject belongs to the inner clause. A clause opened by "if",
// "whether" or "that" is what the subject was asked or told ("Blair was asked if ..."): the
// subject is still the one the act was aimed at.
// "is said to be about to", "was expected to": passives whose subject belongs to the clause
// after them. Any other passive ("was detained to prevent him from ...") acts on its subject.
bool SentenceCoder::is_raising_verb(uint32_t head) const {
  const std::string& lemma = document_.tokens[first_token_ + head].lemma;
  return lemma == "say" || lemma == "report" || lemma == "believe" || lemma == "think" ||
         lemma == "expect" || lemma == "understand" || lemma == "know" || lemma == "allege" ||
         lemma == "consider" || lemma == "rumour" || lemma == "rumor" || lemma == "see" ||
         lemma == "schedule" || lemma == "set" || lemma == "due" || lemma == "suppose";
}

int32_t SentenceCoder::complement_clause_of(int32_t verb_phrase) const {
  for (int32_t child = tree_[verb_phrase].first_child; child >= 0;
       child = tree_[child].next_sibling)
    if ((is_clause(tree_[child].label) || label_is(tree_[child].label, "SBAR")) &&
        local_end(tree_[child]) > local_begin(tree_[child]))
      return child;
  return -1;
}

bool SentenceCoder::has_conjunction(int32_t phrase) const {
  for (int32_t child = tree_[phrase].first_child; child >= 0; child = tree_[child].next_sibling)
    if (std::string_view(tree_[child].label) == "CC") return true;
  return false;
}

bool SentenceCoder::has_clause_complement(int32_t verb_phrase) const {
  for (int32_t child = tree_[verb_phrase].first_child; child >= 0;
       child = tree_[child].next_sibling) {
    if (is_clause(tree_[child].label)) return true;
    if (!label_is(tree_[child].label, "SBAR")) continue;
    const std::string_view opener = word(local_begin(tree_[child]));
    if (opener != "if" && opener != "whether" && opener != "that") return true;
  }
  return false;
}

// Only verbs, particles, adverbs, phrases of place or time and "place" may stand between the
// verb and "between", so that the phrase names who took part in what the subject names, not
// among whom something else was shared ("divided the money between them").
int32_t SentenceCoder::between_after_subject(int32_t subject) const {
  // "two meetings | which took place between A and B": a relative clause with no subject of
  // its own.
  const int32_t whole = tree_[subject].parent;
  if (whole >= 0 && label_is(tree_[whole].label, "NP") && tree_[whole].first_child == subject)
    for (int32_t child = tree_[subject].next_sibling; child >= 0;
         child = tree_[child].next_sibling) {
      if (!label_is(tree_[child].label, "SBAR")) continue;
      const int32_t relative = tree_[child].first_child;
      if (relative < 0 || !label_is(tree_[relative].label, "WHNP")) break;
      const int32_t clause = tree_[relative].next_sibling;
      if (clause < 0 || !is_clause(tree_[clause].label)) break;
      const int32_t predicate = tree_[clause].first_child;
      if (predicate >= 0 && label_is(tree_[predicate].label, "VP"))
        return between_in_predicate(predicate);
      break;
    }
  const int32_t clause = tree_[subject].parent;
  if (clause < 0 || !is_clause(tree_[clause].label)) return -1;
  int32_t phrase = tree_[subject].next_sibling;
  while (phrase >= 0 && label_is(tree_[phrase].label, "ADVP")) phrase = tree_[phrase].next_sibling;
  if (phrase < 0 || !label_is(tree_[phrase].label, "VP")) return -1;
  return between_in_predicate(phrase);
}

int32_t SentenceCoder::between_in_predicate(int32_t phrase) const {
  for (int32_t child = tree_[phrase].first_child; child >= 0;) {
    const std::string_view label = tree_[child].label;
    if (label_is(label, "PP")) {
      if (word(local_begin(tree_[child])) == "between") return child;
    } else if (label_is(label, "VP")) {
      child = tree_[child].first_child;  // the verb after its auxiliaries
      continue;
    } else if (label_is(label, "NP")) {
      // "took place | between": the only object that may stand before the sides.
      const int32_t first = tree_[child].first_child;
      const bool place = first >= 0 && local_end(tree_[first]) == local_begin(tree_[first]) + 1 &&
                         word(local_begin(tree_[first])) == "place";
      if (place) {
        child = tree_[first].next_sibling;
        continue;
      }
      if (!is_time_noun_phrase(child)) return -1;
    } else if (tree_[child].is_preterminal()) {
      const std::string_view part = tag(local_begin(tree_[child]));
      if (!part.starts_with("VB") && part != "MD" && part != "RB" && part != "RP" && part != "TO")
        return -1;
    } else if (!label_is(label, "ADVP") && !label_is(label, "PRT") && !label_is(label, "ADJP")) {
      return -1;
    }
    child = tree_[child].next_sibling;
  }
  return -1;
}

bool SentenceCoder::is_time_noun_phrase(int32_t node) const {
  static constexpr std::array<std::string_view, 24> kTimeWords = {
      "today",   "yesterday", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday",
      "friday",  "saturday",  "sunday",   "week",    "month",  "year",    "morning",   "afternoon",
      "evening", "night",     "weekend",  "last",    "this",   "next",    "earlier",   "later"};
  const TreeNode& phrase = tree_[node];
  if (!label_is(phrase.label, "NP") || local_end(phrase) <= local_begin(phrase)) return false;
  for (uint32_t position = local_begin(phrase); position < local_end(phrase); ++position)
    if (std::find(kTimeWords.begin(), kTimeWords.end(), word(position)) == kTimeWords.end())
      return false;
  return true;
}

bool SentenceCoder::only_time_complements(int32_t verb_phrase, uint32_t after) const {
  bool any = false;
  for (int32_t child = tree_[verb_phrase].first_child; child >= 0;
       child = tree_[child].next_sibling) {
    if (local_begin(tree_[child]) < after) continue;
    if (std::string_view(tree_[child].label) != "NP-TMP" && !is_time_noun_phrase(child))
      return false;
    any = true;
  }
  return any;
}

bool SentenceCoder::is_passive(int32_t verb_node) const {
  if (std::string_view(tree_[verb_node].label) != "VBN") return false;
  // A form of "be" or "get" as an earlier verb in an enclosing verb phrase.
  int32_t phrase = verb_phrase_of(verb_node);
  while (phrase >= 0) {
    const int32_t parent = tree_[phrase].parent;
    if (parent < 0 || !label_is(tree_[parent].label, "VP")) break;
    for (int32_t child = tree_[parent].first_child; child >= 0 && child != phrase;
         child = tree_[child].next_sibling) {
      if (!tree_[child].is_preterminal() || !is_verb_tag(tree_[child].label)) continue;
      const std::string_view form = word(local_begin(tree_[child]));
      if (form == "was" || form == "were" || form == "is" || form == "are" || form == "be" ||
          form == "been" || form == "being" || form == "am" || form == "got" || form == "get" ||
          form == "gets" || form == "gotten")
        return true;
    }
    phrase = parent;
  }
  // "Mamdouh Habib, previously accused of terrorist offences": a participle phrase inside a
  // noun phrase is passive.
  {
    const int32_t vp = verb_phrase_of(verb_node);
    if (vp >= 0 && tree_[vp].first_child == verb_node && tree_[vp].parent >= 0 &&
        label_is(tree_[tree_[vp].parent].label, "NP"))
      return true;
    // The same set off by a comma in the clause (", previously accused of ...,").
    if (vp >= 0 && tree_[vp].first_child == verb_node && tree_[vp].parent >= 0 &&
        is_clause(tree_[tree_[vp].parent].label)) {
      int32_t before = -1;
      for (int32_t child = tree_[tree_[vp].parent].first_child; child >= 0 && child != vp;
           child = tree_[child].next_sibling)
        if (!label_is(tree_[child].label, "ADVP")) before = child;
      if (before >= 0 && std::string_view(tree_[before].label) == ",") return true;
    }
  }
  // "when asked if he would sell arms": a bare participle opening a clause after "when",
  // "if", "once" ... is passive.
  {
    const int32_t vp = verb_phrase_of(verb_node);
    const int32_t clause = vp >= 0 ? tree_[vp].parent : -1;
    const int32_t opener_phrase = clause >= 0 ? tree_[clause].parent : -1;
    if (vp >= 0 && tree_[vp].first_child == verb_node && clause >= 0 &&
        is_clause(tree_[clause].label) && is_subjectless_clause(clause) && opener_phrase >= 0 &&
        label_is(tree_[opener_phrase].label, "SBAR")) {
      const std::string_view opener = word(local_begin(tree_[opener_phrase]));
      if (opener == "when" || opener == "if" || opener == "once" || opener == "unless" ||
          opener == "while" || opener == "until" || opener == "as" || opener == "though" ||
          opener == "although")
        return true;
    }
  }
  // "an Iraqi civilian allegedly killed by UK troops": a bare participle with a "by" phrase.
  // Not a perfect ("has banned shipments by Toshiba": the phrase says whose shipments).
  const int32_t own_phrase = verb_phrase_of(verb_node);
  if (own_phrase < 0 || tree_[own_phrase].first_child != verb_node) return false;
  if (const int32_t above = tree_[own_phrase].parent;
      above >= 0 && label_is(tree_[above].label, "VP"))
    for (int32_t child = tree_[above].first_child; child >= 0 && child != own_phrase;
         child = tree_[child].next_sibling)
      if (tree_[child].is_preterminal() &&
          document_.tokens[tree_[child].token_begin].lemma == "have")
        return false;
  return by_phrase_in(own_phrase, local_end(tree_[verb_node])) >= 0;
}

int32_t SentenceCoder::by_phrase_in(int32_t verb_phrase, uint32_t after) const {
  for (int32_t node = verb_phrase + 1; node < subtree_end_[verb_phrase];) {
    const TreeNode& sub = tree_[node];
    if (local_end(sub) <= after || is_clause(sub.label) || label_is(sub.label, "SBAR") ||
        label_is(sub.label, "NP")) {
      node = subtree_end_[node];
      continue;
    }
    if (label_is(sub.label, "PP") && local_begin(sub) >= after) {
      const int32_t preposition = sub.first_child;
      if (preposition >= 0 && word(local_begin(tree_[preposition])) == "by") {
        for (int32_t inner = tree_[preposition].next_sibling; inner >= 0;
             inner = tree_[inner].next_sibling)
          if (codings_[inner].computed && !codings_[inner].actors.empty()) return inner;
      }
      node = subtree_end_[node];
      continue;
    }
    ++node;
  }
  return -1;
}

int32_t SentenceCoder::first_coded_phrase(int32_t verb_phrase, uint32_t after, uint32_t end) const {
  // Preorder over the verb phrase: a subtree is the index range [node, subtree_end_[node]).
  int32_t fallback = -1;
  uint32_t concession_end = UINT32_MAX;
  for (int32_t node = verb_phrase + 1; node < subtree_end_[verb_phrase];) {
    const TreeNode& sub = tree_[node];
    // Nor inside a relative clause on the object ("detained their crew, who confessed to
    // spying for Iraq": Iraq is not detained).
    const bool relative =
        options_.code_relative_clauses && label_is(sub.label, "SBAR") && is_subject_relative(node);
    // Nor in a comparison ("subsidises its farms more than the European Community").
    const bool comparison = !sub.is_preterminal() && local_end(sub) > local_begin(sub) &&
                            word(local_begin(sub)) == "than";
    // Nor in a clause of reason or concession ("decided to support the plans as the police
    // said they would help"): who figures there is not acted on.
    const bool reason =
        label_is(sub.label, "SBAR") && local_end(sub) > local_begin(sub) &&
        (word(local_begin(sub)) == "as" || word(local_begin(sub)) == "because" ||
         word(local_begin(sub)) == "since" || word(local_begin(sub)) == "although" ||
         word(local_begin(sub)) == "though" || word(local_begin(sub)) == "whereas");
    // Nor in a concession ("approved the measures despite opposition from the Tories"), nor,
    // once an object with a role was found, in the reason or topic after it ("criticised the
    // government for its claim about the EU": the government is criticised).
    bool aside = false;
    if (label_is(sub.label, "PP") && local_end(sub) > local_begin(sub)) {
      const std::string_view preposition = word(local_begin(sub));
      // A phrase right after the concession continues it ("despite opposition from ...").
      aside = preposition == "despite" || local_begin(sub) == concession_end ||
              (fallback >= 0 &&
               (preposition == "for" || preposition == "about" || preposition == "over")) ||
              // "agreed to discuss the problems of Afghanistan": a topic is not its country.
              (preposition == "of" && local_begin(sub) > 0 &&
               is_topic_noun(word(local_begin(sub) - 1)));
      if (aside && (preposition == "despite" || local_begin(sub) == concession_end))
        concession_end = local_end(sub);
      // "Japan pledged in Paris to boost demand": a capital after "in" or "at" right after the
      // verb is where the act took place, not its government ("closure of guest houses in
      // Michel Delving" and "its diplomats in Tehran" act on the place's government).
      // So is one inside a phrase of place or time: "signed the constitution at a ceremony in
      // Rome".
      // ("at a meeting in Luxembourg": a country named as the place too.)
      if (!aside && (preposition == "at" || preposition == "during") && !arrives(verb_phrase))
        for (int32_t inner = sub.first_child; inner >= 0; inner = tree_[inner].next_sibling)
          if (label_is(tree_[inner].label, "NP") && codings_[inner].computed &&
              codings_[inner].actors.size() == 1 &&
              (codings_[inner].actors.front().metonym ||
               (codings_[inner].actors.front().code.size() == 3 &&
                is_country_code(codings_[inner].actors.front().code) &&
                codings_[inner].actors.front().token_begin > 0 &&
                word(codings_[inner].actors.front().token_begin - 1) == "in")) &&
              local_begin(tree_[inner]) < codings_[inner].actors.front().token_begin)
            aside = true;
      if (!aside && (preposition == "in" || preposition == "at") && sub.parent == verb_phrase &&
          !arrives(verb_phrase) && only_time_before(verb_phrase, after, local_begin(sub)))
        for (int32_t inner = sub.first_child; inner >= 0; inner = tree_[inner].next_sibling)
          if (label_is(tree_[inner].label, "NP") && codings_[inner].computed &&
              codings_[inner].actors.size() == 1 && codings_[inner].actors.front().metonym)
            aside = true;
      // "promised to raise the issue in Parliament": a legislature after "in" is where it is
      // done, not who it is done to.
      if (!aside && preposition == "in")
        for (int32_t inner = sub.first_child; inner >= 0; inner = tree_[inner].next_sibling)
          if (label_is(tree_[inner].label, "NP") && codings_[inner].computed &&
              codings_[inner].actors.size() == 1 &&
              codings_[inner].actors.front().code.size() == 6 &&
              codings_[inner].actors.front().code.compare(3, 3, "LEG") == 0 &&
              is_legislature_noun(word(local_end(tree_[inner]) - 1)))
            aside = true;
    }
    // Nor, once the verb has an object, in a "to" clause after it ("detained him to prevent
    // him from fighting against the US": the US is not detained).
    // "ordered chipmakers to cut production in order to dry up the source of cheap chips
    // sold in third countries": what a purpose clause aims at is not acted on.
    const uint32_t opening = local_begin(sub);
    const bool in_order_to = !sub.is_preterminal() && local_end(sub) > opening &&
                             opening >= after + 2 && word(opening) == "to" &&
                             ((word(opening - 2) == "in" && word(opening - 1) == "order") ||
                              (word(opening - 2) == "so" && word(opening - 1) == "as"));
    // "will meet in Washington next week in an effort to reach a consensus toward Japan": an
    // effort, bid or attempt is a purpose too.
    const bool in_an_effort = label_is(sub.label, "PP") && local_end(sub) > opening + 3 &&
                              opening >= after && word(opening) == "in" &&
                              (word(opening + 1) == "an" || word(opening + 1) == "a") &&
                              (word(opening + 2) == "effort" || word(opening + 2) == "bid" ||
                               word(opening + 2) == "attempt") &&
                              word(opening + 3) == "to";
    const bool purpose =
        in_order_to || in_an_effort ||
        (is_clause(sub.label) && sub.parent == verb_phrase && local_end(sub) > local_begin(sub) &&
         word(local_begin(sub)) == "to" && has_object_before(verb_phrase, after, local_begin(sub)));
    if (local_end(sub) <= after || local_begin(sub) >= end || relative || comparison || aside ||
        reason || purpose) {
      node = subtree_end_[node];
      continue;
    }
    if (codings_[node].computed && !codings_[node].actors.empty() && local_begin(sub) >= after) {
      if (codings_[node].has_actor) return node;
      if (fallback < 0) fallback = node;
      node = subtree_end_[node];
      continue;
    }
    ++node;
  }
  return fallback;
}

namespace {

// Roots of acts no agreement would be read as: criticism (11), threat (13), protest (14),
// coercion, assault and force (17-20).
bool is_hostile_root(std::string_view code) {
  if (code.size() < 2) return false;
  const std::string_view root = code.substr(0, 2);
  return root == "11" || root == "13" || root == "14" || root == "17" || root == "18" ||
         root == "19" || root == "20";
}

}  // namespace

// Whether an intent verb ("plan", "aim", "seek", "intend") has a "to" clause whose verb the
// verb dictionary codes: that verb names the act intended.
bool SentenceCoder::defers_to_infinitive(uint32_t head, int32_t verb_phrase) const {
  const std::string& lemma = document_.tokens[first_token_ + head].lemma;
  // "agreed to condemn South Africa's apartheid policy": what is agreed or decided names the
  // act when it is a hostile one (criticism, threat, protest, force); anything else ("agreed
  // to cut its prices", "to hold up imposing duties") stays the agreement's.
  const bool hostile_only = lemma == "agree" || lemma == "decide";
  if (lemma != "plan" && lemma != "aim" && lemma != "seek" && lemma != "intend" &&
      lemma != "strive" && lemma != "endeavour" && lemma != "endeavor" && !hostile_only)
    return false;
  for (int32_t child = tree_[verb_phrase].first_child; child >= 0;
       child = tree_[child].next_sibling) {
    if (!is_clause(tree_[child].label) || local_end(tree_[child]) <= local_begin(tree_[child]) ||
        word(local_begin(tree_[child])) != "to")
      continue;
    for (uint32_t t = local_begin(tree_[child]) + 1; t < local_end(tree_[child]); ++t) {
      if (!is_verb_tag(tag(t))) continue;
      // (For an agreement, every coded form of that verb must be hostile: "hold" may hold
      // talks, "take" take part.)
      bool codes = false, all_hostile = true;
      for (uint32_t candidate : dictionaries_.verbs().forms_for(id(t))) {
        const EventCode& inner = dictionaries_.verbs().form(candidate).code;
        if (!inner.codes_something()) {
          all_hostile = false;  // "cut its prices": a form that codes nothing may be meant
          continue;
        }
        codes = true;
        all_hostile = all_hostile && is_hostile_root(inner.code);
      }
      return codes && (!hostile_only || all_hostile);  // the first verb after "to" names the act
    }
  }
  return false;
}

// The clause a verb phrase's child holds: the child itself when it is a clause, the clause
// inside it when it is an SBAR ("said (SBAR that (S ...))"), else -1.
int32_t SentenceCoder::complement_clause(int32_t child) const {
  int32_t clause = child;
  if (label_is(tree_[clause].label, "SBAR"))
    for (int32_t inner = tree_[clause].first_child; inner >= 0; inner = tree_[inner].next_sibling)
      if (is_clause(tree_[inner].label)) clause = inner;
  return is_clause(tree_[clause].label) ? clause : -1;
}

// Whether the verb phrase has an object naming someone (an actor or a pronoun) among its
// children between token `after` and token `at`.
bool SentenceCoder::has_object_before(int32_t verb_phrase, uint32_t after, uint32_t at) const {
  for (int32_t child = tree_[verb_phrase].first_child; child >= 0;
       child = tree_[child].next_sibling)
    if (label_is(tree_[child].label, "NP") && local_begin(tree_[child]) >= after &&
        local_end(tree_[child]) <= at &&
        (is_pronoun(child) || (codings_[child].computed && !codings_[child].actors.empty())))
      return true;
  return false;
}

// Whether the verb phrase is headed by a verb of arriving or staying, whose place is where
// the visit goes ("arrived in Tokyo").
bool SentenceCoder::arrives(int32_t verb_phrase) const {
  const int32_t head = tree_[verb_phrase].first_child;
  if (head < 0 || !tree_[head].is_preterminal()) return false;
  const std::string& lemma = document_.tokens[tree_[head].token_begin].lemma;
  return lemma == "arrive" || lemma == "land" || lemma == "stay" || lemma == "stop" ||
         lemma == "be" || lemma == "remain" || lemma == "spend" || lemma == "tour" ||
         lemma == "travel";
}

// Whether every child of the verb phrase between token `after` and token `at` is a time
// phrase or an adverb ("said yesterday in The Hague"): nothing that could be an object.
bool SentenceCoder::only_time_before(int32_t verb_phrase, uint32_t after, uint32_t at) const {
  for (int32_t child = tree_[verb_phrase].first_child; child >= 0;
       child = tree_[child].next_sibling) {
    const TreeNode& sub = tree_[child];
    if (local_begin(sub) < after || local_begin(sub) >= at) continue;
    if (label_is(sub.label, "ADVP") || std::string_view(sub.label) == "RB" ||
        is_time_noun_phrase(child))
      continue;
    return false;
  }
  return true;
}

// The subject of the clause whose modal is token `at`: its noun phrase, -1 when the clause
// has none, -2 when the modal's clause is not found or is the clause of `verb` itself (a
// flat parse of "said America too needed to": the subject found would be the speaker).
int32_t SentenceCoder::subject_of_modal(uint32_t at, uint32_t verb) const {
  for (size_t node = 0; node < tree_.size(); ++node) {
    const TreeNode& leaf = tree_[node];
    if (!leaf.is_preterminal() || local_begin(leaf) != at) continue;
    int32_t clause = leaf.parent;
    while (clause >= 0 && label_is(tree_[clause].label, "VP")) clause = tree_[clause].parent;
    if (clause < 0 || !is_clause(tree_[clause].label)) return -2;
    int32_t subject = -1;
    for (int32_t child = tree_[clause].first_child; child >= 0; child = tree_[child].next_sibling) {
      if (local_begin(tree_[child]) >= at) break;
      if (label_is(tree_[child].label, "NP")) subject = child;
    }
    if (local_begin(tree_[clause]) <= verb) return -2;
    return subject;
  }
  return -2;
}

// The end of the prepositional phrase that opens at token `at`, or of the subject of the
// clause a subordinator there opens ("unless French forces leave": the actor asked is the
// clause's subject), or 0 when neither does.
uint32_t SentenceCoder::phrase_end_at(uint32_t at) const {
  uint32_t end = 0;
  for (size_t node = 0; node < tree_.size(); ++node) {
    if (local_begin(tree_[node]) != at) continue;
    if (label_is(tree_[node].label, "PP")) end = std::max(end, local_end(tree_[node]));
    if (!label_is(tree_[node].label, "SBAR")) continue;
    for (int32_t clause = tree_[node].first_child; clause >= 0;
         clause = tree_[clause].next_sibling) {
      if (!is_clause(tree_[clause].label)) continue;
      const int32_t subject = tree_[clause].first_child;
      if (subject >= 0 && label_is(tree_[subject].label, "NP")) return local_end(tree_[subject]);
      return at + 1;  // no subject: nothing to ask
    }
  }
  return end;
}

// Whether token `at` lies inside a phrase of topic ("on", "about", "over", "regarding",
// "concerning") that the verb at [verb_begin, verb_end) takes itself, after its preposition
// ("briefed Shultz on ...", not "said the objections were based on ...").
bool SentenceCoder::in_topic_phrase(uint32_t at, uint32_t verb_begin, uint32_t verb_end) const {
  for (size_t node = 0; node < tree_.size(); ++node) {
    const TreeNode& phrase = tree_[node];
    if (!label_is(phrase.label, "PP")) continue;
    const uint32_t begin = local_begin(phrase);
    if (begin < verb_end || begin >= at || local_end(phrase) <= at) continue;
    const int32_t holder = phrase.parent;
    if (holder < 0 || !label_is(tree_[holder].label, "VP")) continue;
    const int32_t verb = first_verb_child(holder, false);
    if (verb < 0 || local_begin(tree_[verb]) < verb_begin || local_begin(tree_[verb]) >= verb_end)
      continue;
    if (is_topic_preposition(word(begin))) return true;
  }
  return false;
}

bool SentenceCoder::views_as(uint32_t at) const {
  static constexpr std::string_view kViews[] = {"sees",      "see",      "saw",       "regards",
                                                "regard",    "calls",    "call",      "called",
                                                "considers", "consider", "described", "termed"};
  return word(at) == "what" && at + 3 < token_count_ && tag(at + 1) == "PRP" &&
         is_one_of(kViews, word(at + 2)) && word(at + 3) == "as";
}

// Whether token `at` lies inside a phrase of concession after the verb ("said that despite
// progress in some areas, the debt problems had grown"): what is conceded is granted, not
// what the verb reports. So is a wrong given as a reason ("for violations of the pact").
bool SentenceCoder::in_concession_or_wrong_phrase(uint32_t at, uint32_t verb_end) const {
  for (const TreeNode& phrase : tree_) {
    if (!label_is(phrase.label, "PP")) continue;
    const uint32_t begin = local_begin(phrase);
    if (begin < verb_end || begin > at || local_end(phrase) <= at) continue;
    const std::string_view preposition = word(begin);
    // "in retaliation for Tokyo's alleged failure to live up to a pact": what is retaliated
    // for, and a wrong said to be alleged, name what was wronged (the preposition included).
    if ((preposition == "for" || preposition == "against") && begin >= 1 &&
        (word(begin - 1) == "retaliation" || word(begin - 1) == "reprisal"))
      return true;
    if (preposition == "for" || preposition == "over" || preposition == "against")
      for (uint32_t t = begin + 1; t < std::min(local_end(phrase), begin + 5); ++t)
        if (word(t) == "alleged" || views_as(t)) return true;
    if (begin == at) continue;
    // "told reporters after three days of talks with Shevardnadze": what frames the act in
    // time is no part of what the verb says.
    if (preposition == "after" || preposition == "following") return true;
    if (preposition == "despite" || preposition == "notwithstanding" ||
        (preposition == "in" && begin + 2 < at && word(begin + 1) == "spite"))
      return true;
    // "recommend sanctions against Japan for violations of the agreement": the wrong given
    // as the reason names what was wronged, not what the verb is about.
    if (preposition == "for" && begin + 1 < at &&
        (word(begin + 1) == "violations" || word(begin + 1) == "violation" ||
         word(begin + 1) == "violating" || word(begin + 1) == "breach" ||
         word(begin + 1) == "breaches" || word(begin + 1) == "breaching"))
      return true;
    if (preposition == "in" && begin + 1 <= at &&
        (word(begin + 1) == "retaliation" || word(begin + 1) == "reprisal"))
      return true;
  }
  // "said Canada/U.S. negotiations, which must be concluded by October, are progressing",
  // "reduce aid measures that distorted world prices": a relative clause describes its noun;
  // what it says is not what the verb reports.
  for (int32_t node = 0; node < static_cast<int32_t>(tree_.size()); ++node) {
    const TreeNode& clause = tree_[node];
    if (!label_is(clause.label, "SBAR") || clause.parent < 0 ||
        !label_is(tree_[clause.parent].label, "NP") || !is_subject_relative(node))
      continue;
    const uint32_t begin = local_begin(clause);
    if (begin >= verb_end && begin <= at && at < local_end(clause)) return true;
  }
  return false;
}

int32_t SentenceCoder::phrase_of_actor_at(int32_t position) const {
  // An actor, or a state body named by its role alone ("from Congress": USALEG).
  const TokenMatch& match = actor_at_[position] >= 0 ? actor_matches_[actor_at_[position]]
                                                     : agent_matches_[agent_at_[position]];
  return phrase_containing(match.begin, match.end);
}

// Whether the agent matched at token `position` names a state body ("Congress", "the
// government", "the army", "the courts"), which a pattern's `+` after a preposition may take.
bool SentenceCoder::is_state_body_at(uint32_t position) const {
  if (position >= token_count_ || actor_at_[position] >= 0 || agent_at_[position] < 0) return false;
  const TokenMatch& match = agent_matches_[agent_at_[position]];
  if (match.begin != position) return false;
  const std::string& code = dictionaries_.actors().agent(match.value).code;
  return code == "LEG" || code == "GOV" || code == "MIL" || code == "JUD" || code == "COP";
}

int32_t SentenceCoder::phrase_containing(uint32_t begin, uint32_t end) const {
  // The largest coded noun phrase that starts at the actor and contains it.
  int32_t best = -1;
  for (size_t node = 0; node < tree_.size(); ++node) {
    if (!codings_[node].computed || codings_[node].actors.empty()) continue;
    const TreeNode& sub = tree_[node];
    if (local_begin(sub) <= begin && local_end(sub) >= end) {
      if (best < 0 ||
          local_end(sub) - local_begin(sub) < local_end(tree_[best]) - local_begin(tree_[best]))
        best = static_cast<int32_t>(node);
    }
  }
  // Widen to an enclosing compound phrase.
  while (best >= 0) {
    const int32_t parent = tree_[best].parent;
    if (parent < 0 || !codings_[parent].computed ||
        codings_[parent].actors.size() <= codings_[best].actors.size())
      break;
    best = parent;
  }
  return best;
}

bool SentenceCoder::element_at(const VerbDictionary& dictionary, const PatternElement& element,
                               uint32_t position, uint32_t limit, uint32_t& consumed) const {
  if (position >= limit) return false;
  switch (element.kind) {
    case ElementKind::kWord:
      consumed = 1;
      return id(position) == element.word;
    case ElementKind::kSynset: {
      const Synset& set = dictionary.synset(element.synset);
      if (!set.first_signature.has(id(position))) return false;
      uint32_t best = 0;
      for (uint32_t index : set.phrases_starting_with(id(position))) {
        const auto& phrase = set.phrases[index];
        if (position + phrase.size() > limit || phrase.size() <= best) continue;
        bool ok = true;
        for (size_t offset = 1; offset < phrase.size(); ++offset)
          if (id(position + offset) != phrase[offset]) ok = false;
        if (ok) best = static_cast<uint32_t>(phrase.size());
      }
      consumed = best;
      return best > 0;
    }
    case ElementKind::kTarget:
    case ElementKind::kSource: {
      const int32_t match = actor_at_[position];
      if (match >= 0 && actor_matches_[match].begin == position) {
        consumed = actor_matches_[match].end - position;
        return true;
      }
      // After "from" or "to" ("seek money from Congress", "sent to Congress requests"), a
      // state body named by its role.
      const auto from_or_to = [&](uint32_t at) { return word(at) == "from" || word(at) == "to"; };
      if (element.kind == ElementKind::kTarget && position > 0 &&
          (from_or_to(position - 1) ||
           (position > 1 && tag(position - 1) == "DT" && from_or_to(position - 2))) &&
          is_state_body_at(position) &&
          phrase_containing(position, agent_matches_[agent_at_[position]].end) >= 0) {
        consumed = agent_matches_[agent_at_[position]].end - position;
        return true;
      }
      return false;
    }
    case ElementKind::kAny: {
      // A whole (smallest) noun phrase starting here, else one word.
      const uint32_t smallest = smallest_noun_phrase_[position];
      consumed = smallest > 0 && position + smallest <= limit ? smallest : 1;
      return true;
    }
    case ElementKind::kCompound: {
      // After the verb: a phrase naming several actors ("with the Philippines and France").
      const int32_t match = actor_at_[position];
      if (match < 0 || actor_matches_[match].begin != position) return false;
      const int32_t phrase = phrase_containing(position, actor_matches_[match].end);
      if (phrase < 0 || codings_[phrase].actors.size() < 2) return false;
      consumed = local_end(tree_[phrase]) > position ? local_end(tree_[phrase]) - position : 1;
      return true;
    }
  }
  return false;
}

uint32_t SentenceCoder::end_of_enclosing_noun_phrase(uint32_t position, uint32_t limit) const {
  uint32_t smallest_end = position;
  uint32_t smallest_size = 0;
  for (const TreeNode& sub : tree_) {
    const uint32_t begin = local_begin(sub), end = local_end(sub);
    if (!label_is(sub.label, "NP") || begin >= position || end <= position || end > limit) continue;
    if (smallest_size == 0 || end - begin < smallest_size) {
      smallest_size = end - begin;
      smallest_end = end;
    }
  }
  return smallest_end;
}

uint32_t SentenceCoder::next_noun_phrase(uint32_t position, uint32_t limit) const {
  uint32_t first = limit;
  for (const TreeNode& sub : tree_)
    if (label_is(sub.label, "NP") && local_begin(sub) >= position && local_begin(sub) < first &&
        local_end(sub) <= limit)
      first = local_begin(sub);
  return first;
}

bool SentenceCoder::element_ending_at(const VerbDictionary& dictionary,
                                      const PatternElement& element, uint32_t end,
                                      uint32_t& consumed) const {
  if (element.kind == ElementKind::kCompound) {
    consumed = 0;
    return true;
  }
  if (end == 0) return false;
  switch (element.kind) {
    case ElementKind::kWord:
      consumed = 1;
      return id(end - 1) == element.word;
    case ElementKind::kSynset: {
      const Synset& set = dictionary.synset(element.synset);
      if (!set.last_signature.has(id(end - 1))) return false;
      uint32_t best = 0;
      for (uint32_t index : set.phrases_ending_with(id(end - 1))) {
        const auto& phrase = set.phrases[index];
        if (phrase.size() > end || phrase.size() <= best) continue;
        const uint32_t start = end - static_cast<uint32_t>(phrase.size());
        bool ok = true;
        for (size_t offset = 0; offset < phrase.size(); ++offset)
          if (id(start + offset) != phrase[offset]) ok = false;
        if (ok) best = static_cast<uint32_t>(phrase.size());
      }
      consumed = best;
      return best > 0;
    }
    case ElementKind::kTarget:
    case ElementKind::kSource: {
      const int32_t match = actor_at_[end - 1];
      if (match < 0 || actor_matches_[match].end != end) return false;
      consumed = end - actor_matches_[match].begin;
      return true;
    }
    case ElementKind::kAny:
      consumed = 1;
      return true;
    default:
      return false;
  }
}

// How far after its preposition a pattern's next word may stand ("(FOR &MONEY)": "for a
// 90-day rollover of some 9.6 billion dlrs").
constexpr uint32_t kNearPreposition = 10;

SentenceCoder::PatternMatch SentenceCoder::match_pattern(const VerbDictionary& dictionary,
                                                         const VerbPattern& pattern,
                                                         uint32_t verb_begin, uint32_t verb_end,
                                                         uint32_t limit,
                                                         bool compound_subject) const {
  PatternMatch result;
  if (pattern.has_compound && !compound_subject) return result;  // `%` needs a compound subject
  // After the verb, left to right; a gap is allowed unless the element is adjacent.
  uint32_t position = verb_end;
  // Where the previous element matched, when it was a preposition ("(WITH +)"): its actor
  // must be inside that preposition's phrase ("talks with church officials to hear
  // complaints about lending to South Africa" are not talks with South Africa).
  int64_t preposition_at = -1;
  for (const PatternElement& element : pattern.after) {
    uint32_t consumed = 0;
    uint32_t element_limit = limit;
    // ("support for a new scheme ... at a meeting in Luxembourg": a place named inside that
    // phrase is where, not whom.)
    int64_t venue_after = -1;
    if (element.kind == ElementKind::kTarget && preposition_at >= 0) {
      const uint32_t end = phrase_end_at(static_cast<uint32_t>(preposition_at));
      if (end > 0) element_limit = std::min(limit, end);
      venue_after = preposition_at;
    }
    // "called for continued treatment for Romanian exports ... because of the Bucharest
    // government's record on human rights" is no call for rights: a word after a preposition
    // ("(FOR &RIGHTS)") stands near it, inside its phrase.
    // (Not after "to": an infinitive's verb may be the second of a list, "to offer a share of
    // its rice market to U.S. suppliers and remove quotas".)
    if ((element.kind == ElementKind::kWord || element.kind == ElementKind::kSynset) &&
        !element.adjacent && preposition_at >= 0 &&
        tag(static_cast<uint32_t>(preposition_at)) == "IN") {
      const uint32_t end = phrase_end_at(static_cast<uint32_t>(preposition_at));
      if (end > 0) element_limit = std::min(limit, end);
      element_limit = std::min<uint32_t>(element_limit,
                                         static_cast<uint32_t>(preposition_at) + kNearPreposition);
    }
    preposition_at = -1;
    if (element.adjacent) {
      // Quotation marks do not separate words: 'it was a "scandal"' matches {A SCANDAL}.
      while (position < limit && &element != &pattern.after.front() &&
             is_quote_mark(word(position)))
        ++position;
      if (!element_at(dictionary, element, position, limit, consumed)) return result;
    } else if (element.kind == ElementKind::kAny) {
      // `^` skips a noun phrase: the rest of the one the previous word opened ("THEIR ^
      // ABOUT"), else the next one ("TABASKI ^ $": the actor after the skipped one), else
      // one word when no noun phrase follows.
      const uint32_t inside_end = end_of_enclosing_noun_phrase(position, limit);
      if (inside_end > position) {
        consumed = inside_end - position;
      } else {
        const uint32_t start = next_noun_phrase(position, limit);
        if (start < limit) position = start;
        element_at(dictionary, element, position, limit, consumed);
      }
    } else {
      // "briefed Shultz on Thatcher's visit to the Soviet Union": a pattern's first word
      // inside a phrase of topic after the verb is what the act is about, not its object
      // (unless the pattern names the preposition itself).
      const bool first_word =
          &element == &pattern.after.front() &&
          (element.kind == ElementKind::kWord || element.kind == ElementKind::kSynset);
      bool found = false;
      const auto venue = [&](uint32_t at) {
        if (venue_after < 0) return false;
        uint32_t before = at;
        if (before > 0 && word(before - 1) == "the") --before;
        return before > static_cast<uint32_t>(venue_after) + 1 &&
               (word(before - 1) == "in" || word(before - 1) == "at");
      };
      // "discuss the crisis in trade relations with Japan": "with" after a noun of relations
      // is that noun's ("relations with Japan"), not the verb's partner.
      const auto relation_with = [&](uint32_t at) {
        static constexpr std::string_view kRelations[] = {
            "relations", "relationship", "ties",      "trade",      "dispute",  "disputes",
            "deficit",   "surplus",      "friction",  "frictions",  "problems", "row",
            "conflict",  "differences",  "imbalance", "imbalances", "tension",  "tensions"};
        return element.kind == ElementKind::kWord && word(at) == "with" && at > 0 &&
               is_one_of(kRelations, word(at - 1));
      };
      for (uint32_t at = position; at < element_limit; ++at)
        if (element_at(dictionary, element, at, limit, consumed) &&
            (!first_word || !in_topic_phrase(at, verb_begin, verb_end)) &&
            !in_concession_or_wrong_phrase(at, verb_end) && !venue(at) && !relation_with(at)) {
          position = at;
          found = true;
          break;
        }
      if (!found) return result;
      // "did not consider Congress as protectionist", "said the plan was not unfair": a
      // judgement the clause negates just before the pattern's first word is not made.
      if (options_.negation_blocks_patterns && &element == &pattern.after.front() &&
          (element.kind == ElementKind::kWord || element.kind == ElementKind::kSynset) &&
          !is_negation_word(word(position)))
        for (uint32_t at = position > verb_end + 3 ? position - 3 : verb_end; at < position; ++at)
          if (is_negation_word(word(at))) return result;
    }
    if (element.kind == ElementKind::kWord && position < token_count_ &&
        (tag(position) == "IN" || tag(position) == "TO"))
      preposition_at = position;
    if (element.kind == ElementKind::kTarget || element.kind == ElementKind::kCompound)
      result.target_position = static_cast<int32_t>(position);
    if (element.kind == ElementKind::kSource)
      result.source_position = static_cast<int32_t>(position);
    position += consumed;
  }
  // Before the verb, right to left.
  uint32_t end = verb_begin;
  for (auto it = pattern.before.rbegin(); it != pattern.before.rend(); ++it) {
    const PatternElement& element = *it;
    uint32_t consumed = 0;
    if (element.adjacent || element.kind == ElementKind::kCompound) {
      if (!element_ending_at(dictionary, element, end, consumed)) return result;
    } else {
      bool found = false;
      for (uint32_t at = end; at > 0; --at)
        if (element_ending_at(dictionary, element, at, consumed)) {
          end = at;
          found = true;
          break;
        }
      if (!found) return result;
    }
    end -= consumed;
    if (element.kind == ElementKind::kTarget) result.target_position = static_cast<int32_t>(end);
    if (element.kind == ElementKind::kSource) result.source_position = static_cast<int32_t>(end);
  }
  result.matched = true;
  return result;
}

int32_t SentenceCoder::add_mention(const CodedActor& actor) {
  const Span span = char_span(actor.token_begin, actor.token_end);
  for (size_t index = 0; index < document_.mentions.size(); ++index) {
    const Mention& mention = document_.mentions[index];
    if (mention.sentence == sentence_index_ && mention.kind == MentionKind::kActor &&
        mention.span == span && mention.actor_code == actor.code)
      return static_cast<int32_t>(index);
  }
  Mention mention;
  mention.span = span;
  mention.kind = MentionKind::kActor;
  mention.canonical = std::string(document_.text_of(span));
  mention.actor_code = actor.code;
  mention.sentence = sentence_index_;
  for (const EntryRef& entry : actor.entries) mention.entries.push_back(entry.to_ref(""));
  document_.mentions.push_back(std::move(mention));
  return static_cast<int32_t>(document_.mentions.size() - 1);
}

bool SentenceCoder::choose_form(const VerbDictionary& dictionary,
                                const std::vector<uint32_t>& candidates, uint32_t head,
                                uint32_t limit, bool compound_subject, FormChoice& choice) const {
  // Among the verb forms present (longest first), the one whose family gives the most
  // specific pattern match; a form with a real code beats a null one.
  const VerbForm*& form = choice.form;
  const VerbPattern*& best = choice.best;
  PatternMatch& best_match = choice.match;
  uint32_t& chosen_begin = choice.begin;
  uint32_t& chosen_end = choice.end;
  chosen_begin = head;
  chosen_end = head + 1;
  size_t chosen_size = 0;
  for (uint32_t candidate : candidates) {
    const VerbForm& option = dictionary.form(candidate);
    if (option.before.size() > head || head + 1 + option.after.size() > token_count_) continue;
    bool present = true;
    for (size_t offset = 0; offset < option.before.size(); ++offset)
      if (id(head - option.before.size() + offset) != option.before[offset]) present = false;
    // "was highly critical of", "met again with": one adverb may stand between the head and
    // the words after it (not a negation, which the clause's own test reads), and quotation
    // marks anywhere among them ('was "deeply disappointed" by').
    uint32_t position = head + 1;
    bool adverb_skipped = false;
    for (size_t offset = 0; offset < option.after.size() && present; ++offset) {
      while (position < token_count_) {
        const std::string_view part = tag(position);
        const bool quote = part == "``" || part == "''";
        const bool adverb = offset == 0 && !adverb_skipped && part == "RB" &&
                            id(position) != option.after[0] && !is_negation_word(word(position));
        if (!quote && !adverb) break;
        adverb_skipped = adverb_skipped || adverb;
        ++position;
      }
      if (position >= token_count_ || id(position) != option.after[offset]) present = false;
      ++position;
    }
    if (!present) continue;
    const size_t size = option.before.size() + option.after.size() + 1;
    if (form != nullptr && size < chosen_size) continue;
    const uint32_t begin = head - static_cast<uint32_t>(option.before.size());
    const uint32_t end = option.after.empty() ? head + 1 : position;
    const VerbPattern* option_best = nullptr;
    PatternMatch option_match;
    const VerbFamily& family = dictionary.family(option.family);
    for (size_t slot = 0; slot < family.patterns.size(); ++slot) {
      if (!family.signatures[slot].within(signature_)) continue;
      const VerbPattern& pattern = dictionary.pattern(family.patterns[slot]);
      if (pattern.code.is_ignored()) continue;
      if (option_best != nullptr && pattern.weight <= option_best->weight) continue;
      if (!has_words(pattern.required_words)) continue;
      bool synsets_possible = true;
      for (uint32_t synset : pattern.synsets)
        if (!dictionary.synset(synset).first_signature.meets(signature_)) synsets_possible = false;
      if (!synsets_possible) continue;
      PatternMatch match = match_pattern(dictionary, pattern, begin, end, limit, compound_subject);
      if (!match.matched) continue;
      option_best = &pattern;
      option_match = match;
    }
    bool better = form == nullptr || size > chosen_size;
    if (!better) {
      const uint32_t weight = option_best ? option_best->weight + 1 : 0;
      const uint32_t current = best ? best->weight + 1 : 0;
      const bool option_codes = (option_best ? option_best->code : option.code).codes_something();
      const bool current_codes = (best ? best->code : form->code).codes_something();
      better = weight > current || (weight == current && option_codes && !current_codes);
    }
    if (!better) continue;
    form = &option;
    best = option_best;
    best_match = option_match;
    chosen_begin = begin;
    chosen_end = end;
    chosen_size = size;
  }
  return form != nullptr;
}

void SentenceCoder::code_verb(int32_t verb_node) {
  const uint32_t head = local_begin(tree_[verb_node]);
  const VerbDictionary& verbs = dictionaries_.verbs();
  const std::vector<uint32_t>& candidates = verbs.forms_for(id(head));
  if (candidates.empty()) return;
  if (removed_[head]) return;  // in a comma clause taken out of the sentence
  // Inside a verb phrase that was already coded, unless in a relative clause of its own
  // ("met Allawi, who criticised France").
  const bool relative = options_.code_relative_clauses && in_subject_relative(verb_node);
  // "a visiting Nicaraguan delegation": a participle inside a noun phrase is no part of the
  // verb phrase around it.
  const bool modifier = std::string_view(tree_[verb_node].label) == "VBG" &&
                        tree_[verb_node].parent >= 0 &&
                        label_is(tree_[tree_[verb_node].parent].label, "NP");
  for (const auto& [begin, end] : coded_verb_phrases_)
    if (head >= begin && head < end && !relative && !modifier &&
        !(options_.code_time_clauses && in_time_clause(verb_node, begin)))
      return;
  const int32_t verb_phrase = verb_phrase_of(verb_node);
  const uint32_t limit = verb_phrase >= 0 ? local_end(tree_[verb_phrase]) : token_count_;
  // "had been approved to help fund support from ...": "have" as an auxiliary, with a verb
  // phrase of its own after it, is no verb of possession.
  if (verb_phrase >= 0 && document_.tokens[first_token_ + head].lemma == "have")
    for (int32_t child = tree_[verb_phrase].first_child; child >= 0;
         child = tree_[child].next_sibling)
      if (label_is(tree_[child].label, "VP")) return;
  // "would help smash the gangs", "helped end the war": "help" with a bare verb after it
  // helps that act happen; the verb after it is coded for itself ("help Kenya rebuild" still
  // helps Kenya).
  if (verb_phrase >= 0 && document_.tokens[first_token_ + head].lemma == "help") {
    const int32_t next = tree_[verb_node].next_sibling;
    if (next >= 0 && label_is(tree_[next].label, "VP")) return;
  }
  if (verb_phrase >= 0 && is_question_or_met_demand(verb_node, verb_phrase)) return;
  bool inherited = false;
  int32_t subject = subject_of(verb_node, &inherited);
  if (const int32_t reporter = reporter_of_tense_break(verb_node); reporter >= 0) {
    subject = reporter;
    inherited = true;
  }
  // 'Mr Ancram argued: "What the government is doing is giving in to French pressure': a
  // quotation after a colon is the speaker's words, not acts of the speaker; a verb in it
  // without a subject of its own has none.
  if (subject >= 0 && head < quoted_.size() && quoted_[head])
    for (uint32_t t = local_end(tree_[subject]); t < head; ++t)
      if (word(t) == ":") return;
  // "The Iraq war had hit trust in politicians": a thing is no source, and the actor that
  // only modifies it is not one either.
  if (subject >= 0 && !inherited && local_end(tree_[subject]) > local_begin(tree_[subject]) + 1 &&
      !is_passive(verb_node)) {
    const uint32_t last = local_end(tree_[subject]) - 1;
    if ((tag(last) == "NN" || tag(last) == "NNS") && is_thing_noun(word(last)) &&
        actor_at_[last] < 0 && agent_at_[last] < 0)
      return;
  }
  // "Reagan and Mulroney met": the members of a compound subject act on each other, unless
  // the verb names whom they met ("met Thatcher", "met with Thatcher").
  // (An object names a partner when it ends in one: "discussed the administration's offer"
  // names what they discussed.)
  bool names_partner = false;
  if (const int32_t phrase = verb_phrase_of(verb_node); phrase >= 0)
    for (int32_t child = tree_[phrase].first_child; child >= 0 && !names_partner;
         child = tree_[child].next_sibling) {
      if (local_begin(tree_[child]) <= head) continue;
      if (label_is(tree_[child].label, "NP")) {
        // The object's head: the end of its first noun phrase, before phrases and clauses.
        int32_t base = child;
        while (tree_[base].first_child >= 0 && label_is(tree_[tree_[base].first_child].label, "NP"))
          base = tree_[base].first_child;
        const uint32_t last = local_end(tree_[base]) - 1;
        names_partner = is_pronoun(child) || actor_at_[last] >= 0 || agent_at_[last] >= 0;
      } else if (label_is(tree_[child].label, "PP") && word(local_begin(tree_[child])) == "with") {
        names_partner =
            first_coded_phrase(child, local_begin(tree_[child]) + 1, local_end(tree_[child])) >= 0;
      }
    }
  const bool compound_subject = subject >= 0 && codings_[subject].computed &&
                                codings_[subject].actors.size() >= 2 && !names_partner;

  // "Blair said the UK would only take part where it served UK interests but the Tories say
  // he is surrendering a key veto": what a verb of saying reports ends where another
  // speaker's verb of saying begins; the words after it are that speaker's.
  uint32_t pattern_limit = limit;
  if (is_reporting_lemma(document_.tokens[first_token_ + head].lemma))
    for (uint32_t t = head + 2; t < limit; ++t) {
      if (!is_verb_tag(tag(t)) || !is_reporting_lemma(document_.tokens[first_token_ + t].lemma))
        continue;
      uint32_t speaker = t;
      if (actor_at_[t - 1] >= 0)
        speaker = actor_matches_[actor_at_[t - 1]].begin;
      else if (agent_at_[t - 1] >= 0)
        speaker = agent_matches_[agent_at_[t - 1]].begin;
      else
        continue;
      if (speaker > head + 1 && word(speaker - 1) == "the") --speaker;
      if (speaker > head + 1) pattern_limit = speaker;
      break;
    }
  FormChoice choice;
  if (!choose_form(verbs, candidates, head, pattern_limit, compound_subject, choice)) return;
  const VerbForm* form = choice.form;
  const VerbPattern* best = choice.best;
  const PatternMatch& best_match = choice.match;
  const uint32_t chosen_end = choice.end;
  const EventCode& code = best ? best->code : form->code;
  if (!code.codes_something() || code.is_ignored()) return;
  // "Iran plans to attack Iraq", "plans to send aid to Kenya": an intent verb with no pattern
  // of its own leaves the act it names to the verb after "to", which codes it as an intent
  // (033) or a threat (138) because it is still to come.
  if (best == nullptr && verb_phrase >= 0 && defers_to_infinitive(head, verb_phrase)) return;
  // "suggested Germany saw the EU as an empire": suggesting what someone did or does is a
  // claim, not a proposal ("suggested the cash could be shared out" is one).
  if (best == nullptr && verb_phrase >= 0 &&
      document_.tokens[first_token_ + head].lemma == "suggest")
    for (int32_t child = tree_[verb_phrase].first_child; child >= 0;
         child = tree_[child].next_sibling) {
      const int32_t clause = complement_clause(child);
      if (clause < 0) continue;
      int32_t clause_verb = -1;
      for (int32_t inner = tree_[clause].first_child; inner >= 0; inner = tree_[inner].next_sibling)
        if (label_is(tree_[inner].label, "VP")) {
          // "the posters were part of a trend and ...": into the first of joined verb phrases.
          int32_t phrase = inner;
          while (tree_[phrase].first_child >= 0 &&
                 label_is(tree_[tree_[phrase].first_child].label, "VP"))
            phrase = tree_[phrase].first_child;
          clause_verb = first_verb_child(phrase, true);
          break;
        }
      if (clause_verb < 0) continue;
      const std::string_view tense = tree_[clause_verb].label;
      if (tense == "VBD" || tense == "VBZ" || tense == "VBP") return;
    }
  const bool reverse_only = code.is_null();
  // "did not attack" is no attack, unless the pattern itself names the negation.
  if (options_.skip_negated && is_negated(verb_node) &&
      !(best != nullptr && names_negation(best->written)))
    return;
  if (options_.skip_hypothetical && (is_hypothetical(verb_node) || is_conditional(verb_node)))
    return;
  // "he talks with the Treasury Secretary from time to time": a habit, not an act.
  if (options_.skip_hypothetical && verb_phrase >= 0 && is_habitual(verb_phrase)) return;
  // "The EU imposed its arms ban on China in 1989": an act dated more than a year before
  // the story is history, not news.
  if (options_.skip_old_events && verb_phrase >= 0) {
    // This verb's phrase, or one it is part of ("imposed its ban in 1989 after troops opened
    // fire").
    for (int32_t phrase = verb_phrase; phrase >= 0; phrase = tree_[phrase].parent)
      if (label_is(tree_[phrase].label, "VP") && dated_long_before(phrase)) return;
  }
  // "pays more than France contributes to the EU budget": a comparison describes a measure,
  // not an act.
  for (int32_t node = tree_[verb_node].parent; node >= 0; node = tree_[node].parent)
    if ((label_is(tree_[node].label, "SBAR") || label_is(tree_[node].label, "PP")) &&
        word(local_begin(tree_[node])) == "than")
      return;
  // "a civilian allegedly killed by UK troops": an act the story only says is alleged is
  // someone's claim, not an event it reports.
  if (options_.skip_hypothetical && head > 0 &&
      (word(head - 1) == "allegedly" || word(head - 1) == "supposedly"))
    return;
  // "He denied an earlier report that he planned to ...": what a denied report says did not
  // happen.
  if (options_.skip_negated && in_denied_report(verb_node)) return;
  // "said there was strong evidence Thatcher approved the sale": what evidence is said to
  // show is a charge (coded on the verb of saying), not an event the story reports.
  if (options_.skip_hypothetical && is_evidence_claim(verb_node, subject)) return;
  // "an EU demand for Turkey to recognise Cyprus", "a plan to attack": an infinitive that
  // completes a noun is wanted or planned, not done.
  if (options_.skip_hypothetical && in_noun_infinitive(verb_node)) return;
  if (options_.skip_hypothetical && in_proposal_content(verb_node)) return;
  // "saw no difficulties about Italy joining the talks", "fears over Iraq attacking Kuwait",
  // "warned against attacking Kuwait": a gerund in a phrase of topic or opposition is what
  // is talked about, feared or opposed, not an act.
  if (options_.skip_hypothetical && tag(head) == "VBG") {
    for (int32_t node = tree_[verb_node].parent; node >= 0; node = tree_[node].parent) {
      if ((is_clause(tree_[node].label) && !is_subjectless_clause(node)) ||
          label_is(tree_[node].label, "SBAR"))
        break;
      if (!label_is(tree_[node].label, "PP")) continue;
      const std::string_view preposition = word(local_begin(tree_[node]));
      if (preposition == "about" || preposition == "over" || preposition == "regarding" ||
          preposition == "concerning" || preposition == "against")
        return;
      // "a proposal for a separate agreement on withdrawing missiles", "talks on cutting
      // arms": "on" after a noun names a topic too (after a verb it may be a time: "on
      // arriving").
      if (preposition == "on" && local_begin(tree_[node]) > 0 &&
          (tag(local_begin(tree_[node]) - 1) == "NN" || tag(local_begin(tree_[node]) - 1) == "NNS"))
        return;
      break;
    }
  }
  if (options_.skip_hypothetical && in_appearance_clause(verb_node)) return;
  // "Turkey, which occupies northern Cyprus": a relative clause in the simple present
  // describes a standing state, not an act of the story.
  if (options_.skip_hypothetical && in_present_relative(verb_node)) return;

  // Source and target phrases.
  int32_t source_node = -1, target_node = -1;
  std::string note;
  if (best_match.source_position >= 0) source_node = phrase_of_actor_at(best_match.source_position);
  if (best_match.target_position >= 0) target_node = phrase_of_actor_at(best_match.target_position);
  // "Rafsanjani told a visiting Nicaraguan delegation": a visit named by its visitors. They
  // visit whoever the clause around the phrase has as its subject.
  if (code.code == "042" && std::string_view(tree_[verb_node].label) == "VBG" && verb_phrase < 0 &&
      tree_[verb_node].parent >= 0 && label_is(tree_[tree_[verb_node].parent].label, "NP")) {
    const int32_t visitors = tree_[verb_node].parent;
    const int32_t host_verb = governing_verb(visitors);
    if (host_verb < 0 || !codings_[visitors].computed || !codings_[visitors].has_actor) return;
    bool ignored = false;
    source_node = visitors;
    target_node = subject_of(host_verb, &ignored);
    if (target_node < 0) return;
    note = "visitors named by the phrase";
  }
  if (subject >= 0 && target_node >= 0 &&
      local_begin(tree_[subject]) <= local_begin(tree_[target_node]) &&
      local_end(tree_[subject]) >= local_end(tree_[target_node])) {
    // The pattern made the clause subject the target ("noted + *"): the source is the
    // subject of the clause above.
    bool ignored = false;
    subject = subject_of(subject, &ignored);
  }
  bool passive_without_agent = false;
  bool described_head = false;  // a participle's target is the head of the phrase it is in
  // "The four Britons freed from US custody ... are expected": a release with no object and
  // a "from" phrase after it, read as a past tense, is a participle: the freed are its
  // subject.
  bool reduced_release = false;
  if (verb_phrase >= 0 && code.code.starts_with("084") &&
      std::string_view(tree_[verb_node].label) == "VBD") {
    bool object = false, from = false;
    for (int32_t child = tree_[verb_phrase].first_child; child >= 0;
         child = tree_[child].next_sibling) {
      if (label_is(tree_[child].label, "NP") && local_begin(tree_[child]) >= chosen_end)
        object = true;
      if (label_is(tree_[child].label, "PP") && word(local_begin(tree_[child])) == "from")
        from = true;
    }
    reduced_release = from && !object;
  }
  if (verb_phrase >= 0 && (is_passive(verb_node) || reduced_release)) {
    const int32_t agent = by_phrase_in(verb_phrase, chosen_end);
    // "the embassy, which is alleged to have been penetrated by the KGB": a raising passive
    // with no one named who alleges or says it is no act of its own (the clause after it is
    // coded by its own verb).
    // (`skip_hypothetical`: PETRARCH2's dictionaries code "is said to be about to restore
    // ties" by the verb of saying.)
    if (options_.skip_hypothetical && agent < 0 && has_clause_complement(verb_phrase) &&
        is_raising_verb(head))
      return;
    // "attempts ... had been met with advice": met with a reaction is no meeting.
    if (agent < 0 && code.code.starts_with("04") &&
        document_.tokens[first_token_ + head].lemma == "meet")
      return;
    if (agent >= 0) {
      if (source_node < 0) source_node = agent;
      if (target_node < 0) target_node = subject;
      // "A free trade pact, backed by Reagan and Mulroney, would ...", "Japan, backed by
      // France, ...": a participle inside the noun phrase it describes acts on the head of
      // that phrase, never on the phrase that holds the agents too.
      if (target_node < 0 && verb_phrase >= 0 && tree_[verb_phrase].parent >= 0 &&
          label_is(tree_[tree_[verb_phrase].parent].label, "NP")) {
        // "an Iranian brigade, backed by tanks": support by arms is no one's act.
        if (!codings_[agent].has_actor) return;
        const int32_t head_phrase = tree_[tree_[verb_phrase].parent].first_child;
        // The head must name someone ("Soviet oil imported by the EC" names a good).
        if (head_phrase < 0 || !label_is(tree_[head_phrase].label, "NP") ||
            (head_phrase <= agent && agent < subtree_end_[head_phrase]) ||
            local_end(tree_[head_phrase]) <= local_begin(tree_[head_phrase]))
          return;
        const uint32_t last = local_end(tree_[head_phrase]) - 1;
        if (actor_at_[last] < 0 && agent_at_[last] < 0) return;
        target_node = head_phrase;
        described_head = true;
      }
      note = "passive";
    } else if (options_.passive_subject_is_target &&
               (best == nullptr ||
                // "was charged with spying": a pattern naming no one leaves the subject the
                // one acted on.
                // "Taiwan had been invited to the bank's annual meeting": nor does an
                // invitation's.
                ((code.code.starts_with("173") ||
                  document_.tokens[first_token_ + head].lemma == "invite") &&
                 choice.match.target_position < 0 && choice.match.source_position < 0)) &&
               source_node < 0 && target_node < 0 &&
               (!has_clause_complement(verb_phrase) || !is_raising_verb(head))) {
      // "He was briefed on ...": the subject undergoes the act; whoever did it is unnamed.
      target_node = subject;
      passive_without_agent = true;
      note = "passive";
      // "The four Britons were freed from US custody": whoever held them released them.
      if (code.code.starts_with("084")) {
        const int32_t holder = actor_phrase_after(verb_phrase, "from");
        if (holder >= 0) {
          source_node = holder;
          passive_without_agent = false;
          note = "passive; released by the one who held them";
        }
      }
      // "The US announced that Habib will be released": a release announced by someone is
      // theirs to make.
      if (passive_without_agent &&
          (code.code.starts_with("084") || code.code.starts_with("0353"))) {
        const int32_t announcer = announcer_of(verb_node);
        if (announcer >= 0 && codings_[announcer].computed && codings_[announcer].has_actor) {
          source_node = announcer;
          passive_without_agent = false;
          note = "passive; released by the one who announced it";
        }
      }
    }
  }
  if (source_node < 0 && !passive_without_agent) source_node = subject;
  if (target_node < 0 && verb_phrase >= 0) {
    // "We agreed that in Afghanistan there is cause for optimism": what was agreed is no
    // partner to the agreement.
    uint32_t target_limit = limit;
    if (document_.tokens[first_token_ + head].lemma == "agree")
      for (int32_t child = tree_[verb_phrase].first_child; child >= 0;
           child = tree_[child].next_sibling)
        if ((label_is(tree_[child].label, "SBAR") || label_is(tree_[child].label, "PP")) &&
            word(local_begin(tree_[child])) == "that") {
          target_limit = std::min(target_limit, local_begin(tree_[child]));
          break;
        }
    // "denied comparing the idea with dictatorships in Russia", "denied the decision would
    // suggest to China that ...": who figures in what is denied is not the accuser the
    // denial answers (GUIDE: the target of a denial is the accuser).
    if (document_.tokens[first_token_ + head].lemma == "deny")
      if (const int32_t denied = complement_clause_of(verb_phrase); denied >= 0)
        target_limit = std::min(target_limit, local_begin(tree_[denied]));
    target_node = first_coded_phrase(verb_phrase, chosen_end, target_limit);
    // "The GCC met in Riyadh": where an organisation meets is its venue, not a side (as for
    // "the IMF meetings in Washington"); a side named after it still counts.
    const bool organisation = subject >= 0 && codings_[subject].computed &&
                              !codings_[subject].actors.empty() &&
                              codings_[subject].actors.front().code.starts_with("IGO");
    // So is where its talks are held, resumed or ended ("EC budget ministers ended six hours
    // of talks in Luxembourg").
    const bool talks_code =
        code.code.starts_with("04") || code.code == "036" || code.code.starts_with("16");
    // "Fitzwater said the president was forced to act because Tokyo had failed to fulfill an
    // agreement": a judgement in what was said is not of the speaker's own side named first;
    // the next one named is its object.
    const auto same_as_source = [&](int32_t node) {
      if (node < 0 || subject < 0 || !codings_[subject].computed ||
          codings_[subject].actors.size() != 1 || !codings_[node].computed ||
          codings_[node].actors.empty())
        return false;
      const std::string& own_code = codings_[subject].actors.front().code;
      return std::all_of(codings_[node].actors.begin(), codings_[node].actors.end(),
                         [&](const CodedActor& actor) { return actor.code == own_code; });
    };
    const std::string& verb_lemma = document_.tokens[first_token_ + head].lemma;
    const bool statement = verb_lemma == "say" || verb_lemma == "tell" || verb_lemma == "add" ||
                           verb_lemma == "state" || verb_lemma == "declare" ||
                           verb_lemma == "claim" || verb_lemma == "argue" ||
                           verb_lemma == "insist" || verb_lemma == "note" || verb_lemma == "stress";
    if (best != nullptr && code.code.starts_with("11") && statement)
      while (same_as_source(target_node))
        target_node = first_coded_phrase(verb_phrase, local_end(tree_[target_node]), target_limit);
    while (organisation && target_node >= 0 && talks_code) {
      const int32_t place = tree_[target_node].parent;
      if (place < 0 || !label_is(tree_[place].label, "PP") ||
          (word(local_begin(tree_[place])) != "in" && word(local_begin(tree_[place])) != "at"))
        break;
      target_node = first_coded_phrase(verb_phrase, local_end(tree_[place]), target_limit);
    }
  }

  // "More must be done to finance the care of those living with HIV, he said": what must or
  // should be done is asked of the subject of "must", never of someone named after it.
  if (best != nullptr && target_node >= 0 && names_obligation(best->written))
    for (uint32_t t = head + 1; t < limit; ++t)
      if (is_obligation_word(word(t))) {
        if (local_begin(tree_[target_node]) > t) {
          // "said the prime minister should sack Mr Brown": the one before "should".
          target_node = verb_phrase >= 0 ? first_coded_phrase(verb_phrase, chosen_end, t) : -1;
          if (target_node < 0) return;
        }
        // "said the difficulty of syndicating Mexico's loan shows that new approaches must be
        // encouraged": the subject of the modal's own clause is the one asked; when that
        // names no one, no one is.
        if (const int32_t asked = subject_of_modal(t, head); asked != -2) {
          if (asked < 0 || !codings_[asked].computed || codings_[asked].actors.empty()) return;
          target_node = asked;
        }
        break;
      }
  // "want the EU budget to be capped": wanting something of someone's done asks no one; only
  // a phrase that names the one who should act ("wants Britain to use its influence") is
  // asked.
  if (target_node >= 0 && document_.tokens[first_token_ + head].lemma == "want") {
    const uint32_t last = local_end(tree_[target_node]) - 1;
    if (actor_at_[last] < 0 && agent_at_[last] < 0 && !is_states_noun(word(last))) return;
  }
  // "complained that the plans would hit West German farmers": what a complaint says
  // happened names the one it is about by its subject ("complained that the ADB had stopped
  // loans") or a passive's agent ("complained they were injured by Japan's practices"); those
  // it says were hurt are not its target.
  if (target_node >= 0 && verb_phrase >= 0 &&
      document_.tokens[first_token_ + head].lemma == "complain") {
    const uint32_t target_begin = local_begin(tree_[target_node]);
    for (int32_t child = tree_[verb_phrase].first_child; child >= 0;
         child = tree_[child].next_sibling) {
      const int32_t clause = complement_clause(child);
      if (clause < 0 || target_begin < local_begin(tree_[clause]) ||
          target_begin >= local_end(tree_[clause]))
        continue;
      const int32_t clause_subject = first_subject_phrase(clause);
      const bool in_subject =
          clause_subject >= 0 && target_begin < local_end(tree_[clause_subject]);
      const int32_t holder = tree_[target_node].parent;
      const bool agent = holder >= 0 && label_is(tree_[holder].label, "PP") &&
                         word(local_begin(tree_[holder])) == "by";
      if (!in_subject && !agent) target_node = -1;
      break;
    }
  }
  // Views of the phrases' actors; copies only for what this verb makes up itself.
  static const CodedActor kNobody{"---", 0, 0, {}};
  CodedActor resolved;
  std::span<const CodedActor> sources, targets;
  if (source_node >= 0 && codings_[source_node].computed) sources = codings_[source_node].actors;
  if (sources.empty() && source_node < 0 && !passive_without_agent && options_.resolve_pronouns) {
    const int32_t pronoun = pronoun_subject(verb_node);
    if (pronoun >= 0 && resolve_pronoun(pronoun, resolved)) {
      sources = std::span<const CodedActor>(&resolved, 1);
      note += note.empty() ? "pronoun resolved" : "; pronoun resolved";
    }
  }
  if (target_node >= 0 && codings_[target_node].computed) targets = codings_[target_node].actors;
  // "an agreement reached last year between President Ronald Reagan and Indonesia's President
  // Suharto when they met on Bali": "they" meeting, talking or agreeing with no one named are
  // the two people just joined by "and" in the sentence, each with the other.
  std::array<CodedActor, 2> they_pair;
  int32_t they = -1;
  if (sources.empty() && targets.empty() && !code.reciprocal.empty() && options_.resolve_pronouns) {
    const int32_t clause = clause_at_or_above(tree_[verb_node].parent);
    const int32_t first = clause >= 0 ? tree_[clause].first_child : -1;
    if (first >= 0 && label_is(tree_[first].label, "NP") &&
        local_end(tree_[first]) == local_begin(tree_[first]) + 1 &&
        word(local_begin(tree_[first])) == "they")
      they = first;
  }
  if (they >= 0 && joined_pair_before(local_begin(tree_[they]), they_pair)) {
    sources = std::span<const CodedActor>(&they_pair[0], 1);
    targets = std::span<const CodedActor>(&they_pair[1], 1);
    note += note.empty() ? "\"they\": the two people joined before it"
                         : "; \"they\": the two people joined before it";
  }
  // "TOKYO - Two Polish citizens were arrested ...", "WASHINGTON - A Marine was arrested
  // yesterday": an arrest or a charge in the passive with no one named as making it, of the
  // clause's subject, is the authority's of the dateline's country: its police, or its forces
  // for one of its servicemen. (With no dateline, who held someone is too often another
  // state: "The Britons were detained as part of the US-led war on terror".)
  CodedActor authority;
  if (passive_without_agent && sources.empty() && targets.size() == 1 && memory_ != nullptr &&
      subject >= 0 && target_node == subject &&
      (code.code.starts_with("173") ||
       // (Charged "with" a crime; "gains will be charged at the corporation tax rate" is tax.)
       (document_.tokens[first_token_ + head].lemma == "charge" && code.code.starts_with("112") &&
        head + 1 < token_count_ &&
        (word(head + 1) == "with" || (head + 2 < token_count_ && word(head + 2) == "with"))))) {
    const std::string& held = targets.front().code;
    const std::string& country = memory_->dateline_country;
    if (country.size() == 3) {
      const bool serviceman = held.size() >= 6 &&
                              (held.compare(0, 3, country) == 0 || held.starts_with("---")) &&
                              std::string_view(held).substr(3, 3) == "MIL";
      authority.code = country + (serviceman ? "MIL" : "COP");
      authority.token_begin = head;
      authority.token_end = head + 1;
      sources = std::span<const CodedActor>(&authority, 1);
      note += (note.empty() ? "" : "; ") + std::string(kUnnamedAuthority) + ": " + authority.code;
    }
  }
  // "The Tories said she broke a convention": what was said about a "he" or "she" (the
  // subject of the reported clause, before any other actor) is about the person it stands
  // for.
  CodedActor reported_person;
  if (best != nullptr && options_.resolve_pronouns && verb_phrase >= 0 &&
      is_reporting_lemma(document_.tokens[first_token_ + head].lemma)) {
    for (int32_t child = tree_[verb_phrase].first_child; child >= 0;
         child = tree_[child].next_sibling) {
      const int32_t clause = complement_clause(child);
      if (clause < 0) continue;
      const int32_t first = tree_[clause].first_child;
      if (first < 0 || !label_is(tree_[first].label, "NP") || !is_personal_pronoun(first)) break;
      if (target_node >= 0 && local_begin(tree_[target_node]) < local_begin(tree_[first])) break;
      bool resolved_person = resolve_pronoun(first, reported_person);
      // Not the reporter itself ("the Tories said she ..."): the person the story is about.
      if (resolved_person && !sources.empty() && reported_person.code == sources.front().code &&
          memory_ != nullptr && memory_->has_subject_person) {
        reported_person = memory_->subject_person;
        reported_person.token_begin = local_begin(tree_[first]);
        reported_person.token_end = local_end(tree_[first]);
      }
      if (resolved_person && !sources.empty() && reported_person.code != sources.front().code) {
        targets = std::span<const CodedActor>(&reported_person, 1);
        note += note.empty() ? "pronoun resolved" : "; pronoun resolved";
      }
      break;
    }
  }
  // "Syria has complained to the United Nations that Israeli occupation authorities were
  // blocking the export of citrus": a complaint made "to" an international body, with what
  // it says in a clause, is against that clause's subject; the body only hears it.
  if (code.code.starts_with("114") && targets.size() == 1 &&
      targets.front().code.starts_with("IGO") && target_node >= 0 && verb_phrase >= 0 &&
      local_begin(tree_[target_node]) > 0 && word(local_begin(tree_[target_node]) - 1) == "to") {
    for (int32_t child = tree_[verb_phrase].first_child; child >= 0;
         child = tree_[child].next_sibling) {
      const int32_t clause = complement_clause(child);
      if (clause < 0) continue;
      const int32_t accused = tree_[clause].first_child;
      if (accused >= 0 && label_is(tree_[accused].label, "NP") && codings_[accused].computed &&
          codings_[accused].has_actor &&
          !codings_[accused].actors.front().code.starts_with("IGO")) {
        targets = codings_[accused].actors;
        note += note.empty() ? "complained of to an international body"
                             : "; complained of to an international body";
      }
      break;
    }
  }
  // "a Turkish ship which Greece had threatened to tackle": in a relative clause with a
  // subject of its own, a verb without an object acts on the phrase the clause modifies.
  if (targets.empty() && options_.code_relative_clauses && !described_head) {
    const int32_t antecedent = relative_antecedent(verb_node);
    if (antecedent >= 0 && antecedent != subject && codings_[antecedent].computed)
      targets = codings_[antecedent].actors;
  }
  // "Mr Straw signed a deal on China-UK tourism": a hyphenated pair after the verb, one side
  // the source's own country, names the other side as the target.
  std::vector<CodedActor> pair_sides;
  if (targets.empty() && sources.size() == 1 && verb_phrase >= 0 &&
      sources.front().code.size() >= 3) {
    pair_sides = hyphenated_pair(chosen_end, limit);
    const std::string_view own = std::string_view(sources.front().code).substr(0, 3);
    for (size_t side = 0; side < pair_sides.size(); ++side)
      if (std::string_view(pair_sides[side].code).substr(0, 3) == own) {
        targets = std::span<const CodedActor>(&pair_sides[1 - side], 1);
        note += note.empty() ? "the other side of a hyphenated pair"
                             : "; the other side of a hyphenated pair";
        break;
      }
    // "The EC complained about the U.S.-Japanese accord": a judgement of a pair's accord that
    // is neither side's own is of both sides.
    if (targets.empty() && pair_sides.size() == 2 && code.code.starts_with("11") &&
        !sources.front().code.starts_with("---")) {
      targets = pair_sides;
      note +=
          note.empty() ? "both sides of a hyphenated pair" : "; both sides of a hyphenated pair";
    }
  }
  // "Shaheen condemned the detentions, and asked Tehran to free the boats": a condemnation
  // whose object names no one is of the one the next conjoined verb addresses.
  if (targets.empty() && code.code.starts_with("11") && verb_phrase >= 0 &&
      tree_[verb_phrase].parent >= 0) {
    // The conjuncts are verb phrases, or this verb's clause and a verb phrase after it.
    const int32_t holder =
        is_clause(tree_[tree_[verb_phrase].parent].label) ? tree_[verb_phrase].parent : verb_phrase;
    bool conjunction = false;
    for (int32_t next = tree_[holder].next_sibling; next >= 0; next = tree_[next].next_sibling) {
      if (std::string_view(tree_[next].label) == "CC") conjunction = true;
      if (!conjunction || !label_is(tree_[next].label, "VP")) continue;
      const int32_t addressed =
          first_coded_phrase(next, local_begin(tree_[next]), local_end(tree_[next]));
      if (addressed >= 0 && codings_[addressed].has_actor) {
        targets = codings_[addressed].actors;
        note += note.empty() ? "target of the next conjoined verb"
                             : "; target of the next conjoined verb";
      }
      break;
    }
  }
  // "have accused Tokyo of failing to live up to the accord and have threatened retaliatory
  // action": a threat that names no one is against the one the verb phrase before it
  // addresses.
  if (targets.empty() && code.code.starts_with("13") && verb_phrase >= 0) {
    // Up through the auxiliaries' verb phrases ("have threatened") to the conjunct.
    int32_t conjunct = verb_phrase;
    for (int depth = 0; depth < 3 && tree_[conjunct].parent >= 0 &&
                        label_is(tree_[tree_[conjunct].parent].label, "VP") &&
                        !has_conjunction(tree_[conjunct].parent);
         ++depth)
      conjunct = tree_[conjunct].parent;
    const int32_t holder = tree_[conjunct].parent;
    int32_t previous = -1;
    bool conjunction = false;
    for (int32_t child =
             holder >= 0 && label_is(tree_[holder].label, "VP") ? tree_[holder].first_child : -1;
         child >= 0 && child != conjunct; child = tree_[child].next_sibling) {
      if (label_is(tree_[child].label, "VP")) {
        previous = child;
        conjunction = false;
      } else if (std::string_view(tree_[child].label) == "CC") {
        conjunction = true;
      }
    }
    if (previous >= 0 && conjunction) {
      const int32_t addressed =
          first_coded_phrase(previous, local_begin(tree_[previous]), local_end(tree_[previous]));
      if (addressed >= 0 && codings_[addressed].has_actor) {
        targets = codings_[addressed].actors;
        note += note.empty() ? "target of the conjoined verb before"
                             : "; target of the conjoined verb before";
      }
    }
  }
  // "on arriving here for talks", in a story datelined PEKING: "here" is the dateline's
  // country.
  CodedActor here;
  if (targets.empty() && code.code.starts_with("04") && memory_ != nullptr &&
      !memory_->dateline_country.empty() && verb_phrase >= 0) {
    for (uint32_t t = chosen_end; t < limit; ++t)
      if (word(t) == "here" && tag(t) == "RB") {
        here = here_actor(t);
        targets = std::span<const CodedActor>(&here, 1);
        note += note.empty() ? "\"here\" is the dateline's country"
                             : "; \"here\" is the dateline's country";
        break;
      }
  }
  // "The US government denied the claims": a denial of claims no one is named for answers
  // the last one the story reported claiming something; "Blair dismissed reports he would
  // quit": reports no one is named for are the press's of the denier's country (the
  // guide's target for a denial is the accuser). Actors inside what was claimed ("reports
  // he told Gordon Brown") are not its authors.
  CodedActor claimant;
  if (code.code == "016" && !sources.empty()) {
    // The claims are the object, or the subject of a passive ("His claims were denied").
    const bool passive = subject >= 0 && is_passive(verb_node);
    const uint32_t from = passive ? local_begin(tree_[subject]) : chosen_end;
    const uint32_t to = passive ? local_end(tree_[subject]) : std::min(limit, chosen_end + 4);
    uint32_t claim = to;
    for (uint32_t t = from; t < to && claim == to; ++t)
      if (is_claim_noun(word(t)) || word(t) == "report") claim = t;
    const bool named_author =
        !targets.empty() && (target_node < 0 || local_begin(tree_[target_node]) <= claim);
    const std::string& own = sources.front().code;
    if (claim < to && !named_author) {
      if (memory_ != nullptr && memory_->has_claimant && memory_->claimant.code != own) {
        claimant = memory_->claimant;
        note += note.empty() ? "the claims are the last claimant's"
                             : "; the claims are the last claimant's";
      } else if (is_press_report(claim) && own.size() >= 3 &&
                 is_country_code(std::string_view(own).substr(0, 3))) {
        claimant.code = own.substr(0, 3) + "MED";
        note +=
            note.empty() ? "reports denied are the press's" : "; reports denied are the press's";
      }
      if (!claimant.code.empty()) {
        claimant.token_begin = claim;
        claimant.token_end = claim + 1;
        targets = std::span<const CodedActor>(&claimant, 1);
      }
    } else if (claim == to && targets.empty() && verb_phrase >= 0 &&
               complement_clause_of(verb_phrase) >= 0 && memory_ != nullptr &&
               memory_->has_claimant && memory_->claimant.code != own) {
      // "Mr Brown also denied that he was increasing taxes": a denial of what no one is named
      // for saying answers the last one the story reported claiming something.
      claimant = memory_->claimant;
      claimant.token_begin = head;
      claimant.token_end = head;
      targets = std::span<const CodedActor>(&claimant, 1);
      note += note.empty() ? "the denial answers the last claimant"
                           : "; the denial answers the last claimant";
    }
  }
  // "Tory spokesman Michael Ancram said lifting the embargo would be irresponsible": criticism
  // by an opposition that names no one is aimed at its country's government; so are its
  // demands and calls ("Oaten also demanded assurances that ...", "Howard called for a
  // return to O-levels"). What it says should happen or asks about is for someone else.
  CodedActor government;
  const auto is_call_verb = [](std::string_view lemma) {
    return lemma == "call" || lemma == "urge" || lemma == "appeal" || lemma == "plead";
  };
  if (targets.empty() &&
      (code.code.starts_with("11") || code.code.starts_with("10") ||
       (code.code.starts_with("02") &&
        is_call_verb(document_.tokens[first_token_ + head].lemma))) &&
      sources.size() == 1 && sources.front().code.size() >= 6 &&
      sources.front().code.compare(3, 3, "OPP") == 0 &&
      is_country_code(std::string_view(sources.front().code).substr(0, 3))) {
    government.code = sources.front().code.substr(0, 3) + "GOV";
    government.token_begin = head;  // named nowhere: an empty span at the verb
    government.token_end = head;
    targets = std::span<const CodedActor>(&government, 1);
    note += note.empty() ? "the opposition's criticism naming no one is aimed at the government"
                         : "; the opposition's criticism naming no one is aimed at the government";
  }
  // "Ancram welcomed the return of the four detainees": a reaction to a release named before
  // is aimed at whoever released them, not at those released (the guide: welcoming a
  // release targets the releasing party).
  CodedActor releaser;
  if ((code.code.starts_with("05") || code.code.starts_with("11")) && !sources.empty() &&
      memory_ != nullptr && !memory_->releaser.empty() && verb_phrase >= 0 &&
      memory_->releaser.compare(0, 3, sources.front().code, 0, 3) != 0) {
    for (uint32_t t = chosen_end; t < std::min(limit, chosen_end + 3); ++t) {
      const std::string_view noun = word(t);
      if (noun != "release" && noun != "return" && noun != "freeing") continue;
      if (tag(t) != "NN") continue;
      releaser.code = memory_->releaser;
      releaser.token_begin = t;
      releaser.token_end = t + 1;
      targets = std::span<const CodedActor>(&releaser, 1);
      note += note.empty() ? "a release named before: its releaser"
                           : "; a release named before: its releaser";
      break;
    }
  }
  // "De Clercq has met top Chinese leaders and today signed an agreement to open an office":
  // an agreement signed with no one named, joined to a meeting before it, is with those met.
  // (A target that is the signer itself, "to open a European Community Commission office",
  // names no one else.)
  const bool only_self = std::all_of(targets.begin(), targets.end(), [&](const CodedActor& t) {
    return !sources.empty() && t.code == sources.front().code;
  });
  if (only_self && sources.size() == 1 && code.code == "057") {
    int32_t before = conjunct_verb_before(verb_node);
    // ("has met": past the auxiliary to the verb it carries.)
    while (before >= 0 && (document_.tokens[tree_[before].token_begin].lemma == "have" ||
                           document_.tokens[tree_[before].token_begin].lemma == "be")) {
      int32_t inner = -1;
      for (int32_t child = tree_[before].next_sibling; child >= 0 && inner < 0;
           child = tree_[child].next_sibling)
        if (label_is(tree_[child].label, "VP")) inner = first_verb_child(child, false);
      before = inner;
    }
    if (before >= 0 && tree_[before].parent >= 0) {
      const std::string& lemma = document_.tokens[tree_[before].token_begin].lemma;
      if (lemma == "meet" || lemma == "visit" || lemma == "receive" || lemma == "host")
        for (int32_t child = tree_[before].next_sibling; child >= 0;
             child = tree_[child].next_sibling) {
          if (!label_is(tree_[child].label, "NP")) continue;
          if (codings_[child].computed && codings_[child].has_actor) {
            targets = codings_[child].actors;
            note += note.empty() ? "signed with those met just before"
                                 : "; signed with those met just before";
          }
          break;
        }
    }
  }
  // "The EU pledged to work towards lifting the ban": a ban, embargo, sanctions or tariffs
  // named before with the one they are on ("the arms embargo on China") are on them still.
  CodedActor sanctioned;
  if (targets.empty() && !sources.empty() && memory_ != nullptr && memory_->has_sanctioned &&
      verb_phrase >= 0 && memory_->sanctioned.code != sources.front().code) {
    for (uint32_t t = chosen_end; t + 1 < limit; ++t) {
      if (!is_sanction_noun(word(t + 1))) continue;
      const std::string_view before = word(t);
      const bool definite = before == "the" || before == "its" || before == "their" ||
                            before == "this" || before == "these" || before == "arms";
      const bool named_here =
          t + 2 < token_count_ && (word(t + 2) == "on" || word(t + 2) == "against");
      if (!definite || named_here) continue;
      sanctioned = memory_->sanctioned;
      sanctioned.token_begin = t + 1;
      sanctioned.token_end = t + 2;
      targets = std::span<const CodedActor>(&sanctioned, 1);
      note += note.empty() ? "the measure named before is on the same side"
                           : "; the measure named before is on the same side";
      break;
    }
  }
  // "British troops are on standby in case they need to help evacuate several hundred UK
  // citizens from Ivory Coast", "put their forces on standby to evacuate their nationals from
  // Ivory Coast": forces alerted or mobilised (15) are aimed at the first other country the
  // sentence names after the verb, when the act names none of its own.
  CodedActor aimed_at;
  if (code.code.starts_with("15") && sources.size() == 1 && sources.front().code.size() >= 3 &&
      is_country_code(std::string_view(sources.front().code).substr(0, 3))) {
    const std::string_view own = std::string_view(sources.front().code).substr(0, 3);
    const bool other_named = std::any_of(targets.begin(), targets.end(), [&](const CodedActor& t) {
      return t.code.size() >= 3 && std::string_view(t.code).substr(0, 3) != own &&
             !t.code.starts_with("---");
    });
    const CivilDate date = document_.date_of_sentence(sentence_index_);
    for (uint32_t t = chosen_end; t < token_count_ && !other_named; ++t) {
      if (actor_at_[t] < 0) continue;
      const TokenMatch& match = actor_matches_[actor_at_[t]];
      const actors::Actor& actor = dictionaries_.actors().actor(match.value);
      const std::string actor_code = actor.code_on(date);
      if (actor_code.size() < 3 || !is_country_code(std::string_view(actor_code).substr(0, 3)) ||
          std::string_view(actor_code).substr(0, 3) == own)
        continue;
      aimed_at = coded_actor(actor, actor_code, match.begin, match.end);
      targets = std::span<const CodedActor>(&aimed_at, 1);
      note += note.empty() ? "forces aimed at the other country named"
                           : "; forces aimed at the other country named";
      break;
    }
  }
  // "Iranian troops attacked again on Tuesday": a use of force with no target named, by one
  // side of the war the story has been telling of, is on the other side.
  CodedActor enemy;
  if (targets.empty() && code.code.starts_with("19") && sources.size() == 1 && memory_ != nullptr &&
      !memory_->fight_side.empty() && sources.front().code.size() >= 3) {
    const std::string_view own = std::string_view(sources.front().code).substr(0, 3);
    const std::string* other = own == memory_->fight_side         ? &memory_->fight_other_side
                               : own == memory_->fight_other_side ? &memory_->fight_side
                                                                  : nullptr;
    if (other != nullptr) {
      // (Its forces, as a country named in a fight is: `force_sides_are_military`.)
      enemy.code = options_.force_sides_are_military ? *other + "MIL" : *other;
      enemy.token_begin = head;  // named nowhere here: an empty span at the verb
      enemy.token_end = head;
      targets = std::span<const CodedActor>(&enemy, 1);
      note += note.empty() ? "the other side of the war told of before"
                           : "; the other side of the war told of before";
    }
  }
  // "a senior official said today": a verb whose only complement is a temporal noun phrase
  // (marked NP-TMP by the parser, or made of time words) has no object, and with no target
  // it is a reporting tag for the clause before it, which is coded on its own.
  if (targets.empty() && best == nullptr && verb_phrase >= 0 &&
      only_time_complements(verb_phrase, chosen_end))
    return;

  struct Pair {
    const CodedActor* source;
    const CodedActor* target;
    const std::string* code;
  };
  std::vector<Pair> pairs;
  pairs.reserve(4);
  if (best != nullptr && best->has_compound && sources.size() >= 2) {
    // `%`: the members of a compound subject act on each other.
    for (size_t left = 0; left < sources.size(); ++left)
      for (size_t right = 0; right < sources.size(); ++right)
        if (left != right) pairs.push_back({&sources[left], &sources[right], &code.code});
    note += note.empty() ? "compound actor expanded" : "; compound actor expanded";
  } else {
    if (sources.empty() && targets.empty()) return;
    if (options_.require_dyad && (sources.empty() || targets.empty())) return;
    if (reverse_only && (sources.empty() || targets.empty())) return;
    if (sources.size() > 1 || targets.size() > 1)
      note += note.empty() ? "compound actor expanded" : "; compound actor expanded";
    if (sources.empty()) sources = std::span<const CodedActor>(&kNobody, 1);
    if (targets.empty()) targets = std::span<const CodedActor>(&kNobody, 1);
    for (const CodedActor& left : sources)
      for (const CodedActor& right : targets) {
        if (!reverse_only) pairs.push_back({&left, &right, &code.code});
        if (!code.reciprocal.empty() && left.code != "---" && right.code != "---")
          pairs.push_back({&right, &left, &code.reciprocal});
      }
    // "Blair met Berlusconi and Schroeder to talk about Turkey": those met together meet
    // each other too, one pair for each dyad, as the guide codes a trilateral agreement.
    // Talks held "with" two sides may be separate ("held talks with Sharon and Abbas"); a
    // meeting of them is one.
    const bool joint = code.code == code.reciprocal && (code.code == "040" || code.code == "046") &&
                       document_.tokens[first_token_ + head].lemma == "meet";
    if (joint && sources.size() == 1 && targets.size() >= 2 && targets.size() <= 3)
      for (const CodedActor& left : targets)
        for (const CodedActor& right : targets)
          if (&left != &right && left.code.size() >= 3 && right.code.size() >= 3 &&
              sources.front().code.size() >= 3 && !left.code.starts_with("---") &&
              !right.code.starts_with("---") && left.code.compare(0, 3, right.code, 0, 3) != 0 &&
              left.code.compare(0, 3, sources.front().code, 0, 3) != 0 &&
              right.code.compare(0, 3, sources.front().code, 0, 3) != 0)
            pairs.push_back({&left, &right, &code.code});
  }
  // A statement (root 01) reports another act: the verbs inside it stay codable with their
  // own subjects ("X said Y attacked Z" is also Y attacking Z), as CAMEO codes reported events.
  // So does a verb of saying whose pattern coded what was said ("said the plan was
  // irresponsible": 111), as its own code is none.
  const bool statement = (code.code.size() >= 2 && code.code.compare(0, 2, "01") == 0) ||
                         (best != nullptr && !form->code.codes_something() &&
                          (is_reporting_lemma(document_.tokens[first_token_ + head].lemma) ||
                           is_reporting_verb(word(head))));
  if (verb_phrase >= 0 && !(statement && options_.code_reported_events))
    coded_verb_phrases_.emplace_back(local_begin(tree_[verb_phrase]),
                                     local_end(tree_[verb_phrase]));
  // A meeting, visit or talks still to come ("is scheduled to meet", "will visit") is an
  // intent to meet (036), both ways, as CAMEO codes announced meetings.
  const bool future_meeting = options_.future_meetings_are_intent && code.code.starts_with("04") &&
                              (is_future(verb_node) || is_dated_ahead(verb_node));
  if (future_meeting) note += note.empty() ? "future meeting: intent" : "; future meeting: intent";
  // Likewise cooperation still to come ("said Argentina would work with Brazil") is an intent
  // to cooperate: 05 -> 032, 06 -> 031, 07 -> 033.
  const bool future_cooperation = options_.future_cooperation_is_intent && !future_meeting &&
                                  !intent_code(code.code).empty() && is_future(verb_node);
  // And force or pressure still to come ("is due to slap tariffs on Japan") is a threat.
  // Except a government's decision to cut ties, which news reports as the cut itself
  // ("Tunisia has decided to break diplomatic relations with Iran": 161).
  const bool decided_cut =
      code.code.starts_with("16") && any_phrase_above(verb_node, false, [&](int32_t phrase) {
        const int32_t verb = first_verb_child(phrase, false);
        if (verb < 0 || verb == verb_node) return false;
        const std::string& norm = document_.tokens[tree_[verb].token_begin].norm;
        return norm == "decided" || norm == "decides";
      });
  const bool future_threat = options_.future_cooperation_is_intent && !future_meeting &&
                             !decided_cut && !threat_code(code.code).empty() &&
                             is_future(verb_node);
  if (future_threat) note += note.empty() ? "future pressure: threat" : "; future pressure: threat";
  if (future_cooperation)
    note += note.empty() ? "future cooperation: intent" : "; future cooperation: intent";
  const std::string& head_lemma = document_.tokens[first_token_ + head].lemma;
  // "We wish to reach an agreement with Bolivia": a wish is one side's; the other side
  // intends nothing yet.
  // So is an announced visit or meeting ("Straw is to visit Thailand", "will start talks
  // with Croatia"): the other side is committed only when it is scheduled or agreed.
  // A meeting with someone ("will travel to Montevideo to meet Lacalle Pou", "will visit
  // Tokyo next week for meetings with high-level officials") takes two.
  // So do talks held with someone ("will hold talks in Washington with President Reagan").
  auto meets = [](std::string_view lemma) {
    return lemma == "meet" || lemma == "talk" || lemma == "talks" || lemma == "negotiation";
  };
  bool meeting = meets(head_lemma);
  for (uint32_t t = head; t < limit && !meeting; ++t) {
    const std::string& lemma = document_.tokens[first_token_ + t].lemma;
    // Meetings "with" someone; not an organisation's ("meetings of the IMF Interim
    // Committee") nor a summit one attends.
    meeting = meets(lemma) || ((lemma == "meeting" || lemma == "discussion") &&
                               t + 1 < token_count_ && word(t + 1) == "with");
  }
  // "will sign the agreement with China next month": a signing still to come is a meeting both
  // sides are committed to (036 both ways), as the guide codes a scheduled signing.
  const bool signing_ahead = future_cooperation && code.code == "057" &&
                             document_.tokens[first_token_ + head].lemma == "sign";
  const bool one_sided =
      (future_meeting || future_cooperation) && !code.reciprocal.empty() &&
      (is_wanted_only(verb_node) || (!is_arranged(verb_node) && !meeting && !signing_ahead));
  // "will visit a women's credit union in Mozambique": people visited abroad stand for their
  // country; visits to the public at home are campaigning (dropped below).
  CodedActor abroad_source, abroad_target;
  auto visited_abroad = [](const std::string& event_code, const CodedActor& people,
                           const CodedActor& other) {
    return (event_code == "042" || event_code == "043") && people.code.size() == 6 &&
           people.code.compare(3, 3, "CVL") == 0 &&
           is_country_code(std::string_view(people.code).substr(0, 3)) && other.code.size() >= 3 &&
           other.code.compare(0, 3, people.code, 0, 3) != 0;
  };
  for (Pair pair : pairs) {
    if (visited_abroad(*pair.code, *pair.target, *pair.source)) {
      abroad_target = *pair.target;
      abroad_target.code.resize(3);
      pair.target = &abroad_target;
    }
    if (visited_abroad(*pair.code, *pair.source, *pair.target)) {
      abroad_source = *pair.source;
      abroad_source.code.resize(3);
      pair.source = &abroad_source;
    }
    if (pair.source->code == pair.target->code && note.find(kUnnamedAuthority) == std::string::npos)
      continue;
    if (is_meeting_with_the_public(*pair.code, *pair.source, *pair.target)) continue;
    // "Blair is meeting his EU counterparts": a member meeting the organisation's other
    // members is the organisation's own business (a summit), which the guide does not code.
    if ((pair.code->starts_with("04") || *pair.code == "036") &&
        (is_members_phrase(*pair.source) || is_members_phrase(*pair.target))) {
      // "leaves to attend the IMF meetings in Washington": going to a gathering abroad is a
      // visit to its host country (042, and 043 back), or the intent to visit (036).
      CodedActor host;
      if (pair.code == &code.code && is_members_phrase(*pair.target) &&
          gathering_host(*pair.target, host) && pair.source->code.size() >= 3 &&
          pair.source->code.compare(0, 3, host.code) != 0) {
        const std::string visit_note = note.empty()
                                           ? "a gathering abroad: a visit to its host"
                                           : note + "; a gathering abroad: a visit to its host";
        if (future_meeting) {
          events_.push_back(
              make_event(*pair.source, host, "036", choice, verbs.file(), visit_note, "verb"));
        } else {
          events_.push_back(
              make_event(*pair.source, host, "042", choice, verbs.file(), visit_note, "verb"));
          events_.push_back(
              make_event(host, *pair.source, "043", choice, verbs.file(), visit_note, "verb"));
        }
      }
      continue;
    }
    if (one_sided && pair.code == &code.reciprocal) continue;
    // "told Reuters", "told BBC News": speaking to the press attributes a statement; it is
    // no act towards the press (denying what the press reported is one).
    if (pair.code->starts_with("01") && pair.target != &claimant && pair.target->code.size() >= 6 &&
        pair.target->code.find("MED", 3) != std::string::npos)
      continue;
    std::string event_code;
    if (future_meeting && pair.code->starts_with("04"))
      event_code = "036";
    else if (signing_ahead)
      event_code = "036";
    else if (future_cooperation && !intent_code(*pair.code).empty())
      event_code = intent_code(*pair.code);
    else if (future_threat && !threat_code(*pair.code).empty())
      event_code = threat_code(*pair.code);
    else
      event_code = *pair.code;
    // "U.S. naval forces destroyed one Iranian oil platform": armed forces destroying a
    // foreign target use military force (190), not the coercion of destroying property.
    if (event_code == "1712" && pair.source->code.size() >= 6 &&
        std::string_view(pair.source->code).substr(3, 3) == "MIL" &&
        pair.target->code.size() >= 3 &&
        pair.source->code.compare(0, 3, pair.target->code, 0, 3) != 0)
      event_code = "190";
    // "Perez de Cuellar has proposed a ceasefire between Iran and Iraq": settling or calming
    // a conflict between two others is asking them to, an appeal (027, 0256), not one's own
    // intent.
    std::string event_note = note;
    if ((event_code == "037" || event_code == "0356") && targets.size() >= 2 &&
        pair.code == &code.code && pair.source->code.size() >= 3 &&
        std::none_of(targets.begin(), targets.end(), [&](const CodedActor& side) {
          return side.code.size() < 3 || side.code.starts_with("---") ||
                 side.code.compare(0, 3, pair.source->code, 0, 3) == 0;
        })) {
      event_code = event_code == "037" ? "027" : "0256";
      event_note += event_note.empty() ? "a third party's settlement: an appeal"
                                       : "; a third party's settlement: an appeal";
    }
    // "Mr Cable also attacked Labour's taxes": a politician's attack is criticism (111).
    if (event_code.starts_with("19") && is_verbal_attack_verb(head_lemma) &&
        is_civilian_role(pair.source->code) && is_civilian_role(pair.target->code)) {
      event_code = "111";
      event_note += event_note.empty() ? "attack by a political actor: criticism"
                                       : "; attack by a political actor: criticism";
    }
    // "Weizsaecker, speaking to the Bolivian Congress": addressing a foreign legislature is
    // being there, a visit (042, and 043 back from the host country).
    if (event_code.starts_with("01") && (head_lemma == "speak" || head_lemma == "address") &&
        pair.target->code.size() >= 6 && pair.target->code.compare(3, 3, "LEG") == 0 &&
        pair.source->code.size() >= 3 &&
        pair.source->code.compare(0, 3, pair.target->code, 0, 3) != 0 &&
        is_country_code(std::string_view(pair.target->code).substr(0, 3))) {
      CodedActor host = *pair.target;
      host.code.resize(3);
      const std::string visit_note =
          event_note.empty() ? "addressing a foreign legislature: a visit"
                             : event_note + "; addressing a foreign legislature: a visit";
      events_.push_back(
          make_event(*pair.source, host, "042", choice, verbs.file(), visit_note, "verb"));
      events_.push_back(
          make_event(host, *pair.source, "043", choice, verbs.file(), visit_note, "verb"));
      continue;
    }
    Event event = make_event(*pair.source, *pair.target, std::move(event_code), choice,
                             verbs.file(), event_note, "verb");
    // The place a visit goes to is the country ("visiting Beijing": CHN), not its government.
    if (options_.visited_capital_is_country && !future_meeting) {
      if (*pair.code == "042" && pair.target->metonym) event.target.resize(3);
      if (*pair.code == "043" && pair.source->metonym) event.source.resize(3);
    }
    events_.push_back(std::move(event));
  }
}

Event SentenceCoder::make_event(const CodedActor& from, const CodedActor& to, std::string code,
                                const FormChoice& choice, const std::string& file,
                                const std::string& note, const char* head_role) {
  Event event;
  event.source = from.code;
  event.target = to.code;
  event.code = std::move(code);
  event.root_code = event.code.substr(0, std::min<size_t>(2, event.code.size()));
  event.sentence = sentence_index_;
  event.date = document_.date_of_sentence(sentence_index_);
  Evidence& evidence = event.evidence;
  evidence.sentence_id =
      sentence_.id.empty() ? fmt::format("{}:{}", document_.id, sentence_index_) : sentence_.id;
  evidence.source = char_span(from.token_begin, from.token_end);
  evidence.target = char_span(to.token_begin, to.token_end);
  evidence.verb = char_span(choice.begin, choice.end);
  evidence.pattern = choice.best ? choice.best->written : choice.form->written;
  evidence.note = note;
  evidence.entries.push_back({file, choice.form->line, choice.form->written, head_role});
  if (choice.best)
    evidence.entries.push_back({file, choice.best->line, choice.best->written, "pattern"});
  for (const EntryRef& entry : from.entries) evidence.entries.push_back(entry.to_ref("source "));
  for (const EntryRef& entry : to.entries) evidence.entries.push_back(entry.to_ref("target "));
  if (from.code != "---" || !from.entries.empty()) event.source_mention = add_mention(from);
  if (to.code != "---" || !to.entries.empty()) event.target_mention = add_mention(to);
  if ((event.code == "040" || event.code == "046" || event.code == "036") &&
      from.code.size() >= 3 && to.code.size() >= 3 &&
      is_country_code(std::string_view(from.code).substr(0, 3)) &&
      is_country_code(std::string_view(to.code).substr(0, 3)) &&
      from.code.compare(0, 3, to.code, 0, 3) != 0) {
    has_meeting_sides_ = true;
    meeting_side_ = from;
    meeting_other_side_ = to;
  }
  return event;
}

// A reporting verb in the clause that closes the sentence after a comma ("..., Mary
// Robinson has said"): its statement patterns are matched on the words before the comma,
// and the first actor they name (or the one the pattern marks) is the target.
void SentenceCoder::code_fronted_report(int32_t verb_node) {
  const uint32_t head = local_begin(tree_[verb_node]);
  const std::string& lemma = document_.tokens[first_token_ + head].lemma;
  if (lemma != "say" && lemma != "add" && lemma != "insist" && lemma != "tell" &&
      lemma != "declare" && lemma != "state" && lemma != "claim")
    return;
  // The comma that opens the closing clause: the last clause-level comma before the verb.
  uint32_t comma = head;
  while (comma > 0 && word(comma - 1) != ",") --comma;
  if (comma <= 1) return;
  const uint32_t content_end = comma - 1;
  // A quotation before the comma speaks for itself: its "we" and "I" are the speaker's.
  // So does one that opened in an earlier sentence and closes here, around the comma.
  for (uint32_t t = 0; t < head; ++t)
    if ((t < quoted_.size() && quoted_[t]) || tag(t) == "''" || tag(t) == "``") return;
  // The reporter: a coded noun phrase between the comma and the verb. Taking the clause out
  // cleared its phrases' codings; code them again, inner phrases first.
  for (int32_t node = static_cast<int32_t>(tree_.size()) - 1; node >= 0; --node)
    if (label_is(tree_[node].label, "NP") && local_begin(tree_[node]) >= comma &&
        local_end(tree_[node]) <= head)
      code_noun_phrase(node);
  int32_t reporter = -1;
  for (size_t node = 0; node < tree_.size(); ++node) {
    if (!label_is(tree_[node].label, "NP") || !codings_[node].computed ||
        !codings_[node].has_actor || codings_[node].actors.size() != 1)
      continue;
    if (local_begin(tree_[node]) >= comma && local_end(tree_[node]) <= head) {
      reporter = static_cast<int32_t>(node);
      break;
    }
  }
  // "..., he said": a pronoun reporter is the person it stands for.
  CodedActor pronoun_reporter;
  bool resolved = false;
  for (size_t node = 0; node < tree_.size() && reporter < 0 && !resolved; ++node)
    if (label_is(tree_[node].label, "NP") && local_begin(tree_[node]) >= comma &&
        local_end(tree_[node]) <= head && is_personal_pronoun(static_cast<int32_t>(node)))
      resolved = resolve_pronoun(static_cast<int32_t>(node), pronoun_reporter);
  if (reporter < 0 && !resolved) return;
  const VerbDictionary& verbs = dictionaries_.verbs();
  const std::vector<uint32_t>& candidates = verbs.forms_for(id(head));
  FormChoice choice;
  for (uint32_t candidate : candidates) {
    const VerbForm& form = verbs.form(candidate);
    if (!form.before.empty() || !form.after.empty()) continue;
    const VerbFamily& family = verbs.family(form.family);
    for (size_t slot = 0; slot < family.patterns.size(); ++slot) {
      const VerbPattern& pattern = verbs.pattern(family.patterns[slot]);
      if (pattern.code.is_ignored() || !pattern.code.codes_something() || !pattern.before.empty())
        continue;
      if (choice.best != nullptr && pattern.weight <= choice.best->weight) continue;
      PatternMatch match = match_pattern(verbs, pattern, 0, 0, content_end, false);
      if (!match.matched) continue;
      choice.form = &form;
      choice.best = &pattern;
      choice.match = match;
    }
  }
  if (choice.best == nullptr) return;
  choice.begin = head;
  choice.end = head + 1;
  // The target: the actor the pattern marks, else the first actor named before the comma.
  int32_t target = -1;
  if (choice.match.target_position >= 0 && (actor_at_[choice.match.target_position] >= 0 ||
                                            agent_at_[choice.match.target_position] >= 0))
    target = phrase_of_actor_at(choice.match.target_position);
  for (size_t node = 0; node < tree_.size() && target < 0; ++node)
    if (label_is(tree_[node].label, "NP") && codings_[node].computed &&
        !codings_[node].actors.empty() && local_end(tree_[node]) <= content_end)
      target = static_cast<int32_t>(node);
  if (target < 0 || !codings_[target].computed) return;
  // "More must be done to help the families of soldiers, Brown said": what must be done is
  // asked of the subject of "must", never of someone named after it.
  if (names_obligation(choice.best->written))
    for (uint32_t t = 0; t < content_end; ++t)
      if (is_obligation_word(word(t))) {
        if (local_begin(tree_[target]) > t) return;
        break;
      }
  const CodedActor& from = reporter >= 0 ? codings_[reporter].actors.front() : pronoun_reporter;
  const std::string note = reporter >= 0
                               ? "what the closing reporting clause said"
                               : "what the closing reporting clause said; pronoun resolved";
  for (const CodedActor& to : codings_[target].actors) {
    if (to.code == from.code) continue;
    events_.push_back(
        make_event(from, to, choice.best->code.code, choice, verbs.file(), note, "verb"));
  }
}

void SentenceCoder::add_events(std::span<const CodedActor> sources,
                               std::span<const CodedActor> targets, const EventCode& code,
                               const FormChoice& choice, const std::string& file,
                               const std::string& note) {
  for (const CodedActor& source : sources)
    for (const CodedActor& target : targets)
      for (int direction = 0; direction < 2; ++direction) {
        const CodedActor& from = direction == 0 ? source : target;
        const CodedActor& to = direction == 0 ? target : source;
        const std::string& event_code = direction == 0 ? code.code : code.reciprocal;
        // (A state's forces holding one of their own are two sides: "a Marine was arrested".)
        if (event_code.empty() ||
            (from.code == to.code && note.find(kUnnamedAuthority) == std::string::npos))
          continue;
        if (is_meeting_with_the_public(event_code, from, to)) continue;
        if ((event_code.starts_with("04") || event_code == "036") &&
            (is_members_phrase(from) || is_members_phrase(to)))
          continue;
        // "his attack on Labour": a politician's attack is criticism (111), as for the verb.
        const std::string_view noun = word(choice.end - 1);
        if (event_code.starts_with("19") &&
            (noun == "attack" || noun == "attacks" || noun == "assault") &&
            is_civilian_role(from.code) && is_civilian_role(to.code)) {
          Event event = make_event(from, to, "111", choice, file,
                                   note + "; attack by a political actor: criticism", "noun");
          events_.push_back(std::move(event));
          continue;
        }
        Event event = make_event(from, to, event_code, choice, file, note, "noun");
        events_.push_back(std::move(event));
      }
}

void SentenceCoder::give_local_country(std::string& code, const Span& span,
                                       const std::string& other, std::string& note) const {
  // Both sides unknown: nothing in the sentence tells which is which; the main country
  // decides later.
  if (!code.starts_with("---") || span.empty() || other.starts_with("---")) return;
  std::string_view other_country =
      other.size() >= 3 ? std::string_view(other).substr(0, 3) : std::string_view();
  // "President Gbagbo broke a ceasefire with rebels", "Turkey arrested 15 Kurdish rebels":
  // rebels or an opposition facing a state, its government, army or police are most likely
  // that state's own; so are a legislature or courts ("the White House asked Congress").
  const std::string_view role = std::string_view(code).substr(3, 3);
  if ((role == "REB" || role == "OPP" || role == "INS" || role == "LEG" || role == "JUD") &&
      (other.size() == 3 || (other.size() >= 6 && (std::string_view(other).substr(3, 3) == "GOV" ||
                                                   std::string_view(other).substr(3, 3) == "MIL" ||
                                                   std::string_view(other).substr(3, 3) == "COP"))))
    other_country = {};
  const CivilDate date = document_.date_of_sentence(sentence_index_);
  std::string country;
  for (const TokenMatch& match : actor_matches_) {
    if (char_span(match.begin, match.end).end > span.begin) break;  // matches are in order
    if (removed_[match.begin]) continue;
    const std::string actor_code = dictionaries_.actors().actor(match.value).code_on(date);
    if (actor_code.size() < 3) continue;
    const std::string_view prefix = std::string_view(actor_code).substr(0, 3);
    if (is_country_code(prefix) && prefix != other_country) country.assign(prefix);
  }
  if (country.empty()) return;
  code.replace(0, 3, country);
  const std::string said =
      "actor without a country taken as " + country + ", named before it in the sentence";
  note += note.empty() ? said : "; " + said;
}

std::vector<CodedActor> SentenceCoder::hyphenated_pair(uint32_t begin, uint32_t end) const {
  const CivilDate date = document_.date_of_sentence(sentence_index_);
  auto side_of = [&](uint32_t actor_index, uint32_t first, uint32_t last) {
    const actors::Actor& actor = dictionaries_.actors().actor(actor_index);
    return coded_actor(actor, actor.code_on(date), first, last);
  };
  // Two single actors with different codes.
  auto usable = [](const std::vector<CodedActor>& sides) {
    return sides.size() == 2 && !sides[0].code.empty() && !sides[1].code.empty() &&
           sides[0].code != sides[1].code && sides[0].code.find('/') == std::string::npos &&
           sides[1].code.find('/') == std::string::npos;
  };
  // Split by the tokenizer after an abbreviation: "U.S. - Japan trade talks".
  if (begin >= 2 && word(begin - 1) == "-" && actor_at_[begin - 2] >= 0 && actor_at_[begin] >= 0 &&
      actor_matches_[actor_at_[begin]].begin == begin) {
    const TokenMatch& left = actor_matches_[actor_at_[begin - 2]];
    const TokenMatch& right = actor_matches_[actor_at_[begin]];
    std::vector<CodedActor> sides = {side_of(left.value, left.begin, left.end),
                                     side_of(right.value, right.begin, right.end)};
    if (usable(sides)) return sides;
  }
  // A name broken at a line end: "Iraq- Iran war".
  for (uint32_t t = begin; t + 1 < end; ++t) {
    const std::string_view text = word(t);
    if (text.size() < 3 || text.back() != '-' || actor_at_[t + 1] < 0) continue;
    const uint32_t part_id = dictionaries_.vocabulary().find(text.substr(0, text.size() - 1));
    const auto left = dictionaries_.actors().actor_phrases().longest_at(&part_id, 0, 1);
    const TokenMatch& right = actor_matches_[actor_at_[t + 1]];
    if (left.length != 1 || right.begin != t + 1) continue;
    std::vector<CodedActor> sides = {side_of(left.value, t, t + 1),
                                     side_of(right.value, right.begin, right.end)};
    if (usable(sides)) return sides;
  }
  // One token: "Iran-Iraq talks", "Canada/U.S. trade negotiations".
  for (uint32_t t = begin; t < end; ++t) {
    std::array<uint32_t, 2> parts;
    if (!pair_actors(t, parts)) continue;
    std::vector<CodedActor> sides = {side_of(parts[0], t, t + 1), side_of(parts[1], t, t + 1)};
    if (usable(sides)) return sides;
  }
  return {};
}

namespace {

// Verbs of a wrong that, given as the reason for an act against someone ("for violating",
// "for breaching"), accuse them.
bool is_wrong_lemma(std::string_view lemma) {
  return lemma == "violate" || lemma == "breach" || lemma == "break" || lemma == "flout" ||
         lemma == "transgress";
}

}  // namespace

void SentenceCoder::code_wrongs_given_as_reasons() {
  const VerbDictionary& verbs = dictionaries_.verbs();
  for (int32_t node = 0; node < static_cast<int32_t>(tree_.size()); ++node) {
    if (!tree_[node].is_preterminal()) continue;
    const std::string_view label = tree_[node].label;
    const uint32_t head = local_begin(tree_[node]);
    int32_t reason = -1;
    uint32_t form_word = id(head);
    if (label == "VBG") {
      if (!is_wrong_lemma(document_.tokens[first_token_ + head].lemma)) continue;
      // (PP (IN for) (S (VP (VBG violating) ...))): a subjectless clause after "for".
      const int32_t verb_phrase = tree_[node].parent;
      if (verb_phrase < 0 || !label_is(tree_[verb_phrase].label, "VP")) continue;
      const int32_t clause = tree_[verb_phrase].parent;
      if (clause < 0 || !is_clause(tree_[clause].label) || !is_subjectless_clause(clause)) continue;
      reason = tree_[clause].parent;
    } else if (label == "NNS" || label == "NN") {
      // (PP (IN for) (NP (NP (NNS violations)) (PP of ...))): "for violations of the
      // agreement", "for its breach of the accord"; the verb's form is the evidence.
      const std::string_view noun = word(head);
      const std::string_view verb_lemma = noun == "violation" || noun == "violations" ? "violate"
                                          : noun == "breach" || noun == "breaches"    ? "breach"
                                                                                      : "";
      if (verb_lemma.empty()) continue;
      int32_t phrase = tree_[node].parent;
      if (phrase < 0 || !label_is(tree_[phrase].label, "NP")) continue;
      const int32_t outer = tree_[phrase].parent;
      if (outer >= 0 && label_is(tree_[outer].label, "NP") && tree_[outer].first_child == phrase)
        phrase = outer;
      reason = tree_[phrase].parent;
      if (reason >= 0 && tree_[reason].first_child >= 0 &&
          local_end(tree_[tree_[reason].first_child]) != local_begin(tree_[phrase]))
        continue;  // "for" right before the noun's phrase
      form_word = dictionaries_.vocabulary().find(verb_lemma);
    } else {
      continue;
    }
    if (reason < 0 || !label_is(tree_[reason].label, "PP") ||
        word(local_begin(tree_[reason])) != "for")
      continue;
    // The one the act is against: the phrase right before the reason, a noun phrase or an
    // "against" phrase.
    int32_t before = -1;
    const int32_t parent = tree_[reason].parent;
    if (parent < 0) continue;
    for (int32_t child = tree_[parent].first_child; child >= 0 && child != reason;
         child = tree_[child].next_sibling)
      before = child;
    if (before < 0) continue;
    int32_t accused = -1;
    if (label_is(tree_[before].label, "NP")) {
      accused = before;
    } else if (label_is(tree_[before].label, "PP") &&
               word(local_begin(tree_[before])) == "against") {
      for (int32_t child = tree_[before].first_child; child >= 0; child = tree_[child].next_sibling)
        if (label_is(tree_[child].label, "NP")) accused = child;
    }
    if (accused < 0 || !codings_[accused].computed || !codings_[accused].has_actor) continue;
    // The one who acts, or calls for the act: the subject of the verb the reason belongs to.
    const int32_t verb = governing_verb(reason);
    if (verb < 0) continue;
    bool inherited = false;
    const int32_t subject = subject_of(verb, &inherited);
    if (subject < 0 || !codings_[subject].computed || !codings_[subject].has_actor) continue;
    const std::vector<uint32_t>& candidates = verbs.forms_for(form_word);
    if (candidates.empty()) continue;
    FormChoice choice;
    if (label == "VBG") {
      if (!choose_form(verbs, candidates, head, local_end(tree_[tree_[node].parent]), false,
                       choice))
        continue;
    } else {
      choice.form = &verbs.form(candidates.front());
      choice.begin = head;
      choice.end = head + 1;
    }
    choice.best = nullptr;  // the verb's own entry is the evidence; its patterns do not apply
    for (const CodedActor& from : codings_[subject].actors)
      for (const CodedActor& to : codings_[accused].actors) {
        if (from.code == to.code || from.code.starts_with("---") || to.code.starts_with("---"))
          continue;
        // "criticised Iran for breaking the ceasefire": the disapproval is coded already.
        const bool disapproved = std::any_of(events_.begin(), events_.end(), [&](const Event& e) {
          return e.source == from.code && e.target == to.code && e.root_code == "11";
        });
        if (disapproved) continue;
        events_.push_back(
            make_event(from, to, "112", choice, verbs.file(),
                       "a wrong given as the reason for an act against them accuses them", "verb"));
      }
  }
}

bool SentenceCoder::names_talks_again(int32_t opener, int32_t whole, uint32_t head) const {
  // Definite: "the talks", "these talks", "a second round of talks", "Monday's talks",
  // "further discussions"; not talks in general ("talks have traditionally been ...").
  const uint32_t first = local_begin(tree_[opener]);
  static constexpr std::string_view kOpeners[] = {"the", "these",   "those", "this", "that",
                                                  "a",   "further", "next",  "new"};
  bool definite = is_one_of(kOpeners, word(first));
  for (uint32_t t = first; t < head && !definite; ++t)
    if (tag(t) == "POS") definite = true;
  if (!definite) return false;
  // No phrase of its own naming sides or members: "talks with Morgan Guaranty", "the
  // meeting of the major industrial democracies".
  for (int32_t child = tree_[whole].first_child; child >= 0; child = tree_[child].next_sibling) {
    if (!label_is(tree_[child].label, "PP") || local_begin(tree_[child]) <= head) continue;
    const std::string_view preposition = word(local_begin(tree_[child]));
    if (preposition == "with" || preposition == "between" || preposition == "of" ||
        preposition == "among" || preposition == "by")
      return false;
  }
  if (head + 1 < token_count_ && (word(head + 1) == "with" || word(head + 1) == "between"))
    return false;
  // In no condition: "If the talks go well", "if negotiations fail".
  for (int32_t node = tree_[opener].parent; node >= 0; node = tree_[node].parent) {
    if (!label_is(tree_[node].label, "SBAR")) continue;
    const std::string_view opener_word = word(local_begin(tree_[node]));
    if (opener_word == "if" || opener_word == "unless" || opener_word == "whether") return false;
  }
  // No other country named: "The meeting involved delegates from the U.K., Switzerland ...".
  const CivilDate date = document_.date_of_sentence(sentence_index_);
  for (const TokenMatch& match : actor_matches_) {
    const std::string code = dictionaries_.actors().actor(match.value).code_on(date);
    if (code.size() < 3 || !is_country_code(std::string_view(code).substr(0, 3))) continue;
    if (code.compare(0, 3, memory_->meeting_side.code, 0, 3) != 0 &&
        code.compare(0, 3, memory_->meeting_other_side.code, 0, 3) != 0)
      return false;
  }
  return true;
}

void SentenceCoder::add_joiners() {
  const size_t count = events_.size();
  for (size_t index = 0; index < count; ++index) {
    const Span verb_span = events_[index].evidence.verb;
    // The gerund's leaf, its clause, the "in" phrase and the passive "joined" above it.
    uint32_t verb_token = 0;
    while (verb_token < token_count_ &&
           document_.tokens[first_token_ + verb_token].span.begin < verb_span.begin)
      ++verb_token;
    const int32_t leaf = leaf_at(verb_token);
    if (leaf < 0 || std::string_view(tree_[leaf].label) != "VBG") continue;
    int32_t clause = tree_[leaf].parent;
    if (clause >= 0) clause = tree_[clause].parent;
    if (clause < 0 || !is_clause(tree_[clause].label)) continue;
    const int32_t in_phrase = tree_[clause].parent;
    if (in_phrase < 0 || !label_is(tree_[in_phrase].label, "PP") ||
        word(local_begin(tree_[in_phrase])) != "in")
      continue;
    const int32_t joined_phrase = tree_[in_phrase].parent;
    if (joined_phrase < 0 || !label_is(tree_[joined_phrase].label, "VP")) continue;
    const int32_t joined = first_verb_child(joined_phrase, false);
    if (joined < 0 || word(local_begin(tree_[joined])) != "joined") continue;
    const int32_t agent = actor_phrase_after(joined_phrase, "by");
    if (agent < 0) continue;
    for (const CodedActor& joiner : codings_[agent].actors) {
      if (joiner.code.starts_with("---") || joiner.code == events_[index].target ||
          joiner.code == events_[index].source)
        continue;
      Event copy = events_[index];
      copy.source = joiner.code;
      copy.evidence.source = char_span(joiner.token_begin, joiner.token_end);
      copy.source_mention = add_mention(joiner);
      std::erase_if(copy.evidence.entries,
                    [](const DictionaryRef& entry) { return entry.role.starts_with("source "); });
      for (const EntryRef& entry : joiner.entries)
        copy.evidence.entries.push_back(entry.to_ref("source "));
      copy.evidence.note +=
          copy.evidence.note.empty() ? "joined in the act" : "; joined in the act";
      events_.push_back(std::move(copy));
    }
  }
}

void SentenceCoder::code_alleged_wrongs() {
  const VerbDictionary& verbs = dictionaries_.verbs();
  const CivilDate date = document_.date_of_sentence(sentence_index_);
  for (uint32_t alleged = 0; alleged < token_count_; ++alleged) {
    uint32_t marker_end = alleged;
    if (views_as(alleged))
      marker_end = alleged + 3;
    else if (word(alleged) != "alleged")
      continue;
    // The wrong: a noun of violation or failure within three words, past adjectives and
    // its owner ("as Tokyo's failure").
    uint32_t wrong = marker_end + 1;
    bool found = false;
    for (; wrong < std::min(token_count_, marker_end + 5); ++wrong) {
      const std::string_view noun = word(wrong);
      found = noun == "violation" || noun == "violations" || noun == "breach" ||
              noun == "breaches" || noun == "failure";
      if (found) break;
      const bool owner_word =
          marker_end > alleged && (actor_at_[wrong] >= 0 || tag(wrong) == "POS");
      if (!tag(wrong).starts_with("JJ") && !owner_word) break;
    }
    if (!found) continue;
    // Whose wrong: a country or body named as a modifier ("alleged Japanese violation") or
    // with a possessive ("Tokyo's alleged failure").
    int32_t owner_at = -1;
    for (uint32_t t = marker_end + 1; t < wrong; ++t)
      if (actor_at_[t] >= 0) owner_at = static_cast<int32_t>(t);
    if (owner_at < 0 && alleged >= 2 && word(alleged - 1) == "'s" && actor_at_[alleged - 2] >= 0)
      owner_at = static_cast<int32_t>(alleged - 2);
    if (owner_at < 0) continue;
    const TokenMatch& match = actor_matches_[actor_at_[owner_at]];
    const Actor& actor = dictionaries_.actors().actor(match.value);
    const CodedActor owner = coded_actor(actor, actor.code_on(date), match.begin, match.end);
    if (owner.code.empty() || owner.code.find('/') != std::string::npos) continue;
    // Who alleges it: the subject of the verb whose phrase holds the wrong ("imposed
    // penalties over Japan's alleged failure"), inherited by an infinitive ("would impose
    // tariffs ... to retaliate against alleged Japanese violation").
    const int32_t leaf = leaf_at(wrong);
    if (leaf < 0) continue;
    const int32_t verb = governing_verb(leaf);
    if (verb < 0) continue;
    bool inherited = false;
    const int32_t subject = subject_of(verb, &inherited);
    if (subject < 0 || !codings_[subject].computed || !codings_[subject].has_actor) continue;
    // The evidence is the dictionary's verb of accusing, whose code this is.
    const std::vector<uint32_t>& candidates =
        verbs.forms_for(dictionaries_.vocabulary().find("accuse"));
    if (candidates.empty()) continue;
    FormChoice choice;
    choice.form = &verbs.form(candidates.front());
    choice.begin = wrong;
    choice.end = wrong + 1;
    for (const CodedActor& from : codings_[subject].actors) {
      if (from.code.starts_with("---") || from.code.compare(0, 3, owner.code, 0, 3) == 0) continue;
      const bool judged = std::any_of(events_.begin(), events_.end(), [&](const Event& e) {
        return e.source == from.code && e.target == owner.code && e.root_code == "11";
      });
      if (judged) continue;
      events_.push_back(make_event(from, owner, "112", choice, verbs.file(),
                                   "a wrong acted on as alleged is alleged by the one acting",
                                   "verb"));
    }
  }
}

bool SentenceCoder::names_fighting_side(const Span& phrase) const {
  if (phrase.empty()) return false;
  // The common nouns right after the actor's words: "Iranian | oil platform".
  static constexpr std::string_view kFighting[] = {
      "force",     "forces",   "troops",    "army",       "navy",     "fleet",
      "attack",    "attacks",  "offensive", "offensives", "thrust",   "thrusts",
      "positions", "unit",     "units",     "soldiers",   "lines",    "assault",
      "brigade",   "brigades", "division",  "divisions",  "garrison", "battalion"};
  static constexpr std::string_view kTimes[] = {"today",   "yesterday", "tomorrow", "tonight",
                                                "morning", "night",     "week",     "weekend"};
  for (uint32_t t = 0; t < token_count_; ++t) {
    const Token& token = document_.tokens[first_token_ + t];
    if (token.span.begin < phrase.end) continue;
    // "Britain's 'chaotic' asylum system": past a possessive, quotes and adjectives.
    uint32_t u = t;
    if (tag(u) == "POS")
      while (++u < token_count_ &&
             (tag(u).starts_with("JJ") || tag(u) == "``" || tag(u) == "''" || tag(u) == "RB"))
        continue;
    std::string_view last;
    for (; u < token_count_ && (tag(u) == "NN" || tag(u) == "NNS"); ++u) last = word(u);
    return last.empty() || is_one_of(kTimes, last) || is_one_of(kFighting, last);
  }
  return true;
}

void SentenceCoder::code_insistence() {
  const VerbDictionary& verbs = dictionaries_.verbs();
  for (int32_t node = 0; node < static_cast<int32_t>(tree_.size()); ++node) {
    if (!tree_[node].is_preterminal() || !is_verb_tag(tree_[node].label)) continue;
    const uint32_t head = local_begin(tree_[node]);
    if (document_.tokens[first_token_ + head].lemma != "insist") continue;
    const int32_t verb_phrase = tree_[node].parent;
    if (verb_phrase < 0 || !label_is(tree_[verb_phrase].label, "VP")) continue;
    const int32_t holder = complement_clause_of(verb_phrase);
    if (holder < 0) continue;
    const int32_t clause = complement_clause(holder);
    if (clause < 0) continue;
    // The clause's own verb in the base form, with no modal or tense before it: "that the EC
    // comply", not "that the EC had complied" (a claim) or "that it would" (a prediction).
    const int32_t asked = first_subject_phrase(clause);
    if (asked < 0 || !codings_[asked].computed || !codings_[asked].has_actor) continue;
    int32_t predicate = tree_[asked].next_sibling;
    while (predicate >= 0 && !label_is(tree_[predicate].label, "VP"))
      predicate = tree_[predicate].next_sibling;
    if (predicate < 0) continue;
    int32_t first = tree_[predicate].first_child;
    // "that the EC comply with the ruling and cut subsidies": the first of joined phrases.
    while (first >= 0 && label_is(tree_[first].label, "VP")) first = tree_[first].first_child;
    if (first < 0 || !tree_[first].is_preterminal() || std::string_view(tree_[first].label) != "VB")
      continue;
    bool inherited = false;
    const int32_t subject = subject_of(node, &inherited);
    if (subject < 0 || !codings_[subject].computed || !codings_[subject].has_actor) continue;
    FormChoice choice;
    const std::vector<uint32_t>& candidates = verbs.forms_for(id(head));
    if (candidates.empty() ||
        !choose_form(verbs, candidates, head, local_end(tree_[verb_phrase]), false, choice))
      continue;
    choice.best = nullptr;  // the verb's own entry is the evidence; its patterns do not apply
    for (const CodedActor& from : codings_[subject].actors)
      for (const CodedActor& to : codings_[asked].actors) {
        if (from.code == to.code || from.code.starts_with("---") || to.code.starts_with("---"))
          continue;
        events_.push_back(make_event(from, to, "100", choice, verbs.file(),
                                     "insisting that someone do something demands it", "verb"));
      }
  }
}

int32_t SentenceCoder::governing_verb(int32_t node) const {
  for (int32_t phrase = tree_[node].parent; phrase >= 0; phrase = tree_[phrase].parent) {
    if (is_clause(tree_[phrase].label) || label_is(tree_[phrase].label, "SBAR")) return -1;
    if (!label_is(tree_[phrase].label, "VP")) continue;
    for (int32_t child = tree_[phrase].first_child; child >= 0; child = tree_[child].next_sibling)
      if (tree_[child].is_preterminal() && is_verb_tag(tree_[child].label)) return child;
  }
  return -1;
}

namespace {

// Verbs that only carry an event noun: the subject of "repeated an invitation to Turkey" or
// "began talks with Israel" is the source of the invitation or the talks.
bool is_light_verb(std::string_view word) {
  // Base and inflected forms: pre-parsed input carries no lemmas.
  static constexpr std::array<std::string_view, 95> kForms = {
      "make",      "makes",     "made",       "making",     "issue",      "issues",    "issued",
      "repeat",    "repeats",   "repeated",   "renew",      "renews",     "renewed",   "extend",
      "extends",   "extended",  "reiterate",  "reiterates", "reiterated", "send",      "sends",
      "sent",      "deliver",   "delivers",   "delivered",  "launch",     "launches",  "launched",
      "mount",     "mounted",   "stage",      "staged",     "carry",      "carried",   "lodge",
      "lodged",    "voice",     "voiced",     "press",      "pressed",    "present",   "presented",
      "submit",    "submitted", "begin",      "begins",     "began",      "begun",     "start",
      "starts",    "started",   "open",       "opens",      "opened",     "resume",    "resumes",
      "resumed",   "continue",  "continues",  "continued",  "conduct",    "conducted", "hold",
      "holds",     "held",      "have",       "has",        "had",        "pursue",    "pursued",
      "step",      "stepped",   "pay",        "pays",       "paid",       "paying",    "wind",
      "winding",   "wound",     "end",        "ends",       "ended",      "ending",    "conclude",
      "concludes", "concluded", "concluding", "wrap",       "wrapped",    "wrapping",  "complete",
      "completed", "completing"};
  return std::find(kForms.begin(), kForms.end(), word) != kForms.end();
}

// Prepositions that introduce the one an act is aimed at: "talks with", "a demand for",
// "an attack on", "a visit to".
bool is_target_preposition(std::string_view word) {
  return word == "with" || word == "to" || word == "against" || word == "on" || word == "for" ||
         word == "toward" || word == "towards" || word == "into" || word == "upon";
}

}  // namespace

void SentenceCoder::code_noun_events() {
  for (int32_t node = 0; node < static_cast<int32_t>(tree_.size()); ++node) {
    if (!label_is(tree_[node].label, "NP")) continue;
    // A base noun phrase: only words below it, or a possessive and words ("Iran's attack").
    bool base = tree_[node].first_child >= 0;
    for (int32_t child = tree_[node].first_child; child >= 0 && base;
         child = tree_[child].next_sibling)
      base = tree_[child].is_preterminal() ||
             (child == tree_[node].first_child && label_is(tree_[child].label, "NP") &&
              tree_[child].next_sibling >= 0 && local_end(tree_[child]) > 0 &&
              tag(local_end(tree_[child]) - 1) == "POS");
    if (base) code_noun_event(node);
  }
}

void SentenceCoder::code_noun_event(int32_t base_phrase) {
  const TreeNode& phrase = tree_[base_phrase];
  if (local_end(phrase) <= local_begin(phrase)) return;
  const uint32_t head = local_end(phrase) - 1;
  if (!tag(head).starts_with("NN") || tag(head).starts_with("NNP")) return;
  if (removed_[head]) return;
  const VerbDictionary& nouns = dictionaries_.nouns();
  const std::vector<uint32_t>& candidates = nouns.forms_for(id(head));
  if (candidates.empty()) return;
  // "any attack", "no talks": nothing happened.
  for (uint32_t t = local_begin(phrase); t < head; ++t)
    if (word(t) == "any" || word(t) == "no" || word(t) == "possible" || word(t) == "potential")
      return;
  // "released without charge": nor what something happened without.
  if (local_begin(phrase) > 0 && word(local_begin(phrase) - 1) == "without") return;
  // The whole phrase: the base and the prepositional phrases after it ("an offer of aid to
  // Bolivia").
  int32_t whole = base_phrase;
  const int32_t parent = phrase.parent;
  if (parent >= 0 && label_is(tree_[parent].label, "NP") &&
      tree_[parent].first_child == base_phrase)
    whole = parent;
  // "the visit of Shultz | to China": the parser nests the noun and its "of" phrase one level
  // below the phrases after them.
  bool nested_of = false;
  if (whole != base_phrase && head + 1 < token_count_ && word(head + 1) == "of" &&
      tree_[whole].parent >= 0 && label_is(tree_[tree_[whole].parent].label, "NP") &&
      tree_[tree_[whole].parent].first_child == whole) {
    whole = tree_[whole].parent;
    nested_of = true;
  }
  // Pattern words may stand in the phrases a verb phrase holds right after the noun ("keep
  // a pact | on the microchip trade signed last September"), as parsers attach them there.
  uint32_t limit = local_end(tree_[whole]);
  if (whole == base_phrase && phrase.parent >= 0 && label_is(tree_[phrase.parent].label, "VP"))
    for (int32_t next = phrase.next_sibling; next >= 0 && label_is(tree_[next].label, "PP");
         next = tree_[next].next_sibling)
      limit = local_end(tree_[next]);
  FormChoice choice;
  if (!choose_form(nouns, candidates, head, limit, false, choice)) return;
  const EventCode& code = choice.best ? choice.best->code : choice.form->code;
  if (!code.codes_something() || code.is_ignored() || code.is_null()) return;
  const int32_t verb = governing_verb(whole);
  // "accused Japan of failing to enforce a September agreement": a signing the noun phrase
  // itself reports happened, whatever the verb does with the agreement.
  const bool signing = code.code == "057" && choice.best != nullptr;
  if (verb >= 0 && options_.skip_negated && is_negated(verb) && !signing) return;
  // "are expected to lay groundwork for a summit in Ottawa next month between Reagan and
  // Mulroney": a meeting that is expected and dated or between named sides is still to come
  // (decided below, once its sides are known); other speculation codes nothing.
  // (Only a meeting the phrase presupposes, in a prepositional phrase: "expected to hold talks
  // in September" is itself only expected.)
  const bool hypothetical = verb >= 0 && options_.skip_hypothetical && is_hypothetical(verb);
  const bool expected_meeting = hypothetical && tree_[whole].parent >= 0 &&
                                label_is(tree_[tree_[whole].parent].label, "PP") &&
                                options_.future_meetings_are_intent && is_expected(verb);
  if (hypothetical && !expected_meeting && !signing) return;
  // "warned his troops to expect further Iranian attacks", "to prevent a war": what is
  // expected, feared or prevented has not happened.
  if (verb >= 0 && options_.skip_hypothetical &&
      is_unrealised_object_lemma(document_.tokens[tree_[verb].token_begin].lemma))
    return;

  // Source: the pattern's `$`, an actor before the noun ("the EU demand", "Iran's
  // accusations"), a "from"/"by" phrase, or the subject of a light verb.
  std::span<const CodedActor> sources, targets;
  std::string note = "nominal event";
  if (choice.match.source_position >= 0) {
    const int32_t at = phrase_of_actor_at(choice.match.source_position);
    if (at >= 0 && codings_[at].computed) sources = codings_[at].actors;
  }
  // "opposition charges": a role alone names who criticises or accuses; its country comes
  // from the sentence or the story, as for any actor without one.
  const bool said_against = code.code.starts_with("11") || code.code.starts_with("12");
  if (sources.empty() && codings_[base_phrase].computed &&
      (codings_[base_phrase].has_actor || said_against)) {
    const auto& own = codings_[base_phrase].actors;
    if (!own.empty() && own.front().token_end <= head) sources = own;
  }
  // "a scheduled Moscow visit by Shultz": a place named before a noun of travel is where the
  // visit goes; the visitor is named by "by" or a possessive.
  std::span<const CodedActor> modifier_host;
  if (code.code == "042" && !sources.empty() && choice.match.source_position < 0 &&
      std::all_of(sources.begin(), sources.end(), [&](const CodedActor& actor) {
        return (actor.metonym || actor.code.size() == 3) && actor.token_end > 0 &&
               actor.token_end <= head && tag(actor.token_end - 1).starts_with("NNP");
      })) {
    modifier_host = sources;
    sources = {};
  }
  // "the kidnappers of four professors": a noun for those who did the act is its source.
  if (sources.empty() && is_perpetrator_noun(word(head)) && codings_[base_phrase].computed)
    sources = codings_[base_phrase].actors;
  // "Iran said its offensive against Iraq had ended", "Thatcher left Bonn ahead of her visit
  // to Moscow": a possessive pronoun before the noun stands for the nearest subject above that
  // is not the noun's own phrase (a pronoun subject resolved in turn); "his" or "her" with no
  // such subject for the person a pronoun names.
  CodedActor possessor;
  if (sources.empty() && options_.resolve_pronouns && tag(local_begin(phrase)) == "PRP$" &&
      local_begin(phrase) < head) {
    const std::string_view pronoun = word(local_begin(phrase));
    const bool personal = pronoun == "his" || pronoun == "her";
    bool settled = false;
    for (int32_t node = tree_[whole].parent; node >= 0 && !settled; node = tree_[node].parent) {
      if (!is_clause(tree_[node].label)) continue;
      const int32_t subject = first_subject_phrase(node);
      if (subject < 0) continue;
      // The noun in this clause's subject: look higher.
      if (local_begin(tree_[subject]) <= local_begin(phrase) &&
          local_end(tree_[subject]) >= local_end(phrase))
        continue;
      // "the minister said firms agreed to buy goods during his trip": "his" or "her" is no
      // plural subject's; look higher.
      const std::string_view subject_head = tag(local_end(tree_[subject]) - 1);
      if (personal && (subject_head == "NNS" || subject_head == "NNPS")) continue;
      if (codings_[subject].computed && codings_[subject].has_actor)
        sources = codings_[subject].actors;
      else if (is_personal_pronoun(subject) && resolve_pronoun(subject, possessor))
        sources = std::span<const CodedActor>(&possessor, 1);
      settled = true;  // a subject that names no one ("the company") stops the search
    }
    if (sources.empty() && personal && !settled && phrase.first_child >= 0 &&
        resolve_pronoun(phrase.first_child, possessor))
      sources = std::span<const CodedActor>(&possessor, 1);
    if (!sources.empty()) note += "; possessive pronoun resolved";
  }
  // "the visit of U.S. Secretary of State George Shultz to China": a visit "of" someone is
  // theirs (a tour "of" a country goes there: its pattern names the target).
  if (sources.empty() && code.code == "042" && choice.match.target_position < 0 &&
      head + 2 < token_count_ && word(head + 1) == "of" &&
      (word(head) == "visit" || word(head) == "visits" || word(head) == "trip")) {
    for (int32_t node = parent >= 0 ? tree_[parent].first_child : -1; node >= 0;
         node = tree_[node].next_sibling) {
      if (!label_is(tree_[node].label, "PP") || local_begin(tree_[node]) != head + 1) continue;
      const int32_t visitor =
          first_coded_phrase(node, local_begin(tree_[node]) + 1, local_end(tree_[node]));
      if (visitor >= 0 && codings_[visitor].has_actor) {
        sources = codings_[visitor].actors;
        note += "; the visit is of its visitor";
      }
      break;
    }
  }
  // Target: the pattern's `+`, else the first actor in a prepositional phrase of aim.
  if (choice.match.target_position >= 0) {
    const int32_t at = phrase_of_actor_at(choice.match.target_position);
    if (at >= 0 && codings_[at].computed) targets = codings_[at].actors;
  }
  // The phrases after the noun: inside the whole noun phrase, or, for the object of a verb,
  // after it in the verb phrase ("repeated an invitation | to Turkey", as parsers often
  // attach it).
  int32_t first_after = -1;
  int32_t place = -1;  // "in England": where it happened
  CodedActor in_talks;
  // "After a day of meetings | with Bush": the parser hangs the noun's phrases on the measure
  // of time that "of" links it to.
  const int32_t of_phrase = tree_[whole].parent;
  int32_t measure = of_phrase >= 0 ? tree_[of_phrase].parent : -1;
  const bool measured =
      whole == base_phrase && of_phrase >= 0 && label_is(tree_[of_phrase].label, "PP") &&
      word(local_begin(tree_[of_phrase])) == "of" && measure >= 0 &&
      label_is(tree_[measure].label, "NP") && tree_[measure].parent >= 0 &&
      label_is(tree_[tree_[measure].parent].label, "NP") &&
      tree_[tree_[measure].parent].first_child == measure && tree_[measure].first_child >= 0 &&
      is_measure_noun(word(local_end(tree_[tree_[measure].first_child]) - 1));
  // "said after four days of negotiations | in Peking": or on the verb phrase after the
  // phrase the measure is the object of.
  const bool measured_in_frame =
      !measured && whole == base_phrase && of_phrase >= 0 &&
      label_is(tree_[of_phrase].label, "PP") && word(local_begin(tree_[of_phrase])) == "of" &&
      measure >= 0 && label_is(tree_[measure].label, "NP") && tree_[measure].parent >= 0 &&
      (label_is(tree_[tree_[measure].parent].label, "PP") ||
       label_is(tree_[tree_[measure].parent].label, "VP")) &&
      tree_[measure].first_child >= 0 &&
      is_measure_noun(word(local_end(tree_[tree_[measure].first_child]) - 1));
  // ("will start four days of talks | tomorrow | with U.S. officials": the measure is the
  // verb's object, and its phrases follow it.)
  const bool measured_object =
      measured_in_frame && label_is(tree_[tree_[measure].parent].label, "VP");
  if (measured) {
    first_after = tree_[measure].next_sibling;
  } else if (measured_object) {
    first_after = tree_[measure].next_sibling;
  } else if (measured_in_frame) {
    first_after = tree_[tree_[measure].parent].next_sibling;
  } else if (whole != base_phrase) {
    first_after = tree_[base_phrase].next_sibling;
  } else {
    // The object of a verb, or of a preposition in a verb phrase ("came despite an EU
    // demand | for Turkey").
    int32_t climb = whole;
    const int32_t above = tree_[climb].parent;
    if (above >= 0 && label_is(tree_[above].label, "PP") && tree_[above].parent >= 0 &&
        (label_is(tree_[tree_[above].parent].label, "VP") ||
         is_clause(tree_[tree_[above].parent].label)))
      climb = above;
    // A clause's opening phrases may be flat too: "(PP following talks) (PP with Blair)".
    const int32_t holder = tree_[climb].parent;
    if (holder >= 0 && (label_is(tree_[holder].label, "VP") || is_clause(tree_[holder].label)))
      first_after = tree_[climb].next_sibling;
  }
  bool place_is_first = false;  // the "in" phrase comes right after the noun's phrase
  bool between_sides = false;   // "talks between A and B": both named as its sides
  bool audience_named = false;  // "the charge to GATT": phrases from the audience on are no aim
  uint32_t phrases_end = local_end(tree_[whole]);  // the end of the noun's phrases
  // (After the nested "of" phrase, the phrases that follow its noun phrase.)
  const auto next_phrase = [&](int32_t child) {
    const int32_t next = tree_[child].next_sibling;
    if (next < 0 && nested_of && tree_[child].parent == parent) return tree_[parent].next_sibling;
    return next;
  };
  for (int32_t child = first_after; child >= 0; child = next_phrase(child)) {
    // "a summit in Ottawa | next month | between Reagan and Mulroney": a time between the
    // phrases is passed over.
    if (is_time_noun_phrase(child)) continue;
    if (!label_is(tree_[child].label, "PP")) break;
    phrases_end = std::max(phrases_end, local_end(tree_[child]));
    const int32_t preposition = tree_[child].first_child;
    if (preposition < 0 || !tree_[preposition].is_preterminal()) continue;
    const std::string_view word_text = word(local_begin(tree_[preposition]));
    // "made the formal charge to the surveillance body of GATT": a charge or complaint is
    // made to its audience, and the phrases after the audience are no target either
    // ("objections to a fee" still object to it).
    if (word_text == "to" &&
        (code.code.starts_with("112") || code.code == "114" || code.code == "115"))
      audience_named = true;
    if (audience_named) continue;
    // The first actor inside the phrase, through a clause ("for Turkey to recognise").
    const int32_t inner =
        first_coded_phrase(child, local_end(tree_[preposition]), local_end(tree_[child]));
    if (inner < 0 || codings_[inner].actors.empty()) continue;
    // "talks between the EC and the Soviet Union": the sides of a reciprocal act, with
    // each other.
    if (word_text == "between" && sources.empty() && !code.reciprocal.empty() &&
        codings_[inner].actors.size() >= 2) {
      sources = codings_[inner].actors;
      between_sides = true;
      continue;
    }
    // "the talks on North Korea": what talks or a meeting are on is their topic, not a side.
    // ("talks on a pact with Hungary" are still with Hungary.)
    const uint32_t inner_begin = local_begin(tree_[inner]);
    const bool topic = (word_text == "on" || word_text == "over") && code.code.starts_with("04") &&
                       !(inner_begin > 0 && word(inner_begin - 1) == "with");
    // ("his return from Ethiopia": a from-phrase the pattern takes as the target is no source.)
    const bool pattern_target =
        choice.match.target_position >= 0 &&
        static_cast<uint32_t>(choice.match.target_position) >= local_begin(tree_[child]) &&
        static_cast<uint32_t>(choice.match.target_position) < local_end(tree_[child]);
    if ((word_text == "from" || word_text == "by") && sources.empty() && !pattern_target)
      sources = codings_[inner].actors;
    else if (is_target_preposition(word_text) && targets.empty() && !topic)
      targets = codings_[inner].actors;
    else if (word_text == "in" && place < 0) {
      place = inner;
      place_is_first = child == first_after;
    }
  }
  // "Iranian charges that London had helped Iraq", "U.S. charges Japan has violated a pact":
  // a charge or criticism is aimed at the one its clause says did wrong, its subject.
  // (The clause may hang on the verb after the noun: "cited U.S. charges (SBAR that ...)".)
  if (targets.empty() && code.code.starts_with("11")) {
    for (int32_t child = tree_[base_phrase].next_sibling; child >= 0 && targets.empty();
         child = tree_[child].next_sibling) {
      if (label_is(tree_[child].label, "PP")) continue;
      int32_t clause = child;
      if (label_is(tree_[clause].label, "SBAR")) {
        const int32_t first = tree_[clause].first_child;
        clause =
            first >= 0 && tree_[first].is_preterminal() && word(local_begin(tree_[first])) == "that"
                ? tree_[first].next_sibling
                : -1;
      }
      if (clause < 0 || !is_clause(tree_[clause].label)) break;
      // ("criticism that Japan had been ignored": a passive's subject suffered the wrong.)
      bool passive = false;
      for (int32_t part = tree_[clause].first_child; part >= 0; part = tree_[part].next_sibling) {
        if (!label_is(tree_[part].label, "VP")) continue;
        int32_t innermost = part;
        for (bool deeper = true; deeper;) {
          deeper = false;
          for (int32_t inner = tree_[innermost].first_child; inner >= 0;
               inner = tree_[inner].next_sibling)
            if (label_is(tree_[inner].label, "VP")) {
              innermost = inner;
              deeper = true;
              break;
            }
        }
        const int32_t main_verb = first_verb_child(innermost, false);
        passive = main_verb >= 0 && is_passive(main_verb);
        break;
      }
      if (passive) break;
      for (int32_t part = tree_[clause].first_child; part >= 0; part = tree_[part].next_sibling) {
        if (label_is(tree_[part].label, "VP")) break;
        if (label_is(tree_[part].label, "NP") && codings_[part].computed &&
            codings_[part].has_actor) {
          targets = codings_[part].actors;
          note += "; target is the subject of what it says";
          break;
        }
      }
      break;
    }
  }
  // "Talks were going on between the two countries", "two meetings which took place between
  // Casey and Thatcher": the sides of a reciprocal act that is a clause's subject may be named
  // after its verb.
  if (sources.empty() && !code.reciprocal.empty()) {
    int32_t sides = between_after_subject(base_phrase);
    if (sides < 0 && whole != base_phrase) sides = between_after_subject(whole);
    const int32_t inner = sides >= 0 ? first_coded_phrase(sides, local_begin(tree_[sides]) + 1,
                                                          local_end(tree_[sides]))
                                     : -1;
    if (inner >= 0 && codings_[inner].actors.size() >= 2) {
      sources = codings_[inner].actors;
      between_sides = true;
      phrases_end = std::max(phrases_end, local_end(tree_[sides]));
      note += "; its sides are named after the verb";
    }
  }
  // "The accord signed last year between France and Yugoslavia", "the treaty signed by Japan
  // and China": the signing of an agreement names its sides anywhere in the phrase.
  if (sources.empty() && targets.empty() && signing) {
    // Not an agreement of years ago ("reached in 1979"): history, not news.
    if (options_.skip_old_events)
      for (int32_t node = whole; node < subtree_end_[whole]; ++node)
        if (!tree_[node].is_preterminal() && dated_long_before(node)) return;
    for (int32_t node = whole + 1; node < subtree_end_[whole] && sources.empty(); ++node) {
      if (!label_is(tree_[node].label, "PP") || local_end(tree_[node]) <= local_begin(tree_[node]))
        continue;
      const std::string_view preposition = word(local_begin(tree_[node]));
      // ("agreements reached by Indonesia, Venezuela and Brazil" are each one's own.)
      if (preposition != "between" && !(preposition == "by" && tag(head) == "NN")) continue;
      const int32_t inner =
          first_coded_phrase(node, local_begin(tree_[node]) + 1, local_end(tree_[node]));
      if (inner >= 0 && codings_[inner].actors.size() >= 2) {
        sources = codings_[inner].actors;
        note += "; the sides that signed it";
      }
    }
  }
  // "Japan broke the September agreement with the United States": a signed agreement with
  // someone is the governing verb's subject's.
  if (sources.empty() && !targets.empty() && signing && verb >= 0) {
    bool inherited = false;
    const int32_t subject = subject_of(verb, &inherited);
    if (subject >= 0 && codings_[subject].computed && codings_[subject].has_actor &&
        codings_[subject].actors.front().code.compare(0, 3, targets.front().code, 0, 3) != 0) {
      sources = codings_[subject].actors;
      note += "; its other side is the subject of '" + std::string(word(local_begin(tree_[verb]))) +
              "'";
    }
  }
  // "U.S. threats to scrap the agreement signed last September have pushed MITI": an
  // agreement whose signing names no side is between the two countries the sentence names,
  // when it names exactly two.
  std::vector<CodedActor> sentence_sides;
  // Only one agreement ("agreements reached by European airlines" are many), and only
  // countries named by a name or an adjective ("member governments" names none).
  if (sources.empty() && targets.empty() && signing && tag(head) == "NN") {
    for (size_t node = 0; node < codings_.size(); ++node) {
      const PhraseCoding& other = codings_[node];
      if (!other.computed || !other.has_actor) continue;
      for (const CodedActor& actor : other.actors) {
        if (actor.code.size() < 3 || !is_country_code(std::string_view(actor.code).substr(0, 3)))
          continue;
        // ("U.S. semiconductor industry representatives ... a September 1986 agreement": a
        // company or a union signs no agreement between states.)
        if (has_nonstate_role(actor.code)) continue;
        if (actor.token_end <= actor.token_begin || actor.token_begin >= token_count_ ||
            !(tag(actor.token_begin).starts_with("NNP") || tag(actor.token_begin) == "JJ"))
          continue;
        const bool known = std::any_of(
            sentence_sides.begin(), sentence_sides.end(),
            [&](const CodedActor& side) { return side.code.compare(0, 3, actor.code, 0, 3) == 0; });
        if (!known) sentence_sides.push_back(actor);
      }
    }
    if (sentence_sides.size() == 2) {
      sources = sentence_sides;
      note += "; the two countries the sentence names are its sides";
    }
    // "The agreement, signed last September, aimed at halting predatory Japanese pricing": the
    // agreement the story is about, opening its clause in a sentence that names no other
    // country, is between the last two countries named before.
    const bool named_only_a_side =
        sentence_sides.empty() ||
        (sentence_sides.size() == 1 && memory_ != nullptr &&
         (sentence_sides.front().code.compare(0, 3, memory_->country_code) == 0 ||
          sentence_sides.front().code.compare(0, 3, memory_->country_code_before) == 0));
    if (sources.empty() && named_only_a_side && memory_ != nullptr &&
        !memory_->country_code.empty() && !memory_->country_code_before.empty() &&
        word(local_begin(tree_[whole])) == "the" && tree_[whole].parent >= 0 &&
        is_clause(tree_[tree_[whole].parent].label) &&
        first_subject_phrase(tree_[whole].parent) == whole) {
      for (const std::string* country : {&memory_->country_code_before, &memory_->country_code}) {
        CodedActor side;
        side.code = *country;
        side.token_begin = head;
        side.token_end = head + 1;
        sentence_sides.push_back(std::move(side));
      }
      sources = sentence_sides;
      note += "; the last two countries named before are its sides";
    }
  }
  if (!modifier_host.empty()) {
    if (!sources.empty() && targets.empty()) {
      targets = modifier_host;
      note += "; the place before the noun is its destination";
    } else if (sources.empty()) {
      sources = modifier_host;
    }
  }
  if (sources.empty() && verb >= 0) {
    const Token& verb_token = document_.tokens[first_token_ + local_begin(tree_[verb])];
    if ((is_light_verb(verb_token.lemma) || is_light_verb(verb_token.norm)) &&
        (tree_[whole].parent == tree_[verb].parent ||
         (measured_object && tree_[measure].parent == tree_[verb].parent))) {
      bool inherited = false;
      const int32_t subject = subject_of(verb, &inherited);
      if (subject >= 0 && codings_[subject].computed && codings_[subject].has_actor) {
        sources = codings_[subject].actors;
        note += "; source is the subject of '" + std::string(word(local_begin(tree_[verb]))) + "'";
      }
    }
  }
  // "Howard denied opposition charges that his trip had been a failure": criticism or
  // accusations that someone denies, rejects or faces are aimed at them.
  if (targets.empty() && !sources.empty() && verb >= 0 &&
      (code.code.starts_with("11") || code.code.starts_with("12")) &&
      tree_[whole].parent == tree_[verb].parent) {
    const std::string& lemma = document_.tokens[first_token_ + local_begin(tree_[verb])].lemma;
    if (lemma == "deny" || lemma == "reject" || lemma == "dismiss" || lemma == "rebut" ||
        lemma == "refute" || lemma == "face" || lemma == "answer" || lemma == "counter") {
      bool inherited = false;
      const int32_t subject = subject_of(verb, &inherited);
      if (subject >= 0 && codings_[subject].computed && codings_[subject].has_actor) {
        targets = codings_[subject].actors;
        note += "; target is the one who answers it";
      }
    }
  }
  // "Shultz praised Manila after a meeting with Aquino", "Speaking after talks with Blair,
  // Abbas said": a meeting that frames the clause's act is its subject's.
  bool framed = false;
  if (sources.empty() && !code.reciprocal.empty() && verb >= 0) {
    const int32_t holder = tree_[whole].parent;
    if (holder >= 0 && label_is(tree_[holder].label, "PP")) {
      const std::string_view preposition = word(local_begin(tree_[holder]));
      if (preposition == "after" || preposition == "following" || preposition == "before" ||
          preposition == "during" || preposition == "at" || preposition == "upon") {
        bool inherited = false;
        const int32_t subject = subject_of(verb, &inherited);
        if (subject >= 0 && codings_[subject].computed && codings_[subject].has_actor) {
          sources = codings_[subject].actors;
          framed = true;
          note += "; source is the subject of the clause it frames";
        }
      }
    }
  }
  // "Duffy, here on a three-day visit after talks in the United States, said": a framing
  // phrase that hangs on the clause itself frames its subject's act.
  CodedActor framing_subject;
  if (sources.empty() && !code.reciprocal.empty() && verb < 0) {
    const int32_t holder = tree_[whole].parent;
    const int32_t clause = holder >= 0 ? tree_[holder].parent : -1;
    if (holder >= 0 && label_is(tree_[holder].label, "PP") && clause >= 0 &&
        is_clause(tree_[clause].label)) {
      const std::string_view preposition = word(local_begin(tree_[holder]));
      if (preposition == "after" || preposition == "following" || preposition == "before" ||
          preposition == "during") {
        const int32_t subject = first_subject_phrase(clause);
        if (subject >= 0 && codings_[subject].computed && codings_[subject].has_actor) {
          sources = codings_[subject].actors;
          framed = true;
          note += "; source is the subject of the clause it frames";
        } else if (subject >= 0 && options_.resolve_pronouns && is_personal_pronoun(subject) &&
                   resolve_pronoun(subject, framing_subject)) {
          sources = std::span<const CodedActor>(&framing_subject, 1);
          framed = true;
          note += "; source is the subject of the clause it frames; pronoun resolved";
        }
      }
    }
  }
  // "Straw said the US had agreed to release the four after intensive discussions": talks
  // with no other side named, framing what a reporter says another country did, were held
  // between the two.
  if (framed && verb >= 0 && targets.empty() && code.code == "046" && sources.size() == 1) {
    int32_t node = tree_[verb].parent;
    while (node >= 0 && (label_is(tree_[node].label, "VP") ||
                         (is_clause(tree_[node].label) && is_subjectless_clause(node))))
      node = tree_[node].parent;
    // The clause's own verb ("had"), whose reporting verb and its subject announcer_of finds.
    int32_t clause_verb = -1;
    if (node >= 0 && is_clause(tree_[node].label))
      for (int32_t child = tree_[node].first_child; child >= 0 && clause_verb < 0;
           child = tree_[child].next_sibling)
        if (label_is(tree_[child].label, "VP")) clause_verb = first_verb_child(child, false);
    const int32_t reporter = clause_verb >= 0 ? announcer_of(clause_verb) : -1;
    if (reporter >= 0 && codings_[reporter].computed && codings_[reporter].has_actor &&
        codings_[reporter].actors.size() == 1) {
      const CodedActor& other = codings_[reporter].actors.front();
      if (other.code.size() >= 3 && sources.front().code.size() >= 3 &&
          other.code.compare(0, 3, sources.front().code, 0, 3) != 0 &&
          !other.code.starts_with("---")) {
        targets = codings_[reporter].actors;
        note += "; held with the one who reports them";
      }
    }
  }
  // "he has been in intensive talks with other G8 ministers": talks one is in are one's own.
  if (sources.empty() && !code.reciprocal.empty()) {
    const int32_t holder = tree_[whole].parent;
    const int32_t verb_phrase = holder >= 0 ? tree_[holder].parent : -1;
    if (holder >= 0 && label_is(tree_[holder].label, "PP") &&
        word(local_begin(tree_[holder])) == "in" && verb_phrase >= 0 &&
        label_is(tree_[verb_phrase].label, "VP")) {
      const int32_t head_verb = tree_[verb_phrase].first_child;
      if (head_verb >= 0 && tree_[head_verb].is_preterminal() &&
          document_.tokens[tree_[head_verb].token_begin].lemma == "be") {
        bool inherited = false;
        const int32_t subject = subject_of(head_verb, &inherited);
        if (subject >= 0 && codings_[subject].computed && codings_[subject].has_actor) {
          sources = codings_[subject].actors;
          note += "; source is the one in them";
        } else {
          const int32_t pronoun = pronoun_subject(head_verb);
          if (pronoun >= 0 && resolve_pronoun(pronoun, in_talks)) {
            sources = std::span<const CodedActor>(&in_talks, 1);
            note += "; source is the one in them; pronoun resolved";
          }
        }
      }
    }
  }
  // "the arrest of an Iranian consular official in England": an arrest or detention with no
  // one named as doing it is the act of the state where it happened.
  CodedActor state;
  if (sources.empty() && place < 0 && code.code.starts_with("17")) {
    // The place may close the phrase that holds the noun: "started with the arrest of X |
    // in England".
    const int32_t holder = tree_[whole].parent;
    if (holder >= 0 && label_is(tree_[holder].label, "PP"))
      for (int32_t after = tree_[holder].next_sibling; after >= 0;
           after = tree_[after].next_sibling) {
        if (!label_is(tree_[after].label, "PP")) break;
        if (word(local_begin(tree_[after])) != "in") continue;
        const int32_t inner =
            first_coded_phrase(after, local_begin(tree_[after]) + 1, local_end(tree_[after]));
        if (inner >= 0) place = inner;
        break;
      }
  }
  if (sources.empty() && place >= 0 && code.code.starts_with("17") &&
      codings_[place].actors.size() == 1 && codings_[place].actors.front().code.size() >= 3 &&
      is_country_code(std::string_view(codings_[place].actors.front().code).substr(0, 3))) {
    state = codings_[place].actors.front();
    state.code.resize(3);
    sources = std::span<const CodedActor>(&state, 1);
    note += "; source is the state where it happened";
  }
  // "Kuwait had earlier declined an offer of U.S. naval escorts": an offer accepted,
  // declined or welcomed was made to the one who answers it, by the one whose help it names.
  const std::string_view head_word = word(head);
  if (targets.empty() && verb >= 0 &&
      (head_word == "offer" || head_word == "offers" || head_word == "proposal" ||
       head_word == "proposals")) {
    const std::string& answer = document_.tokens[tree_[verb].token_begin].lemma;
    if (answer == "accept" || answer == "decline" || answer == "reject" || answer == "refuse" ||
        answer == "welcome" || answer == "spurn" || answer == "turn") {
      bool inherited = false;
      int32_t subject = subject_of(verb, &inherited);
      // "urged Papandreou to accept an offer": the one urged answers it.
      if (const int32_t object = infinitive_object_controller(verb); object >= 0) subject = object;
      if (subject >= 0 && codings_[subject].computed && codings_[subject].has_actor) {
        if (const int32_t offerer = actor_phrase_after(whole, "of");
            sources.empty() && offerer >= 0)
          sources = codings_[offerer].actors;
        if (!sources.empty()) {
          targets = codings_[subject].actors;
          note += "; the offer was made to the one who answers it";
        }
      }
    }
  }
  // "U.S.-Japan trade talks": the two sides joined by a hyphen before a reciprocal noun.
  std::vector<CodedActor> pair_sides;
  if (!code.reciprocal.empty() && choice.match.source_position < 0 &&
      choice.match.target_position < 0) {
    pair_sides = hyphenated_pair(local_begin(phrase), head);
    if (pair_sides.size() == 2) {
      // "Soviet-American talks", "a U.S.-Soviet summit": talks and meetings between two
      // countries named by a pair are their governments'.
      if (code.code.starts_with("04") || code.code.starts_with("03"))
        for (CodedActor& side : pair_sides)
          if (side.code.size() == 3 && is_country_code(side.code)) side.code += "GOV";
      sources = std::span<const CodedActor>(&pair_sides[0], 1);
      targets = std::span<const CodedActor>(&pair_sides[1], 1);
      note += "; the two sides of a hyphenated pair";
    }
  }
  // "In meetings with the ministers, Howard said ...": talks, meetings and visits named in
  // a phrase that modifies a clause are its subject's.
  if (sources.empty() && !code.reciprocal.empty()) {
    int32_t top = whole;
    while (tree_[top].parent >= 0 && (label_is(tree_[tree_[top].parent].label, "PP") ||
                                      label_is(tree_[tree_[top].parent].label, "NP")))
      top = tree_[top].parent;
    const int32_t clause = tree_[top].parent;
    // "said on his return from a visit to Japan": the phrase may hang on the verb.
    if (top != whole && label_is(tree_[top].label, "PP") && clause >= 0 &&
        label_is(tree_[clause].label, "VP") && verb >= 0) {
      bool inherited = false;
      const int32_t subject = subject_of(verb, &inherited);
      if (subject >= 0 && codings_[subject].computed && codings_[subject].has_actor) {
        sources = codings_[subject].actors;
        note += "; source is the subject of the clause it modifies";
      } else if (options_.resolve_pronouns) {
        // "She had flown to West Germany from talks with Mitterrand".
        const int32_t pronoun = pronoun_subject(verb);
        if (pronoun >= 0 && resolve_pronoun(pronoun, in_talks)) {
          sources = std::span<const CodedActor>(&in_talks, 1);
          note += "; source is the subject of the clause it modifies; pronoun resolved";
        }
      }
    }
    if (top != whole && label_is(tree_[top].label, "PP") && clause >= 0 &&
        is_clause(tree_[clause].label)) {
      for (int32_t child = tree_[clause].first_child; child >= 0;
           child = tree_[child].next_sibling) {
        if (child == top || !label_is(tree_[child].label, "NP")) continue;
        if (codings_[child].computed && codings_[child].has_actor) {
          sources = codings_[child].actors;
          note += "; source is the subject of the clause it modifies";
        }
        break;
      }
    }
  }
  // "Duffy, here on a three-day visit": a visit "here" is to the dateline's country.
  CodedActor here;
  if (targets.empty() && !code.reciprocal.empty() && memory_ != nullptr &&
      !memory_->dateline_country.empty()) {
    const int32_t holder = tree_[whole].parent;
    const int32_t above = holder >= 0 ? tree_[holder].parent : -1;
    if (holder >= 0 && label_is(tree_[holder].label, "PP") && above >= 0) {
      int32_t before = -1;
      for (int32_t child = tree_[above].first_child; child >= 0 && child != holder;
           child = tree_[child].next_sibling)
        before = child;
      if (before >= 0 && local_end(tree_[before]) == local_begin(tree_[before]) + 1 &&
          word(local_begin(tree_[before])) == "here") {
        here = here_actor(local_begin(tree_[before]));
        targets = std::span<const CodedActor>(&here, 1);
        note += "; \"here\" is the dateline's country";
      }
    }
  }
  // "before leaving Tokyo yesterday at the end of a four-day visit": a visit with no
  // destination named was to the place its visitor left.
  CodedActor left_place;
  if (targets.empty() && code.code == "042" && sources.size() == 1) {
    const CivilDate date = document_.date_of_sentence(sentence_index_);
    for (uint32_t t = 0; t + 1 < head && targets.empty(); ++t) {
      const std::string& lemma = document_.tokens[first_token_ + t].lemma;
      if ((lemma != "leave" && lemma != "depart") || !tag(t).starts_with("VB")) continue;
      const uint32_t place_at = word(t + 1) == "the" ? t + 2 : t + 1;
      if (place_at >= head || actor_at_[place_at] < 0) continue;
      const TokenMatch& match = actor_matches_[actor_at_[place_at]];
      if (match.begin != place_at) continue;
      const std::string place_code = dictionaries_.actors().actor(match.value).code_on(date);
      if (place_code.size() < 3 || !is_country_code(std::string_view(place_code).substr(0, 3)) ||
          (place_code.size() > 3 && !place_code.ends_with("GOV")) ||
          sources.front().code.compare(0, 3, place_code, 0, 3) == 0)
        continue;
      left_place = coded_actor(dictionaries_.actors().actor(match.value), place_code.substr(0, 3),
                               match.begin, match.end);
      targets = std::span<const CodedActor>(&left_place, 1);
      note += "; the visit was to the place its visitor left";
    }
  }
  // "WASHINGTON - ... the visit this week by Japanese Prime Minister Yasuhiro Nakasone": a
  // foreign visitor's visit with no destination named, in a story with a dateline, is to the
  // dateline's country ("a visit to the region" names a destination, if no actor).
  CodedActor dateline_host;
  if (targets.empty() && code.code == "042" && sources.size() == 1 && memory_ != nullptr &&
      !memory_->dateline_country.empty() && sources.front().code.size() >= 3 &&
      is_country_code(std::string_view(sources.front().code).substr(0, 3)) &&
      sources.front().code.compare(0, 3, memory_->dateline_country) != 0) {
    // The visitor must be named as such: after the noun ("by Nakasone", "the visit of U.S.
    // Secretary of State George Shultz"), with a possessive ("Nakasone's visit", "his
    // visit"), or as a clause's subject; a name used as a modifier names where the visit goes
    // ("her Soviet trip", "the U.S. visit").
    const CodedActor& visitor = sources.front();
    bool destination = false;
    // (Words inside the visitor's name are no destination: "Secretary of State".)
    const uint32_t scan_end =
        std::min(token_count_,
                 visitor.token_begin > head ? std::min(head + 5, visitor.token_begin) : head + 5);
    for (uint32_t t = head + 1; t < scan_end; ++t)
      if (word(t) == "to" || word(t) == "in" ||
          (word(t) == "of" && !(visitor.token_begin > t && visitor.token_begin <= t + 3)))
        destination = true;
    const bool modifier =
        visitor.token_end <= head && visitor.token_end > visitor.token_begin &&
        local_begin(tree_[whole]) <= visitor.token_begin && word(visitor.token_end) != "'s" &&
        !(word(visitor.token_begin) == "his" || word(visitor.token_begin) == "her" ||
          word(visitor.token_begin) == "their" || word(visitor.token_begin) == "its");
    if (!destination && !modifier) {
      dateline_host = here_actor(head);
      targets = std::span<const CodedActor>(&dateline_host, 1);
      note += "; a visit with no destination named is to the dateline's country";
    }
  }
  // "after talks in the United States and the EC": talks held in a country are with it.
  std::vector<CodedActor> hosts;
  // Only talks: an organisation's meetings are held at a venue ("the IMF meetings in
  // Washington"), not with its country.
  // Nor are an organisation's talks ("EC budget ministers ended six hours of talks in
  // Luxembourg"): where it meets is its venue, as for the verb.
  const bool organisation_talks =
      std::any_of(sources.begin(), sources.end(), [](const CodedActor& side) {
        return side.code.starts_with("IGO") || side.code.starts_with("NGO");
      });
  if (targets.empty() && code.code == "046" && place >= 0 && place_is_first &&
      !organisation_talks && codings_[place].computed && codings_[place].has_actor) {
    for (const CodedActor& host : codings_[place].actors)
      if (host.code.size() >= 3 && !host.code.starts_with("---")) hosts.push_back(host);
    if (!hosts.empty()) {
      targets = hosts;
      note += "; held where they took place";
    }
  }
  // "will start accession talks with Croatia": talks still to come are an intent to meet.
  // Talks dated or awaited ("talks in Geneva tomorrow", "ahead of next week's talks") are
  // scheduled: both sides are committed to them. A dated visit commits only the visitor, as
  // the guide codes a trip whose host is not reported committed.
  // "A summit between Reagan and Mulroney is planned for next month": the clause a meeting
  // is the subject of puts it ahead (2: arranged, 1: only still to come).
  int ahead = verb < 0 ? predicate_ahead(whole) : 0;
  // "a scheduled Moscow visit", "the planned summit": arranged by both sides.
  bool arranged_before = false;
  for (uint32_t t = local_begin(tree_[base_phrase]); t < head; ++t)
    if (word(t) == "scheduled" || word(t) == "planned" || word(t) == "upcoming" ||
        word(t) == "forthcoming" || word(t) == "impending")
      arranged_before = true;
  if (arranged_before) ahead = 2;
  // "Turkey and Greece were moving towards talks": what one moves towards is still to come;
  // so is what a proposal, an offer or a call is for ("agreed to a South Korean proposal for
  // talks between the prime ministers").
  if (const int32_t holder = tree_[whole].parent;
      holder >= 0 && label_is(tree_[holder].label, "PP")) {
    const std::string_view preposition = word(local_begin(tree_[holder]));
    static constexpr std::string_view kProposals[] = {
        "proposal", "proposals", "offer", "offers", "call",       "calls",
        "request",  "requests",  "plan",  "plans",  "invitation", "suggestion"};
    if (preposition == "towards" || preposition == "toward" ||
        (preposition == "for" && local_begin(tree_[holder]) > 0 &&
         is_one_of(kProposals, word(local_begin(tree_[holder]) - 1))))
      ahead = std::max(ahead, 1);
  }
  // "a visit to Moscow by Shultz was under consideration": a meeting only considered, or
  // called possible, is not coded.
  {
    const uint32_t after = local_end(tree_[whole]);
    if (after + 1 < token_count_ && (word(after) == "is" || word(after) == "was" ||
                                     word(after) == "are" || word(after) == "were")) {
      const std::string_view next = word(after + 1);
      if ((next == "under" && after + 2 < token_count_ && word(after + 2) == "consideration") ||
          (next == "being" && after + 2 < token_count_ && word(after + 2) == "considered") ||
          next == "possible" || next == "uncertain" || next == "unlikely" || next == "likely")
        return;
    }
  }
  const bool dated = is_future_noun(whole, phrases_end) || ahead == 2;
  if (expected_meeting && !(code.code.starts_with("04") && (dated || between_sides))) return;
  const bool symmetric = code.reciprocal == code.code;
  // "Italy and Germany favour an early start to talks": talks someone wants, favours or seeks
  // are still to come, and commit only the one who wants them.
  // "were unable to comment on Howard's meeting with their minister": talks a verb is only
  // about keep their own time, not the verb's.
  bool topic = false;
  if (const int32_t holder = tree_[whole].parent;
      holder >= 0 && label_is(tree_[holder].label, "PP")) {
    const std::string_view preposition = word(local_begin(tree_[holder]));
    topic = is_topic_preposition(preposition);
    // "a decision on a new U.S.-Soviet summit could emerge": a meeting that is only what a
    // decision or plan is about has not been agreed.
    if (topic && local_begin(tree_[holder]) > 0) {
      const std::string_view before = word(local_begin(tree_[holder]) - 1);
      if (before == "decision" || before == "decisions" || before == "plan" || before == "plans" ||
          before == "proposal" || before == "proposals" || before == "idea" ||
          before == "speculation")
        return;
    }
  }
  // "asked for consultations with Tokyo": talks asked or called for are the appeal the verb
  // codes (026), not talks held.
  if (verb >= 0 && !topic && code.code.starts_with("04")) {
    const std::string& lemma = document_.tokens[tree_[verb].token_begin].lemma;
    if (lemma == "ask" || lemma == "request" || lemma == "call" || lemma == "appeal" ||
        lemma == "press" || lemma == "push")
      return;
  }
  const bool wished =
      verb >= 0 && !topic && is_wish_verb(document_.tokens[tree_[verb].token_begin].lemma);
  const bool future = options_.future_meetings_are_intent && code.code.starts_with("04") &&
                      ((verb >= 0 && !topic && is_future(verb)) || dated || wished || ahead > 0 ||
                       expected_meeting);
  // Talks to come "between" two sides are arranged between them.
  const bool committed = !wished && ((dated && symmetric) || (verb >= 0 && is_arranged(verb)) ||
                                     (between_sides && symmetric) || arranged_before);
  const EventCode intent{"036", committed ? "036" : ""};
  const EventCode& chosen = future ? intent : code;
  const std::string chosen_note = future ? note + "; future meeting: intent" : note;
  // "India and Pakistan resumed peace talks": the members of a compound source hold them with
  // each other.
  if (targets.empty() && sources.size() >= 2 && !code.reciprocal.empty()) {
    if (wished) return;  // whom they want talks with is not said
    for (size_t left = 0; left < sources.size(); ++left)
      for (size_t right = left + 1; right < sources.size(); ++right)
        add_events(sources.subspan(left, 1), sources.subspan(right, 1), chosen, choice,
                   nouns.file(), chosen_note + "; compound actor expanded");
    return;
  }
  // "Japanese and U.S. trade officials opened talks ... A second round of talks is set for
  // tomorrow": talks that name no side and open their clause are the last talks' sides.
  CodedActor named_before, named_before_other;
  // "a second round of talks": the phrase the talks are a round of opens the clause.
  int32_t opener = whole;
  if (const int32_t holder = tree_[whole].parent;
      holder >= 0 && label_is(tree_[holder].label, "PP") &&
      word(local_begin(tree_[holder])) == "of" && tree_[holder].parent >= 0 &&
      local_begin(tree_[holder]) > 0) {
    const std::string_view unit = word(local_begin(tree_[holder]) - 1);
    if (unit == "round" || unit == "rounds" || unit == "session" || unit == "sessions")
      opener = tree_[holder].parent;
  }
  if (sources.empty() && targets.empty() && symmetric && code.code.starts_with("04") &&
      memory_ != nullptr && memory_->has_meeting_sides && tree_[opener].parent >= 0 &&
      is_clause(tree_[tree_[opener].parent].label) &&
      first_subject_phrase(tree_[opener].parent) == opener &&
      names_talks_again(opener, whole, head)) {
    named_before = memory_->meeting_side;
    named_before_other = memory_->meeting_other_side;
    for (CodedActor* side : {&named_before, &named_before_other}) {
      side->token_begin = head;
      side->token_end = head + 1;
    }
    const int opener_ahead = opener != whole ? predicate_ahead(opener) : 0;
    const EventCode arranged{"036", opener_ahead == 2 ? "036" : ""};
    const bool round_ahead = options_.future_meetings_are_intent && opener_ahead > 0;
    add_events(std::span<const CodedActor>(&named_before, 1),
               std::span<const CodedActor>(&named_before_other, 1), round_ahead ? arranged : chosen,
               choice, nouns.file(),
               (round_ahead ? note + "; future meeting: intent" : chosen_note) +
                   "; the sides of the talks named before");
    return;
  }
  if (sources.empty() || targets.empty()) return;
  add_events(sources, targets, chosen, choice, nouns.file(), chosen_note);
}

// Whether the noun phrase is the subject of a clause that puts it still to come: 2 when the
// clause says it is arranged ("is planned", "is scheduled", "was set for May"), 1 when it is
// only ahead ("will be held", "is expected"), else 0.
int SentenceCoder::predicate_ahead(int32_t whole) const {
  const int32_t clause = tree_[whole].parent;
  if (clause < 0 || !is_clause(tree_[clause].label)) return 0;
  int32_t predicate = tree_[whole].next_sibling;
  while (predicate >= 0 && !label_is(tree_[predicate].label, "VP"))
    predicate = tree_[predicate].next_sibling;
  if (predicate < 0) return 0;
  int result = 0;
  // The verbs down the chain of verb phrases: "will (VP be (VP held))".
  for (int32_t phrase = predicate; phrase >= 0;) {
    int32_t next = -1;
    for (int32_t child = tree_[phrase].first_child; child >= 0; child = tree_[child].next_sibling) {
      if (label_is(tree_[child].label, "VP") && next < 0) next = child;
      if (!tree_[child].is_preterminal()) continue;
      const std::string& norm = document_.tokens[tree_[child].token_begin].norm;
      if (norm == "planned" || norm == "scheduled" || norm == "due" ||
          (norm == "set" && set_as_arranged(tree_[child].token_begin - first_token_)) ||
          norm == "arranged")
        return 2;
      if (norm == "will" || norm == "shall" || norm == "expected" || norm == "'ll") result = 1;
    }
    phrase = next;
  }
  return result;
}

// "ahead of her visit to Moscow next week", "talks due tomorrow": a noun event the text
// dates after the story, or that something happens ahead of, is still to come.
bool SentenceCoder::is_future_noun(int32_t whole, uint32_t phrases_end) const {
  // The noun with its own phrases, those a verb phrase holds after it too ("an audience |
  // with Pope John Paul II | on June 6").
  const uint32_t begin = local_begin(tree_[whole]),
                 end = std::max(local_end(tree_[whole]), phrases_end);
  if (begin >= 2 && word(begin - 2) == "ahead" && word(begin - 1) == "of") return true;
  // "to visit several farms prior to talks with U.S. officials".
  if (begin >= 2 && word(begin - 2) == "prior" && word(begin - 1) == "to") return true;
  // "announced tariff cuts shortly before trade talks with Washington": talks after the act
  // reported, which did not happen before the story.
  if (begin >= 2 && word(begin - 1) == "before" &&
      (word(begin - 2) == "shortly" || word(begin - 2) == "just" || word(begin - 2) == "days" ||
       word(begin - 2) == "weeks"))
    return true;
  // "in advance of his annual meeting", "in preparation for Nakasone's visit".
  if (begin >= 2 && word(begin - 2) == "advance" && word(begin - 1) == "of") return true;
  if (begin >= 2 && (word(begin - 2) == "preparation" || word(begin - 2) == "preparations") &&
      word(begin - 1) == "for")
    return true;
  // "Smith, who flies to Brussels today for talks with EC officials": talks a traveller in the
  // present tense is on the way to are still to come ("arrived in Moscow for talks" are not).
  if (begin >= 1 && word(begin - 1) == "for") {
    const int32_t holder = tree_[whole].parent;
    const int32_t verb = holder >= 0 ? governing_verb(holder) : -1;
    if (verb >= 0) {
      const uint32_t at = local_begin(tree_[verb]);
      const std::string& lemma = document_.tokens[first_token_ + at].lemma;
      const bool travel = lemma == "fly" || lemma == "leave" || lemma == "travel" ||
                          lemma == "head" || lemma == "go" || lemma == "come";
      if (travel && (tag(at) == "VBZ" || tag(at) == "VBP")) return true;
    }
  }
  const uint32_t limit = std::min(token_count_, end + 3);
  bool relative = false;
  for (uint32_t t = begin; t < limit; ++t) {
    // "negotiations, which must be concluded by October, are progressing": a deadline in a
    // relative clause is its own verb's, not the noun's time ("his trip, which runs from
    // April 26" is dated by its clause).
    // "meetings with Abe, who was here paving the way for the April 29-May 2 visit": a clause
    // about a person in the noun's phrases dates that person's doings, not the noun.
    if (tag(t) == "WP" && (word(t) == "who" || word(t) == "whom")) break;
    if (tag(t) == "WDT" || (tag(t) == "WP" && word(t) != "whose")) relative = true;
    if (relative && t > begin && word(t - 1) == "by") continue;
    if (names_time_ahead(t, limit)) return true;
  }
  return false;
}

// One word in capitals with at most four letters ("U.S.", "UK", "EU"): a name used as an
// adjective as often as a noun.
bool SentenceCoder::is_abbreviation(uint32_t begin, uint32_t end) const {
  if (end == begin + 2 && word(begin) == "the") ++begin;  // "the UK and French governments"
  if (end != begin + 1) return false;
  const std::string_view text = document_.text_of(document_.tokens[first_token_ + begin].span);
  int letters = 0;
  for (char c : text) {
    if (c >= 'A' && c <= 'Z')
      ++letters;
    else if (c != '.')
      return false;
  }
  return letters >= 2 && letters <= 4;
}

// "his EU counterparts", "EC colleagues": an organisation's members named by their office.
bool SentenceCoder::is_members_phrase(const CodedActor& actor) const {
  if (!actor.code.starts_with("IGO") || actor.token_end <= actor.token_begin ||
      actor.token_end > token_count_)
    return false;
  if (names_members_by_office(word(actor.token_end - 1))) return true;
  // "to attend the IMF and World Bank meetings", "an EU summit": the organisation's own
  // gathering, where members meet each other; attending it is no meeting with the body.
  auto gathering = [](std::string_view noun) {
    return noun == "meeting" || noun == "meetings" || noun == "summit" || noun == "session" ||
           noun == "sessions" || noun == "assembly" || noun == "conference";
  };
  for (uint32_t t = actor.token_end - 1; t < std::min(token_count_, actor.token_end + 5); ++t) {
    if (gathering(word(t))) return true;
    if (is_verb_tag(tag(t)) || tag(t) == "IN" || tag(t) == "DT" || tag(t) == "TO" ||
        word(t) == "," || word(t) == ".")
      break;
  }
  return false;
}

bool SentenceCoder::gathering_host(const CodedActor& organisation, CodedActor& host) const {
  if (organisation.token_end <= organisation.token_begin) return false;
  // Members named by their office ("his EU counterparts in Luxembourg") meet at the
  // organisation's seat: no visit to the country.
  if (names_members_by_office(word(organisation.token_end - 1))) return false;
  const CivilDate date = document_.date_of_sentence(sentence_index_);
  const uint32_t end = std::min(token_count_, organisation.token_end + 8);
  for (uint32_t t = organisation.token_end; t + 1 < end; ++t) {
    if (word(t) == "," || word(t) == "." || is_verb_tag(tag(t))) return false;
    if (word(t) != "in" || actor_at_[t + 1] < 0) continue;
    const TokenMatch& match = actor_matches_[actor_at_[t + 1]];
    const actors::Actor& actor = dictionaries_.actors().actor(match.value);
    const std::string code = actor.code_on(date);
    if (code.size() < 3 || !is_country_code(std::string_view(code).substr(0, 3)) ||
        code.find('/') != std::string::npos)
      return false;
    // Only a place: the country itself or its capital standing for the government.
    if (!is_state_code(code)) return false;
    host.code = code.substr(0, 3);
    host.token_begin = match.begin;
    host.token_end = match.end;
    host.entries = {{&actor.file, actor.line, &actor.root, "actor"}};
    return true;
  }
  return false;
}

// Reports at `t` that are the press's when no one is named for them: "reports", "press
// reports", "a newspaper report"; a singular "report" alone is as often an agency's or a
// committee's.
bool SentenceCoder::is_press_report(uint32_t t) const {
  if (word(t) == "reports") return true;
  if (word(t) != "report" || t == 0) return false;
  const std::string_view before = word(t - 1);
  return before == "press" || before == "newspaper" || before == "media";
}

// "tomorrow", "next week", "next month", "next year", "next Tuesday" at `t` (before `end`).
bool SentenceCoder::names_time_ahead(uint32_t t, uint32_t end) const {
  if (word(t) == "tomorrow") return true;
  // "later today", "later this week".
  if (word(t) == "later" && t + 1 < end &&
      (word(t + 1) == "today" || word(t + 1) == "this" || word(t + 1) == "tonight"))
    return true;
  // "the visit this week by Japanese Prime Minister Yasuhiro Nakasone" in a story of a Monday
  // (or a Sunday): the week has barely begun, so what it holds is still to come.
  if (word(t) == "this" && t + 1 < end && word(t + 1) == "week" &&
      !(t > 0 && (word(t - 1) == "earlier" || word(t - 1) == "early"))) {
    const CivilDate date = document_.date_of_sentence(sentence_index_);
    if (date.has_day() && (date.weekday() == 0 || date.weekday() == 6)) return true;
  }
  // "on June 6", "in May": a month (and day) after the story's date, in its year.
  static constexpr std::string_view kMonths[] = {"january",   "february", "march",    "april",
                                                 "may",       "june",     "july",     "august",
                                                 "september", "october",  "november", "december"};
  for (int month = 1; month <= 12; ++month) {
    if (word(t) != kMonths[month - 1]) continue;
    if (month == 5 && tag(t) != "NNP") return false;  // "may" the modal
    const CivilDate date = document_.date_of_sentence(sentence_index_);
    if (!date.known() || date.month == 0) return false;
    int day = 0;
    if (t + 1 < end && tag(t + 1) == "CD" && word(t + 1).size() <= 2) {
      for (const char digit : word(t + 1)) {
        if (digit < '0' || digit > '9') return false;
        day = day * 10 + (digit - '0');
      }
    }
    // "the April 29-May 2 visit": a range's first day, written with the next month.
    if (day == 0 && t + 1 < end) {
      const std::string_view range = word(t + 1);
      const size_t dash = range.find('-');
      if (dash >= 1 && dash <= 2 &&
          std::all_of(range.begin(), range.begin() + static_cast<std::ptrdiff_t>(dash),
                      [](char c) { return c >= '0' && c <= '9'; }))
        for (size_t index = 0; index < dash; ++index) day = day * 10 + (range[index] - '0');
    }
    // A year named after it is another year's month ("June 1986").
    const uint32_t after = day > 0 ? t + 2 : t + 1;
    if (after < end && tag(after) == "CD" && word(after).size() == 4) return false;
    if (month != date.month) return month > date.month;
    return day > 0 && date.day > 0 && day > date.day;
  }
  if (word(t) != "next" || t + 1 >= end) return false;
  const std::string_view unit = word(t + 1);
  return unit == "week" || unit == "month" || unit == "year" || is_weekday_name(unit);
}

// Remembers the person the main clause's subject names (or, for a "he"/"she" subject, the
// person it stood for), or that no person was the subject.
void SentenceCoder::remember_subject_person() {
  const int32_t clause = top_clause();
  int32_t subject = -1;
  if (clause >= 0)
    for (int32_t child = tree_[clause].first_child; child >= 0; child = tree_[child].next_sibling) {
      if (label_is(tree_[child].label, "VP")) break;
      if (label_is(tree_[child].label, "NP") && !is_time_noun_phrase(child)) {
        subject = child;
        break;
      }
    }
  if (subject < 0) return;  // a headline, a dateline or a quotation: keep the last one
  if (is_personal_pronoun(subject) || is_opening_it(subject)) return;  // the same one goes on
  // A person: a dictionary entry with dated offices, or a name learned from one.
  bool person = false;
  for (const TokenMatch& match : actor_matches_)
    if (match.begin >= local_begin(tree_[subject]) && match.end <= local_end(tree_[subject]) &&
        !dictionaries_.actors().actor(match.value).dated.empty())
      person = true;
  const uint32_t last = local_end(tree_[subject]) - 1;
  if (!person && tag(last) == "NNP" && actor_at_[last] < 0 && memory_->learned(word(last)))
    person = true;
  // "the Pakistani president": one person, named by a title with a country.
  if (!person && agent_at_[last] >= 0 && is_person_title(word(last))) person = true;
  // "The Foreign Ministry official refused ... He added": one person named by a role.
  static constexpr std::string_view kPersonRoles[] = {
      "official", "diplomat", "negotiator",     "delegate",  "aide",
      "adviser",  "advisor",  "representative", "commander", "officer"};
  // (Its country may be settled only later, as the article's: "---GOV" goes on as it is.)
  bool role_person = false;
  if (!person && agent_at_[last] >= 0 && tag(last) == "NN" && is_one_of(kPersonRoles, word(last)))
    person = role_person = true;
  const PhraseCoding& coding = codings_[subject];
  const bool single = coding.computed && coding.actors.size() == 1 &&
                      coding.actors.front().code.find('/') == std::string::npos &&
                      coding.actors.front().code.size() >= 3 &&
                      (role_person ? coding.actors.front().code.size() > 3
                                   : !coding.actors.front().code.starts_with("---"));
  memory_->has_subject_person = person && single;
  if (memory_->has_subject_person) memory_->subject_person = coding.actors.front();
  // A singular body (not "Iranian forces"): its phrase ends in a name or a singular noun.
  const bool singular = tag(last) == "NNP" || tag(last) == "NN";
  memory_->has_subject_body = !person && single && singular;
  if (memory_->has_subject_body) memory_->subject_body = coding.actors.front();
}

// Remembers who a ban, embargo, sanctions or tariffs this sentence names are on ("the arms
// embargo on China", "tariffs on Japanese goods").
void SentenceCoder::remember_sanctioned() {
  if (memory_ == nullptr) return;
  const CivilDate date = document_.date_of_sentence(sentence_index_);
  for (uint32_t t = 0; t + 2 < token_count_; ++t) {
    if (!is_sanction_noun(word(t)) || (word(t + 1) != "on" && word(t + 1) != "against")) continue;
    // Within the noun phrase after the preposition ("the embargo on arms exports to China").
    uint32_t end = t + 2;
    while (end < token_count_ && end < t + 8 && tag(end) != "," && tag(end) != "." &&
           !tag(end).starts_with("VB") && tag(end) != "MD")
      ++end;
    for (const TokenMatch& match : actor_matches_) {
      if (match.begin < t + 2 || match.begin >= end) continue;
      const Actor& actor = dictionaries_.actors().actor(match.value);
      const std::string code = actor.code_on(date);
      if (code.size() < 3 || code.find('/') != std::string::npos) break;
      memory_->sanctioned.code = code;
      memory_->sanctioned.entries.assign(1, {&actor.file, actor.line, &actor.root, "actor"});
      memory_->has_sanctioned = true;
      break;
    }
  }
}

// Remembers who the main clause says is claiming something ("Mubanga said he was beaten",
// "the Tories charged that ..."), for a later denial of "the claims".
void SentenceCoder::remember_claimant() {
  const int32_t clause = top_clause();
  if (clause < 0) return;
  int32_t subject = -1, verb_phrase = -1;
  for (int32_t child = tree_[clause].first_child; child >= 0; child = tree_[child].next_sibling) {
    if (label_is(tree_[child].label, "VP")) {
      verb_phrase = child;
      break;
    }
    if (label_is(tree_[child].label, "NP") && !is_time_noun_phrase(child)) subject = child;
  }
  if (subject < 0 || verb_phrase < 0 || !codings_[subject].computed ||
      codings_[subject].actors.size() != 1 || !codings_[subject].has_actor)
    return;
  // The verb: the last verb of the chain of verb phrases ("has claimed").
  int32_t phrase = verb_phrase, verb = -1;
  while (phrase >= 0) {
    int32_t next = -1;
    for (int32_t child = tree_[phrase].first_child; child >= 0; child = tree_[child].next_sibling) {
      if (tree_[child].is_preterminal() && is_verb_tag(tree_[child].label)) verb = child;
      if (label_is(tree_[child].label, "VP")) next = child;
    }
    phrase = next;
  }
  if (verb < 0) return;
  const std::string& lemma = document_.tokens[tree_[verb].token_begin].lemma;
  if (lemma != "say" && lemma != "claim" && lemma != "allege" && lemma != "accuse" &&
      lemma != "charge" && lemma != "complain" && lemma != "insist" && lemma != "tell")
    return;
  memory_->claimant = codings_[subject].actors.front();
  memory_->has_claimant = true;
}

void SentenceCoder::attribute_statements() {
  if (!memory_->has_reporter) return;
  static constexpr std::string_view kStatements[] = {"statement", "communique", "declaration",
                                                     "communiques", "statements"};
  for (size_t node = 0; node < tree_.size(); ++node) {
    if (!label_is(tree_[node].label, "NP") || tree_[node].parent < 0 ||
        !is_clause(tree_[tree_[node].parent].label) ||
        first_subject_phrase(tree_[node].parent) != static_cast<int32_t>(node))
      continue;
    // The head: the last word of the phrase or of its first noun phrase ("A communique |
    // published by ...").
    int32_t base = static_cast<int32_t>(node);
    while (tree_[base].first_child >= 0 && label_is(tree_[tree_[base].first_child].label, "NP"))
      base = tree_[base].first_child;
    const uint32_t begin = local_begin(tree_[base]), end = local_end(tree_[base]);
    if (end <= begin || !is_one_of(kStatements, word(end - 1))) continue;
    PhraseCoding& coding = codings_[node];
    // The news media named only after the head ("published by the official TAP news
    // agency") put it out; they did not write it.
    const bool published_by =
        !coding.actors.empty() &&
        std::all_of(coding.actors.begin(), coding.actors.end(), [&](const CodedActor& actor) {
          return actor.token_begin >= end && actor.code.find("MED") != std::string::npos;
        });
    // "a hand-written statement by Islamic Jihad": an author named, though no dictionary
    // knows it, is not the last reporter.
    bool authored = false;
    for (uint32_t t = end; t < local_end(tree_[node]); ++t)
      if (word(t) == "by") authored = true;
    if (authored && !published_by) continue;
    if (published_by) coding.actors.clear();
    const bool countryless = coding.actors.size() == 1 &&
                             coding.actors.front().code.starts_with("---") &&
                             coding.actors.front().code.size() > 3;
    if (!coding.actors.empty() && !countryless) continue;
    CodedActor author = memory_->reporter;
    if (countryless) {
      if (author.code.size() < 3 || !is_country_code(std::string_view(author.code).substr(0, 3)))
        continue;
      author.code = author.code.substr(0, 3) + coding.actors.front().code.substr(3);
      author.entries.insert(author.entries.end(), coding.actors.front().entries.begin(),
                            coding.actors.front().entries.end());
    }
    author.token_begin = begin;
    author.token_end = end;
    coding.computed = true;
    coding.has_actor = true;
    coding.actors.assign(1, std::move(author));
  }
}

void SentenceCoder::remember_reporter() {
  for (int32_t node = 0; node < static_cast<int32_t>(tree_.size()); ++node) {
    if (!tree_[node].is_preterminal() || !is_verb_tag(tree_[node].label)) continue;
    const std::string& lemma = document_.tokens[tree_[node].token_begin].lemma;
    if (lemma != "say" && lemma != "announce" && lemma != "state" && lemma != "declare" &&
        lemma != "report" && lemma != "add")
      continue;
    int32_t clause = tree_[node].parent;
    while (clause >= 0 && label_is(tree_[clause].label, "VP")) clause = tree_[clause].parent;
    if (clause < 0 || !is_clause(tree_[clause].label)) continue;
    const int32_t subject = first_subject_phrase(clause);
    if (subject < 0 || !codings_[subject].computed || codings_[subject].actors.size() != 1 ||
        codings_[subject].actors.front().code.size() <= 3)
      continue;
    // (Not a role with no country yet: which country it is is only settled later.)
    if (codings_[subject].actors.front().code.starts_with("---")) continue;
    memory_->reporter = codings_[subject].actors.front();
    memory_->has_reporter = true;
  }
}

int32_t SentenceCoder::top_clause() const {
  for (int32_t node = 0; node < static_cast<int32_t>(tree_.size()); ++node)
    if (is_clause(tree_[node].label)) return node;
  return -1;
}

// Whether the top clause's verb phrase comes after the comma at `comma` with no clause or
// verb phrase of its own before it: "Arnor, a foe of Gondor, today criticized ..." ends in
// the main clause, not in an aside.
bool SentenceCoder::main_verb_after(uint32_t comma) const {
  const int32_t top = top_clause();
  if (top < 0) return false;
  bool verb_after = false;
  for (int32_t child = tree_[top].first_child; child >= 0; child = tree_[child].next_sibling) {
    const std::string_view label = tree_[child].label;
    const bool verbal = label_is(label, "VP") || is_clause(label) || label_is(label, "SBAR");
    if (local_end(tree_[child]) <= comma && verbal) return false;
    if (local_begin(tree_[child]) > comma && label_is(label, "VP")) verb_after = true;
  }
  return verb_after;
}

// Whether the comma at `comma` is a child of the sentence's top clause and everything before
// it in that clause is adverbial (subordinate clause, prepositional or adverb phrase).
bool SentenceCoder::only_introduced(uint32_t comma) const {
  const int32_t top = top_clause();
  if (top < 0) return false;
  bool comma_is_child = false;
  bool anything_before = false;
  for (int32_t child = tree_[top].first_child; child >= 0; child = tree_[child].next_sibling) {
    const TreeNode& part = tree_[child];
    if (local_begin(part) >= comma) {
      comma_is_child = local_begin(part) == comma && std::string_view(part.label) == ",";
      break;
    }
    if (std::string_view(part.label) == "," || std::string_view(part.label) == "``" ||
        std::string_view(part.label) == "''")
      continue;
    // "Speaking to reporters, Lula praised Chile": a participle phrase introduces too.
    const bool participle = label_is(part.label, "VP") && part.first_child >= 0 &&
                            (std::string_view(tree_[part.first_child].label) == "VBG" ||
                             std::string_view(tree_[part.first_child].label) == "VBN");
    if (!label_is(part.label, "SBAR") && !label_is(part.label, "PP") &&
        !label_is(part.label, "ADVP") && !participle)
      return false;
    anything_before = true;
  }
  return comma_is_child && anything_before;
}

// Marks the tokens inside quotation marks and finds the actor the sentence names as speaking
// them: the subject of a reporting verb outside the quotation, or the noun phrase right after
// it ("said President Chirac"), or the person a "he"/"she" subject stands for.
void SentenceCoder::find_speaker() {
  find_speaker_here();
  if (memory_ == nullptr) return;
  // BBC style: '"We will not yield." ... "We have made our offer," he said.' A quotation that
  // opens its sentence and names no speaker goes on from the speaker of the sentence before.
  const bool opens_quoted =
      token_count_ > 0 && (tag(0) == "``" || (!quoted_.empty() && quoted_[0]));
  if (!has_speaker_ && opens_quoted && memory_->has_speaker &&
      memory_->speaker_sentence == sentence_index_ - 1) {
    speaker_ = memory_->speaker;
    has_speaker_ = true;
  }
  memory_->has_speaker = has_speaker_;
  memory_->speaker_sentence = sentence_index_;
  if (has_speaker_) memory_->speaker = speaker_;
}

void SentenceCoder::find_speaker_here() {
  has_speaker_ = false;
  quoted_.assign(token_count_, 0);
  bool open = false, any_mark = false;
  // A closing mark before any opening one: the sentence began inside a quotation.
  for (uint32_t position = 0; position < token_count_; ++position) {
    if (tag(position) == "``") break;
    if (tag(position) == "''") {
      open = true;
      break;
    }
  }
  for (uint32_t position = 0; position < token_count_; ++position) {
    if (tag(position) == "``") {
      open = any_mark = true;
    } else if (tag(position) == "''") {
      open = false;
      any_mark = true;
    } else {
      quoted_[position] = open;
    }
  }
  if (!any_mark) return;
  for (int32_t node = 0; node < static_cast<int32_t>(tree_.size()); ++node) {
    const TreeNode& verb = tree_[node];
    if (!verb.is_preterminal() || !is_verb_tag(verb.label) || verb.token_end <= verb.token_begin)
      continue;
    const uint32_t position = local_begin(verb);
    const std::string& lemma = document_.tokens[verb.token_begin].lemma;
    if (quoted_[position]) continue;
    // "WAM quoted him as saying": the one quoted is the object.
    if (lemma == "quote") {
      for (int32_t after = verb.next_sibling; after >= 0; after = tree_[after].next_sibling) {
        if (!label_is(tree_[after].label, "NP")) continue;
        if (is_personal_pronoun(after))
          has_speaker_ = resolve_pronoun(after, speaker_);
        else if (codings_[after].computed && codings_[after].actors.size() == 1) {
          speaker_ = codings_[after].actors.front();
          has_speaker_ = true;
        }
        return;
      }
      continue;
    }
    if (!is_reporting_lemma(lemma)) continue;
    const int32_t subject = subject_of(node, nullptr);
    if (subject >= 0 && codings_[subject].computed && codings_[subject].actors.size() == 1) {
      speaker_ = codings_[subject].actors.front();
      has_speaker_ = true;
      return;
    }
    const int32_t pronoun = pronoun_subject(node);
    if (pronoun >= 0 && is_personal_pronoun(pronoun)) {
      has_speaker_ = resolve_pronoun(pronoun, speaker_);
      return;
    }
    // "Lechin told reporters": a subject herald cannot code is still the speaker, and the
    // noun phrase after "told" is the hearer.
    if (subject >= 0 || lemma == "tell") return;
    // "said President Chirac": the speaker follows the verb.
    for (int32_t after = verb.next_sibling; after >= 0; after = tree_[after].next_sibling) {
      if (!label_is(tree_[after].label, "NP")) continue;
      if (codings_[after].computed && codings_[after].actors.size() == 1) {
        speaker_ = codings_[after].actors.front();
        has_speaker_ = true;
      }
      return;
    }
  }
}

void SentenceCoder::remove_comma_clauses() {
  removed_.assign(token_count_, 0);
  // Only commas that separate clauses count; "complete, full diplomatic ties" is a list of
  // modifiers inside a noun phrase.
  std::vector<uint32_t> commas;
  for (const TreeNode& node : tree_) {
    if (!node.is_preterminal() || std::string_view(node.label) != "," || node.parent < 0) continue;
    const std::string& parent = tree_[node.parent].label;
    if (label_is(parent, "NP") || label_is(parent, "ADJP") || label_is(parent, "QP") ||
        label_is(parent, "NML") || label_is(parent, "NX") || label_is(parent, "UCP"))
      continue;
    if (node.token_end > node.token_begin) commas.push_back(local_begin(node));
  }
  std::sort(commas.begin(), commas.end());
  if (commas.empty()) return;
  auto words_between = [&](uint32_t begin, uint32_t end) {
    int count = 0;
    for (uint32_t t = begin; t < end; ++t) {
      const std::string_view part = tag(t);
      if (part != "." && part != "," && part != ":" && part != "``" && part != "''") ++count;
    }
    return count;
  };
  auto remove = [&](uint32_t begin, uint32_t end) {
    for (uint32_t t = begin; t < end; ++t) removed_[t] = 1;
    // Noun phrases inside the clause no longer name anyone.
    for (size_t node = 0; node < tree_.size(); ++node)
      if (local_begin(tree_[node]) >= begin && local_end(tree_[node]) <= end)
        codings_[node] = PhraseCoding{};
  };
  // Final clause: ", a senior official said on Saturday." Not when everything before the
  // comma only introduces the main clause ("While in Guatemala, he met ..."): then the final
  // clause is the sentence itself.
  // Nor after ", but" / ", and": a coordinated clause is not an aside.
  const int last = words_between(commas.back() + 1, token_count_);
  // Nor a relative clause (", who criticised France"): it reports an act of its own.
  const std::string_view after_comma =
      commas.back() + 1 < token_count_ ? tag(commas.back() + 1) : std::string_view();
  const bool coordinated = after_comma == "CC" || (options_.code_relative_clauses &&
                                                   (after_comma == "WP" || after_comma == "WDT"));
  // A longer closing clause that reports ("..., a Soviet foreign ministry official said in
  // remarks published today.") is still a reporting clause: its first verb is one of saying.
  bool reporting_tail = false;
  if (options_.long_reporting_tails && last > options_.comma_emax &&
      last <= 2 * options_.comma_emax)
    for (uint32_t t = commas.back() + 1; t < token_count_; ++t)
      if (tag(t).starts_with("VB") || tag(t) == "MD") {
        reporting_tail = is_reporting_lemma(document_.tokens[first_token_ + t].lemma);
        // Unless it names someone after its verb ("said after talks with King Hussein"): an
        // act of its own.
        for (const TokenMatch& match : actor_matches_)
          if (match.begin > t) reporting_tail = false;
        break;
      }
  if (options_.comma_emax > 0 && last >= options_.comma_emin &&
      (last <= options_.comma_emax || reporting_tail) && !only_introduced(commas.back()) &&
      !coordinated && !main_verb_after(commas.back()))
    remove(commas.back(), token_count_);
  // Opening clause, before the first comma.
  const int first = words_between(0, commas.front());
  if (options_.comma_bmax > 0 && first >= options_.comma_bmin && first <= options_.comma_bmax)
    remove(0, commas.front() + 1);
}

void SentenceCoder::run() {
  if (tree_.empty() || token_count_ == 0 || sentence_.discarded) return;
  for (const TreeNode& node : tree_)
    if (node.token_begin < first_token_ || node.token_end > sentence_.token_end) return;
  subtree_end_.assign(tree_.size(), 0);
  for (int32_t node = static_cast<int32_t>(tree_.size()) - 1; node >= 0; --node) {
    int32_t end = node + 1;
    for (int32_t child = tree_[node].first_child; child >= 0; child = tree_[child].next_sibling)
      end = std::max(end, subtree_end_[child]);
    subtree_end_[node] = end;
  }
  smallest_noun_phrase_.assign(token_count_, 0);
  for (const TreeNode& sub : tree_) {
    if (!label_is(sub.label, "NP") || local_end(sub) <= local_begin(sub)) continue;
    uint32_t& smallest = smallest_noun_phrase_[local_begin(sub)];
    const uint32_t length = local_end(sub) - local_begin(sub);
    if (smallest == 0 || length < smallest) smallest = length;
  }
  sorted_ids_.assign(ids_, ids_ + token_count_);
  std::sort(sorted_ids_.begin(), sorted_ids_.end());
  for (uint32_t word_id : sorted_ids_) signature_.add(word_id);
  find_phrases();
  code_noun_phrases();
  if (memory_ != nullptr) {
    attribute_statements();
    remember_reporter();
  }
  find_speaker();
  remove_comma_clauses();
  for (int32_t node = 0; node < static_cast<int32_t>(tree_.size()); ++node)
    if (tree_[node].is_preterminal() && is_verb_tag(tree_[node].label) &&
        tree_[node].token_end > tree_[node].token_begin)
      code_verb(node);
  // "The government must act quickly, Mary Robinson has said": the reporting clause closing
  // the sentence judges what came before it.
  for (int32_t node = 0; node < static_cast<int32_t>(tree_.size()); ++node)
    if (tree_[node].is_preterminal() && is_verb_tag(tree_[node].label) &&
        tree_[node].token_end > tree_[node].token_begin && removed_[local_begin(tree_[node])])
      code_fronted_report(node);
  if (dictionaries_.nouns().family_count() > 0) code_noun_events();
  code_wrongs_given_as_reasons();
  code_insistence();
  code_alleged_wrongs();
  // Issues found anywhere in the sentence apply to its events.
  std::vector<std::string> issues;
  for (uint32_t position = 0; position < token_count_; ++position) {
    auto match = dictionaries_.issue_phrases().longest_at(ids_, position, token_count_);
    if (match.length == 0) continue;
    const std::string& code = dictionaries_.issue(match.value).code;
    if (std::find(issues.begin(), issues.end(), code) == issues.end()) issues.push_back(code);
  }
  // "Baghdad war communiques ..., but a military spokesman threatened": a side with a role
  // and no country takes the country named last before it in the sentence, other than the
  // other side's (the main-country step later covers the rest).
  if (options_.unknown_country_is_main_country)
    for (Event& event : events_) {
      give_local_country(event.source, event.evidence.source, event.target, event.evidence.note);
      give_local_country(event.target, event.evidence.target, event.source, event.evidence.note);
    }
  add_joiners();
  // "the Iranians overran two Iraqi brigades": a country named alone in a use of force acts
  // through its forces, and a fight is with the other side's forces.
  if (options_.force_sides_are_military)
    for (Event& event : events_) {
      // ("Howard launched an attack on the cost of Britain's asylum system": a politician's
      // or a civilian's attack is words, and its target keeps its code; a government's
      // order to destroy an air force is force.)
      const auto political = [](std::string_view code) {
        if (code.size() < 6) return false;
        const std::string_view role = code.substr(3, 3);
        return role == "OPP" || role == "ELI" || role == "LEG" || role == "MED" || role == "CVL" ||
               role == "BUS" || role == "NGO" || role == "HRI" || role == "EDU" || role == "LAB" ||
               role == "REL";
      };
      if (political(event.source) || political(event.target)) continue;
      bool changed = false;
      if (event.code.starts_with("19") && is_country_code(event.source)) {
        event.source += "MIL";
        changed = true;
      }
      // The target only when the phrase names the state or its people or forces ("Iraq",
      // "the Iranians", "an Iranian attack"), not a thing of theirs ("an Iranian oil
      // platform").
      if (event.code == "190" && is_country_code(event.target) &&
          names_fighting_side(event.evidence.target)) {
        event.target += "MIL";
        changed = true;
      }
      if (changed)
        event.evidence.note += event.evidence.note.empty()
                                   ? "a country named alone in a use of force: its forces"
                                   : "; a country named alone in a use of force: its forces";
    }
  // One event per (source, target, code) in this sentence.
  for (Event& event : events_) {
    bool duplicate = false;
    for (size_t index = document_.events.size(); index-- > 0;) {
      const Event& earlier = document_.events[index];
      if (earlier.sentence != sentence_index_) break;
      if (earlier.source == event.source && earlier.target == event.target &&
          earlier.code == event.code)
        duplicate = true;
    }
    if (duplicate) continue;
    event.issues = issues;
    if (memory_ != nullptr && (event.code.starts_with("084") || event.code == "0353") &&
        !event.source.starts_with("---"))
      memory_->releaser = event.source;
    // The two sides of a fight between states, for attacks named later with one side only.
    if (memory_ != nullptr && event.code.starts_with("19") && event.source.size() >= 3 &&
        event.target.size() >= 3 && is_country_code(std::string_view(event.source).substr(0, 3)) &&
        is_country_code(std::string_view(event.target).substr(0, 3)) &&
        event.source.compare(0, 3, event.target, 0, 3) != 0) {
      memory_->fight_side = event.source.substr(0, 3);
      memory_->fight_other_side = event.target.substr(0, 3);
    }
    document_.events.push_back(std::move(event));
  }
  if (memory_ != nullptr) {
    const CivilDate date = document_.date_of_sentence(sentence_index_);
    // A dateline ("KUWAIT, June 2 -"), the short verbless first sentence of a story, names
    // where it was reported from.
    if (sentence_index_ == 0 && token_count_ <= 8 && !actor_matches_.empty()) {
      bool verbless = true;
      for (uint32_t t = 0; t < token_count_; ++t)
        if (tag(t).starts_with("VB")) verbless = false;
      const std::string code =
          dictionaries_.actors().actor(actor_matches_.front().value).code_on(date);
      if (verbless && code.size() >= 3 && is_country_code(std::string_view(code).substr(0, 3)))
        memory_->dateline_country = code.substr(0, 3);
    }
    remember_subject_person();
    remember_claimant();
    remember_sanctioned();
    if (has_meeting_sides_) {
      memory_->has_meeting_sides = true;
      memory_->meeting_side = meeting_side_;
      memory_->meeting_other_side = meeting_other_side_;
    }
    // "facing U.S.-Canadian relations ... Negotiators for the two countries": the two
    // countries a hyphenated pair names are remembered in their place among the actors.
    uint32_t pair_scan = 0;
    auto remember_pairs_before = [&](uint32_t limit) {
      for (; pair_scan < limit; ++pair_scan) {
        std::array<uint32_t, 2> parts;
        if (!pair_actors(pair_scan, parts)) continue;
        std::vector<std::pair<uint32_t, std::string>> sides;
        for (const uint32_t part : parts) {
          const std::string code = dictionaries_.actors().actor(part).code_on(date);
          if (code.size() < 3 || !is_country_code(std::string_view(code).substr(0, 3))) break;
          sides.emplace_back(part, code.substr(0, 3));
        }
        if (sides.size() != 2 || sides[0].second == sides[1].second) continue;
        for (const auto& [index, country] : sides)
          memory_->remember_country(static_cast<int32_t>(index), country);
      }
    };
    for (const TokenMatch& match : actor_matches_) {
      remember_pairs_before(match.begin);
      pair_scan = std::max(pair_scan, match.end);
      const Actor& actor = dictionaries_.actors().actor(match.value);
      const std::string code = actor.code_on(date);
      // A person named in full is later named by the last word alone ("Weizsaecker said"),
      // also when the full name was in a closing reporting clause (", Nigerian Trade
      // Minister Samaila Mamman said."), and without a particle ("al-Oteiba": "Oteiba").
      if (!actor.dated.empty() && match.end - match.begin >= 2 && !code.empty() &&
          code.find('/') == std::string::npos) {
        CodedActor person;
        person.code = code;
        person.entries = {{&actor.file, actor.line, &actor.root, "actor"}};
        learn_name(match.end - 1, person);
      }
      // The reporter a closing clause names (", Egypt's Minister of State for Foreign Affairs,
      // Boutros Boutros Ghali, said.") is the person a "he" after it most often stands for.
      if (removed_[match.begin]) {
        if (!actor.dated.empty() && !code.empty()) {
          memory_->closing_reporter = static_cast<int32_t>(match.value);
          memory_->closing_reporter_sentence = sentence_index_;
        }
        continue;
      }
      // "the European Community ... the Community": a body named in full is named again by
      // its head noun.
      if (actor.dated.empty() && match.end - match.begin >= 2 && code.size() > 3 &&
          !is_country_code(std::string_view(code).substr(0, 3)) &&
          code.find('/') == std::string::npos && tag(match.end - 1) == "NNP") {
        const std::string& head = document_.tokens[first_token_ + match.end - 1].norm;
        if (is_body_head_noun(head))
          memory_->learn(head, code, {{&actor.file, actor.line, &actor.root, "actor"}});
      }
      // "the EC ... the entire Commission is visiting Bonn": in a story about the European
      // Community or Union, "the Commission" is its executive, which the dictionary codes as
      // the Union itself.
      if (code == "IGOEUREEC") {
        memory_->learn("commission", code, {{&actor.file, actor.line, &actor.root, "actor"}});
        memory_->learn("commissioners", code, {{&actor.file, actor.line, &actor.root, "actor"}});
      }
      if (!actor.dated.empty())
        memory_->remember(static_cast<int32_t>(match.value));
      else if (is_country_code(code))
        memory_->last_country = static_cast<int32_t>(match.value);
      if (code.size() >= 3 && is_country_code(std::string_view(code).substr(0, 3)))
        memory_->remember_country(static_cast<int32_t>(match.value),
                                  std::string_view(code).substr(0, 3));
    }
    remember_pairs_before(token_count_);
  }
}

// "him", "her": objects resolved to a person the sentence names before them.
bool is_object_pronoun(std::string_view text) { return text == "him" || text == "her"; }

// The country an article is about: the country prefix its coded actor mentions name most,
// when it is named at least twice and more often than any other; "" otherwise.
std::string main_country(const Document& document, size_t first_mention) {
  std::vector<std::pair<std::string_view, int>> counts;
  for (size_t index = first_mention; index < document.mentions.size(); ++index) {
    const std::string& code = document.mentions[index].actor_code;
    if (code.size() < 3 || !is_country_code(std::string_view(code).substr(0, 3))) continue;
    // An object pronoun repeats a name of its own sentence, already counted.
    if (is_object_pronoun(document.mentions[index].canonical)) continue;
    const std::string_view country = std::string_view(code).substr(0, 3);
    auto found = std::find_if(counts.begin(), counts.end(),
                              [&](const auto& entry) { return entry.first == country; });
    if (found == counts.end())
      counts.emplace_back(country, 1);
    else
      ++found->second;
  }
  int best = 0, second = 0;
  std::string_view winner;
  for (const auto& [country, count] : counts) {
    if (count > best) {
      second = best;
      best = count;
      winner = country;
    } else if (count > second) {
      second = count;
    }
  }
  return best >= 2 && best > second ? std::string(winner) : std::string();
}

// "the government" with no country of its own ("---GOV") is, in most news, the government of
// the country the article is about (or reported from, when it has a dateline). Events that become
// same-actor pairs are dropped and duplicates merged; the evidence note says what was assumed.
void give_unknown_actors_main_country(Document& document, size_t first_event, size_t first_mention,
                                      const std::string& dateline_country) {
  // Unnamed "officials" and "the ministry" of a datelined story are most often the local ones,
  // when the story names that country's actors at all: a LONDON-datelined story about the
  // Iran-Iraq war is about Iran and Iraq.
  bool dateline_named = false;
  for (size_t index = first_mention; index < document.mentions.size() && !dateline_named; ++index)
    dateline_named = !dateline_country.empty() &&
                     document.mentions[index].actor_code.starts_with(dateline_country);
  std::string country = dateline_named ? dateline_country : main_country(document, first_mention);
  // With no country leading, the dateline's is still the best guess.
  if (country.empty()) country = dateline_country;
  if (country.empty()) return;
  auto resolve = [&](std::string& code) {
    if (!code.starts_with("---")) return false;
    code.replace(0, 3, country);
    return true;
  };
  for (size_t index = first_mention; index < document.mentions.size(); ++index)
    resolve(document.mentions[index].actor_code);
  std::vector<Event> kept;
  for (size_t index = first_event; index < document.events.size(); ++index) {
    Event& event = document.events[index];
    const bool changed_source = resolve(event.source);
    const bool changed_target = resolve(event.target);
    if (changed_source || changed_target) {
      if (event.source == event.target &&
          event.evidence.note.find(kUnnamedAuthority) == std::string::npos)
        continue;
      const std::string note =
          "actor without a country taken as the article's main country " + country;
      event.evidence.note += event.evidence.note.empty() ? note : "; " + note;
    }
    const bool duplicate = std::any_of(kept.begin(), kept.end(), [&](const Event& other) {
      return other.sentence == event.sentence && other.source == event.source &&
             other.target == event.target && other.code == event.code;
    });
    if (!duplicate) kept.push_back(std::move(event));
  }
  document.events.resize(first_event);
  for (Event& event : kept) document.events.push_back(std::move(event));
}

// An event inside one country is news when two different parts of it act ("the opposition
// criticised the government"); a country acting on itself or one of its own bodies with the
// same role ("Sri Lanka ordered its armed forces", "the government negotiated with the
// government") is not an interaction between actors.
void drop_domestic_without_roles(Document& document, size_t first_event) {
  auto domestic_without_roles = [](const Event& event) {
    if (event.source.size() < 3 || event.target.size() < 3) return false;
    // "the EU commission president suggested ... the EU budget": one organisation.
    if (event.source.starts_with("IGO") && event.target.starts_with("IGO") &&
        event.source.size() >= 6 && event.target.size() >= 6 &&
        event.source.compare(0, 6, event.target, 0, 6) == 0)
      return true;
    if (event.source.compare(0, 3, event.target, 0, 3) != 0) return false;
    if (!is_country_code(std::string_view(event.source).substr(0, 3))) return false;
    // "Turkey arrested 15 Kurdish rebels": a state against its armed rebels is an act
    // between two sides.
    auto adversary = [](const std::string& code) {
      if (code.size() < 6) return false;
      const std::string_view role = std::string_view(code).substr(3, 3);
      return role == "REB" || role == "INS";
    };
    if ((event.source.size() == 3 && adversary(event.target)) ||
        (event.target.size() == 3 && adversary(event.source)))
      return false;
    // "A Marine was arrested": a state's forces or police holding one of their own.
    if (event.evidence.note.find(kUnnamedAuthority) != std::string::npos) return false;
    if (event.source.size() == 3 || event.target.size() == 3 ||
        event.source.compare(3, 3, event.target, 3, 3) == 0)
      return true;
    // A government ordering, urging or warning its own forces or police ("ordered its armed
    // forces to defend ...", "warned his frontline troops to expect attacks") directs itself;
    // the act is what the forces do.
    const std::string_view target_role = std::string_view(event.target).substr(3, 3);
    return (event.root_code == "10" || event.root_code == "01" || event.root_code == "02") &&
           std::string_view(event.source).substr(3) == "GOV" &&
           (target_role == "MIL" || target_role == "COP");
  };
  document.events.erase(std::remove_if(document.events.begin() + static_cast<long>(first_event),
                                       document.events.end(), domestic_without_roles),
                        document.events.end());
}

// Returns the discard entry that matches the sentence (given its word ids), or -1.
// Two actors who held talks (046) in a story: their meetings and visits (040-045) in it are
// the occasions of those talks, not further acts.
// "Musharraf met Blair in London ... the two leaders had talked about Kashmir": when a story
// codes meetings or visits between one pair of countries only, codes no talks (046) at all,
// and speaks of talks or discussions without coding whose, the talks are that meeting's: the
// meeting becomes the reciprocal 046, as the CAMEO manual codes talks held during a meeting or
// visit.
void meetings_with_unattributed_talks(Document& document, size_t first_event) {
  auto meeting = [](const Event& event) {
    return event.code.size() == 3 && event.code.starts_with("04") && event.code != "046" &&
           event.code != "041";
  };
  auto country = [](const std::string& code) { return std::string_view(code).substr(0, 3); };
  // The one pair of countries that meet; "" when none or several.
  std::string_view first_side, second_side;
  for (size_t index = first_event; index < document.events.size(); ++index) {
    const Event& event = document.events[index];
    if (event.code == "046") return;
    if (!meeting(event)) continue;
    const std::string_view source = country(event.source), target = country(event.target);
    if (first_side.empty()) {
      first_side = source;
      second_side = target;
    } else if (!((source == first_side && target == second_side) ||
                 (source == second_side && target == first_side))) {
      return;  // meetings between more than one pair: whose talks is unclear
    }
  }
  if (first_side.empty()) return;
  // Talks in a sentence that codes meetings or intents to meet are someone's already ("is
  // scheduled to join talks in Japan").
  std::vector<char> coded_meeting(document.sentences.size(), 0);
  for (size_t index = first_event; index < document.events.size(); ++index) {
    const Event& event = document.events[index];
    if (event.sentence >= 0 && static_cast<size_t>(event.sentence) < coded_meeting.size() &&
        (event.code.starts_with("04") || event.code == "036"))
      coded_meeting[static_cast<size_t>(event.sentence)] = 1;
  }
  bool talks = false;
  for (size_t sentence = 0; sentence < document.sentences.size() && !talks; ++sentence) {
    if (coded_meeting[sentence]) continue;
    const Sentence& span = document.sentences[sentence];
    for (uint32_t t = span.token_begin; t < span.token_end && t < document.tokens.size(); ++t) {
      const Token& token = document.tokens[t];
      if (token.norm == "talks" || token.norm == "discussions" || token.norm == "negotiations" ||
          token.lemma == "talk" || token.lemma == "discuss" || token.lemma == "negotiate") {
        talks = true;
        break;
      }
    }
  }
  if (!talks) return;
  // One 046 each way, from the meeting event that names the sides most precisely
  // ("PAKGOV met GBRGOV" rather than "PAKGOV visited GBR").
  size_t best[2] = {SIZE_MAX, SIZE_MAX};
  for (size_t index = first_event; index < document.events.size(); ++index) {
    const Event& event = document.events[index];
    if (!meeting(event)) continue;
    size_t& slot = best[country(event.source) == first_side ? 0 : 1];
    if (slot == SIZE_MAX ||
        event.source.size() + event.target.size() >
            document.events[slot].source.size() + document.events[slot].target.size())
      slot = index;
  }
  std::vector<Event> kept;
  for (size_t index = first_event; index < document.events.size(); ++index) {
    Event& event = document.events[index];
    if (meeting(event)) {
      if (index != best[0] && index != best[1]) continue;
      event.code = "046";
      event.root_code = "04";
      const std::string note = "the story's talks, held at this meeting";
      event.evidence.note += event.evidence.note.empty() ? note : "; " + note;
    }
    kept.push_back(std::move(event));
  }
  document.events.resize(first_event);
  for (Event& event : kept) document.events.push_back(std::move(event));
}

void drop_meetings_with_talks(Document& document, size_t first_event) {
  auto same_pair = [](const Event& a, const Event& b) {
    return (a.source == b.source && a.target == b.target) ||
           (a.source == b.target && a.target == b.source);
  };
  auto talks = [](const Event& event) { return event.code == "046"; };
  // A telephone call (041) is a discussion of its own, not a meeting the talks supersede.
  auto meeting = [](const Event& event) {
    return event.code.size() == 3 && event.code.starts_with("04") && event.code != "046" &&
           event.code != "041";
  };
  std::vector<Event> kept;
  for (size_t index = first_event; index < document.events.size(); ++index) {
    const Event& event = document.events[index];
    const bool superseded =
        meeting(event) &&
        std::any_of(document.events.begin() + static_cast<std::ptrdiff_t>(first_event),
                    document.events.end(),
                    [&](const Event& other) { return talks(other) && same_pair(event, other); });
    if (!superseded) kept.push_back(event);
  }
  document.events.resize(first_event);
  for (Event& event : kept) document.events.push_back(std::move(event));
}

int32_t find_discard(const DictionarySet& dictionaries, const uint32_t* ids, uint32_t count) {
  if (dictionaries.discard_phrases().size() == 0) return -1;
  for (uint32_t position = 0; position < count; ++position) {
    auto match = dictionaries.discard_phrases().longest_at(ids, position, count);
    if (match.length > 0) return static_cast<int32_t>(match.value);
  }
  return -1;
}

bool valid_range(const Document& document, const Sentence& sentence) {
  return sentence.token_end <= document.tokens.size() && sentence.token_begin <= sentence.token_end;
}

// Codes one sentence whose word ids (one per document token) and discard match (an entry
// index, or -1) are already known.
void code_with_ids(const DictionarySet& dictionaries, Document& document, int32_t sentence_index,
                   const CodingOptions& options, const uint32_t* document_ids, int32_t discard,
                   DocumentMemory* memory) {
  Sentence& sentence = document.sentences[static_cast<size_t>(sentence_index)];
  const uint32_t* ids = document_ids + sentence.token_begin;
  if (!sentence.discarded) {
    if (discard >= 0) {
      const DiscardEntry& entry = dictionaries.discard(static_cast<uint32_t>(discard));
      sentence.discarded = true;
      sentence.discard_reason =
          fmt::format("{} discard '{}' ({}:{})", entry.whole_story ? "story" : "sentence",
                      entry.phrase, entry.file, entry.line);
    }
  }
  SentenceCoder coder(dictionaries, options, document, sentence_index, ids, memory);
  coder.run();
}

std::vector<uint32_t> word_ids(const DictionarySet& dictionaries, const Document& document) {
  std::vector<uint32_t> ids(document.tokens.size());
  for (size_t index = 0; index < ids.size(); ++index)
    ids[index] = dictionaries.vocabulary().find(document.tokens[index].norm);
  return ids;
}

}  // namespace

EventCoder::EventCoder(std::shared_ptr<const DictionarySet> dictionaries)
    : dictionaries_(std::move(dictionaries)) {}

void EventCoder::code_sentence(Document& document, int32_t sentence_index,
                               const CodingOptions& options) const {
  if (sentence_index < 0 || static_cast<size_t>(sentence_index) >= document.sentences.size())
    return;
  if (!valid_range(document, document.sentences[static_cast<size_t>(sentence_index)])) return;
  const std::vector<uint32_t> ids = word_ids(*dictionaries_, document);
  const Sentence& sentence = document.sentences[static_cast<size_t>(sentence_index)];
  const int32_t discard = find_discard(*dictionaries_, ids.data() + sentence.token_begin,
                                       sentence.token_end - sentence.token_begin);
  code_with_ids(*dictionaries_, document, sentence_index, options, ids.data(), discard, nullptr);
}

void EventCoder::code_document(Document& document, const CodingOptions& options) const {
  const std::vector<uint32_t> ids = word_ids(*dictionaries_, document);
  // A story discard anywhere stops the whole document.
  std::vector<int32_t> discards(document.sentences.size(), -1);
  for (size_t index = 0; index < document.sentences.size(); ++index) {
    const Sentence& sentence = document.sentences[index];
    if (!valid_range(document, sentence)) continue;
    const int32_t discard = find_discard(*dictionaries_, ids.data() + sentence.token_begin,
                                         sentence.token_end - sentence.token_begin);
    discards[index] = discard;
    if (discard < 0) continue;
    const DiscardEntry& entry = dictionaries_->discard(static_cast<uint32_t>(discard));
    if (!entry.whole_story) continue;
    for (Sentence& other : document.sentences) {
      other.discarded = true;
      other.discard_reason =
          fmt::format("story discard '{}' ({}:{})", entry.phrase, entry.file, entry.line);
    }
    return;
  }
  DocumentMemory memory;
  const size_t first_event = document.events.size();
  const size_t first_mention = document.mentions.size();
  for (size_t index = 0; index < document.sentences.size(); ++index)
    if (valid_range(document, document.sentences[index]))
      code_with_ids(*dictionaries_, document, static_cast<int32_t>(index), options, ids.data(),
                    discards[index], &memory);
  if (options.unknown_country_is_main_country)
    give_unknown_actors_main_country(document, first_event, first_mention, memory.dateline_country);
  if (!options.code_domestic_without_roles) drop_domestic_without_roles(document, first_event);
  if (options.negotiation_takes_precedence) {
    meetings_with_unattributed_talks(document, first_event);
    drop_meetings_with_talks(document, first_event);
  }
  if (options.require_countries) {
    // Still without a country after the main-country step: no dyad between known actors.
    document.events.erase(std::remove_if(document.events.begin() + static_cast<long>(first_event),
                                         document.events.end(),
                                         [](const Event& event) {
                                           return event.source.starts_with("---") ||
                                                  event.target.starts_with("---");
                                         }),
                          document.events.end());
  }
}

}  // namespace herald::coding
