// Events: how an act becomes events with their evidence and mentions, and the rules that
// add or change events once the verbs are coded (joiners, wrongs given as reasons, alleged
// wrongs, insistence, countryless sides, fighting sides).

#include "coding/sentence_coder.h"

#include <fmt/format.h>

#include "herald/date.h"

namespace herald::coding::internal {

int32_t SentenceCoder::add_mention(const CodedActor& actor) {
  const Span span = char_span(actor.token_begin, actor.token_end);
  for (size_t index = 0; index < document_.mentions.size(); ++index) {
    const Mention& mention = document_.mentions[index];
    if (mention.sentence == sentence_index_ && mention.kind == MentionKind::kActor &&
        mention.span == span && mention.actor_code == actor.code)
      return static_cast<int32_t>(index);
  }
  Mention mention;
  mention.span = span;
  mention.kind = MentionKind::kActor;
  mention.canonical = std::string(document_.text_of(span));
  mention.actor_code = actor.code;
  mention.sentence = sentence_index_;
  for (const EntryRef& entry : actor.entries) mention.entries.push_back(entry.to_ref(""));
  document_.mentions.push_back(std::move(mention));
  return static_cast<int32_t>(document_.mentions.size() - 1);
}

Event SentenceCoder::make_event(const CodedActor& from, const CodedActor& to, std::string code,
                                const FormChoice& choice, const std::string& file,
                                const std::string& note, const char* head_role) {
  Event event;
  event.source = from.code;
  event.target = to.code;
  event.code = std::move(code);
  event.root_code = event.code.substr(0, std::min<size_t>(2, event.code.size()));
  event.sentence = sentence_index_;
  event.date = document_.date_of_sentence(sentence_index_);
  Evidence& evidence = event.evidence;
  evidence.sentence_id =
      sentence_.id.empty() ? fmt::format("{}:{}", document_.id, sentence_index_) : sentence_.id;
  evidence.source = char_span(from.token_begin, from.token_end);
  evidence.target = char_span(to.token_begin, to.token_end);
  evidence.verb = char_span(choice.begin, choice.end);
  evidence.pattern = choice.best ? choice.best->written : choice.form->written;
  evidence.note = note;
  evidence.entries.push_back({file, choice.form->line, choice.form->written, head_role});
  if (choice.best)
    evidence.entries.push_back({file, choice.best->line, choice.best->written, "pattern"});
  for (const EntryRef& entry : from.entries) evidence.entries.push_back(entry.to_ref("source "));
  for (const EntryRef& entry : to.entries) evidence.entries.push_back(entry.to_ref("target "));
  if (from.code != "---" || !from.entries.empty()) event.source_mention = add_mention(from);
  if (to.code != "---" || !to.entries.empty()) event.target_mention = add_mention(to);
  if ((event.code == "040" || event.code == "046" || event.code == "036") &&
      from.code.size() >= 3 && to.code.size() >= 3 &&
      is_country_code(std::string_view(from.code).substr(0, 3)) &&
      is_country_code(std::string_view(to.code).substr(0, 3)) &&
      from.code.compare(0, 3, to.code, 0, 3) != 0) {
    has_meeting_sides_ = true;
    meeting_side_ = from;
    meeting_other_side_ = to;
  }
  return event;
}

void SentenceCoder::add_events(std::span<const CodedActor> sources,
                               std::span<const CodedActor> targets, const EventCode& code,
                               const FormChoice& choice, const std::string& file,
                               const std::string& note) {
  for (const CodedActor& source : sources)
    for (const CodedActor& target : targets)
      for (int direction = 0; direction < 2; ++direction) {
        const CodedActor& from = direction == 0 ? source : target;
        const CodedActor& to = direction == 0 ? target : source;
        const std::string& event_code = direction == 0 ? code.code : code.reciprocal;
        // (A state's forces holding one of their own are two sides: "a Marine was arrested".
        // Two bodies the dictionaries name apart are two in an act of dispute, roots 10 to 20
        // ("the Lib Dems' attack on the Tories"); meetings, talks and other acts between
        // bodies of one code are their own business.)
        const bool dispute = event_code.compare(0, 2, "10") >= 0;
        if (event_code.empty() ||
            (from.code == to.code && note.find(kUnnamedAuthority) == std::string::npos &&
             !(dispute && distinct_bodies(from, to))))
          continue;
        if (is_meeting_with_the_public(event_code, from, to)) continue;
        if ((event_code.starts_with("04") || event_code == "036") &&
            (is_members_phrase(from) || is_members_phrase(to)))
          continue;
        // "his attack on Labour": a politician's attack is criticism (111), as for the verb.
        const std::string_view noun = word(choice.end - 1);
        if (event_code.starts_with("19") &&
            (noun == "attack" || noun == "attacks" || noun == "assault") &&
            is_civilian_role(from.code) && is_civilian_role(to.code)) {
          Event event = make_event(from, to, "111", choice, file,
                                   note + "; attack by a political actor: criticism", "noun");
          events_.push_back(std::move(event));
          continue;
        }
        Event event = make_event(from, to, event_code, choice, file, note, "noun");
        events_.push_back(std::move(event));
      }
}

void SentenceCoder::give_local_country(std::string& code, const Span& span,
                                       const std::string& other, std::string& note) const {
  // Both sides unknown: nothing in the sentence tells which is which; the main country
  // decides later.
  if (!code.starts_with("---") || span.empty() || other.starts_with("---")) return;
  std::string_view other_country =
      other.size() >= 3 ? std::string_view(other).substr(0, 3) : std::string_view();
  // "President Gbagbo broke a ceasefire with rebels", "Turkey arrested 15 Kurdish rebels":
  // rebels or an opposition facing a state, its government, army or police are most likely
  // that state's own; so are a legislature or courts ("the White House asked Congress").
  const std::string_view role = std::string_view(code).substr(3, 3);
  if ((role == "REB" || role == "OPP" || role == "INS" || role == "LEG" || role == "JUD") &&
      (other.size() == 3 ||
       (other.size() >= 6 && (std::string_view(other).substr(3, 3) == "GOV" ||
                              std::string_view(other).substr(3, 3) == "MIL" ||
                              std::string_view(other).substr(3, 3) == "COP")))) {
    // "the rebels fighting the leftist Managua government": rebels or an opposition facing a
    // government, its forces or police are that state's own, whatever other country the
    // sentence named before them ("aid approved by Congress").
    if ((role == "REB" || role == "INS" || role == "OPP") && other.size() >= 6 &&
        is_country_code(other_country)) {
      code.replace(0, 3, other_country);
      const std::string said =
          "actor without a country taken as " + std::string(other_country) + ", the state it faces";
      note += note.empty() ? said : "; " + said;
      return;
    }
    other_country = {};
  }
  const CivilDate date = document_.date_of_sentence(sentence_index_);
  std::string country;
  for (const TokenMatch& match : actor_matches_) {
    if (char_span(match.begin, match.end).end > span.begin) break;  // matches are in order
    if (removed_[match.begin]) continue;
    const std::string actor_code = dictionaries_.actors().actor(match.value).code_on(date);
    if (actor_code.size() < 3) continue;
    // ("told Reuters the government would send two buying missions": a news agency's country
    // is not the story's.)
    if (actor_code.size() >= 6 && std::string_view(actor_code).substr(3, 3) == "MED") continue;
    const std::string_view prefix = std::string_view(actor_code).substr(0, 3);
    if (is_country_code(prefix) && prefix != other_country) country.assign(prefix);
  }
  if (country.empty()) return;
  code.replace(0, 3, country);
  const std::string said =
      "actor without a country taken as " + country + ", named before it in the sentence";
  note += note.empty() ? said : "; " + said;
}

namespace {

// Verbs of a wrong that, given as the reason for an act against someone ("for violating",
// "for breaching"), accuse them.
bool is_wrong_lemma(std::string_view lemma) {
  return lemma == "violate" || lemma == "breach" || lemma == "break" || lemma == "flout" ||
         lemma == "transgress";
}

}  // namespace

void SentenceCoder::code_wrongs_given_as_reasons() {
  const VerbDictionary& verbs = dictionaries_.verbs();
  for (int32_t node = 0; node < static_cast<int32_t>(tree_.size()); ++node) {
    if (!tree_[node].is_preterminal()) continue;
    const std::string_view label = tree_[node].label;
    const uint32_t head = local_begin(tree_[node]);
    int32_t reason = -1;
    uint32_t form_word = id(head);
    if (label == "VBG") {
      if (!is_wrong_lemma(document_.tokens[first_token_ + head].lemma)) continue;
      // (PP (IN for) (S (VP (VBG violating) ...))): a subjectless clause after "for".
      const int32_t verb_phrase = tree_[node].parent;
      if (verb_phrase < 0 || !label_is(tree_[verb_phrase].label, "VP")) continue;
      const int32_t clause = tree_[verb_phrase].parent;
      if (clause < 0 || !is_clause(tree_[clause].label) || !is_subjectless_clause(clause)) continue;
      reason = tree_[clause].parent;
    } else if (label == "NNS" || label == "NN") {
      // (PP (IN for) (NP (NP (NNS violations)) (PP of ...))): "for violations of the
      // agreement", "for its breach of the accord"; the verb's form is the evidence.
      const std::string_view noun = word(head);
      const std::string_view verb_lemma = noun == "violation" || noun == "violations" ? "violate"
                                          : noun == "breach" || noun == "breaches"    ? "breach"
                                                                                      : "";
      if (verb_lemma.empty()) continue;
      int32_t phrase = tree_[node].parent;
      if (phrase < 0 || !label_is(tree_[phrase].label, "NP")) continue;
      const int32_t outer = tree_[phrase].parent;
      if (outer >= 0 && label_is(tree_[outer].label, "NP") && tree_[outer].first_child == phrase)
        phrase = outer;
      reason = tree_[phrase].parent;
      if (reason >= 0 && tree_[reason].first_child >= 0 &&
          local_end(tree_[tree_[reason].first_child]) != local_begin(tree_[phrase]))
        continue;  // "for" right before the noun's phrase
      form_word = dictionaries_.vocabulary().find(verb_lemma);
    } else {
      continue;
    }
    if (reason < 0 || !label_is(tree_[reason].label, "PP") ||
        word(local_begin(tree_[reason])) != "for")
      continue;
    // The one the act is against: the phrase right before the reason, a noun phrase or an
    // "against" phrase.
    int32_t before = -1;
    const int32_t parent = tree_[reason].parent;
    if (parent < 0) continue;
    for (int32_t child = tree_[parent].first_child; child >= 0 && child != reason;
         child = tree_[child].next_sibling)
      before = child;
    if (before < 0) continue;
    int32_t accused = -1;
    if (label_is(tree_[before].label, "NP")) {
      accused = before;
    } else if (label_is(tree_[before].label, "PP") &&
               word(local_begin(tree_[before])) == "against") {
      for (int32_t child = tree_[before].first_child; child >= 0; child = tree_[child].next_sibling)
        if (label_is(tree_[child].label, "NP")) accused = child;
    }
    if (accused < 0 || !codings_[accused].computed || !codings_[accused].has_actor) continue;
    // The one who acts, or calls for the act: the subject of the verb the reason belongs to.
    const int32_t verb = governing_verb(reason);
    if (verb < 0) continue;
    bool inherited = false;
    const int32_t subject = subject_of(verb, &inherited);
    if (subject < 0 || !codings_[subject].computed || !codings_[subject].has_actor) continue;
    const std::vector<uint32_t>& candidates = verbs.forms_for(form_word);
    if (candidates.empty()) continue;
    FormChoice choice;
    if (label == "VBG") {
      if (!choose_form(verbs, candidates, head, local_end(tree_[tree_[node].parent]), false,
                       choice))
        continue;
    } else {
      choice.form = &verbs.form(candidates.front());
      choice.begin = head;
      choice.end = head + 1;
    }
    choice.best = nullptr;  // the verb's own entry is the evidence; its patterns do not apply
    for (const CodedActor& from : codings_[subject].actors)
      for (const CodedActor& to : codings_[accused].actors) {
        if (from.code == to.code || from.code.starts_with("---") || to.code.starts_with("---"))
          continue;
        // "criticised Iran for breaking the ceasefire": the disapproval is coded already.
        const bool disapproved = std::any_of(events_.begin(), events_.end(), [&](const Event& e) {
          return e.source == from.code && e.target == to.code && e.root_code == "11";
        });
        if (disapproved) continue;
        events_.push_back(
            make_event(from, to, "112", choice, verbs.file(),
                       "a wrong given as the reason for an act against them accuses them", "verb"));
      }
  }
}

void SentenceCoder::add_joiners() {
  const size_t count = events_.size();
  for (size_t index = 0; index < count; ++index) {
    const Span verb_span = events_[index].evidence.verb;
    // The gerund's leaf, its clause, the "in" phrase and the passive "joined" above it.
    uint32_t verb_token = 0;
    while (verb_token < token_count_ &&
           document_.tokens[first_token_ + verb_token].span.begin < verb_span.begin)
      ++verb_token;
    const int32_t leaf = leaf_at(verb_token);
    if (leaf < 0 || std::string_view(tree_[leaf].label) != "VBG") continue;
    int32_t clause = tree_[leaf].parent;
    if (clause >= 0) clause = tree_[clause].parent;
    if (clause < 0 || !is_clause(tree_[clause].label)) continue;
    const int32_t in_phrase = tree_[clause].parent;
    if (in_phrase < 0 || !label_is(tree_[in_phrase].label, "PP") ||
        word(local_begin(tree_[in_phrase])) != "in")
      continue;
    const int32_t joined_phrase = tree_[in_phrase].parent;
    if (joined_phrase < 0 || !label_is(tree_[joined_phrase].label, "VP")) continue;
    const int32_t joined = first_verb_child(joined_phrase, false);
    if (joined < 0 || word(local_begin(tree_[joined])) != "joined") continue;
    const int32_t agent = actor_phrase_after(joined_phrase, "by");
    if (agent < 0) continue;
    for (const CodedActor& joiner : codings_[agent].actors) {
      if (joiner.code.starts_with("---") || joiner.code == events_[index].target ||
          joiner.code == events_[index].source)
        continue;
      Event copy = events_[index];
      copy.source = joiner.code;
      copy.evidence.source = char_span(joiner.token_begin, joiner.token_end);
      copy.source_mention = add_mention(joiner);
      std::erase_if(copy.evidence.entries,
                    [](const DictionaryRef& entry) { return entry.role.starts_with("source "); });
      for (const EntryRef& entry : joiner.entries)
        copy.evidence.entries.push_back(entry.to_ref("source "));
      copy.evidence.note +=
          copy.evidence.note.empty() ? "joined in the act" : "; joined in the act";
      events_.push_back(std::move(copy));
    }
  }
}

void SentenceCoder::code_alleged_wrongs() {
  const VerbDictionary& verbs = dictionaries_.verbs();
  const CivilDate date = document_.date_of_sentence(sentence_index_);
  for (uint32_t alleged = 0; alleged < token_count_; ++alleged) {
    uint32_t marker_end = alleged;
    // The owner may stand after the marker: "as Tokyo's failure", and "in retaliation for
    // Japan's failure to honor commitments", a wrong acted on as one.
    bool owner_after = false;
    if (views_as(alleged)) {
      marker_end = alleged + 3;
      owner_after = true;
    } else if (word(alleged) == "for" && alleged > 0 &&
               (word(alleged - 1) == "retaliation" || word(alleged - 1) == "reprisal" ||
                word(alleged - 1) == "reprisals")) {
      owner_after = true;
    } else if (word(alleged) != "alleged") {
      continue;
    }
    // The wrong: a noun of violation or failure within three words, past adjectives and
    // its owner ("as Tokyo's failure").
    uint32_t wrong = marker_end + 1;
    bool found = false;
    for (; wrong < std::min(token_count_, marker_end + 5); ++wrong) {
      const std::string_view noun = word(wrong);
      found = noun == "violation" || noun == "violations" || noun == "breach" ||
              noun == "breaches" || noun == "failure";
      if (found) break;
      const bool owner_word = owner_after && (actor_at_[wrong] >= 0 || tag(wrong) == "POS");
      if (!tag(wrong).starts_with("JJ") && !owner_word) break;
    }
    if (!found) continue;
    // Whose wrong: a country or body named as a modifier ("alleged Japanese violation") or
    // with a possessive ("Tokyo's alleged failure").
    int32_t owner_at = -1;
    for (uint32_t t = marker_end + 1; t < wrong; ++t)
      if (actor_at_[t] >= 0) owner_at = static_cast<int32_t>(t);
    if (owner_at < 0 && alleged >= 2 && word(alleged - 1) == "'s" && actor_at_[alleged - 2] >= 0)
      owner_at = static_cast<int32_t>(alleged - 2);
    if (owner_at < 0) continue;
    const TokenMatch& match = actor_matches_[actor_at_[owner_at]];
    const Actor& actor = dictionaries_.actors().actor(match.value);
    const CodedActor owner = coded_actor(actor, actor.code_on(date), match.begin, match.end);
    if (owner.code.empty() || owner.code.find('/') != std::string::npos) continue;
    // Who alleges it: the subject of the verb whose phrase holds the wrong ("imposed
    // penalties over Japan's alleged failure"), inherited by an infinitive ("would impose
    // tariffs ... to retaliate against alleged Japanese violation").
    const int32_t leaf = leaf_at(wrong);
    if (leaf < 0) continue;
    const int32_t verb = governing_verb(leaf);
    if (verb < 0) continue;
    bool inherited = false;
    const int32_t subject = subject_of(verb, &inherited);
    if (subject < 0 || !codings_[subject].computed || !codings_[subject].has_actor) continue;
    // The evidence is the dictionary's verb of accusing, whose code this is.
    const std::vector<uint32_t>& candidates =
        verbs.forms_for(dictionaries_.vocabulary().find("accuse"));
    if (candidates.empty()) continue;
    FormChoice choice;
    choice.form = &verbs.form(candidates.front());
    choice.begin = wrong;
    choice.end = wrong + 1;
    for (const CodedActor& from : codings_[subject].actors) {
      if (from.code.starts_with("---") || from.code.compare(0, 3, owner.code, 0, 3) == 0) continue;
      const bool judged = std::any_of(events_.begin(), events_.end(), [&](const Event& e) {
        return e.source == from.code && e.target == owner.code && e.root_code == "11";
      });
      if (judged) continue;
      events_.push_back(make_event(from, owner, "112", choice, verbs.file(),
                                   "a wrong acted on as alleged is alleged by the one acting",
                                   "verb"));
    }
  }
}

bool SentenceCoder::names_fighting_side(const Span& phrase) const {
  if (phrase.empty()) return false;
  // The common nouns right after the actor's words: "Iranian | oil platform".
  static constexpr std::string_view kFighting[] = {
      "force",     "forces",   "troops",    "army",       "navy",     "fleet",
      "attack",    "attacks",  "offensive", "offensives", "thrust",   "thrusts",
      "positions", "unit",     "units",     "soldiers",   "lines",    "assault",
      "brigade",   "brigades", "division",  "divisions",  "garrison", "battalion"};
  static constexpr std::string_view kTimes[] = {"today",   "yesterday", "tomorrow", "tonight",
                                                "morning", "night",     "week",     "weekend"};
  for (uint32_t t = 0; t < token_count_; ++t) {
    const Token& token = document_.tokens[first_token_ + t];
    if (token.span.begin < phrase.end) continue;
    // "Britain's 'chaotic' asylum system": past a possessive, quotes and adjectives.
    uint32_t u = t;
    if (tag(u) == "POS")
      while (++u < token_count_ &&
             (tag(u).starts_with("JJ") || tag(u) == "``" || tag(u) == "''" || tag(u) == "RB"))
        continue;
    std::string_view last;
    for (; u < token_count_ && (tag(u) == "NN" || tag(u) == "NNS"); ++u) last = word(u);
    return last.empty() || is_one_of(kTimes, last) || is_one_of(kFighting, last);
  }
  return true;
}

void SentenceCoder::code_insistence() {
  const VerbDictionary& verbs = dictionaries_.verbs();
  for (int32_t node = 0; node < static_cast<int32_t>(tree_.size()); ++node) {
    if (!tree_[node].is_preterminal() || !is_verb_tag(tree_[node].label)) continue;
    const uint32_t head = local_begin(tree_[node]);
    if (document_.tokens[first_token_ + head].lemma != "insist") continue;
    const int32_t verb_phrase = tree_[node].parent;
    if (verb_phrase < 0 || !label_is(tree_[verb_phrase].label, "VP")) continue;
    const int32_t holder = complement_clause_of(verb_phrase);
    if (holder < 0) continue;
    const int32_t clause = complement_clause(holder);
    if (clause < 0) continue;
    // The clause's own verb in the base form, with no modal or tense before it: "that the EC
    // comply", not "that the EC had complied" (a claim) or "that it would" (a prediction).
    const int32_t asked = first_subject_phrase(clause);
    if (asked < 0 || !codings_[asked].computed || !codings_[asked].has_actor) continue;
    int32_t predicate = tree_[asked].next_sibling;
    while (predicate >= 0 && !label_is(tree_[predicate].label, "VP"))
      predicate = tree_[predicate].next_sibling;
    if (predicate < 0) continue;
    int32_t first = tree_[predicate].first_child;
    // "that the EC comply with the ruling and cut subsidies": the first of joined phrases.
    while (first >= 0 && label_is(tree_[first].label, "VP")) first = tree_[first].first_child;
    if (first < 0 || !tree_[first].is_preterminal() || std::string_view(tree_[first].label) != "VB")
      continue;
    bool inherited = false;
    const int32_t subject = subject_of(node, &inherited);
    if (subject < 0 || !codings_[subject].computed || !codings_[subject].has_actor) continue;
    FormChoice choice;
    const std::vector<uint32_t>& candidates = verbs.forms_for(id(head));
    if (candidates.empty() ||
        !choose_form(verbs, candidates, head, local_end(tree_[verb_phrase]), false, choice))
      continue;
    choice.best = nullptr;  // the verb's own entry is the evidence; its patterns do not apply
    for (const CodedActor& from : codings_[subject].actors)
      for (const CodedActor& to : codings_[asked].actors) {
        if (from.code == to.code || from.code.starts_with("---") || to.code.starts_with("---"))
          continue;
        events_.push_back(make_event(from, to, "100", choice, verbs.file(),
                                     "insisting that someone do something demands it", "verb"));
      }
  }
}

// "his EU counterparts", "EC colleagues": an organisation's members named by their office.
bool SentenceCoder::is_members_phrase(const CodedActor& actor) const {
  if (!actor.code.starts_with("IGO") || actor.token_end <= actor.token_begin ||
      actor.token_end > token_count_)
    return false;
  if (names_members_by_office(word(actor.token_end - 1))) return true;
  // "to attend the IMF and World Bank meetings", "an EU summit": the organisation's own
  // gathering, where members meet each other; attending it is no meeting with the body.
  auto gathering = [](std::string_view noun) {
    return noun == "meeting" || noun == "meetings" || noun == "summit" || noun == "session" ||
           noun == "sessions" || noun == "assembly" || noun == "conference";
  };
  for (uint32_t t = actor.token_end - 1; t < std::min(token_count_, actor.token_end + 5); ++t) {
    if (gathering(word(t))) return true;
    if (is_verb_tag(tag(t)) || tag(t) == "IN" || tag(t) == "DT" || tag(t) == "TO" ||
        word(t) == "," || word(t) == ".")
      break;
  }
  return false;
}

}  // namespace herald::coding::internal
