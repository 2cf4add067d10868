// References: words that name an actor named elsewhere. Names after a title, counted and
// named groups ("the four", "the ministers"), pronouns, pairs ("the two countries"),
// hyphenated pairs ("U.S.-Japan"), country references and "here".

#include "coding/sentence_coder.h"

#include <cctype>

#include "herald/date.h"

namespace herald::coding::internal {

// "Australian Minister for Trade Negotiations Michael Duffy said", "Portuguese Ambassador to
// Peking Octavio Valerio said": the parser leaves the name as a phrase of its own after the
// titled phrase and its of/for/to phrase. A name no
// dictionary knows, right after a phrase coded by a title with a country (of/for phrases
// between), is that titled person; later sentences find him by his last name.
void SentenceCoder::name_after_title() {
  for (size_t node = 0; node < tree_.size(); ++node) {
    if (!label_is(tree_[node].label, "NP") || !codings_[node].actors.empty() ||
        tree_[node].parent < 0)
      continue;
    const uint32_t begin = local_begin(tree_[node]), end = local_end(tree_[node]);
    if (end - begin < 2 || actor_at_[end - 1] >= 0 || tag(end - 1) != "NNP" ||
        tree_[tree_[node].parent].first_child == static_cast<int32_t>(node))
      continue;
    // The siblings before it: a phrase, then one or more of/for phrases right up to it.
    int32_t titled = -1;
    int phrases_between = 0;
    for (int32_t child = tree_[tree_[node].parent].first_child;
         child >= 0 && child != static_cast<int32_t>(node); child = tree_[child].next_sibling) {
      if (label_is(tree_[child].label, "NP")) {
        titled = child;
        phrases_between = 0;
      } else if (titled >= 0 && label_is(tree_[child].label, "PP") &&
                 (word(local_begin(tree_[child])) == "for" ||
                  word(local_begin(tree_[child])) == "of" ||
                  word(local_begin(tree_[child])) == "to")) {
        ++phrases_between;
      } else {
        titled = -1;
      }
    }
    if (titled < 0 || phrases_between == 0) continue;
    if (is_unknown_name(begin, end)) name_takes_title(static_cast<int32_t>(node), titled);
  }
  name_in_apposition_to_title();
}

bool SentenceCoder::is_unknown_name(uint32_t begin, uint32_t end) const {
  for (uint32_t t = begin; t < end; ++t)
    if (tag(t) != "NNP" || actor_at_[t] >= 0 || agent_at_[t] >= 0) return false;
  return end > begin;
}

bool SentenceCoder::name_takes_title(int32_t node, int32_t titled) {
  const PhraseCoding& title = codings_[titled];
  if (!title.computed || title.actors.size() != 1) return false;
  const CodedActor& actor = title.actors.front();
  const bool has_title =
      std::any_of(actor.entries.begin(), actor.entries.end(),
                  [](const EntryRef& entry) { return std::string_view(entry.role) == "agent"; });
  if (!has_title || actor.code.size() < 6 ||
      !is_country_code(std::string_view(actor.code).substr(0, 3)))
    return false;
  const uint32_t begin = local_begin(tree_[node]), end = local_end(tree_[node]);
  PhraseCoding& coding = codings_[node];
  coding.actors.assign(1, actor);
  coding.actors.front().token_begin = begin;
  coding.actors.front().token_end = end;
  coding.has_actor = coding.computed = true;
  learn_name(end - 1, actor);
  return true;
}

// "Israel's foreign minister, Abraham Tamir, arrived": a name no dictionary knows, set off
// by a comma right after a phrase coded by a title with a country, is that titled person;
// later sentences find him by his last name. Not in a list ("the ministers, Smith and Jones").
void SentenceCoder::name_in_apposition_to_title() {
  for (size_t node = 0; node < tree_.size(); ++node) {
    if (!label_is(tree_[node].label, "NP") || !codings_[node].actors.empty() ||
        tree_[node].parent < 0)
      continue;
    const uint32_t begin = local_begin(tree_[node]), end = local_end(tree_[node]);
    if (end - begin < 2 || !is_unknown_name(begin, end)) continue;
    const int32_t parent = tree_[node].parent;
    int32_t titled = -1, comma = -1;
    bool list = false;
    for (int32_t child = tree_[parent].first_child; child >= 0; child = tree_[child].next_sibling) {
      const std::string_view label = tree_[child].label;
      if (label == "CC" || label_is(label, "CONJP")) list = true;
      if (child == static_cast<int32_t>(node)) break;
      if (label == ",") {
        comma = child;
      } else {
        titled = label_is(label, "NP") ? child : -1;
        comma = -1;
      }
    }
    if (list || titled < 0 || comma < 0 || tree_[comma].next_sibling != static_cast<int32_t>(node))
      continue;
    name_takes_title(static_cast<int32_t>(node), titled);
  }
}

namespace {

// "four" -> "4": the numbers a counted group is named with, in digits; "" for others.
std::string number_in_digits(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kWords = {"one",  "two", "three",  "four",
                                                              "five", "six", "seven",  "eight",
                                                              "nine", "ten", "eleven", "twelve"};
  for (size_t index = 0; index < kWords.size(); ++index)
    if (word == kWords[index]) return std::to_string(index + 1);
  if (!word.empty() && std::all_of(word.begin(), word.end(), [](char ch) {
        return std::isdigit(static_cast<unsigned char>(ch)) != 0;
      }))
    return std::string(word);
  return "";
}

}  // namespace

// "The US agreed to free four British detainees ... release the four": "the" and a number
// alone stand for the group last named with that number and a plural noun in the story.
void SentenceCoder::resolve_counted_groups() {
  bool numbers = false;
  for (uint32_t t = 0; t < token_count_ && !numbers; ++t) numbers = tag(t) == "CD";
  if (!numbers) return;
  for (size_t node = 0; node < tree_.size(); ++node) {
    if (!label_is(tree_[node].label, "NP")) continue;
    const uint32_t begin = local_begin(tree_[node]), end = local_end(tree_[node]);
    if (end - begin != 2 || word(begin) != "the" || tag(begin + 1) != "CD") continue;
    PhraseCoding& coding = codings_[node];
    if (!coding.actors.empty()) continue;
    const std::string number = number_in_digits(word(begin + 1));
    for (auto group = memory_->counted_groups.rbegin(); group != memory_->counted_groups.rend();
         ++group) {
      if (group->number != number) continue;
      CodedActor actor = group->actor;
      actor.token_begin = begin;
      actor.token_end = end;
      coding.actors.assign(1, std::move(actor));
      coding.has_actor = coding.computed = true;
      break;
    }
  }
  // Learn this sentence's counted groups: a coded phrase of one actor whose own words hold a
  // number right before a plural noun (adjectives between).
  for (size_t node = 0; node < tree_.size(); ++node) {
    const PhraseCoding& coding = codings_[node];
    if (!label_is(tree_[node].label, "NP") || !coding.computed || !coding.has_actor ||
        coding.actors.size() != 1)
      continue;
    const uint32_t begin = local_begin(tree_[node]), end = local_end(tree_[node]);
    for (uint32_t t = begin; t + 1 < end; ++t) {
      if (tag(t) != "CD") continue;
      uint32_t noun = t + 1;
      while (noun < end && tag(noun) == "JJ") ++noun;
      // The plural may be a name's ("four Britons", tagged as a name).
      while (noun + 1 < end && tag(noun + 1).starts_with("NN")) ++noun;
      const bool plural = noun < end && (tag(noun) == "NNS" || tag(noun) == "NNPS" ||
                                         (tag(noun) == "NNP" && word(noun).ends_with("s")));
      if (!plural) continue;
      const std::string number = number_in_digits(word(t));
      if (number.empty() || number == "1") continue;
      memory_->counted_groups.push_back({number, coding.actors.front()});
      break;
    }
  }
}

namespace {

// Plural nouns for officials, and for people held, that a later "the ..." names again.
bool is_group_noun(std::string_view noun) {
  return noun == "ministers" || noun == "officials" || noun == "leaders" || noun == "negotiators" ||
         noun == "delegates" || noun == "diplomats" || noun == "envoys" || noun == "detainees" ||
         noun == "prisoners" || noun == "hostages";
}

}  // namespace

// "Foreign Ministers of ASEAN said ... The ministers are due to start talks": "the" and a
// plural noun for officials (or the plural alone opening a sentence), with no one named,
// stands for the group last named with that noun and whose it was.
void SentenceCoder::resolve_named_groups() {
  for (size_t node = 0; node < tree_.size(); ++node) {
    if (!label_is(tree_[node].label, "NP")) continue;
    const uint32_t begin = local_begin(tree_[node]), end = local_end(tree_[node]);
    // "EC foreign ministers issued a statement ... Ministers also called on": a capitalised
    // plural opening the sentence is the same as "the" and the plural.
    const bool the_plural = end - begin == 2 && word(begin) == "the" && tag(begin + 1) == "NNS";
    const bool opening_plural =
        end - begin == 1 && begin == 0 &&
        (tag(begin) == "NNS" || tag(begin) == "NNPS" || tag(begin) == "NNP");
    if (!the_plural && !opening_plural) continue;
    PhraseCoding& coding = codings_[node];
    if (coding.actors.size() != 1 || !coding.actors.front().code.starts_with("---")) continue;
    const std::string_view noun = word(end - 1);
    for (auto group = memory_->named_groups.rbegin(); group != memory_->named_groups.rend();
         ++group) {
      if (group->noun != noun) continue;
      CodedActor actor = group->actor;
      actor.token_begin = begin;
      actor.token_end = end;
      coding.actors.assign(1, std::move(actor));
      coding.has_actor = true;
      break;
    }
  }
  // Learn this sentence's named groups: a coded phrase of one actor whose own last word is
  // such a noun, or whose first phrase ends in it ("Foreign Ministers | of ASEAN").
  for (size_t node = 0; node < tree_.size(); ++node) {
    const PhraseCoding& coding = codings_[node];
    if (!label_is(tree_[node].label, "NP") || !coding.computed || !coding.has_actor ||
        coding.actors.size() != 1 || coding.actors.front().code.starts_with("---"))
      continue;
    // The head: the phrase's last word when it ends in one ("European Community (EC)
    // agriculture ministers"), else that of its first noun phrase ("Foreign Ministers | of
    // ASEAN").
    int32_t base = static_cast<int32_t>(node);
    while (true) {
      int32_t last = tree_[base].first_child;
      while (last >= 0 && tree_[last].next_sibling >= 0) last = tree_[last].next_sibling;
      if (last >= 0 && tree_[last].is_preterminal()) break;
      if (tree_[base].first_child < 0 || !label_is(tree_[tree_[base].first_child].label, "NP"))
        break;
      base = tree_[base].first_child;
    }
    const std::string_view noun = word(local_end(tree_[base]) - 1);
    if (!is_group_noun(noun)) continue;
    memory_->named_groups.push_back({std::string(noun), coding.actors.front()});
  }
}

// "offered to free him", "met Blair and praised him": an object "him" or "her" stands for
// the last person named before it in the sentence, other than the subject of its own clause
// (in "Bush said Blair praised him", "him" is not Blair). A person here is a coded noun
// phrase that ends in a name.
void SentenceCoder::resolve_object_pronouns() {
  bool any = false;
  for (uint32_t t = 0; t < token_count_ && !any; ++t) any = word(t) == "him" || word(t) == "her";
  if (!any) return;
  for (size_t node = 0; node < tree_.size(); ++node) {
    if (!is_pronoun(static_cast<int32_t>(node))) continue;
    const uint32_t position = local_begin(tree_[node]);
    const std::string_view pronoun = word(position);
    if (pronoun != "him" && pronoun != "her") continue;
    PhraseCoding& coding = codings_[node];
    if (!coding.actors.empty()) continue;
    // The subject of the nearest clause above the pronoun that has one.
    uint32_t subject_begin = position, subject_end = position;
    for (int32_t above = tree_[node].parent; above >= 0; above = tree_[above].parent) {
      if (!is_clause(tree_[above].label)) continue;
      int32_t subject = -1;
      for (int32_t child = tree_[above].first_child; child >= 0;
           child = tree_[child].next_sibling) {
        if (local_begin(tree_[child]) > position) break;
        if (label_is(tree_[child].label, "NP")) subject = child;
        if (label_is(tree_[child].label, "VP")) break;
      }
      if (subject < 0) continue;
      subject_begin = local_begin(tree_[subject]);
      subject_end = local_end(tree_[subject]);
      break;
    }
    int32_t best = -1;
    for (size_t other = 0; other < tree_.size(); ++other) {
      const PhraseCoding& candidate = codings_[other];
      if (!candidate.computed || !candidate.has_actor || candidate.actors.size() != 1) continue;
      const uint32_t begin = local_begin(tree_[other]), end = local_end(tree_[other]);
      if (end > position || end == begin || tag(end - 1) != "NNP") continue;
      if (begin >= subject_begin && end <= subject_end) continue;
      if (best < 0 || end > local_end(tree_[best])) best = static_cast<int32_t>(other);
    }
    if (best < 0) continue;
    coding.actors = codings_[best].actors;
    coding.actors.front().token_begin = position;
    coding.actors.front().token_end = position + 1;
    coding.has_actor = true;
    coding.computed = true;
  }
}

// "here" at `token`, in a story with a dateline: the dateline's country.
// REQUIRES: memory_ with a dateline country.
CodedActor SentenceCoder::here_actor(uint32_t token) const {
  CodedActor here;
  here.code = memory_->dateline_country;
  here.token_begin = token;
  here.token_end = token + 1;
  return here;
}

// "the two leaders" / "both countries" with no actor of its own: the last two people named
// before it (in this sentence, else in the sentences before), or their countries.
void SentenceCoder::resolve_pair(int32_t node_index, std::vector<CodedActor>& found) const {
  const TreeNode& node = tree_[node_index];
  const uint32_t begin = local_begin(node), end = local_end(node);
  uint32_t head_at = 0;
  // "the rivalry between the pair": the last two people named, even of one government
  // (Blair and Brown), who are then one actor.
  const bool the_pair = end - begin == 2 && word(begin) == "the" && word(begin + 1) == "pair";
  if (end - begin == 3 && word(begin) == "the" && word(begin + 1) == "two")
    head_at = begin + 2;
  else if ((end - begin == 2 && word(begin) == "both") || the_pair)
    head_at = begin + 1;
  else
    return;
  bool countries = false;
  if (!the_pair && !is_pair_head(word(head_at), &countries)) return;
  DocumentMemory recent = memory_ != nullptr ? *memory_ : DocumentMemory{};
  const CivilDate date = document_.date_of_sentence(sentence_index_);
  std::vector<std::string> named_here;  // countries this sentence names before the pair
  for (const TokenMatch& match : actor_matches_) {
    if (match.end > begin) break;
    const Actor& actor = dictionaries_.actors().actor(match.value);
    if (!actor.dated.empty()) recent.remember(static_cast<int32_t>(match.value));
    const std::string code = actor.code_on(date);
    if (code.size() >= 3 && is_country_code(std::string_view(code).substr(0, 3))) {
      recent.remember_country(static_cast<int32_t>(match.value),
                              std::string_view(code).substr(0, 3));
      named_here.push_back(code.substr(0, 3));
    }
  }
  // "Verhofstadt (Belgium's) said he had given the two states until April 3": when a country
  // this sentence names before the pair would be one of its two, but the two named before
  // the sentence are both others, those two are the pair: the speaker is not among them.
  if (memory_ != nullptr && memory_->country_actor_before >= 0 && !named_here.empty()) {
    const auto here = [&](const std::string& country) {
      return std::find(named_here.begin(), named_here.end(), country) != named_here.end();
    };
    if ((here(recent.country_code) || here(recent.country_code_before)) &&
        !here(memory_->country_code) && !here(memory_->country_code_before))
      recent = *memory_;
  }
  // "both sides", when the story has not named two people: the two countries it named.
  if (!countries && word(head_at) == "sides" &&
      (recent.last_person < 0 || recent.person_before < 0))
    countries = true;
  // "the two countries": the last two countries named, whoever named them.
  if (countries && recent.country_actor_before >= 0) {
    for (const auto& [index, code] :
         {std::pair{recent.country_actor_before, recent.country_code_before},
          std::pair{recent.country_actor, recent.country_code}}) {
      const Actor& actor = dictionaries_.actors().actor(static_cast<uint32_t>(index));
      found.push_back(coded_actor(actor, code, begin, end));
    }
    return;
  }
  if (recent.last_person < 0 || recent.person_before < 0) return;
  for (int32_t person : {recent.person_before, recent.last_person}) {
    const Actor& actor = dictionaries_.actors().actor(static_cast<uint32_t>(person));
    std::string code = actor.code_on(date);
    if (code.size() < 3 || code.find('/') != std::string::npos) {
      found.clear();
      return;
    }
    if (countries) code.resize(3);
    bool again = false;
    for (const CodedActor& existing : found)
      if (existing.code == code) {
        if (!the_pair) {
          found.clear();
          return;
        }
        again = true;
      }
    if (!again) found.push_back(coded_actor(actor, std::move(code), begin, end));
  }
}

bool SentenceCoder::joined_pair_before(uint32_t before, std::array<CodedActor, 2>& pair) const {
  const CivilDate date = document_.date_of_sentence(sentence_index_);
  const TokenMatch* last = nullptr;
  const TokenMatch* previous = nullptr;
  for (const TokenMatch& match : actor_matches_) {
    if (match.end > before) break;
    if (dictionaries_.actors().actor(match.value).dated.empty()) continue;  // people only
    previous = last;
    last = &match;
  }
  if (previous == nullptr) return false;
  bool joined = false;
  for (uint32_t t = previous->end; t < last->begin; ++t) joined = joined || word(t) == "and";
  if (!joined || last->begin > previous->end + 5) return false;
  const Actor& first = dictionaries_.actors().actor(previous->value);
  const Actor& second = dictionaries_.actors().actor(last->value);
  const std::string first_code = first.code_on(date), second_code = second.code_on(date);
  if (first_code.size() < 3 || second_code.size() < 3 ||
      first_code.compare(0, 3, second_code, 0, 3) == 0 ||
      first_code.find('/') != std::string::npos || second_code.find('/') != std::string::npos)
    return false;
  pair[0] = coded_actor(first, first_code, previous->begin, previous->end);
  pair[1] = coded_actor(second, second_code, last->begin, last->end);
  return true;
}

// "the country" / "the Central American nation" with no actor of its own: the last country
// named before it, earlier in this sentence or in the sentences before. Only names and
// adjectives may stand between the article and the noun, so "the host country" or "a
// country" are left alone.
void SentenceCoder::resolve_country_reference(int32_t node_index,
                                              std::vector<CodedActor>& found) const {
  const TreeNode& node = tree_[node_index];
  const uint32_t begin = local_begin(node), end = local_end(node);
  if (end - begin < 2 || word(begin) != "the") return;
  const std::string_view head = word(end - 1);
  if (head != "country" && head != "nation") return;
  for (uint32_t t = begin + 1; t + 1 < end; ++t) {
    const std::string_view part = tag(t);
    if (part != "JJ" && part != "NNP" && part != "NNPS") return;
  }
  const CivilDate date = document_.date_of_sentence(sentence_index_);
  int32_t country = -1;
  for (const TokenMatch& match : actor_matches_) {
    if (match.end > begin) break;
    const Actor& actor = dictionaries_.actors().actor(match.value);
    if (actor.dated.empty() && is_country_code(actor.code_on(date)))
      country = static_cast<int32_t>(match.value);
  }
  if (country < 0 && memory_ != nullptr) country = memory_->last_country;
  if (country < 0) return;
  const Actor& actor = dictionaries_.actors().actor(static_cast<uint32_t>(country));
  found.push_back(coded_actor(actor, actor.code_on(date), begin, end));
}

bool SentenceCoder::is_personal_pronoun(int32_t node) const {
  if (!is_pronoun(node)) return false;
  const std::string_view pronoun = word(local_begin(tree_[node]));
  return pronoun == "he" || pronoun == "she" || pronoun == "him" || pronoun == "her";
}

// The personal-pronoun subject ("he", "she") of the nearest clause above the verb, or -1.
int32_t SentenceCoder::pronoun_subject(int32_t verb_node) const {
  int32_t node = verb_node;
  while (true) {
    const int32_t parent = tree_[node].parent;
    if (parent < 0) return -1;
    const std::string& label = tree_[parent].label;
    if (is_clause(label)) {
      int32_t subject = -1;
      for (int32_t child = tree_[parent].first_child; child >= 0 && child != node;
           child = tree_[child].next_sibling)
        if (label_is(tree_[child].label, "NP")) subject = child;
      if (subject >= 0)
        return is_personal_pronoun(subject) || is_first_person_pronoun(subject) ||
                       is_opening_it(subject)
                   ? subject
                   : -1;
    } else if (!label_is(label, "VP") && !label_is(label, "SBAR") && !label_is(label, "ADVP") &&
               !label_is(label, "ADJP") && !label_is(label, "PP")) {
      return -1;
    }
    node = parent;
  }
}

// "It" as the subject of the sentence's main clause: the body the last sentence was about
// ("Iran denied the report. It said ...").
bool SentenceCoder::is_opening_it(int32_t node) const {
  if (!is_pronoun(node) || word(local_begin(tree_[node])) != "it") return false;
  const int32_t clause = top_clause();
  return clause >= 0 && tree_[node].parent == clause;
}

// "we" / "I" inside quotation marks: the speaker the sentence names.
bool SentenceCoder::is_first_person_pronoun(int32_t node) const {
  if (!is_pronoun(node)) return false;
  const uint32_t position = local_begin(tree_[node]);
  if (position >= quoted_.size() || !quoted_[position]) return false;
  const std::string_view pronoun = word(position);
  return pronoun == "we" || pronoun == "i";
}

// "he" / "she" stands for the last person named before it: earlier in this sentence, else in
// the sentences before (the document memory). "we" / "I" in a quotation stands for its
// speaker.
bool SentenceCoder::resolve_pronoun(int32_t pronoun_node, CodedActor& resolved) const {
  const uint32_t position = local_begin(tree_[pronoun_node]);
  if (is_first_person_pronoun(pronoun_node)) {
    if (!has_speaker_) return false;
    resolved = speaker_;
    resolved.token_begin = position;
    resolved.token_end = position + 1;
    return true;
  }
  if (is_opening_it(pronoun_node)) {
    if (memory_ == nullptr || !memory_->has_subject_body) return false;
    resolved = memory_->subject_body;
    resolved.token_begin = position;
    resolved.token_end = position + 1;
    return true;
  }
  // "In his talks with Defence Minister Kurihara, he made a pitch": a person named in a
  // phrase fronted before the pronoun subject of the same clause is someone the subject dealt
  // with, not the subject.
  uint32_t fronted_begin = position, fronted_end = position;
  const int32_t clause = tree_[pronoun_node].parent;
  if (clause >= 0 && is_clause(tree_[clause].label) && label_is(tree_[pronoun_node].label, "NP")) {
    for (int32_t child = tree_[clause].first_child; child >= 0 && child != pronoun_node;
         child = tree_[child].next_sibling) {
      if (!label_is(tree_[child].label, "PP")) continue;
      fronted_begin = std::min(fronted_begin, local_begin(tree_[child]));
      fronted_end = local_end(tree_[child]);
    }
  }
  // "Brazilian Finance Minister Dilson Funaro, who he met with last week": the subject of a
  // relative clause on a person is someone else, who met that person.
  uint32_t antecedent_begin = position, antecedent_end = position;
  if (clause >= 0 && tree_[clause].parent >= 0 &&
      label_is(tree_[tree_[clause].parent].label, "SBAR")) {
    const int32_t relative = tree_[clause].parent;
    const int32_t wh = tree_[relative].first_child;
    const int32_t antecedent = wh >= 0 && label_is(tree_[wh].label, "WHNP") &&
                                       tree_[relative].parent >= 0 &&
                                       label_is(tree_[tree_[relative].parent].label, "NP")
                                   ? antecedent_of(relative)
                                   : -1;
    if (antecedent >= 0) {
      antecedent_begin = local_begin(tree_[antecedent]);
      antecedent_end = local_end(tree_[antecedent]);
    }
  }
  int32_t actor_index = -1;
  for (const TokenMatch& match : actor_matches_)
    if (match.end <= position && !(match.begin >= fronted_begin && match.end <= fronted_end) &&
        !(match.begin >= antecedent_begin && match.end <= antecedent_end) &&
        !dictionaries_.actors().actor(match.value).dated.empty())
      actor_index = static_cast<int32_t>(match.value);
  // "Christians, chief executive of Deutsche Bank, said he believed ...": with no person
  // named before it, a "he" or "she" subject of what a person reports is the reporter.
  if (actor_index < 0) {
    const int32_t reporter = reporter_of_pronoun(pronoun_node);
    if (reporter >= 0) {
      resolved = codings_[reporter].actors.front();
      resolved.token_begin = position;
      resolved.token_end = position + 1;
      return true;
    }
  }
  if (actor_index < 0 && memory_ != nullptr && memory_->has_subject_person) {
    resolved = memory_->subject_person;
    resolved.token_begin = position;
    resolved.token_end = position + 1;
    return true;
  }
  if (actor_index < 0 && memory_ != nullptr &&
      memory_->closing_reporter_sentence == sentence_index_ - 1)
    actor_index = memory_->closing_reporter;
  if (actor_index < 0 && memory_ != nullptr) actor_index = memory_->last_person;
  if (actor_index < 0) return false;
  const Actor& actor = dictionaries_.actors().actor(static_cast<uint32_t>(actor_index));
  const std::string code = actor.code_on(document_.date_of_sentence(sentence_index_));
  if (code.empty() || code.find('/') != std::string::npos) return false;
  resolved = coded_actor(actor, code, position, position + 1);
  return true;
}

bool SentenceCoder::is_pronoun(int32_t node) const {
  const TreeNode& phrase = tree_[node];
  if (phrase.token_end - phrase.token_begin != 1) return false;
  const std::string_view part = tag(local_begin(phrase));
  return part == "PRP";
}

int32_t SentenceCoder::reporter_of_pronoun(int32_t pronoun_node) const {
  const std::string_view pronoun = word(local_begin(tree_[pronoun_node]));
  if (pronoun != "he" && pronoun != "she") return -1;
  const int32_t clause = tree_[pronoun_node].parent;
  if (clause < 0 || !is_clause(tree_[clause].label) || first_subject_phrase(clause) != pronoun_node)
    return -1;
  int32_t above = tree_[clause].parent;
  if (above >= 0 && label_is(tree_[above].label, "SBAR")) above = tree_[above].parent;
  if (above < 0 || !label_is(tree_[above].label, "VP")) return -1;
  const int32_t verb = first_verb_child(above, false);
  if (verb < 0 || !is_reporting_lemma(document_.tokens[tree_[verb].token_begin].lemma)) return -1;
  int32_t node = clause_at_or_above(above);
  if (node < 0) return -1;
  const int32_t subject = first_subject_phrase(node);
  if (subject < 0 || !codings_[subject].computed || !codings_[subject].has_actor ||
      codings_[subject].actors.size() != 1)
    return -1;
  // One person: a phrase whose head noun is singular and not a country's name alone.
  const int32_t head = static_cast<int32_t>(local_end(tree_[subject])) - 1;
  bool singular_person = false;
  for (int32_t t = static_cast<int32_t>(local_begin(tree_[subject])); t <= head; ++t) {
    const std::string_view part = tag(static_cast<uint32_t>(t));
    if (part == "NNS" || part == "NNPS") return -1;
    if (part == "NN" || part == "NNP") singular_person = true;
  }
  const CodedActor& actor = codings_[subject].actors.front();
  if (!singular_person || actor.code.size() <= 3 || actor.metonym) return -1;
  return subject;
}

std::vector<CodedActor> SentenceCoder::hyphenated_pair(uint32_t begin, uint32_t end) const {
  const CivilDate date = document_.date_of_sentence(sentence_index_);
  auto side_of = [&](uint32_t actor_index, uint32_t first, uint32_t last) {
    const actors::Actor& actor = dictionaries_.actors().actor(actor_index);
    return coded_actor(actor, actor.code_on(date), first, last);
  };
  // Two single actors with different codes.
  auto usable = [](const std::vector<CodedActor>& sides) {
    return sides.size() == 2 && !sides[0].code.empty() && !sides[1].code.empty() &&
           sides[0].code != sides[1].code && sides[0].code.find('/') == std::string::npos &&
           sides[1].code.find('/') == std::string::npos;
  };
  // Split by the tokenizer after an abbreviation: "U.S. - Japan trade talks".
  if (begin >= 2 && word(begin - 1) == "-" && actor_at_[begin - 2] >= 0 && actor_at_[begin] >= 0 &&
      actor_matches_[actor_at_[begin]].begin == begin) {
    const TokenMatch& left = actor_matches_[actor_at_[begin - 2]];
    const TokenMatch& right = actor_matches_[actor_at_[begin]];
    std::vector<CodedActor> sides = {side_of(left.value, left.begin, left.end),
                                     side_of(right.value, right.begin, right.end)};
    if (usable(sides)) return sides;
  }
  // A name broken at a line end: "Iraq- Iran war".
  for (uint32_t t = begin; t + 1 < end; ++t) {
    const std::string_view text = word(t);
    if (text.size() < 3 || text.back() != '-' || actor_at_[t + 1] < 0) continue;
    const uint32_t part_id = dictionaries_.vocabulary().find(text.substr(0, text.size() - 1));
    const auto left = dictionaries_.actors().actor_phrases().longest_at(&part_id, 0, 1);
    const TokenMatch& right = actor_matches_[actor_at_[t + 1]];
    if (left.length != 1 || right.begin != t + 1) continue;
    std::vector<CodedActor> sides = {side_of(left.value, t, t + 1),
                                     side_of(right.value, right.begin, right.end)};
    if (usable(sides)) return sides;
  }
  // One token: "Iran-Iraq talks", "Canada/U.S. trade negotiations".
  for (uint32_t t = begin; t < end; ++t) {
    std::array<uint32_t, 2> parts;
    if (!pair_actors(t, parts)) continue;
    std::vector<CodedActor> sides = {side_of(parts[0], t, t + 1), side_of(parts[1], t, t + 1)};
    if (usable(sides)) return sides;
  }
  return {};
}

}  // namespace herald::coding::internal
