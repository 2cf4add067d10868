#include "coding/event_coder.h"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>

#include "coding/sentence_coder.h"

namespace herald::coding {
namespace {

using internal::DocumentMemory;
using internal::is_country_code;
using internal::kUnnamedAuthority;
using internal::SentenceCoder;

// "him", "her": objects resolved to a person the sentence names before them.
bool is_object_pronoun(std::string_view text) { return text == "him" || text == "her"; }

// The country an article is about: the country prefix its coded actor mentions name most,
// when it is named at least twice and more often than any other; "" otherwise.
std::string main_country(const Document& document, size_t first_mention) {
  std::vector<std::pair<std::string_view, int>> counts;
  for (size_t index = first_mention; index < document.mentions.size(); ++index) {
    const std::string& code = document.mentions[index].actor_code;
    if (code.size() < 3 || !is_country_code(std::string_view(code).substr(0, 3))) continue;
    // An object pronoun repeats a name of its own sentence, already counted.
    if (is_object_pronoun(document.mentions[index].canonical)) continue;
    const std::string_view country = std::string_view(code).substr(0, 3);
    auto found = std::find_if(counts.begin(), counts.end(),
                              [&](const auto& entry) { return entry.first == country; });
    if (found == counts.end())
      counts.emplace_back(country, 1);
    else
      ++found->second;
  }
  int best = 0, second = 0;
  std::string_view winner;
  for (const auto& [country, count] : counts) {
    if (count > best) {
      second = best;
      best = count;
      winner = country;
    } else if (count > second) {
      second = count;
    }
  }
  return best >= 2 && best > second ? std::string(winner) : std::string();
}

// "the government" with no country of its own ("---GOV") is, in most news, the government of
// the country the article is about (or reported from, when it has a dateline). Events that become
// same-actor pairs are dropped and duplicates merged; the evidence note says what was assumed.
void give_unknown_actors_main_country(Document& document, size_t first_event, size_t first_mention,
                                      const std::string& dateline_country) {
  // Unnamed "officials" and "the ministry" of a datelined story are most often the local ones,
  // when the story names that country's actors at all: a LONDON-datelined story about the
  // Iran-Iraq war is about Iran and Iraq.
  bool dateline_named = false;
  for (size_t index = first_mention; index < document.mentions.size() && !dateline_named; ++index)
    dateline_named = !dateline_country.empty() &&
                     document.mentions[index].actor_code.starts_with(dateline_country);
  std::string country = dateline_named ? dateline_country : main_country(document, first_mention);
  // With no country leading, the dateline's is still the best guess.
  if (country.empty()) country = dateline_country;
  if (country.empty()) return;
  auto resolve = [&](std::string& code) {
    if (!code.starts_with("---")) return false;
    code.replace(0, 3, country);
    return true;
  };
  for (size_t index = first_mention; index < document.mentions.size(); ++index)
    resolve(document.mentions[index].actor_code);
  std::vector<Event> kept;
  for (size_t index = first_event; index < document.events.size(); ++index) {
    Event& event = document.events[index];
    const bool changed_source = resolve(event.source);
    const bool changed_target = resolve(event.target);
    if (changed_source || changed_target) {
      if (event.source == event.target &&
          event.evidence.note.find(kUnnamedAuthority) == std::string::npos)
        continue;
      const std::string note =
          "actor without a country taken as the article's main country " + country;
      event.evidence.note += event.evidence.note.empty() ? note : "; " + note;
    }
    const bool duplicate = std::any_of(kept.begin(), kept.end(), [&](const Event& other) {
      return other.sentence == event.sentence && other.source == event.source &&
             other.target == event.target && other.code == event.code;
    });
    if (!duplicate) kept.push_back(std::move(event));
  }
  document.events.resize(first_event);
  for (Event& event : kept) document.events.push_back(std::move(event));
}

// An event inside one country is news when two different parts of it act ("the opposition
// criticised the government"); a country acting on itself or one of its own bodies with the
// same role ("Sri Lanka ordered its armed forces", "the government negotiated with the
// government") is not an interaction between actors.
// "The Lib Dems criticised the Tories": two bodies outside the state's own apparatus that
// the dictionaries name apart (two parties out of government, both GBROPP; two groups) are two
// sides though their codes are one. A government, its forces and its police are one side,
// whoever in them is named.
bool distinct_parties(const Event& event) {
  if (event.source != event.target || event.source.size() < 6) return false;
  const std::string_view role = std::string_view(event.source).substr(3, 3);
  if (role == "GOV" || role == "MIL" || role == "COP" || role == "SPY") return false;
  const DictionaryRef* source = nullptr;
  const DictionaryRef* target = nullptr;
  for (const DictionaryRef& entry : event.evidence.entries) {
    if (entry.role == "source actor") source = &entry;
    if (entry.role == "target actor") target = &entry;
  }
  return source != nullptr && target != nullptr &&
         (source->file != target->file || source->line != target->line);
}

void drop_domestic_without_roles(Document& document, size_t first_event) {
  auto domestic_without_roles = [](const Event& event) {
    if (event.source.size() < 3 || event.target.size() < 3) return false;
    // "the EU commission president suggested ... the EU budget": one organisation.
    if (event.source.starts_with("IGO") && event.target.starts_with("IGO") &&
        event.source.size() >= 6 && event.target.size() >= 6 &&
        event.source.compare(0, 6, event.target, 0, 6) == 0)
      return true;
    if (event.source.compare(0, 3, event.target, 0, 3) != 0) return false;
    if (!is_country_code(std::string_view(event.source).substr(0, 3))) return false;
    // "Turkey arrested 15 Kurdish rebels": a state against its armed rebels is an act
    // between two sides.
    auto adversary = [](const std::string& code) {
      if (code.size() < 6) return false;
      const std::string_view role = std::string_view(code).substr(3, 3);
      return role == "REB" || role == "INS";
    };
    if ((event.source.size() == 3 && adversary(event.target)) ||
        (event.target.size() == 3 && adversary(event.source)))
      return false;
    // "A Marine was arrested": a state's forces or police holding one of their own.
    if (event.evidence.note.find(kUnnamedAuthority) != std::string::npos) return false;
    if (event.source.size() == 3 || event.target.size() == 3) return true;
    if (event.source.compare(3, 3, event.target, 3, 3) == 0) return !distinct_parties(event);
    // A government ordering, urging or warning its own forces or police ("ordered its armed
    // forces to defend ...", "warned his frontline troops to expect attacks") directs itself;
    // the act is what the forces do.
    const std::string_view target_role = std::string_view(event.target).substr(3, 3);
    return (event.root_code == "10" || event.root_code == "01" || event.root_code == "02") &&
           std::string_view(event.source).substr(3) == "GOV" &&
           (target_role == "MIL" || target_role == "COP");
  };
  document.events.erase(std::remove_if(document.events.begin() + static_cast<long>(first_event),
                                       document.events.end(), domestic_without_roles),
                        document.events.end());
}

// Returns the discard entry that matches the sentence (given its word ids), or -1.
// Two actors who held talks (046) in a story: their meetings and visits (040-045) in it are
// the occasions of those talks, not further acts.
// "Musharraf met Blair in London ... the two leaders had talked about Kashmir": when a story
// codes meetings or visits between one pair of countries only, codes no talks (046) at all,
// and speaks of talks or discussions without coding whose, the talks are that meeting's: the
// meeting becomes the reciprocal 046, as the CAMEO manual codes talks held during a meeting or
// visit.
void meetings_with_unattributed_talks(Document& document, size_t first_event) {
  auto meeting = [](const Event& event) {
    return event.code.size() == 3 && event.code.starts_with("04") && event.code != "046" &&
           event.code != "041";
  };
  auto country = [](const std::string& code) { return std::string_view(code).substr(0, 3); };
  // The one pair of countries that meet; "" when none or several.
  std::string_view first_side, second_side;
  for (size_t index = first_event; index < document.events.size(); ++index) {
    const Event& event = document.events[index];
    if (event.code == "046") return;
    if (!meeting(event)) continue;
    const std::string_view source = country(event.source), target = country(event.target);
    if (first_side.empty()) {
      first_side = source;
      second_side = target;
    } else if (!((source == first_side && target == second_side) ||
                 (source == second_side && target == first_side))) {
      return;  // meetings between more than one pair: whose talks is unclear
    }
  }
  if (first_side.empty()) return;
  // Talks in a sentence that codes meetings or intents to meet are someone's already ("is
  // scheduled to join talks in Japan").
  std::vector<char> coded_meeting(document.sentences.size(), 0);
  for (size_t index = first_event; index < document.events.size(); ++index) {
    const Event& event = document.events[index];
    if (event.sentence >= 0 && static_cast<size_t>(event.sentence) < coded_meeting.size() &&
        (event.code.starts_with("04") || event.code == "036"))
      coded_meeting[static_cast<size_t>(event.sentence)] = 1;
  }
  bool talks = false;
  for (size_t sentence = 0; sentence < document.sentences.size() && !talks; ++sentence) {
    if (coded_meeting[sentence]) continue;
    const Sentence& span = document.sentences[sentence];
    for (uint32_t t = span.token_begin; t < span.token_end && t < document.tokens.size(); ++t) {
      const Token& token = document.tokens[t];
      if (token.norm == "talks" || token.norm == "discussions" || token.norm == "negotiations" ||
          token.lemma == "talk" || token.lemma == "discuss" || token.lemma == "negotiate") {
        talks = true;
        break;
      }
    }
  }
  if (!talks) return;
  // One 046 each way, from the meeting event that names the sides most precisely
  // ("PAKGOV met GBRGOV" rather than "PAKGOV visited GBR").
  size_t best[2] = {SIZE_MAX, SIZE_MAX};
  for (size_t index = first_event; index < document.events.size(); ++index) {
    const Event& event = document.events[index];
    if (!meeting(event)) continue;
    size_t& slot = best[country(event.source) == first_side ? 0 : 1];
    if (slot == SIZE_MAX ||
        event.source.size() + event.target.size() >
            document.events[slot].source.size() + document.events[slot].target.size())
      slot = index;
  }
  std::vector<Event> kept;
  for (size_t index = first_event; index < document.events.size(); ++index) {
    Event& event = document.events[index];
    if (meeting(event)) {
      if (index != best[0] && index != best[1]) continue;
      event.code = "046";
      event.root_code = "04";
      const std::string note = "the story's talks, held at this meeting";
      event.evidence.note += event.evidence.note.empty() ? note : "; " + note;
    }
    kept.push_back(std::move(event));
  }
  document.events.resize(first_event);
  for (Event& event : kept) document.events.push_back(std::move(event));
}

void drop_meetings_with_talks(Document& document, size_t first_event) {
  auto same_pair = [](const Event& a, const Event& b) {
    return (a.source == b.source && a.target == b.target) ||
           (a.source == b.target && a.target == b.source);
  };
  auto talks = [](const Event& event) { return event.code == "046"; };
  // A telephone call (041) is a discussion of its own, not a meeting the talks supersede.
  auto meeting = [](const Event& event) {
    return event.code.size() == 3 && event.code.starts_with("04") && event.code != "046" &&
           event.code != "041";
  };
  std::vector<Event> kept;
  for (size_t index = first_event; index < document.events.size(); ++index) {
    const Event& event = document.events[index];
    const bool superseded =
        meeting(event) &&
        std::any_of(document.events.begin() + static_cast<std::ptrdiff_t>(first_event),
                    document.events.end(),
                    [&](const Event& other) { return talks(other) && same_pair(event, other); });
    if (!superseded) kept.push_back(event);
  }
  document.events.resize(first_event);
  for (Event& event : kept) document.events.push_back(std::move(event));
}

int32_t find_discard(const DictionarySet& dictionaries, const uint32_t* ids, uint32_t count) {
  if (dictionaries.discard_phrases().size() == 0) return -1;
  for (uint32_t position = 0; position < count; ++position) {
    auto match = dictionaries.discard_phrases().longest_at(ids, position, count);
    if (match.length > 0) return static_cast<int32_t>(match.value);
  }
  return -1;
}

bool valid_range(const Document& document, const Sentence& sentence) {
  return sentence.token_end <= document.tokens.size() && sentence.token_begin <= sentence.token_end;
}

// Codes one sentence whose word ids (one per document token) and discard match (an entry
// index, or -1) are already known.
void code_with_ids(const DictionarySet& dictionaries, Document& document, int32_t sentence_index,
                   const CodingOptions& options, const uint32_t* document_ids, int32_t discard,
                   DocumentMemory* memory) {
  Sentence& sentence = document.sentences[static_cast<size_t>(sentence_index)];
  const uint32_t* ids = document_ids + sentence.token_begin;
  if (!sentence.discarded) {
    if (discard >= 0) {
      const DiscardEntry& entry = dictionaries.discard(static_cast<uint32_t>(discard));
      sentence.discarded = true;
      sentence.discard_reason =
          fmt::format("{} discard '{}' ({}:{})", entry.whole_story ? "story" : "sentence",
                      entry.phrase, entry.file, entry.line);
    }
  }
  SentenceCoder coder(dictionaries, options, document, sentence_index, ids, memory);
  coder.run();
}

std::vector<uint32_t> word_ids(const DictionarySet& dictionaries, const Document& document) {
  std::vector<uint32_t> ids(document.tokens.size());
  for (size_t index = 0; index < ids.size(); ++index)
    ids[index] = dictionaries.vocabulary().find(document.tokens[index].norm);
  return ids;
}

}  // namespace

EventCoder::EventCoder(std::shared_ptr<const DictionarySet> dictionaries)
    : dictionaries_(std::move(dictionaries)) {}

void EventCoder::code_sentence(Document& document, int32_t sentence_index,
                               const CodingOptions& options) const {
  if (sentence_index < 0 || static_cast<size_t>(sentence_index) >= document.sentences.size())
    return;
  if (!valid_range(document, document.sentences[static_cast<size_t>(sentence_index)])) return;
  const std::vector<uint32_t> ids = word_ids(*dictionaries_, document);
  const Sentence& sentence = document.sentences[static_cast<size_t>(sentence_index)];
  const int32_t discard = find_discard(*dictionaries_, ids.data() + sentence.token_begin,
                                       sentence.token_end - sentence.token_begin);
  code_with_ids(*dictionaries_, document, sentence_index, options, ids.data(), discard, nullptr);
}

void EventCoder::code_document(Document& document, const CodingOptions& options) const {
  const std::vector<uint32_t> ids = word_ids(*dictionaries_, document);
  // A story discard anywhere stops the whole document.
  std::vector<int32_t> discards(document.sentences.size(), -1);
  for (size_t index = 0; index < document.sentences.size(); ++index) {
    const Sentence& sentence = document.sentences[index];
    if (!valid_range(document, sentence)) continue;
    const int32_t discard = find_discard(*dictionaries_, ids.data() + sentence.token_begin,
                                         sentence.token_end - sentence.token_begin);
    discards[index] = discard;
    if (discard < 0) continue;
    const DiscardEntry& entry = dictionaries_->discard(static_cast<uint32_t>(discard));
    if (!entry.whole_story) continue;
    for (Sentence& other : document.sentences) {
      other.discarded = true;
      other.discard_reason =
          fmt::format("story discard '{}' ({}:{})", entry.phrase, entry.file, entry.line);
    }
    return;
  }
  DocumentMemory memory;
  const size_t first_event = document.events.size();
  const size_t first_mention = document.mentions.size();
  for (size_t index = 0; index < document.sentences.size(); ++index)
    if (valid_range(document, document.sentences[index]))
      code_with_ids(*dictionaries_, document, static_cast<int32_t>(index), options, ids.data(),
                    discards[index], &memory);
  if (options.unknown_country_is_main_country)
    give_unknown_actors_main_country(document, first_event, first_mention, memory.dateline_country);
  if (!options.code_domestic_without_roles) drop_domestic_without_roles(document, first_event);
  if (options.negotiation_takes_precedence) {
    meetings_with_unattributed_talks(document, first_event);
    drop_meetings_with_talks(document, first_event);
  }
  if (options.require_countries) {
    // Still without a country after the main-country step: no dyad between known actors.
    document.events.erase(std::remove_if(document.events.begin() + static_cast<long>(first_event),
                                         document.events.end(),
                                         [](const Event& event) {
                                           return event.source.starts_with("---") ||
                                                  event.target.starts_with("---");
                                         }),
                          document.events.end());
  }
}

}  // namespace herald::coding
