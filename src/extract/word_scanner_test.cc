#include "extract/word_scanner.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace herald::extract {
namespace {

std::vector<std::string> words_of(const std::string& text) {
  std::vector<Word> words;
  scan_words(text, {0, static_cast<uint32_t>(text.size())}, words);
  std::vector<std::string> result;
  for (const Word& word : words) result.emplace_back(word.span.of(text));
  return result;
}

TEST(WordScanner, KeepsAbbreviationsNumbersAndHyphensWhole) {
  EXPECT_EQ(words_of("the U.S. sent 19,000 long-standing al-Sabah troops."),
            (std::vector<std::string>{"the", "U.S.", "sent", "19,000", "long-standing", "al-Sabah",
                                      "troops", "."}));
}

TEST(WordScanner, SplitsPossessives) {
  EXPECT_EQ(words_of("Harris’s trip and Britain's role"),
            (std::vector<std::string>{"Harris", "’s", "trip", "and", "Britain", "'s", "role"}));
  EXPECT_EQ(words_of("O'Brien's"), (std::vector<std::string>{"O'Brien", "'s"}));
}

TEST(WordScanner, RecordsShape) {
  const std::string text = "López NATO 170,000 “";
  std::vector<Word> words;
  scan_words(text, {0, static_cast<uint32_t>(text.size())}, words);
  ASSERT_EQ(words.size(), 4u);
  EXPECT_TRUE(words[0].capitalized);
  EXPECT_FALSE(words[0].all_caps);
  EXPECT_TRUE(words[1].all_caps);
  EXPECT_TRUE(words[2].number);
  EXPECT_TRUE(words[3].punctuation);
}

TEST(WordScanner, StaysInsideTheRange) {
  const std::string text = "one two three";
  std::vector<Word> words;
  scan_words(text, {4, 7}, words);
  ASSERT_EQ(words.size(), 1u);
  EXPECT_EQ(words[0].span.of(text), "two");
}

}  // namespace
}  // namespace herald::extract
