// Synthetic annotated Documents for store tests: every annotation kind filled, spans valid,
// events that repeat across documents of one story so that aggregation has work to do.
// Deterministic in the index: document i is the same in every run.
#pragma once

#include <fmt/format.h>

#include <string>
#include <vector>

#include "herald/document.h"

namespace herald::testing {

inline Span find_span(const std::string& text, const std::string& part, size_t from = 0) {
  const size_t at = text.find(part, from);
  if (at == std::string::npos) return {};
  return Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + part.size())};
}

// Document i: story "story-<i/3>" (three documents per story), two sources alternating,
// dates spread over a few days, two or three events.
inline Document synthetic_document(int i) {
  static const char* kActors[][3] = {{"USA", "United States", "Washington"},
                                     {"MEX", "Mexico", "Mexico City"},
                                     {"CAN", "Canada", "Ottawa"},
                                     {"FRA", "France", "Paris"}};
  static const char* kEvents[][3] = {{"057", "signed an agreement with", "SUPPORT"},
                                     {"042", "visited", "CONSULT"},
                                     {"111", "criticized", "ACCUSE"},
                                     {"193", "fought", "ASSAULT"},
                                     {"901", "tested", ""}};
  const int story = i / 3;
  const auto& source = kActors[story % 4];
  const auto& target = kActors[(story + 1) % 4];
  const auto& verb = kEvents[story % 5];
  const auto& second = kEvents[(story + 2) % 5];
  Document document;
  document.id = fmt::format("doc-{:04d}", i);
  document.story_id = i % 7 == 6 ? "" : fmt::format("story-{}", story);
  document.source_name = i % 2 ? "Daily Herald" : "World Wire";
  document.url = fmt::format("https://news.example/{}/{}",
                             document.source_name == "World Wire" ? "ww" : "dh", i);
  document.title = fmt::format("{} and {} at the border, report {}", source[1], target[1], i);
  document.published = CivilDate{2021, 6, 1 + story % 5};
  document.language = "en";
  document.categories = {"politics"};
  document.metadata["desk"] = "world";
  const std::string first =
      fmt::format("{} {} {} on border security.", source[1], verb[1], target[1]);
  const std::string quote = "We will work together";
  const std::string second_sentence =
      fmt::format("\"{},\" the minister told reporters in {} on Tuesday.", quote, target[2]);
  const std::string third = fmt::format("{} later {} {} after nearly 1,200 migrants crossed.",
                                        target[1], second[1], source[1]);
  document.text = first + " " + second_sentence + " " + third;
  const std::string& text = document.text;
  const Span s0 = find_span(text, first), s1 = find_span(text, second_sentence),
             s2 = find_span(text, third);
  for (const Span& span : {s0, s1, s2}) {
    Sentence sentence;
    sentence.span = span;
    document.sentences.push_back(sentence);
  }
  const auto mention = [&](const std::string& words, MentionKind kind, const std::string& code,
                           const std::string& country, int sentence, size_t from) {
    Mention result;
    result.span = find_span(text, words, from);
    result.kind = kind;
    result.canonical = words;
    result.actor_code = code;
    result.country = country;
    result.sentence = sentence;
    return result;
  };
  document.mentions.push_back(mention(source[1], MentionKind::kActor, source[0], source[0], 0, 0));
  document.mentions.push_back(
      mention(target[1], MentionKind::kActor, target[0], target[0], 0, s0.begin));
  document.mentions.push_back(
      mention(target[2], MentionKind::kLocation, "", target[0], 1, s1.begin));
  document.mentions.back().has_coordinates = true;
  document.mentions.back().latitude = 10.5 + story;
  document.mentions.back().longitude = -20.25 - story;
  document.mentions.push_back(
      mention(target[1], MentionKind::kActor, target[0], target[0], 2, s2.begin));
  document.mentions.push_back(
      mention(source[1], MentionKind::kActor, source[0], source[0], 2, s2.begin + 5));

  Event event;
  event.source = source[0];
  event.target = target[0];
  event.source_mention = 0;
  event.target_mention = 1;
  event.location_mention = 2;
  event.code = verb[0];
  event.root_code = std::string(verb[0]).substr(0, 2);
  event.plover_type = verb[2];
  event.sentence = 0;
  event.evidence.sentence_id = document.id + ":0";
  event.evidence.source = document.mentions[0].span;
  event.evidence.verb = find_span(text, verb[1]);
  event.evidence.target = document.mentions[1].span;
  event.evidence.pattern = fmt::format("* {} +", verb[1]);
  DictionaryRef entry;
  entry.file = "data/verbs.txt";
  entry.line = static_cast<uint32_t>(10 + story % 5);
  entry.entry = verb[1];
  entry.role = "verb";
  event.evidence.entries = {entry};
  document.events.push_back(event);
  Event reply = event;
  reply.source = target[0];
  reply.target = source[0];
  reply.source_mention = 3;
  reply.target_mention = 4;
  reply.code = second[0];
  reply.root_code = std::string(second[0]).substr(0, 2);
  reply.plover_type = second[2];
  reply.sentence = 2;
  reply.evidence.sentence_id = document.id + ":2";
  reply.evidence.source = document.mentions[3].span;
  reply.evidence.verb = find_span(text, second[1], s2.begin);
  reply.evidence.target = document.mentions[4].span;
  reply.evidence.pattern = fmt::format("* {} +", second[1]);
  if (i % 4 == 1) reply.date = CivilDate{2021, 6, 20};
  document.events.push_back(reply);

  Quote quoted;
  quoted.span = find_span(text, quote);
  quoted.speaker = "the minister";
  quoted.verb = find_span(text, "told");
  document.quotes.push_back(quoted);
  Count count;
  count.span = find_span(text, "nearly 1,200 migrants");
  count.number = 1200;
  count.object = "migrants";
  count.qualifier = "nearly";
  document.counts.push_back(count);
  DateRef tuesday;
  tuesday.span = find_span(text, "on Tuesday");
  tuesday.resolved = CivilDate{2021, 6, 1};
  tuesday.note = "relative weekday";
  document.dates.push_back(tuesday);
  const auto tone = [](double positive, double negative, uint32_t words) {
    Tone result;
    result.positive = positive;
    result.negative = negative;
    result.polarity = positive + negative;
    result.score = positive - negative;
    result.word_count = words;
    return result;
  };
  document.tone = tone(3.0 + i % 3, 1.5, 30);
  document.sentence_tones = {tone(5, 0, 10), tone(0, 0, 10), tone(0, 5, 10)};
  return document;
}

}  // namespace herald::testing
