#include "syntax/bracketed_tree.h"

#include <gtest/gtest.h>

namespace herald {

TEST(BracketedTree, ReadsAPetrarchStyleParse) {
  auto tree = parse_bracketed_tree(
      "(ROOT (S (NP (NNP Arnor) ) (VP (VBD met)\n (NP (DT the) (NN king))) (. .)))");
  ASSERT_TRUE(tree.is_ok()) << tree.status().to_string();
  ASSERT_EQ(tree->leaves.size(), 5u);
  EXPECT_EQ(tree->leaves[1].word, "met");
  EXPECT_EQ(tree->leaves[1].tag, "VBD");
  EXPECT_EQ(tree->nodes[0].label, "ROOT");
  EXPECT_EQ(tree->nodes[0].leaf_end, 5u);
  const BracketNode& sentence = tree->nodes[tree->nodes[0].first_child];
  EXPECT_EQ(sentence.label, "S");
  const BracketNode& subject = tree->nodes[sentence.first_child];
  EXPECT_EQ(subject.label, "NP");
  const BracketNode& predicate = tree->nodes[subject.next_sibling];
  EXPECT_EQ(predicate.label, "VP");
  EXPECT_EQ(predicate.leaf_begin, 1u);
  EXPECT_EQ(predicate.leaf_end, 4u);
}

TEST(BracketedTree, ErrorsNameTheByteOffset) {
  auto unbalanced = parse_bracketed_tree("(S (NP (NNP Arnor)))) ");
  ASSERT_FALSE(unbalanced.is_ok());
  EXPECT_NE(unbalanced.status().message().find("byte 20"), std::string::npos)
      << unbalanced.status().message();
  EXPECT_FALSE(parse_bracketed_tree("(S (NP (NNP Arnor)").is_ok());
  EXPECT_FALSE(parse_bracketed_tree("").is_ok());
  EXPECT_FALSE(parse_bracketed_tree("(S (NP))").is_ok());
}

TEST(BracketedTree, DeepNestingIsRefusedNotACrash) {
  const std::string deep = std::string(100000, '(') + "NN x" + std::string(100000, ')');
  auto tree = parse_bracketed_tree(deep);
  ASSERT_FALSE(tree.is_ok());
  EXPECT_EQ(tree.status().code(), StatusCode::kResourceLimit);
}

TEST(BracketedTree, UnescapesTreebankWords) {
  EXPECT_EQ(unescape_treebank_word("-LRB-"), "(");
  EXPECT_EQ(unescape_treebank_word("``"), "\"");
  EXPECT_EQ(unescape_treebank_word("Gondor"), "Gondor");
}

}  // namespace herald
