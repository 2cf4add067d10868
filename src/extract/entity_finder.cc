#include "extract/entity_finder.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

#include "extract/name_matching.h"
#include "extract/reference_resolver.h"
#include "text/normalize.h"

namespace herald::extract {
namespace {

// Lower-case words that may sit inside a name ("Islamic Jihad for the Liberation of
// Palestine", "Richard von Weizsaecker", "Cable and Wireless").
bool is_joining_word(std::string_view norm) {
  return norm == "of" || norm == "for" || norm == "the" || norm == "and" || norm == "de" ||
         norm == "del" || norm == "da" || norm == "di" || norm == "du" || norm == "von" ||
         norm == "van" || norm == "der" || norm == "den" || norm == "al" || norm == "el" ||
         norm == "bin" || norm == "ibn" || norm == "la" || norm == "le" || norm == "y" ||
         norm == "&";
}

// Joining words that separate names unless the whole is an organisation ("Guatemala, El
// Salvador and Honduras" is three places).
bool is_separating_word(std::string_view norm) {
  return norm == "of" || norm == "for" || norm == "the" || norm == "and" || norm == "&";
}

bool is_location_preposition(std::string_view norm) {
  return norm == "in" || norm == "at" || norm == "from" || norm == "to" || norm == "near" ||
         norm == "into" || norm == "across" || norm == "towards" || norm == "toward" ||
         norm == "outside" || norm == "inside" || norm == "via" || norm == "around";
}

bool is_opening_mark(std::string_view text) {
  return text == "\u201c" || text == "\"" || text == "(" || text == ":" || text == "\u2013" ||
         text == "\u2014" || text == "-" || text == "\u2018" || text == "'";
}

enum class Verdict { kNone, kPerson, kOrganization, kLocation };

struct Candidate {
  uint32_t first = 0;  // words [first, last)
  uint32_t last = 0;
  uint32_t sentence = 0;
  Verdict verdict = Verdict::kNone;
  bool strong = false;    // decided by a title, suffix or list, not by default
  bool initial = false;   // first word of its sentence
  std::string role;       // normalized title
  std::string country;    // from a country adjective, place or list
  std::string canonical;  // from a list
  const Place* place = nullptr;
};

struct PersonName {
  std::vector<std::string> words;  // normalized words of the full form
  std::string canonical;
  std::string country;
  std::string role;
  int32_t first_mention = -1;
};

}  // namespace

bool is_reference_mention(const Document& document, const Mention& mention) {
  if (mention.antecedent < 0 || mention.span.empty()) return false;
  const std::string key = normalize_for_matching(document.text_of(mention.span));
  return is_pronoun(key) || key.rfind("the ", 0) == 0;
}

namespace {

class DocumentEntities {
 public:
  DocumentEntities(const Gazetteer& gazetteer, const EntityLexicon& lexicon, Document& document,
                   const ScannedDocument& scanned)
      : gazetteer_(gazetteer),
        lexicon_(lexicon),
        document_(document),
        scanned_(scanned),
        names_(scanned, gazetteer, lexicon) {}

  void run() {
    collect_candidates();
    count_context();
    decide_weak();
    emit_mentions();
    resolve_references(document_, scanned_, names_, lexicon_, facts_role_);
  }

 private:
  // Shared word-level matching (name_matching.h).
  bool is_name_word(uint32_t index) const { return names_.is_name_word(index); }
  size_t gazetteer_match(uint32_t first, uint32_t limit, std::vector<const Place*>& places) const {
    return names_.gazetteer_match(first, limit, places);
  }
  size_t title_match(uint32_t first, uint32_t limit) const {
    return names_.title_match(first, limit);
  }
  bool is_demonym(const PhraseKey& key) const { return names_.is_demonym(key); }
  static bool has_place_kind(const std::vector<const Place*>& places) {
    return NameMatcher::has_place_kind(places);
  }
  static bool only_demonyms(const std::vector<const Place*>& places) {
    return NameMatcher::only_demonyms(places);
  }
  static std::string demonym_country(const std::vector<const Place*>& places) {
    return NameMatcher::demonym_country(places);
  }

  // "al-Sabah", "el-Hilweh", "bin-Laden": a lower-case particle joined to a capitalized name.
  bool is_particle_name(uint32_t index) const {
    const Word& word = scanned_.words[index];
    if (!word.letters || word.capitalized) return false;
    const std::string_view text = word.span.of(document_.text);
    const size_t hyphen = text.find('-');
    return hyphen != std::string_view::npos && hyphen <= 4 && hyphen + 1 < text.size() &&
           text[hyphen + 1] >= 'A' && text[hyphen + 1] <= 'Z';
  }

  // A headline or title line: nearly every word capitalized ("Kamala Harris Encourages ...").
  bool title_case_sentence(uint32_t begin, uint32_t end) const {
    if (end <= begin) return false;  // a sentence with no words (only markup, or a blank)
    size_t long_words = 0;
    for (uint32_t index = begin; index < end; ++index) {
      const Word& word = scanned_.words[index];
      if (!word.letters || word.span.length() < 4) continue;
      if (!word.capitalized) return false;
      ++long_words;
    }
    // Headlines carry no final stop.
    const std::string_view last = scanned_.words[end - 1].span.of(document_.text);
    return long_words >= 5 && last != "." && last != "?" && last != "!" && last != "\u201d" &&
           last != "\"";
  }

  bool sentence_initial(uint32_t index, uint32_t sentence_first) const {
    if (index == sentence_first) return true;
    const Word& previous = scanned_.words[index - 1];
    return previous.punctuation && is_opening_mark(previous.span.of(document_.text));
  }

  const KnownOrganization* organization_match(uint32_t first, uint32_t last) const {
    const KnownOrganization* known = lexicon_.organization_words(scanned_, first, last);
    if (known && known->acronym) {
      // "WHO" the body, not "Who" the pronoun: an acronym matches only text without lower case.
      for (uint32_t index = first; index < last; ++index)
        for (char c : scanned_.words[index].span.of(document_.text))
          if (c >= 'a' && c <= 'z') return nullptr;
    }
    return known;
  }

  void collect_candidates() {
    for (size_t sentence = 0; sentence + 1 < scanned_.sentence_first_word.size(); ++sentence) {
      const uint32_t begin = scanned_.sentence_begin(sentence);
      const uint32_t end = scanned_.sentence_end(sentence);
      if (title_case_sentence(begin, end)) continue;
      uint32_t index = begin;
      while (index < end) {
        if (!is_name_word(index)) {
          ++index;
          continue;
        }
        uint32_t last = index + 1;
        while (last < end) {
          if (is_name_word(last) || is_particle_name(last)) {
            ++last;
          } else if (scanned_.norms[last] == "." && last + 1 < end && is_name_word(last + 1) &&
                     lexicon_.is_title(scanned_.key(last - 1)) &&
                     scanned_.words[last].span.begin == scanned_.words[last - 1].span.end) {
            last += 2;  // "Mr. Straw", "Gen. Smith"
          } else if (!scanned_.words[last].punctuation && is_joining_word(scanned_.norms[last]) &&
                     last + 1 < end &&
                     (is_name_word(last + 1) || (is_joining_word(scanned_.norms[last + 1]) &&
                                                 last + 2 < end && is_name_word(last + 2)))) {
            last += is_name_word(last + 1) ? 2 : 3;
          } else {
            break;
          }
        }
        if (sentence == 0 && index == begin && is_dateline(index, last, end)) {
          std::vector<const Place*> places;
          if (gazetteer_match(index, last, places) == last - index && has_place_kind(places)) {
            add_location(index, last, 0, places, false);
            candidates_.back().strong = true;
          } else {
            Candidate candidate;
            candidate.first = index;
            candidate.last = last;
            candidate.verdict = Verdict::kLocation;
            candidate.strong = true;
            candidates_.push_back(std::move(candidate));
          }
          index = last;
          continue;
        }
        process_chain(index, last, static_cast<uint32_t>(sentence), begin);
        index = last;
      }
    }
  }

  // "LONDON, June 18 - ": capitals at the start of the text, then a comma.
  bool is_dateline(uint32_t first, uint32_t last, uint32_t end) const {
    for (uint32_t index = first; index < last; ++index)
      if (!scanned_.words[index].all_caps && scanned_.words[index].span.length() > 1) return false;
    return last < end && scanned_.norms[last] == ",";
  }

  bool whole_chain_is_organization(uint32_t first, uint32_t last) const {
    if (last - first < 2) return false;
    if (lexicon_.is_org_suffix(scanned_.key(last - 1))) {
      // "Foreign Minister" ends in a title, not an organisation; suffixes are nouns of bodies.
      return true;
    }
    if (last - first >= 2) {
      const std::string two = scanned_.norms[last - 2] + " " + scanned_.norms[last - 1];
      if (lexicon_.is_org_suffix(two)) return true;
    }
    for (uint32_t index = first + 1; index < last; ++index) {
      if (scanned_.norms[index] != "of" && scanned_.norms[index] != "for") continue;
      for (uint32_t head = first; head < index; ++head)
        if (lexicon_.is_org_head(scanned_.key(head))) return true;
    }
    return false;
  }

  // Splits recurse at most kMaxSplitDepth levels (each on a shorter run); deeper runs are
  // taken as they are.
  static constexpr int kMaxSplitDepth = 4;

  void process_chain(uint32_t first, uint32_t last, uint32_t sentence, uint32_t sentence_first,
                     int depth = 0) {
    const bool may_split = depth < kMaxSplitDepth;
    // Drop stop words at the start ("The", "In", "While") unless a known name begins there.
    std::vector<const Place*> whole_places;
    while (first < last && lexicon_.is_stop(scanned_.key(first)) &&
           !organization_match(first, last) &&
           gazetteer_match(first, last, whole_places) != last - first) {
      ++first;
      while (first < last && !is_name_word(first)) ++first;
    }
    while (last > first && lexicon_.is_stop(scanned_.key(last - 1))) --last;
    if (first >= last) return;
    const bool initial = sentence_initial(first, sentence_first);
    // "Terrorism Act", "Berne Agreement": names of things that are no entity.
    if (lexicon_.is_non_entity_suffix(scanned_.key(last - 1)) && last - first >= 2) return;
    // "U.K. Firm Cable and Wireless Plc": a descriptor noun separates two names.
    for (uint32_t index = first + 1; may_split && index + 1 < last; ++index) {
      if (lexicon_.is_descriptor(scanned_.key(index))) {
        process_chain(first, index, sentence, sentence_first, depth + 1);
        process_chain(index + 1, last, sentence, sentence_first, depth + 1);
        return;
      }
    }
    // "Iranian News Agency IRNA": an acronym after the name it abbreviates.
    if (may_split && last - first >= 3 && scanned_.words[last - 1].all_caps &&
        !scanned_.words[last - 2].all_caps) {
      process_chain(first, last - 1, sentence, sentence_first, depth + 1);
      process_chain(last - 1, last, sentence, sentence_first, depth + 1);
      return;
    }

    if (const KnownOrganization* known = organization_match(first, last)) {
      add_organization(first, last, sentence, known->country, known->canonical, initial);
      return;
    }
    // "British Army Gurkhas": an organisation's name ends inside the run of capitals.
    if (may_split && last - first >= 3 && !whole_chain_is_organization(first, last)) {
      for (uint32_t index = last - 2; index > first; --index) {
        if (lexicon_.is_org_suffix(scanned_.key(index)) &&
            whole_chain_is_organization(first, index + 1) &&
            !is_separating_word(scanned_.norms[index + 1])) {
          process_chain(first, index + 1, sentence, sentence_first, depth + 1);
          process_chain(index + 1, last, sentence, sentence_first, depth + 1);
          return;
        }
      }
    }
    // "the Turkish Foreign Ministry and Care International": two bodies joined by "and".
    for (uint32_t index = first + 1; may_split && index + 1 < last; ++index) {
      if (scanned_.norms[index] != "and" && scanned_.norms[index] != "&") continue;
      std::vector<const Place*> places;
      const bool left_is_name = whole_chain_is_organization(first, index) ||
                                organization_match(first, index) ||
                                gazetteer_match(first, index, places) == index - first;
      if (left_is_name) {
        process_chain(first, index, sentence, sentence_first, depth + 1);
        process_chain(index + 1, last, sentence, sentence_first, depth + 1);
        return;
      }
    }
    if (whole_chain_is_organization(first, last)) {
      // Leading title words are not part of a body's name ("President" never starts one).
      std::vector<const Place*> places;
      std::string country;
      for (uint32_t index = first; index < last && country.empty(); ++index) {
        if (gazetteer_match(index, last, places) > 0)
          for (const Place* place : places)
            if (!place->country.empty()) {
              country = place->country;
              break;
            }
      }
      add_organization(first, last, sentence, country, "", initial);
      return;
    }
    // Split at separating words into parts; each part is analysed on its own.
    uint32_t part_first = first;
    for (uint32_t index = first; index <= last; ++index) {
      if (index == last || (!is_name_word(index) && is_separating_word(scanned_.norms[index]))) {
        if (part_first < index)
          process_part(part_first, index, sentence, part_first == first ? initial : false);
        part_first = index + 1;
      }
    }
  }

  // "Minister of State for Foreign Affairs Karim Haddad", "Secretary of State for
  // Defence Geoff Hoon": after a title's "for"/"of", the portfolio belongs to the title; the
  // name starts after its last portfolio word (at least two name words must remain).
  uint32_t after_portfolio(uint32_t first, uint32_t last) const {
    static constexpr std::string_view kPortfolios[] = {
        "affairs",   "defence",  "defense",   "trade",       "industry",   "finance",
        "justice",   "health",   "education", "security",    "energy",     "agriculture",
        "transport", "interior", "economy",   "environment", "employment", "development"};
    if (first < 2) return first;
    const std::string& joint = scanned_.norms[first - 1];
    const std::string& before = scanned_.norms[first - 2];
    if ((joint != "for" && joint != "of") || !(lexicon_.is_title(before) || before == "state"))
      return first;
    for (uint32_t index = last - 2; index > first; --index) {
      const std::string_view word = scanned_.norms[index - 1];
      if (std::find(std::begin(kPortfolios), std::end(kPortfolios), word) !=
              std::end(kPortfolios) &&
          scanned_.words[index].capitalized)
        return index;
    }
    return first;
  }

  void process_part(uint32_t first, uint32_t last, uint32_t sentence, bool initial) {
    while (first < last && !is_name_word(first)) ++first;
    while (last > first && !is_name_word(last - 1) && !is_particle_name(last - 1) &&
           !scanned_.words[last - 1].capitalized)
      --last;
    if (first >= last) return;
    first = after_portfolio(first, last);
    if (const KnownOrganization* known = organization_match(first, last)) {
      add_organization(first, last, sentence, known->country, known->canonical, initial);
      return;
    }
    if (last - first >= 2 && (lexicon_.is_place_suffix(scanned_.key(last - 1)) ||
                              lexicon_.is_place_prefix(scanned_.key(first)))) {
      std::vector<const Place*> places;
      if (gazetteer_match(first, last, places) == last - first && has_place_kind(places)) {
        add_location(first, last, sentence, places, initial);
        return;
      }
      Candidate candidate;
      candidate.first = first;
      candidate.last = last;
      candidate.sentence = sentence;
      candidate.verdict = Verdict::kLocation;
      candidate.strong = true;
      candidate.initial = initial;
      candidates_.push_back(std::move(candidate));
      return;
    }
    std::string country;
    std::string role;
    uint32_t cursor = first;
    std::vector<const Place*> places;
    // A country adjective or religion at the end names no one ("Cuban-backed Angolan").
    {
      bool adjectives_only = true;
      for (uint32_t index = first; index < last && adjectives_only; ++index) {
        const std::string_view word = scanned_.norms[index];
        const size_t hyphen = word.find('-');
        const bool compound = hyphen != std::string::npos && hyphen + 1 < word.size() &&
                              !scanned_.words[index].all_caps &&
                              std::islower(static_cast<unsigned char>(
                                  scanned_.words[index].span.of(document_.text)[hyphen + 1]));
        adjectives_only =
            compound || is_demonym(scanned_.key(index)) ||
            (word.size() > 3 && word.back() == 's' && is_demonym(word.substr(0, word.size() - 1)));
      }
      if (adjectives_only) return;
    }
    // The rightmost title word splits role from name: "NATO General Secretary Lord
    // Carrington", "International Development Minister Gareth Thomas", "Labour MP Roger
    // Godsiff". Known bodies and places inside the role part are entities of their own.
    for (uint32_t index = last - 1; index > first; --index) {
      if (!lexicon_.is_title(scanned_.key(index - 1))) continue;
      uint32_t role_first = first;
      while (role_first < index) {
        const size_t place_length = gazetteer_match(role_first, index, places);
        if (place_length > 0 && only_demonyms(places)) {
          country = demonym_country(places);
          role_first += static_cast<uint32_t>(place_length);
          continue;
        }
        if (place_length > 0 && has_place_kind(places) && title_match(role_first, index) == 0) {
          const uint32_t place_end = role_first + static_cast<uint32_t>(place_length);
          add_location(role_first, place_end, sentence, places, initial && role_first == first);
          for (const Place* place : places)
            if (!place->country.empty()) {
              country = place->country;
              break;
            }
          role_first = place_end;
          continue;
        }
        const KnownOrganization* known = nullptr;
        uint32_t known_end = index;
        for (; known_end > role_first; --known_end)
          if ((known = organization_match(role_first, known_end))) break;
        if (known) {
          add_organization(role_first, known_end, sentence, known->country, known->canonical,
                           false);
          if (country.empty()) country = known->country;
          role_first = known_end;
          continue;
        }
        break;
      }
      if (role_first < index) {
        role = join_words(scanned_, role_first, index);
        // The office is its last word(s): "general secretary", "minister".
        const size_t title_length = title_match(role_first, index);
        if (title_length > 0 && role_first + title_length == index) {
          role = join_words(scanned_, role_first, index);
        } else {
          for (uint32_t start = role_first; start < index; ++start)
            if (title_match(start, index) == index - start) {
              role = join_words(scanned_, start, index);
              break;
            }
        }
      }
      cursor = index;
      break;
    }
    // A known body written before a name: "Conservative Graham Brady", "Al-Jazeera Arabic".
    if (cursor == first && last - first >= 2) {
      for (uint32_t known_end = last - 1; known_end > first; --known_end) {
        if (const KnownOrganization* known = organization_match(first, known_end)) {
          add_organization(first, known_end, sentence, known->country, known->canonical, false);
          country = known->country;
          cursor = known_end;
          break;
        }
      }
    }
    while (cursor < last && role.empty()) {
      const size_t place_length = gazetteer_match(cursor, last, places);
      if (place_length > 0 && only_demonyms(places)) {
        country = demonym_country(places);
        cursor += static_cast<uint32_t>(place_length);
        continue;
      }
      if (place_length > 0 && has_place_kind(places)) {
        const uint32_t place_end = cursor + static_cast<uint32_t>(place_length);
        const bool whole = place_end == last;
        const bool country_like = std::any_of(places.begin(), places.end(), [](const Place* p) {
          return p->kind == PlaceKind::kCountry || p->kind == PlaceKind::kRegion;
        });
        if (whole || country_like || title_match(place_end, last) > 0) {
          // A known person's name that is also a place ("Hassan") is decided later.
          add_location(cursor, place_end, sentence, places, initial && cursor == first);
          if (whole) return;
          for (const Place* place : places)
            if (!place->country.empty()) {
              country = place->country;
              break;
            }
          cursor = place_end;
          continue;
        }
      }
      const size_t title_length = title_match(cursor, last);
      if (title_length > 0 && cursor + title_length < last) {
        role = join_words(scanned_, cursor, cursor + static_cast<uint32_t>(title_length));
        cursor += static_cast<uint32_t>(title_length);
        continue;
      }
      break;
    }
    if (cursor >= last) return;  // only a role ("Mexican Foreign Secretary") or places
    if (title_match(cursor, last) == last - cursor) return;  // "the Crown Prince"
    // A title written in lower case just before the name ("special envoy Ricardo Zúñiga").
    if (role.empty() && cursor == first) {
      const uint32_t sentence_first = scanned_.sentence_begin(sentence);
      for (uint32_t length = static_cast<uint32_t>(lexicon_.max_title_words()); length >= 1;
           --length) {
        if (first < sentence_first + length) continue;
        if (lexicon_.is_title_words(scanned_, first - length, first)) {
          role = join_words(scanned_, first - length, first);
          // "then-president" and "former president" are the office itself.
          if (role.rfind("then-", 0) == 0) role = role.substr(5);
          if (role.rfind("former ", 0) == 0) role = role.substr(7);
          break;
        }
      }
    }
    // "Britain's Foreign Secretary": a country with a possessive just before.
    if (country.empty() && first >= 2 && scanned_.words[first - 1].possessive) {
      std::vector<const Place*> before;
      uint32_t start = first - 1;
      while (start > scanned_.sentence_begin(sentence) && is_name_word(start - 1)) --start;
      if (start < first - 1 && gazetteer_match(start, first - 1, before) == first - 1 - start) {
        for (const Place* place : before)
          if (place->kind == PlaceKind::kCountry) country = place->country;
      }
    }
    Candidate candidate;
    candidate.first = cursor;
    candidate.last = last;
    candidate.sentence = sentence;
    candidate.initial = initial && cursor == first;
    candidate.country = country;
    candidate.role = role;
    if (!role.empty()) {
      candidate.verdict = Verdict::kPerson;
      candidate.strong = true;
    }
    candidates_.push_back(std::move(candidate));
  }

  void add_organization(uint32_t first, uint32_t last, uint32_t sentence, std::string country,
                        std::string canonical, bool initial) {
    Candidate candidate;
    candidate.first = first;
    candidate.last = last;
    candidate.sentence = sentence;
    candidate.verdict = Verdict::kOrganization;
    candidate.strong = true;
    candidate.initial = initial;
    candidate.country = std::move(country);
    candidate.canonical = std::move(canonical);
    candidates_.push_back(std::move(candidate));
  }

  void add_location(uint32_t first, uint32_t last, uint32_t sentence,
                    const std::vector<const Place*>& places, bool initial) {
    Candidate candidate;
    candidate.first = first;
    candidate.last = last;
    candidate.sentence = sentence;
    candidate.verdict = Verdict::kLocation;
    candidate.initial = initial;
    // Countries, regions and facilities are certain; a city name may be a person's ("Hassan").
    candidate.strong = std::any_of(places.begin(), places.end(), [](const Place* place) {
      return place->kind == PlaceKind::kCountry || place->kind == PlaceKind::kRegion ||
             place->kind == PlaceKind::kFacility;
    });
    candidate.place = places.empty() ? nullptr : places.front();
    candidates_.push_back(std::move(candidate));
  }

  // Countries the article names, for choosing among homonymous places.
  void count_context() {
    for (const Candidate& candidate : candidates_) {
      if (candidate.verdict != Verdict::kLocation || !candidate.place) continue;
      for (uint32_t index : gazetteer_.find_words(scanned_, candidate.first, candidate.last)) {
        const Place& place = gazetteer_.place(index);
        if (place.kind == PlaceKind::kCountry && !place.country.empty()) {
          context_countries_[place.country] += 1;
          break;
        }
      }
    }
  }

  bool person_key_match(const std::vector<std::string>& words, PersonName** match) {
    for (PersonName& person : persons_) {
      if (words.size() >= person.words.size()) continue;
      // Suffix ("López Obrador", "Harris") or first name ("Junius").
      const bool suffix = std::equal(words.rbegin(), words.rend(), person.words.rbegin());
      const bool prefix = words.size() == 1 && person.words.front() == words.front();
      if (suffix || prefix) {
        *match = &person;
        return true;
      }
    }
    return false;
  }

  void remember_person(const Candidate& candidate) {
    std::vector<std::string> words;
    for (uint32_t index = candidate.first; index < candidate.last; ++index)
      words.push_back(scanned_.norms[index]);
    for (PersonName& person : persons_) {
      if (person.words == words) {
        if (person.country.empty()) person.country = candidate.country;
        if (person.role.empty()) person.role = candidate.role;
        return;
      }
    }
    PersonName* longer = nullptr;
    if (person_key_match(words, &longer)) {
      if (longer->country.empty()) longer->country = candidate.country;
      if (longer->role.empty()) longer->role = candidate.role;
      return;
    }
    PersonName person;
    person.words = std::move(words);
    person.canonical = std::string(document_.text_of(
        {scanned_.words[candidate.first].span.begin, scanned_.words[candidate.last - 1].span.end}));
    person.country = candidate.country;
    person.role = candidate.role;
    persons_.push_back(std::move(person));
  }

  // How many capitalized words not opening a sentence have the norm of word `word`.
  int capitalized_occurrences(uint32_t word) const {
    const uint64_t hash = scanned_.hashes[word].value;
    int count = 0;
    for (auto found = std::lower_bound(capitalized_words_.begin(), capitalized_words_.end(),
                                       std::pair<uint64_t, uint32_t>(hash, 0));
         found != capitalized_words_.end() && found->first == hash; ++found)
      count += scanned_.norms[found->second] == scanned_.norms[word];
    return count;
  }

  void decide_weak() {
    for (size_t index = 0; index < scanned_.words.size(); ++index)
      if (is_name_word(static_cast<uint32_t>(index)) &&
          !sentence_initial(static_cast<uint32_t>(index),
                            scanned_.sentence_begin(scanned_.sentence_of_word[index])))
        capitalized_words_.emplace_back(scanned_.hashes[index].value, static_cast<uint32_t>(index));
    std::sort(capitalized_words_.begin(), capitalized_words_.end());
    // Full names first: titled persons, then unexplained multi-word names, then titled
    // surnames ("Mr Blair" after "Tony Blair").
    for (Candidate& candidate : candidates_)
      if (candidate.verdict == Verdict::kPerson && candidate.last - candidate.first >= 2)
        remember_person(candidate);
    std::vector<const Place*> places;
    for (Candidate& candidate : candidates_) {
      if (candidate.verdict != Verdict::kNone || candidate.last - candidate.first < 2) continue;
      std::vector<std::string> words;
      for (uint32_t index = candidate.first; index < candidate.last; ++index)
        words.push_back(scanned_.norms[index]);
      PersonName* known = nullptr;
      if (person_key_match(words, &known)) {
        candidate.verdict = Verdict::kPerson;
        continue;
      }
      if (gazetteer_match(candidate.first, candidate.last, places) ==
              candidate.last - candidate.first &&
          has_place_kind(places)) {
        candidate.verdict = Verdict::kLocation;
        candidate.place = places.front();
        continue;
      }
      bool all_caps = true;
      for (uint32_t index = candidate.first; index < candidate.last; ++index)
        all_caps = all_caps && scanned_.words[index].all_caps;
      candidate.verdict = all_caps ? Verdict::kOrganization : Verdict::kPerson;
      if (candidate.verdict == Verdict::kPerson) remember_person(candidate);
    }
    for (Candidate& candidate : candidates_)
      if (candidate.verdict == Verdict::kPerson && candidate.last - candidate.first == 1)
        remember_person(candidate);
    // Organisation names seen in full, for short forms ("Care" for "Care International").
    std::vector<std::pair<std::vector<std::string>, size_t>> organizations;
    for (size_t index = 0; index < candidates_.size(); ++index) {
      const Candidate& candidate = candidates_[index];
      if (candidate.verdict != Verdict::kOrganization || candidate.last - candidate.first < 2)
        continue;
      std::vector<std::string> words;
      for (uint32_t word = candidate.first; word < candidate.last; ++word)
        words.push_back(scanned_.norms[word]);
      organizations.emplace_back(std::move(words), index);
    }
    for (Candidate& candidate : candidates_) {
      if (candidate.verdict == Verdict::kOrganization && candidate.canonical.empty() &&
          candidate.last - candidate.first >= 1) {
        // Short form of a longer organisation ("Cable and Wireless" of "... Plc").
      }
      const bool weak_location = candidate.verdict == Verdict::kLocation && !candidate.strong;
      if (candidate.verdict != Verdict::kNone && !weak_location) continue;
      std::vector<std::string> words;
      for (uint32_t index = candidate.first; index < candidate.last; ++index)
        words.push_back(scanned_.norms[index]);
      PersonName* known = nullptr;
      if (person_key_match(words, &known) ||
          std::any_of(persons_.begin(), persons_.end(),
                      [&](const PersonName& person) { return person.words == words; })) {
        candidate.verdict = Verdict::kPerson;
        candidate.place = nullptr;
        continue;
      }
      if (weak_location) continue;
      bool organization_prefix = false;
      for (const auto& [organization_words, organization_index] : organizations) {
        if (words.size() < organization_words.size() &&
            std::equal(words.begin(), words.end(), organization_words.begin())) {
          candidate.verdict = Verdict::kOrganization;
          candidate.canonical = document_.text_of(
              {scanned_.words[candidates_[organization_index].first].span.begin,
               scanned_.words[candidates_[organization_index].last - 1].span.end});
          candidate.country = candidates_[organization_index].country;
          organization_prefix = true;
          break;
        }
      }
      if (organization_prefix) continue;
      const Word& word = scanned_.words[candidate.first];
      const std::string& norm = scanned_.norms[candidate.first];
      // "the Ministry", "the Council": a bare suffix or title refers back, it names no one.
      if (candidate.last - candidate.first == 1 &&
          (lexicon_.is_org_suffix(norm) || lexicon_.is_title(norm)))
        continue;
      // "Thassos island", "Aceh province", "his Jamba headquarters".
      if (candidate.last < scanned_.sentence_end(candidate.sentence) &&
          !scanned_.words[candidate.last].capitalized &&
          lexicon_.is_place_suffix(scanned_.key(candidate.last))) {
        candidate.verdict = Verdict::kLocation;
        continue;
      }
      if (word.all_caps && word.span.length() <= 6 && candidate.last - candidate.first == 1) {
        bool has_digit = false;
        for (char c : word.span.of(document_.text)) has_digit = has_digit || (c >= '0' && c <= '9');
        if (!has_digit) candidate.verdict = Verdict::kOrganization;
        continue;
      }
      if (candidate.initial) continue;
      // Plural country adjectives ("Americans", "Britons") name no entity.
      if (norm.size() > 3 && norm.back() == 's') {
        if (is_demonym(norm.substr(0, norm.size() - 1))) continue;
      }
      const uint32_t before = candidate.first;
      const uint32_t sentence_first = scanned_.sentence_begin(candidate.sentence);
      if (before > sentence_first && is_location_preposition(scanned_.norms[before - 1])) {
        candidate.verdict = Verdict::kLocation;
        continue;
      }
      const uint32_t after = candidate.last;
      const bool speaks = after < scanned_.sentence_end(candidate.sentence) &&
                          lexicon_.is_speech_verb(scanned_.key(after));
      const bool plural = norm.size() > 3 && norm.back() == 's' && norm[norm.size() - 2] != 's';
      if (speaks || (!plural && capitalized_occurrences(candidate.first) >= 2)) {
        candidate.verdict = Verdict::kPerson;
        remember_person(candidate);
      }
    }
  }

  // The place meant by a location name, among homonyms: countries and regions first, then the
  // candidate in a country the article names, then the most populous.
  const Place* choose_place(const std::string& key) const {
    const Place* best = nullptr;
    double best_score = -1e9;
    for (uint32_t index : gazetteer_.find_normalized(key)) {
      const Place& place = gazetteer_.place(index);
      if (place.kind == PlaceKind::kDemonym) continue;
      double score = place.population_log10;
      if (place.kind == PlaceKind::kCountry || place.kind == PlaceKind::kRegion ||
          place.kind == PlaceKind::kFacility)
        score += 100;
      if (place.kind == PlaceKind::kDivision) score -= 1.5;
      if (!place.canonical.empty() && place.kind == PlaceKind::kPopulated) score += 3;
      // The article's countries decide between comparable places, not against a metropolis
      // (Moscow in a Soviet story is not Moscow, Idaho).
      if (context_countries_.contains(place.country)) score += 2;
      if (score > best_score) {
        best_score = score;
        best = &place;
      }
    }
    return best;
  }

  std::string dominant(const std::map<std::string, int>& counts) const {
    std::string best;
    int best_count = 0;
    for (const auto& [country, count] : counts)
      if (count > best_count) {
        best = country;
        best_count = count;
      }
    return best;
  }

  void emit_mentions() {
    // Locations first, so persons and unknown places can take countries from them.
    std::map<std::string, int> location_countries;
    std::vector<std::pair<uint32_t, size_t>> located;  // sentence, mention index
    std::vector<int32_t> mention_of_candidate(candidates_.size(), -1);
    for (size_t index = 0; index < candidates_.size(); ++index) {
      Candidate& candidate = candidates_[index];
      if (candidate.verdict != Verdict::kLocation) continue;
      Mention mention = base_mention(candidate, MentionKind::kLocation);
      std::string key = join_words(scanned_, candidate.first, candidate.last);
      // "North" after "North Korea": a first word standing for a country named in full.
      if (candidate.last - candidate.first == 1) {
        for (const Candidate& other : candidates_) {
          if (other.verdict != Verdict::kLocation || other.last - other.first < 2 ||
              scanned_.norms[other.first] != key)
            continue;
          const std::string full = join_words(scanned_, other.first, other.last);
          if (const Place* place = choose_place(full);
              place && place->kind == PlaceKind::kCountry) {
            key = full;
            break;
          }
        }
      }
      if (const Place* place = choose_place(key)) {
        mention.country = place->country;
        mention.has_coordinates = true;
        mention.latitude = place->latitude;
        mention.longitude = place->longitude;
        if (!place->canonical.empty()) {
          mention.canonical = place->canonical;
        } else if (place->kind == PlaceKind::kCountry) {
          const Place* standard = gazetteer_.country(place->country);
          mention.canonical = standard ? standard->name : place->name;
        } else {
          mention.canonical = place->name;
        }
        mention.country = historical_country(mention.country);
        if (!mention.country.empty()) location_countries[mention.country] += 1;
      }
      mention_of_candidate[index] = static_cast<int32_t>(document_.mentions.size());
      document_.mentions.push_back(std::move(mention));
    }
    // Places the gazetteer does not know take the country and position of a known place in
    // the same sentence ("the National Palace in Mexico City"), else the article's country.
    const std::string article_country = dominant(location_countries);
    for (size_t index = 0; index < candidates_.size(); ++index) {
      if (mention_of_candidate[index] < 0) continue;
      Mention& mention = document_.mentions[mention_of_candidate[index]];
      if (mention.has_coordinates) continue;
      const Mention* nearest = nullptr;
      for (size_t other = 0; other < candidates_.size(); ++other) {
        if (mention_of_candidate[other] < 0 ||
            candidates_[other].sentence != candidates_[index].sentence)
          continue;
        const Mention& candidate_mention = document_.mentions[mention_of_candidate[other]];
        if (!candidate_mention.has_coordinates || candidate_mention.country.empty()) continue;
        if (!nearest || std::abs(static_cast<long>(candidate_mention.span.begin) -
                                 static_cast<long>(mention.span.begin)) <
                            std::abs(static_cast<long>(nearest->span.begin) -
                                     static_cast<long>(mention.span.begin)))
          nearest = &candidate_mention;
      }
      if (nearest) {
        mention.country = nearest->country;
        mention.latitude = nearest->latitude;
        mention.longitude = nearest->longitude;
        mention.has_coordinates = true;
      } else if (const Place* country = gazetteer_.country(article_country)) {
        mention.country = article_country;
        mention.latitude = country->latitude;
        mention.longitude = country->longitude;
        mention.has_coordinates = true;
      }
    }
    // Organisations.
    for (size_t index = 0; index < candidates_.size(); ++index) {
      Candidate& candidate = candidates_[index];
      if (candidate.verdict != Verdict::kOrganization) continue;
      Mention mention = base_mention(candidate, MentionKind::kOrganization);
      if (!candidate.canonical.empty()) mention.canonical = candidate.canonical;
      mention.country = candidate.country;
      take_actor_code(mention);
      mention_of_candidate[index] = static_cast<int32_t>(document_.mentions.size());
      document_.mentions.push_back(std::move(mention));
    }
    // Persons: full forms are the antecedents of short forms.
    std::map<std::string, int> person_countries;
    std::vector<size_t> person_candidates;
    for (size_t index = 0; index < candidates_.size(); ++index) {
      Candidate& candidate = candidates_[index];
      if (candidate.verdict != Verdict::kPerson) continue;
      std::vector<std::string> words;
      for (uint32_t word = candidate.first; word < candidate.last; ++word)
        words.push_back(scanned_.norms[word]);
      PersonName* person = nullptr;
      for (PersonName& known : persons_)
        if (known.words == words) person = &known;
      if (!person) person_key_match(words, &person);
      Mention mention = base_mention(candidate, MentionKind::kPerson);
      const int32_t mention_index = static_cast<int32_t>(document_.mentions.size());
      if (person) {
        mention.canonical = person->canonical;
        if (person->first_mention < 0) {
          if (person->words == words) person->first_mention = mention_index;
        } else {
          mention.antecedent = person->first_mention;
        }
        if (person->country.empty()) {
          person->country = candidate.country;
          if (person->country.empty() && !candidate.role.empty()) {
            // An office holder named beside a place: "While in Guatemala, he met with
            // President Alejandro Giammattei".
            person->country = nearest_country(candidate);
          }
        }
        if (person->country.empty()) {
          take_actor_code(mention);
          if (mention.actor_code.size() >= 3 && gazetteer_.country(mention.actor_code.substr(0, 3)))
            person->country = mention.actor_code.substr(0, 3);
        }
      }
      mention_of_candidate[index] = mention_index;
      person_candidates.push_back(index);
      document_.mentions.push_back(std::move(mention));
    }
    // Short forms seen before their full form point forward to it.
    for (size_t index : person_candidates) {
      Mention& mention = document_.mentions[mention_of_candidate[index]];
      for (PersonName& person : persons_) {
        if (person.canonical == mention.canonical && person.first_mention >= 0 &&
            person.first_mention != mention_of_candidate[index] && mention.antecedent < 0)
          mention.antecedent = person.first_mention;
        if (person.canonical == mention.canonical && !person.country.empty())
          person_countries[person.country] += 1;
      }
    }
    // Persons with no country cue take the country of the article's people, else of its places.
    std::string people_country = dominant(person_countries);
    if (people_country.empty()) people_country = article_country;
    for (size_t index : person_candidates) {
      Mention& mention = document_.mentions[mention_of_candidate[index]];
      for (PersonName& person : persons_)
        if (person.canonical == mention.canonical) {
          if (person.country.empty()) person.country = people_country;
          mention.country = person.country;
          facts_role_[mention_of_candidate[index]] = person.role;
        }
      take_actor_code(mention);
    }
  }

  // Places of states that have since split keep the state of the article's time (devset
  // GUIDE §2.3: Soviet-era places are SUN, Yugoslav ones YUG).
  std::string historical_country(const std::string& country) const {
    if (!document_.published.known() || document_.published.year >= 1992) return country;
    static constexpr std::string_view kSoviet[] = {"RUS", "UKR", "BLR", "KAZ", "UZB",
                                                   "TKM", "KGZ", "TJK", "ARM", "AZE",
                                                   "GEO", "MDA", "LTU", "LVA", "EST"};
    static constexpr std::string_view kYugoslav[] = {"SRB", "HRV", "SVN", "BIH",
                                                     "MKD", "MNE", "UNK"};
    for (std::string_view code : kSoviet)
      if (country == code) return "SUN";
    for (std::string_view code : kYugoslav)
      if (country == code) return "YUG";
    return country;
  }

  std::string nearest_country(const Candidate& candidate) const {
    std::string best;
    long best_distance = 1L << 40;
    for (const Mention& mention : document_.mentions) {
      if (mention.kind != MentionKind::kLocation || mention.country.empty() ||
          mention.sentence != static_cast<int32_t>(candidate.sentence))
        continue;
      const long distance = std::abs(static_cast<long>(mention.span.begin) -
                                     static_cast<long>(scanned_.words[candidate.first].span.begin));
      if (distance < best_distance) {
        best_distance = distance;
        best = mention.country;
      }
    }
    return best;
  }

  Mention base_mention(const Candidate& candidate, MentionKind kind) const {
    Mention mention;
    mention.span = {scanned_.words[candidate.first].span.begin,
                    scanned_.words[candidate.last - 1].span.end};
    mention.kind = kind;
    mention.canonical = std::string(document_.text_of(mention.span));
    mention.sentence = static_cast<int32_t>(candidate.sentence);
    return mention;
  }

  // The CAMEO coder's actor code for an overlapping actor mention, if any.
  void take_actor_code(Mention& mention) const {
    if (!mention.actor_code.empty()) return;
    for (size_t index = 0; index < actor_mentions_; ++index) {
      const Mention& actor = document_.mentions[index];
      if (actor.kind == MentionKind::kActor && actor.span.overlaps(mention.span) &&
          !actor.actor_code.empty()) {
        mention.actor_code = actor.actor_code;
        return;
      }
    }
  }

 public:
  void set_actor_mentions(size_t count) { actor_mentions_ = count; }

 private:
  const Gazetteer& gazetteer_;
  const EntityLexicon& lexicon_;
  Document& document_;
  const ScannedDocument& scanned_;
  NameMatcher names_;
  std::vector<Candidate> candidates_;
  std::vector<PersonName> persons_;
  std::map<std::string, int> context_countries_;
  // (norm hash, word) of capitalized words not opening a sentence, sorted: one allocation
  // where a map from norm to count would make one per distinct name.
  std::vector<std::pair<uint64_t, uint32_t>> capitalized_words_;
  std::unordered_map<int32_t, std::string> facts_role_;
  size_t actor_mentions_ = 0;
};

}  // namespace

void EntityFinder::find(Document& document, const ScannedDocument& scanned) const {
  DocumentEntities entities(gazetteer_, lexicon_, document, scanned);
  entities.set_actor_mentions(document.mentions.size());
  entities.run();
}

}  // namespace herald::extract
