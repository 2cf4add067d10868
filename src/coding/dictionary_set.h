// DictionarySet: everything the coder needs, loaded once from a PETRARCH2-style manifest.
//
// A manifest is an ini file with a [Dictionaries] section (PETR_config.ini layout):
//   verbfile_name, actorfile_list (comma-separated), agentfile_name, discardfile_name,
//   issuefile_name, and herald's nounfile_name (event nouns, in the verb file format) —
//   paths relative to the ini file's folder. An [Options] section may set
//   coding options (require_dyad, new_actor_length, comma_min ... comma_emax).
// `--dicts X` accepts the ini file itself or a folder holding PETR_config.ini or
// dictionaries.ini.
//
// Discards: a phrase (normalized words) that, found in a sentence, stops it being coded;
// `+phrase` discards the whole story. Issues: `phrase [CODE]` lines (PETRARCH2 issue file,
// `n:` marks a noun whose plural also counts; `~` negation lines are ignored).
//
// Loading never aborts on a bad line: problems are collected as "file:line: reason". A
// missing verb file is an error naming it; a missing noun, actor, agent, discard or issue file is
// a problem (line 0) and the rest loads. Immutable after load; thread-safe.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "actors/actor_dictionary.h"
#include "actors/phrase_index.h"
#include "coding/dictionary_lines.h"
#include "coding/verb_dictionary.h"

namespace herald::coding {

struct CodingOptions {
  bool require_dyad = true;
  int new_actor_length = 0;  // accepted for compatibility; herald never invents actor names
  int comma_min = 2, comma_max = 8;
  int comma_bmin = 0, comma_bmax = 0;
  int comma_emin = 2, comma_emax = 8;
  // Verbs inside the verb phrase of a coded statement (root 01) are coded too.
  bool code_reported_events = true;
  // A negated verb ("did not attack") codes no event.
  bool skip_negated = true;
  // A verb under "would/could/might/may" ("would be happy to meet") codes no event. Off by
  // default, as PETRARCH2 codes them; herald's own manifest turns it on.
  bool skip_hypothetical = false;
  // A "he"/"she" subject with no actor above it is the last person named before it.
  bool resolve_pronouns = true;
  // A passive verb with no "by" phrase and no pattern: its subject is the target.
  bool passive_subject_is_target = true;
  // An actor with a role but no country ("the government", "police", "---GOV") takes the
  // article's main country: the one its coded actors name most, when one clearly leads.
  // Off by default (PETRARCH2 leaves them "---"); on in herald's own manifest.
  bool unknown_country_is_main_country = false;
  // Events within one country are kept only between different roles ("GBROPP -> GBRGOV");
  // a country acting on itself or a body with its own role ("LKA -> LKAMIL") is dropped.
  // On by default (PETRARCH2 codes them); off in herald's own manifest.
  bool code_domestic_without_roles = true;
  // Events whose source or target has no country ("---REB") even after the main-country step
  // are dropped. Off by default (PETRARCH2 codes them); on in herald's own manifest.
  bool require_countries = false;
  // A meeting, visit or talks still to come ("will meet", "is scheduled to visit") is coded
  // 036, intent to meet. Off by default (PETRARCH2 codes the meeting); on in herald's manifest.
  bool future_meetings_are_intent = false;
  // Talks take precedence: where a document codes negotiation (046) between two actors, their
  // other meeting and visit events (040-045) of that document are dropped, as the CAMEO manual
  // codes talks held during a visit. Off by default; on in herald's manifest.
  bool negotiation_takes_precedence = false;
  // Cooperation still to come ("will work with", "said it would provide aid") is an intent to
  // cooperate: 05x -> 032, 06x -> 031, 07x -> 033. Off by default; on in herald's manifest.
  bool future_cooperation_is_intent = false;
  // The place a visit goes to is its country ("visiting Beijing": 042 to CHN), not the
  // government a capital stands for elsewhere. Off by default; on in herald's manifest.
  bool visited_capital_is_country = false;
  // A relative clause ("Allawi, who criticised France") is coded as a clause of its own, its
  // subject the phrase it modifies, even inside a coded verb phrase or after a final comma.
  // Off by default (PETRARCH2 leaves it to the verb phrase around it); on in herald's
  // manifest.
  bool code_relative_clauses = false;
  // A subjectless clause opened by "before", "after", "while", "upon" or "when" ("spent two
  // days in Tanzania before heading to Mozambique") is coded as an act of its own, with the
  // subject of the clause around it. Off by default (PETRARCH2 codes only the outer verb);
  // on in herald's manifest.
  bool code_time_clauses = false;
  // A verb phrase dated "in/since/during YEAR" more than a year before the story ("imposed
  // its arms ban on China in 1989") is history and codes nothing. Off by default (PETRARCH2
  // codes it); on in herald's manifest, as CAMEO datasets code the news of the day.
  bool skip_old_events = false;
  // A phrase headed by "countries", "nations", "states" or "governments" that names none is
  // UIS, CAMEO's unidentified state actor ("aid to countries hit by the tsunami"). Off by
  // default (PETRARCH2 codes no actor there); on in herald's manifest.
  bool unnamed_states_are_uis = false;
  // A closing reporting clause longer than comma_emax words (up to twice that), whose first
  // verb is one of saying and that names no one after it (", a senior Bree official said in
  // remarks published today."), is still a reporting clause. Off by default (PETRARCH2 keeps
  // such clauses); on in herald's manifest.
  bool long_reporting_tails = false;
  // A pattern whose first word comes just after a negation ("did not consider Congress as
  // protectionist", "said the plan was not unfair") does not match: the judgement it names was
  // not made. Off by default (PETRARCH2's patterns are written to match after "isn't"); on in
  // herald's manifest.
  bool negation_blocks_patterns = false;
  // In a use of force (19x), a side named only by its country ("Iran", "the Iranians",
  // "Iranian thrusts") acts through its armed forces: the source becomes <country>MIL, and so
  // does the target of a fight (190), as hand-coded datasets code battles between states'
  // forces. Off by default (PETRARCH2 keeps the bare country); on in herald's manifest.
  bool force_sides_are_military = false;
  // Sets one option from its ini name and text; false when the name or value is unknown.
  bool set(std::string_view name, std::string_view value);
};

struct DictionaryFiles {
  std::string verbs;
  std::string nouns;  // event nouns in the verb format ("talks with", "an offer to"); "" = none
  std::vector<std::string> actors;
  std::string agents;
  std::string discards;   // "" = none
  std::string issues;     // "" = none
  std::string exchanges;  // ticker suffixes to countries ("MD.N" -> USA); "" = none
};

struct DiscardEntry {
  std::string phrase;
  bool whole_story = false;
  std::string file;
  uint32_t line = 0;
};

// A stock exchange by the suffix written after a company's ticker ("N" in "<MD.N>"; "*" for
// a ticker with none): the country whose business the listed company is.
struct ExchangeEntry {
  std::string suffix;
  std::string country;  // ISO 3166 alpha-3
  std::string text;     // the line as written, for evidence
  std::string file;
  uint32_t line = 0;
};

struct IssueEntry {
  std::string code;
  std::string file;
  uint32_t line = 0;
};

class DictionarySet {
 public:
  DictionarySet() = default;
  DictionarySet(const DictionarySet&) = delete;  // members point at vocabulary_
  DictionarySet& operator=(const DictionarySet&) = delete;
  // Builds a set from dictionary texts already in memory (tests, fuzzing); empty texts are
  // skipped.
  static std::shared_ptr<const DictionarySet> from_texts(
      std::string_view verbs, std::string_view actors, std::string_view agents,
      std::string_view discards = {}, std::string_view issues = {}, std::string_view nouns = {});

  // Reads a manifest (ini file, or folder with PETR_config.ini / dictionaries.ini).
  static Result<std::shared_ptr<const DictionarySet>> load_manifest(const std::string& path);
  // Loads the named files.
  static Result<std::shared_ptr<const DictionarySet>> load(const DictionaryFiles& files,
                                                           const CodingOptions& options = {});

  const actors::Vocabulary& vocabulary() const { return vocabulary_; }
  const VerbDictionary& verbs() const { return verbs_; }
  // Event nouns: heads of noun phrases that report an act ("the EU's demand for ...").
  const VerbDictionary& nouns() const { return nouns_; }
  const actors::ActorDictionary& actors() const { return actors_; }
  const actors::PhraseIndex& discard_phrases() const { return discard_phrases_; }
  const DiscardEntry& discard(uint32_t index) const { return discards_[index]; }
  const actors::PhraseIndex& issue_phrases() const { return issue_phrases_; }
  const IssueEntry& issue(uint32_t index) const { return issues_[index]; }
  // The exchange a ticker suffix names ("" for a ticker without one), or nullptr.
  const ExchangeEntry* exchange(std::string_view suffix) const;
  const CodingOptions& options() const { return options_; }
  const std::vector<DictionaryProblem>& problems() const { return problems_; }

  // Public for loading helpers; use load()/load_manifest().
  void add_discard_text(const std::string& name, std::string_view bytes);
  void add_issue_text(const std::string& name, std::string_view bytes);
  void add_exchange_text(const std::string& name, std::string_view bytes);

 private:
  actors::Vocabulary vocabulary_;  // first: the dictionaries below point at it
  VerbDictionary verbs_{vocabulary_};
  VerbDictionary nouns_{vocabulary_};
  actors::ActorDictionary actors_{vocabulary_};
  std::vector<DiscardEntry> discards_;
  actors::PhraseIndex discard_phrases_;
  std::vector<IssueEntry> issues_;
  actors::PhraseIndex issue_phrases_;
  std::vector<ExchangeEntry> exchanges_;
  CodingOptions options_;
  std::vector<DictionaryProblem> problems_;
};

// Finds the manifest for `path`: the file itself, or PETR_config.ini / dictionaries.ini in a
// folder. Error names what was looked for.
Result<std::string> find_manifest(const std::string& path);

}  // namespace herald::coding
