#include "extract/quote_finder.h"

#include <algorithm>
#include <optional>

#include "extract/speaker_finder.h"

namespace herald::extract {
namespace {

enum class Mark { kOpen, kClose, kStraight };

struct MarkAt {
  uint32_t begin;
  uint32_t end;
  Mark mark;
};

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

std::vector<MarkAt> find_marks(std::string_view text) {
  std::vector<MarkAt> marks;
  for (size_t index = 0; index < text.size(); ++index) {
    const char c = text[index];
    if (c == '"') {
      marks.push_back(
          {static_cast<uint32_t>(index), static_cast<uint32_t>(index + 1), Mark::kStraight});
    } else if (static_cast<unsigned char>(c) == 0xE2 && index + 2 < text.size() &&
               static_cast<unsigned char>(text[index + 1]) == 0x80) {
      const unsigned char third = static_cast<unsigned char>(text[index + 2]);
      if (third == 0x9C || third == 0x9E)  // “ „
        marks.push_back(
            {static_cast<uint32_t>(index), static_cast<uint32_t>(index + 3), Mark::kOpen});
      else if (third == 0x9D)  // ”
        marks.push_back(
            {static_cast<uint32_t>(index), static_cast<uint32_t>(index + 3), Mark::kClose});
    } else if (static_cast<unsigned char>(c) == 0xC2 && index + 1 < text.size()) {
      const unsigned char second = static_cast<unsigned char>(text[index + 1]);
      if (second == 0xAB)  // «
        marks.push_back(
            {static_cast<uint32_t>(index), static_cast<uint32_t>(index + 2), Mark::kOpen});
      else if (second == 0xBB)  // »
        marks.push_back(
            {static_cast<uint32_t>(index), static_cast<uint32_t>(index + 2), Mark::kClose});
    }
  }
  return marks;
}

uint32_t paragraph_end(std::string_view text, uint32_t position) {
  const size_t newline = text.find('\n', position);
  return newline == std::string_view::npos ? static_cast<uint32_t>(text.size())
                                           : static_cast<uint32_t>(newline);
}

class Quotes {
 public:
  Quotes(Document& document, const ScannedDocument& scanned, const EntityLexicon& lexicon,
         const Gazetteer& gazetteer)
      : document_(document), scanned_(scanned), lexicon_(lexicon), gazetteer_(gazetteer) {}

  void run() {
    std::vector<QuoteMarks> raw = delimit();
    speech_verbs_ = find_speech_verbs(document_, scanned_, lexicon_, gazetteer_, raw);
    std::vector<ShortQuote> short_quotes;
    std::vector<Quote> quotes;
    int32_t previous_sentence = -10;
    std::string previous_speaker;
    int32_t previous_mention = -1;
    for (const QuoteMarks& quote : raw) {
      Quote result;
      result.span = trim({quote.inner_begin, quote.inner_end});
      if (result.span.empty()) continue;
      const int32_t first_sentence = sentence_of(quote.open);
      const int32_t last_sentence = sentence_of(quote.close_end > 0 ? quote.close_end - 1 : 0);
      const size_t words = word_count(result.span);
      // Attribution inside the sentences the quote touches, outside any quote.
      std::optional<Speaker> found;
      for (int32_t sentence = first_sentence; sentence <= last_sentence && !found; ++sentence)
        if (sentence >= 0) found = attribution(sentence, raw, quote);

      if (!found && words > 3) {
        // Continuing speech: the speaker of the quote just before (same or previous sentences).
        if (!previous_speaker.empty() && first_sentence - previous_sentence <= 2) {
          found = continued(previous_mention, previous_speaker);
        } else if (first_sentence + 1 < static_cast<int32_t>(document_.sentences.size())) {
          found = attribution(first_sentence + 1, raw, quote);
        }
        if (!found && !previous_speaker.empty() && first_sentence - previous_sentence <= 4)
          found = continued(previous_mention, previous_speaker);
      }
      if (!found) {
        if (words <= 3) {  // scare quotes ("war on terror"), unless the context claims them
          Quote candidate = result;
          candidate.kind = QuoteKind::kPartial;
          short_quotes.push_back({std::move(candidate), quotes.size()});
          continue;
        }
        result.speaker = "";
      } else {
        result.speaker = found->speaker;
        result.speaker_mention = found->mention;
        result.verb = found->verb;
      }
      result.kind = is_partial(quote, result.span) ? QuoteKind::kPartial : QuoteKind::kDirect;
      if (!result.speaker.empty()) {
        previous_speaker = result.speaker;
        previous_mention = result.speaker_mention;
        previous_sentence = last_sentence;
      }
      quotes.push_back(std::move(result));
    }
    claim_short_quotes(short_quotes, quotes);
    indirect(raw, quotes);
    for (Quote& quote : quotes) document_.quotes.push_back(std::move(quote));
  }

 private:
  static Speaker continued(int32_t mention, const std::string& speaker) {
    Speaker result;
    result.mention = mention;
    result.speaker = speaker;
    return result;
  }

  struct ShortQuote {
    Quote quote;
    size_t before = 0;  // index in the kept quotes it precedes
  };

  std::vector<QuoteMarks> delimit() const {
    const std::string_view text = document_.text;
    std::vector<QuoteMarks> quotes;
    const std::vector<MarkAt> marks = find_marks(text);
    bool open = false;
    MarkAt opening_mark{0, 0, Mark::kOpen};
    uint32_t open_paragraph_end = 0;
    auto close_open_at = [&](uint32_t end) {
      quotes.push_back({opening_mark.begin, opening_mark.end, end, end});
      open = false;
    };
    for (const MarkAt& mark : marks) {
      if (open && mark.begin >= open_paragraph_end) close_open_at(open_paragraph_end);
      bool opening = mark.mark == Mark::kOpen;
      if (mark.mark == Mark::kStraight) {
        const bool space_before =
            mark.begin == 0 || is_space(text[mark.begin - 1]) || text[mark.begin - 1] == '(';
        const bool space_after = mark.end >= text.size() || is_space(text[mark.end]);
        opening = open ? false : (space_before || !space_after);
        if (!open && space_after && !space_before) opening = false;
        // BBC style: a new sentence opens a new quote while the previous one was left open
        // ('... from Europe. "On the contrary, ...').
        if (open && space_before && !space_after && mark.begin >= 2) {
          size_t back = mark.begin;
          while (back > opening_mark.end && is_space(text[back - 1])) --back;
          const char before = back > 0 ? text[back - 1] : ' ';
          if (before == '.' || before == '?' || before == '!' || before == ':') opening = true;
        }
      }
      if (opening) {
        if (open) close_open_at(mark.begin);  // a new opening mark starts a new quote
        open = true;
        opening_mark = mark;
        open_paragraph_end = paragraph_end(text, mark.end);
        continue;
      }
      if (open) {
        quotes.push_back({opening_mark.begin, opening_mark.end, mark.begin, mark.end});
        open = false;
      } else {
        // A closing mark with no opening: the quote runs back to its sentence's start.
        const int32_t sentence = sentence_of(mark.begin);
        if (sentence < 0) continue;
        const uint32_t start = document_.sentences[sentence].span.begin;
        if (!quotes.empty() && quotes.back().close_end > start) continue;
        quotes.push_back({start, start, mark.begin, mark.end});
      }
    }
    if (open) close_open_at(open_paragraph_end);
    return quotes;
  }

  Span trim(Span span) const {
    const std::string_view text = document_.text;
    while (span.begin < span.end && is_space(text[span.begin])) ++span.begin;
    while (span.end > span.begin && is_space(text[span.end - 1])) --span.end;
    // A trailing comma before the closing mark is punctuation convention, not speech.
    if (span.end > span.begin && text[span.end - 1] == ',') --span.end;
    while (span.end > span.begin && is_space(text[span.end - 1])) --span.end;
    return span;
  }

  size_t word_count(Span span) const {
    size_t words = 0;
    bool in_word = false;
    for (uint32_t index = span.begin; index < span.end; ++index) {
      const bool space = is_space(document_.text[index]);
      if (!space && !in_word) ++words;
      in_word = !space;
    }
    return words;
  }

  int32_t sentence_of(uint32_t offset) const {
    const auto& sentences = document_.sentences;
    auto found = std::upper_bound(
        sentences.begin(), sentences.end(), offset,
        [](uint32_t value, const Sentence& sentence) { return value < sentence.span.begin; });
    if (found == sentences.begin()) return sentences.empty() ? -1 : 0;
    return static_cast<int32_t>(found - sentences.begin()) - 1;
  }

  bool inside_any(uint32_t offset, const std::vector<QuoteMarks>& raw) const {
    for (const QuoteMarks& quote : raw)
      if (offset >= quote.open && offset < quote.close_end) return true;
    return false;
  }

  bool is_partial(const QuoteMarks& quote, Span inner) const {
    const int32_t sentence = sentence_of(quote.open);
    if (sentence < 0) return false;
    // A view of the document's own text: std::string::substr would return a temporary.
    const std::string_view before =
        std::string_view(document_.text)
            .substr(document_.sentences[sentence].span.begin,
                    quote.open - std::min(quote.open, document_.sentences[sentence].span.begin));
    bool letters_before = false;
    for (char c : before)
      letters_before = letters_before || std::isalpha(static_cast<unsigned char>(c));
    return letters_before && before.find(':') == std::string_view::npos && word_count(inner) <= 12;
  }

  // The speech verb of a sentence (outside quotes) nearest to the quote, and its speaker.
  // A verb inside a relative clause ("whom she described as") only serves when no other does.
  std::optional<Speaker> attribution(int32_t sentence, const std::vector<QuoteMarks>& raw,
                                     const QuoteMarks& quote) const {
    (void)raw;
    std::optional<Speaker> best;
    long best_distance = 0;
    bool best_relative = true;
    const auto from = std::lower_bound(
        speech_verbs_.begin(), speech_verbs_.end(), sentence,
        [](const SpeechVerb& record, int32_t value) { return record.sentence < value; });
    for (auto record = from; record != speech_verbs_.end() && record->sentence == sentence;
         ++record) {
      const Span verb = record->speaker.verb;
      const long distance = verb.begin >= quote.close_end
                                ? static_cast<long>(verb.begin - quote.close_end)
                                : static_cast<long>(quote.open - std::min(quote.open, verb.end));
      const bool relative = record->subordinate;
      if (!best || (best_relative && !relative) ||
          (relative == best_relative && distance < best_distance)) {
        best = record->speaker;
        best_distance = distance;
        best_relative = relative;
      }
    }
    return best;
  }

  // Short unattributed quotes that sit between two quotes of one speaker in one paragraph
  // are that speaker's words ("less "panic" about ..."); the rest are scare quotes.
  void claim_short_quotes(std::vector<ShortQuote>& short_quotes, std::vector<Quote>& quotes) const {
    if (short_quotes.empty()) return;
    std::vector<Quote> merged;
    merged.reserve(quotes.size() + short_quotes.size());
    size_t next_short = 0;
    for (size_t index = 0; index <= quotes.size(); ++index) {
      while (next_short < short_quotes.size() && short_quotes[next_short].before == index) {
        Quote& candidate = short_quotes[next_short++].quote;
        if (merged.empty() || index == quotes.size()) continue;
        const Quote& previous = merged.back();  // quotes[index - 1] has moved there
        const Quote& next = quotes[index];
        const std::string_view text = document_.text;
        if (previous.speaker.empty() || previous.speaker != next.speaker) continue;
        if (paragraph_end(text, previous.span.end) != paragraph_end(text, candidate.span.end) ||
            paragraph_end(text, next.span.begin) != paragraph_end(text, candidate.span.end))
          continue;
        candidate.speaker = previous.speaker;
        candidate.speaker_mention = previous.speaker_mention;
        merged.push_back(std::move(candidate));
      }
      if (index < quotes.size()) merged.push_back(std::move(quotes[index]));
    }
    quotes = std::move(merged);
  }

  // "X said that ...": the clause after "that", in sentences without quotation marks.
  void indirect(const std::vector<QuoteMarks>& raw, std::vector<Quote>& quotes) const {
    for (size_t sentence = 0; sentence < document_.sentences.size(); ++sentence) {
      const Span span = document_.sentences[sentence].span;
      bool quoted = false;
      for (const QuoteMarks& quote : raw)
        quoted = quoted || (quote.open < span.end && quote.close_end > span.begin);
      if (quoted) continue;
      const uint32_t first = scanned_.sentence_begin(sentence);
      const uint32_t last = scanned_.sentence_end(sentence);
      for (uint32_t index = first; index < last; ++index) {
        if (!lexicon_.is_speech_verb(scanned_.key(index))) continue;
        uint32_t that = index + 1;
        while (that < last && that <= index + 3 && scanned_.norms[that] != "that") ++that;
        if (that >= last || scanned_.norms[that] != "that" || that + 1 >= last) continue;
        const auto record = std::lower_bound(
            speech_verbs_.begin(), speech_verbs_.end(), index,
            [](const SpeechVerb& verb, uint32_t word) { return verb.word < word; });
        if (record == speech_verbs_.end() || record->word != index ||
            record->speaker.speaker.empty())
          continue;
        Quote quote;
        uint32_t clause_end = scanned_.words[last - 1].span.end;
        if (scanned_.words[last - 1].punctuation && last - 1 > that + 1)
          clause_end = scanned_.words[last - 2].span.end;
        quote.span = {scanned_.words[that + 1].span.begin, clause_end};
        quote.kind = QuoteKind::kIndirect;
        quote.speaker_mention = record->speaker.mention;
        quote.speaker = record->speaker.speaker;
        quote.verb = scanned_.words[index].span;
        quotes.push_back(std::move(quote));
        break;
      }
    }
  }

  Document& document_;
  const ScannedDocument& scanned_;
  const EntityLexicon& lexicon_;
  const Gazetteer& gazetteer_;
  std::vector<SpeechVerb> speech_verbs_;  // every speech verb's speaker, in text order
};

}  // namespace

void find_quotes(Document& document, const ScannedDocument& scanned, const EntityLexicon& lexicon,
                 const Gazetteer& gazetteer) {
  Quotes(document, scanned, lexicon, gazetteer).run();
}

}  // namespace herald::extract
