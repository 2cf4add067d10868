#include "extract/quote_finder.h"

#include <algorithm>
#include <optional>

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

struct RawQuote {
  uint32_t open = 0;  // position of the opening mark (or of the sentence start)
  uint32_t inner_begin = 0;
  uint32_t inner_end = 0;
  uint32_t close_end = 0;  // just after the closing mark (or the inner end)
};

uint32_t paragraph_end(std::string_view text, uint32_t position) {
  const size_t newline = text.find('\n', position);
  return newline == std::string_view::npos ? static_cast<uint32_t>(text.size())
                                           : static_cast<uint32_t>(newline);
}

class Quotes {
 public:
  Quotes(Document& document, const ScannedDocument& scanned, const EntityLexicon& lexicon)
      : document_(document), scanned_(scanned), lexicon_(lexicon) {}

  void run() {
    std::vector<RawQuote> raw = delimit();
    std::vector<Quote> quotes;
    int32_t previous_sentence = -10;
    std::string previous_speaker;
    int32_t previous_mention = -1;
    for (const RawQuote& quote : raw) {
      Quote result;
      result.span = trim({quote.inner_begin, quote.inner_end});
      if (result.span.empty()) continue;
      const int32_t first_sentence = sentence_of(quote.open);
      const int32_t last_sentence = sentence_of(quote.close_end > 0 ? quote.close_end - 1 : 0);
      const size_t words = word_count(result.span);
      // Attribution inside the sentences the quote touches, outside any quote.
      std::optional<Attribution> found;
      for (int32_t sentence = first_sentence; sentence <= last_sentence && !found; ++sentence)
        if (sentence >= 0) found = attribution(sentence, raw, quote);

      if (!found && words > 3) {
        // Continuing speech: the speaker of the quote just before (same or previous sentences).
        if (!previous_speaker.empty() && first_sentence - previous_sentence <= 2) {
          found = Attribution{previous_mention, {}, previous_speaker};
        } else if (first_sentence + 1 < static_cast<int32_t>(document_.sentences.size())) {
          found = attribution(first_sentence + 1, raw, quote);
        }
        if (!found && !previous_speaker.empty() && first_sentence - previous_sentence <= 4)
          found = Attribution{previous_mention, {}, previous_speaker};
      }
      if (!found) {
        if (words <= 3) continue;  // scare quotes: "war on terror"
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
    indirect(raw, quotes);
    for (Quote& quote : quotes) document_.quotes.push_back(std::move(quote));
  }

 private:
  struct Attribution {
    int32_t mention = -1;
    Span verb;
    std::string speaker;
  };

  std::vector<RawQuote> delimit() const {
    const std::string_view text = document_.text;
    std::vector<RawQuote> quotes;
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

  bool inside_any(uint32_t offset, const std::vector<RawQuote>& raw) const {
    for (const RawQuote& quote : raw)
      if (offset >= quote.open && offset < quote.close_end) return true;
    return false;
  }

  bool is_partial(const RawQuote& quote, Span inner) const {
    const int32_t sentence = sentence_of(quote.open);
    if (sentence < 0) return false;
    // A view of the document's own text: std::string::substr would return a temporary.
    const std::string_view before = std::string_view(document_.text).substr(
        document_.sentences[sentence].span.begin,
        quote.open - std::min(quote.open, document_.sentences[sentence].span.begin));
    bool letters_before = false;
    for (char c : before)
      letters_before = letters_before || std::isalpha(static_cast<unsigned char>(c));
    return letters_before && before.find(':') == std::string_view::npos && word_count(inner) <= 12;
  }

  // The person (or organisation) mention nearest before `word` in its sentence, within
  // `reach` words, not inside a quote.
  int32_t mention_before(uint32_t word, uint32_t sentence_first, size_t reach,
                         const std::vector<RawQuote>& raw) const {
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
                        const std::vector<RawQuote>& raw) const {
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
    if (found.kind == MentionKind::kOrganization) return std::string(document_.text_of(found.span));
    return found.canonical;
  }

  // The speech verb of a sentence (outside quotes) nearest to the quote, and its speaker.
  std::optional<Attribution> attribution(int32_t sentence, const std::vector<RawQuote>& raw,
                                         const RawQuote& quote) const {
    const uint32_t first = scanned_.sentence_begin(sentence);
    const uint32_t last = scanned_.sentence_end(sentence);
    std::optional<Attribution> best;
    long best_distance = 0;
    for (uint32_t index = first; index < last; ++index) {
      const Word& word = scanned_.words[index];
      if (word.punctuation || inside_any(word.span.begin, raw)) continue;
      const std::string& key = scanned_.norms[index];
      const bool according =
          key == "according" && index + 1 < last && scanned_.norms[index + 1] == "to";
      if (!according && !lexicon_.is_speech_verb(key)) continue;
      int32_t mention = -1;
      if (according) {
        mention = mention_after(index + 1, last, 8, raw);
      } else {
        mention = mention_before(index, first, 25, raw);
        // "..., said Mr Straw": the verb right after a quote, its subject after it.
        const bool follows_quote =
            word.span.begin >= quote.close_end && word.span.begin <= quote.close_end + 3;
        if (mention < 0 || (follows_quote && document_.mentions[mention].span.end <= quote.open)) {
          const int32_t after = mention_after(index, last, 4, raw);
          if (after >= 0) mention = after;
        }
      }
      if (mention < 0) continue;
      const long distance =
          word.span.begin >= quote.close_end
              ? static_cast<long>(word.span.begin - quote.close_end)
              : static_cast<long>(quote.open - std::min(quote.open, word.span.end));
      if (!best || distance < best_distance) {
        best = Attribution{mention, word.span, speaker_name(mention)};
        best_distance = distance;
      }
    }
    return best;
  }

  // "X said that ...": the clause after "that", in sentences without quotation marks.
  void indirect(const std::vector<RawQuote>& raw, std::vector<Quote>& quotes) const {
    for (size_t sentence = 0; sentence < document_.sentences.size(); ++sentence) {
      const Span span = document_.sentences[sentence].span;
      bool quoted = false;
      for (const RawQuote& quote : raw)
        quoted = quoted || (quote.open < span.end && quote.close_end > span.begin);
      if (quoted) continue;
      const uint32_t first = scanned_.sentence_begin(sentence);
      const uint32_t last = scanned_.sentence_end(sentence);
      for (uint32_t index = first; index < last; ++index) {
        if (!lexicon_.is_speech_verb(scanned_.norms[index])) continue;
        uint32_t that = index + 1;
        while (that < last && that <= index + 3 && scanned_.norms[that] != "that") ++that;
        if (that >= last || scanned_.norms[that] != "that" || that + 1 >= last) continue;
        const int32_t mention = mention_before(index, first, 10, raw);
        if (mention < 0) continue;
        Quote quote;
        uint32_t clause_end = scanned_.words[last - 1].span.end;
        if (scanned_.words[last - 1].punctuation && last - 1 > that + 1)
          clause_end = scanned_.words[last - 2].span.end;
        quote.span = {scanned_.words[that + 1].span.begin, clause_end};
        quote.kind = QuoteKind::kIndirect;
        quote.speaker_mention = mention;
        quote.speaker = speaker_name(mention);
        quote.verb = scanned_.words[index].span;
        quotes.push_back(std::move(quote));
        break;
      }
    }
  }

  Document& document_;
  const ScannedDocument& scanned_;
  const EntityLexicon& lexicon_;
};

}  // namespace

void find_quotes(Document& document, const ScannedDocument& scanned, const EntityLexicon& lexicon) {
  Quotes(document, scanned, lexicon).run();
}

}  // namespace herald::extract
