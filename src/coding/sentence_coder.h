// SentenceCoder: codes the events of one parsed sentence for EventCoder (event_coder.h).
// Internal to src/coding/; nothing outside the folder includes this header.
//
// The coder is one class with many rules. Its member functions are defined in files by
// concern, which share this declaration, the structs the coder works with and the small word
// and code tests that more than one of them uses (a test that one file uses stays there):
//   sentence_coder.cc              one sentence's pass in order (run), and comma clauses
//   sentence_coder_actors.cc       actor phrases and the coding of noun phrases
//   sentence_coder_references.cc   what refers to an actor named elsewhere: names, titles,
//                                  groups, pronouns, pairs and countries named again
//   sentence_coder_clauses.cc      clause structure: subjects, relatives, conjuncts,
//                                  complements, passives, the phrase a verb acts on
//   sentence_coder_modality.cc     acts that are not facts: negated, hypothetical, conditional,
//                                  still to come, habitual, denied or merely reported
//   sentence_coder_patterns.cc     verb patterns matched against the words around a verb
//   sentence_coder_verbs.cc        a verb's events: its code, source and target
//   sentence_coder_events.cc       events written out, and the rules that add or move events
//                                  once the verbs are coded
//   sentence_coder_noun_events.cc  events named by nouns ("talks with Ankara")
//   sentence_coder_memory.cc       what a sentence leaves to the next in DocumentMemory
// event_coder.cc holds EventCoder and the passes over a whole document.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "coding/dictionary_set.h"
#include "herald/document.h"

namespace herald::coding::internal {

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
inline CodedActor coded_actor(const actors::Actor& actor, std::string code, uint32_t begin,
                              uint32_t end) {
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

inline bool is_verb_tag(std::string_view tag) {
  return tag.size() >= 2 && tag[0] == 'V' && tag[1] == 'B';
}

// Whether an actor code holds a role of a group outside the state: opposition, rebels,
// insurgents, separatists, NGOs, rights groups, media, business, labour, criminals.
inline bool has_nonstate_role(std::string_view actor) {
  static constexpr std::array<std::string_view, 11> kRoles = {
      "OPP", "REB", "INS", "SEP", "NGO", "HRI", "MED", "BUS", "LAB", "CRM", "UAF"};
  for (size_t position = 3; position + 3 <= actor.size(); position += 3)
    if (std::find(kRoles.begin(), kRoles.end(), actor.substr(position, 3)) != kRoles.end())
      return true;
  return false;
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

// The working memory of the calling thread, reused from sentence to sentence.
Scratch& thread_scratch();

// Where a one-token pair ("Iran-Iraq", "Canada/U.S.") is split: its only hyphen, or its only
// slash, with text on both sides; npos for any other word.
inline size_t pair_separator(std::string_view text) {
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
inline bool one_edit_apart(std::string_view a, std::string_view b) {
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
  // Who last demanded of, criticised, rejected, threatened or protested against each country
  // (the country's three letters, then the source's code): whom that country's defence of
  // its own measures answers ("Tran criticised Washington ... a U.S. official defended the
  // policies").
  std::vector<std::pair<std::string, std::string>> critics;
  const std::string* critic_of(std::string_view country) const {
    for (const auto& [criticised, source] : critics)
      if (criticised == country) return &source;
    return nullptr;
  }
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

// Whether `word` is one of a fixed list of words.
template <size_t N>
bool is_one_of(const std::string_view (&words)[N], std::string_view word) {
  return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

// A meeting, call, visit or intent to meet (04x, 036) with the general public, or a
// statement addressed to it (010) ("parties telephoning people", "will meet the public", "is
// set to address 2,000 people at a Hindu temple"): campaigning, not an act between political
// actors, and the guide codes none.
inline bool is_meeting_with_the_public(std::string_view code, const CodedActor& source,
                                       const CodedActor& target) {
  if (!code.starts_with("04") && code != "036" && code != "010") return false;
  auto civilian = [](const std::string& actor) {
    return actor.size() >= 6 && actor.compare(3, 3, "CVL") == 0;
  };
  return civilian(source.code) || civilian(target.code);
}

// "The Lib Dems criticised the Tories": two bodies the dictionaries name apart (two parties
// out of government, both GBROPP) act on each other though their codes are one. Countries
// are left out: a country's names are several records ("U.S.", "America").
inline bool distinct_bodies(const CodedActor& source, const CodedActor& target) {
  if (source.code.size() < 6 || source.metonym || target.metonym) return false;
  const auto actor_line = [](const CodedActor& actor) -> const EntryRef* {
    for (const EntryRef& entry : actor.entries)
      if (std::string_view(entry.role) == "actor") return &entry;
    return nullptr;
  };
  const EntryRef* first = actor_line(source);
  const EntryRef* second = actor_line(target);
  return first != nullptr && second != nullptr &&
         (first->file != second->file || first->line != second->line);
}

// Titles of one person: "the Pakistani president", "the foreign minister".
inline bool is_person_title(std::string_view word) {
  static constexpr std::string_view kTitles[] = {
      "president",   "minister", "premier",      "chancellor", "secretary", "leader",
      "king",        "queen",    "prince",       "ambassador", "envoy",     "spokesman",
      "spokeswoman", "chairman", "commissioner", "governor",   "mayor"};
  return is_one_of(kTitles, word);
}

// Nouns of a measure against someone: "the ban", "the embargo", "the tariffs".
inline bool is_sanction_noun(std::string_view word) {
  return word == "ban" || word == "embargo" || word == "sanctions" || word == "tariffs" ||
         word == "blockade" || word == "boycott";
}

// An actor code whose roles are all of civil life: a government, party, legislature, court,
// press, group or person, and no armed role. A bare country is not (its attack is an
// attack).
inline bool is_civilian_role(std::string_view code) {
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
inline bool is_perpetrator_noun(std::string_view noun) {
  static constexpr std::string_view kNouns[] = {
      "kidnappers", "kidnapper", "captors",   "captor",   "abductors", "abductor",
      "killers",    "killer",    "attackers", "attacker", "assassins", "assassin",
      "murderers",  "murderer",  "hijackers", "hijacker", "torturers", "jailers"};
  return is_one_of(kNouns, noun);
}

// Nouns of a subject of discussion: "the problems of Afghanistan and Kampuchea" is a topic,
// not the country.
inline bool is_topic_noun(std::string_view noun) {
  return noun == "problem" || noun == "problems" || noun == "question" || noun == "questions" ||
         noun == "issue" || noun == "issues" || noun == "situation" || noun == "future";
}

// Plural heads that name states themselves ("the EU's states", "Gulf Cooperation Council
// states").
inline bool is_state_noun(std::string_view noun) {
  return noun == "countries" || noun == "nations" || noun == "states" || noun == "governments";
}

// Plural heads that name states ("countries hit by the tsunami"), or states by what they do
// ("other donors", "allies").
inline bool is_states_noun(std::string_view noun) {
  // ("during a visit to European capitals in February": their governments, unnamed.)
  return is_state_noun(noun) || noun == "donors" || noun == "allies" || noun == "capitals";
}

// Prepositions of topic: what follows them is what an act or a phrase is about ("talks on
// North Korea", "briefed Shultz on Thatcher's visit").
inline bool is_topic_preposition(std::string_view word) {
  return word == "on" || word == "about" || word == "over" || word == "regarding" ||
         word == "concerning";
}

// "his EU counterparts", "EC colleagues": an organisation's members named by their office.
inline bool names_members_by_office(std::string_view last_word) {
  return last_word == "counterparts" || last_word == "colleagues";
}

inline bool is_negation_word(std::string_view word) {
  return word == "not" || word == "n't" || word == "never";
}

// Whether an actor code names a country alone: three letters, not one of CAMEO's
// non-state three-letter codes.
inline bool is_country_code(std::string_view code) {
  if (code.size() != 3) return false;
  for (char letter : code)
    if (letter < 'A' || letter > 'Z') return false;
  return code != "IGO" && code != "NGO" && code != "UIS" && code != "MNC" && code != "INT";
}

// A code naming a state or its government: a country, alone or with GOV.
inline bool is_state_code(std::string_view code) {
  return code.size() >= 3 && is_country_code(code.substr(0, 3)) &&
         (code.size() == 3 || code.substr(3) == "GOV");
}

// Plural heads that "the two ..." / "both ..." use for people or for their countries.
inline bool is_pair_head(std::string_view noun, bool* countries) {
  *countries = noun == "nations" || noun == "countries" || noun == "neighbors" ||
               noun == "neighbours" || noun == "governments" || noun == "states";
  return *countries || noun == "leaders" || noun == "presidents" || noun == "sides" ||
         noun == "ministers" || noun == "heads" || noun == "officials";
}

// The note an arrest or a charge carries when no one is named as making it, and the state's
// authority is taken to: such an event may hold one of the authority's own (same codes).
inline constexpr std::string_view kUnnamedAuthority = "the arresting authority is unnamed";

// Verbs that attribute a quotation to their subject ("the chancellor said", "he told
// parliament", "said President Chirac").
inline bool is_reporting_lemma(std::string_view lemma) {
  static constexpr std::string_view kLemmas[] = {"say",     "tell",   "add",     "state",
                                                 "declare", "insist", "explain", "write",
                                                 "reply",   "stress", "warn",    "announce"};
  return is_one_of(kLemmas, lemma);
}

// Verbs that report speech: "would" in what they report is the future seen from then.
inline bool is_reporting_verb(std::string_view word) {
  static constexpr std::array<std::string_view, 30> kForms = {
      "said",      "says",      "say",        "told",     "tells",     "announced",
      "announces", "stated",    "states",     "added",    "adds",      "declared",
      "declares",  "confirmed", "confirms",   "reported", "reports",   "disclosed",
      "indicated", "explained", "insisted",   "insists",  "promised",  "pledged",
      "vowed",     "assured",   "reiterated", "repeated", "signalled", "signaled"};
  return std::find(kForms.begin(), kForms.end(), word) != kForms.end();
}

// Codes the sentence `sentence_index` of `document` (run): appends its mentions and events
// to the document and, given a DocumentMemory, reads and updates what the document has said
// so far. One coder per sentence; its working memory is the calling thread's Scratch.
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
  bool is_named_cause(int32_t whole) const;
  bool other_side_of_last_fight(const CodedActor& side, uint32_t at, CodedActor& enemy) const;
  bool is_expected(int32_t verb_node) const;
  // The verb phrase after `whole` in the clause it is the subject of, or -1.
  int32_t predicate_of_subject(int32_t whole) const;
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
  // The "if" or "unless" clause the verb's own clause hangs on ("would retaliate if America
  // went ahead"), or -1.
  int32_t condition_clause_of(int32_t verb_node) const;
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
  // Whether the verb is only tried or attempted ("tried to persuade").
  bool is_only_attempted(int32_t verb_node) const;
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
  // The sibling just before `node` under its parent, or -1 when it is the first (or has no
  // parent). Trees link children forward only.
  int32_t previous_sibling(int32_t node) const {
    const int32_t parent = tree_[node].parent;
    int32_t before = -1;
    for (int32_t child = parent >= 0 ? tree_[parent].first_child : -1; child >= 0 && child != node;
         child = tree_[child].next_sibling)
      before = child;
    return before;
  }
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
  // Whether `text` is one of the words such a phrase is made of.
  static bool is_time_noun_phrase_word(std::string_view text);
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
  // The smallest coded noun phrase starting at `position` that names an actor although no
  // dictionary actor or role starts there: a name the story taught ("Toshiba") or a title
  // standing for its holder ("the prime minister"). -1 if none.
  int32_t taught_phrase_at(uint32_t position) const;
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
  // The actors of the phrase listed after "including" at token `after` (a comma between
  // allowed), or none.
  std::vector<CodedActor> included_actors(uint32_t after) const;
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

}  // namespace herald::coding::internal
