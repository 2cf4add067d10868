// Actor and agent dictionaries in the PETRARCH2 formats, compiled for phrase lookup.
//
// Actors: a primary phrase with an optional default code, `+` synonym lines, and
// tab-indented date restrictions `[CODE <date]`, `[CODE >date]`, `[CODE date-date]`
// (dates YYMMDD or YYYYMMDD, limits inclusive). The first restriction that covers the
// sentence date wins, else the default code. A code written `ELR/GAL` stands for several
// actors at once (a compound actor).
// Agents: `PHRASE {plural} [~CODE]` (code appended to the actor's) or `[CODE~]`
// (prepended), substitution sets `!NAME! = A, B`; regular plurals are generated unless
// `{}` is given.
//
// Malformed lines are reported (DictionaryProblem) and skipped. Once loaded the dictionary
// is immutable and thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "actors/phrase_index.h"
#include "coding/dictionary_lines.h"
#include "herald/date.h"

namespace herald::actors {

struct DatedCode {
  std::string code;
  int32_t first_day = 0;        // yyyymmdd, inclusive; 0 = open
  int32_t last_day = 99999999;  // yyyymmdd, inclusive
};

struct Actor {
  std::string root;  // primary phrase as written
  std::string file;
  uint32_t line = 0;
  std::string default_code;      // "" = none
  std::vector<DatedCode> dated;  // in file order
  // The code that applies on `date` (unknown date: the default, else the last restriction).
  std::string code_on(const CivilDate& date) const;
};

struct Agent {
  std::string code;     // "GOV"; empty for `[---]`: a phrase that is no agent ("general election")
  bool prefix = false;  // `NGO~`: goes before the actor code
  std::string written;  // entry as written
  std::string file;
  uint32_t line = 0;
};

class ActorDictionary {
 public:
  // Words are interned into `vocabulary`, which must outlive the dictionary.
  explicit ActorDictionary(Vocabulary& vocabulary) : vocabulary_(&vocabulary) {}

  // Adds one actor file; problems are appended and the rest of the file still loads.
  Status load_actor_file(const std::string& path, std::vector<coding::DictionaryProblem>& problems);
  Status load_agent_file(const std::string& path, std::vector<coding::DictionaryProblem>& problems);
  // Same, from bytes already in memory (`name` is used in problems and evidence).
  void add_actor_text(const std::string& name, std::string_view bytes,
                      std::vector<coding::DictionaryProblem>& problems);
  void add_agent_text(const std::string& name, std::string_view bytes,
                      std::vector<coding::DictionaryProblem>& problems);
  // Call once after the last load.
  void finish();

  const PhraseIndex& actor_phrases() const { return actor_phrases_; }
  const PhraseIndex& agent_phrases() const { return agent_phrases_; }
  const Actor& actor(uint32_t index) const { return actors_[index]; }
  const Agent& agent(uint32_t index) const { return agents_[index]; }
  size_t actor_count() const { return actors_.size(); }
  size_t agent_count() const { return agents_.size(); }

 private:
  Vocabulary* vocabulary_;
  std::vector<Actor> actors_;
  std::vector<Agent> agents_;
  PhraseIndex actor_phrases_;
  PhraseIndex agent_phrases_;
};

// "950601" -> 19950601, "19950601" -> 19950601; -1 when malformed. Two-digit years below
// 30 are 20xx.
int32_t parse_dictionary_date(std::string_view text);

// Regular English plural of a phrase's last word (S, IES after a consonant + Y, ES after SS).
std::string regular_plural(const std::string& word);

}  // namespace herald::actors
