#include "extract/speaker_finder.h"

#include <algorithm>
#include <optional>
#include <unordered_map>

#include "extract/name_matching.h"
#include "extract/speaker_phrase.h"
#include "text/normalize.h"

namespace herald::extract {
namespace {

class SpeakerFinder {
 public:
  SpeakerFinder(const Document& document, const ScannedDocument& scanned,
                const EntityLexicon& lexicon, const Gazetteer& gazetteer)
      : document_(document),
        scanned_(scanned),
        lexicon_(lexicon),
        gazetteer_(gazetteer),
        mention_by_end_(mentions_by_end(document)),
        dateline_country_(dateline_country()) {}

  std::vector<SpeechVerb> run(const std::vector<QuoteMarks>& raw) {
    collect_attributions(raw);
    return std::move(verbs_);
  }

 private:
  bool inside_any(uint32_t offset, const std::vector<QuoteMarks>& raw) const {
    for (const QuoteMarks& quote : raw)
      if (offset >= quote.open && offset < quote.close_end) return true;
    return false;
  }

  // The person (or organisation) mention nearest before `word` in its sentence, within
  // `reach` words, not inside a quote.
  int32_t mention_before(uint32_t word, uint32_t sentence_first, size_t reach,
                         const std::vector<QuoteMarks>& raw) const {
    const uint32_t limit_offset =
        scanned_.words[word >= reach + sentence_first ? word - reach : sentence_first].span.begin;
    const uint32_t verb_offset = scanned_.words[word].span.begin;
    int32_t best = -1;
    for (size_t index = 0; index < document_.mentions.size(); ++index) {
      const Mention& mention = document_.mentions[index];
      if (mention.kind != MentionKind::kPerson && mention.kind != MentionKind::kOrganization)
        continue;
      if (mention.span.end > verb_offset || mention.span.begin < limit_offset) continue;
      if (inside_any(mention.span.begin, raw)) continue;
      if (best < 0 || mention.span.begin > document_.mentions[best].span.begin ||
          (mention.span.begin == document_.mentions[best].span.begin &&
           mention.kind == MentionKind::kPerson))
        best = static_cast<int32_t>(index);
    }
    // A person is the speaker unless an organisation stands right before the verb ("the
    // Foreign Ministry said"): "Speaking to Al-Jazeera, Mr Galloway said".
    if (best >= 0 && document_.mentions[best].kind == MentionKind::kOrganization) {
      const uint32_t gap_words = static_cast<uint32_t>(
          word -
          std::min<uint32_t>(word, scanned_.word_at_or_after(document_.mentions[best].span.end)));
      // "Alexander Ivanov, head of the Gulf desk at the Soviet Foreign Ministry, told": the
      // person before an appositive is the speaker.
      bool appositive = false;
      for (size_t index = 0; index < document_.mentions.size() && !appositive; ++index) {
        const Mention& mention = document_.mentions[index];
        if (mention.kind != MentionKind::kPerson || mention.span.begin < limit_offset ||
            mention.span.end > document_.mentions[best].span.begin)
          continue;
        const uint32_t after = scanned_.word_at_or_after(mention.span.end);
        appositive = after < scanned_.words.size() && scanned_.norms[after] == ",";
      }
      if (gap_words > 1 || appositive) {
        int32_t person = -1;
        for (size_t index = 0; index < document_.mentions.size(); ++index) {
          const Mention& mention = document_.mentions[index];
          if (mention.kind != MentionKind::kPerson || mention.span.end > verb_offset ||
              mention.span.begin < limit_offset || inside_any(mention.span.begin, raw))
            continue;
          if (person < 0 || mention.span.begin > document_.mentions[person].span.begin)
            person = static_cast<int32_t>(index);
        }
        if (person >= 0) best = person;
      }
    }
    return best;
  }

  int32_t mention_after(uint32_t word, uint32_t sentence_end, size_t reach,
                        const std::vector<QuoteMarks>& raw) const {
    const uint32_t last = std::min<uint32_t>(sentence_end, word + 1 + static_cast<uint32_t>(reach));
    if (last <= word + 1) return -1;
    const uint32_t from = scanned_.words[word].span.end;
    const uint32_t to = scanned_.words[last - 1].span.end;
    int32_t best = -1;
    for (size_t index = 0; index < document_.mentions.size(); ++index) {
      const Mention& mention = document_.mentions[index];
      if (mention.kind != MentionKind::kPerson && mention.kind != MentionKind::kOrganization)
        continue;
      if (mention.span.begin < from || mention.span.begin >= to) continue;
      if (inside_any(mention.span.begin, raw)) continue;
      if (best < 0 || mention.span.begin < document_.mentions[best].span.begin)
        best = static_cast<int32_t>(index);
    }
    return best;
  }

  std::string speaker_name(int32_t mention) const {
    if (mention < 0) return "";
    const Mention& found = document_.mentions[mention];
    if (found.antecedent >= 0) return document_.mentions[found.antecedent].canonical;
    // A body speaks under the name the article gives it ("Liberty", "the Foreign Ministry").
    if (found.kind == MentionKind::kOrganization) return organization_name(found);
    return found.canonical;
  }

  // --- Speakers of every speech verb, in text order (pronouns look back at them) ---------

  void collect_attributions(const std::vector<QuoteMarks>& raw) {
    for (size_t sentence = 0; sentence < document_.sentences.size(); ++sentence) {
      const uint32_t first = scanned_.sentence_begin(sentence);
      const uint32_t last = scanned_.sentence_end(sentence);
      for (uint32_t index = first; index < last; ++index) {
        const Word& word = scanned_.words[index];
        if (word.punctuation) continue;
        const std::string_view key = scanned_.norms[index];
        const bool according =
            key == "according" && index + 1 < last && scanned_.norms[index + 1] == "to";
        if (!according && !lexicon_.is_speech_verb(scanned_.key(index)) &&
            !is_speech_participle(key))
          continue;
        if (inside_any(word.span.begin, raw)) continue;
        bool relative = false;
        std::optional<Speaker> found =
            according
                ? according_to(index, static_cast<int32_t>(sentence), last, raw)
                : verb_speaker(index, static_cast<int32_t>(sentence), first, last, raw, relative);
        if (!found) continue;
        found->verb = word.span;
        if (found->at == 0) found->at = word.span.begin;
        // "the minister said the firm had agreed to ...": a speech verb reported by an earlier one
        // in the sentence is part of what the first speaker said.
        for (auto record = verbs_.rbegin();
             record != verbs_.rend() && record->sentence == static_cast<int32_t>(sentence);
             ++record)
          if (record->speaker.verb.end <= found->at &&
              !quote_opens_between(record->speaker.verb.end, found->at, raw))
            relative = true;
        verbs_.push_back({static_cast<int32_t>(sentence), index, relative, std::move(*found)});
      }
    }
  }

  static bool quote_opens_between(uint32_t begin, uint32_t end,
                                  const std::vector<QuoteMarks>& raw) {
    for (const QuoteMarks& quote : raw)
      if (quote.open >= begin && quote.open < end) return true;
    return false;
  }

  std::optional<Speaker> according_to(uint32_t index, int32_t sentence, uint32_t last,
                                      const std::vector<QuoteMarks>& raw) const {
    if (auto unnamed = unnamed_after(index + 2, sentence, last)) return unnamed;
    const int32_t mention = mention_after(index + 1, last, 8, raw);
    if (mention < 0) return std::nullopt;
    return named(mention);
  }

  // The speaker of the speech verb at `index`: "X quoted him as saying", an unnamed source
  // after a verb that follows a quote ("..., said the statement"), the subject before the
  // verb (pronoun, unnamed source, named person, body or country), else the nearest person
  // or organisation before it (or after it, right after a quote).
  std::optional<Speaker> verb_speaker(uint32_t index, int32_t sentence, uint32_t first,
                                      uint32_t last, const std::vector<QuoteMarks>& raw,
                                      bool& relative) const {
    const Word& word = scanned_.words[index];
    if (is_speech_participle(scanned_.norms[index]))
      return participle_speaker(index, sentence, first, last);
    if (scanned_.norms[index] == "quoted")
      if (auto quoted = quoted_as_saying(index, sentence, last)) return quoted;
    bool follows_quote = false;
    const QuoteMarks* previous_quote = nullptr;
    for (const QuoteMarks& quote : raw)
      if (word.span.begin >= quote.close_end && word.span.begin <= quote.close_end + 3 &&
          quote.close_end > quote.inner_end) {
        follows_quote = true;
        previous_quote = &quote;
      }
    if (follows_quote)
      if (auto unnamed = unnamed_after(index + 1, sentence, last)) return unnamed;
    if (const int64_t head = subject_head(index, first); head >= 0) {
      const uint32_t head_word = static_cast<uint32_t>(head);
      relative = head_word > first && is_relative_pronoun(scanned_.norms[head_word - 1]);
      if (auto subject = subject_speaker(head_word, index, sentence, first, last)) return subject;
    }
    int32_t mention = mention_before(index, first, 25, raw);
    if (mention < 0 ||
        (follows_quote && document_.mentions[mention].span.end <= previous_quote->open)) {
      const int32_t after = mention_after(index, last, 4, raw);
      if (after >= 0) mention = after;
    }
    if (mention < 0) return std::nullopt;
    return named(mention);
  }

  // "The spokesman also rejected the claims, saying: ...": the one who spoke last in the
  // sentence, else the sentence's subject (a pronoun, an unnamed source or a name within its
  // first eight words, before any punctuation).
  std::optional<Speaker> participle_speaker(uint32_t index, int32_t sentence, uint32_t first,
                                            uint32_t last) const {
    if (!verbs_.empty() && verbs_.back().sentence == sentence) return verbs_.back().speaker;
    uint32_t start = first;
    while (start < index && (scanned_.words[start].punctuation || scanned_.norms[start] == "but" ||
                             scanned_.norms[start] == "and" || scanned_.norms[start] == "however"))
      ++start;
    if (start >= index) return std::nullopt;
    const std::string& opening = scanned_.norms[start];
    if (opening == "he" || opening == "she" || opening == "it" || opening == "they")
      return pronoun_speaker(start, sentence);
    for (uint32_t word = start; word < index && word < start + 8; ++word) {
      const Word& current = scanned_.words[word];
      if (current.punctuation && !current.possessive) break;
      if (source_noun(scanned_.norms[word]) != SourceNoun::kNone) {
        // "official spokesman": the last of adjacent source nouns is the head.
        while (word + 1 < index && source_noun(scanned_.norms[word + 1]) != SourceNoun::kNone)
          ++word;
        return unnamed_before(word, sentence, first, last);
      }
      if (mention_ending_at(word) < 0) continue;
      // "Tony Blair's spokesman", "Tory leader Michael Howard": the name qualifies what
      // follows it.
      if (word + 1 < index &&
          (scanned_.words[word + 1].possessive || scanned_.words[word + 1].capitalized ||
           lexicon_.is_title(scanned_.key(word + 1))))
        continue;
      return subject_speaker(word, index, sentence, first, last);
    }
    return std::nullopt;
  }

  // The last word of the verb's subject: back over auxiliaries and adverbs ("had previously")
  // and one comma-enclosed insertion (", which holds the chair,"); -1 if the word
  // there is punctuation or the sentence start.
  int64_t subject_head(uint32_t verb, uint32_t first) const {
    int64_t word = static_cast<int64_t>(verb) - 1;
    while (word >= first && is_subject_filler(scanned_.norms[word])) --word;
    if (word >= first && scanned_.norms[word] == ",") {
      int64_t comma = word - 1;
      while (comma >= first && scanned_.norms[comma] != "," && !scanned_.words[comma].punctuation)
        --comma;
      if (comma <= first || scanned_.norms[comma] != ",") return -1;
      word = comma - 1;
      while (word >= first && is_subject_filler(scanned_.norms[word])) --word;
    }
    if (word < first || scanned_.words[word].punctuation) return -1;
    return word;
  }

  std::optional<Speaker> subject_speaker(uint32_t head, uint32_t verb, int32_t sentence,
                                         uint32_t first, uint32_t last) const {
    const std::string_view norm = scanned_.norms[head];
    if (norm == "he" || norm == "she" || norm == "it" || norm == "they")
      return pronoun_speaker(head, sentence);
    if (source_noun(norm) != SourceNoun::kNone) return unnamed_before(head, sentence, first, last);
    const int32_t mention = mention_ending_at(head);
    if (mention < 0) return std::nullopt;
    const Mention& found = document_.mentions[mention];
    if (found.kind == MentionKind::kLocation) {
      if (is_country(found)) {
        Speaker result;
        result.speaker = government_label(found.canonical);
        result.kind = SpeakerKind::kBody;
        result.principal = std::string(gazetteer_.demonym(found.country));
        result.at = found.span.begin;
        return result;
      }
      if (!is_facility(found)) return std::nullopt;
      // "Downing St said": the place speaks for the office it houses.
      Speaker result;
      result.speaker = place_name(found);
      result.kind = SpeakerKind::kBody;
      result.principal = result.speaker;
      result.at = found.span.begin;
      return result;
    }
    if (found.kind != MentionKind::kPerson && found.kind != MentionKind::kOrganization)
      return std::nullopt;
    Speaker result = named(mention);
    // "Both Oxfam and the charity Save the Children called":
    // coordinated bodies or persons speak together.
    if (const int32_t partner = coordinated_with(mention, first); partner >= 0)
      result.speaker = speaker_name(partner) + " and " + result.speaker;
    // "the Foreign Ministry said in a statement"
    if (found.kind == MentionKind::kOrganization) {
      for (uint32_t word = verb + 1; word < last && word <= verb + 4; ++word)
        if (source_noun(scanned_.norms[word]) == SourceNoun::kStatement &&
            scanned_.norms[verb + 1] == "in") {
          result.speaker = statement_label(result.speaker);
          result.statement = true;
          break;
        }
    }
    return result;
  }

  // he/she: an unnamed human source spoken of more recently than the person the reference
  // resolver chose, else that person, else the last human speaker; it: the last body; they:
  // the last group or body. Within four sentences.
  std::optional<Speaker> pronoun_speaker(uint32_t word, int32_t sentence) const {
    const std::string_view norm = scanned_.norms[word];
    const bool human = norm == "he" || norm == "she";
    const SpeechVerb* last = nullptr;
    for (auto record = verbs_.rbegin(); record != verbs_.rend(); ++record) {
      if (sentence - record->sentence > 4) break;
      const SpeakerKind kind = record->speaker.kind;
      if (human          ? kind == SpeakerKind::kPerson
          : norm == "it" ? kind == SpeakerKind::kBody
                         : kind == SpeakerKind::kGroup || kind == SpeakerKind::kBody) {
        last = &*record;
        break;
      }
    }
    const int32_t reference = human ? mention_ending_at(word) : -1;
    if (reference >= 0 && document_.mentions[reference].antecedent >= 0) {
      const bool unnamed_more_recent =
          last && last->speaker.mention < 0 &&
          last->speaker.at > latest_named_before(document_.mentions[reference].canonical,
                                                 scanned_.words[word].span.begin);
      if (!unnamed_more_recent) return named(reference);
    }
    if (!last) return std::nullopt;
    Speaker result = last->speaker;
    result.at = scanned_.words[word].span.begin;
    return result;
  }

  uint32_t latest_named_before(const std::string& canonical, uint32_t offset) const {
    uint32_t latest = 0;
    for (const Mention& mention : document_.mentions) {
      if (mention.kind != MentionKind::kPerson || mention.span.end > offset ||
          mention.span.begin < latest || mention.canonical != canonical)
        continue;
      const uint32_t word = scanned_.word_at_or_after(mention.span.begin);
      if (word < scanned_.norms.size() && is_pronoun(scanned_.norms[word])) continue;
      latest = mention.span.begin;
    }
    return latest;
  }

  // "the agency quoted him as saying": the one quoted speaks.
  std::optional<Speaker> quoted_as_saying(uint32_t verb, int32_t sentence, uint32_t last) const {
    uint32_t as = verb + 1;
    while (as < last && as <= verb + 8 && scanned_.norms[as] != "as") ++as;
    if (as + 1 >= last || scanned_.norms[as] != "as" || as == verb + 1) return std::nullopt;
    const std::string_view next = scanned_.norms[as + 1];
    if (next != "saying" && next != "telling" && next != "adding" && next != "stating")
      return std::nullopt;
    const std::string& object = scanned_.norms[verb + 1];
    if (as == verb + 2 && (object == "him" || object == "her")) {
      for (auto record = verbs_.rbegin(); record != verbs_.rend(); ++record) {
        if (sentence - record->sentence > 4) break;
        if (record->speaker.kind == SpeakerKind::kPerson) return record->speaker;
      }
      return std::nullopt;
    }
    if (source_noun(scanned_.norms[as - 1]) != SourceNoun::kNone)
      return unnamed_before(as - 1, sentence, verb + 1, last);
    const int32_t mention = mention_ending_at(as - 1);
    if (mention < 0 || document_.mentions[mention].kind != MentionKind::kPerson)
      return std::nullopt;
    return named(mention);
  }

  // An unnamed source right after `from` ("said the statement", "said a brief
  // statement by ...", "according to a police spokeswoman"): determiners and modifiers, then
  // the source noun, within five words and no punctuation.
  std::optional<Speaker> unnamed_after(uint32_t from, int32_t sentence, uint32_t last) const {
    for (uint32_t word = from; word < last && word < from + 5; ++word) {
      if (scanned_.words[word].punctuation && !scanned_.words[word].possessive) break;
      const std::string_view norm = scanned_.norms[word];
      if (source_noun(norm) != SourceNoun::kNone) return unnamed_before(word, sentence, from, last);
      if (word > from && is_phrase_boundary(norm)) break;
    }
    return std::nullopt;
  }

  // The label of the unnamed source whose head noun is at `head`, its phrase read leftwards
  // to `floor` at most.
  std::optional<Speaker> unnamed_before(uint32_t head, int32_t sentence, uint32_t floor,
                                        uint32_t last) const {
    const SourceNoun noun = source_noun(scanned_.norms[head]);
    uint32_t start = head;
    while (start > floor && head - start < 6) {
      const uint32_t word = start - 1;
      const Word& before = scanned_.words[word];
      if (before.punctuation && !before.possessive) break;
      const std::string_view norm = scanned_.norms[word];
      if (is_determiner(norm) || is_phrase_boundary(norm) || norm == "both") break;
      if (!before.possessive && !before.letters) break;
      if (lexicon_.is_speech_verb(norm)) break;
      start = word;
    }
    const bool definite = start > floor && scanned_.norms[start - 1] == "the";
    // Proper names inside the phrase: a possessive principal ("Syria's army spokesman",
    // "Tony Blair's official spokesman"), any name for a statement's issuer.
    std::string principal;
    std::string modifiers;
    int32_t issuer = -1;
    bool named_modifier = false;
    bool owned = false;  // "the prime minister's spokesman": someone's, not someone
    for (uint32_t word = start; word < head;) {
      const int32_t mention = mention_starting_at(word, head);
      if (mention >= 0) {
        const Mention& found = document_.mentions[mention];
        const uint32_t after = scanned_.word_at_or_after(found.span.end);
        if (issuer < 0) issuer = mention;
        if (after < head && scanned_.words[after].possessive) {
          // Words before the possessor are its titles ("Prime Minister Tony Blair's").
          principal = principal_name(found);
          modifiers.clear();
          named_modifier = false;
          word = after + 1;
          continue;
        }
        named_modifier = true;
        append_word(modifiers, document_.text_of(found.span));
        word = after;
        continue;
      }
      const Word& current = scanned_.words[word];
      const std::string_view norm = scanned_.norms[word];
      // "Today's", "Tuesday's" describe the speech, not the speaker.
      if (word + 1 < head && scanned_.words[word + 1].possessive &&
          (is_subject_filler(norm) || lexicon_.is_stop(norm))) {
        word += 2;
        continue;
      }
      if (current.possessive) {
        modifiers.append(document_.text_of(current.span));  // "prime minister's"
        named_modifier = true;                              // an owner is named, whoever it is
        owned = true;
        ++word;
        continue;
      }
      if (current.capitalized && word != scanned_.sentence_begin(sentence)) named_modifier = true;
      append_word(modifiers, document_.text_of(current.span));
      ++word;
    }
    // "spokesman for the Foreign Office", "statement by the Liberation Front"
    if (head + 2 < last) {
      const std::string& preposition = scanned_.norms[head + 1];
      if (preposition == "for" || preposition == "by" || preposition == "from" ||
          preposition == "of") {
        uint32_t name = head + 2;
        if (is_determiner(scanned_.norms[name]) && name + 1 < last) ++name;
        const int32_t mention = mention_starting_at(name, last);
        if (mention >= 0) {
          issuer = mention;
          if (principal.empty() && !named_modifier)
            principal = principal_name(document_.mentions[mention]);
        }
      }
    }
    Speaker result;
    // Where the source is named: its head noun, so that a name inside the phrase ("the
    // Treasury spokesman") does not count as named after it.
    result.at = scanned_.words[head].span.begin;
    if (noun == SourceNoun::kStatement) {
      result.kind = SpeakerKind::kBody;
      result.statement = true;
      if (issuer >= 0) {
        const Mention& found = document_.mentions[issuer];
        if (found.kind == MentionKind::kPerson) return named(issuer);
        if (found.kind != MentionKind::kOrganization) return std::nullopt;
        result.speaker = statement_label(organization_name(found));
        result.principal = organization_name(found);
        return result;
      }
      // "the statement said": the statement spoken of before.
      if (!definite) return std::nullopt;
      for (auto record = verbs_.rbegin(); record != verbs_.rend(); ++record)
        if (record->speaker.statement && sentence - record->sentence <= 8) {
          result = record->speaker;
          result.at = scanned_.words[head].span.begin;
          return result;
        }
      return std::nullopt;
    }
    const std::string head_text(document_.text_of(scanned_.words[head].span));
    result.kind = noun == SourceNoun::kOfficials ? SpeakerKind::kGroup : SpeakerKind::kPerson;
    std::string head_suffix = " ";
    head_suffix.append(normalize_for_matching(head_text));
    // "Mr Ancram condemned ... The Tory spokesman also criticised": a definite spokesperson
    // of a named party or body, right after a named person spoke, is that person again, unless
    // an unnamed spokesperson was spoken of before.
    if (definite && named_modifier && !owned && principal.empty() &&
        noun == SourceNoun::kSpokesperson) {
      const Speaker* person = nullptr;
      bool unnamed_before = false;
      bool human_seen = false;
      for (auto record = verbs_.rbegin(); record != verbs_.rend(); ++record) {
        if (sentence - record->sentence > 6) break;
        const Speaker& speaker = record->speaker;
        if (speaker.mention < 0 && !speaker.statement && speaker.speaker.ends_with(head_suffix))
          unnamed_before = true;
        if (!human_seen && speaker.kind == SpeakerKind::kPerson) {
          human_seen = true;
          if (speaker.mention >= 0 && sentence - record->sentence <= 3) person = &speaker;
        }
      }
      if (person && !unnamed_before) {
        result = *person;
        result.at = scanned_.words[head].span.begin;
        return result;
      }
    }
    if (principal.empty() && !named_modifier) {
      // "The spokesman said": the one spoken of before, if any.
      if (definite)
        for (auto record = verbs_.rbegin(); record != verbs_.rend(); ++record) {
          if (sentence - record->sentence > 6) break;
          if (record->speaker.mention < 0 && !record->speaker.statement &&
              record->speaker.kind == result.kind &&
              record->speaker.speaker.ends_with(head_suffix)) {
            result.speaker = record->speaker.speaker;
            return result;
          }
        }
      if (serves_a_principal(scanned_.norms[head]))
        principal = context_principal(sentence, noun == SourceNoun::kSpokesperson);
    }
    result.speaker = unnamed_label(noun, principal, modifiers, head_text);
    return result;
  }

  // Whom an unaffiliated spokesman speaks for: the last named speaker within four sentences
  // ("Mr Hendry said ... A spokesman later said"), else the dateline's country. Officials
  // serve bodies and countries, not a person named before.
  std::string context_principal(int32_t sentence, bool persons) const {
    for (auto record = verbs_.rbegin(); record != verbs_.rend(); ++record) {
      if (sentence - record->sentence > 4) break;
      const Speaker& speaker = record->speaker;
      if (!persons && speaker.kind == SpeakerKind::kPerson) continue;
      if (!speaker.principal.empty()) return speaker.principal;
    }
    return dateline_country_.empty() ? std::string()
                                     : std::string(gazetteer_.demonym(dateline_country_));
  }

  static void append_word(std::string& text, std::string_view word) {
    if (!text.empty()) text.push_back(' ');
    text.append(word);
  }

  // The name a principal lends to its spokesman: "Mark Hendry's", "Syrian", "Downing
  // Street", "Foreign Office".
  std::string principal_name(const Mention& mention) const {
    switch (mention.kind) {
      case MentionKind::kPerson: {
        const std::string name = mention.antecedent >= 0
                                     ? document_.mentions[mention.antecedent].canonical
                                     : mention.canonical;
        return name + "'s";
      }
      case MentionKind::kOrganization:
        return organization_name(mention);
      case MentionKind::kLocation:
        if (is_country(mention)) {
          const std::string_view demonym = gazetteer_.demonym(mention.country);
          if (!demonym.empty()) return std::string(demonym);
        }
        return place_name(mention);
      default:
        return "";
    }
  }

  Speaker named(int32_t mention) const {
    Speaker result;
    result.mention = mention;
    result.speaker = speaker_name(mention);
    const Mention& found = document_.mentions[mention];
    result.kind = found.kind == MentionKind::kPerson ? SpeakerKind::kPerson : SpeakerKind::kBody;
    result.at = found.span.begin;
    result.principal = principal_name(found);
    if (found.kind == MentionKind::kPerson && found.antecedent >= 0) result.at = found.span.begin;
    return result;
  }

  // "Oxfam and the charity X": the person or body joined to `mention` by "and",
  // across up to four lower-case descriptor words; -1 if none.
  int32_t coordinated_with(int32_t mention, uint32_t first) const {
    const Mention& found = document_.mentions[mention];
    int64_t word = static_cast<int64_t>(scanned_.word_at_or_after(found.span.begin)) - 1;
    for (int skipped = 0; word >= first && skipped < 4 && scanned_.norms[word] != "and";
         ++skipped, --word) {
      const Word& current = scanned_.words[word];
      if (current.punctuation || current.capitalized || !current.letters) return -1;
    }
    if (word <= first || scanned_.norms[word] != "and") return -1;
    const int32_t partner = mention_ending_at(static_cast<uint32_t>(word - 1));
    if (partner < 0 || document_.mentions[partner].kind != found.kind) return -1;
    return partner;
  }

  // --- Mentions by position ----------------------------------------------------------------

  // (end offset, mention) for every person, organisation and place, sorted by end; of mentions
  // ending together, the one starting first (the earliest listed among equals). A sorted vector
  // rather than a hash map: one allocation per document.
  static std::vector<std::pair<uint32_t, int32_t>> mentions_by_end(const Document& document) {
    std::vector<std::pair<uint32_t, int32_t>> by_end;
    for (size_t index = 0; index < document.mentions.size(); ++index) {
      const Mention& mention = document.mentions[index];
      if (mention.kind != MentionKind::kPerson && mention.kind != MentionKind::kOrganization &&
          mention.kind != MentionKind::kLocation)
        continue;
      by_end.emplace_back(mention.span.end, static_cast<int32_t>(index));
    }
    std::stable_sort(by_end.begin(), by_end.end(),
                     [](const auto& left, const auto& right) { return left.first < right.first; });
    size_t kept = 0;
    for (size_t index = 0; index < by_end.size(); ++index) {
      if (kept > 0 && by_end[kept - 1].first == by_end[index].first) {
        if (document.mentions[by_end[index].second].span.begin <
            document.mentions[by_end[kept - 1].second].span.begin)
          by_end[kept - 1].second = by_end[index].second;
      } else {
        by_end[kept++] = by_end[index];
      }
    }
    by_end.resize(kept);
    return by_end;
  }

  // The person, organisation or place mention whose last word is `word`; -1 if none.
  int32_t mention_ending_at(uint32_t word) const {
    const uint32_t end = scanned_.words[word].span.end;
    const auto found = std::lower_bound(mention_by_end_.begin(), mention_by_end_.end(), end,
                                        [](const std::pair<uint32_t, int32_t>& entry,
                                           uint32_t value) { return entry.first < value; });
    if (found == mention_by_end_.end() || found->first != end) return -1;
    if (document_.mentions[found->second].span.begin > scanned_.words[word].span.begin) return -1;
    return found->second;
  }

  // The mention that starts at `word` and ends before the word `limit`; -1 if none.
  int32_t mention_starting_at(uint32_t word, uint32_t limit) const {
    const uint32_t begin = scanned_.words[word].span.begin;
    const uint32_t end = limit < scanned_.words.size() ? scanned_.words[limit].span.begin
                                                       : static_cast<uint32_t>(-1);
    int32_t best = -1;
    for (size_t index = 0; index < document_.mentions.size(); ++index) {
      const Mention& mention = document_.mentions[index];
      if (mention.span.begin != begin || mention.span.end > end) continue;
      if (mention.kind != MentionKind::kPerson && mention.kind != MentionKind::kOrganization &&
          mention.kind != MentionKind::kLocation)
        continue;
      if (best < 0 || mention.span.end > document_.mentions[best].span.end)
        best = static_cast<int32_t>(index);
    }
    return best;
  }

  bool is_country(const Mention& mention) const {
    return gazetteer_.has_kind(document_.text_of(mention.span), PlaceKind::kCountry);
  }

  bool is_facility(const Mention& mention) const {
    return gazetteer_.has_kind(document_.text_of(mention.span), PlaceKind::kFacility);
  }

  // A place's name without its gloss: "Downing Street (Prime Minister's Office)" -> "Downing
  // Street".
  static std::string place_name(const Mention& mention) {
    std::string name = mention.canonical;
    if (const size_t gloss = name.find(" ("); gloss != std::string::npos) name.resize(gloss);
    return name;
  }

  // A body under the name the article gives it ("Liberty", "IRNA"), its full name when the
  // article shortens it ("Oxfam" -> "Oxfam International"), and a ministry with no
  // country of its own under the article's country ("Kuwaiti Foreign Ministry").
  std::string organization_name(const Mention& mention) const {
    const std::string surface(document_.text_of(mention.span));
    std::string name = surface;
    if (mention.canonical.size() > surface.size() && mention.canonical.starts_with(surface + " ") &&
        mention.canonical.find('(') == std::string::npos)
      name = mention.canonical;
    if (is_countryless_ministry(name)) {
      const std::string& country = mention.country.empty() ? dateline_country_ : mention.country;
      const std::string_view demonym = gazetteer_.demonym(country);
      if (!demonym.empty()) name = std::string(demonym) + " " + name;
    }
    return name;
  }

  // The country of a Reuters-style dateline ("CAIRO, April 9 - "): a capitalized place at the
  // very start of the text, followed by a comma; "" if none.
  std::string dateline_country() const {
    if (scanned_.words.size() < 2) return "";
    for (const Mention& mention : document_.mentions) {
      if (mention.kind != MentionKind::kLocation || mention.sentence != 0) continue;
      if (scanned_.word_at_or_after(mention.span.begin) != 0) continue;
      const uint32_t after = scanned_.word_at_or_after(mention.span.end);
      if (after < scanned_.words.size() && scanned_.norms[after] == "," &&
          scanned_.words[0].all_caps)
        return mention.country;
    }
    return "";
  }

  const Document& document_;
  const ScannedDocument& scanned_;
  const EntityLexicon& lexicon_;
  const Gazetteer& gazetteer_;
  const std::vector<std::pair<uint32_t, int32_t>> mention_by_end_;
  const std::string dateline_country_;
  std::vector<SpeechVerb> verbs_;  // every speech verb's speaker, in text order
};

}  // namespace

std::vector<SpeechVerb> find_speech_verbs(const Document& document, const ScannedDocument& scanned,
                                          const EntityLexicon& lexicon, const Gazetteer& gazetteer,
                                          const std::vector<QuoteMarks>& quotes) {
  return SpeakerFinder(document, scanned, lexicon, gazetteer).run(quotes);
}

}  // namespace herald::extract
