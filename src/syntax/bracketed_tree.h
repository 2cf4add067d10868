// Reads Penn Treebank bracketed trees: "(ROOT (S (NP (NNP Arnor)) (VP (VBD met) ...)))".
//
// This is how pre-parsed input (PETRARCH XML <Parse>, treebank files) carries syntax. The
// reader is iterative (no recursion on input-shaped structure) and bounded: a tree deeper
// than max_depth or with more than max_nodes nodes is rejected with the byte offset, never
// a crash. Leaf words are returned as written (-LRB-, `` and '' are not unescaped here).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "herald/status.h"

namespace herald {

struct BracketNode {
  std::string label;          // phrase label or POS tag; "" for an unlabelled outer bracket
  uint32_t leaf_begin = 0;    // the node covers leaves [leaf_begin, leaf_end)
  uint32_t leaf_end = 0;
  int32_t parent = -1;
  int32_t first_child = -1;   // -1: a preterminal over exactly one leaf
  int32_t next_sibling = -1;
};

struct BracketLeaf {
  std::string word;
  std::string tag;
};

struct BracketTree {
  std::vector<BracketNode> nodes;  // preorder; nodes[0] is the root
  std::vector<BracketLeaf> leaves;
};

struct BracketLimits {
  uint32_t max_depth = 1000;
  uint32_t max_nodes = 100000;
};

// Parses one tree. Errors name the byte offset in `text` and what was expected there.
Result<BracketTree> parse_bracketed_tree(std::string_view text, const BracketLimits& limits = {});

// Undoes treebank escapes in a leaf: -LRB- -> (, -RRB- -> ), -LCB- -> {, `` and '' -> ".
std::string unescape_treebank_word(std::string_view word);

}  // namespace herald
