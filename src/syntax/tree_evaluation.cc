#include "syntax/tree_evaluation.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <tuple>

#include "syntax/bracketed_tree.h"
#include "text/utf8.h"

namespace herald::syntax {
namespace {

std::string unescape_xml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '&') {
      static constexpr std::pair<std::string_view, char> kEntities[] = {
          {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
      bool replaced = false;
      for (auto [entity, character] : kEntities)
        if (text.substr(i, entity.size()) == entity) {
          out.push_back(character);
          i += entity.size() - 1;
          replaced = true;
          break;
        }
      if (replaced) continue;
    }
    out.push_back(text[i]);
  }
  return out;
}

// The content of the first <name>...</name> in [begin, end), or npos if absent.
bool element(std::string_view xml, size_t begin, size_t end, std::string_view name,
             std::string& out) {
  std::string open = fmt::format("<{}>", name), close = fmt::format("</{}>", name);
  size_t start = xml.find(open, begin);
  if (start == std::string_view::npos || start >= end) return false;
  start += open.size();
  size_t stop = xml.find(close, start);
  if (stop == std::string_view::npos || stop > end) return false;
  out = unescape_xml(xml.substr(start, stop - start));
  return true;
}

std::string attribute(std::string_view tag, std::string_view name) {
  size_t at = tag.find(name);
  while (at != std::string_view::npos) {
    size_t position = at + name.size();
    while (position < tag.size() && tag[position] == ' ') ++position;
    if (position < tag.size() && tag[position] == '=') {
      ++position;
      while (position < tag.size() && tag[position] == ' ') ++position;
      if (position < tag.size() && tag[position] == '"') {
        size_t stop = tag.find('"', position + 1);
        if (stop != std::string_view::npos)
          return std::string(tag.substr(position + 1, stop - position - 1));
      }
    }
    at = tag.find(name, at + 1);
  }
  return "";
}

// Letters and digits of a word: the unit in which spans are measured.
size_t alphanumeric_length(std::string_view word) {
  size_t count = 0;
  size_t position = 0;
  while (position < word.size()) {
    char32_t c = decode_utf8(word, position);
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0xC0)
      ++count;
  }
  return count;
}

std::string base_label(std::string_view label) {
  size_t cut = label.find_first_of("-=");
  if (cut != std::string_view::npos && cut > 0) label = label.substr(0, cut);
  while (!label.empty() && (label.back() == '.' || label.back() == ',')) label.remove_suffix(1);
  return std::string(label);
}

using Bracket = std::tuple<std::string, size_t, size_t>;

bool ignored_label(const std::string& label) {
  return label.empty() || label == "ROOT" || label == "TOP";
}

}  // namespace

void EvaluationScore::add(const EvaluationScore& other) {
  records += other.records;
  gold_unreadable += other.gold_unreadable;
  gold_brackets += other.gold_brackets;
  test_brackets += other.test_brackets;
  matched_brackets += other.matched_brackets;
  aligned_tokens += other.aligned_tokens;
  correct_tags += other.correct_tags;
  gold_tokens += other.gold_tokens;
}

Result<std::vector<GoldRecord>> read_gold_records(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::not_found(fmt::format("{}: cannot open", path));
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string xml = buffer.str();
  std::vector<GoldRecord> records;
  size_t position = 0;
  while (true) {
    size_t comment = xml.find("<!--", position);
    size_t start = xml.find("<Sentence", position);
    if (start == std::string::npos) break;
    if (comment != std::string::npos && comment < start) {
      size_t comment_end = xml.find("-->", comment + 4);
      if (comment_end == std::string::npos) break;
      position = comment_end + 3;
      continue;
    }
    if (xml.compare(start, 10, "<Sentences") == 0) {
      position = start + 10;
      continue;
    }
    size_t tag_end = xml.find('>', start);
    size_t end = xml.find("</Sentence>", start);
    if (tag_end == std::string::npos || end == std::string::npos)
      return Status::data_error(fmt::format("{}: byte {}: unterminated <Sentence>", path, start));
    GoldRecord record;
    record.offset = start;
    record.id = attribute(std::string_view(xml).substr(start, tag_end - start), "id");
    if (element(xml, start, end, "Text", record.text) &&
        element(xml, start, end, "Parse", record.parse))
      records.push_back(std::move(record));
    position = end + 11;
  }
  return records;
}

EvaluationScore evaluate_records(const std::vector<GoldRecord>& records,
                                 const TextStage& text_stage, const SyntaxStage& syntax_stage) {
  EvaluationScore total;
  std::vector<Bracket> gold, test;
  std::vector<size_t> offsets;
  for (const GoldRecord& record : records) {
    ++total.records;
    Result<BracketTree> tree = parse_bracketed_tree(record.parse);
    if (!tree.is_ok() || tree->nodes.empty()) {
      ++total.gold_unreadable;
      continue;
    }
    // Gold: leaf offsets in letters and digits.
    offsets.assign(1, 0);
    for (const BracketLeaf& leaf : tree->leaves)
      offsets.push_back(offsets.back() + alphanumeric_length(unescape_treebank_word(leaf.word)));
    gold.clear();
    for (const BracketNode& node : tree->nodes) {
      if (node.first_child < 0) continue;
      std::string label = base_label(node.label);
      if (ignored_label(label)) continue;
      size_t begin = offsets[node.leaf_begin], end = offsets[node.leaf_end];
      if (end > begin) gold.emplace_back(label, begin, end);
    }
    std::vector<std::tuple<size_t, size_t, Tag>> gold_tags;
    for (size_t i = 0; i < tree->leaves.size(); ++i)
      if (offsets[i + 1] > offsets[i])
        if (auto tag = tag_from_name(tree->leaves[i].tag))
          gold_tags.emplace_back(offsets[i], offsets[i + 1], *tag);
    total.gold_tokens += gold_tags.size();

    // herald: the record's text as one sentence.
    Document document;
    document.text = repair_utf8(record.text);
    size_t first = document.text.find_first_not_of(" \n\r\t");
    size_t last = document.text.find_last_not_of(" \n\r\t");
    if (first == std::string::npos) continue;
    Sentence given;
    given.span = {static_cast<uint32_t>(first), static_cast<uint32_t>(last + 1)};
    document.sentences.push_back(given);
    if (!text_stage.run(document).is_ok() || !syntax_stage.run(document).is_ok()) continue;
    offsets.assign(1, 0);
    for (const Token& token : document.tokens)
      offsets.push_back(offsets.back() + alphanumeric_length(document.text_of(token.span)));
    test.clear();
    for (const Sentence& sentence : document.sentences)
      for (const TreeNode& node : sentence.tree) {
        if (node.is_preterminal() || ignored_label(node.label)) continue;
        size_t begin = offsets[node.token_begin], end = offsets[node.token_end];
        if (end > begin) test.emplace_back(base_label(node.label), begin, end);
      }
    std::sort(gold.begin(), gold.end());
    std::sort(test.begin(), test.end());
    std::vector<Bracket> common;
    std::set_intersection(gold.begin(), gold.end(), test.begin(), test.end(),
                          std::back_inserter(common));
    total.gold_brackets += gold.size();
    total.test_brackets += test.size();
    total.matched_brackets += common.size();

    for (size_t i = 0; i < document.tokens.size(); ++i) {
      if (offsets[i + 1] == offsets[i]) continue;
      auto found = std::lower_bound(gold_tags.begin(), gold_tags.end(),
                                    std::make_tuple(offsets[i], size_t{0}, Tag{}));
      if (found == gold_tags.end() || std::get<0>(*found) != offsets[i] ||
          std::get<1>(*found) != offsets[i + 1])
        continue;
      ++total.aligned_tokens;
      if (tag_from_name(document.tokens[i].tag) == std::get<2>(*found)) ++total.correct_tags;
    }
  }
  return total;
}

}  // namespace herald::syntax
