// Scoring article extraction as the ScrapingHub article-extraction benchmark does.
//
// Texts are tokenised into runs of word characters (letters, digits, underscore: Python's
// Unicode \w), tokens are joined into shingles of 4, and the multisets of shingles of the
// extracted and the true body are compared: true positives are shared shingles, false
// positives extra ones, false negatives missing ones. Each page's counts are normalised to sum
// to 1; precision and recall are averaged over pages and F1 is computed from the averages.
//
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace herald {

struct ShingleCounts {
  double true_positives = 0;
  double false_positives = 0;
  double false_negatives = 0;
};

struct ExtractionScore {
  double precision = 0;
  double recall = 0;
  double f1 = 0;
};

std::vector<std::string> word_tokens(std::string_view text);
ShingleCounts shingle_match(std::string_view truth, std::string_view extracted, size_t n = 4);
ExtractionScore score_extractions(const std::vector<ShingleCounts>& pages);

}  // namespace herald
