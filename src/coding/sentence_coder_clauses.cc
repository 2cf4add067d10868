// Clause structure: the subject of a verb (through relatives, conjuncts and subjectless
// clauses), complements, passives and "by" phrases, "between" phrases, time phrases, and the
// first coded phrase a verb acts on.

#include "coding/sentence_coder.h"

namespace herald::coding::internal {

namespace {

// The head nouns of legislatures: "Parliament", "the Commons", "Congress".
bool is_legislature_noun(std::string_view word) {
  static constexpr std::string_view kNouns[] = {"parliament", "commons",  "house",     "congress",
                                                "senate",     "assembly", "bundestag", "diet",
                                                "knesset",    "duma",     "lords",     "chamber"};
  return is_one_of(kNouns, word);
}

}  // namespace

int32_t SentenceCoder::verb_phrase_of(int32_t verb_node) const {
  int32_t parent = tree_[verb_node].parent;
  return parent >= 0 && label_is(tree_[parent].label, "VP") ? parent : -1;
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
      // "sign an agreement in Moscow next week settling Cairo's debt": a phrase that ends in
      // a date ("next week") is no one who acts; the parser hung the participle on it.
      if (const uint32_t end = local_end(tree_[text]);
          end >= local_begin(tree_[text]) + 2 &&
          (word(end - 2) == "next" || word(end - 2) == "last" || word(end - 2) == "this") &&
          is_time_noun_phrase_word(word(end - 1)))
        return -1;
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

bool SentenceCoder::is_time_noun_phrase_word(std::string_view text) {
  static constexpr std::array<std::string_view, 24> kTimeWords = {
      "today",   "yesterday", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday",
      "friday",  "saturday",  "sunday",   "week",    "month",  "year",    "morning",   "afternoon",
      "evening", "night",     "weekend",  "last",    "this",   "next",    "earlier",   "later"};
  return std::find(kTimeWords.begin(), kTimeWords.end(), text) != kTimeWords.end();
}

bool SentenceCoder::is_time_noun_phrase(int32_t node) const {
  const TreeNode& phrase = tree_[node];
  if (!label_is(phrase.label, "NP") || local_end(phrase) <= local_begin(phrase)) return false;
  for (uint32_t position = local_begin(phrase); position < local_end(phrase); ++position)
    if (!is_time_noun_phrase_word(word(position))) return false;
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
      aside =
          preposition == "despite" || local_begin(sub) == concession_end ||
          (fallback >= 0 &&
           (preposition == "for" || preposition == "about" || preposition == "over")) ||
          // "agreed to discuss the problems of Afghanistan": a topic is not its country.
          (preposition == "of" && local_begin(sub) > 0 &&
           is_topic_noun(word(local_begin(sub) - 1))) ||
          // "to move decision making away from Britain": what is moved away from is no
          // party to the act.
          (preposition == "from" && local_begin(sub) > 0 && word(local_begin(sub) - 1) == "away") ||
          // "the way we were taken to war in Iraq": where a war is fought is its place, as
          // "the Iraq war" names the war, not a party to what is said of it.
          (preposition == "in" && local_begin(sub) > 0 &&
           (word(local_begin(sub) - 1) == "war" || word(local_begin(sub) - 1) == "conflict"));
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

int32_t SentenceCoder::governing_verb(int32_t node) const {
  for (int32_t phrase = tree_[node].parent; phrase >= 0; phrase = tree_[phrase].parent) {
    if (is_clause(tree_[phrase].label) || label_is(tree_[phrase].label, "SBAR")) return -1;
    if (!label_is(tree_[phrase].label, "VP")) continue;
    for (int32_t child = tree_[phrase].first_child; child >= 0; child = tree_[child].next_sibling)
      if (tree_[child].is_preterminal() && is_verb_tag(tree_[child].label)) return child;
  }
  return -1;
}

int32_t SentenceCoder::top_clause() const {
  for (int32_t node = 0; node < static_cast<int32_t>(tree_.size()); ++node)
    if (is_clause(tree_[node].label)) return node;
  return -1;
}

}  // namespace herald::coding::internal
