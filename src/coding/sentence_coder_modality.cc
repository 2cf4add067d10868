// Modality: whether what a verb says happened. Negation, conditions, hypotheses, the future
// (and what is dated ahead), habits, wishes, questions, denied reports and proposals, which
// keep an act from being coded as done or code it as something else.

#include "coding/sentence_coder.h"

#include <cctype>

#include "herald/date.h"

namespace herald::coding::internal {

int32_t SentenceCoder::condition_clause_of(int32_t verb_node) const {
  int32_t below = verb_node;
  for (int32_t node = tree_[verb_node].parent;
       node >= 0 && (label_is(tree_[node].label, "VP") || is_clause(tree_[node].label));
       below = node, node = tree_[node].parent) {
    for (int32_t child = tree_[node].first_child; child >= 0; child = tree_[child].next_sibling) {
      if (child == below || !label_is(tree_[child].label, "SBAR")) continue;
      const int32_t first = tree_[child].first_child;
      if (first < 0 || !tree_[first].is_preterminal()) continue;
      const std::string_view opener = word(local_begin(tree_[first]));
      if (opener == "if" || opener == "unless") return child;
    }
    if (is_clause(tree_[node].label) && tree_[node].parent >= 0 &&
        label_is(tree_[tree_[node].parent].label, "SBAR"))
      break;  // not beyond the clause a complementiser opens ("said that ... would")
  }
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
    const int32_t before = previous_sibling(node);
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
    const int32_t before = previous_sibling(node);
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
      noun_phrase = previous_sibling(node);
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
          const int32_t before = previous_sibling(clause);
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
    const int32_t before = previous_sibling(node);
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
      // "the Convention, which obliges countries to accept people", "the pact requires
      // Japan to open its market": what a rule obliges others to do is no act of theirs.
      if (is_verb_tag(word.label) &&
          (norm == "oblige" || norm == "obliges" || norm == "require" || norm == "requires") &&
          word.token_begin != tree_[verb_node].token_begin && word.next_sibling >= 0 &&
          label_is(tree_[word.next_sibling].label, "NP") &&
          tree_[word.next_sibling].next_sibling >= 0 &&
          is_clause(tree_[tree_[word.next_sibling].next_sibling].label))
        return true;
      // "who had been due to welcome delegates ... will address them": a plan in the past
      // perfect was overtaken, and what it planned did not happen as planned.
      if ((norm == "due" || norm == "scheduled" || norm == "set") &&
          word.token_begin >= first_token_ + 2 &&
          document_.tokens[word.token_begin - 1].norm == "been" &&
          (document_.tokens[word.token_begin - 2].norm == "had" ||
           document_.tokens[word.token_begin - 2].norm == "'d"))
        return true;
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

// "in trying to halt the Iranian nuclear programme", "tried to persuade Japan": an attempt
// says nothing of whether the act was done. (An attempted use of force, "tried to blow up a
// pylon", is an attack all the same: the caller leaves force alone.)
bool SentenceCoder::is_only_attempted(int32_t verb_node) const {
  return any_phrase_above(verb_node, true, [&](int32_t phrase) {
    for (int32_t child = tree_[phrase].first_child; child >= 0; child = tree_[child].next_sibling) {
      const TreeNode& sub = tree_[child];
      if (!sub.is_preterminal() || !is_verb_tag(sub.label)) continue;
      const std::string& norm = document_.tokens[sub.token_begin].norm;
      if ((norm == "try" || norm == "tries" || norm == "tried" || norm == "trying" ||
           norm == "attempt" || norm == "attempts" || norm == "attempted" ||
           norm == "attempting") &&
          sub.next_sibling >= 0 && is_clause(tree_[sub.next_sibling].label))
        return true;
    }
    return false;
  });
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

namespace {

// Words of wanting and readiness that put the verb below them in the future.
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

// A verb under "will"/"shall", or the infinitive of "scheduled/planned/due to", "plans to",
// "is to": an act still to come.
bool SentenceCoder::is_future_here(int32_t verb_node) const {
  return any_phrase_above(verb_node, true, [&](int32_t phrase) {
    bool to_infinitive_below = false;
    for (int32_t child = tree_[phrase].first_child; child >= 0; child = tree_[child].next_sibling) {
      const TreeNode& sub = tree_[lone_word(child)];  // "is (ADJP ready) to negotiate"
      // (An infinitive, not a participle's clause: "is now in the U.S. for talks with 11
      // banks, seeking to win an easing" is no "is to".)
      if (is_clause(sub.label) && word(local_begin(sub)) == "to") to_infinitive_below = true;
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

}  // namespace herald::coding::internal
