// SentenceCoder's pass over one sentence, in order (run): phrases, noun phrases, comma clauses,
// verbs, nominal events and the rules after them, then what the document remembers. Also the
// per-thread working memory, and the comma clauses taken out before the verbs are coded.

#include "coding/sentence_coder.h"

#include "herald/date.h"

namespace herald::coding::internal {

namespace {

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

}  // namespace

Scratch& thread_scratch() {
  thread_local Scratch scratch;
  return scratch;
}

Span SentenceCoder::char_span(uint32_t begin, uint32_t end) const {
  if (begin >= end || end > token_count_) return {};
  return Span{document_.tokens[first_token_ + begin].span.begin,
              document_.tokens[first_token_ + end - 1].span.end};
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
  // Nor a participle's clause (", accusing Japan of discrimination"): the subject's own act
  // (", according to officials" still reports).
  const bool participle = after_comma == "VBG" && word(commas.back() + 1) != "according";
  const bool coordinated =
      after_comma == "CC" || participle ||
      (options_.code_relative_clauses && (after_comma == "WP" || after_comma == "WDT"));
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
    // Who acted against a country last, for its defence of its measures later.
    if (memory_ != nullptr && event.source.size() >= 3 && event.target.size() >= 3 &&
        !event.source.starts_with("---") && event.code.size() >= 3 &&
        event.code.compare(0, 2, "10") >= 0 && event.code.compare(0, 2, "14") <= 0) {
      const std::string criticised = event.target.substr(0, 3);
      auto& critics = memory_->critics;
      std::erase_if(critics, [&](const auto& entry) { return entry.first == criticised; });
      critics.emplace_back(criticised, event.source);
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

}  // namespace herald::coding::internal
