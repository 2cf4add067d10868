// What a sentence leaves to the sentences after it (DocumentMemory): the person or body its
// main clause was about, its speaker, claimant, reporter and sanctioned party; and the
// statements with no author named, attributed to the last reporter.

#include "coding/sentence_coder.h"

#include "herald/date.h"

namespace herald::coding::internal {

// Remembers the person the main clause's subject names (or, for a "he"/"she" subject, the
// person it stood for), or that no person was the subject.
void SentenceCoder::remember_subject_person() {
  // A clause's subject: its first noun phrase before its verb phrase that is no time.
  const auto subject_of_clause = [&](int32_t clause) {
    if (clause < 0) return -1;
    for (int32_t child = tree_[clause].first_child; child >= 0; child = tree_[child].next_sibling) {
      if (label_is(tree_[child].label, "VP")) break;
      if (label_is(tree_[child].label, "NP") && !is_time_noun_phrase(child)) return child;
    }
    return -1;
  };
  const int32_t clause = top_clause();
  int32_t subject = subject_of_clause(clause);
  if (subject < 0) return;  // a headline, a dateline or a quotation: keep the last one
  if (is_personal_pronoun(subject) || is_opening_it(subject)) return;  // the same one goes on
  // "..., Mr Blair warned.": a closing reporting clause is taken out of the sentence before
  // its phrases are coded; a person it names by a dictionary entry is still whom the
  // sentence was about ("The prime minister also urged ..." next is Blair).
  if (removed_[local_begin(tree_[subject])]) {
    const CivilDate date = document_.date_of_sentence(sentence_index_);
    for (const TokenMatch& match : actor_matches_) {
      if (match.begin < local_begin(tree_[subject]) || match.end > local_end(tree_[subject]))
        continue;
      const Actor& actor = dictionaries_.actors().actor(match.value);
      const std::string code = actor.code_on(date);
      if (actor.dated.empty() || code.size() < 3 || code.find('/') != std::string::npos ||
          !is_country_code(std::string_view(code).substr(0, 3)))
        continue;
      memory_->has_subject_person = true;
      memory_->subject_person = CodedActor{};
      memory_->subject_person.code = code;
      memory_->subject_person.entries = {{&actor.file, actor.line, &actor.root, "actor"}};
      memory_->has_subject_body = false;
      return;
    }
    // "Prime Minister Yasuhiro Nakasone was advised to ..., officials said": with no person
    // named there, the sentence was about the reported clause's subject.
    const int32_t reported = tree_[clause].first_child;
    subject = reported >= 0 && is_clause(tree_[reported].label) ? subject_of_clause(reported) : -1;
    if (subject < 0 || removed_[local_begin(tree_[subject])]) return;  // keep the last one
    if (is_personal_pronoun(subject) || is_opening_it(subject)) return;
  }
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

}  // namespace herald::coding::internal
