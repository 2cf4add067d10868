// Verb patterns: matching a pattern's words, synonym sets and actors around a verb, and
// choosing the most specific form and pattern that match.

#include "coding/sentence_coder.h"

namespace herald::coding::internal {

namespace {

bool is_quote_mark(std::string_view word) {
  return word == "\"" || word == "``" || word == "''" || word == "'" || word == "\u201c" ||
         word == "\u201d" || word == "\u2018" || word == "\u2019";
}

}  // namespace

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
  // An actor, or a state body named by its role alone ("from Congress": USALEG), or a phrase
  // a name the story taught or a title stands in.
  if (actor_at_[position] < 0 && agent_at_[position] < 0)
    return taught_phrase_at(static_cast<uint32_t>(position));
  const TokenMatch& match = actor_at_[position] >= 0 ? actor_matches_[actor_at_[position]]
                                                     : agent_matches_[agent_at_[position]];
  return phrase_containing(match.begin, match.end);
}

int32_t SentenceCoder::taught_phrase_at(uint32_t position) const {
  if (position >= token_count_ || actor_at_[position] >= 0 || agent_at_[position] >= 0) return -1;
  // Only a taught name (capitalised words no dictionary entry starts) or "the" and a title;
  // asked of every word a pattern's `+` passes, so the phrases are searched only then.
  const bool titled = word(position) == "the";
  if (!titled && !tag(position).starts_with("NNP")) return -1;
  int32_t best = -1;
  for (size_t node = 0; node < tree_.size(); ++node) {
    const TreeNode& phrase = tree_[node];
    if (local_begin(phrase) != position || !label_is(phrase.label, "NP") ||
        !codings_[node].computed || !codings_[node].has_actor || codings_[node].actors.size() != 1)
      continue;
    if (best < 0 || local_end(phrase) < local_end(tree_[best])) best = static_cast<int32_t>(node);
  }
  if (best < 0) return -1;
  // A phrase with a dictionary actor inside ("the British minister") is that actor's.
  for (uint32_t t = position; t < local_end(tree_[best]); ++t) {
    if (actor_at_[t] >= 0) return -1;
    if (!titled && (agent_at_[t] >= 0 || !tag(t).starts_with("NNP"))) return -1;
  }
  return best;
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
      // "negotiating with Toshiba" after "Toshiba Corp <TSBA.T>"; "with the prime minister".
      if (const int32_t taught = taught_phrase_at(position); taught >= 0) {
        consumed = local_end(tree_[taught]) - position;
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

namespace {

// How far after its preposition a pattern's next word may stand ("(FOR &MONEY)": "for a
// 90-day rollover of some 9.6 billion dlrs").
constexpr uint32_t kNearPreposition = 10;

}  // namespace

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

}  // namespace herald::coding::internal
