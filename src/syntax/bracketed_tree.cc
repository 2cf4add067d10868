#include "syntax/bracketed_tree.h"

#include <fmt/format.h>

namespace herald {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// A bare word runs to the next space or bracket.
std::string_view read_word(std::string_view text, size_t& position) {
  const size_t start = position;
  while (position < text.size() && !is_space(text[position]) && text[position] != '(' &&
         text[position] != ')')
    ++position;
  return text.substr(start, position - start);
}

void skip_spaces(std::string_view text, size_t& position) {
  while (position < text.size() && is_space(text[position])) ++position;
}

}  // namespace

Result<BracketTree> parse_bracketed_tree(std::string_view text, const BracketLimits& limits) {
  BracketTree tree;
  std::vector<int32_t> open;        // stack of open node indices
  std::vector<int32_t> last_child;  // parallel: last child of each open node, -1 if none
  size_t position = 0;
  skip_spaces(text, position);
  if (position >= text.size() || text[position] != '(')
    return Status::data_error(fmt::format("tree: expected '(' at byte {}", position));

  while (position < text.size()) {
    skip_spaces(text, position);
    if (position >= text.size()) break;
    const char c = text[position];
    if (c == '(') {
      ++position;
      if (open.empty() && !tree.nodes.empty())
        return Status::data_error(
            fmt::format("tree: text after the end of the tree at byte {}", position - 1));
      if (open.size() >= limits.max_depth)
        return Status::resource_limit(
            fmt::format("tree: deeper than {} levels at byte {}", limits.max_depth, position - 1));
      if (tree.nodes.size() >= limits.max_nodes)
        return Status::resource_limit(
            fmt::format("tree: more than {} nodes at byte {}", limits.max_nodes, position - 1));
      skip_spaces(text, position);
      BracketNode node;
      if (position < text.size() && text[position] != '(' && text[position] != ')')
        node.label = std::string(read_word(text, position));
      node.leaf_begin = node.leaf_end = static_cast<uint32_t>(tree.leaves.size());
      const int32_t index = static_cast<int32_t>(tree.nodes.size());
      if (!open.empty()) {
        node.parent = open.back();
        if (last_child.back() < 0)
          tree.nodes[open.back()].first_child = index;
        else
          tree.nodes[last_child.back()].next_sibling = index;
        last_child.back() = index;
      }
      tree.nodes.push_back(std::move(node));
      open.push_back(index);
      last_child.push_back(-1);
      skip_spaces(text, position);
      // A preterminal: "(TAG word)".
      if (position < text.size() && text[position] != '(' && text[position] != ')') {
        std::string_view word = read_word(text, position);
        BracketNode& preterminal = tree.nodes[index];
        tree.leaves.push_back({std::string(word), preterminal.label});
        preterminal.leaf_end = static_cast<uint32_t>(tree.leaves.size());
        skip_spaces(text, position);
        if (position >= text.size() || text[position] != ')')
          return Status::data_error(
              fmt::format("tree: expected ')' after word '{}' at byte {}", word, position));
      }
    } else if (c == ')') {
      ++position;
      if (open.empty())
        return Status::data_error(fmt::format("tree: unbalanced ')' at byte {}", position - 1));
      const int32_t index = open.back();
      open.pop_back();
      last_child.pop_back();
      tree.nodes[index].leaf_end = static_cast<uint32_t>(tree.leaves.size());
      if (tree.nodes[index].first_child < 0 &&
          tree.nodes[index].leaf_begin == tree.nodes[index].leaf_end)
        return Status::data_error(fmt::format("tree: empty constituent '{}' ending at byte {}",
                                              tree.nodes[index].label, position - 1));
    } else {
      return Status::data_error(fmt::format("tree: unexpected word '{}' at byte {}",
                                            read_word(text, position), position));
    }
  }
  if (!open.empty())
    return Status::data_error(fmt::format("tree: {} unclosed bracket(s) at end of input (byte {})",
                                          open.size(), text.size()));
  if (tree.nodes.empty()) return Status::data_error("tree: no tree found");
  return tree;
}

std::string unescape_treebank_word(std::string_view word) {
  if (word == "-LRB-") return "(";
  if (word == "-RRB-") return ")";
  if (word == "-LCB-") return "{";
  if (word == "-RCB-") return "}";
  if (word == "-LSB-") return "[";
  if (word == "-RSB-") return "]";
  if (word == "``" || word == "''") return "\"";
  return std::string(word);
}

}  // namespace herald
