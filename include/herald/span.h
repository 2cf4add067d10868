// Span: a half-open byte range [begin, end) into Document::text.
//
// Every annotation herald makes (sentence, token, mention, quote, count, date, event part)
// is a Span plus fields, never a copied string, so that anything a user sees can be traced
// back to the exact characters of the article. Offsets are bytes of the UTF-8 text.
#pragma once

#include <cstdint>
#include <string_view>

namespace herald {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t length() const { return end - begin; }
  bool empty() const { return begin >= end; }
  bool contains(const Span& other) const { return begin <= other.begin && other.end <= end; }
  bool overlaps(const Span& other) const { return begin < other.end && other.begin < end; }
  // REQUIRES: end <= text.size()
  std::string_view of(std::string_view text) const { return text.substr(begin, end - begin); }

  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace herald
