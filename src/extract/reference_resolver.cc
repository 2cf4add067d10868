#include "extract/reference_resolver.h"

#include <algorithm>
#include <vector>

namespace herald::extract {
namespace {

class ReferenceResolver {
 public:
  ReferenceResolver(Document& document, const ScannedDocument& scanned, const NameMatcher& names,
                    const EntityLexicon& lexicon,
                    const std::unordered_map<int32_t, std::string>& roles)
      : document_(document), scanned_(scanned), names_(names), lexicon_(lexicon), roles_(roles) {}

  void run() {
    std::vector<int32_t> persons;  // mention indices of named persons, in text order
    for (size_t index = 0; index < document_.mentions.size(); ++index)
      if (document_.mentions[index].kind == MentionKind::kPerson)
        persons.push_back(static_cast<int32_t>(index));
    std::sort(persons.begin(), persons.end(), [&](int32_t a, int32_t b) {
      return document_.mentions[a].span.begin < document_.mentions[b].span.begin;
    });
    if (persons.empty()) return;
    std::vector<Mention> references;
    for (size_t sentence = 0; sentence + 1 < scanned_.sentence_first_word.size(); ++sentence) {
      const uint32_t begin = scanned_.sentence_begin(sentence);
      const uint32_t end = scanned_.sentence_end(sentence);
      for (uint32_t index = begin; index < end; ++index) {
        const std::string_view norm = scanned_.norms[index];
        if (is_pronoun(norm) && (norm == "he" || norm == "she")) {
          if (scanned_.quoted[index]) continue;  // inside a quote it is someone else's word
          const int32_t antecedent =
              subject_before(persons, references, static_cast<uint32_t>(sentence),
                             scanned_.words[index].span.begin);
          if (antecedent >= 0)
            references.push_back(reference(index, index + 1, sentence, antecedent));
          continue;
        }
        if (norm != "the" || index + 1 >= end) continue;
        // the [country adjective] TITLE [of COUNTRY]
        uint32_t cursor = index + 1;
        std::string country;
        std::vector<const Place*> places;
        if (const size_t length = names_.gazetteer_match(cursor, std::min(end, cursor + 3), places);
            length > 0 && NameMatcher::only_demonyms(places)) {
          country = NameMatcher::demonym_country(places);
          cursor += static_cast<uint32_t>(length);
        }
        const size_t title_length = names_.title_match(cursor, end);
        if (title_length == 0) continue;
        const std::string role =
            join_words(scanned_, cursor, cursor + static_cast<uint32_t>(title_length));
        if (role == "mr" || role == "mrs" || role == "ms" || role == "dr" || role == "leader" ||
            role == "shadow" || role == "former" || role == "deputy")
          continue;
        // "The shadow foreign secretary, Michael Ancram,": an appositive names the person.
        {
          const uint32_t after = cursor + static_cast<uint32_t>(title_length);
          if (after + 1 < end && scanned_.norms[after] == "," && names_.is_name_word(after + 1))
            continue;
        }
        uint32_t phrase_end = cursor + static_cast<uint32_t>(title_length);
        // A capitalized name right after is a titled name, not a role phrase.
        if (phrase_end < end && names_.is_name_word(phrase_end) &&
            scanned_.norms[phrase_end] != "of")
          continue;
        if (phrase_end + 1 < end && scanned_.norms[phrase_end] == "of") {
          const size_t place_length = names_.gazetteer_match(phrase_end + 1, end, places);
          if (place_length > 0 && NameMatcher::has_place_kind(places)) {
            country = places.front()->country;
            phrase_end += 1 + static_cast<uint32_t>(place_length);
          }
        }
        const int32_t antecedent =
            role_holder(persons, role, country, scanned_.words[index].span.begin);
        if (antecedent >= 0)
          references.push_back(reference(index, phrase_end, sentence, antecedent));
        index = phrase_end - 1;
      }
    }
    for (Mention& mention : references) document_.mentions.push_back(std::move(mention));
  }

  Mention reference(uint32_t first, uint32_t last, size_t sentence, int32_t antecedent) const {
    Mention mention;
    mention.span = {scanned_.words[first].span.begin, scanned_.words[last - 1].span.end};
    mention.kind = MentionKind::kPerson;
    // The antecedent's own antecedent is the first full form.
    int32_t target = antecedent;
    if (document_.mentions[target].antecedent >= 0) target = document_.mentions[target].antecedent;
    mention.antecedent = target;
    mention.canonical = document_.mentions[target].canonical;
    mention.country = document_.mentions[target].country;
    mention.actor_code = document_.mentions[target].actor_code;
    mention.sentence = static_cast<int32_t>(sentence);
    return mention;
  }

  // A pronoun's person: the first person named earlier in its own sentence, else the first
  // person named in the nearest earlier sentence that names one (subjects come first).
  bool after_preposition(const Mention& mention) const {
    int64_t before = scanned_.word_before(mention.span.begin);
    const int64_t sentence_first = scanned_.sentence_begin(static_cast<size_t>(mention.sentence));
    while (before >= sentence_first && lexicon_.is_title(scanned_.key(before))) --before;
    if (before < sentence_first) return false;
    const std::string_view word = scanned_.norms[before];
    return word == "with" || word == "to" || word == "by" || word == "from" || word == "for" ||
           word == "of" || word == "and" || word == "than" || word == "between" ||
           word == "against" || word == "about" || word == "like" || word == "on" || word == "at" ||
           word == "under" || word == "met";
  }

  bool mention_quoted(const Mention& mention) const {
    const uint32_t word = scanned_.word_at_or_after(mention.span.begin);
    return word < scanned_.quoted.size() && scanned_.quoted[word];
  }

  // A pronoun's person: the first person named earlier in its own sentence, else the first
  // person named in the nearest earlier sentence that names one or continues a pronoun chain
  // ("He said ... . America needed to listen too, he said."), looking back five sentences.
  int32_t subject_before(const std::vector<int32_t>& persons,
                         const std::vector<Mention>& references, uint32_t sentence,
                         uint32_t offset) const {
    for (int32_t index : persons) {
      const Mention& mention = document_.mentions[index];
      if (mention.sentence == static_cast<int32_t>(sentence) && mention.span.end <= offset &&
          !mention_quoted(mention))
        return index;
    }
    for (int back = 1; back <= 5 && static_cast<int>(sentence) - back >= 0; ++back) {
      const int32_t target = static_cast<int32_t>(sentence) - back;
      int32_t fallback = -1;
      for (int32_t index : persons) {
        const Mention& mention = document_.mentions[index];
        if (mention.sentence != target || mention_quoted(mention)) continue;
        // Subjects are not objects of prepositions ("talks with Mr Blair, Mr Abbas said").
        if (after_preposition(mention)) {
          if (fallback < 0) fallback = index;
          continue;
        }
        return index;
      }
      if (fallback >= 0) return fallback;
      for (const Mention& reference : references)
        if (reference.sentence == target) return reference.antecedent;
    }
    return -1;
  }

  int32_t role_holder(const std::vector<int32_t>& persons, const std::string& role,
                      const std::string& country, uint32_t offset) const {
    int32_t best = -1;
    for (int32_t index : persons) {
      const Mention& mention = document_.mentions[index];
      const auto found = roles_.find(index);
      if (found == roles_.end() || found->second != role) continue;
      if (!country.empty() && mention.country != country) continue;
      if (mention.span.begin < offset) best = index;
      if (best < 0) best = index;  // named later only: still the holder of the office
    }
    if (best >= 0 || !country.empty()) return best;
    // Only the heads of government and state are assumed without being named as such.
    if (role != "prime minister" && role != "president" && role != "chancellor" &&
        role != "premier" && role != "vice president")
      return -1;
    // No one is known to hold the office: the person the article has named most so far
    // (the prime minister in a story about Tony Blair).
    std::unordered_map<std::string, int> named;
    int best_count = 0;
    for (int32_t index : persons) {
      const Mention& mention = document_.mentions[index];
      if (mention.span.begin >= offset || mention_quoted(mention)) continue;
      const int count = ++named[mention.canonical];
      if (count > best_count) {
        best_count = count;
        best = index;
      }
    }
    return best_count >= 2 ? best : -1;
  }

 private:
  Document& document_;
  const ScannedDocument& scanned_;
  const NameMatcher& names_;
  const EntityLexicon& lexicon_;
  const std::unordered_map<int32_t, std::string>& roles_;
};

}  // namespace

void resolve_references(Document& document, const ScannedDocument& scanned,
                        const NameMatcher& names, const EntityLexicon& lexicon,
                        const std::unordered_map<int32_t, std::string>& roles) {
  ReferenceResolver(document, scanned, names, lexicon, roles).run();
}

}  // namespace herald::extract
