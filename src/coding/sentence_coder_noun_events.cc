// Nominal events: a noun phrase headed by an event noun ("an EU demand for Turkey to ...",
// "talks with Ankara") with a source and a target of its own.

#include "coding/sentence_coder.h"

#include "herald/date.h"

namespace herald::coding::internal {

namespace {

// Nouns that measure a run of events: "a day of meetings", "a round of talks".
bool is_measure_noun(std::string_view word) {
  static constexpr std::string_view kNouns[] = {"day",    "days",   "week",   "weeks", "hour",
                                                "hours",  "month",  "months", "round", "rounds",
                                                "series", "couple", "number"};
  return is_one_of(kNouns, word);
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

// Verbs whose object is what the subject wants to happen: "favour an early start to talks".
bool is_wish_verb(std::string_view lemma) {
  return lemma == "favour" || lemma == "favor" || lemma == "want" || lemma == "seek" ||
         lemma == "propose" || lemma == "advocate" || lemma == "prefer" || lemma == "urge" ||
         lemma == "demand";
}

}  // namespace

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
  // "trade is expected to grow as a result of Carlsson's visit to China": what a cause
  // phrase names has happened, whatever the clause's verb says of its effect.
  const int32_t verb = is_named_cause(whole) ? -1 : governing_verb(whole);
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
  // "U.S.-Japanese talks of this kind are regularly held each year": a habit, as for verbs,
  // whether the noun is the verb's object or its clause's subject.
  if (options_.skip_hypothetical) {
    const int32_t predicate = verb >= 0 ? verb_phrase_of(verb) : predicate_of_subject(whole);
    if (predicate >= 0 && is_habitual(predicate)) return;
  }
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
  // accusations that someone denies, rejects, faces or meets with are aimed at them; so is
  // criticism one comes under ("Japan has come under growing criticism from the United
  // States").
  const bool under_verb = tree_[whole].parent >= 0 &&
                          label_is(tree_[tree_[whole].parent].label, "PP") &&
                          word(local_begin(tree_[tree_[whole].parent])) == "under" && verb >= 0 &&
                          tree_[tree_[whole].parent].parent == tree_[verb].parent;
  if (targets.empty() && !sources.empty() && verb >= 0 &&
      (code.code.starts_with("11") || code.code.starts_with("12")) &&
      (tree_[whole].parent == tree_[verb].parent || under_verb)) {
    const std::string& lemma = document_.tokens[first_token_ + local_begin(tree_[verb])].lemma;
    if ((!under_verb &&
         (lemma == "deny" || lemma == "reject" || lemma == "dismiss" || lemma == "rebut" ||
          lemma == "refute" || lemma == "face" || lemma == "answer" || lemma == "counter" ||
          lemma == "encounter" || lemma == "attract" || lemma == "draw" || lemma == "incur")) ||
        (under_verb && (lemma == "come" || lemma == "be" || lemma == "fall"))) {
      bool inherited = false;
      const int32_t subject = subject_of(verb, &inherited);
      if (subject >= 0 && codings_[subject].computed && codings_[subject].has_actor) {
        targets = codings_[subject].actors;
        note += "; target is the one who answers it";
      }
    }
  }
  // "continued to oppose the scheme at a meeting of EC finance ministers": a meeting of an
  // organisation's members is its own business, which no member attending holds with another.
  if (sources.empty() && targets.empty() && code.code.starts_with("04") &&
      head + 1 < local_end(tree_[whole]) && word(head + 1) == "of") {
    const CivilDate date = document_.date_of_sentence(sentence_index_);
    for (const TokenMatch& match : actor_matches_)
      if (match.begin > head + 1 && match.end <= local_end(tree_[whole]) &&
          dictionaries_.actors().actor(match.value).code_on(date).starts_with("IGO"))
        return;
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
  // "amid calls in the U.S. Congress for further action": appeals, demands, criticism and
  // rejections raised "in" a body the text names right after the noun are that body's.
  if (sources.empty() && place >= 0 && place_is_first && codings_[place].computed &&
      codings_[place].has_actor &&
      (code.code.starts_with("02") || code.code.starts_with("10") || code.code.starts_with("11") ||
       code.code.starts_with("12"))) {
    sources = codings_[place].actors;
    note += "; source is the body it was raised in";
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
        // "In separate talks with Miyazawa, the U.S. group urged ..., a spokesman said": the
        // phrase opens the reported clause, whose subject comes before the reporter's.
        int32_t subject = child;
        if (child > top && is_clause(tree_[child].label)) {
          subject = tree_[child].first_child;
          while (subject >= 0 && !label_is(tree_[subject].label, "NP"))
            subject = tree_[subject].next_sibling;
          if (subject < 0) continue;
        }
        if (subject == top || !label_is(tree_[subject].label, "NP")) continue;
        if (codings_[subject].computed && codings_[subject].has_actor) {
          sources = codings_[subject].actors;
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
  // ("when he arrives for talks with Reagan on Wednesday": a present tense dated ahead, as for
  // the verbs; the date arranges the talks with the partner named.)
  const bool dated_ahead = verb >= 0 && !topic && is_dated_ahead(verb);
  const bool future = options_.future_meetings_are_intent && code.code.starts_with("04") &&
                      ((verb >= 0 && !topic && is_future(verb)) || dated_ahead || dated || wished ||
                       ahead > 0 || expected_meeting);
  // Talks to come "between" two sides are arranged between them.
  const bool committed =
      !wished && (((dated || dated_ahead) && symmetric) || (verb >= 0 && is_arranged(verb)) ||
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
int32_t SentenceCoder::predicate_of_subject(int32_t whole) const {
  const int32_t clause = tree_[whole].parent;
  if (clause < 0 || !is_clause(tree_[clause].label)) return -1;
  int32_t predicate = tree_[whole].next_sibling;
  while (predicate >= 0 && !label_is(tree_[predicate].label, "VP"))
    predicate = tree_[predicate].next_sibling;
  return predicate;
}

int SentenceCoder::predicate_ahead(int32_t whole) const {
  const int32_t predicate = predicate_of_subject(whole);
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

// Whether a noun phrase is what a cause phrase names: the object of "as a result of",
// "because of", "due to", "thanks to", "owing to" or "in the wake of".
bool SentenceCoder::is_named_cause(int32_t whole) const {
  const uint32_t begin = local_begin(tree_[whole]);
  if (begin < 2) return false;
  const std::string_view before = word(begin - 1), second = word(begin - 2);
  if (before == "of")
    return second == "because" || (begin >= 3 && second == "result" && word(begin - 3) == "a") ||
           (begin >= 3 && second == "wake" && word(begin - 3) == "the");
  if (before == "to") return second == "due" || second == "thanks" || second == "owing";
  return false;
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
  // "Smith, who flies to Brussels today for talks with EC officials", "Nakasone leaves on his
  // sixth official visit to the United States": talks or a visit a traveller in the present
  // tense is on the way to are still to come ("arrived in Moscow for talks" are not).
  if (begin >= 1 && (word(begin - 1) == "for" || word(begin - 1) == "on")) {
    const int32_t holder = tree_[whole].parent;
    const int32_t verb = holder >= 0 ? governing_verb(holder) : -1;
    if (verb >= 0) {
      const uint32_t at = local_begin(tree_[verb]);
      const std::string& lemma = document_.tokens[first_token_ + at].lemma;
      const bool travel = lemma == "fly" || lemma == "leave" || lemma == "travel" ||
                          lemma == "head" || lemma == "go" || lemma == "come";
      if (travel && (tag(at) == "VBZ" || tag(at) == "VBP")) return true;
      // "left for Jakarta for talks with Suharto": a departure, in any tense, is before
      // what the trip is for.
      if ((lemma == "leave" || lemma == "depart") && word(begin - 1) == "for" &&
          at + 1 < token_count_ && word(at + 1) == "for")
        return true;
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

}  // namespace herald::coding::internal
