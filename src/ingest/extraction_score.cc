#include "ingest/extraction_score.h"

#include <utf8proc.h>

#include <map>

#include "text/utf8.h"

namespace herald {
namespace {

bool is_word_character(char32_t code_point) {
  if (code_point == '_') return true;
  if (code_point < 0x80)
    return (code_point >= 'a' && code_point <= 'z') || (code_point >= 'A' && code_point <= 'Z') ||
           (code_point >= '0' && code_point <= '9');
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(code_point))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

std::map<std::string, size_t> shingles(std::string_view text, size_t n) {
  const std::vector<std::string> tokens = word_tokens(text);
  std::map<std::string, size_t> counts;
  const size_t last = tokens.size() >= n ? tokens.size() - n + 1 : (tokens.empty() ? 0 : 1);
  for (size_t i = 0; i < last; ++i) {
    std::string key;
    for (size_t j = i; j < i + n && j < tokens.size(); ++j) {
      key += tokens[j];
      key += '\x1f';
    }
    ++counts[key];
  }
  return counts;
}

}  // namespace

std::vector<std::string> word_tokens(std::string_view text) {
  std::vector<std::string> tokens;
  std::string current;
  size_t position = 0;
  while (position < text.size()) {
    const size_t start = position;
    const char32_t code_point = decode_utf8(text, position);
    if (is_word_character(code_point)) {
      current.append(text.substr(start, position - start));
    } else if (!current.empty()) {
      tokens.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) tokens.push_back(std::move(current));
  return tokens;
}

ShingleCounts shingle_match(std::string_view truth, std::string_view extracted, size_t n) {
  const auto true_shingles = shingles(truth, n);
  const auto extracted_shingles = shingles(extracted, n);
  ShingleCounts counts;
  for (const auto& [key, true_count] : true_shingles) {
    const auto found = extracted_shingles.find(key);
    const size_t predicted = found == extracted_shingles.end() ? 0 : found->second;
    counts.true_positives += static_cast<double>(std::min(true_count, predicted));
    if (true_count > predicted)
      counts.false_negatives += static_cast<double>(true_count - predicted);
  }
  for (const auto& [key, predicted] : extracted_shingles) {
    const auto found = true_shingles.find(key);
    const size_t true_count = found == true_shingles.end() ? 0 : found->second;
    if (predicted > true_count)
      counts.false_positives += static_cast<double>(predicted - true_count);
  }
  const double sum = counts.true_positives + counts.false_positives + counts.false_negatives;
  if (sum > 0) {
    counts.true_positives /= sum;
    counts.false_positives /= sum;
    counts.false_negatives /= sum;
  }
  return counts;
}

ExtractionScore score_extractions(const std::vector<ShingleCounts>& pages) {
  double precision_sum = 0, recall_sum = 0;
  size_t precision_pages = 0, recall_pages = 0;
  for (const ShingleCounts& page : pages) {
    const double tp = page.true_positives, fp = page.false_positives, fn = page.false_negatives;
    const bool perfect = fp == 0 && fn == 0;
    if (tp + fp > 0) {
      precision_sum += perfect ? 1.0 : (tp == 0 && fp == 0 ? 0.0 : tp / (tp + fp));
      ++precision_pages;
    }
    if (tp + fn > 0) {
      recall_sum += perfect ? 1.0 : (tp == 0 && fn == 0 ? 0.0 : tp / (tp + fn));
      ++recall_pages;
    }
  }
  ExtractionScore score;
  score.precision = precision_pages ? precision_sum / precision_pages : 0;
  score.recall = recall_pages ? recall_sum / recall_pages : 0;
  const double sum = score.precision + score.recall;
  score.f1 = sum > 0 ? 2 * score.precision * score.recall / sum : 0;
  return score;
}

}  // namespace herald
