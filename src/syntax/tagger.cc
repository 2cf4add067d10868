#include "syntax/tagger.h"

#include <algorithm>
#include <cctype>
#include <limits>

namespace herald::syntax {
namespace {

// The treebank spelling of typographic marks: “ ” ‘ ’ – — … and the ’ in clitics.
std::string_view treebank_spelling(std::string_view word, int& quote_parity, std::string& buffer) {
  if (word == "\xE2\x80\x9C" || word == "\xC2\xAB" || word == "\xE2\x80\x9E") return "``";
  if (word == "\xE2\x80\x9D" || word == "\xC2\xBB") return "''";
  if (word == "\xE2\x80\x98") return "`";
  if (word == "\xE2\x80\x99") return "'";
  if (word == "\xE2\x80\x93" || word == "\xE2\x80\x94" || word == "\xE2\x80\x92") return "--";
  if (word == "\xE2\x80\xA6") return "...";
  if (word == "\"") return (quote_parity++ % 2 == 0) ? "``" : "''";
  if (word.find("\xE2\x80\x99") != std::string_view::npos) {
    buffer.clear();
    for (size_t i = 0; i < word.size(); ++i) {
      if (word.compare(i, 3, "\xE2\x80\x99") == 0) {
        buffer.push_back('\'');
        i += 2;
      } else {
        buffer.push_back(word[i]);
      }
    }
    return buffer;
  }
  return word;
}

bool starts_upper(std::string_view word) {
  return !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
}

bool looks_numeric(std::string_view word) {
  if (word.empty()) return false;
  size_t digits = 0, letters = 0;
  for (char c : word) {
    if (c >= '0' && c <= '9')
      ++digits;
    else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
      ++letters;
  }
  return digits > 0 && letters <= 3 && word[0] >= '0' && word[0] <= '9';
}

}  // namespace

void Tagger::candidates_for(std::string_view word, size_t position, bool all_capitals,
                            bool after_opening, int& quote_parity, Scratch& scratch) const {
  auto add = [&](Tag tag, float score) { scratch.candidates.push_back({tag, score}); };
  std::string_view form = treebank_spelling(word, quote_parity, scratch.spelled);
  // (Reuters brackets a company's ticker in angle brackets: "McDonnell Douglas Corp <MD.N>".)
  if (form == "(" || form == "[" || form == "{" || form == "<") return add(kLRB, 0.0f);
  if (form == ")" || form == "]" || form == "}" || form == ">") return add(kRRB, 0.0f);
  if (form == "#") return add(kHash, 0.0f);

  if (const auto* known = lexicon_->word(form)) {
    // A capitalized word inside a sentence that the lexicon knows only as a common word
    // ("Showers", "Secretary") may still be a name; keep NNP within reach.
    for (const TagScore& score : *known) add(score.tag, score.score);
    return;
  }
  const bool initial = position == 0 || after_opening || all_capitals;
  // "EU-wide measures", "Europe-wide controls": a name joined to "-wide" is an adjective.
  if (form.size() > 5 && form.ends_with("-wide")) return add(kJJ, 0.0f);
  if (starts_upper(form)) {
    scratch.lowered.assign(form);
    for (char& c : scratch.lowered)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (const auto* known = lexicon_->word(scratch.lowered)) {
      for (const TagScore& score : *known) add(score.tag, score.score - (initial ? 0.0f : 3.0f));
      add(kNNP, initial ? -2.0f : 0.5f);
      return;
    }
    if (all_capitals) {
      for (const TagScore& score : lexicon_->suffix_guess(scratch.lowered))
        add(score.tag, score.score);
      add(kNNP, 0.0f);
      return;
    }
    // A capitalized word no lexicon knows, inside a sentence, is a name ("Majed" is no
    // past tense); at the start of a sentence a name stays the first guess.
    if (!initial) return add(kNNP, 0.0f);
    for (const TagScore& score : lexicon_->suffix_guess(form)) add(score.tag, score.score - 1.0f);
    return add(kNNP, 0.0f);
  }
  // "al-Shaheen", "d'Affaires": a lower-case particle joined to a capitalized name.
  if (const size_t joint = form.find_first_of("-'");
      joint != std::string_view::npos && joint <= 3 && joint + 1 < form.size() &&
      form[joint + 1] >= 'A' && form[joint + 1] <= 'Z')
    return add(kNNP, 0.0f);
  if (looks_numeric(form)) {
    if (form.find('-') != std::string_view::npos && form.back() >= 'a') return add(kJJ, 0.0f);
    return add(kCD, 0.0f);
  }
  bool any_letter = std::any_of(form.begin(), form.end(), [](char c) {
    return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || static_cast<unsigned char>(c) >= 0x80;
  });
  if (!any_letter) return add(kSYM, 0.0f);
  for (const TagScore& score : lexicon_->suffix_guess(form)) add(score.tag, score.score);
  if (form.find('-') != std::string_view::npos && !starts_upper(form)) add(kJJ, 0.0f);
}

void Tagger::tag(std::span<const std::string_view> words, std::vector<Tag>& tags,
                 Scratch& scratch) const {
  const size_t n = words.size();
  tags.resize(n);
  if (n == 0) return;
  scratch.candidates.clear();
  scratch.offsets.clear();
  // A sentence in capitals (a wire headline) is looked up in lower case.
  size_t upper = 0, lower = 0;
  for (std::string_view word : words)
    for (char c : word) {
      if (c >= 'A' && c <= 'Z')
        ++upper;
      else if (c >= 'a' && c <= 'z')
        ++lower;
    }
  const bool all_capitals = upper >= 4 && lower * 10 < upper;
  int quote_parity = 0;
  for (size_t i = 0; i < n; ++i) {
    scratch.offsets.push_back(static_cast<uint32_t>(scratch.candidates.size()));
    // Wire copy capitalizes the word after "U.S." ("the U.S. Alleges that", "U.S. And
    // Japan"): like a sentence's first word, it may be a common word in capitals.
    bool after_opening =
        i > 0 && (words[i - 1] == "\"" || words[i - 1] == "\xE2\x80\x9C" || words[i - 1] == ":" ||
                  words[i - 1] == "(" || words[i - 1] == "U.S." || words[i - 1] == "U.K.");
    size_t before = scratch.candidates.size();
    candidates_for(words[i], i, all_capitals, after_opening, quote_parity, scratch);
    if (scratch.candidates.size() == before) scratch.candidates.push_back({kNN, 0.0f});
  }
  scratch.offsets.push_back(static_cast<uint32_t>(scratch.candidates.size()));
  const size_t total = scratch.candidates.size();
  scratch.scores.assign(total, -std::numeric_limits<float>::infinity());
  scratch.back.assign(total, -1);

  const Lexicon& lexicon = *lexicon_;
  for (uint32_t k = scratch.offsets[0]; k < scratch.offsets[1]; ++k)
    scratch.scores[k] = lexicon.transition(lexicon.start_tag(), scratch.candidates[k].tag) +
                        scratch.candidates[k].score;
  for (size_t i = 1; i < n; ++i) {
    for (uint32_t k = scratch.offsets[i]; k < scratch.offsets[i + 1]; ++k) {
      const TagScore& candidate = scratch.candidates[k];
      float best = -std::numeric_limits<float>::infinity();
      int32_t best_previous = static_cast<int32_t>(scratch.offsets[i - 1]);
      for (uint32_t p = scratch.offsets[i - 1]; p < scratch.offsets[i]; ++p) {
        float score =
            scratch.scores[p] + lexicon.transition(scratch.candidates[p].tag, candidate.tag);
        if (score > best) {
          best = score;
          best_previous = static_cast<int32_t>(p);
        }
      }
      scratch.scores[k] = best + candidate.score;
      scratch.back[k] = best_previous;
    }
  }
  // Best final state, then follow the back pointers.
  int32_t state = static_cast<int32_t>(scratch.offsets[n - 1]);
  for (uint32_t k = scratch.offsets[n - 1]; k < scratch.offsets[n]; ++k)
    if (scratch.scores[k] > scratch.scores[state]) state = static_cast<int32_t>(k);
  for (size_t i = n; i-- > 0;) {
    tags[i] = scratch.candidates[state].tag;
    state = scratch.back[state];
  }
  if (!all_capitals) {
    repair_verbs(words, tags, scratch);
    // A finite verb found last may settle the repairs that look back to one ("issued a
    // statement deploring ... and appealed/VBD for"): repair once more then.
    const std::vector<Tag> before = tags;
    ensure_finite_verb(words, tags, scratch);
    if (tags != before) repair_verbs(words, tags, scratch);
    repair_nouns_before_times(words, tags, scratch);
    repair_participles_after_stances(words, tags, scratch);
  }
}

namespace {

// Conjunctions that open a clause with its own subject and verb ("since the two countries
// established ...").
bool opens_clause(std::string_view word) {
  return word == "since" || word == "after" || word == "before" || word == "because" ||
         word == "when" || word == "while" || word == "although" || word == "until" ||
         word == "once" || word == "Since" || word == "After" || word == "Before" ||
         word == "Because" || word == "When" || word == "While" || word == "Although";
}

bool is_form_of_have(std::string_view word) {
  return word == "has" || word == "have" || word == "had" || word == "having" || word == "Has" ||
         word == "Have" || word == "Had" || word == "'ve" || word == "'d";
}

bool is_form_of_be_or_do(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "be",  "is",   "are",  "was", "were", "been", "being", "am",   "'s",    "'re",
      "'m",  "do",   "does", "did", "get",  "gets", "got",   "help", "helps", "helped",
      "let", "make", "made", "see", "saw",  "hear", "heard", "watch"};
  for (std::string_view candidate : kWords)
    if (word == candidate) return true;
  return false;
}

// Words that open a stretch of time after a participle ("signed last September", "agreed
// in July", "released Tuesday").
bool opens_time(std::span<const std::string_view> words, size_t at) {
  static constexpr std::string_view kOpeners[] = {
      "last",   "yesterday", "earlier", "Monday",    "Tuesday",  "Wednesday", "Thursday",
      "Friday", "Saturday",  "Sunday",  "January",   "February", "March",     "April",
      "June",   "July",      "August",  "September", "October",  "November",  "December"};
  if (at >= words.size()) return false;
  for (std::string_view opener : kOpeners)
    if (words[at] == opener) return true;
  return false;
}

// Verbs that take a clause after a time ("said on Monday the talks would fail"): never read
// as a participle by the reduced-relative rules.
bool reports_clause(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "said",      "told",     "added",     "announced", "claimed",   "reported",     "stated",
      "warned",    "insisted", "denied",    "predicted", "argued",    "declared",     "confirmed",
      "disclosed", "revealed", "estimated", "agreed",    "decided",   "hoped",        "felt",
      "thought",   "believed", "noted",     "suggested", "indicated", "acknowledged", "admitted",
      "asked",     "say",      "says",      "tell",      "tells",     "believe",      "believes",
      "think",     "thinks",   "hope",      "hopes",     "expect",    "expects",      "expected",
      "know",      "knew",     "knows",     "show",      "shows",     "showed",       "mean",
      "means",     "meant",    "fear",      "fears",     "feared",    "saying",       "claim",
      "claims"};
  for (std::string_view candidate : kWords)
    if (word == candidate) return true;
  return false;
}

bool is_subject_pronoun(std::string_view word) {
  return word == "he" || word == "she" || word == "it" || word == "they" || word == "we" ||
         word == "He" || word == "She" || word == "It" || word == "They" || word == "We" ||
         word == "I" || word == "you" || word == "You";
}

}  // namespace

// Contextual repairs a bigram model cannot make (Brill-style rules over the word's own
// candidate tags, so a word is only ever given a tag the lexicon allows):
//   - after "has/have/had" (adverbs between): a past participle ("has celebrated Eid");
//   - after a subject pronoun: a past tense ("it deplored Libya");
//   - after "and"/"or" when the clause before had a past-tense verb with an object: a past
//     tense ("condemned an attack ... and promised aid"), also for a participle after the
//     conjunction ("attacked the convoy and seized weapons", ", and threatened to");
//   - after a sentence-initial name: a present or past tense ("Ethiopia departs from").
void Tagger::repair_verbs(std::span<const std::string_view> words, std::vector<Tag>& tags,
                          const Scratch& scratch) const {
  const size_t n = tags.size();
  auto can_be = [&](size_t i, Tag tag) { return scratch.allows(i, tag); };
  auto not_a_verb = [&](size_t i) { return !is_verb(tags[i]) && tags[i] != kMD; };
  // A past tense the lexicon allows, or a regular "-ed" form in lower case it knows only as a
  // participle ("killed", "wounded").
  // Where the noun phrase whose words end just before `end` begins: back over nouns,
  // adjectives, determiners, possessives and numbers.
  auto noun_phrase_start = [&](size_t end) {
    size_t start = end;
    while (start > 0 &&
           (is_noun(tags[start - 1]) || is_adjective(tags[start - 1]) || tags[start - 1] == kDT ||
            tags[start - 1] == kPRPS || tags[start - 1] == kPOS || tags[start - 1] == kCD))
      --start;
    return start;
  };
  auto past_form = [&](size_t i) {
    return can_be(i, kVBD) || (words[i].size() > 3 && words[i].ends_with("ed") &&
                               !starts_upper(words[i]) && can_be(i, kVBN));
  };
  // "briefing", "shelling", "making", "stopping": an -ing form of a verb WordNet knows, for
  // the words the tagger's lexicon lists only as nouns. Time nouns are no gerunds.
  auto is_gerund_of_verb = [&](std::string_view word) {
    if (word == "evening" || word == "morning") return false;
    std::string stem(word.substr(0, word.size() - 3));
    for (char& ch : stem) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (lexicon_->is_base_form('v', stem) || lexicon_->is_base_form('v', stem + "e")) return true;
    return stem.size() > 2 && stem[stem.size() - 1] == stem[stem.size() - 2] &&
           lexicon_->is_base_form('v', stem.substr(0, stem.size() - 1));
  };
  auto is_verb_base_form = [&](std::string_view word) {
    std::string form(word);
    for (char& ch : form) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return lexicon_->is_base_form('v', form);
  };
  for (size_t i = 1; i < n; ++i) {
    size_t before = i - 1;
    while (before > 0 && is_adverb(tags[before])) --before;
    const bool regular_participle = words[i].size() > 3 && words[i].ends_with("ed");
    if (is_form_of_have(words[before]) && is_verb(tags[before]) && tags[i] != kVBN &&
        (tags[i] == kJJ || tags[i] == kVBD || is_noun(tags[i])) &&
        (can_be(i, kVBN) || (regular_participle && tags[i] != kNNP && can_be(i, kVBD)) ||
         (regular_participle && tags[i] == kJJ))) {
      tags[i] = kVBN;
      continue;
    }
    // "a claim denied by the chancellor": a past form right after a common noun and right
    // before "by" is a passive participle modifying the noun.
    if (tags[i] == kVBD && i + 1 < n && words[i + 1] == "by" && before == i - 1 &&
        (tags[before] == kNN || tags[before] == kNNS) && i >= 2 &&
        (tags[before - 1] == kDT || tags[before - 1] == kJJ || tags[before - 1] == kPRPS) &&
        (can_be(i, kVBN) || regular_participle) &&
        // not the clause's own verb: a verb comes earlier ("The army denied by then ...")
        std::any_of(tags.begin(), tags.begin() + static_cast<long>(before - 1),
                    [](Tag tag) { return is_verb(tag) || tag == kMD; })) {
      tags[i] = kVBN;
      continue;
    }
    // "who also attacked the town", "which all have troops": a relative pronoun is the
    // subject of the verb after it (adverbs between), which is finite.
    if ((tags[before] == kWP || tags[before] == kWDT) && before < i - 1 && i + 1 < n) {
      if (tags[i] == kVBN && can_be(i, kVBD) &&
          (tags[i + 1] == kDT || is_noun(tags[i + 1]) || tags[i + 1] == kPRP ||
           tags[i + 1] == kPRPS || tags[i + 1] == kCD || is_adjective(tags[i + 1]))) {
        tags[i] = kVBD;
        continue;
      }
      if (tags[i] == kVB && can_be(i, kVBP)) {
        tags[i] = kVBP;
        continue;
      }
    }
    if (is_subject_pronoun(words[i - 1]) && not_a_verb(i) && can_be(i, kVBD) &&
        (tags[i] == kJJ || tags[i] == kNN || tags[i] == kVBN)) {
      tags[i] = kVBD;
      continue;
    }
    if (tags[i - 1] == kCC && tags[i] == kJJ && can_be(i, kVBD) && i + 1 < n &&
        !is_adjective(tags[i + 1])) {
      // The nearest verb before the conjunction, and a noun between it and the conjunction.
      size_t verb = i - 1;
      bool noun_between = false;
      while (verb > 0 && !is_verb(tags[verb - 1])) {
        --verb;
        noun_between = noun_between || is_noun(tags[verb]) || tags[verb] == kPRP;
      }
      if (verb > 0 && tags[verb - 1] == kVBD && noun_between) {
        tags[i] = kVBD;
        continue;
      }
    }
    // "López Obrador also accused the United States": a participle after a name that opens
    // the clause, with an object after it and no verb before it, is a past tense.
    // So does a plural noun ("Police arrested the leader"), and a base form after such a
    // subject is a present tense ("Fornost and Gondor welcome a resumption").
    // And "Gordon Brown also denied that ...", "The minister later denied that ...": no
    // participle takes a "that" clause right after a noun that opens the clause.
    const bool that_clause = tags[i] == kVBN && i + 1 < n && words[i + 1] == "that";
    if ((tags[i] == kVBN || tags[i] == kVB) &&
        (is_proper_noun(tags[before]) || tags[before] == kNNS ||
         (that_clause && tags[before] == kNN)) &&
        i + 1 < n &&
        (tags[i + 1] == kDT || is_proper_noun(tags[i + 1]) || tags[i + 1] == kPRP ||
         tags[i + 1] == kCD || tags[i + 1] == kPRPS || that_clause) &&
        std::none_of(tags.begin(), tags.begin() + static_cast<long>(before),
                     [](Tag tag) { return is_verb(tag) || tag == kMD || tag == kTO; })) {
      if (tags[i] == kVBN && (can_be(i, kVBD) || regular_participle)) {
        tags[i] = kVBD;
        continue;
      }
      // After one name a base form is no present tense ("Gondor welcome"), after names
      // joined by a conjunction it is.
      const bool plural_subject =
          tags[before] != kNNP ||
          std::any_of(tags.begin(), tags.begin() + static_cast<long>(before),
                      [](Tag tag) { return tag == kCC; });
      if (tags[i] == kVB && plural_subject && can_be(i, kVBP)) {
        tags[i] = kVBP;
        continue;
      }
    }
    // "since the two countries established diplomatic relations": a participle with an object,
    // right after the noun phrase that a subordinating conjunction opens, is that clause's
    // past tense.
    // So is one before "to" after "as" that follows a verb or opens the sentence ("came as the
    // leader prepared to attend"; not "such as the troops sent to").
    if (tags[i] == kVBN && is_noun(tags[before]) && i + 1 < n && can_be(i, kVBD) &&
        (tags[i + 1] == kDT || tags[i + 1] == kJJ || tags[i + 1] == kPRPS || tags[i + 1] == kCD ||
         is_noun(tags[i + 1]) || tags[i + 1] == kTO)) {
      size_t start = before;
      while (start > 0 &&
             (tags[start - 1] == kDT || tags[start - 1] == kJJ || tags[start - 1] == kCD ||
              tags[start - 1] == kPRPS || tags[start - 1] == kPOS || is_noun(tags[start - 1])))
        --start;
      const bool clause_as = start > 0 && tags[start - 1] == kIN &&
                             (words[start - 1] == "as" || words[start - 1] == "As") &&
                             (start == 1 || is_verb(tags[start - 2]));
      const bool opener = start > 0 && tags[start - 1] == kIN && opens_clause(words[start - 1]);
      if ((opener && tags[i + 1] != kTO) || (clause_as && tags[i + 1] == kTO)) {
        tags[i] = kVBD;
        continue;
      }
    }
    // "would help smash the gangs", "helped end the war": after "help" a word that can be a
    // base-form verb, with a noun phrase after it, is that verb.
    if (is_noun(tags[i]) && can_be(i, kVB) && i + 1 < n &&
        (words[i - 1] == "help" || words[i - 1] == "helps" || words[i - 1] == "helped" ||
         words[i - 1] == "helping") &&
        (tags[i + 1] == kDT || tags[i + 1] == kPRPS || is_noun(tags[i + 1]) || tags[i + 1] == kJJ ||
         tags[i + 1] == kCD)) {
      tags[i] = kVB;
      continue;
    }
    // "will anger hundreds of workers": after a modal (adverbs between) a noun that can be a
    // base-form verb (in the lexicon, or a verb's base form in WordNet) is that verb.
    if ((tags[i] == kNN || tags[i] == kNNS) && tags[before] == kMD &&
        (can_be(i, kVB) || (tags[i] == kNN && is_verb_base_form(words[i])))) {
      tags[i] = kVB;
      continue;
    }
    // "Yugoslav government plans to stop subsidising firms will anger workers": a plural noun
    // read as a verb after the common noun that ends the sentence's opening noun phrase,
    // before an infinitive, is the head of that phrase when a modal follows in the same
    // clause (no comma, conjunction, relative or subordinator between, nor a pronoun
    // subject of its own: "plans to sell firms it will own").
    if (tags[i] == kVBZ && can_be(i, kNNS) && !is_form_of_be_or_do(words[i]) &&
        !is_form_of_have(words[i]) && tags[i - 1] == kNN && i + 2 < n && tags[i + 1] == kTO &&
        tags[i + 2] == kVB &&
        std::all_of(tags.begin(), tags.begin() + static_cast<long>(i), [](Tag tag) {
          return tag == kDT || is_adjective(tag) || is_noun(tag) || tag == kCD || tag == kPOS ||
                 tag == kPRPS;
        })) {
      bool finite_after = false;
      for (size_t k = i + 3; k < n; ++k) {
        const Tag tag = tags[k];
        if (tag == kComma || tag == kCC || tag == kWDT || tag == kWP || tag == kColon ||
            (tag == kIN && (opens_clause(words[k]) || words[k] == "that" || words[k] == "if" ||
                            words[k] == "because" || words[k] == "as")))
          break;
        // Only a modal: a present or past tense there is as often a noun the bigram model
        // misread ("plans to introduce a futures contract/VBP based on").
        if (is_finite_verb(tag)) {
          finite_after = tag == kMD && tags[k - 1] != kPRP;
          break;
        }
      }
      if (finite_after) {
        tags[i] = kNNS;
        continue;
      }
    }
    // "is about to restore": a preposition before the infinitive, as the treebank has it.
    if (tags[i] == kTO && (words[i - 1] == "about" || words[i - 1] == "About") &&
        tags[i - 1] == kRB) {
      tags[i - 1] = kIN;
      continue;
    }
    // A base-form verb right after a full verb (adverbs between) is no verb: "has marched
    // very close to the border".
    if (tags[i] == kVB && is_verb(tags[before]) && before < i && !is_form_of_have(words[before]) &&
        !is_form_of_be_or_do(words[before]) && (can_be(i, kRB) || can_be(i, kJJ))) {
      tags[i] = can_be(i, kRB) ? kRB : kJJ;
      continue;
    }
    // "expressed qualified optimism": a participle between a full verb and a noun is the
    // noun's adjective, not a second verb.
    if (tags[i] == kVBN && before < i &&
        (tags[before] == kVBD || tags[before] == kVBZ || tags[before] == kVBP ||
         tags[before] == kVB || tags[before] == kVBG) &&
        !is_form_of_have(words[before]) && !is_form_of_be_or_do(words[before]) && i + 1 < n &&
        (tags[i + 1] == kNN || tags[i + 1] == kNNS) && can_be(i, kJJ)) {
      tags[i] = kJJ;
      continue;
    }
    // "an offer of naval escorts.", "of U.S. Naval escorts as": a plural noun read as a verb
    // at the end of a noun phrase that a preposition opens (after an adjective, or after
    // names), before the sentence's end, a comma, a preposition or an adverb, ends that
    // noun phrase: a preposition's object takes no verb.
    if (tags[i] == kVBZ && words[i].ends_with("s") &&
        (i + 1 == n || tags[i + 1] == kPeriod || tags[i + 1] == kComma || tags[i + 1] == kIN ||
         tags[i + 1] == kRB)) {
      size_t start = i;
      while (start > 0 && (is_adjective(tags[start - 1]) || tags[start - 1] == kNN ||
                           is_proper_noun(tags[start - 1])))
        --start;
      // (A preposition, not a subordinator: "before Prime Minister Nakasone leaves for".)
      const bool after_preposition =
          start < i && start > 0 && tags[start - 1] == kIN &&
          (words[start - 1] == "of" || words[start - 1] == "with" || words[start - 1] == "for" ||
           words[start - 1] == "from" || words[start - 1] == "on" || words[start - 1] == "in" ||
           words[start - 1] == "at" || words[start - 1] == "by" || words[start - 1] == "against" ||
           words[start - 1] == "about" || words[start - 1] == "into");
      const bool modifier_before =
          is_adjective(tags[i - 1]) ||
          (is_proper_noun(tags[i - 1]) && i >= 2 && is_proper_noun(tags[i - 2]));
      if (after_preposition && modifier_before) {
        tags[i] = kNNS;
        continue;
      }
    }
    // "to keep the Gulf sealanes open": an -s word read as a verb right after a verb's object
    // that is a determiner and a name, before an adjective, a preposition or the end of the
    // clause, is that object's plural head: an object takes no verb of its own there.
    if (tags[i] == kVBZ && words[i].ends_with("s") && i >= 3 && tags[i - 2] == kDT &&
        is_proper_noun(tags[i - 1]) &&
        (tags[i - 3] == kVB || tags[i - 3] == kVBG || tags[i - 3] == kVBN) && i + 1 < n &&
        (tags[i + 1] == kJJ || tags[i + 1] == kIN || tags[i + 1] == kPeriod ||
         tags[i + 1] == kComma)) {
      tags[i] = kNNS;
      continue;
    }
    // "crowds burned": a plural noun read as a verb before a participle or past tense,
    // where the first word is no auxiliary.
    if (tags[i - 1] == kVBZ && (tags[i] == kVBN || tags[i] == kVBD) && can_be(i - 1, kNNS) &&
        !(words[i - 1] == "is" || words[i - 1] == "has" || words[i - 1] == "was" ||
          words[i - 1] == "does" || words[i - 1] == "gets" || words[i - 1] == "seems")) {
      tags[i - 1] = kNNS;
      if (can_be(i, kVBD)) tags[i] = kVBD;
      continue;
    }
    // "The pact, agreed last July, called for Tokyo to end dumping": a past form between
    // commas right after a noun is a participle, and the past form after the second comma is
    // the sentence's verb. (Not a verb of saying: "The pact, said officials, ...".)
    if ((tags[i] == kVBD || tags[i] == kVBN) && i >= 2 && tags[i - 1] == kComma &&
        is_noun(tags[i - 2]) && can_be(i, kVBN) && words[i] != "said" && words[i] != "told" &&
        words[i] != "added" && words[i] != "noted") {
      size_t comma = i + 1;
      while (comma < n && comma < i + 9 && tags[comma] != kComma && !is_finite_verb(tags[comma]) &&
             tags[comma] != kMD && tags[comma] != kVBN)
        ++comma;
      if (comma + 1 < n && comma < i + 9 && tags[comma] == kComma &&
          (tags[comma + 1] == kVBN || tags[comma + 1] == kVBD) && can_be(comma + 1, kVBD)) {
        tags[i] = kVBN;
        tags[comma + 1] = kVBD;
        continue;
      }
    }
    // "had killed or wounded 2,600 Iraqis": a word after "and"/"or" that can be the same verb
    // form as the bare participle or past tense before the conjunction is that form.
    if (tags[i] == kJJ && i >= 2 && tags[i - 1] == kCC &&
        (tags[i - 2] == kVBN || tags[i - 2] == kVBD) && can_be(i, tags[i - 2])) {
      tags[i] = tags[i - 2];
      continue;
    }
    // "unless developed countries lower their interest rates": a base form after a plural
    // subject that a subordinating conjunction opens is a present tense.
    if (tags[i] == kVB && i >= 2 && (tags[i - 1] == kNNS || tags[i - 1] == kNNPS) &&
        can_be(i, kVBP) && i + 1 < n && !is_verb(tags[i + 1])) {
      size_t start = i - 1;
      while (start > 0 &&
             (is_noun(tags[start - 1]) || is_adjective(tags[start - 1]) || tags[start - 1] == kDT ||
              tags[start - 1] == kPRPS || tags[start - 1] == kCD))
        --start;
      if (start > 0 && (words[start - 1] == "unless" || words[start - 1] == "if" ||
                        opens_clause(words[start - 1]))) {
        tags[i] = kVBP;
        continue;
      }
    }
    // "Iraq said its forces killed or wounded 15,000 Iranian Revolutionary Guards": two past
    // forms joined by "or"/"and" with an object after them, right after the subject of a
    // reported clause, are that clause's past tenses.
    if ((tags[i] == kVBN || tags[i] == kVBD) && i >= 2 && i + 3 < n && tags[i + 1] == kCC &&
        (words[i + 1] == "or" || words[i + 1] == "and") &&
        (tags[i + 2] == kVBN || tags[i + 2] == kVBD || tags[i + 2] == kJJ) && past_form(i) &&
        past_form(i + 2) && is_noun(tags[i - 1]) &&
        (tags[i + 3] == kCD || tags[i + 3] == kDT || tags[i + 3] == kPRPS ||
         is_adjective(tags[i + 3]) || is_noun(tags[i + 3]))) {
      const size_t start = noun_phrase_start(i - 1);
      if (start > 0 && is_verb(tags[start - 1]) && reports_clause(words[start - 1])) {
        tags[i] = kVBD;
        tags[i + 2] = kVBD;
        continue;
      }
    }
    // "killed three soldiers and seized weapons", "accused Iraq of attacking its ships, and
    // threatened to retaliate": a participle after a conjunction (a comma before it or not),
    // where the nearest finite verb or participle before is a full verb's past tense, is a
    // past tense too, unless it modifies a subject ("and wounded civilians were taken").
    if (tags[i] == kVBN && tags[i - 1] == kCC && can_be(i, kVBD) && i >= 2) {
      size_t verb = i - 1;
      while (verb > 0 && !(is_finite_verb(tags[verb - 1]) || tags[verb - 1] == kVBN)) --verb;
      size_t after = i + 1;
      while (after < n && (is_noun(tags[after]) || is_adjective(tags[after]) ||
                           tags[after] == kCD || tags[after] == kDT))
        ++after;
      const bool modifies_subject =
          after > i + 1 && after < n && (is_finite_verb(tags[after]) || tags[after] == kMD);
      if (verb > 0 && tags[verb - 1] == kVBD && !is_form_of_have(words[verb - 1]) &&
          !is_form_of_be_or_do(words[verb - 1]) && !modifies_subject) {
        tags[i] = kVBD;
        continue;
      }
    }
    // "scaling a pole and unfurling giant banners": an -ing word after a conjunction whose
    // nearest verb before is a gerund is a gerund too.
    if ((tags[i] == kJJ || tags[i] == kNN) && tags[i - 1] == kCC && words[i].ends_with("ing") &&
        i + 1 < n && (can_be(i, kVBG) || is_gerund_of_verb(words[i]))) {
      size_t verb = i - 1;
      while (verb > 0 && !is_verb(tags[verb - 1]) && tags[verb - 1] != kMD) --verb;
      if (verb > 0 && tags[verb - 1] == kVBG && verb + 1 < i) {
        tags[i] = kVBG;
        continue;
      }
    }
    // "Libyan forces are still bombing the airstrip": an -ing word after a form of "be"
    // (adverbs between), before its object, is the progressive's participle. So is one with
    // no object, before a preposition, an adverb or the sentence's end: "negotiators have been
    // meeting for more than a year" (a noun after "be" takes a determiner: "was a meeting").
    if (tags[i] == kNN && words[i].size() > 5 && words[i].ends_with("ing") && before < i &&
        (words[before] == "is" || words[before] == "are" || words[before] == "was" ||
         words[before] == "were" || words[before] == "been" || words[before] == "be") &&
        is_verb(tags[before]) &&
        (i + 1 == n || tags[i + 1] == kDT || is_proper_noun(tags[i + 1]) || tags[i + 1] == kPRPS ||
         tags[i + 1] == kCD || tags[i + 1] == kIN || tags[i + 1] == kTO || is_adverb(tags[i + 1]) ||
         tags[i + 1] == kPeriod || tags[i + 1] == kComma) &&
        (can_be(i, kVBG) || is_gerund_of_verb(words[i]))) {
      tags[i] = kVBG;
      continue;
    }
    // "after briefing opposition leaders": an -ing word after a preposition of time or means,
    // before its object, is a gerund.
    if (tags[i] == kNN && words[i].size() > 5 && words[i].ends_with("ing") && i + 1 < n &&
        (words[i - 1] == "after" || words[i - 1] == "before" || words[i - 1] == "while" ||
         words[i - 1] == "upon" || words[i - 1] == "by" || words[i - 1] == "without" ||
         words[i - 1] == "since") &&
        (tags[i + 1] == kDT || tags[i + 1] == kNNS || is_proper_noun(tags[i + 1]) ||
         tags[i + 1] == kPRPS || tags[i + 1] == kCD || tags[i + 1] == kJJ ||
         (tags[i + 1] == kNN && i + 2 < n && (tags[i + 2] == kNN || tags[i + 2] == kNNS))) &&
        (can_be(i, kVBG) || is_gerund_of_verb(words[i]))) {
      tags[i] = kVBG;
      continue;
    }
    // "Labour poster plans attacking Mr Howard": a plural noun read as a verb right after
    // a common noun and before a gerund ends a compound noun ("plans attacking" is no verb
    // phrase: the verb "plan" takes an infinitive).
    if (tags[i - 1] == kVBZ && tags[i] == kVBG && i >= 2 && tags[i - 2] == kNN &&
        can_be(i - 1, kNNS) &&
        !(words[i - 1] == "is" || words[i - 1] == "has" || words[i - 1] == "does" ||
          words[i - 1] == "gets" || words[i - 1] == "keeps")) {
      tags[i - 1] = kNNS;
      continue;
    }
    // "toured Gulf Arab states saying": a plural noun read as a verb before a gerund, where
    // the noun phrase it ends is the object of a verb or a preposition.
    if (tags[i - 1] == kVBZ && tags[i] == kVBG && i >= 2 && can_be(i - 1, kNNS) &&
        !(words[i - 1] == "is" || words[i - 1] == "has" || words[i - 1] == "does" ||
          words[i - 1] == "gets" || words[i - 1] == "keeps")) {
      const size_t start = noun_phrase_start(i - 1);
      if (start > 0 && start < i - 1 &&
          (tags[start - 1] == kVBD || tags[start - 1] == kIN || tags[start - 1] == kVBG)) {
        tags[i - 1] = kNNS;
        continue;
      }
    }
    // "Ethiopia departs from Libya": a name opening the sentence, then a word read as a
    // plural noun that can be a verb, then a word that cannot continue a noun phrase.
    if ((tags[i] == kNNS || tags[i] == kNN) && is_proper_noun(tags[i - 1]) && i + 1 < n &&
        (tags[i + 1] == kIN || tags[i + 1] == kDT || tags[i + 1] == kTO || tags[i + 1] == kPRPS ||
         tags[i + 1] == kRB)) {
      size_t start = i - 1;
      while (start > 0 && is_proper_noun(tags[start - 1])) --start;
      if (start != 0) continue;
      if (tags[i] == kNNS && can_be(i, kVBZ))
        tags[i] = kVBZ;
      else if (tags[i] == kNN && can_be(i, kVBP) && tags[i - 1] != kNNP)
        tags[i] = kVBP;
      else if (tags[i] == kNN && can_be(i, kVBD))
        tags[i] = kVBD;
    }
  }
  // After the repairs above have settled the nouns ("terror suspects/NNS"):
  for (size_t i = 1; i < n; ++i) {
    // "raided alleged ANC bases", "arrested suspected militants", "the alleged plot": these
    // participles before a noun, after a verb (not "had alleged"), a preposition or a
    // determiner, are adjectives.
    if ((tags[i] == kVBN || tags[i] == kVBD) &&
        (words[i] == "alleged" || words[i] == "suspected" || words[i] == "purported") &&
        i + 1 < n && (is_noun(tags[i + 1]) || is_adjective(tags[i + 1])) &&
        (tags[i - 1] == kIN || tags[i - 1] == kDT ||
         (is_verb(tags[i - 1]) && !is_form_of_have(words[i - 1]) &&
          !is_form_of_be_or_do(words[i - 1])))) {
      tags[i] = kJJ;
      // "Police arrested/VBN suspected/VBN militants": with the participle gone, the verb
      // after the subject is the clause's past tense.
      if (tags[i - 1] == kVBN && i >= 2 && is_noun(tags[i - 2]) && can_be(i - 1, kVBD))
        tags[i - 1] = kVBD;
      continue;
    }
    // "was tortured or abused": an adjective after a form of "be" that can be the participle
    // joined by a conjunction to the participle after it is that participle too.
    if (tags[i] == kJJ && (can_be(i, kVBN) || words[i].ends_with("ed")) && i + 2 < n &&
        tags[i + 1] == kCC && tags[i + 2] == kVBN && is_form_of_be_or_do(words[i - 1])) {
      tags[i] = kVBN;
      continue;
    }
    // "offering further military support": a comparative adverb that can be an adjective,
    // right after a verb and before a noun (adjectives between), modifies the noun.
    if (tags[i] == kRBR && is_verb(tags[i - 1]) && i + 1 < n && can_be(i, kJJ)) {
      size_t noun = i + 1;
      while (noun < n && is_adjective(tags[noun])) ++noun;
      if (noun < n && (tags[noun] == kNN || tags[noun] == kNNS)) {
        tags[i] = kJJ;
        continue;
      }
    }
    // "helped to plan and carry out killings", "agreed to study and report on it": verbs
    // joined by a conjunction after "to" are both base forms, where one reads as a noun.
    if (tags[i] == kNN && can_be(i, kVB)) {
      const bool before_verb =
          tags[i - 1] == kTO && i + 2 < n && tags[i + 1] == kCC && tags[i + 2] == kVB;
      const bool after_verb =
          i >= 3 && tags[i - 1] == kCC && tags[i - 2] == kVB && tags[i - 3] == kTO &&
          (i + 1 == n || tags[i + 1] == kIN || tags[i + 1] == kDT || tags[i + 1] == kPRP ||
           tags[i + 1] == kPRPS || tags[i + 1] == kRP || is_punctuation(tags[i + 1]));
      if (before_verb || after_verb) {
        tags[i] = kVB;
        continue;
      }
    }
    // "called for the release of inmates and suspects detained without trial": a past tense
    // right after the noun phrase that a verb's prepositional phrase holds, with a preposition
    // after it, is a participle modifying that noun (a preposition's object is no subject).
    // Not after a preposition that opens a clause ("called for calm after police fired on").
    // "That pact, agreed last year after months of negotiations, calls on Japan": a past
    // tense between commas after a noun, with a time or a preposition after it and no verb
    // before the closing comma, where a finite verb follows, is a participle on the noun.
    if (tags[i] == kVBD && can_be(i, kVBN) && i >= 2 && tags[i - 1] == kComma &&
        is_noun(tags[i - 2]) && i + 1 < n &&
        (opens_time(words, i + 1) || (tags[i + 1] == kIN && words[i + 1] != "that"))) {
      size_t close = i + 1;
      bool verb = false;
      while (close < n && tags[close] != kComma) {
        verb = verb || is_verb(tags[close]) || tags[close] == kMD;
        ++close;
      }
      if (!verb && close + 1 < n && is_finite_verb(tags[close + 1])) {
        tags[i] = kVBN;
        continue;
      }
    }
    // ("keep a pact with the United States on the microchip trade signed last September": so
    // is a past tense with a time after it.)
    if (tags[i] == kVBD && can_be(i, kVBN) && i + 1 < n &&
        ((tags[i + 1] == kIN && words[i + 1] != "that") ||
         (opens_time(words, i + 1) && !reports_clause(words[i]))) &&
        (tags[i - 1] == kNN || tags[i - 1] == kNNS)) {
      size_t start = i - 1;
      bool preposition = false, clause = false;
      while (start > 0) {
        const Tag previous = tags[start - 1];
        if (previous == kIN) {
          preposition = true;
          // ("as the result of an agreement reached last year": "as" before "the result" is
          // a preposition, no clause.)
          const bool as_result = words[start - 1] == "as" && start + 1 < n &&
                                 (words[start] == "the" || words[start] == "a") &&
                                 words[start + 1] == "result";
          clause = clause || opens_clause(words[start - 1]) ||
                   (words[start - 1] == "as" && !as_result) || words[start - 1] == "that" ||
                   words[start - 1] == "if" || words[start - 1] == "than" ||
                   words[start - 1] == "because";
        } else if (!(previous == kDT || previous == kPDT || is_adjective(previous) ||
                     previous == kCD || is_noun(previous) || previous == kPOS ||
                     previous == kPRPS || previous == kCC)) {
          break;
        }
        --start;
      }
      if (start > 0 && preposition && !clause && tags[start] == kIN && is_verb(tags[start - 1])) {
        tags[i] = kVBN;
      } else if (start > 0 && !clause && tags[start] != kIN && tags[start] != kCC &&
                 is_verb(tags[start - 1]) && !reports_clause(words[start - 1]) &&
                 !is_form_of_be_or_do(words[start - 1]) &&
                 (opens_time(words, i + 1) || words[i + 1] == "in" || words[i + 1] == "by" ||
                  words[i + 1] == "at") &&
                 !reports_clause(words[i])) {
        // The object of a verb that takes no clause: "keep a pact ... signed last September".
        tags[i] = kVBN;
      }
    }
  }
  // "Iranian forces smashed four Iraqi brigades, killed or wounded 1,500 Iraqi soldiers and
  // destroyed 45 tanks": after a past tense and its object, a past form after the comma (with
  // another joined to it by "or"/"and") that takes an object of its own is the next verb of
  // the list, not a participle on the object.
  for (size_t i = 3; i + 1 < n; ++i) {
    if (tags[i] != kVBN || tags[i - 1] != kComma || !can_be(i, kVBD)) continue;
    const size_t start = noun_phrase_start(i - 1);
    if (start == 0 || start == i - 1 || tags[start - 1] != kVBD) continue;
    size_t object = i + 1;
    // (A regular "-ed" form is a past tense too where the lexicon lists only the participle:
    // "wounded".)
    const bool pair = object + 1 < n && tags[object] == kCC && tags[object + 1] == kVBN &&
                      (can_be(object + 1, kVBD) || words[object + 1].ends_with("ed"));
    if (pair) object += 2;
    if (object >= n || !(tags[object] == kCD || tags[object] == kDT || tags[object] == kPRPS ||
                         is_adjective(tags[object]) || tags[object] == kNNS))
      continue;
    // A later past tense joined by "and" closes the list ("and destroyed/VBD").
    bool closed = false;
    for (size_t k = object; k + 1 < n && !closed; ++k)
      closed = tags[k] == kCC && tags[k + 1] == kVBD;
    if (!closed) continue;
    tags[i] = kVBD;
    if (pair) tags[i + 2] = kVBD;
  }
  // "A 500-page report released Tuesday in the Rwandan capital alleged that ...": the first
  // verb after the subject that opens the sentence is read as the past tense and the later
  // one as a participle, but the later one has the object or the that-clause and the first
  // only a time or a place: the first is a participle modifying the subject (a reduced
  // relative) and the later one is the clause's verb.
  size_t first = 0;
  while (first < n && (is_noun(tags[first]) || tags[first] == kDT || is_adjective(tags[first]) ||
                       tags[first] == kCD || tags[first] == kPOS || tags[first] == kPRPS))
    ++first;
  if (first == 0 || first + 2 >= n || tags[first] != kVBD || !can_be(first, kVBN) ||
      is_form_of_be_or_do(words[first]) || is_form_of_have(words[first]))
    return;
  // "The accord signed last year between France and Yugoslavia calls for ...": a time right
  // after the first verb, then only prepositional phrases up to a present tense or a modal,
  // make the first verb a participle on the subject.
  if (!reports_clause(words[first]) && opens_time(words, first + 1)) {
    size_t i = first + 1;
    while (i < n && (tags[i] == kJJ || tags[i] == kNN || tags[i] == kNNP || tags[i] == kCD ||
                     tags[i] == kNNS))
      ++i;
    while (i < n && tags[i] == kIN && words[i] != "that") {
      ++i;
      while (i < n && (tags[i] == kDT || is_adjective(tags[i]) || is_noun(tags[i]) ||
                       tags[i] == kCD || tags[i] == kCC || tags[i] == kPOS))
        ++i;
    }
    if (i < n && (tags[i] == kVBZ || tags[i] == kVBP || tags[i] == kMD)) {
      tags[first] = kVBN;
      return;
    }
  }
  // The first verb's own words: no object (a time or place only), up to the later verb.
  if (tags[first + 1] == kDT || tags[first + 1] == kPRP || tags[first + 1] == kPRPS) return;
  for (size_t i = first + 1; i + 1 < n; ++i) {
    if (is_verb(tags[i]) || tags[i] == kMD) {
      const bool object_after = tags[i + 1] == kDT || tags[i + 1] == kPRP || tags[i + 1] == kPRPS ||
                                is_proper_noun(tags[i + 1]) || words[i + 1] == "that";
      if (tags[i] == kVBN && is_noun(tags[i - 1]) && can_be(i, kVBD) && object_after) {
        tags[first] = kVBN;
        tags[i] = kVBD;
      }
      return;
    }
    if (tags[i] == kComma || tags[i] == kCC || tags[i] == kWDT || tags[i] == kWP) return;
  }
}

// "launched its northern offensive last Tuesday": a word the lexicon allows as an adjective
// or a noun, after a determiner or possessive and adjectives and before a time ("last
// Tuesday", "yesterday"), ends its noun phrase: a noun, since the time follows no adjective.
void Tagger::repair_nouns_before_times(std::span<const std::string_view> words,
                                       std::vector<Tag>& tags, const Scratch& scratch) const {
  const size_t n = tags.size();
  for (size_t i = 1; i + 1 < n; ++i) {
    if (tags[i] != kJJ || !opens_time(words, i + 1) || words[i + 1] == "earlier") continue;
    size_t start = i;
    while (start > 0 && is_adjective(tags[start - 1])) --start;
    if (scratch.allows(i, kNN) && start > 0 && (tags[start - 1] == kDT || tags[start - 1] == kPRPS))
      tags[i] = kNN;
  }
}

// "has come under growing criticism from the United States", "amid mounting pressure": an
// -ing word the lexicon allows as an adjective, after a preposition of circumstance and
// before a noun that ends its phrase, describes the noun; no one is growing anything.
void Tagger::repair_participles_after_stances(std::span<const std::string_view> words,
                                              std::vector<Tag>& tags,
                                              const Scratch& scratch) const {
  const size_t n = tags.size();
  for (size_t i = 1; i + 1 < n; ++i) {
    if (tags[i] != kVBG || tags[i - 1] != kIN || !scratch.allows(i, kJJ)) continue;
    static constexpr std::string_view kStances[] = {"under",   "amid",   "amidst", "despite",
                                                    "against", "Under",  "Amid",   "Amidst",
                                                    "Despite", "Against"};
    if (std::find(std::begin(kStances), std::end(kStances), words[i - 1]) == std::end(kStances))
      continue;
    if (tags[i + 1] != kNN && tags[i + 1] != kNNS) continue;
    if (i + 2 < n && (tags[i + 2] == kDT || is_noun(tags[i + 2]) || is_adjective(tags[i + 2])))
      continue;  // "despite raising the tariffs": an object follows
    tags[i] = kJJ;
  }
}

// A bigram model often misses the verb of a short clause ("The leaders held/VBN talks",
// "Ethiopia act/NN on ..."). When a sentence has no finite verb, the first word after a
// noun or pronoun that can be one becomes one. A regular participle in -ed is also a past
// tense there where the lexicon saw it only as a participle ("Police arrested/VBN suspected
// militants"), when it follows the subject and is in lower case (not "Subs Not Used:").
void Tagger::ensure_finite_verb(std::span<const std::string_view> words, std::vector<Tag>& tags,
                                const Scratch& scratch) const {
  const size_t n = tags.size();
  if (n < 3) return;
  bool any_verb = false;
  for (Tag tag : tags) {
    if (is_finite_verb(tag)) return;
    any_verb = any_verb || is_verb(tag);
  }
  auto best_finite = [&](size_t i) {
    Tag best = kTagCount;
    float best_score = -1e30f;
    for (uint32_t k = scratch.offsets[i]; k < scratch.offsets[i + 1]; ++k) {
      const TagScore& candidate = scratch.candidates[k];
      if ((candidate.tag == kVBD || candidate.tag == kVBZ || candidate.tag == kVBP) &&
          candidate.score > best_score) {
        best = candidate.tag;
        best_score = candidate.score;
      }
    }
    return best;
  };
  for (size_t i = 1; i + 1 < n; ++i) {
    // The subject may be separated from its verb by adverbs: "López Obrador also accused".
    size_t before = i - 1;
    while (before > 0 && is_adverb(tags[before])) --before;
    // A subject may carry a participle and an adverb: "EC ministers meeting here issued".
    const bool after_participle =
        tags[before] == kVBG && before > 0 && is_noun(tags[before - 1]) && before + 1 < i;
    // "Some interpreted the move as ...": a quantifier opening the sentence stands alone as
    // its subject.
    const bool quantifier_subject =
        before == 0 && (tags[0] == kDT || tags[0] == kJJ) &&
        (words[0] == "Some" || words[0] == "Many" || words[0] == "Most" || words[0] == "Several" ||
         words[0] == "Others" || words[0] == "Both" || words[0] == "All" || words[0] == "Few");
    const bool after_subject =
        is_noun(tags[before]) || tags[before] == kPRP || after_participle || quantifier_subject;
    // "The US commander in Iraq, General David Petraeus, held talks"
    const bool after_apposition =
        tags[i - 1] == kComma && tags[i] == kVBN && i >= 2 && is_noun(tags[i - 2]);
    if (!after_subject && !after_apposition) continue;
    if (any_verb && tags[i] != kVBN) continue;
    Tag finite = best_finite(i);
    if (finite == kTagCount && after_subject && tags[i] == kVBN && words[i].size() > 3 &&
        words[i].ends_with("ed") && !starts_upper(words[i]))
      finite = kVBD;
    if (finite == kTagCount) continue;
    if (tags[i] == kVBN && finite != kVBD) continue;
    tags[i] = finite;
    return;
  }
}

}  // namespace herald::syntax
