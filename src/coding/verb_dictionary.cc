#include "coding/verb_dictionary.h"

#include <fmt/format.h>

#include "actors/actor_dictionary.h"
#include "text/normalize.h"

namespace herald::coding {
namespace {

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Splits on blanks and tabs.
std::vector<std::string> split_blanks(std::string_view text) {
  std::vector<std::string> parts;
  std::string current;
  for (char c : text) {
    if (c == ' ' || c == '\t') {
      if (!current.empty()) parts.push_back(std::move(current));
      current.clear();
    } else {
      current.push_back(c);
    }
  }
  if (!current.empty()) parts.push_back(std::move(current));
  return parts;
}

// Words of a verb phrase written "WIRE_+TAP" or "+BREAK_DOWN"; `head` is the `+` word
// (the first word when none is marked).
bool verb_phrase_words(std::string_view text, std::vector<std::string>& words, size_t& head) {
  words.clear();
  head = 0;
  bool marked = false;
  std::string current;
  auto flush = [&] {
    if (current.empty()) return;
    if (current.front() == '+') {
      current.erase(0, 1);
      if (!current.empty()) {
        head = words.size();
        marked = true;
      }
    }
    if (!current.empty()) words.push_back(normalize_for_matching(current));
    current.clear();
  };
  for (char c : text) {
    if (c == '_' || c == ' ' || c == '\t')
      flush();
    else
      current.push_back(c);
  }
  flush();
  (void)marked;
  return !words.empty();
}

}  // namespace

std::vector<std::string> regular_verb_forms(const std::string& base) {
  std::vector<std::string> forms{base};
  if (base.size() < 2) return forms;
  const char last = base.back();
  const char before_last = base[base.size() - 2];
  // Third person singular.
  if (last == 'y' && !is_vowel(before_last))
    forms.push_back(base.substr(0, base.size() - 1) + "ies");
  else if (last == 's' || last == 'x' || last == 'z' || last == 'o' || base.ends_with("ch") ||
           base.ends_with("sh"))
    forms.push_back(base + "es");
  else
    forms.push_back(base + "s");
  // Past tense and participle.
  if (last == 'e')
    forms.push_back(base + "d");
  else if (last == 'y' && !is_vowel(before_last))
    forms.push_back(base.substr(0, base.size() - 1) + "ied");
  else
    forms.push_back(base + "ed");
  // Present participle.
  if (base.ends_with("ie"))
    forms.push_back(base.substr(0, base.size() - 2) + "ying");
  else if (last == 'e' && before_last != 'e')
    forms.push_back(base.substr(0, base.size() - 1) + "ing");
  else
    forms.push_back(base + "ing");
  // Doubled final consonant after a single short vowel: "stop" -> "stopped", "stopping".
  if (base.size() >= 3 && !is_vowel(last) && last != 'w' && last != 'x' && last != 'y' &&
      is_vowel(before_last) && !is_vowel(base[base.size() - 3])) {
    forms.push_back(base + last + "ed");
    forms.push_back(base + last + "ing");
  }
  return forms;
}

EventCode parse_event_code(std::string_view inside) {
  std::string cleaned;
  for (char c : inside)
    if (c != ' ' && c != '\t' && c != '?') cleaned.push_back(c);
  EventCode code;
  const size_t colon = cleaned.find(':');
  code.code = cleaned.substr(0, colon);
  if (colon != std::string::npos) code.reciprocal = cleaned.substr(colon + 1);
  if (code.reciprocal == "---") code.reciprocal.clear();
  return code;
}

const std::vector<uint32_t>& VerbDictionary::forms_for(uint32_t word) const {
  static const std::vector<uint32_t> kNone;
  if (word == actors::Vocabulary::kUnknown) return kNone;
  auto found = forms_by_word_.find(word);
  return found == forms_by_word_.end() ? kNone : found->second;
}

void VerbDictionary::add_form(std::vector<std::string> words, size_t head, uint32_t family,
                              EventCode code, const std::string& written, uint32_t line) {
  VerbForm form;
  for (size_t index = 0; index < words.size(); ++index) {
    if (index < head)
      form.before.push_back(vocabulary_->intern(words[index]));
    else if (index > head)
      form.after.push_back(vocabulary_->intern(words[index]));
  }
  form.family = family;
  form.code = std::move(code);
  form.written = written;
  form.line = line;
  const uint32_t index = static_cast<uint32_t>(forms_.size());
  auto& bucket = forms_by_word_[vocabulary_->intern(words[head])];
  bucket.push_back(index);
  forms_.push_back(std::move(form));
}

bool VerbDictionary::parse_pattern(std::string_view text, VerbPattern& pattern,
                                   std::string& reason) {
  // Group markers: {A B} means adjacent words; (A B) is a phrase whose words keep their gaps.
  std::string flat;
  int brace_depth = 0;
  for (char c : text) {
    if (c == '{')
      ++brace_depth;
    else if (c == '}')
      brace_depth = brace_depth > 0 ? brace_depth - 1 : 0;
    else if (c == '(' || c == ')')
      flat.push_back(' ');
    else if (c == ' ' && brace_depth > 0)
      flat.push_back('_');
    else
      flat.push_back(c);
  }
  struct Item {
    std::string text;
    bool adjacent_to_previous = false;
  };
  std::vector<Item> items;
  bool next_adjacent = false;
  for (const std::string& token : split_blanks(flat)) {
    size_t start = 0;
    bool first_piece = true;
    while (start <= token.size()) {
      size_t underscore = token.find('_', start);
      std::string piece = token.substr(
          start, underscore == std::string::npos ? std::string::npos : underscore - start);
      if (!piece.empty()) {
        items.push_back({piece, next_adjacent || !first_piece});
        next_adjacent = false;
      } else if (first_piece && underscore != std::string::npos && !items.empty()) {
        next_adjacent = true;  // "_WORD": joined to the previous token
      }
      first_piece = piece.empty() && first_piece;
      if (underscore == std::string::npos) break;
      if (underscore + 1 == token.size()) next_adjacent = true;  // "WORD_": joined to the next
      start = underscore + 1;
      if (!piece.empty()) first_piece = false;
    }
  }
  size_t star = items.size();
  for (size_t index = 0; index < items.size(); ++index)
    if (items[index].text == "*" || items[index].text == "**") {
      star = index;
      break;
    }
  if (star == items.size()) {
    reason = "pattern without '*'";
    return false;
  }
  auto make_element = [&](const Item& item, PatternElement& element) -> bool {
    const std::string& word = item.text;
    if (word == "+")
      element.kind = ElementKind::kTarget;
    else if (word == "$")
      element.kind = ElementKind::kSource;
    else if (word == "%")
      element.kind = ElementKind::kCompound;
    else if (word == "^")
      element.kind = ElementKind::kAny;
    else if (word.front() == '&') {
      auto found = synset_by_name_.find(word);
      if (found == synset_by_name_.end()) {
        reason = fmt::format("undefined synonym set {}", word);
        return false;
      }
      element.kind = ElementKind::kSynset;
      element.synset = found->second;
    } else {
      element.kind = ElementKind::kWord;
      element.word = vocabulary_->intern(normalize_for_matching(word));
    }
    return true;
  };
  // Before the verb: adjacency means "right before the next element (or the verb)".
  for (size_t index = 0; index < star; ++index) {
    PatternElement element;
    if (!make_element(items[index], element)) return false;
    element.adjacent = items[index + 1].adjacent_to_previous;
    pattern.before.push_back(std::move(element));
  }
  for (size_t index = star + 1; index < items.size(); ++index) {
    PatternElement element;
    if (!make_element(items[index], element)) return false;
    element.adjacent = items[index].adjacent_to_previous;
    pattern.after.push_back(std::move(element));
  }
  for (const PatternElement& element : pattern.before) {
    if (element.kind == ElementKind::kCompound) pattern.has_compound = true;
    if (element.kind != ElementKind::kAny) ++pattern.weight;
  }
  for (const PatternElement& element : pattern.after)
    if (element.kind != ElementKind::kAny) ++pattern.weight;
  for (const auto* part : {&pattern.before, &pattern.after})
    for (const PatternElement& element : *part) {
      if (element.kind == ElementKind::kSynset) pattern.synsets.push_back(element.synset);
      if (element.kind == ElementKind::kWord) {
        pattern.required_words.push_back(element.word);
        pattern.required_signature.add(element.word);
      }
    }
  return true;
}

void VerbDictionary::add_text(const std::string& name, std::string_view bytes,
                              std::vector<DictionaryProblem>& problems) {
  if (file_.empty()) file_ = name;
  enum class Mode { kNone, kSynset, kFamily };
  Mode mode = Mode::kNone;
  int32_t family = -1;
  int32_t synset = -1;
  for (const DictionaryLine& line : dictionary_lines(bytes)) {
    std::string_view content = trim(line.text);
    if (content.empty()) {
      if (mode == Mode::kSynset) mode = family >= 0 ? Mode::kFamily : Mode::kNone;
      continue;
    }
    if (content.starts_with("---")) {
      const size_t open = content.find('[');
      const size_t close = open == std::string_view::npos ? open : content.find(']', open);
      VerbFamily block;
      std::string_view title = content.substr(3);
      if (open != std::string_view::npos && close != std::string_view::npos) {
        block.code = parse_event_code(content.substr(open + 1, close - open - 1));
        title = content.substr(3, open - 3);
      } else {
        block.code.code = "---";
      }
      block.name = std::string(trim(title));
      while (block.name.ends_with('-')) block.name.pop_back();
      block.line = line.number;
      family = static_cast<int32_t>(families_.size());
      families_.push_back(std::move(block));
      mode = Mode::kFamily;
      continue;
    }
    if (content.front() == '&') {
      std::string label(trim(content));
      const size_t blank = label.find_first_of(" \t");
      if (blank != std::string::npos) label.resize(blank);
      Synset set;
      set.plurals = !label.ends_with('_');
      while (label.ends_with('_')) label.pop_back();
      set.name = label;
      synset = static_cast<int32_t>(synsets_.size());
      synsets_.push_back(std::move(set));
      synset_by_name_[label] = static_cast<uint32_t>(synset);
      synset_by_name_[label + "_"] = static_cast<uint32_t>(synset);
      mode = Mode::kSynset;
      continue;
    }
    if (mode == Mode::kSynset && content.front() == '+') {
      std::string_view phrase = trim(content.substr(1));
      if (phrase.front() == '&') {
        std::string label(phrase);
        while (label.ends_with('_')) label.pop_back();
        auto found = synset_by_name_.find(label);
        if (found == synset_by_name_.end()) {
          problems.push_back({name, line.number, fmt::format("undefined synonym set {}", label)});
          continue;
        }
        const auto copied = synsets_[found->second].phrases;
        for (const auto& words : copied) synsets_[synset].phrases.push_back(words);
        continue;
      }
      std::vector<std::string> words = phrase_words(phrase);
      if (words.empty()) {
        problems.push_back({name, line.number, "empty synonym"});
        continue;
      }
      const bool plural = !phrase.ends_with('_') && synsets_[synset].plurals;
      synsets_[synset].phrases.push_back(vocabulary_->intern_all(words));
      if (plural) {
        std::vector<std::string> plural_words = words;
        plural_words.back() = actors::regular_plural(plural_words.back());
        if (plural_words.back() != words.back())
          synsets_[synset].phrases.push_back(vocabulary_->intern_all(plural_words));
      }
      continue;
    }
    if (content.front() == '~') continue;  // verb combination rules: not used by this coder
    if (content.front() == '-') {
      if (family < 0) {
        problems.push_back({name, line.number, "pattern outside a verb family"});
        continue;
      }
      const size_t open = content.rfind('[');
      const size_t close = open == std::string_view::npos ? open : content.find(']', open);
      if (open == std::string_view::npos || close == std::string_view::npos) {
        problems.push_back({name, line.number, "pattern without a [code]"});
        continue;
      }
      VerbPattern pattern;
      pattern.code = parse_event_code(content.substr(open + 1, close - open - 1));
      pattern.written = std::string(content);
      pattern.line = line.number;
      std::string reason;
      if (!parse_pattern(content.substr(1, open - 1), pattern, reason)) {
        problems.push_back({name, line.number, reason});
        continue;
      }
      families_[family].patterns.push_back(static_cast<uint32_t>(patterns_.size()));
      families_[family].signatures.push_back(pattern.required_signature);
      patterns_.push_back(std::move(pattern));
      continue;
    }
    if (family < 0 || mode != Mode::kFamily) {
      problems.push_back({name, line.number, "verb outside a verb family"});
      continue;
    }
    // A verb line: WORD {FORMS} [code]
    std::string_view head_text = content;
    EventCode code = families_[family].code;
    if (size_t open = content.find('['); open != std::string_view::npos) {
      const size_t close = content.find(']', open);
      if (close == std::string_view::npos) {
        problems.push_back({name, line.number, "missing ']'"});
        continue;
      }
      code = parse_event_code(content.substr(open + 1, close - open - 1));
      head_text = content.substr(0, open);
    }
    std::vector<std::string> irregular;
    if (size_t brace = head_text.find('{'); brace != std::string_view::npos) {
      const size_t brace_close = head_text.find('}', brace);
      if (brace_close == std::string_view::npos) {
        problems.push_back({name, line.number, "missing '}'"});
        continue;
      }
      irregular = split_blanks(head_text.substr(brace + 1, brace_close - brace - 1));
      head_text = head_text.substr(0, brace);
    }
    head_text = trim(head_text);
    std::vector<std::string> words;
    size_t head = 0;
    if (!verb_phrase_words(head_text, words, head)) {
      problems.push_back({name, line.number, "verb line without a verb"});
      continue;
    }
    const std::string written(content);
    for (const std::string& form : regular_verb_forms(words[head])) {
      std::vector<std::string> variant = words;
      variant[head] = form;
      add_form(std::move(variant), head, static_cast<uint32_t>(family), code, written, line.number);
    }
    for (const std::string& form_text : irregular) {
      std::vector<std::string> variant;
      size_t variant_head = 0;
      if (!verb_phrase_words(form_text, variant, variant_head)) continue;
      if (variant.size() == 1 && words.size() > 1) {
        // A one-word irregular form of a multi-word verb replaces the head word.
        std::vector<std::string> replaced = words;
        replaced[head] = variant[0];
        variant = std::move(replaced);
        variant_head = head;
      }
      add_form(std::move(variant), variant_head, static_cast<uint32_t>(family), code, written,
               line.number);
    }
  }
  finish_synsets();
}

void VerbDictionary::finish_synsets() {
  for (Synset& set : synsets_) {
    set.first_signature = WordSignature{};
    set.last_signature = WordSignature{};
    std::vector<std::pair<uint32_t, uint32_t>> firsts, lasts;  // (word id, phrase index)
    for (uint32_t index = 0; index < set.phrases.size(); ++index) {
      const auto& phrase = set.phrases[index];
      if (phrase.empty()) continue;
      set.first_signature.add(phrase.front());
      set.last_signature.add(phrase.back());
      firsts.emplace_back(phrase.front(), index);
      lasts.emplace_back(phrase.back(), index);
    }
    // Stable: phrases with the same word keep their file order.
    std::stable_sort(firsts.begin(), firsts.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::stable_sort(lasts.begin(), lasts.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    set.first_words.clear();
    set.by_first_word.clear();
    set.last_words.clear();
    set.by_last_word.clear();
    for (const auto& [word, index] : firsts) {
      set.first_words.push_back(word);
      set.by_first_word.push_back(index);
    }
    for (const auto& [word, index] : lasts) {
      set.last_words.push_back(word);
      set.by_last_word.push_back(index);
    }
  }
}

Status VerbDictionary::load_file(const std::string& path,
                                 std::vector<DictionaryProblem>& problems) {
  Result<std::string> bytes = read_dictionary_file(path);
  if (!bytes.is_ok()) return bytes.status();
  add_text(path, bytes.value(), problems);
  return Status::ok();
}

}  // namespace herald::coding
