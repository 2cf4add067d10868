#include "ingest/json_scanner.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "text/utf8.h"

namespace herald {
namespace {

class Scanner {
 public:
  explicit Scanner(std::string_view json) : json_(json) {}

  Status error(std::string_view what) const {
    return Status::data_error(fmt::format("byte {}: {}", position_, what));
  }
  void skip_space() {
    while (position_ < json_.size()) {
      const char c = json_[position_];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
      ++position_;
    }
  }
  bool at_end() const { return position_ >= json_.size(); }
  char peek() const { return json_[position_]; }
  size_t position() const { return position_; }
  void advance() { ++position_; }

  // Decodes the string starting at the opening quote into `out`.
  Status read_string(std::string& out) {
    out.clear();
    // A string cannot outrun its input: one allocation instead of a chain of regrowths
    // when the buffer is new (a long body moved out by the caller leaves it empty).
    if (out.capacity() < 256) out.reserve(std::min<size_t>(json_.size() - position_, 1u << 20));
    ++position_;  // opening quote
    while (true) {
      const size_t start = position_;
      static constexpr auto kStops = [] {
        std::array<bool, 256> stops{};
        for (int i = 0; i < 0x20; ++i) stops[i] = true;
        stops['"'] = stops['\\'] = true;
        return stops;
      }();
      const char* data = json_.data();
      const size_t size = json_.size();
      // Eight bytes at a time while none is a quote, a backslash or a control character
      // (the classic "has a zero byte" test on each condition), then byte by byte.
      constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
      while (position_ + 8 <= size) {
        uint64_t word;
        std::memcpy(&word, data + position_, 8);
        const uint64_t quote = word ^ (kOnes * '"');
        const uint64_t backslash = word ^ (kOnes * '\\');
        const uint64_t stop = ((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash) |
                              ((word - kOnes * 0x20) & ~word);
        if (stop & kHighs) break;
        position_ += 8;
      }
      while (position_ < size && !kStops[static_cast<unsigned char>(data[position_])]) ++position_;
      out.append(json_.data() + start, position_ - start);
      if (position_ >= json_.size()) return error("unterminated string");
      const char c = json_[position_];
      if (c == '"') {
        ++position_;
        return Status::ok();
      }
      if (c != '\\') return error("control character in string");
      if (++position_ >= json_.size()) return error("unterminated escape");
      const char escaped = json_[position_++];
      switch (escaped) {
        case '"':
          out += '"';
          break;
        case '\\':
          out += '\\';
          break;
        case '/':
          out += '/';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'u': {
          char32_t code_point = 0;
          if (!read_hex4(code_point)) return error("bad \\u escape");
          if (code_point >= 0xD800 && code_point <= 0xDBFF) {
            char32_t low = 0;
            if (position_ + 1 < json_.size() && json_[position_] == '\\' &&
                json_[position_ + 1] == 'u') {
              position_ += 2;
              if (!read_hex4(low)) return error("bad \\u escape");
              if (low >= 0xDC00 && low <= 0xDFFF) {
                code_point = 0x10000 + ((code_point - 0xD800) << 10) + (low - 0xDC00);
              } else {
                append_utf8(out, 0xFFFD);
                code_point = low;
              }
            } else {
              code_point = 0xFFFD;  // lone surrogate
            }
          } else if (code_point >= 0xDC00 && code_point <= 0xDFFF) {
            code_point = 0xFFFD;
          }
          append_utf8(out, code_point);
          break;
        }
        default:
          return error("unknown escape");
      }
    }
  }

  // Skips any value; for strings decodes into `decoded`.
  Status read_value(JsonKind& kind, std::string& decoded) {
    skip_space();
    if (at_end()) return error("value expected");
    const char c = peek();
    if (c == '"') {
      kind = JsonKind::kString;
      return read_string(decoded);
    }
    if (c == '{' || c == '[') {
      kind = c == '{' ? JsonKind::kObject : JsonKind::kArray;
      return skip_container();
    }
    if (match_word("true")) {
      kind = JsonKind::kTrue;
      return Status::ok();
    }
    if (match_word("false")) {
      kind = JsonKind::kFalse;
      return Status::ok();
    }
    if (match_word("null")) {
      kind = JsonKind::kNull;
      return Status::ok();
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      kind = JsonKind::kNumber;
      ++position_;
      while (position_ < json_.size()) {
        const char d = json_[position_];
        if (!((d >= '0' && d <= '9') || d == '.' || d == 'e' || d == 'E' || d == '+' || d == '-'))
          break;
        ++position_;
      }
      return Status::ok();
    }
    return error(fmt::format("unexpected character '{}'", c));
  }

  std::string_view slice(size_t begin) const { return json_.substr(begin, position_ - begin); }

 private:
  bool match_word(std::string_view word) {
    if (json_.substr(position_, word.size()) != word) return false;
    position_ += word.size();
    return true;
  }
  bool read_hex4(char32_t& value) {
    if (position_ + 4 > json_.size()) return false;
    value = 0;
    for (int i = 0; i < 4; ++i) {
      const char h = json_[position_++];
      value <<= 4;
      if (h >= '0' && h <= '9')
        value |= h - '0';
      else if (h >= 'a' && h <= 'f')
        value |= h - 'a' + 10;
      else if (h >= 'A' && h <= 'F')
        value |= h - 'A' + 10;
      else
        return false;
    }
    return true;
  }
  // Skips a nested object or array, matching brackets with an explicit stack.
  Status skip_container() {
    std::string closers;
    while (position_ < json_.size()) {
      const char c = json_[position_];
      if (c == '"') {
        ++position_;
        while (position_ < json_.size()) {
          const void* hit = std::memchr(json_.data() + position_, '"', json_.size() - position_);
          if (!hit) return error("unterminated string");
          size_t quote = static_cast<const char*>(hit) - json_.data();
          size_t backslashes = 0;
          while (quote - backslashes > position_ && json_[quote - backslashes - 1] == '\\')
            ++backslashes;
          position_ = quote + 1;
          if (backslashes % 2 == 0) break;
        }
        continue;
      }
      if (c == '{' || c == '[') {
        if (closers.size() >= kMaxJsonDepth) return error("nesting too deep");
        closers += c == '{' ? '}' : ']';
      } else if (c == '}' || c == ']') {
        if (closers.empty() || closers.back() != c) return error("mismatched bracket");
        closers.pop_back();
        if (closers.empty()) {
          ++position_;
          return Status::ok();
        }
      }
      ++position_;
    }
    return error("unterminated object or array");
  }

  std::string_view json_;
  size_t position_ = 0;
};

}  // namespace

Status scan_json_object(std::string_view json,
                        const std::function<void(const JsonMember&)>& visit) {
  Scanner scanner(json);
  scanner.skip_space();
  if (scanner.at_end() || scanner.peek() != '{') return scanner.error("object expected");
  scanner.advance();
  std::string key;
  std::string value;
  scanner.skip_space();
  if (!scanner.at_end() && scanner.peek() == '}') {
    scanner.advance();
  } else {
    while (true) {
      scanner.skip_space();
      if (scanner.at_end() || scanner.peek() != '"') return scanner.error("member name expected");
      if (Status status = scanner.read_string(key); !status.is_ok()) return status;
      scanner.skip_space();
      if (scanner.at_end() || scanner.peek() != ':') return scanner.error("':' expected");
      scanner.advance();
      scanner.skip_space();
      const size_t begin = scanner.position();
      JsonMember member;
      if (Status status = scanner.read_value(member.kind, value); !status.is_ok()) return status;
      member.key = key;
      member.raw = scanner.slice(begin);
      if (member.kind == JsonKind::kString) {
        member.text = value;
        member.text_buffer = &value;
      }
      visit(member);
      scanner.skip_space();
      if (scanner.at_end()) return scanner.error("unterminated object");
      if (scanner.peek() == ',') {
        scanner.advance();
        continue;
      }
      if (scanner.peek() == '}') {
        scanner.advance();
        break;
      }
      return scanner.error("',' or '}' expected");
    }
  }
  scanner.skip_space();
  if (!scanner.at_end()) return scanner.error("trailing characters after the object");
  return Status::ok();
}

Status scan_json_string_array(std::string_view json,
                              const std::function<void(std::string_view)>& visit) {
  Scanner scanner(json);
  scanner.skip_space();
  if (scanner.at_end() || scanner.peek() != '[') return scanner.error("array expected");
  scanner.advance();
  scanner.skip_space();
  if (!scanner.at_end() && scanner.peek() == ']') return Status::ok();
  std::string value;
  while (true) {
    JsonKind kind;
    if (Status status = scanner.read_value(kind, value); !status.is_ok()) return status;
    if (kind == JsonKind::kString) visit(value);
    scanner.skip_space();
    if (scanner.at_end()) return scanner.error("unterminated array");
    if (scanner.peek() == ',') {
      scanner.advance();
      continue;
    }
    if (scanner.peek() == ']') return Status::ok();
    return scanner.error("',' or ']' expected");
  }
}

}  // namespace herald
