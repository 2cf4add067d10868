#include "ingest/json_scanner.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

namespace herald {
namespace {

// Offset of the first quote, backslash or control character among the 16 bytes at `data`,
// or 16 when there is none.
size_t first_stop_in_16(const char* data) {
  typedef unsigned char Bytes16 __attribute__((vector_size(16)));
  Bytes16 bytes;
  std::memcpy(&bytes, data, 16);
  const auto hits = (bytes == static_cast<unsigned char>('"')) |
                    (bytes == static_cast<unsigned char>('\\')) |
                    (bytes < static_cast<unsigned char>(0x20));
  uint64_t halves[2];
  static_assert(sizeof(hits) == sizeof(halves));
  std::memcpy(halves, &hits, sizeof(halves));
  // Byte i of the input is byte i of the halves in memory order.
  const auto first_byte = [](uint64_t half) {
    return static_cast<size_t>(std::endian::native == std::endian::little
                                   ? std::countr_zero(half)
                                   : std::countl_zero(half)) /
           8;
  };
  if (halves[0] != 0) return first_byte(halves[0]);
  if (halves[1] != 0) return 8 + first_byte(halves[1]);
  return 16;
}

// Writes the UTF-8 encoding of `code_point` (at most U+10FFFF) to `out`; returns its length.
size_t encode_utf8(char32_t code_point, char* out) {
  if (code_point < 0x80) {
    out[0] = static_cast<char>(code_point);
    return 1;
  }
  if (code_point < 0x800) {
    out[0] = static_cast<char>(0xC0 | (code_point >> 6));
    out[1] = static_cast<char>(0x80 | (code_point & 0x3F));
    return 2;
  }
  if (code_point < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (code_point >> 12));
    out[1] = static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (code_point & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (code_point >> 18));
  out[1] = static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (code_point & 0x3F));
  return 4;
}

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

  // Reads the string starting at the opening quote. Without escapes `text` is a view of the
  // input and `decoded` is false; otherwise the string is decoded into `buffer`.
  Status read_string(std::string& buffer, std::string_view& text, bool& decoded) {
    ++position_;  // opening quote
    const size_t begin = position_;
    position_ = find_stop(position_);
    if (position_ < json_.size() && json_[position_] == '"') {
      text = json_.substr(begin, position_ - begin);
      decoded = false;
      ++position_;
      return Status::ok();
    }
    if (Status status = decode_string(begin, buffer); !status.is_ok()) return status;
    text = buffer;
    decoded = true;
    return Status::ok();
  }

  // Skips any value; for strings reads it as read_string does.
  Status read_value(JsonKind& kind, std::string& buffer, std::string_view& text, bool& decoded) {
    skip_space();
    if (at_end()) return error("value expected");
    const char c = peek();
    if (c == '"') {
      kind = JsonKind::kString;
      return read_string(buffer, text, decoded);
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
  // Decodes the string whose text starts at `begin` into `out`; position_ is at the first
  // quote, backslash or control character after `begin` and ends after the closing quote.
  //
  // Written for speed: the decoded bytes go straight into `out` through local pointers (a
  // store through a char pointer could alias any member, so members would be reloaded after
  // each one), its size running ahead of the decoded length (doubled when short, so the
  // zero-filling costs at most twice the string); runs between escapes are copied 16 bytes at
  // a time, all 16 stored and those before the stop kept. Escapes only shrink text, so the
  // decoded string never outgrows its input.
  Status decode_string(size_t begin, std::string& out) {
    const char* const input = json_.data();
    const size_t size = json_.size();
    size_t at = position_;
    out.clear();
    // One allocation instead of a chain of regrowths when the buffer is new (a long body moved
    // out by the caller leaves it empty).
    if (out.capacity() < 256) out.reserve(std::min<size_t>(size - begin, 1u << 20));
    char* first = out.data();
    char* cursor = first;
    char* limit = first + out.size();
    const auto make_room = [&](size_t bytes) {
      if (static_cast<size_t>(limit - cursor) >= bytes) return;
      const size_t written = static_cast<size_t>(cursor - first);
      first = grow(out, written + bytes);
      cursor = first + written;
      limit = first + out.size();
    };
    make_room(at - begin);
    std::memcpy(cursor, input + begin, at - begin);
    cursor += at - begin;
    while (true) {
      if (at >= size) {
        position_ = at;
        return error("unterminated string");
      }
      const char c = input[at];
      if (c == '"') {
        position_ = at + 1;
        out.resize(static_cast<size_t>(cursor - first));
        return Status::ok();
      }
      if (c != '\\') {
        position_ = at;
        return error("control character in string");
      }
      if (++at >= size) {
        position_ = at;
        return error("unterminated escape");
      }
      const char escaped = input[at++];
      make_room(8);
      switch (escaped) {
        case '"':
        case '\\':
        case '/':
          *cursor++ = escaped;
          break;
        case 'b':
          *cursor++ = '\b';
          break;
        case 'f':
          *cursor++ = '\f';
          break;
        case 'n':
          *cursor++ = '\n';
          break;
        case 'r':
          *cursor++ = '\r';
          break;
        case 't':
          *cursor++ = '\t';
          break;
        case 'u': {
          position_ = at;
          char32_t code_point = 0;
          if (!read_hex4(code_point)) return error("bad \\u escape");
          if (code_point >= 0xD800 && code_point <= 0xDBFF) {
            char32_t low = 0;
            if (position_ + 1 < size && input[position_] == '\\' && input[position_ + 1] == 'u') {
              position_ += 2;
              if (!read_hex4(low)) return error("bad \\u escape");
              if (low >= 0xDC00 && low <= 0xDFFF) {
                code_point = 0x10000 + ((code_point - 0xD800) << 10) + (low - 0xDC00);
              } else {
                cursor += encode_utf8(0xFFFD, cursor);
                code_point = low;
              }
            } else {
              code_point = 0xFFFD;  // lone surrogate
            }
          } else if (code_point >= 0xDC00 && code_point <= 0xDFFF) {
            code_point = 0xFFFD;
          }
          cursor += encode_utf8(code_point, cursor);
          at = position_;
          break;
        }
        default:
          position_ = at;
          return error("unknown escape");
      }
      // The run up to the next stop.
      while (at + 16 <= size) {
        make_room(16);
        std::memcpy(cursor, input + at, 16);
        const size_t length = first_stop_in_16(input + at);
        cursor += length;
        at += length;
        if (length < 16) break;
      }
      if (at + 16 > size) {
        const size_t end = find_stop(at);
        make_room(end - at);
        std::memcpy(cursor, input + at, end - at);
        cursor += end - at;
        at = end;
      }
    }
  }

  // Resizes `out` to at least `needed` bytes, doubling short buffers; returns its data.
  static char* grow(std::string& out, size_t needed) {
    out.resize(std::max(needed, std::max<size_t>(out.size() * 2, 256)));
    return out.data();
  }

  // Position of the first quote, backslash or control character at or after `from`, or the
  // input size: 16 bytes at a time with the compiler's portable vector extension.
  size_t find_stop(size_t from) const {
    const char* data = json_.data();
    const size_t size = json_.size();
    while (from + 16 <= size) {
      const size_t offset = first_stop_in_16(data + from);
      if (offset < 16) return from + offset;
      from += 16;
    }
    static constexpr auto kStops = [] {
      std::array<bool, 256> stops{};
      for (int i = 0; i < 0x20; ++i) stops[i] = true;
      stops['"'] = stops['\\'] = true;
      return stops;
    }();
    while (from < size && !kStops[static_cast<unsigned char>(data[from])]) ++from;
    return from;
  }

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

Status scan_json_object(std::string_view json, FunctionRef<void(const JsonMember&)> visit) {
  Scanner scanner(json);
  scanner.skip_space();
  if (scanner.at_end() || scanner.peek() != '{') return scanner.error("object expected");
  scanner.advance();
  std::string key_buffer;
  std::string value_buffer;
  scanner.skip_space();
  if (!scanner.at_end() && scanner.peek() == '}') {
    scanner.advance();
  } else {
    while (true) {
      scanner.skip_space();
      if (scanner.at_end() || scanner.peek() != '"') return scanner.error("member name expected");
      JsonMember member;
      bool decoded = false;
      if (Status status = scanner.read_string(key_buffer, member.key, decoded); !status.is_ok())
        return status;
      scanner.skip_space();
      if (scanner.at_end() || scanner.peek() != ':') return scanner.error("':' expected");
      scanner.advance();
      scanner.skip_space();
      const size_t begin = scanner.position();
      std::string_view text;
      if (Status status = scanner.read_value(member.kind, value_buffer, text, decoded);
          !status.is_ok())
        return status;
      member.raw = scanner.slice(begin);
      if (member.kind == JsonKind::kString) {
        member.text = text;
        if (decoded) member.text_buffer = &value_buffer;
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

Status scan_json_string_array(std::string_view json, FunctionRef<void(std::string_view)> visit) {
  Scanner scanner(json);
  scanner.skip_space();
  if (scanner.at_end() || scanner.peek() != '[') return scanner.error("array expected");
  scanner.advance();
  scanner.skip_space();
  if (!scanner.at_end() && scanner.peek() == ']') return Status::ok();
  std::string buffer;
  while (true) {
    JsonKind kind;
    std::string_view text;
    bool decoded = false;
    if (Status status = scanner.read_value(kind, buffer, text, decoded); !status.is_ok())
      return status;
    if (kind == JsonKind::kString) visit(text);
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
