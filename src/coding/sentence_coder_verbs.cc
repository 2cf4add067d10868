// Verbs: for each verb the dictionary knows, the pattern or form that codes it, its source and
// target, and the many reasons a verb codes something else or nothing; and the reporting
// clause that closes a sentence ("..., Mary Robinson has said").

#include "coding/sentence_coder.h"

#include <cctype>

#include "herald/date.h"

namespace herald::coding::internal {

namespace {

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

// The intent (03x) that announces a cooperation code: 05x diplomatic -> 032; 06x material
// -> 031, and 061-064 to their own kinds 0311-0314; 07x aid -> 033, and 071-074 to
// 0331-0334; 08x yielding -> 035 and its kinds (081 -> 0351, 084x release -> 0353, 085 ->
// 0354, 086 -> 0355, 087x -> 0356). "" for other codes.
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

// Nouns for what someone claimed: "denied the claims", "rejected the allegations".
bool is_claim_noun(std::string_view word) {
  return word == "claims" || word == "claim" || word == "allegations" || word == "allegation" ||
         word == "accusations" || word == "accusation" || word == "charges" || word == "reports";
}

// Verbs of force that politicians use for words: "attacked the plan", "clashed with
// ministers", "hit out at".
bool is_verbal_attack_verb(std::string_view lemma) {
  return lemma == "attack" || lemma == "clash" || lemma == "assail" || lemma == "blast" ||
         lemma == "slam" || lemma == "hit" || lemma == "fight";
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

// Roots of acts no agreement would be read as: criticism (11), threat (13), protest (14),
// coercion, assault and force (17-20).
bool is_hostile_root(std::string_view code) {
  if (code.size() < 2) return false;
  const std::string_view root = code.substr(0, 2);
  return root == "11" || root == "13" || root == "14" || root == "17" || root == "18" ||
         root == "19" || root == "20";
}

// Roles whose criticism, demands or calls (`code`) naming no one are aimed at their own
// government: the opposition and groups of civil society for all of them; courts for
// criticism and findings, former office holders for criticism only (a prosecutor's charge or
// a judge's allegation is against someone the story names elsewhere).
bool is_government_critic(std::string_view role, std::string_view code) {
  if (role == "OPP" || role == "HRI" || role == "NGO" || role == "REL" || role == "LAB")
    return true;
  return (role == "JUD" && (code == "111" || code == "116")) || (role == "ELI" && code == "111");
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

void SentenceCoder::code_verb(int32_t verb_node) {
  const uint32_t head = local_begin(tree_[verb_node]);
  const VerbDictionary& verbs = dictionaries_.verbs();
  const std::vector<uint32_t>& candidates = verbs.forms_for(id(head));
  if (candidates.empty()) return;
  if (removed_[head]) return;  // in a comma clause taken out of the sentence
  // Inside a verb phrase that was already coded, unless in a relative clause of its own
  // ("met Allawi, who criticised France"; "praised Funaro, whom Thatcher criticised").
  const int32_t opener = clause_opener_of(verb_node);
  const bool relative = options_.code_relative_clauses && opener >= 0 &&
                        (is_subject_relative(opener) ||
                         (tree_[opener].first_child >= 0 &&
                          label_is(tree_[tree_[opener].first_child].label, "WHNP") &&
                          word(local_begin(tree_[tree_[opener].first_child])) == "whom"));
  // "arrived in London from the United States, where he met Bush": a clause saying what
  // happened at a place named is an act of its own, like a relative clause; but not at a
  // place an act already coded went to ("made a surprise visit to Iraq, where he met
  // leaders": the meeting is part of the visit). Asked only inside a coded verb phrase.
  const auto where_clause = [&] {
    if (!options_.code_relative_clauses || opener < 0 || tree_[opener].first_child < 0 ||
        !label_is(tree_[tree_[opener].first_child].label, "WHADVP") ||
        word(local_begin(tree_[tree_[opener].first_child])) != "where")
      return false;
    const int32_t place = tree_[opener].parent >= 0 ? tree_[tree_[opener].parent].first_child : -1;
    if (place >= 0 && place != opener && codings_[place].computed)
      for (const CodedActor& actor : codings_[place].actors)
        for (const Event& event : events_)
          if (actor.code.size() >= 3 && event.target.size() >= 3 &&
              event.target.compare(0, 3, actor.code, 0, 3) == 0)
            return false;
    return true;
  };
  // "a visiting Nicaraguan delegation": a participle inside a noun phrase is no part of the
  // verb phrase around it.
  const bool modifier = std::string_view(tree_[verb_node].label) == "VBG" &&
                        tree_[verb_node].parent >= 0 &&
                        label_is(tree_[tree_[verb_node].parent].label, "NP");
  for (const auto& [begin, end] : coded_verb_phrases_)
    if (head >= begin && head < end && !relative && !modifier &&
        !(options_.code_time_clauses && in_time_clause(verb_node, begin)) && !where_clause())
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
  // "the EC could raise tariffs on Japanese products if the U.S. carries out its threat": force
  // or pressure made to hang on a condition is a threat (coded below as one still to come).
  const int32_t condition = options_.skip_hypothetical && options_.future_cooperation_is_intent &&
                                    !threat_code(code.code).empty() && is_hypothetical(verb_node)
                                ? condition_clause_of(verb_node)
                                : -1;
  const bool conditional_threat = condition >= 0;
  if (options_.skip_hypothetical && !conditional_threat &&
      (is_hypothetical(verb_node) || is_conditional(verb_node)))
    return;
  if (conditional_threat && is_conditional(verb_node)) return;
  if (options_.skip_hypothetical && is_only_attempted(verb_node) &&
      !(code.code.starts_with("18") || code.code.starts_with("19") || code.code.starts_with("20")))
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
  // "said the U.S. was just as confident as he was that the communists would be beaten": a
  // speaker's optimism is his own; one he reports of the first actor named is that actor's
  // state of mind, no comment on it.
  if (best != nullptr && target_node >= 0 && code.code == "013") {
    uint32_t t = local_end(tree_[target_node]);
    if (t < limit &&
        (word(t) == "was" || word(t) == "is" || word(t) == "were" || word(t) == "are")) {
      ++t;
      while (t < limit && (tag(t) == "RB" || word(t) == "as")) ++t;
      if (t < limit && (word(t) == "confident" || word(t) == "optimistic" || word(t) == "hopeful"))
        return;
    }
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
  // "if Reagan imposed the tariffs, it would file a complaint": a threat that names no one
  // is aimed at the one whose act is the condition.
  if (targets.empty() && conditional_threat) {
    for (int32_t child = tree_[condition].first_child; child >= 0 && targets.empty();
         child = tree_[child].next_sibling)
      if (is_clause(tree_[child].label)) {
        const int32_t other = first_subject_phrase(child);
        if (other >= 0 && codings_[other].computed && codings_[other].has_actor)
          targets = codings_[other].actors;
      }
    if (!targets.empty())
      note += note.empty() ? "aimed at the one the condition names"
                           : "; aimed at the one the condition names";
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
  // "Warren Lavorel, a U.S. trade official, defended the policies": a defence of measures
  // named by a common noun, with no one named as their author or critic, answers whoever
  // last demanded of, criticised, threatened or protested against the defender's country;
  // the guide codes it as rejecting the accusation (016), aimed at the critic.
  CodedActor critic;
  bool defence_answer = false;
  if (code.code == "052" && targets.empty() && !sources.empty() && verb_phrase >= 0 &&
      memory_ != nullptr && sources.front().code.size() >= 3 &&
      document_.tokens[first_token_ + head].lemma == "defend") {
    int32_t object = -1;
    for (int32_t child = tree_[verb_phrase].first_child; child >= 0;
         child = tree_[child].next_sibling)
      if (label_is(tree_[child].label, "NP") && local_begin(tree_[child]) > head) {
        object = child;
        break;
      }
    const std::string& own = sources.front().code;
    if (object >= 0) {
      const uint32_t last = local_end(tree_[object]) - 1;
      const std::string* source = memory_->critic_of(std::string_view(own).substr(0, 3));
      if ((tag(last) == "NN" || tag(last) == "NNS") && source != nullptr && *source != own) {
        critic.code = *source;
        critic.token_begin = head;
        critic.token_end = head;
        targets = std::span<const CodedActor>(&critic, 1);
        defence_answer = true;
        note += note.empty() ? "a defence answers the last critic"
                             : "; a defence answers the last critic";
      }
    }
  }
  // "Tory spokesman Michael Ancram said lifting the embargo would be irresponsible": criticism
  // by an opposition that names no one is aimed at its country's government; so are its
  // demands and calls ("Oaten also demanded assurances that ...", "Howard called for a
  // return to O-levels"). What it says should happen or asks about is for someone else.
  // So for the state's other critics at home: rights groups, charities, churches and unions,
  // and for criticism, courts ("The Law Lords said the rules were incompatible with ...") and
  // former office holders.
  CodedActor government;
  const auto is_call_verb = [](std::string_view lemma) {
    return lemma == "call" || lemma == "urge" || lemma == "appeal" || lemma == "plead" ||
           lemma == "join";  // "joined calls for a probe"
  };
  if (targets.empty() &&
      (code.code.starts_with("11") || code.code.starts_with("10") ||
       (code.code.starts_with("02") &&
        is_call_verb(document_.tokens[first_token_ + head].lemma))) &&
      sources.size() == 1 && sources.front().code.size() >= 6 &&
      (sources.front().code.compare(3, 3, "OPP") == 0 ||
       (sources.front().code.size() == 6 &&
        is_government_critic(std::string_view(sources.front().code).substr(3, 3), code.code))) &&
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
  if (targets.empty() && code.code.starts_with("19") && sources.size() == 1 &&
      other_side_of_last_fight(sources.front(), head, enemy)) {
    targets = std::span<const CodedActor>(&enemy, 1);
    note += note.empty() ? "the other side of the war told of before"
                         : "; the other side of the war told of before";
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
                             (is_future(verb_node) || conditional_threat);
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
    if (pair.source->code == pair.target->code &&
        note.find(kUnnamedAuthority) == std::string::npos &&
        !distinct_bodies(*pair.source, *pair.target))
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
    if (defence_answer && pair.target == &critic) event_code = "016";
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
  if (choice.match.target_position >= 0 &&
      (actor_at_[choice.match.target_position] >= 0 ||
       agent_at_[choice.match.target_position] >= 0 ||
       taught_phrase_at(static_cast<uint32_t>(choice.match.target_position)) >= 0))
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

// The other side of the fight the story told of last, when `side` is one of its two sides:
// its forces, as a country named in a fight is (`force_sides_are_military`), with an empty span
// at `at`, as it is named nowhere in the sentence.
bool SentenceCoder::other_side_of_last_fight(const CodedActor& side, uint32_t at,
                                             CodedActor& enemy) const {
  if (memory_ == nullptr || memory_->fight_side.empty() || side.code.size() < 3) return false;
  const std::string_view own = std::string_view(side.code).substr(0, 3);
  const std::string* other = own == memory_->fight_side         ? &memory_->fight_other_side
                             : own == memory_->fight_other_side ? &memory_->fight_side
                                                                : nullptr;
  if (other == nullptr) return false;
  enemy.code = options_.force_sides_are_military ? *other + "MIL" : *other;
  enemy.token_begin = at;
  enemy.token_end = at;
  return true;
}

}  // namespace herald::coding::internal
