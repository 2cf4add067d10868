// Checks that herald codes exactly the expected events in short articles written for a test:
// the dictionary tests list sentences with the (source, target, code) triples each must give,
// and one run of herald codes them all. Header-only; uses GoogleTest assertions, so include it
// from tests only. Not thread-safe (see coded_events.h).
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "support/coded_events.h"

namespace herald::testing {

struct ExpectedEvents {
  Article article;
  std::vector<EventTriple> expected;  // exactly these events, in any order
};

inline void expect_exact_events(const std::vector<ExpectedEvents>& cases) {
  std::vector<Article> articles;
  for (const ExpectedEvents& one : cases) articles.push_back(one.article);
  const std::vector<CodedEvents> coded = code_articles(articles);
  ASSERT_EQ(coded.size(), cases.size());
  for (size_t index = 0; index < cases.size(); ++index) {
    SCOPED_TRACE(cases[index].article.id);
    ASSERT_TRUE(coded[index].error.empty()) << coded[index].error;
    std::vector<EventTriple> found = coded[index].events;
    std::vector<EventTriple> expected = cases[index].expected;
    std::sort(found.begin(), found.end());
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(found, expected);
  }
}

}  // namespace herald::testing
