// DataLines: walks the lines of herald's tab-separated data files (gazetteer, lexicons).
//
// Blank lines and '#' comments are skipped and a trailing '\r' is dropped, so every loader
// sees the same rows and reports the same 1-based line numbers in its errors.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace herald::extract {

class DataLines {
 public:
  explicit DataLines(std::string_view text) : text_(text) {}

  // The next data row, or false at the end of the text.
  bool next(std::string_view& line) {
    while (start_ < text_.size()) {
      size_t end = text_.find('\n', start_);
      if (end == std::string_view::npos) end = text_.size();
      line = text_.substr(start_, end - start_);
      start_ = end + 1;
      ++line_number_;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (!line.empty() && line.front() != '#') return true;
    }
    return false;
  }
  // 1-based number of the line last returned by next().
  size_t line_number() const { return line_number_; }

 private:
  std::string_view text_;
  size_t start_ = 0;
  size_t line_number_ = 0;
};

// The tab-separated fields of a row; an empty field stays an empty view.
inline std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  for (;;) {
    const size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return fields;
}

}  // namespace herald::extract
