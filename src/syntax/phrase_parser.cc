#include "syntax/phrase_parser.h"

#include <algorithm>
#include <array>

#include "herald/date.h"

namespace herald::syntax {
namespace {

using Phrase = PhraseParser::Phrase;
using Kind = PhraseParser::Kind;
using Node = PhraseParser::Node;
using Item = PhraseParser::Item;

std::string_view phrase_name(Phrase phrase) {
  static constexpr std::array<std::string_view, 17> kNames = {
      "ROOT", "S",      "SBAR", "NP",  "VP", "PP",    "ADJP", "ADVP", "PRT",
      "WHNP", "WHADVP", "FRAG", "PRN", "QP", "CONJP", "WHPP", ""};
  return kNames[static_cast<size_t>(phrase)];
}

// Words that introduce a clause rather than (only) a noun phrase.
bool is_subordinator(std::string_view word) {
  static constexpr std::array<std::string_view, 22> kWords = {
      "after",   "before", "since", "because", "although", "though",  "while", "if",
      "unless",  "as",     "until", "till",    "when",     "whether", "that",  "once",
      "whereas", "so",     "than",  "for",     "like",     "whilst"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

// Titles of office that an of-phrase names the office of ("Secretary of Energy").
bool is_title_of_office(std::string_view word) {
  static constexpr std::array<std::string_view, 20> kWords = {"secretary",
                                                              "minister",
                                                              "chancellor",
                                                              "governor",
                                                              "director",
                                                              "president",
                                                              "chairman",
                                                              "chairwoman",
                                                              "head",
                                                              "chief",
                                                              "commissioner",
                                                              "ambassador",
                                                              "envoy",
                                                              "leader",
                                                              "mayor",
                                                              "premier",
                                                              "speaker",
                                                              "general",
                                                              "secretary-general",
                                                              "attorney"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

// Nouns of an envoy, whose "to" phrase names the post ("ambassador to Athens").
bool is_envoy_noun(std::string_view word) {
  return word == "ambassador" || word == "ambassadors" || word == "envoy" || word == "envoys" ||
         word == "representative" || word == "consul";
}

// Verbs that take another verb in the same group: be, have, do, get, modals, "to".
bool is_auxiliary(std::string_view word, Tag tag) {
  if (tag == kMD || tag == kTO) return true;
  static constexpr std::array<std::string_view, 27> kWords = {
      "be",   "is",  "are",  "was",  "were", "been",    "being",  "am", "'s",
      "'re",  "'m",  "have", "has",  "had",  "having",  "'ve",    "'d", "do",
      "does", "did", "get",  "gets", "got",  "getting", "gotten", "ai", "wo"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

bool is_clausal_adverb_word(std::string_view word) { return word == "when" || word == "where"; }

// "is today visiting Bonn": a bare day word between an auxiliary and its verb is a time noun
// phrase inside the verb group, (VP (VBZ is) (NP (NN today)) (VP (VBG visiting) ...)).
bool is_time_inside_verb_group(std::string_view word, Tag tag) {
  return tag == kNN &&
         (word == "today" || word == "yesterday" || word == "tomorrow" || word == "tonight");
}

class Builder {
 public:
  Builder(PhraseParser::Scratch& scratch, std::span<const std::string_view> words,
          std::span<const Tag> tags)
      : nodes_(scratch.nodes), scratch_(scratch), words_(words), tags_(tags) {}

  int32_t leaf(uint32_t token) {
    Node node;
    node.tag = tags_[token];
    node.begin = token;
    node.end = token + 1;
    nodes_.push_back(node);
    return static_cast<int32_t>(nodes_.size() - 1);
  }

  int32_t phrase(Phrase label) {
    Node node;
    node.phrase = label;
    node.begin = UINT32_MAX;
    node.end = 0;
    nodes_.push_back(node);
    return static_cast<int32_t>(nodes_.size() - 1);
  }

  void append(int32_t parent, int32_t child) {
    Node& p = nodes_[parent];
    const Node& c = nodes_[child];
    p.begin = std::min(p.begin, c.begin);
    p.end = std::max(p.end, c.end);
    if (p.last_child < 0) {
      p.first_child = child;
    } else {
      nodes_[p.last_child].next_sibling = child;
    }
    nodes_[parent].last_child = child;
  }

  // A phrase over the leaves [begin, end).
  int32_t phrase_of_leaves(Phrase label, uint32_t begin, uint32_t end) {
    int32_t node = phrase(label);
    for (uint32_t i = begin; i < end; ++i) append(node, leaf(i));
    return node;
  }

  // The node of an item, building a bare leaf sequence if needed.
  int32_t node_of(Item& item);

  Item make(Kind kind, int32_t node) {
    Item item;
    item.kind = kind;
    item.node = node;
    item.begin = nodes_[node].begin;
    item.end = nodes_[node].end;
    item.first_tag = tags_[item.begin];
    item.head_tag = tags_[item.end - 1];
    return item;
  }

  Tag tag(uint32_t token) const { return tags_[token]; }
  std::string_view word(uint32_t token) const { return words_[token]; }
  uint32_t size() const { return static_cast<uint32_t>(tags_.size()); }
  std::vector<Node>& nodes() { return nodes_; }

  // Builds the VP of a verb group [begin, end) with complements (in order).
  Item verb_phrase(const Item& group, const std::vector<Item>& complements);

  // Scratch vectors for the passes before attachment (no allocation per sentence once warm).
  std::vector<Item>& spare_items() { return scratch_.spare_items; }
  std::vector<Item>& spare_complements() { return scratch_.complements; }

 private:
  std::vector<Node>& nodes_;
  PhraseParser::Scratch& scratch_;
  std::span<const std::string_view> words_;
  std::span<const Tag> tags_;
};

int32_t Builder::node_of(Item& item) {
  if (item.node >= 0) return item.node;
  item.node = phrase_of_leaves(Phrase::kVP, item.begin, item.end);
  return item.node;
}

Item Builder::verb_phrase(const Item& group, const std::vector<Item>& complements) {
  // Units: a verb (or MD/TO) with the adverbs after it. The last verb heads the innermost VP
  // with the complements; each earlier unit wraps the VP to its right, as in the treebank.
  std::vector<int32_t>& units = scratch_.children;
  units.clear();
  for (uint32_t i = group.begin; i < group.end; ++i)
    if (!is_adverb(tags_[i]) && !is_time_inside_verb_group(words_[i], tags_[i]))
      units.push_back(static_cast<int32_t>(i));
  if (units.empty()) units.push_back(static_cast<int32_t>(group.begin));
  int32_t inner = -1;
  for (size_t u = units.size(); u-- > 0;) {
    uint32_t verb = static_cast<uint32_t>(units[u]);
    uint32_t unit_end = u + 1 < units.size() ? static_cast<uint32_t>(units[u + 1]) : group.end;
    int32_t vp = phrase(Phrase::kVP);
    // Adverbs before the first verb of the group belong to the outer VP.
    if (u == 0)
      for (uint32_t i = group.begin; i < verb; ++i)
        append(vp, phrase_of_leaves(Phrase::kADVP, i, i + 1));
    append(vp, leaf(verb));
    for (uint32_t i = verb + 1; i < unit_end; ++i)
      append(vp, is_time_inside_verb_group(words_[i], tags_[i])
                     ? phrase_of_leaves(Phrase::kNP, i, i + 1)
                     : leaf(i));
    if (inner >= 0) {
      append(vp, inner);
    } else {
      for (Item complement : complements) append(vp, node_of(complement));
    }
    inner = vp;
  }
  Item item = make(Kind::kVP, inner);
  item.first_tag = tags_[units.front()];
  item.finite = is_finite_verb(item.first_tag);
  if (item.first_tag == kTO) {
    int32_t clause = phrase(Phrase::kS);
    append(clause, inner);
    item = make(Kind::kInfinitive, clause);
    item.first_tag = kTO;
  }
  return item;
}

bool starts_base_np(Tag t) {
  return t == kDT || t == kPDT || t == kPRPS || t == kWPS || t == kCD || is_adjective(t) ||
         is_noun(t) || t == kDollar || t == kHash || t == kPRP || t == kEX || t == kFW;
}

bool continues_base_np(Tag t) {
  return t == kCD || is_adjective(t) || is_noun(t) || t == kDollar || t == kHash || t == kFW;
}

// Common nouns that name a stretch of time ("last month", "this week").
bool is_time_noun(std::string_view word) {
  static constexpr std::array<std::string_view, 16> kWords = {
      "week",    "month", "year",   "day",   "morning", "night",  "weekend", "afternoon",
      "evening", "weeks", "months", "years", "days",    "decade", "century", "today"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

// Words that head a noun phrase before "of" when tagged as adjectives ("many of them").
bool is_quantifier(std::string_view word) {
  static constexpr std::array<std::string_view, 8> kWords = {"many", "most", "several", "few",
                                                             "much", "some", "various", "numerous"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

// Nouns of meeting and agreeing, whose "with"/"between" phrase names the other side.
bool is_event_noun(std::string_view word) {
  static constexpr std::array<std::string_view, 22> kWords = {
      "meeting",      "meetings",      "talks",     "discussions", "negotiations", "consultations",
      "conversation", "conversations", "agreement", "agreements",  "deal",         "treaty",
      "accord",       "summit",        "relations", "ties",        "cooperation",  "contacts",
      "session",      "dialogue",      "encounter", "exchange"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

// Nouns of quarrel, whose "with"-phrase names the other side ("the dispute with Osgiliath").
bool is_quarrel_noun(std::string_view word) {
  static constexpr std::array<std::string_view, 14> kWords = {
      "dispute", "disputes", "row",  "rows",     "conflict", "conflicts",     "feud",
      "quarrel", "standoff", "rift", "tensions", "clashes",  "confrontation", "spat"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

// Nouns that keep a phrase of one preposition after them, wherever they stand: a quarrel's
// other side ("the dispute with Osgiliath"), an envoy's post ("Turkey's ambassador to
// Athens"), where one comes back or leaves from ("on his return from Ethiopia").
bool keeps_phrase(std::string_view noun, std::string_view preposition) {
  if (preposition == "with") return is_quarrel_noun(noun);
  if (preposition == "to") return is_envoy_noun(noun);
  if (preposition == "from")
    return noun == "return" || noun == "arrival" || noun == "departure" || noun == "withdrawal";
  return false;
}

// Nouns of travel, whose "to"-phrase names the destination ("a visit to Eriador").
bool is_travel_noun(std::string_view word) {
  return word == "visit" || word == "visits" || word == "trip" || word == "trips" ||
         word == "tour" || word == "journey" || word == "mission" || word == "return";
}

// Prepositions that set an act in time: "after talks with ...", "at a meeting with ...".
bool is_framing_preposition(std::string_view word) {
  return word == "after" || word == "following" || word == "before" || word == "during" ||
         word == "at" || word == "upon" || word == "After" || word == "Following" ||
         word == "Before" || word == "During" || word == "At" || word == "Upon";
}

// Participles that work as prepositions before a noun phrase.
bool is_participle_preposition(std::string_view word) {
  return word == "following" || word == "including" || word == "regarding" ||
         word == "concerning" || word == "excluding" || word == "barring";
}

// Words that make a number a quantity phrase with it ("a million", "800 million").
bool is_magnitude(std::string_view word) {
  return word == "hundred" || word == "thousand" || word == "million" || word == "billion" ||
         word == "trillion" || word == "dozen";
}

bool is_year_like(std::string_view word) {
  return word.size() == 4 && (word[0] == '1' || word[0] == '2') &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The words before a number that make it a quantity phrase: "about 70", "at least eight",
// "more than 100", "as many as 40,000", "up to 30" -> (QP ...) as in the treebank. Returns
// how many words open it, 0 if none do.
uint32_t quantity_opener(const Builder& builder, uint32_t i) {
  const uint32_t n = builder.size();
  auto number_at = [&](uint32_t at) {
    return at < n && builder.tag(at) == kCD && !is_year_like(builder.word(at));
  };
  const std::string_view w = builder.word(i);
  if ((w == "about" || w == "around" || w == "over" || w == "under") &&
      (builder.tag(i) == kIN || builder.tag(i) == kRB) && number_at(i + 1))
    return 1;
  if (i + 1 >= n) return 0;
  const std::string_view next = builder.word(i + 1);
  if (w == "at" && (next == "least" || next == "most") && number_at(i + 2)) return 2;
  if ((w == "more" || w == "less" || w == "fewer") && next == "than" && number_at(i + 2)) return 2;
  if (w == "up" && next == "to" && number_at(i + 2)) return 2;
  if (w == "as" && (next == "many" || next == "much" || next == "few") && i + 2 < n &&
      builder.word(i + 2) == "as" && number_at(i + 3))
    return 3;
  return 0;
}

// Verbs whose "that" clause may hold a subjunctive ("demanded that Iraq withdraw"), in any
// inflection.
bool is_mandative_verb(std::string_view word) {
  static constexpr std::string_view kStems[] = {"insist", "demand",    "urge",    "urging",
                                                "propos", "recommend", "suggest", "request",
                                                "requir", "ask"};
  for (const std::string_view stem : kStems)
    if (word.starts_with(stem)) return true;
  return false;
}

// Chunking: the base phrases of the sentence, left to right.
void chunk(Builder& builder, std::vector<Item>& items) {
  const uint32_t n = builder.size();
  uint32_t i = 0;
  while (i < n) {
    const Tag t = builder.tag(i);
    const std::string_view w = builder.word(i);

    // "that" before a clause is a complementizer even when tagged DT.
    if (w == "that" && (t == kDT || t == kIN) && i + 1 < n &&
        !(is_noun(builder.tag(i + 1)) || is_adjective(builder.tag(i + 1)))) {
      Item item = builder.make(Kind::kIN, builder.leaf(i));
      items.push_back(item);
      ++i;
      continue;
    }

    // "as well as" inside a sentence joins like "and": (CONJP (RB as) (RB well) (IN as)).
    if (w == "as" && i > 0 && i + 2 < n && builder.word(i + 1) == "well" &&
        builder.word(i + 2) == "as") {
      items.push_back(builder.make(Kind::kCC, builder.phrase_of_leaves(Phrase::kCONJP, i, i + 3)));
      i += 3;
      continue;
    }

    // Participles used as prepositions ("a news conference following talks with ...",
    // "countries including France") head a prepositional phrase, as in the treebank, unless
    // a verb comes right before them ("was following").
    // So does "according" before "to": (PP (VBG according) (PP (TO to) (NP reports))).
    // And "starting" before a preposition: (PP (VBG starting) (PP (IN on) (NP Sunday))).
    const bool according = (w == "according" && i + 1 < n && builder.word(i + 1) == "to") ||
                           (w == "starting" && i + 1 < n && builder.tag(i + 1) == kIN);
    if ((t == kVBG || according) && (is_participle_preposition(w) || according) && i + 1 < n &&
        !is_verb(builder.tag(i + 1)) && (i == 0 || !is_verb(builder.tag(i - 1)))) {
      items.push_back(builder.make(Kind::kIN, builder.leaf(i)));
      ++i;
      continue;
    }

    // "pursuing retreating Iranian troops": a gerund right after a verb's gerund, before an
    // adjective or a noun, opens the noun phrase it modifies.
    // So does a participle right after a preposition, before a noun: "met with exiled
    // dissidents", "an offensive against besieged Osgiliath" (not after a subordinator: "as
    // expected prices rose").
    const bool modifying_gerund =
        (t == kVBG && i > 0 && i + 1 < n && builder.tag(i - 1) == kVBG &&
         builder.word(i - 1) != "being" && builder.word(i - 1) != "having" &&
         (is_adjective(builder.tag(i + 1)) || builder.tag(i + 1) == kNN ||
          builder.tag(i + 1) == kNNS)) ||
        (t == kVBN && i > 0 && i + 1 < n && builder.tag(i - 1) == kIN &&
         !is_subordinator(builder.word(i - 1)) &&
         (is_noun(builder.tag(i + 1)) ||
          (is_adjective(builder.tag(i + 1)) && i + 2 < n && is_noun(builder.tag(i + 2)))));
    // Verb groups: auxiliaries, modals, "to" + verb, adverbs between verbs.
    const bool to_verb = t == kTO && i + 1 < n &&
                         (builder.tag(i + 1) == kVB || (is_adverb(builder.tag(i + 1)) &&
                                                        i + 2 < n && builder.tag(i + 2) == kVB));
    if ((is_verb(t) && !modifying_gerund) || t == kMD || to_verb) {
      uint32_t end = i + 1;
      while (end < n) {
        Tag next = builder.tag(end);
        if (is_verb(next) || next == kMD) {
          // Only auxiliaries take another verb after them: "has been arrested", but
          // "mend damaged ties" is a verb and its object.
          uint32_t last_verb = end - 1;
          while (last_verb > i &&
                 (is_adverb(builder.tag(last_verb)) ||
                  is_time_inside_verb_group(builder.word(last_verb), builder.tag(last_verb))))
            --last_verb;
          // "help" takes a bare infinitive as its verb: "to help fight the cocaine trade".
          const std::string_view last = builder.word(last_verb);
          const bool helps = next == kVB && (last == "help" || last == "helps" ||
                                             last == "helped" || last == "helping");
          if (!is_auxiliary(last, builder.tag(last_verb)) && !helps) break;
          ++end;
          continue;
        }
        if (next == kTO && end + 1 < n && builder.tag(end + 1) == kVB &&
            (builder.tag(end - 1) == kMD)) {
          ++end;
          continue;
        }
        // "is today visiting": a day word between an auxiliary and a participle or base form.
        if (is_time_inside_verb_group(builder.word(end), next) && end + 1 < n &&
            (builder.tag(end + 1) == kVBG || builder.tag(end + 1) == kVBN ||
             builder.tag(end + 1) == kVB) &&
            is_auxiliary(builder.word(end - 1), builder.tag(end - 1))) {
          ++end;
          continue;
        }
        if (is_adverb(next)) {
          uint32_t look = end;
          while (look < n && is_adverb(builder.tag(look))) ++look;
          if (look < n && is_verb(builder.tag(look)) &&
              is_auxiliary(builder.word(end - 1), builder.tag(end - 1))) {
            end = look;
            continue;
          }
        }
        break;
      }
      // A participle right before a noun inside "the ruling party" is handled by the NP
      // chunker; here every verb after the first must follow an auxiliary-like verb.
      Item group;
      group.kind = Kind::kVerbGroup;
      group.begin = i;
      group.end = end;
      group.first_tag = t;
      group.finite = is_finite_verb(t);
      items.push_back(group);
      i = end;
      continue;
    }

    // A quantity: (NP (QP (IN at) (JJS least) (CD eight)) (NNS people)).
    if (const uint32_t opener = quantity_opener(builder, i); opener > 0) {
      const int32_t np = builder.phrase(Phrase::kNP);
      const int32_t quantity = builder.phrase(Phrase::kQP);
      uint32_t j = i;
      while (j < i + opener || (j < n && builder.tag(j) == kCD))
        builder.append(quantity, builder.leaf(j++));
      builder.append(np, quantity);
      while (j < n && (is_noun(builder.tag(j)) || is_adjective(builder.tag(j))))
        builder.append(np, builder.leaf(j++));
      items.push_back(builder.make(Kind::kNP, np));
      i = j;
      continue;
    }

    if (starts_base_np(t) || modifying_gerund ||
        (is_adverb(t) && i + 1 < n && builder.tag(i + 1) == kCD)) {
      if (t == kPRP || t == kEX) {
        items.push_back(builder.make(Kind::kNP, builder.phrase_of_leaves(Phrase::kNP, i, i + 1)));
        ++i;
        continue;
      }
      int32_t np = builder.phrase(Phrase::kNP);
      uint32_t j = i;
      bool has_head = false;
      // The object of a preposition that opens the sentence, before any verb.
      const bool opening_phrase = !items.empty() && items.back().kind == Kind::kIN &&
                                  std::none_of(items.begin(), items.end(), [](const Item& item) {
                                    return item.kind == Kind::kVerbGroup;
                                  });
      // Pre-determiners and determiners (or a leading adverb before a number: "almost five").
      if (j < n && (builder.tag(j) == kPDT || is_adverb(builder.tag(j))))
        builder.append(np, builder.leaf(j++));
      // "a million rupees" -> (NP (QP (DT a) (CD million)) (NNS rupees))
      if (j < n && (builder.word(j) == "a" || builder.word(j) == "an") && j + 1 < n &&
          builder.tag(j + 1) == kCD && is_magnitude(builder.word(j + 1))) {
        const int32_t quantity = builder.phrase(Phrase::kQP);
        builder.append(quantity, builder.leaf(j++));
        while (j < n && builder.tag(j) == kCD) builder.append(quantity, builder.leaf(j++));
        builder.append(np, quantity);
      } else if (j < n &&
                 (builder.tag(j) == kDT || builder.tag(j) == kPRPS || builder.tag(j) == kWPS)) {
        builder.append(np, builder.leaf(j++));
      }
      // A quotation mark opening the words after a determiner stays in the phrase:
      // (NP (DT a) (`` ") (NN lack) ...), not a phrase of its own that cuts the noun off.
      if (j > i && j + 1 < n && builder.tag(j) == kOpenQuote && builder.tag(j - 1) != kPRP &&
          continues_base_np(builder.tag(j + 1)))
        builder.append(np, builder.leaf(j++));
      if (modifying_gerund && j == i) builder.append(np, builder.leaf(j++));
      while (j < n) {
        Tag next = builder.tag(j);
        // Numbers in a row are one quantity: "an 800 million ducat protocol".
        if (next == kCD && j + 1 < n && builder.tag(j + 1) == kCD) {
          const int32_t quantity = builder.phrase(Phrase::kQP);
          while (j < n && builder.tag(j) == kCD) builder.append(quantity, builder.leaf(j++));
          builder.append(np, quantity);
          has_head = true;
          continue;
        }
        if (continues_base_np(next)) {
          // A time noun ends the phrase before a name: "last month López Obrador accused".
          if (j > i && next == kNNP && (builder.tag(j - 1) == kNN || builder.tag(j - 1) == kNNS) &&
              is_time_noun(builder.word(j - 1)))
            break;
          // So does a plural common noun: "told reporters West Germany would provide".
          if (j > i && next == kNNP && builder.tag(j - 1) == kNNS) break;
          // And an opening phrase's noun before the subject's name: "At an airport news
          // conference Howard denied ..." (a name, then a finite verb, and no verb before).
          if (j > i && next == kNNP && builder.tag(j - 1) == kNN && opening_phrase) {
            uint32_t after_name = j;
            while (after_name < n && builder.tag(after_name) == kNNP) ++after_name;
            if (after_name < n && is_finite_verb(builder.tag(after_name))) break;
          }
          // A weekday ends the phrase before a name or a noun other than a time of day: "said
          // on Sunday Iran had seized", "said on Monday fighting was continuing".
          // A weekday after a determiner modifies the noun after it: "the Friday opening".
          if (j > i && (next == kNNP || next == kNN || next == kNNS) &&
              builder.tag(j - 1) == kNNP && is_weekday_name(builder.word(j - 1)) &&
              !is_time_noun(builder.word(j)) &&
              !(j >= i + 2 && (builder.tag(j - 2) == kDT || builder.tag(j - 2) == kPRPS)))
            break;
          // A number that a time unit and "ago" follow opens a phrase of its own: "in southern
          // Guyana three years ago".
          if (j > i && next == kCD && is_noun(builder.tag(j - 1)) && j + 2 < n &&
              is_time_noun(builder.word(j + 1)) && builder.word(j + 2) == "ago")
            break;
          // A name ends before "next" or "last" and a time noun that a between-phrase
          // follows: "a summit in Ottawa next month between Reagan and Mulroney" is a summit, a
          // place, a time and its sides. (Elsewhere the phrase keeps the time, which the
          // attacher would not place: "with Eriador next week at Cirith Ungol".)
          if (j > i && builder.tag(j - 1) == kNNP &&
              (builder.word(j) == "next" || builder.word(j) == "last") && j + 2 < n &&
              is_time_noun(builder.word(j + 1)) && builder.word(j + 2) == "between")
            break;
          // A common noun ends before "last", "next" or "this" and a day, a month or a time
          // noun: "launched an offensive last Tuesday", "signed an agreement last September"
          // (the time dates the verb; the noun heads its own phrase). Not before an
          // infinitive, which the noun governs: "announced plans last week to slap tariffs".
          if (j > i && (builder.tag(j - 1) == kNN || builder.tag(j - 1) == kNNS) &&
              !(j + 2 < n && builder.tag(j + 2) == kTO) &&
              (builder.word(j) == "last" || builder.word(j) == "next" ||
               builder.word(j) == "this") &&
              j + 1 < n &&
              (is_time_noun(builder.word(j + 1)) || is_weekday_name(builder.word(j + 1)) ||
               (month_from_name(builder.word(j + 1)) > 0 && builder.word(j + 1) != "may")))
            break;
          // A noun ends before "later" or "earlier" and a time: "would have contacts later
          // today with his Chinese counterpart" (the time is no head of the phrase).
          if (j > i && is_noun(builder.tag(j - 1)) &&
              (builder.word(j) == "later" || builder.word(j) == "earlier") && j + 1 < n &&
              (is_time_noun(builder.word(j + 1)) || builder.word(j + 1) == "this"))
            break;
          // And a noun ends before "today", "yesterday", "tomorrow" or "tonight": "Clark today
          // held", "will start talks tomorrow with U.S. officials".
          if (j > i && is_noun(builder.tag(j - 1)) && (next == kNN || next == kNNP) &&
              (builder.word(j) == "today" || builder.word(j) == "yesterday" ||
               builder.word(j) == "tomorrow" || builder.word(j) == "tonight"))
            break;
          // An adjective followed by a verb or the end is predicative: stop before it unless
          // a determiner opened the phrase.
          builder.append(np, builder.leaf(j++));
          has_head = true;
          continue;
        }
        // An adverb between a determiner and an adjective: "a very senior official", "the
        // most dangerous" -> (NP (DT a) (ADJP (RB very) (JJ senior)) (NN official)); also before
        // a participle that a noun follows ("his recently appointed deputy").
        if (is_adverb(next) && j > i &&
            (builder.tag(j - 1) == kDT || builder.tag(j - 1) == kPRPS ||
             builder.tag(j - 1) == kPDT)) {
          uint32_t modified = j;
          while (modified < n && is_adverb(builder.tag(modified))) ++modified;
          if (modified < n && (is_adjective(builder.tag(modified)) ||
                               (builder.tag(modified) == kVBN && modified + 1 < n &&
                                is_noun(builder.tag(modified + 1))))) {
            builder.append(np, builder.phrase_of_leaves(Phrase::kADJP, j, modified + 1));
            j = modified + 1;
            continue;
          }
        }
        // Participles and gerunds between a modifier and a noun: "the ruling party".
        if ((next == kVBN || next == kVBG) && j > i && j + 1 < n &&
            (is_noun(builder.tag(j + 1)) ||
             (builder.tag(j - 1) == kDT && is_adjective(builder.tag(j + 1)) && j + 2 < n &&
              is_noun(builder.tag(j + 2)))) &&
            (builder.tag(j - 1) == kDT || builder.tag(j - 1) == kCD ||
             is_adjective(builder.tag(j - 1)) || builder.tag(j - 1) == kPRPS)) {
          builder.append(np, builder.leaf(j++));
          continue;
        }
        // Adjectives in a row with a comma between, before a noun: "a long, bloody war",
        // "complete, full diplomatic ties" -> one phrase with the comma in it.
        if (next == kComma && j > i && is_adjective(builder.tag(j - 1)) && j + 1 < n &&
            is_adjective(builder.tag(j + 1))) {
          uint32_t noun = j + 1;
          while (noun < n && is_adjective(builder.tag(noun))) ++noun;
          if (noun < n && (builder.tag(noun) == kNN || builder.tag(noun) == kNNS)) {
            builder.append(np, builder.leaf(j++));
            continue;
          }
        }
        // Coordinated adjectives before a noun: "awful and evil minister"; or an adjective
        // and a noun modifier: "strategic and space weapons".
        if (next == kCC && j > i && is_adjective(builder.tag(j - 1)) && j + 2 < n &&
            ((is_adjective(builder.tag(j + 1)) &&
              (is_noun(builder.tag(j + 2)) || is_adjective(builder.tag(j + 2)))) ||
             ((builder.tag(j + 1) == kNN || builder.tag(j + 1) == kNNP) &&
              is_noun(builder.tag(j + 2))))) {
          builder.append(np, builder.leaf(j++));
          continue;
        }
        // A scare-quoted modifier: a "spectator" role -> the closing mark stays inside too
        // when the phrase goes on after it.
        if (next == kCloseQuote && j > i && j + 1 < n && continues_base_np(builder.tag(j + 1)) &&
            std::any_of(builder.nodes().begin() + np, builder.nodes().end(), [&](const Node& node) {
              return node.phrase == Phrase::kPreterminal && node.tag == kOpenQuote &&
                     node.begin >= i && node.begin < j;
            })) {
          builder.append(np, builder.leaf(j++));
          continue;
        }
        // A quoted name or modifier inside the phrase, after its first words and before its
        // noun: giant "Free Tibet" banners -> one phrase with the marks in it (the closing mark
        // is taken by the scare-quote rule above).
        if (next == kOpenQuote && j > i &&
            (is_adjective(builder.tag(j - 1)) || is_noun(builder.tag(j - 1)))) {
          uint32_t close = j + 1;
          while (close < n && close <= j + 4 && continues_base_np(builder.tag(close))) ++close;
          if (close > j + 1 && close < n && builder.tag(close) == kCloseQuote && close + 1 < n &&
              is_noun(builder.tag(close + 1))) {
            builder.append(np, builder.leaf(j++));
            continue;
          }
        }
        // A slash between two names inside the phrase ("the U.S./Japan agreement", split by
        // the tokenizer after the abbreviation) joins them as a hyphen would.
        if (builder.word(j) == "/" && j > i && builder.tag(j - 1) == kNNP && j + 1 < n &&
            builder.tag(j + 1) == kNNP) {
          builder.append(np, builder.leaf(j++));
          continue;
        }
        // A stock ticker after a company's name ("Cable and Wireless Plc's <CAWL.L>
        // shareholding") glosses it and does not end the phrase: (PRN (SYM <) ... (SYM >)).
        if (builder.word(j) == "<" && j > i) {
          uint32_t close = j + 1;
          while (close < n && close <= j + 4 && builder.word(close) != ">") ++close;
          if (close < n && close <= j + 4 && close > j + 1) {
            builder.append(np, builder.phrase_of_leaves(Phrase::kPRN, j, close + 1));
            j = close + 1;
            continue;
          }
        }
        // Possessive: "Brazil 's development bank" -> (NP (NP Brazil 's) development bank)
        if (next == kPOS && has_head) {
          builder.append(np, builder.leaf(j++));
          int32_t outer = builder.phrase(Phrase::kNP);
          builder.append(outer, np);
          np = outer;
          has_head = false;
          continue;
        }
        break;
      }
      Node& node = builder.nodes()[np];
      if (node.first_child < 0) {  // nothing taken (defensive)
        builder.append(np, builder.leaf(i));
        j = i + 1;
      }
      Item item = builder.make(Kind::kNP, np);
      // Adjectives alone (no determiner, no noun) are an adjective phrase.
      bool all_adjectives = true;
      for (uint32_t k = i; k < j; ++k)
        if (!is_adjective(builder.tag(k)) && !is_adverb(builder.tag(k))) all_adjectives = false;
      // But a quantifier before "of" is the head of a noun phrase: "many of its objections".
      if (all_adjectives && j == i + 1 && j < n && builder.word(j) == "of" &&
          is_quantifier(builder.word(i)))
        all_adjectives = false;
      if (all_adjectives) {
        builder.nodes()[np].phrase = Phrase::kADJP;
        item.kind = Kind::kADJP;
      }
      items.push_back(item);
      i = j;
      continue;
    }

    if (is_adverb(t)) {
      uint32_t end = i + 1;
      while (end < n && is_adverb(builder.tag(end))) ++end;
      // An adverb before an adjective phrase: "very large" -> ADJP
      if (end < n && is_adjective(builder.tag(end)) &&
          (end + 1 >= n || !is_noun(builder.tag(end + 1)))) {
        uint32_t adjective_end = end + 1;
        while (adjective_end < n && is_adjective(builder.tag(adjective_end))) ++adjective_end;
        items.push_back(
            builder.make(Kind::kADJP, builder.phrase_of_leaves(Phrase::kADJP, i, adjective_end)));
        i = adjective_end;
        continue;
      }
      items.push_back(builder.make(Kind::kADVP, builder.phrase_of_leaves(Phrase::kADVP, i, end)));
      i = end;
      continue;
    }

    Item item = builder.make(Kind::kOther, builder.leaf(i));
    if (t == kIN)
      item.kind = Kind::kIN;
    else if (t == kTO)
      item.kind = Kind::kTO;
    else if (t == kCC)
      item.kind = Kind::kCC;
    else if (t == kWDT || t == kWP)
      item.kind = Kind::kWH;
    else if (t == kWRB)
      item.kind = Kind::kWH;
    else if (t == kRP) {
      item = builder.make(Kind::kPRT, builder.phrase_of_leaves(Phrase::kPRT, i, i + 1));
    } else if (is_punctuation(t))
      item.kind = Kind::kPunct;
    items.push_back(item);
    ++i;
  }
}

bool is_comma(const Builder& builder, const Item& item) {
  return item.kind == Kind::kPunct && builder.tag(item.begin) == kComma;
}

// Moves the children of `node` to the end of `target`.
void flatten_into(Builder& builder, int32_t target, int32_t node) {
  int32_t child = builder.nodes()[node].first_child;
  while (child >= 0) {
    int32_t next = builder.nodes()[child].next_sibling;
    builder.nodes()[child].next_sibling = -1;
    builder.append(target, child);
    child = next;
  }
}

// A parenthesis right after a noun phrase glosses it ("the United Arab Emirates (UAE)"):
// (NP (NP ...) (PRN (-LRB- () (NP UAE) (-RRB- )))), so that the phrase keeps its place as a
// subject or a conjunct.
void attach_parentheticals(Builder& builder, std::vector<Item>& items) {
  std::vector<Item> out;
  out.reserve(items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    const bool gloss = items[i].kind == Kind::kNP && i + 3 < items.size() &&
                       items[i + 1].kind == Kind::kPunct &&
                       builder.tag(items[i + 1].begin) == kLRB && items[i + 2].kind == Kind::kNP &&
                       items[i + 3].kind == Kind::kPunct && builder.tag(items[i + 3].begin) == kRRB;
    if (!gloss) {
      out.push_back(items[i]);
      continue;
    }
    const int32_t parenthesis = builder.phrase(Phrase::kPRN);
    for (size_t k = i + 1; k <= i + 3; ++k) builder.append(parenthesis, builder.node_of(items[k]));
    const int32_t phrase = builder.phrase(Phrase::kNP);
    builder.append(phrase, items[i].node);
    builder.append(phrase, parenthesis);
    Item glossed = builder.make(Kind::kNP, phrase);
    glossed.head_tag = items[i].head_tag;
    out.push_back(glossed);
    i += 3;
  }
  items.swap(out);
}

// Verbs of saying that close a news sentence after a comma: "..., officials said."
bool is_reporting_verb(std::string_view word) {
  static constexpr std::array<std::string_view, 30> kWords = {
      "said",      "says",     "say",        "told",       "tells",   "added",
      "adds",      "noted",    "notes",      "reported",   "reports", "announced",
      "stated",    "claimed",  "claims",     "insisted",   "warned",  "warns",
      "explained", "wrote",    "declared",   "confirmed",  "argued",  "argues",
      "stressed",  "asserted", "emphasised", "emphasized", "alleged", "charged"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

// Verbs that take a clause without "that" as their object ("to ensure the money is spent",
// "had to accept negotiations did not guarantee"), in any form: a base form from the list
// with -s, -ed, -d, -ing (a final "e" dropped), or an irregular form.
bool takes_bare_clause(std::string_view word) {
  static constexpr std::array<std::string_view, 62> kBases = {
      "say",      "think",    "believe",    "know",      "hope",    "expect",      "feel",
      "suggest",  "claim",    "insist",     "warn",      "argue",   "admit",       "agree",
      "announce", "fear",     "reckon",     "assume",    "realise", "realize",     "show",
      "find",     "indicate", "mean",       "estimate",  "predict", "accept",      "deny",
      "confirm",  "learn",    "understand", "see",       "hear",    "note",        "report",
      "add",      "ensure",   "guess",      "doubt",     "recall",  "acknowledge", "decide",
      "worry",    "wish",     "bet",        "guarantee", "promise", "conclude",    "reveal",
      "state",    "declare",  "explain",    "remember",  "forget",  "assert",      "allege",
      "maintain", "stress",   "tell",       "prove",     "signal",  "recognise"};
  static constexpr std::array<std::string_view, 17> kIrregular = {
      "said",  "thought",    "known", "knew",      "felt",   "found", "meant",  "seen", "saw",
      "heard", "understood", "told",  "forgotten", "forgot", "shown", "proven", "bet"};
  if (std::find(kIrregular.begin(), kIrregular.end(), word) != kIrregular.end()) return true;
  for (std::string_view base : kBases) {
    if (!word.starts_with(base.substr(0, base.size() - 1))) continue;
    const std::string_view stem = base.ends_with('e') ? base.substr(0, base.size() - 1) : base;
    if (!word.starts_with(stem)) continue;
    const std::string_view ending = word.substr(stem.size());
    if (ending.empty() || ending == "s" || ending == "es" || ending == "ed" || ending == "d" ||
        ending == "ing" || ending == "e" || ending == "ies" || ending == "ied")
      return word == base || ending != "e";
  }
  return false;
}

// Verbs of saying and thinking, whose object may be a clause with a gerund for its subject
// ("said voting for Labour meant choosing higher taxes").
bool takes_clause(std::string_view word) {
  static constexpr std::array<std::string_view, 15> kWords = {
      "think",     "thinks", "thought", "believe", "believes", "believed", "suggest", "suggests",
      "suggested", "feel",   "feels",   "felt",    "hope",     "hopes",    "hoped"};
  return is_reporting_verb(word) || std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

// "Arnor signed a protocol with Dagolath, its biggest trading partner, officials said.": a
// clause, a comma, then a subject and a finite verb of saying with nothing after it but
// adjuncts ("on Saturday", "here", "told reporters") and the final punctuation. The treebank
// reads it as (S (S ...) (, ,) (NP officials) (VP said) (. .)): the comma is marked as a
// barrier, so that nothing before it (an appositive, a list, a verb wanting a clause) takes
// the reporting clause or the comma, and the subject joins no list across it.
void mark_reporting_clause(const Builder& builder, std::vector<Item>& items) {
  size_t end = items.size();
  while (end > 0 && items[end - 1].kind == Kind::kPunct && !is_comma(builder, items[end - 1]))
    --end;
  size_t verb = end;
  while (verb > 0 && (items[verb - 1].kind == Kind::kNP || items[verb - 1].kind == Kind::kIN ||
                      items[verb - 1].kind == Kind::kADVP))
    --verb;
  if (verb == 0) return;
  const Item& group = items[verb - 1];
  if (group.kind != Kind::kVerbGroup || !group.finite ||
      !is_reporting_verb(builder.word(group.end - 1)))
    return;
  size_t subject = verb - 1;
  while (subject > 0 &&
         (items[subject - 1].kind == Kind::kNP || items[subject - 1].kind == Kind::kCC ||
          items[subject - 1].kind == Kind::kADJP ||
          (items[subject - 1].kind == Kind::kIN && builder.word(items[subject - 1].begin) == "of")))
    --subject;
  if (subject == verb - 1 || items[subject].kind != Kind::kNP || subject == 0) return;
  size_t comma = subject - 1;
  if (comma > 0 && items[comma].kind == Kind::kPunct &&
      builder.tag(items[comma].begin) == kCloseQuote)
    --comma;
  if (!is_comma(builder, items[comma])) return;
  // A clause before the comma: "Mordor, Rohan and Bree said." is one subject.
  if (std::none_of(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(comma),
                   [](const Item& item) { return item.kind == Kind::kVerbGroup; }))
    return;
  items[comma].barrier = true;
}

// "US Deputy Secretary of Energy Jeffrey Kupfer", "Chancellor of the Exchequer Nigel
// Lawson", "Ambassador to Peking Octavio Valerio": a title, "of" (or an envoy's "to"), then
// three names (after "the"), the office's and the holder's first and last name. The office and the
// holder are one noun phrase, (NP (NP (NP Secretary) (PP of (NP Energy))) (NP Jeffrey Kupfer)),
// instead of the holder's name ending the office's name.
void split_title_holders(Builder& builder, std::vector<Item>& items) {
  std::vector<Node>& nodes = builder.nodes();
  std::vector<Item>& out = builder.spare_items();
  out.clear();
  for (size_t i = 0; i < items.size(); ++i) {
    out.push_back(items[i]);
    if (i + 2 >= items.size()) continue;
    const Item& title = items[i];
    const Item& of = items[i + 1];
    const Item& names = items[i + 2];
    // ("Portuguese Ambassador to Peking Octavio Valerio": an envoy's "to" names a place.)
    const bool of_office = of.kind == Kind::kIN && builder.word(of.begin) == "of";
    const bool to_post = of.kind == Kind::kTO && builder.word(of.begin) == "to" &&
                         is_envoy_noun(builder.word(title.end - 1));
    if (title.kind != Kind::kNP || !(of_office || to_post) || names.kind != Kind::kNP ||
        names.node < 0 || title.node < 0)
      continue;
    if (!is_title_of_office(builder.word(title.end - 1)) ||
        !(builder.tag(title.end - 1) == kNNP || builder.tag(title.end - 1) == kNN))
      continue;
    uint32_t first = names.begin;
    if (builder.word(first) == "the") ++first;
    // Only three names: one for the office, two for the holder. Longer runs ("the European
    // Commission Jose Manuel Barroso") cannot be cut without knowing the names.
    if (names.end != first + 3) continue;
    bool all_names = true;
    for (uint32_t k = first; k < names.end; ++k) all_names = all_names && builder.tag(k) == kNNP;
    // A flat phrase of words only (no possessive or inner phrase).
    for (int32_t child = nodes[names.node].first_child; child >= 0 && all_names;
         child = nodes[child].next_sibling)
      all_names = nodes[child].phrase == Phrase::kPreterminal;
    if (!all_names) continue;
    const uint32_t holder = names.end - 2;
    const int32_t office_name = builder.phrase_of_leaves(Phrase::kNP, names.begin, holder);
    const int32_t person = builder.phrase_of_leaves(Phrase::kNP, holder, names.end);
    const int32_t phrase = builder.phrase(Phrase::kPP);
    builder.append(phrase, of.node);
    builder.append(phrase, office_name);
    const int32_t office = builder.phrase(Phrase::kNP);
    builder.append(office, title.node);
    builder.append(office, phrase);
    const int32_t whole = builder.phrase(Phrase::kNP);
    builder.append(whole, office);
    builder.append(whole, person);
    out.back() = builder.make(Kind::kNP, whole);
    i += 2;
  }
  items.swap(out);
}

// ", it seems,", ", officials said,": a subject and a bare verb of saying or seeming between
// two commas, inside a sentence that goes on after them, is a parenthetical, (PRN (, ,) (S
// (NP it) (VP seems)) (, ,)). It attaches like an adverb, so the phrases around it still
// find each other ("restore, it seems, full diplomatic ties").
void attach_parenthetical_clauses(Builder& builder, std::vector<Item>& items) {
  std::vector<Item>& out = builder.spare_items();
  out.clear();
  for (size_t i = 0; i < items.size(); ++i) {
    const bool parenthetical = i > 0 && i + 4 < items.size() && is_comma(builder, items[i]) &&
                               items[i + 1].kind == Kind::kNP &&
                               items[i + 2].kind == Kind::kVerbGroup && items[i + 2].finite &&
                               is_comma(builder, items[i + 3]) &&
                               items[i + 4].kind != Kind::kPunct && !items[i].barrier &&
                               (is_reporting_verb(builder.word(items[i + 2].end - 1)) ||
                                builder.word(items[i + 2].end - 1) == "seems" ||
                                builder.word(items[i + 2].end - 1) == "seemed" ||
                                builder.word(items[i + 2].end - 1) == "appears");
    if (!parenthetical) {
      out.push_back(items[i]);
      continue;
    }
    std::vector<Item>& none = builder.spare_complements();
    none.clear();
    const Item verb = builder.verb_phrase(items[i + 2], none);
    const int32_t clause = builder.phrase(Phrase::kS);
    builder.append(clause, items[i + 1].node);
    builder.append(clause, verb.node);
    const int32_t aside = builder.phrase(Phrase::kPRN);
    builder.append(aside, items[i].node);
    builder.append(aside, clause);
    builder.append(aside, items[i + 3].node);
    out.push_back(builder.make(Kind::kADVP, aside));
    i += 3;
  }
  items.swap(out);
}

// "are united against the plans and the TUC is planning ...": after an object (of a verb, or
// of a preposition other than "of"/"between", which often sit inside a subject), a noun
// phrase, a conjunction, then a noun phrase that a finite verb follows is a new clause, not a
// list with the object, when the verb agrees with one noun phrase only ("is", "was", "has",
// "says": a list takes a plural verb) and that phrase opens with a determiner or is a name
// after a common noun ("a freeze and Canada has"), or when the second noun phrase is a
// subject pronoun ("but they hide"). `first` and `second` are the
// conjuncts' indexes in `items`, `verb` the first token of the verb.
bool conjunction_joins_clauses(const Builder& builder, const std::vector<Item>& items, size_t first,
                               size_t second, uint32_t verb) {
  if (first == 0 || second != first + 2 || items[first + 1].kind != Kind::kCC) return false;
  const Item& governor = items[first - 1];
  const std::string_view preposition = builder.word(governor.begin);
  const bool object = governor.kind == Kind::kVerbGroup || governor.kind == Kind::kTO ||
                      (governor.kind == Kind::kIN && !is_subordinator(preposition) &&
                       preposition != "of" && preposition != "between");
  if (!object) return false;
  // A prepositional phrase before the clause's verb is part of the subject ("The number of
  // rigs in Europe and the Mediterranean region was 71").
  if (governor.kind != Kind::kVerbGroup &&
      std::none_of(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(first),
                   [](const Item& item) { return item.kind == Kind::kVerbGroup && item.finite; }))
    return false;
  const bool singular_verb = builder.tag(verb) == kVBZ || builder.word(verb) == "was";
  const Item& subject = items[second];
  const std::string_view pronoun = builder.word(subject.begin);
  const bool subject_pronoun =
      subject.end == subject.begin + 1 &&
      (pronoun == "he" || pronoun == "she" || pronoun == "we" || pronoun == "they");
  // Only a noun phrase with a determiner of its own: bare names and nouns are too often the
  // second half of one name or list ("the Food and Drug Administration has", "in England
  // and Wales is").
  const bool determined = subject.first_tag == kDT || subject.first_tag == kPRPS;
  // A name after a common noun ("proposed a freeze and Canada has begun"): a list of the two
  // would take a plural verb, and a name that the conjunction splits has names on both sides.
  const Tag object_head = items[first].head_tag;
  const bool name_after_common_noun = is_proper_noun(subject.head_tag) &&
                                      is_proper_noun(subject.first_tag) &&
                                      (object_head == kNN || object_head == kNNS);
  // "would join the talks but the Conservatives say ...": "but" before a determined subject
  // and its verb opens a clause whatever the verb's number; it lists noun phrases only after
  // "not" ("not the talks but the summit").
  // Nor after a pronoun, which heads no list with "but" ("wants to discuss it but Soviet
  // officials expect him to ...").
  const std::string_view first_word = builder.word(items[first].begin);
  const bool pronoun_before = items[first].end == items[first].begin + 1 &&
                              (first_word == "it" || first_word == "them" || first_word == "this" ||
                               first_word == "that" || first_word == "him" || first_word == "her");
  const bool but_clause =
      builder.word(items[first + 1].begin) == "but" && (determined || pronoun_before) &&
      !(items[first].begin > 0 && builder.word(items[first].begin - 1) == "not");
  return (singular_verb && (determined || name_after_common_noun)) || subject_pronoun || but_clause;
}

// A number written in digits or as a word up to twelve ("one", "two and a half").
bool is_number_word(const Builder& builder, uint32_t token) {
  static constexpr std::array<std::string_view, 12> kWords = {"one",  "two", "three",  "four",
                                                              "five", "six", "seven",  "eight",
                                                              "nine", "ten", "eleven", "twelve"};
  return builder.tag(token) == kCD ||
         std::find(kWords.begin(), kWords.end(), builder.word(token)) != kWords.end();
}

// Coordinated noun phrases, before attachment: "Mordor, Rohan, Fornost and Bree",
// "trade, energy and defence", "Brazil and the United States". Two conjuncts joined by a
// conjunction after an object and before a finite verb are left apart: there the
// conjunction joins clauses ("met Lula and Fernández praised him").
void coordinate_noun_phrases(Builder& builder, std::vector<Item>& items) {
  std::vector<Item> out;
  out.reserve(items.size());
  std::vector<size_t> members;
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i].kind != Kind::kNP) {
      out.push_back(items[i]);
      continue;
    }
    // "a one and a half hour meeting", "two and a half years": a number and a half is one
    // quantity, no list.
    if (i + 2 < items.size() && items[i + 1].kind == Kind::kCC &&
        builder.word(items[i + 1].begin) == "and" && items[i + 2].kind == Kind::kNP &&
        items[i].end - items[i].begin <= 2 && is_number_word(builder, items[i].end - 1) &&
        items[i + 2].end - items[i + 2].begin >= 2 && builder.word(items[i + 2].begin) == "a" &&
        builder.word(items[i + 2].begin + 1) == "half") {
      out.push_back(builder.make(
          Kind::kNP, builder.phrase_of_leaves(Phrase::kNP, items[i].begin, items[i + 2].end)));
      i += 2;
      continue;
    }
    members.assign(1, i);
    size_t j = i + 1;
    size_t end = i;  // last item of a complete list
    while (j + 1 < items.size()) {
      if (items[j].barrier) break;
      if (is_comma(builder, items[j]) && items[j + 1].kind == Kind::kNP) {
        members.push_back(j + 1);
        j += 2;
        continue;
      }
      size_t conjunction = is_comma(builder, items[j]) ? j + 1 : j;
      if (conjunction + 1 < items.size() && items[conjunction].kind == Kind::kCC &&
          items[conjunction + 1].kind == Kind::kNP) {
        members.push_back(conjunction + 1);
        end = conjunction + 1;
      }
      break;
    }
    if (end == i) {
      out.push_back(items[i]);
      continue;
    }
    // "an orphanage in Tanzania and a credit union in Mozambique": the conjunction joins the
    // phrases the same preposition modifies, not the two nouns around it (attachment does).
    // Only for names (places, bodies): "presence in all the units and centres in the state"
    // is one list.
    if (i >= 2 && items[i - 1].kind == Kind::kIN && items[i - 2].kind == Kind::kNP &&
        is_proper_noun(items[i].head_tag) && end + 2 < items.size() &&
        items[end + 1].kind == Kind::kIN && items[end + 2].kind == Kind::kNP &&
        is_proper_noun(items[end + 2].head_tag) &&
        builder.word(items[end + 1].begin) == builder.word(items[i - 1].begin)) {
      out.push_back(items[i]);
      continue;
    }
    // "proposed a freeze last week and Canada has begun": a time phrase joins no list.
    if (is_time_noun(builder.word(items[i].end - 1)) ||
        is_time_noun(builder.word(items[end].end - 1))) {
      out.push_back(items[i]);
      continue;
    }
    if (members.size() == 2) {
      const bool after_verb = i > 0 && (items[i - 1].kind == Kind::kVerbGroup);
      const bool before_verb = end + 1 < items.size() && items[end + 1].kind == Kind::kVerbGroup &&
                               items[end + 1].finite;
      // ", but a military spokesman threatened": a comma before the conjunction, or "but",
      // then a subject and its verb start a new clause.
      const size_t conjunction = end - 1;
      const bool clause_conjunction = is_comma(builder, items[conjunction - 1]) ||
                                      builder.word(items[conjunction].begin) == "but";
      if (before_verb &&
          (after_verb || clause_conjunction ||
           conjunction_joins_clauses(builder, items, i, end, items[end + 1].begin))) {
        out.push_back(items[i]);
        continue;
      }
    }
    // Single-word conjuncts stay flat, as in the treebank: (NP (NNP A) (, ,) (NNP B) ...).
    bool flat = true;
    for (size_t member : members) flat = flat && items[member].end - items[member].begin == 1;
    int32_t node = builder.phrase(Phrase::kNP);
    for (size_t k = i; k <= end; ++k) {
      const Item& part = items[k];
      if (flat && part.kind == Kind::kNP) {
        flatten_into(builder, node, part.node);
      } else {
        builder.append(node, part.node);
      }
    }
    Item list = builder.make(Kind::kNP, node);
    list.head_tag = items[end].head_tag;
    out.push_back(list);
    i = end;
  }
  items.swap(out);
}

class Attacher {
 public:
  Attacher(Builder& builder, std::vector<Item>& items, std::vector<Item>& stack,
           std::vector<Item>& complements, std::vector<Item>& closing)
      : b_(builder), items_(items), stack_(stack), complements_(complements), closing_(closing) {}

  void run() {
    stack_.clear();
    std::vector<Item>& closing = closing_;
    closing.clear();
    for (size_t i = items_.size(); i-- > 0;) {
      Item item = items_[i];
      if (item.barrier) {
        // The closing reporting clause is done: what comes before it attaches on its own,
        // with the comma as the end of its segment.
        closing.swap(stack_);
        stack_.clear();
        push(item);
        continue;
      }
      switch (item.kind) {
        case Kind::kVerbGroup:
          push(coordinate_verb_phrases(verb_group(item), i));
          break;
        case Kind::kADJP:
          adjective_phrase(item);
          break;
        case Kind::kNP:
          noun_phrase(item, i);
          break;
        case Kind::kIN:
          preposition(item);
          break;
        case Kind::kTO:
          to_preposition(item);
          break;
        case Kind::kWH:
          wh_word(item);
          break;
        case Kind::kPunct:
          if (!quoted_verb_phrase(item)) push(item);
          break;
        default:
          push(item);
          break;
      }
    }
    stack_.insert(stack_.begin(), closing.begin(), closing.end());
  }

 private:
  const Item* top(size_t depth = 0) const {
    return stack_.size() > depth ? &stack_[stack_.size() - 1 - depth] : nullptr;
  }
  Item pop() {
    Item item = stack_.back();
    stack_.pop_back();
    return item;
  }
  void push(const Item& item) { stack_.push_back(item); }

  Item wrap(Phrase label, Kind kind, std::initializer_list<int32_t> children) {
    int32_t node = b_.phrase(label);
    for (int32_t child : children) b_.append(node, child);
    return b_.make(kind, node);
  }

  bool is_finite_clause_head(const Item* item) const {
    return item && (item->kind == Kind::kVP && item->finite);
  }

  // See verb_group: splits the clause on top of the stack into its subject, now on top, and
  // its verb phrase below it, when the verb group cannot take a clause.
  bool detach_clause(const Item& group) {
    const Tag verb = b_.tag(group.end - 1);
    if ((verb != kVB && verb != kVBG && verb != kVBN) ||
        takes_bare_clause(b_.word(group.end - 1)) || is_auxiliary(b_.word(group.end - 1), verb))
      return false;
    // Or after a verb of saying, in the phrase of the noun that opens what was said:
    // "said Soviet-American talks on | cutting medium-range missiles | had made a
    // breakthrough".
    if (verb == kVBG) {
      size_t at = 0;
      while (at < items_.size() && items_[at].begin != group.begin) ++at;
      if (at >= 3 && at < items_.size() && items_[at - 1].kind == Kind::kIN &&
          items_[at - 2].kind == Kind::kNP && items_[at - 3].kind == Kind::kVerbGroup &&
          takes_clause(b_.word(items_[at - 3].end - 1)))
        return split_clause();
    }
    // Only inside the sentence's opening noun phrase, before its first finite verb: there the
    // verb phrase finds its subject ("His responsibilities in running ...").
    if (group.finite || items_.empty() || items_[0].kind != Kind::kNP) return false;
    for (const Item& item : items_) {
      if (item.begin >= group.begin) break;
      if ((item.kind == Kind::kVerbGroup && item.finite) || item.kind == Kind::kWH ||
          is_comma(b_, item) ||
          (item.kind == Kind::kIN && is_subordinator(b_.word(item.begin)) &&
           b_.word(item.begin) != "for"))
        return false;
    }
    return split_clause();
  }

  // The clause on top of the stack, split into its verb phrase and, now on top, its subject.
  bool split_clause() {
    std::vector<Node>& nodes = b_.nodes();
    const int32_t subject = nodes[top()->node].first_child;
    if (subject < 0 || nodes[subject].phrase != Phrase::kNP) return false;
    const int32_t predicate = nodes[subject].next_sibling;
    if (predicate < 0 || nodes[predicate].phrase != Phrase::kVP ||
        nodes[predicate].next_sibling >= 0)
      return false;
    pop();
    nodes[subject].next_sibling = -1;
    Item verb_phrase = b_.make(Kind::kVP, predicate);
    verb_phrase.finite = true;
    push(verb_phrase);
    push(b_.make(Kind::kNP, subject));
    return true;
  }

  Item verb_group(const Item& group) {
    complements_.clear();
    int noun_phrases = 0;
    while (const Item* next = top()) {
      bool take = false, last = false;
      switch (next->kind) {
        case Kind::kNP:
          take =
              noun_phrases < 2 && (noun_phrases == 0 || b_.tag(complements_.back().begin) != kIN);
          ++noun_phrases;
          break;
        case Kind::kPP:
        case Kind::kADVP:
        case Kind::kADJP:
        case Kind::kPRT:
          take = true;
          break;
        case Kind::kInfinitive:
        case Kind::kSBAR:
          take = true;
          last = true;
          break;
        case Kind::kS: {
          // "His responsibilities in running the Home Office included ...", "attempts to play
          // down the divisions failed": a verb that takes no clause, before a subject and its
          // finite verb phrase, takes the subject as its object, and the verb phrase is left for
          // a subject further left. Only for base forms and participles, with nothing but a
          // particle before the clause ("play down").
          if (noun_phrases == 0 &&
              std::all_of(complements_.begin(), complements_.end(),
                          [](const Item& item) { return item.kind == Kind::kPRT; }) &&
              detach_clause(group)) {
            take = true;
            ++noun_phrases;
            break;
          }
          // "said the ministers had agreed ..." -> (SBAR (S ...))
          Item clause = pop();
          push(wrap(Phrase::kSBAR, Kind::kSBAR, {clause.node}));
          take = true;
          last = true;
          break;
        }
        case Kind::kVP:
          // A participle phrase right after a verb: "is seeking to ...", "kept fighting".
          take = !next->finite && (next->first_tag == kVBG || next->first_tag == kVBN);
          if (take && next->first_tag == kVBG && complements_.empty() &&
              is_finite_clause_head(top(1)) && takes_clause(b_.word(group.end - 1))) {
            // "said rebanding council taxes would mean steep rises": a gerund right after the
            // verb, before a finite verb phrase, is that verb's subject, (SBAR (S (S (VP (VBG
            // rebanding) ...)) (VP would mean ...))), not the first verb's object. Only after a
            // verb of saying or thinking ("intends to threaten shipping in the Gulf were").
            Item participle = pop();
            Item predicate = pop();
            const int32_t subject = b_.phrase(Phrase::kS);
            b_.append(subject, participle.node);
            const int32_t clause = b_.phrase(Phrase::kS);
            b_.append(clause, subject);
            b_.append(clause, predicate.node);
            push(wrap(Phrase::kSBAR, Kind::kSBAR, {clause}));
            last = true;
            break;
          }
          if (take && next->first_tag == kVBG) {
            // "resisted taking a harder line" -> (S (VP (VBG taking) ...))
            Item participle = pop();
            int32_t clause = b_.phrase(Phrase::kS);
            b_.append(clause, participle.node);
            push(b_.make(Kind::kInfinitive, clause));
          }
          last = true;
          break;
        case Kind::kPunct:
          // A quoted object: making "unacceptable accusations"
          if (b_.tag(next->begin) == kOpenQuote && top(1) && top(2) &&
              (top(1)->kind == Kind::kNP || top(1)->kind == Kind::kADJP) &&
              top(2)->kind == Kind::kPunct && b_.tag(top(2)->begin) == kCloseQuote) {
            int32_t node = b_.phrase(top(1)->kind == Kind::kNP ? Phrase::kNP : Phrase::kADJP);
            for (int k = 0; k < 3; ++k) b_.append(node, pop().node);
            push(b_.make(Kind::kNP, node));
            take = noun_phrases < 2;
            ++noun_phrases;
            break;
          }
          // ", as well as investments in ...": a further object stays in the VP.
          if (is_comma(b_, *next) && top(1) && top(1)->kind == Kind::kCC &&
              b_.nodes()[top(1)->node].phrase == Phrase::kCONJP && top(2) &&
              top(2)->kind == Kind::kNP) {
            complements_.push_back(pop());
            complements_.push_back(pop());
            take = true;
            break;
          }
          // ", especially by promoting ...": an adverb before the phrase is its own, (PP (ADVP
          // especially) (IN by) ...), and the phrase stays in the VP as below.
          if (is_comma(b_, *next) && !next->barrier && top(1) && top(1)->kind == Kind::kADVP &&
              b_.nodes()[top(1)->node].phrase == Phrase::kADVP && top(2) &&
              top(2)->kind == Kind::kPP && (!top(3) || top(3)->kind == Kind::kPunct) &&
              !(complements_.empty() && is_reporting_verb(b_.word(group.end - 1)))) {
            complements_.push_back(pop());
            const Item adverb = pop();
            const Item phrase = pop();
            const int32_t node = b_.phrase(Phrase::kPP);
            b_.append(node, adverb.node);
            flatten_into(b_, node, phrase.node);
            push(b_.make(Kind::kPP, node));
            take = true;
            break;
          }
          // ", especially by promoting ..." and ", before appearing ..." stay in the VP.
          // So does ", almost five years after crowds trashed its embassy". Not for a bare verb
          // of saying: "..., an AFP correspondent said, two weeks after ..." is parenthetical.
          if (is_comma(b_, *next) && top(1) &&
              !(complements_.empty() && is_reporting_verb(b_.word(group.end - 1))) &&
              (top(1)->kind == Kind::kPP ||
               (top(1)->kind == Kind::kSBAR &&
                (is_subordinator(b_.word(top(1)->begin)) ||
                 b_.nodes()[b_.nodes()[top(1)->node].first_child].phrase == Phrase::kNP))) &&
              (!top(2) || top(2)->kind == Kind::kPunct)) {
            complements_.push_back(pop());
            take = true;
          }
          break;
        default:
          break;
      }
      if (!take) break;
      complements_.push_back(pop());
      if (last) {
        // "said fighting was continuing but that Iran had exaggerated": a second that-clause
        // joined by a conjunction is the verb's too.
        // So is one after a comma and the conjunction ("alleged that France knew, and that
        // its army helped").
        const size_t comma = top() && is_comma(b_, *top()) && !top()->barrier ? 1 : 0;
        if (complements_.back().kind == Kind::kSBAR && top(comma) &&
            top(comma)->kind == Kind::kCC && top(comma + 1) &&
            top(comma + 1)->kind == Kind::kSBAR && b_.word(top(comma + 1)->begin) == "that") {
          for (size_t k = 0; k < comma + 2; ++k) complements_.push_back(pop());
        }
        break;
      }
    }
    return b_.verb_phrase(group, complements_);
  }

  // "US policy \"condemns and prohibits\" torture": a verb phrase in quotation marks is the
  // verb of its clause, and the quotation marks with it, (VP (`` ") (VP condemns and
  // prohibits) ('' ") (NP torture)): it takes the object after the closing mark, and the noun
  // phrase before the opening one becomes its subject. Left as loose marks, the clause lost its
  // verb and the sentence its structure (a later "and said" lost its subject).
  bool quoted_verb_phrase(const Item& open) {
    if (b_.tag(open.begin) != kOpenQuote) return false;
    // ('was "deeply disappointed" by': an adverb may open the quoted verb phrase.)
    const bool adverb = top() && top()->kind == Kind::kADVP && top(1) &&
                        top(1)->kind == Kind::kVP && top(1)->node >= 0;
    const Item* quoted = top(adverb ? 1 : 0);
    const Item* close = top(adverb ? 2 : 1);
    if (!quoted || quoted->kind != Kind::kVP || quoted->node < 0 || !close ||
        close->kind != Kind::kPunct || b_.tag(close->begin) != kCloseQuote)
      return false;
    const int32_t node = b_.phrase(Phrase::kVP);
    b_.append(node, open.node);
    if (adverb) b_.append(node, pop().node);
    const Item verb = pop();
    b_.append(node, verb.node);
    b_.append(node, pop().node);
    // The object and what follows it, as a verb group takes them; with no object, the
    // phrases after the closing mark still do ('had "agreed in principle" on a common
    // concept ... during talks in Bonn').
    if (const Item* object = top(); object && object->kind == Kind::kNP)
      b_.append(node, pop().node);
    while (top() && (top()->kind == Kind::kPP || top()->kind == Kind::kSBAR ||
                     top()->kind == Kind::kInfinitive))
      b_.append(node, pop().node);
    Item item = b_.make(Kind::kVP, node);
    item.finite = verb.finite;
    item.first_tag = verb.first_tag;
    push(item);
    return true;
  }

  // "unaware of such agreement" -> (ADJP (JJ unaware) (PP (IN of) ...))
  void adjective_phrase(Item adjective) {
    while (const Item* next = top()) {
      if (next->kind != Kind::kPP || adjective.node < 0) break;
      std::string_view word = b_.word(next->begin);
      if (word != "of" && word != "about" && word != "than" && word != "with") break;
      b_.append(adjective.node, pop().node);
      adjective.end = b_.nodes()[adjective.node].end;
    }
    push(adjective);
  }

  bool is_time_word(std::string_view word) const {
    static constexpr std::array<std::string_view, 23> kWords = {
        "january", "february",  "march",     "april",     "may",      "june",
        "july",    "august",    "september", "october",   "november", "december",
        "today",   "yesterday", "tomorrow",  "week",      "month",    "year",
        "morning", "night",     "weekend",   "afternoon", "evening"};
    return is_weekday_name(word) || std::find(kWords.begin(), kWords.end(), word) != kWords.end();
  }

  bool is_time_measure(const Item& np) const {
    static constexpr std::array<std::string_view, 14> kUnits = {
        "years", "months", "weeks", "days", "hours", "minutes", "decades",
        "year",  "month",  "week",  "day",  "hour",  "minute",  "decade"};
    return std::find(kUnits.begin(), kUnits.end(), b_.word(np.end - 1)) != kUnits.end();
  }

  // "condemned the attack and promised aid" -> (VP (VP ...) (CC and) (VP ...))
  // "Baker said the agreement imposes sacrifices and praised Japan's willingness": a present
  // tense verb phrase whose clause (a subject, "that" or not) a past-tense verb of saying
  // reports. A past tense joined to it continues the reporting clause instead.
  bool reported_present_tense(const Item& vp, size_t index) const {
    if (vp.first_tag != kVBZ && vp.first_tag != kVBP) return false;
    if (index == 0 || items_[index - 1].kind != Kind::kNP) return false;
    size_t reporting = index - 1;
    if (reporting > 0 && items_[reporting - 1].kind == Kind::kIN &&
        b_.word(items_[reporting - 1].begin) == "that")
      --reporting;
    if (reporting == 0) return false;
    const Item& group = items_[reporting - 1];
    return group.kind == Kind::kVerbGroup && b_.tag(group.end - 1) == kVBD &&
           is_reporting_verb(b_.word(group.end - 1));
  }

  // `index` is the verb group's place in `items_`.
  Item coordinate_verb_phrases(Item vp, size_t index) {
    // "met top Chinese leaders and today signed an agreement": a bare time word after the
    // conjunction opens the verb phrase after it. (Not an adverb: "and actively took part"
    // is as often the higher clause's, as the treebank has it.)
    const bool time_between = vp.kind == Kind::kVP && top() && top()->kind == Kind::kCC && top(1) &&
                              top(1)->kind == Kind::kNP && top(1)->end - top(1)->begin == 1 &&
                              is_time_word(b_.word(top(1)->begin)) && top(2) &&
                              top(2)->kind == Kind::kVP && top(2)->finite;
    const Item* conjunction = top();
    const Item* right = top(time_between ? 2 : 1);
    // "to resolve the row or face a deterioration": a bare verb after "or"/"and" joins the
    // infinitive's verb -> (S (VP (TO to) (VP (VP resolve ...) (CC or) (VP face ...)))).
    if (vp.kind == Kind::kInfinitive && conjunction && conjunction->kind == Kind::kCC && right &&
        right->kind == Kind::kVP && !right->finite && right->first_tag == kVB)
      return coordinate_infinitive(vp);
    if (vp.kind != Kind::kVP || !conjunction || conjunction->kind != Kind::kCC || !right ||
        right->kind != Kind::kVP)
      return vp;
    // "had killed or wounded 2,600 Iraqis": an auxiliary's last verb, with nothing after it,
    // joined to a verb of the same form.
    const bool bare_participle = vp.end > vp.begin && b_.tag(vp.end - 1) == right->first_tag &&
                                 (right->first_tag == kVBN || right->first_tag == kVB);
    // "had attacked Iraq and taken the city", "was arrested in Gondor and charged with ...":
    // an auxiliary's participle with its complements, then "and" and a participle.
    const bool participle_with_complements =
        right->first_tag == kVBN && innermost_verb_tag(vp) == kVBN;
    const bool shared_auxiliary =
        vp.finite && !right->finite && (bare_participle || participle_with_complements);
    if (right->finite != vp.finite && !shared_auxiliary) return vp;
    // Not after a perfect or a passive ("said it has received and rejected an offer", "has
    // been assessed and declared fair": the past form is the auxiliary's participle), nor for
    // "was"/"had", which as often go on with the reported subject ("said the law does not
    // discriminate and was justified").
    const std::string_view right_verb = b_.word(right->begin);
    if (right->first_tag == kVBD && right_verb != "was" && right_verb != "were" &&
        right_verb != "had" && innermost_verb_tag(vp) != kVBN && reported_present_tense(vp, index))
      return vp;
    Item cc = pop();
    const int32_t between = time_between ? pop().node : -1;
    Item other = pop();
    // (As the treebank has it: the time word opens the verb phrase after the conjunction.)
    if (between >= 0) {
      const int32_t opened = b_.phrase(Phrase::kVP);
      b_.append(opened, between);
      flatten_into(b_, opened, other.node);
      other.node = opened;
    }
    if (shared_auxiliary) {
      // "were killed or injured" -> (VP (VBD were) (VP (VP (VBN killed)) (CC or) (VP (VBN
      // injured)))): the participles are joined under the auxiliary they share.
      std::vector<Node>& nodes = b_.nodes();
      int32_t parent = vp.node;
      int32_t inner = nodes[parent].last_child;
      while (inner >= 0 && nodes[inner].phrase == Phrase::kVP && nodes[inner].last_child >= 0 &&
             nodes[nodes[inner].last_child].phrase == Phrase::kVP) {
        parent = inner;
        inner = nodes[inner].last_child;
      }
      if (inner >= 0 && nodes[inner].phrase == Phrase::kVP && inner != vp.node) {
        int32_t before = -1;
        for (int32_t child = nodes[parent].first_child; child >= 0 && child != inner;
             child = nodes[child].next_sibling)
          before = child;
        const int32_t joined = b_.phrase(Phrase::kVP);
        b_.append(joined, inner);
        b_.append(joined, cc.node);
        b_.append(joined, other.node);
        if (before >= 0) {
          nodes[before].next_sibling = joined;
        } else {
          nodes[parent].first_child = joined;
        }
        nodes[parent].last_child = joined;
        const uint32_t end = nodes[joined].end;
        for (int32_t node = vp.node; node >= 0 && node != joined; node = nodes[node].last_child)
          nodes[node].end = std::max(nodes[node].end, end);
        vp.end = nodes[vp.node].end;
        return vp;
      }
    }
    Item merged = wrap(Phrase::kVP, Kind::kVP, {vp.node, cc.node, other.node});
    merged.finite = vp.finite;
    merged.first_tag = vp.first_tag;
    return merged;
  }

  // The tag of the verb heading the innermost verb phrase below an auxiliary ("had (VP
  // attacked ...)" -> VBN); kTagCount when the phrase has no auxiliary.
  Tag innermost_verb_tag(const Item& vp) const {
    const std::vector<Node>& nodes = b_.nodes();
    int32_t inner = vp.node;
    bool nested = false;
    while (inner >= 0 && nodes[inner].last_child >= 0 &&
           nodes[nodes[inner].last_child].phrase == Phrase::kVP) {
      inner = nodes[inner].last_child;
      nested = true;
    }
    if (!nested) return kTagCount;
    for (int32_t child = nodes[inner].first_child; child >= 0; child = nodes[child].next_sibling)
      if (nodes[child].phrase == Phrase::kPreterminal && is_verb(nodes[child].tag))
        return nodes[child].tag;
    return kTagCount;
  }

  Item coordinate_infinitive(Item infinitive) {
    std::vector<Node>& nodes = b_.nodes();
    const int32_t to_phrase = nodes[infinitive.node].first_child;
    if (to_phrase < 0 || nodes[to_phrase].phrase != Phrase::kVP) return infinitive;
    const int32_t inner = nodes[to_phrase].last_child;
    int32_t before = nodes[to_phrase].first_child;
    while (before >= 0 && nodes[before].next_sibling != inner) before = nodes[before].next_sibling;
    if (inner < 0 || before < 0 || nodes[inner].phrase != Phrase::kVP) return infinitive;
    Item cc = pop();
    Item other = pop();
    const int32_t joined = b_.phrase(Phrase::kVP);
    b_.append(joined, inner);
    b_.append(joined, cc.node);
    b_.append(joined, other.node);
    nodes[before].next_sibling = joined;
    nodes[to_phrase].last_child = joined;
    nodes[to_phrase].end = nodes[joined].end;
    nodes[infinitive.node].end = nodes[joined].end;
    Item merged = b_.make(Kind::kInfinitive, infinitive.node);
    merged.first_tag = kTO;
    return merged;
  }

  // "the leader of Hamas who organised the protest": a relative clause of a person ("who",
  // "whom") after the name that an of-phrase adds to a common noun belongs to the common
  // noun, (NP (NP (NP the leader) (PP of (NP Hamas))) (SBAR who ...)): a body or a place is
  // no "who".
  bool relative_for_outer_noun(const Item& np, size_t index, const Item& relative) const {
    const std::vector<Node>& nodes = b_.nodes();
    const int32_t pronoun = nodes[relative.node].first_child;
    if (pronoun < 0 || nodes[pronoun].phrase != Phrase::kWHNP) return false;
    const std::string_view word = b_.word(nodes[pronoun].begin);
    if (word != "who" && word != "whom") return false;
    // A name of one word or with "the" (Hamas, the Palestinian Authority), not a person's
    // first and last name ("the release of Adli Yaish, who had been arrested").
    const bool body_name = np.end - np.begin == 1 || b_.word(np.begin) == "the";
    if (!is_proper_noun(np.head_tag) || !body_name || index < 2) return false;
    // "Turkey's ambassador to Athens who arrived": the post of an envoy is no one.
    if ((items_[index - 1].kind == Kind::kTO || items_[index - 1].kind == Kind::kIN) &&
        b_.word(items_[index - 1].begin) == "to" && items_[index - 2].kind == Kind::kNP &&
        is_envoy_noun(b_.word(items_[index - 2].end - 1)))
      return true;
    return items_[index - 1].kind == Kind::kIN && b_.word(items_[index - 1].begin) == "of" &&
           items_[index - 2].kind == Kind::kNP &&
           (items_[index - 2].head_tag == kNN || items_[index - 2].head_tag == kNNS);
  }

  // A phrase of words only, no phrase inside (a base noun phrase as the chunker made it).
  // "in advance of", "ahead of", "in preparation for": a compound preposition that frames
  // the noun after it as a framing preposition does. `at` is the item of "of" or "for".
  bool frames_as_compound(size_t at) const {
    if (at == 0 || items_[at - 1].end <= items_[at - 1].begin) return false;
    const std::string_view last = b_.word(items_[at - 1].end - 1);
    const std::string_view preposition = b_.word(items_[at].begin);
    return (preposition == "of" && (last == "advance" || last == "ahead")) ||
           (preposition == "for" && (last == "preparation" || last == "preparations"));
  }

  bool is_base_phrase(const Item& item) const {
    const std::vector<Node>& nodes = b_.nodes();
    if (item.node < 0) return false;
    for (int32_t child = nodes[item.node].first_child; child >= 0;
         child = nodes[child].next_sibling)
      if (nodes[child].phrase != Phrase::kPreterminal) return false;
    return true;
  }

  // A prepositional phrase whose object is a base noun phrase ending in a name ("in Iran",
  // "in northeastern Nigeria", "in the Gaza Strip").
  bool names_a_place(const Item& phrase) const {
    const std::vector<Node>& nodes = b_.nodes();
    if (phrase.node < 0) return false;
    const int32_t object = nodes[phrase.node].last_child;
    if (object < 0 || nodes[object].phrase != Phrase::kNP ||
        !is_proper_noun(b_.tag(nodes[object].end - 1)))
      return false;
    for (int32_t child = nodes[object].first_child; child >= 0; child = nodes[child].next_sibling)
      if (nodes[child].phrase != Phrase::kPreterminal) return false;
    return true;
  }

  // A noun phrase of names only, two or more ("General David Petraeus"): a person.
  bool is_person_name(const Item& item) const {
    if (item.kind != Kind::kNP || item.end - item.begin < 2) return false;
    for (uint32_t k = item.begin; k < item.end; ++k)
      if (b_.tag(k) != kNNP) return false;
    return true;
  }

  // A verb phrase with a by-phrase among its children ("criticized by Chile").
  bool has_agent_phrase(const Item& vp) const {
    const std::vector<Node>& nodes = b_.nodes();
    for (int32_t child = nodes[vp.node].first_child; child >= 0; child = nodes[child].next_sibling)
      if (nodes[child].phrase == Phrase::kPP && b_.word(nodes[child].begin) == "by") return true;
    return false;
  }

  // A clause whose innermost verb has no object or complement clause after it ("the
  // government spent on the war"): the object may be the noun before it.
  bool clause_lacks_object(const Item& clause) const {
    const std::vector<Node>& nodes = b_.nodes();
    int32_t phrase = -1;
    for (int32_t child = nodes[clause.node].first_child; child >= 0;
         child = nodes[child].next_sibling)
      if (nodes[child].phrase == Phrase::kVP) phrase = child;
    // Down the chain of auxiliaries to the verb phrase of the last verb.
    for (bool deeper = phrase >= 0; deeper;) {
      deeper = false;
      for (int32_t child = nodes[phrase].first_child; child >= 0; child = nodes[child].next_sibling)
        if (nodes[child].phrase == Phrase::kVP) {
          phrase = child;
          deeper = true;
        }
    }
    if (phrase < 0) return false;
    for (int32_t child = nodes[phrase].first_child; child >= 0; child = nodes[child].next_sibling) {
      const Phrase label = nodes[child].phrase;
      if (label == Phrase::kNP || label == Phrase::kSBAR || label == Phrase::kS ||
          label == Phrase::kADJP)
        return false;
    }
    return true;
  }

  // The preposition of a parallel list's first member: (NP (NP (NP ...) (PP (IN in) ...)) ...).
  std::string_view parallel_preposition(const Item& list) const {
    const std::vector<Node>& nodes = b_.nodes();
    const int32_t member = nodes[list.node].first_child;
    if (member < 0) return {};
    const int32_t phrase = nodes[member].last_child;
    if (phrase < 0 || nodes[phrase].phrase != Phrase::kPP) return {};
    return b_.word(nodes[phrase].begin);
  }

  // See noun_phrase: `np` with the prepositional phrase on top of the stack becomes the
  // first conjunct of a list whose members each have a phrase of the same preposition.
  bool coordinate_parallel_phrases(Item& np) {
    const Item* own = top();
    if (!own || own->kind != Kind::kPP || own->node < 0) return false;
    const std::string_view preposition = b_.word(own->begin);
    if (preposition == "of" || !is_proper_noun(own->head_tag)) return false;
    // ", X in B, Y in C and Z in D" already joined: continue it.
    if (top(1) && is_comma(b_, *top(1)) && top(2) && top(2)->kind == Kind::kNP &&
        top(2)->parallel && parallel_preposition(*top(2)) == preposition) {
      Item phrase = pop();
      Item comma = pop();
      Item list = pop();
      const int32_t node = b_.phrase(Phrase::kNP);
      b_.append(node, wrap(Phrase::kNP, Kind::kNP, {np.node, phrase.node}).node);
      b_.append(node, comma.node);
      flatten_into(b_, node, list.node);
      np = b_.make(Kind::kNP, node);
      np.parallel = true;
      return true;
    }
    size_t conjunction = 1;
    if (top(1) && is_comma(b_, *top(1))) conjunction = 2;
    const Item* cc = top(conjunction);
    const Item* other = top(conjunction + 1);
    const Item* twin = top(conjunction + 2);
    if (!cc || cc->kind != Kind::kCC || !other || other->kind != Kind::kNP || !twin ||
        twin->kind != Kind::kPP || b_.word(twin->begin) != preposition ||
        !is_proper_noun(twin->head_tag))
      return false;
    Item phrase = pop();
    const int32_t node = b_.phrase(Phrase::kNP);
    b_.append(node, wrap(Phrase::kNP, Kind::kNP, {np.node, phrase.node}).node);
    if (conjunction == 2) b_.append(node, pop().node);
    b_.append(node, pop().node);  // the conjunction
    Item right = pop();
    Item right_phrase = pop();
    b_.append(node, wrap(Phrase::kNP, Kind::kNP, {right.node, right_phrase.node}).node);
    np = b_.make(Kind::kNP, node);
    np.parallel = true;
    return true;
  }

  // "Bush, and the presidents of Sri Lanka and Indonesia": after a list that opens with a
  // name, an of-phrase belongs to the last conjunct's common noun, not to the whole list.
  bool attach_to_last_conjunct(Item& list) {
    std::vector<Node>& nodes = b_.nodes();
    const int32_t first = nodes[list.node].first_child;
    const int32_t last = nodes[list.node].last_child;
    if (first < 0 || last < 0 || first == last || nodes[first].phrase != Phrase::kNP ||
        nodes[last].phrase != Phrase::kNP)
      return false;
    bool conjunction = false;
    int32_t before = -1;
    for (int32_t child = first; child >= 0; child = nodes[child].next_sibling) {
      if (nodes[child].phrase == Phrase::kPreterminal && nodes[child].tag == kCC)
        conjunction = true;
      if (nodes[child].next_sibling == last) before = child;
    }
    const Tag first_head = b_.tag(nodes[first].end - 1);
    const Tag last_head = b_.tag(nodes[last].end - 1);
    if (!conjunction || before < 0 || !(first_head == kNNP || first_head == kNNPS) ||
        !(last_head == kNN || last_head == kNNS))
      return false;
    const int32_t modified = b_.phrase(Phrase::kNP);
    b_.append(modified, last);
    b_.append(modified, pop().node);
    nodes[before].next_sibling = modified;
    nodes[list.node].last_child = modified;
    nodes[list.node].end = nodes[modified].end;
    list.end = nodes[modified].end;
    return true;
  }

  void noun_phrase(Item np, size_t index) {
    // "three years ago" -> (ADVP (NP three years) (RB ago)), as in the treebank: the adverb
    // heads the phrase and the measure is its noun phrase (taken by "over", "until" or a verb).
    if (const Item* next = top(); next && next->kind == Kind::kADVP && next->node >= 0 &&
                                  next->end == next->begin + 1 && b_.word(next->begin) == "ago" &&
                                  is_time_measure(np)) {
      const int32_t adverb = b_.nodes()[pop().node].first_child;
      push(wrap(Phrase::kADVP, Kind::kADVP, {np.node, adverb}));
      return;
    }
    const bool event_head = is_event_noun(b_.word(np.end - 1));
    // Post-modifiers: of-PPs, relative clauses, infinitives of nouns, participles, appositives.
    while (const Item* next = top()) {
      // "after a meeting with President Aquino": the partners of an event noun that frames
      // the clause are its own (after a verb, "held talks with", or "restoration of ties
      // with", the treebank attaches them higher).
      if (next->kind == Kind::kPP &&
          (b_.word(next->begin) == "with" || b_.word(next->begin) == "between") &&
          is_event_noun(b_.word(np.end - 1)) && index > 0 && items_[index - 1].kind == Kind::kIN &&
          (is_framing_preposition(b_.word(items_[index - 1].begin)) ||
           frames_as_compound(index - 1))) {
        np = wrap(Phrase::kNP, Kind::kNP, {np.node, pop().node});
        continue;
      }
      // "the dispute with Osgiliath", "Turkey's ambassador to Athens", "on his return from
      // Ethiopia": nouns that keep a phrase of their own preposition.
      if (next->kind == Kind::kPP && keeps_phrase(b_.word(np.end - 1), b_.word(next->begin))) {
        np = wrap(Phrase::kNP, Kind::kNP, {np.node, pop().node});
        continue;
      }
      // "during a brief private visit to Eriador": a noun of travel names its destination with
      // "to" when a preposition governs it (after a verb, "paid a visit to", the treebank
      // attaches the phrase to the verb).
      if (next->kind == Kind::kPP && b_.word(next->begin) == "to" &&
          is_travel_noun(b_.word(np.end - 1)) && index > 0 && items_[index - 1].kind == Kind::kIN) {
        np = wrap(Phrase::kNP, Kind::kNP, {np.node, pop().node});
        continue;
      }
      // "a summit in Ottawa next month between Reagan and Mulroney": an event noun keeps the
      // time and the sides that follow it.
      if (next->kind == Kind::kNP && event_head && next->end - next->begin <= 3 &&
          is_time_word(b_.word(next->end - 1)) && top(1) && top(1)->kind == Kind::kPP &&
          b_.word(top(1)->begin) == "between") {
        const Item time = pop();
        const Item sides = pop();
        if (is_base_phrase(np)) {
          np = wrap(Phrase::kNP, Kind::kNP, {np.node, time.node, sides.node});
        } else {  // one level: (NP (NP a summit) (PP in Ottawa) (NP next month) (PP between ...))
          b_.append(np.node, time.node);
          b_.append(np.node, sides.node);
          np = b_.make(Kind::kNP, np.node);
        }
        continue;
      }
      // "ties between Eriador and Osgiliath": a between-phrase names the noun's two sides.
      // Not a time's: "a summit in Ottawa next month between Reagan and Mulroney".
      if (next->kind == Kind::kPP && b_.word(next->begin) == "between" &&
          (np.head_tag == kNN || np.head_tag == kNNS) && !is_time_word(b_.word(np.end - 1))) {
        np = wrap(Phrase::kNP, Kind::kNP, {np.node, pop().node});
        continue;
      }
      // "a summit on the unrest in Iran", "during a firefight in Golan Heights": an in-phrase
      // naming a place after a base noun phrase that a preposition (not "of") governs is the
      // noun's own. Not after a phrase that has its own of-phrase ("with the arrest of an
      // officer in Brazil"), where the place is where the act happened, as the coder reads it.
      if (next->kind == Kind::kPP && b_.word(next->begin) == "in" && names_a_place(*next) &&
          (np.head_tag == kNN || np.head_tag == kNNS) && !is_time_word(b_.word(np.end - 1)) &&
          index > 0 && items_[index - 1].kind == Kind::kIN &&
          b_.word(items_[index - 1].begin) != "of" && is_base_phrase(np)) {
        np = wrap(Phrase::kNP, Kind::kNP, {np.node, pop().node});
        continue;
      }
      if (next->kind == Kind::kPP && b_.word(next->begin) == "of") {
        if (attach_to_last_conjunct(np)) continue;
        np = wrap(Phrase::kNP, Kind::kNP, {np.node, pop().node});
        continue;
      }
      if (next->kind == Kind::kRelative && !relative_for_outer_noun(np, index, *next)) {
        np = wrap(Phrase::kNP, Kind::kNP, {np.node, pop().node});
        continue;
      }
      // "the money the government spent on the war was wasted", "said the measures he
      // announced would help": a clause right after a noun, whose verb lacks its object,
      // before another finite verb, is a relative clause without "that", (NP (NP the money)
      // (SBAR (S ...))), and the noun the subject of the verb after it. Not when the clause's
      // subject is a time ("the first quarter this year fell"), nor for the object of a
      // preposition before the sentence's first finite verb ("In weight terms the gold
      // assayed was ...", where the clause is the subject).
      if (next->kind == Kind::kS && next->has_subject && next->finite &&
          is_finite_clause_head(top(1)) && np.head_tag != kPRP && np.first_tag != kPRP &&
          !is_time_word(b_.word(np.end - 1)) && clause_lacks_object(*next) &&
          !is_time_word(b_.word(b_.nodes()[b_.nodes()[next->node].first_child].end - 1)) &&
          (index == 0 || items_[index - 1].kind != Kind::kIN ||
           std::any_of(
               items_.begin(), items_.begin() + static_cast<std::ptrdiff_t>(index),
               [](const Item& item) { return item.kind == Kind::kVerbGroup && item.finite; }))) {
        const int32_t relative = b_.phrase(Phrase::kSBAR);
        b_.append(relative, pop().node);
        const Tag head = np.head_tag;
        np = wrap(Phrase::kNP, Kind::kNP, {np.node, relative});
        np.head_tag = head;
        continue;
      }
      // (Also a bare plural opening the sentence, before its finite verb: "Moves to lift the
      // ban have been condemned".)
      // (Not the object of "use" or "send", whose infinitive is the verb's purpose: "will use
      // the summit to press for growth", "sent troops to protect the border".)
      const bool purpose_object =
          index > 0 && items_[index - 1].kind == Kind::kVerbGroup && [&](std::string_view verb) {
            return verb == "use" || verb == "uses" || verb == "used" || verb == "using" ||
                   verb == "send" || verb == "sends" || verb == "sent" || verb == "sending";
          }(b_.word(items_[index - 1].end - 1));
      // (Nor a time: "will go to Peking in the first half of next month to sign the
      // agreement" signs for the going.)
      if (next->kind == Kind::kInfinitive && (np.head_tag == kNN || np.head_tag == kNNS) &&
          !purpose_object && !is_time_word(b_.word(np.end - 1)) &&
          (np.first_tag == kDT || np.first_tag == kPRPS ||
           (index == 0 && b_.tag(next->begin) == kTO && is_finite_clause_head(top(1))))) {
        np = wrap(Phrase::kNP, Kind::kNP, {np.node, pop().node});
        continue;
      }
      // (At the start of the sentence only before the clause's finite verb: "A report
      // released Tuesday alleged ...", and not with a by-phrase: the event coder reads the
      // passive agent of "The army criticized by Chile met Bolivia" from the flat clause.)
      if (next->kind == Kind::kVP && !next->finite &&
          (next->first_tag == kVBN || next->first_tag == kVBG) &&
          (index > 0 ||
           (next->first_tag == kVBN && is_finite_clause_head(top(1)) && !has_agent_phrase(*next)) ||
           (next->first_tag == kVBG && is_finite_clause_head(top(1))))) {
        np = wrap(Phrase::kNP, Kind::kNP, {np.node, pop().node});
        continue;
      }
      // "The US commander in Iraq, General David Petraeus, held talks": a person's name
      // between commas after a common noun and its phrases, before the verb, names the whole
      // phrase, not the phrase's last noun (the appositive rule below leaves it alone then).
      if (next->kind == Kind::kPP && (np.head_tag == kNN || np.head_tag == kNNS)) {
        size_t phrases = 0;
        while (top(phrases) && top(phrases)->kind == Kind::kPP) ++phrases;
        const Item* name = top(phrases + 1);
        if (top(phrases) && is_comma(b_, *top(phrases)) && name && is_person_name(*name) &&
            top(phrases + 2) && is_comma(b_, *top(phrases + 2)) &&
            is_finite_clause_head(top(phrases + 3))) {
          int32_t modified = b_.phrase(Phrase::kNP);
          b_.append(modified, np.node);
          for (size_t k = 0; k < phrases; ++k) b_.append(modified, pop().node);
          const int32_t node = b_.phrase(Phrase::kNP);
          b_.append(node, modified);
          for (int k = 0; k < 3; ++k) b_.append(node, pop().node);
          const Tag head = np.head_tag;
          np = b_.make(Kind::kNP, node);
          np.head_tag = head;
          continue;
        }
      }
      // Appositive with prepositional phrases: "Alexander Ivanov , head of the desk at the
      // Foreign Ministry , told ..." -> (NP (NP name) , (NP (NP head ...) (PP at ...)) ,)
      if (is_comma(b_, *next) && top(1) && top(1)->kind == Kind::kNP && top(2) &&
          top(2)->kind == Kind::kPP) {
        size_t after = 2;
        while (top(after) && top(after)->kind == Kind::kPP) ++after;
        if (top(after) && is_comma(b_, *top(after)) && is_finite_clause_head(top(after + 1))) {
          Item comma = pop();
          Item inner = pop();
          int32_t apposition = b_.phrase(Phrase::kNP);
          b_.append(apposition, inner.node);
          for (size_t k = 2; k < after; ++k) b_.append(apposition, pop().node);
          int32_t node = b_.phrase(Phrase::kNP);
          b_.append(node, np.node);
          b_.append(node, comma.node);
          b_.append(node, apposition);
          b_.append(node, pop().node);  // the closing comma
          Tag head = np.head_tag;
          np = b_.make(Kind::kNP, node);
          np.head_tag = head;
          continue;
        }
      }
      // Participle phrase between commas before the verb: "Habib , previously accused of
      // terrorist offences , will be released" -> (NP (NP Habib) , (VP ...) ,).
      if (is_comma(b_, *next)) {
        size_t at = 1;
        if (top(at) && top(at)->kind == Kind::kADVP) ++at;
        const Item* participle = top(at);
        if (participle && participle->kind == Kind::kVP && !participle->finite &&
            (participle->first_tag == kVBN || participle->first_tag == kVBG) && top(at + 1) &&
            is_comma(b_, *top(at + 1)) && is_finite_clause_head(top(at + 2))) {
          int32_t node = b_.phrase(Phrase::kNP);
          b_.append(node, np.node);
          for (size_t k = 0; k <= at + 1; ++k) b_.append(node, pop().node);
          Tag head = np.head_tag;
          np = b_.make(Kind::kNP, node);
          np.head_tag = head;
          continue;
        }
      }
      // Appositive or parenthetical relative: "his predecessor , Jair Bolsonaro ," (but not a
      // list of phrases with the preposition that governs this one: "Dallas in the US,
      // Bordeaux in France and Oporto in Portugal").
      const bool parallel_list = top(1) && top(1)->parallel && index > 0 &&
                                 items_[index - 1].kind == Kind::kIN &&
                                 parallel_preposition(*top(1)) == b_.word(items_[index - 1].begin);
      const bool outer_relative =
          top(1) && top(1)->kind == Kind::kRelative && relative_for_outer_noun(np, index, *top(1));
      const bool outer_name =
          top(1) && top(2) && top(3) && is_person_name(*top(1)) && is_comma(b_, *top(2)) &&
          is_finite_clause_head(top(3)) && index >= 2 && items_[index - 1].kind == Kind::kIN &&
          b_.word(items_[index - 1].begin) != "of" && items_[index - 2].kind == Kind::kNP &&
          (items_[index - 2].head_tag == kNN || items_[index - 2].head_tag == kNNS);
      if (is_comma(b_, *next) && top(1) && top(2) && !parallel_list && !outer_relative &&
          !outer_name && (top(1)->kind == Kind::kNP || top(1)->kind == Kind::kRelative) &&
          (is_comma(b_, *top(2)) || (top(2)->kind == Kind::kPunct && top(3) == nullptr))) {
        if (top(1)->kind == Kind::kNP && top(3) && is_finite_clause_head(top(3)) &&
            top(2)->kind != Kind::kPunct)
          break;
        Item comma = pop();
        Item inner = pop();
        int32_t node = b_.phrase(Phrase::kNP);
        b_.append(node, np.node);
        b_.append(node, comma.node);
        b_.append(node, inner.node);
        if (is_comma(b_, *top()) && !top()->barrier) b_.append(node, pop().node);
        Tag head = np.head_tag;
        np = b_.make(Kind::kNP, node);
        np.head_tag = head;
        continue;
      }
      break;
    }
    // "almost five years after crowds trashed its embassy" -> (SBAR (NP ...) (IN after) (S ...))
    if (const Item* next = top();
        next && next->kind == Kind::kSBAR && is_time_measure(np) &&
        (b_.word(next->begin) == "after" || b_.word(next->begin) == "before")) {
      Item clause = pop();
      int32_t node = b_.phrase(Phrase::kSBAR);
      b_.append(node, np.node);
      flatten_into(b_, node, clause.node);
      push(b_.make(Kind::kSBAR, node));
      return;
    }
    // "an orphanage in Tanzania and a credit union in Mozambique", "Dallas in the US,
    // Bordeaux in France and Oporto in Portugal": noun phrases with a phrase of the same
    // preposition each are the conjuncts, (NP (NP (NP ...) (PP in ...)) (CC and) (NP ...)).
    if (coordinate_parallel_phrases(np)) return push(np);
    // Coordination: "Brazil and the United States"; a phrase ending in a time word joins no
    // list ("proposed a freeze last week and Canada has begun ..."), nor does the object of a
    // preposition whose twin follows the other conjunct ("in Tanzania and a union in ...").
    const bool parallel_object = index >= 2 && items_[index - 1].kind == Kind::kIN &&
                                 items_[index - 2].kind == Kind::kNP &&
                                 is_proper_noun(np.head_tag) && top(2) &&
                                 top(2)->kind == Kind::kPP && is_proper_noun(top(2)->head_tag) &&
                                 b_.word(top(2)->begin) == b_.word(items_[index - 1].begin);
    if (const Item* next = top();
        next && next->kind == Kind::kCC && top(1) && top(1)->kind == Kind::kNP &&
        !is_time_word(b_.word(np.end - 1)) &&
        // ("met top Chinese leaders and today signed": nor a
        // bare time word after it.)
        !(top(1)->end - top(1)->begin == 1 && is_time_word(b_.word(top(1)->begin))) &&
        !parallel_object) {
      Item conjunction = pop();
      Item right = pop();
      int32_t node = b_.phrase(Phrase::kNP);
      b_.append(node, np.node);
      b_.append(node, conjunction.node);
      b_.append(node, right.node);
      np = b_.make(Kind::kNP, node);
    }
    // Subject of a finite VP, unless a preposition or a coordination claims this NP.
    const Item* left = index > 0 ? &items_[index - 1] : nullptr;
    // A bare time word after a participle is its adjunct, no subject ("a report released
    // Tuesday alleged ...").
    bool claimed =
        left && ((left->kind == Kind::kIN &&
                  (!is_subordinator(b_.word(left->begin)) || b_.word(left->begin) == "for")) ||
                 left->kind == Kind::kTO ||
                 (left->kind == Kind::kCC && index >= 2 && items_[index - 2].kind == Kind::kNP &&
                  !(is_finite_clause_head(top()) &&
                    conjunction_joins_clauses(b_, items_, index - 2, index, top()->begin))) ||
                 (left->kind == Kind::kVerbGroup && b_.tag(left->end - 1) == kVBN &&
                  np.end - np.begin == 1 && is_time_word(b_.word(np.begin))));
    // Prepositional phrases between a subject and its verb modify the subject:
    // "A court in Guyana has issued ...", "Soldiers from Gondor have cordoned off ...", also
    // a time phrase right before the verb, as CoreNLP has it ("Arnor on Thursday signed").
    size_t phrases = 0;
    while (top(phrases) && top(phrases)->kind == Kind::kPP) ++phrases;
    if (!claimed && phrases > 0 && is_finite_clause_head(top(phrases))) {
      int32_t node = b_.phrase(Phrase::kNP);
      b_.append(node, np.node);
      for (size_t k = 0; k < phrases; ++k) b_.append(node, pop().node);
      Tag head = np.head_tag;
      np = b_.make(Kind::kNP, node);
      np.head_tag = head;
    }
    // Adverbs between subject and verb are children of the clause, and so are time phrases
    // before them ("Arnor on Thursday also signed").
    size_t adverbs = 0;
    while (top(adverbs) &&
           (top(adverbs)->kind == Kind::kADVP ||
            (top(adverbs)->kind == Kind::kPP && is_time_word(b_.word(top(adverbs)->end - 1)))))
      ++adverbs;
    // "insisted that France withdraw its troops": after a verb of demanding and "that", a
    // base-form verb is the subjunctive of the clause's own verb.
    const bool subjunctive = !claimed && top(adverbs) && top(adverbs)->kind == Kind::kVP &&
                             top(adverbs)->first_tag == kVB && left && left->kind == Kind::kIN &&
                             b_.word(left->begin) == "that" && index >= 2 &&
                             items_[index - 2].kind == Kind::kVerbGroup &&
                             is_mandative_verb(b_.word(items_[index - 2].end - 1));
    if (!claimed && (is_finite_clause_head(top(adverbs)) || subjunctive)) {
      int32_t clause = b_.phrase(Phrase::kS);
      b_.append(clause, np.node);
      for (size_t k = 0; k <= adverbs; ++k) b_.append(clause, pop().node);
      Item item = b_.make(Kind::kS, clause);
      item.finite = true;
      item.has_subject = true;
      push(item);
      return;
    }
    push(np);
  }

  void preposition(Item in) {
    const Item* next = top();
    if (!next) return push(in);
    // as "unacceptable" -> (PP (IN as) (`` ``) (ADJP ...) ('' ''))
    if (next->kind == Kind::kPunct && b_.tag(next->begin) == kOpenQuote && top(1) && top(2) &&
        (top(1)->kind == Kind::kNP || top(1)->kind == Kind::kADJP) &&
        top(2)->kind == Kind::kPunct && b_.tag(top(2)->begin) == kCloseQuote) {
      int32_t node = b_.phrase(Phrase::kPP);
      b_.append(node, in.node);
      for (int k = 0; k < 3; ++k) b_.append(node, pop().node);
      push(b_.make(Kind::kPP, node));
      return;
    }
    const std::string_view word = b_.word(in.begin);
    // "raids in which dozens were killed": a preposition before a relative "which"/"whom"
    // goes into the relative clause, (SBAR (WHPP (IN in) (WHNP (WDT which))) (S ...)), which
    // the noun before it then takes.
    if (next->kind == Kind::kRelative && word != "that" && b_.tag(in.begin) == kIN) {
      std::vector<Node>& nodes = b_.nodes();
      const int32_t pronoun = nodes[next->node].first_child;
      if (pronoun >= 0 && nodes[pronoun].phrase == Phrase::kWHNP &&
          (b_.word(nodes[pronoun].begin) == "which" || b_.word(nodes[pronoun].begin) == "whom")) {
        Item relative = pop();
        int32_t rest = nodes[pronoun].next_sibling;
        nodes[pronoun].next_sibling = -1;
        const int32_t wh_phrase = b_.phrase(Phrase::kWHPP);
        b_.append(wh_phrase, in.node);
        b_.append(wh_phrase, pronoun);
        const int32_t clause = b_.phrase(Phrase::kSBAR);
        b_.append(clause, wh_phrase);
        while (rest >= 0) {
          const int32_t following = nodes[rest].next_sibling;
          nodes[rest].next_sibling = -1;
          b_.append(clause, rest);
          rest = following;
        }
        Item joined = b_.make(Kind::kRelative, clause);
        joined.finite = relative.finite;
        push(joined);
        return;
      }
    }
    // (Also "decide whether to break relations": (SBAR (IN whether) (S (VP (TO to) ...))).)
    if (next->kind == Kind::kS || (next->kind == Kind::kInfinitive && word == "whether")) {
      push(wrap(Phrase::kSBAR, Kind::kSBAR, {in.node, pop().node}));
      return;
    }
    // "said that in his talks with Kurihara he made a pitch": the complementizer's clause
    // opens with phrases of time or place, (SBAR (IN that) (S (PP in ...) (PP with ...) (NP he)
    // (VP made ...))).
    if (word == "that" && (next->kind == Kind::kPP || next->kind == Kind::kADVP)) {
      size_t depth = 0;
      while (top(depth) &&
             (top(depth)->kind == Kind::kPP || top(depth)->kind == Kind::kADVP ||
              (top(depth)->kind == Kind::kPunct && b_.word(top(depth)->begin) == ",")))
        ++depth;
      const Item* clause_item = top(depth);
      if (depth <= 4 && clause_item && clause_item->kind == Kind::kS && clause_item->has_subject &&
          clause_item->finite) {
        const int32_t clause = b_.phrase(Phrase::kS);
        for (size_t k = 0; k < depth; ++k) b_.append(clause, pop().node);
        flatten_into(b_, clause, pop().node);
        Item joined = b_.make(Kind::kS, clause);
        joined.finite = true;
        joined.has_subject = true;
        push(wrap(Phrase::kSBAR, Kind::kSBAR, {in.node, joined.node}));
        return;
      }
    }
    if (next->kind == Kind::kNP || next->kind == Kind::kPP || next->kind == Kind::kADVP ||
        next->kind == Kind::kSBAR || next->kind == Kind::kADJP) {
      push(wrap(Phrase::kPP, Kind::kPP, {in.node, pop().node}));
      return;
    }
    if (next->kind == Kind::kVP && next->first_tag == kVBG) {
      Item vp = pop();
      int32_t clause = b_.phrase(Phrase::kS);
      b_.append(clause, vp.node);
      push(wrap(Phrase::kPP, Kind::kPP, {in.node, clause}));
      return;
    }
    if (next->kind == Kind::kInfinitive && word == "about") {
      // "is about to restore" -> (VP (IN about) (S (VP (TO to) ...))), taken by the verb
      Item vp = wrap(Phrase::kVP, Kind::kVP, {in.node, pop().node});
      vp.first_tag = kVBN;
      push(vp);
      return;
    }
    if (next->kind == Kind::kVP && next->finite && word == "that") {
      // "that" as a relative pronoun: "the deal that collapsed"
      Item vp = pop();
      int32_t wh = b_.phrase(Phrase::kWHNP);
      b_.append(wh, in.node);
      int32_t clause = b_.phrase(Phrase::kS);
      b_.append(clause, vp.node);
      push(wrap(Phrase::kSBAR, Kind::kRelative, {wh, clause}));
      return;
    }
    push(in);
  }

  void to_preposition(Item to) {
    const Item* next = top();
    if (next && next->kind == Kind::kVP && next->first_tag == kVBG) {
      Item vp = pop();
      int32_t clause = b_.phrase(Phrase::kS);
      b_.append(clause, vp.node);
      push(wrap(Phrase::kPP, Kind::kPP, {to.node, clause}));
      return;
    }
    if (next && (next->kind == Kind::kNP || next->kind == Kind::kADVP)) {
      push(wrap(Phrase::kPP, Kind::kPP, {to.node, pop().node}));
      return;
    }
    // urged students to "make their mark": a quoted bare verb phrase after "to" is its
    // infinitive, (S (VP (TO to) (VP (`` ") (VP make ...) ('' ")))).
    if (next && next->kind == Kind::kVP && !next->finite && next->first_tag == kVB &&
        next->node >= 0 && b_.tag(next->begin) == kOpenQuote) {
      const int32_t verb = b_.phrase(Phrase::kVP);
      b_.append(verb, to.node);
      b_.append(verb, pop().node);
      const int32_t clause = b_.phrase(Phrase::kS);
      b_.append(clause, verb);
      Item infinitive = b_.make(Kind::kInfinitive, clause);
      infinitive.first_tag = kTO;
      push(infinitive);
      return;
    }
    push(to);
  }

  void wh_word(Item wh) {
    const Item* next = top();
    // "what" and "whatever" open a clause that is a noun phrase itself ("after what just
    // happened"), not a relative clause on the noun before: SBAR, taken as prepositions' and
    // verbs' objects.
    const std::string_view pronoun = b_.word(wh.begin);
    const bool adverb = b_.tag(wh.begin) == kWRB || pronoun == "what" || pronoun == "whatever";
    int32_t wh_phrase = b_.phrase(b_.tag(wh.begin) == kWRB ? Phrase::kWHADVP : Phrase::kWHNP);
    b_.append(wh_phrase, wh.node);
    if (next && next->kind == Kind::kS) {
      push(
          wrap(Phrase::kSBAR,
               adverb && !is_clausal_adverb_word(b_.word(wh.begin)) ? Kind::kSBAR : Kind::kRelative,
               {wh_phrase, pop().node}));
      return;
    }
    if (next && (next->kind == Kind::kVP || next->kind == Kind::kInfinitive)) {
      Item vp = pop();
      int32_t clause = vp.kind == Kind::kInfinitive ? vp.node : b_.phrase(Phrase::kS);
      if (vp.kind != Kind::kInfinitive) b_.append(clause, vp.node);
      push(wrap(Phrase::kSBAR, adverb ? Kind::kSBAR : Kind::kRelative, {wh_phrase, clause}));
      return;
    }
    // "the rebels, who also attacked the town, were arrested": adverbs between the pronoun
    // and its verb belong to the relative clause, (SBAR (WHNP who) (S (ADVP also) (VP ...))).
    size_t adverbs = 0;
    while (top(adverbs) && top(adverbs)->kind == Kind::kADVP) ++adverbs;
    if (b_.tag(wh.begin) != kWRB && adverbs > 0 && top(adverbs) &&
        top(adverbs)->kind == Kind::kVP) {
      const int32_t clause = b_.phrase(Phrase::kS);
      for (size_t k = 0; k <= adverbs; ++k) b_.append(clause, pop().node);
      push(wrap(Phrase::kSBAR, adverb ? Kind::kSBAR : Kind::kRelative, {wh_phrase, clause}));
      return;
    }
    push(b_.make(Kind::kNP, wh_phrase));
  }

  Builder& b_;
  std::vector<Item>& items_;
  std::vector<Item>& stack_;
  std::vector<Item>& complements_;
  std::vector<Item>& closing_;
};

// "Mbeki attacked British imperialists, saying they ...": a participial phrase after a
// clause's comma belongs to the clause's verb phrase, (VP attacked (NP ...) (, ,) (S (VP
// saying ...))), as in the treebank.
void attach_participial_clauses(Builder& builder, std::vector<Item>& stack) {
  for (size_t k = 0; k + 2 < stack.size(); ++k) {
    if (stack[k].kind != Kind::kS || !stack[k].has_subject || stack[k].node < 0) continue;
    // A dash sets the phrase off as a comma does ("refused to publish it - saying ...").
    const std::string_view separator =
        stack[k + 1].kind == Kind::kPunct ? builder.word(stack[k + 1].begin) : "";
    if (!is_comma(builder, stack[k + 1]) && separator != "-" && separator != "--") continue;
    const Item& participle = stack[k + 2];
    if (participle.kind != Kind::kVP || participle.node < 0 || participle.first_tag != kVBG)
      continue;
    // The innermost last verb phrase of the clause.
    int32_t verb_phrase = -1;
    for (int32_t child = builder.nodes()[stack[k].node].first_child; child >= 0;
         child = builder.nodes()[child].next_sibling)
      if (builder.nodes()[child].phrase == Phrase::kVP) verb_phrase = child;
    while (verb_phrase >= 0) {
      const int32_t last = builder.nodes()[verb_phrase].last_child;
      if (last < 0 || builder.nodes()[last].phrase != Phrase::kVP) break;
      verb_phrase = last;
    }
    if (verb_phrase < 0) continue;
    const int32_t clause = builder.phrase(Phrase::kS);
    builder.append(clause, participle.node);
    builder.append(verb_phrase, builder.node_of(stack[k + 1]));
    builder.append(verb_phrase, clause);
    // The enclosing phrases now reach the participle's end.
    for (int32_t node = stack[k].node;;) {
      Node& phrase = builder.nodes()[node];
      phrase.end = std::max(phrase.end, builder.nodes()[clause].end);
      if (node == verb_phrase) break;
      int32_t next = -1;
      for (int32_t child = phrase.first_child; child >= 0;
           child = builder.nodes()[child].next_sibling)
        if (builder.nodes()[child].phrase == Phrase::kVP) next = child;
      if (next < 0) break;
      node = next;
    }
    stack[k].end = builder.nodes()[stack[k].node].end;
    stack.erase(stack.begin() + static_cast<std::ptrdiff_t>(k) + 1,
                stack.begin() + static_cast<std::ptrdiff_t>(k) + 3);
  }
}

// "France accused Rwanda of alleging Paris played a role, but said it was determined ...":
// a finite verb phrase after a comma and a conjunction at the top of the sentence, with no
// subject of its own, is coordinated with the main verb phrase of the clause before the
// comma, (S (NP France) (VP (VP accused ...) (, ,) (CC but) (VP said ...))), not with the
// nearest verb (which may sit in a clause inside it). A list works the same way:
// "attacked the convoy, killed three soldiers and seized weapons" -> one flat coordination.
// Only at the top level, after attachment, when the clause structure is known.
void coordinate_clause_verb_phrases(Builder& builder, std::vector<Item>& stack) {
  std::vector<Node>& nodes = builder.nodes();
  for (size_t k = 0; k + 2 < stack.size(); ++k) {
    if (stack[k].kind != Kind::kS || !stack[k].has_subject || stack[k].node < 0) continue;
    if (!is_comma(builder, stack[k + 1])) continue;
    size_t last = k + 2;  // the item of the verb phrase after the comma (and conjunction)
    bool conjunction = false;
    if (stack[last].kind == Kind::kCC && stack[last].node >= 0 &&
        nodes[stack[last].node].phrase == Phrase::kPreterminal && last + 1 < stack.size()) {
      conjunction = true;
      ++last;
    }
    const Item& right = stack[last];
    if (right.kind != Kind::kVP || !right.finite || right.node < 0) continue;
    // Without a conjunction, the phrase after the comma must itself end a list: (VP (VP ...)
    // (CC and) (VP ...)).
    bool list = false;
    if (!conjunction) {
      const int32_t first = nodes[right.node].first_child;
      list = first >= 0 && nodes[first].phrase == Phrase::kVP;
      bool has_conjunction = false;
      for (int32_t child = first; child >= 0 && list; child = nodes[child].next_sibling) {
        const Node& node = nodes[child];
        if (node.phrase == Phrase::kPreterminal && node.tag == kCC) has_conjunction = true;
        list = node.phrase == Phrase::kVP ||
               (node.phrase == Phrase::kPreterminal && (node.tag == kCC || node.tag == kComma));
      }
      if (!list || !has_conjunction) continue;
    }
    // The clause's own verb phrase: its last child.
    int32_t clause_node = stack[k].node;
    int32_t main = nodes[clause_node].last_child;
    if (main < 0 || nodes[main].phrase != Phrase::kVP) continue;
    // "said Iranian forces smashed four Iraqi brigades, killed or wounded 1,500 soldiers and
    // destroyed 45 tanks": a list of acts after what a verb of saying reports goes on the
    // reported clause, not on the saying.
    if (!conjunction && is_reporting_verb(builder.word(nodes[main].begin)) &&
        !is_reporting_verb(builder.word(right.begin))) {
      const int32_t complement = nodes[main].last_child;
      const int32_t inner = complement >= 0 && nodes[complement].phrase == Phrase::kSBAR
                                ? nodes[complement].last_child
                                : -1;
      if (inner >= 0 && nodes[inner].phrase == Phrase::kS && nodes[inner].last_child >= 0 &&
          nodes[nodes[inner].last_child].phrase == Phrase::kVP &&
          nodes[inner].end == nodes[stack[k].node].end) {
        clause_node = inner;
        main = nodes[inner].last_child;
      }
    }
    Node& clause = nodes[clause_node];
    int32_t before = -1;
    for (int32_t child = clause.first_child; child >= 0 && child != main;
         child = nodes[child].next_sibling)
      before = child;
    const int32_t coordination = builder.phrase(Phrase::kVP);
    nodes[main].next_sibling = -1;
    builder.append(coordination, main);
    builder.append(coordination, builder.node_of(stack[k + 1]));
    if (conjunction) {
      builder.append(coordination, builder.node_of(stack[k + 2]));
      builder.append(coordination, right.node);
    } else {
      flatten_into(builder, coordination, right.node);
    }
    Node& outer = nodes[clause_node];  // nodes may have grown: take the reference anew
    if (before >= 0) {
      nodes[before].next_sibling = coordination;
    } else {
      outer.first_child = coordination;
    }
    outer.last_child = coordination;
    outer.end = std::max(outer.end, nodes[coordination].end);
    // The phrases that hold the reported clause end where it now ends.
    for (int32_t holder = stack[k].node; holder != clause_node;) {
      Node& node = nodes[holder];
      node.end = std::max(node.end, nodes[coordination].end);
      holder = node.last_child;
    }
    stack[k].end = nodes[stack[k].node].end;
    stack.erase(stack.begin() + static_cast<std::ptrdiff_t>(k) + 1,
                stack.begin() + static_cast<std::ptrdiff_t>(last) + 1);
    --k;  // the longer clause may take a further phrase
  }
}

// '"...," said Pickens.', '..., says the party.': a verb of saying after a comma or a closing
// quotation mark with its speaker after it, (VP said (NP Pickens)), and no subject before it
// (not "told", whose noun phrase is the hearer).
bool is_inverted_report(Builder& builder, const std::vector<Item>& stack, size_t k) {
  const Item& item = stack[k];
  if (k == 0 || item.kind != Kind::kVP || !item.finite || item.has_subject || item.node < 0)
    return false;
  const Item& before = stack[k - 1];
  if (before.kind != Kind::kPunct ||
      (!is_comma(builder, before) && builder.tag(before.begin) != kCloseQuote))
    return false;
  const std::string_view verb = builder.word(item.begin);
  if (!is_reporting_verb(verb) || verb == "told" || verb == "tells") return false;
  const std::vector<Node>& nodes = builder.nodes();
  const int32_t head = nodes[item.node].first_child;
  return head >= 0 && nodes[head].phrase == Phrase::kPreterminal && nodes[head].next_sibling >= 0 &&
         nodes[nodes[head].next_sibling].phrase == Phrase::kNP;
}

// -ing words that, opening a sentence before a bare noun phrase, are far more often adjectives
// of the subject ("Leading industrial nations are expected ...", "Visiting Japanese officials
// said ...") than gerunds with an object.
bool is_adjectival_participle(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "leading",    "departing",  "visiting",    "ruling",       "governing",   "outgoing",
      "incoming",   "rising",     "growing",     "falling",      "existing",    "remaining",
      "opposing",   "competing",  "warring",     "neighbouring", "neighboring", "emerging",
      "developing", "producing",  "exporting",   "importing",    "consuming",   "participating",
      "reigning",   "retiring",   "serving",     "sitting",      "acting",      "working",
      "ageing",     "aging",      "increasing",  "declining",    "mounting",    "continuing",
      "ongoing",    "prevailing", "underlying",  "ailing",       "struggling",  "surrounding",
      "following",  "upcoming",   "forthcoming", "looming",      "striking",    "fighting",
      "dissenting", "contending", "attacking",   "invading",     "occupying",   "returning",
      "travelling", "traveling",  "accompanying"};
  return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

// "Lifting the embargo would be irresponsible", "Visiting Japanese officials said ...": an -ing
// word opening the sentence that the verb groups read as taking the clause after it, (VP (VBG
// Lifting) (SBAR (S (NP the embargo) (VP would be ...)))), is either a gerund with that noun
// phrase as its object, the gerund phrase being the clause's subject, (S (S (VP (VBG Lifting)
// (NP the embargo))) (VP would be ...)); or, before a bare noun phrase, as an -ing word known
// for it or before a name, an adjective of the subject, (S (NP (VBG Visiting) (JJ Japanese)
// (NNS officials)) (VP said ...)). Verbs of saying and thinking do take clauses ("Saying the
// talks had failed, ...") and are left alone.
void opening_gerund_over_clause(Builder& builder, std::vector<Item>& stack) {
  size_t k = 0;
  while (k < stack.size() && stack[k].kind == Kind::kPunct &&
         builder.tag(stack[k].begin) == kOpenQuote)
    ++k;
  if (k >= stack.size()) return;
  const Item item = stack[k];
  if (item.kind != Kind::kVP || item.first_tag != kVBG || item.node < 0) return;
  const int32_t head = builder.nodes()[item.node].first_child;
  if (head < 0 || builder.nodes()[head].phrase != Phrase::kPreterminal ||
      builder.tag(builder.nodes()[head].begin) != kVBG)
    return;
  const int32_t complement = builder.nodes()[head].next_sibling;
  if (complement < 0 || builder.nodes()[complement].phrase != Phrase::kSBAR ||
      builder.nodes()[complement].next_sibling >= 0)
    return;
  const int32_t clause = builder.nodes()[complement].first_child;
  if (clause < 0 || builder.nodes()[clause].phrase != Phrase::kS ||
      builder.nodes()[clause].next_sibling >= 0)
    return;
  const int32_t subject = builder.nodes()[clause].first_child;
  if (subject < 0 || builder.nodes()[subject].phrase != Phrase::kNP) return;
  const int32_t predicate = builder.nodes()[subject].next_sibling;
  if (predicate < 0 || builder.nodes()[predicate].phrase != Phrase::kVP ||
      builder.nodes()[predicate].next_sibling >= 0)
    return;
  const std::string_view verb = builder.word(builder.nodes()[head].begin);
  if (takes_clause(verb) || takes_bare_clause(verb)) return;
  const Tag first = builder.tag(builder.nodes()[subject].begin);
  const bool bare = first != kDT && first != kPRPS && first != kCD;
  // (The parser's words are already in lower case: Token::norm.)
  const bool adjective = bare && (is_adjectival_participle(verb) || first == kNNP);
  builder.nodes()[head].next_sibling = -1;
  builder.nodes()[subject].next_sibling = -1;
  const int32_t sentence = builder.phrase(Phrase::kS);
  if (adjective) {
    // The subject's words after the -ing word, flat when they are words, else as a phrase.
    const int32_t noun_phrase = builder.phrase(Phrase::kNP);
    builder.append(noun_phrase, head);
    bool flat = true;
    for (int32_t child = builder.nodes()[subject].first_child; child >= 0;
         child = builder.nodes()[child].next_sibling)
      if (builder.nodes()[child].phrase != Phrase::kPreterminal) flat = false;
    if (flat) {
      for (int32_t child = builder.nodes()[subject].first_child; child >= 0;) {
        const int32_t next = builder.nodes()[child].next_sibling;
        builder.nodes()[child].next_sibling = -1;
        builder.append(noun_phrase, child);
        child = next;
      }
    } else {
      builder.append(noun_phrase, subject);
    }
    builder.append(sentence, noun_phrase);
  } else {
    const int32_t gerund = builder.phrase(Phrase::kVP);
    builder.append(gerund, head);
    builder.append(gerund, subject);
    const int32_t gerund_clause = builder.phrase(Phrase::kS);
    builder.append(gerund_clause, gerund);
    builder.append(sentence, gerund_clause);
  }
  builder.append(sentence, predicate);
  Item replaced = builder.make(Kind::kS, sentence);
  replaced.finite = true;
  replaced.has_subject = true;
  stack[k] = replaced;
}

// "Having multiple parties with the same view just splits the vote": a gerund phrase that
// opens the sentence, right before a finite verb phrase with no subject, is its subject, (S (S
// (VP Having ...)) (VP splits ...)).
void gerund_subjects(Builder& builder, std::vector<Item>& stack) {
  size_t k = 0;
  while (k < stack.size() && stack[k].kind == Kind::kPunct &&
         builder.tag(stack[k].begin) == kOpenQuote)
    ++k;
  if (k + 1 >= stack.size()) return;
  const Item& gerund = stack[k];
  const Item& predicate = stack[k + 1];
  if (gerund.kind != Kind::kVP || gerund.finite || gerund.first_tag != kVBG || gerund.node < 0 ||
      predicate.kind != Kind::kVP || !predicate.finite || predicate.has_subject ||
      predicate.node < 0)
    return;
  // A past tense in -ed there may be a participle of the gerund's object ("Commenting on the
  // period ended February 25, the Fed said").
  const std::string_view verb = builder.word(predicate.begin);
  if (builder.tag(predicate.begin) == kVBD && verb.size() > 2 && verb.ends_with("ed")) return;
  // "Leading industrial nations are expected ...", "Departing Deputy Treasury Secretary
  // Richard Darman told ...": an -ing word before a bare noun phrase and nothing else is as
  // often an adjective of the subject; left alone.
  const std::vector<Node>& nodes = builder.nodes();
  const int32_t head = nodes[gerund.node].first_child;
  const int32_t object = head >= 0 ? nodes[head].next_sibling : -1;
  if (object >= 0 && nodes[object].phrase == Phrase::kNP && nodes[object].next_sibling < 0 &&
      builder.tag(nodes[object].begin) != kDT && builder.tag(nodes[object].begin) != kPRPS)
    return;
  const int32_t subject = builder.phrase(Phrase::kS);
  builder.append(subject, gerund.node);
  const int32_t clause = builder.phrase(Phrase::kS);
  builder.append(clause, subject);
  builder.append(clause, predicate.node);
  Item item = builder.make(Kind::kS, clause);
  item.finite = true;
  item.has_subject = true;
  stack[k] = item;
  stack.erase(stack.begin() + static_cast<std::ptrdiff_t>(k) + 1);
}

// The sentence from the chunks left over: ROOT over one S (flattened), a FRAG or an NP.
int32_t finish(Builder& builder, std::vector<Item>& stack) {
  std::reverse(stack.begin(), stack.end());  // now in text order
  attach_participial_clauses(builder, stack);
  coordinate_clause_verb_phrases(builder, stack);
  opening_gerund_over_clause(builder, stack);
  gerund_subjects(builder, stack);
  // Once coordinated verb phrases are joined, a participle phrase after the last one belongs
  // to the clause too ("chaired the party, and was a force in the 80s, shadowing health").
  attach_participial_clauses(builder, stack);
  int32_t root = builder.phrase(Phrase::kRoot);
  size_t clauses = 0, verb_phrases = 0, content = 0, coordinations = 0;
  int32_t flatten = -1;
  for (size_t k = 0; k < stack.size(); ++k) {
    const Item& item = stack[k];
    if (item.kind == Kind::kS && item.has_subject) {
      ++clauses;
      flatten = static_cast<int32_t>(k);
    }
    if (item.kind == Kind::kVP || item.kind == Kind::kVerbGroup || item.kind == Kind::kInfinitive)
      ++verb_phrases;
    if (item.kind == Kind::kCC) ++coordinations;
    if (item.kind != Kind::kPunct) ++content;
  }
  if (stack.size() == 1 && stack[0].kind == Kind::kS) {
    builder.append(root, stack[0].node);
    return root;
  }
  if (clauses == 0 && verb_phrases == 0) {
    // A headline or a dateline: one phrase (with its punctuation), or a fragment.
    if (stack.size() == 1) {
      builder.append(root, builder.node_of(stack[0]));
      return root;
    }
    Item* only = nullptr;
    for (Item& item : stack)
      if (item.kind != Kind::kPunct) only = &item;
    const bool single = content == 1 && only->node >= 0 &&
                        builder.nodes()[only->node].phrase != Phrase::kPreterminal;
    int32_t fragment = builder.phrase(single ? builder.nodes()[only->node].phrase : Phrase::kFRAG);
    for (Item& item : stack) {
      if (single && &item == only) {
        flatten_into(builder, fragment, item.node);
      } else {
        builder.append(fragment, builder.node_of(item));
      }
    }
    builder.append(root, fragment);
    return root;
  }
  int32_t sentence = builder.phrase(Phrase::kS);
  // The reported clause before an inverted reporting clause stays a clause of its own, (S (``
  // ") (S ...) (, ,) ('' ") (VP said (NP Pickens)) (. .)): flattened, its subject would read
  // as the speaker's and its verb phrase and the reporting one as two loose verb phrases.
  bool inverted_report = false;
  for (size_t k = static_cast<size_t>(std::max<int32_t>(flatten, 0)) + 1; k < stack.size(); ++k)
    inverted_report = inverted_report || (flatten >= 0 && is_inverted_report(builder, stack, k));
  const bool flatten_one = clauses >= 1 && (clauses == 1 || coordinations == 0) && !inverted_report;
  for (size_t k = 0; k < stack.size(); ++k) {
    Item& item = stack[k];
    if (flatten_one && static_cast<int32_t>(k) == flatten) {
      flatten_into(builder, sentence, item.node);
      continue;
    }
    builder.append(sentence, builder.node_of(item));
  }
  builder.append(root, sentence);
  return root;
}

}  // namespace

void PhraseParser::parse(std::span<const std::string_view> lowered, std::span<const Tag> tags,
                         uint32_t token_offset, std::vector<TreeNode>& tree,
                         Scratch& scratch) const {
  tree.clear();
  if (tags.empty()) return;
  scratch.nodes.clear();
  scratch.items.clear();
  Builder builder(scratch, lowered, tags);
  chunk(builder, scratch.items);
  attach_parentheticals(builder, scratch.items);
  split_title_holders(builder, scratch.items);
  mark_reporting_clause(builder, scratch.items);
  attach_parenthetical_clauses(builder, scratch.items);
  coordinate_noun_phrases(builder, scratch.items);
  Attacher attacher(builder, scratch.items, scratch.stack, scratch.complements, scratch.closing);
  attacher.run();
  const int32_t root = finish(builder, scratch.stack);

  // Preorder emission with an explicit stack of (node, parent index in tree).
  const std::vector<Node>& nodes = scratch.nodes;
  std::vector<int32_t>& walk = scratch.walk;
  walk.clear();
  walk.push_back(root);
  walk.push_back(-1);
  std::vector<int32_t>& last_child_in_tree = scratch.children;  // per tree node
  last_child_in_tree.clear();
  while (!walk.empty()) {
    const int32_t parent = walk.back();
    walk.pop_back();
    const int32_t index = walk.back();
    walk.pop_back();
    const Node& node = nodes[index];
    TreeNode out;
    out.label = node.phrase == Phrase::kPreterminal ? std::string(tag_name(node.tag))
                                                    : std::string(phrase_name(node.phrase));
    out.token_begin = token_offset + node.begin;
    out.token_end = token_offset + node.end;
    out.parent = parent;
    const int32_t position = static_cast<int32_t>(tree.size());
    tree.push_back(std::move(out));
    last_child_in_tree.push_back(-1);
    if (parent >= 0) {
      if (last_child_in_tree[parent] < 0) {
        tree[parent].first_child = position;
      } else {
        tree[last_child_in_tree[parent]].next_sibling = position;
      }
      last_child_in_tree[parent] = position;
    }
    // Children pushed in reverse so that the first is emitted first.
    size_t mark = walk.size();
    for (int32_t child = node.first_child; child >= 0; child = nodes[child].next_sibling) {
      walk.push_back(child);
      walk.push_back(position);
    }
    // Reverse the pairs just pushed.
    size_t pairs = (walk.size() - mark) / 2;
    for (size_t a = 0, z = pairs - (pairs ? 1 : 0); pairs && a < z; ++a, --z) {
      std::swap(walk[mark + 2 * a], walk[mark + 2 * z]);
      std::swap(walk[mark + 2 * a + 1], walk[mark + 2 * z + 1]);
    }
  }
}

}  // namespace herald::syntax
