#include "coding/dictionary_lines.h"

#include <fmt/format.h>

#include <cstring>
#include <fstream>
#include <sstream>

#include "text/normalize.h"

namespace herald::coding {

std::string DictionaryProblem::to_string() const {
  return fmt::format("{}:{}: {}", file, line, reason);
}

std::string_view trim(std::string_view text) {
  size_t begin = 0;
  size_t end = text.size();
  while (begin < end && (text[begin] == ' ' || text[begin] == '\t' || text[begin] == '\r')) ++begin;
  while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\r'))
    --end;
  return text.substr(begin, end - begin);
}

std::vector<DictionaryLine> dictionary_lines(std::string_view bytes) {
  std::vector<DictionaryLine> lines;
  lines.reserve(bytes.size() / 32 + 1);
  bool in_block_comment = false;
  uint32_t number = 0;
  size_t position = 0;
  while (position <= bytes.size()) {
    size_t end = bytes.find('\n', position);
    if (end == std::string_view::npos) end = bytes.size();
    std::string_view raw = bytes.substr(position, end - position);
    ++number;
    std::string text;
    size_t index = 0;
    while (index < raw.size()) {
      if (in_block_comment) {
        size_t close = raw.find("-->", index);
        if (close == std::string_view::npos) {
          index = raw.size();
        } else {
          in_block_comment = false;
          index = close + 3;
        }
        continue;
      }
      // Copy up to the next byte that may open a comment, in one piece.
      size_t stop = raw.size();
      for (const char opener : {'<', '#', ';'}) {
        const void* found = std::memchr(raw.data() + index, opener, stop - index);
        if (found != nullptr)
          stop = static_cast<size_t>(static_cast<const char*>(found) - raw.data());
      }
      text.append(raw.data() + index, stop - index);
      index = stop;
      if (index == raw.size()) break;
      const char c = raw[index];
      if (c == '#' || c == ';') break;
      if (raw.substr(index, 4) == "<!--") {
        in_block_comment = true;
        index += 4;
        continue;
      }
      // "<! --" is a common typo for an XML comment opener in these files.
      if (raw.substr(index, 5) == "<! --") {
        in_block_comment = true;
        index += 5;
        continue;
      }
      text.push_back(c);
      ++index;
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
      text.pop_back();
    lines.push_back({number, std::move(text)});
    if (end == bytes.size()) break;
    position = end + 1;
  }
  return lines;
}

Result<std::string> read_dictionary_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::not_found(fmt::format("{}: cannot open dictionary file", path));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::io_error(fmt::format("{}: read failed", path));
  return buffer.str();
}

std::vector<std::string> phrase_words(std::string_view phrase) {
  std::vector<std::string> words;
  size_t position = 0;
  while (position < phrase.size()) {
    while (position < phrase.size() &&
           (phrase[position] == ' ' || phrase[position] == '_' || phrase[position] == '\t'))
      ++position;
    size_t end = position;
    while (end < phrase.size() && phrase[end] != ' ' && phrase[end] != '_' && phrase[end] != '\t')
      ++end;
    if (end > position)
      words.push_back(normalize_for_matching(phrase.substr(position, end - position)));
    position = end;
  }
  return words;
}

}  // namespace herald::coding
