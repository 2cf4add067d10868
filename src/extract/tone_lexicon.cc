#include "extract/tone_lexicon.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

#include "extract/data_lines.h"
#include "text/normalize.h"

namespace herald::extract {
namespace {

struct Tally {
  uint32_t words = 0;
  uint32_t positive = 0;
  uint32_t negative = 0;
};

Tone to_tone(const Tally& tally) {
  Tone tone;
  tone.word_count = tally.words;
  if (tally.words == 0) return tone;
  tone.positive = 100.0 * tally.positive / tally.words;
  tone.negative = 100.0 * tally.negative / tally.words;
  tone.polarity = tone.positive + tone.negative;
  tone.score = tone.positive - tone.negative;
  return tone;
}

}  // namespace

Status ToneLexicon::add_rows(std::string_view tsv, std::string_view origin) {
  DataLines lines(tsv);
  std::string_view line;
  while (lines.next(line)) {
    const size_t line_number = lines.line_number();
    const size_t tab = line.find('\t');
    int value = 0;
    const std::string_view number = tab == std::string_view::npos ? "" : line.substr(tab + 1);
    const auto parsed = std::from_chars(number.data(), number.data() + number.size(), value);
    if (tab == 0 || tab == std::string_view::npos || parsed.ec != std::errc() ||
        parsed.ptr != number.data() + number.size() || value < -5 || value > 5)
      return Status::data_error(
          fmt::format("{}:{}: expected word <TAB> valence -5..5", origin, line_number));
    const std::string key = normalize_for_matching(line.substr(0, tab));
    if (const size_t space = key.find(' '); space != std::string::npos) {
      int words = 1;
      for (char c : key) words += c == ' ';
      int8_t& longest = entries_.emplace(key.substr(0, space)).longest_phrase;
      longest = static_cast<int8_t>(std::clamp(words, static_cast<int>(longest), 127));
    }
    Entry& entry = entries_.emplace(key);
    if (entry.valence == 0 && value != 0) ++size_;
    entry.valence = static_cast<int8_t>(value);
  }
  return Status::ok();
}

Result<ToneLexicon> ToneLexicon::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::not_found(fmt::format("tone lexicon: cannot open {}", path));
  std::stringstream buffer;
  buffer << in.rdbuf();
  ToneLexicon lexicon;
  Status status = lexicon.add_rows(buffer.str(), path);
  if (!status.is_ok()) return status;
  return lexicon;
}

void ToneLexicon::score(Document& document, const ScannedDocument& scanned) const {
  Tally total;
  document.sentence_tones.assign(document.sentences.size(), Tone{});
  for (size_t sentence = 0; sentence < document.sentences.size(); ++sentence) {
    Tally tally;
    const uint32_t end = scanned.sentence_end(sentence);
    for (uint32_t index = scanned.sentence_begin(sentence); index < end; ++index) {
      const Word& word = scanned.words[index];
      if (word.punctuation || word.possessive || word.number) continue;
      ++tally.words;
      int value = 0;
      uint32_t used = 1;
      const Entry* found = entries_.find(scanned.key(index));
      if (found == nullptr) continue;
      if (found->longest_phrase >= 2) {
        // Longest phrase first.
        for (uint32_t length = static_cast<uint32_t>(found->longest_phrase);
             length >= 2 && value == 0; --length) {
          if (index + length > end) continue;
          const Entry* phrase =
              entries_.find_words(scanned, index, index + length, JoinPeriods::kKeep);
          value = phrase ? phrase->valence : 0;
          if (value != 0) used = length;
        }
      }
      if (value == 0) value = found->valence;
      if (value > 0) ++tally.positive;
      if (value < 0) ++tally.negative;
      if (used > 1) {
        tally.words += used - 1;
        index += used - 1;
      }
    }
    document.sentence_tones[sentence] = to_tone(tally);
    total.words += tally.words;
    total.positive += tally.positive;
    total.negative += tally.negative;
  }
  document.tone = to_tone(total);
}

}  // namespace herald::extract
