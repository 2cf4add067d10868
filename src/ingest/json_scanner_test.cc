#include "ingest/json_scanner.h"

#include <gtest/gtest.h>

#include <map>
#include <random>

#include "text/utf8.h"

namespace herald {

TEST(JsonScanner, DecodesStringsAndSkipsNestedValues) {
  std::map<std::string, std::string> strings;
  std::vector<std::string> raw_objects;
  Status status = scan_json_object(
      R"({"a": "x\"y\\n\u00e9\ud83d\ude00", "n": -1.5e3, "o": {"k": [1, "}", {"d": null}]}, "t": true})",
      [&](const JsonMember& member) {
        if (member.kind == JsonKind::kString) strings[std::string(member.key)] = member.text;
        if (member.kind == JsonKind::kObject) raw_objects.emplace_back(member.raw);
      });
  ASSERT_TRUE(status.is_ok()) << status.to_string();
  EXPECT_EQ(strings["a"], "x\"y\\n\xC3\xA9\xF0\x9F\x98\x80");
  ASSERT_EQ(raw_objects.size(), 1u);
  EXPECT_EQ(raw_objects[0], R"({"k": [1, "}", {"d": null}]})");
}

TEST(JsonScanner, ErrorsNameTheByteOffset) {
  Status status = scan_json_object(R"({"a": "b" "c": 1})", [](const JsonMember&) {});
  EXPECT_FALSE(status.is_ok());
  EXPECT_NE(status.message().find("byte 10"), std::string::npos) << status.message();
  EXPECT_FALSE(scan_json_object(R"({"a": "unterminated)", [](const JsonMember&) {}).is_ok());
  EXPECT_FALSE(scan_json_object("[1, 2]", [](const JsonMember&) {}).is_ok());
  EXPECT_FALSE(scan_json_object(R"({"a": 1} trailing)", [](const JsonMember&) {}).is_ok());
}

TEST(JsonScanner, DeepNestingIsRefusedNotRecursed) {
  std::string deep = R"({"a": )" + std::string(100000, '[') + std::string(100000, ']') + "}";
  Status status = scan_json_object(deep, [](const JsonMember&) {});
  EXPECT_FALSE(status.is_ok());
  EXPECT_NE(status.message().find("too deep"), std::string::npos);
}

TEST(JsonScanner, LoneSurrogatesBecomeReplacementCharacters) {
  std::string text;
  ASSERT_TRUE(scan_json_object(R"({"a": "\ud800x"})", [&](const JsonMember& member) {
                text = member.text;
              }).is_ok());
  EXPECT_EQ(text, "\xEF\xBF\xBDx");
}

TEST(JsonScanner, StringArrays) {
  std::vector<std::string> items;
  ASSERT_TRUE(scan_json_string_array(R"(["a", 1, "b", null])", [&](std::string_view item) {
                items.emplace_back(item);
              }).is_ok());
  EXPECT_EQ(items, (std::vector<std::string>{"a", "b"}));
}

// Differential: strings built from random characters, each written with a randomly chosen
// JSON spelling (plain, short escape, \u escape, surrogate pair), at every alignment of the
// 16-byte scan, decode to the characters they were built from.
TEST(JsonScanner, DecodesRandomStringsLikeAReferenceEncoder) {
  std::mt19937 random(6);
  const std::vector<char32_t> palette = {'a',  'Z',  ' ',  '"',  '\\', '/',    '\n',    '\t', '\b',
                                         '\f', '\r', 0x01, 0x1F, 0xE9, 0x2019, 0x1F600, 0x7F};
  for (int round = 0; round < 2000; ++round) {
    std::string expected, spelled;
    const int length = static_cast<int>(random() % 40);
    for (int i = 0; i < length; ++i) {
      const char32_t c = palette[random() % palette.size()];
      append_utf8(expected, c);
      const bool escape = random() % 2 == 0;
      const auto hex4 = [&](unsigned value) {
        static constexpr char kHex[] = "0123456789abcdef";
        spelled += "\\u";
        for (int shift = 12; shift >= 0; shift -= 4) spelled += kHex[(value >> shift) & 0xF];
      };
      const auto short_escape = [&](char letter) {
        spelled.push_back('\\');
        spelled.push_back(letter);
      };
      const size_t short_form = std::string_view("\n\t\b\f\r").find(static_cast<char>(c));
      if (c == '"' || c == '\\') {
        if (escape)
          hex4(c);
        else
          short_escape(static_cast<char>(c));
      } else if (c < 0x20) {
        if (!escape && short_form != std::string_view::npos)
          short_escape(std::string_view("ntbfr")[short_form]);
        else
          hex4(c);
      } else if (c == '/' && escape) {
        short_escape('/');
      } else if (escape && c >= 0x10000) {
        hex4(0xD800 + ((c - 0x10000) >> 10));
        hex4(0xDC00 + ((c - 0x10000) & 0x3FF));
      } else if (escape) {
        hex4(c);
      } else {
        append_utf8(spelled, c);
      }
    }
    std::string json = "{";
    json.append(static_cast<size_t>(round % 17), ' ');
    json += "\"k\": \"";
    json += spelled;
    json += "\", \"n\": 1}";
    std::string decoded;
    bool from_buffer = false;
    ASSERT_TRUE(scan_json_object(json,
                                 [&](const JsonMember& member) {
                                   if (member.key != "k") return;
                                   decoded = member.text;
                                   from_buffer = member.text_buffer != nullptr;
                                 })
                    .is_ok())
        << json;
    EXPECT_EQ(decoded, expected) << json;
    EXPECT_EQ(from_buffer, spelled.find('\\') != std::string::npos) << json;
  }
}

TEST(JsonScanner, ControlCharactersAndUnterminatedStringsAreRefusedAtEveryAlignment) {
  for (size_t prefix = 0; prefix < 40; ++prefix) {
    const std::string text(prefix, 'x');
    EXPECT_FALSE(
        scan_json_object("{\"k\": \"" + text + "\x01\"}", [](const JsonMember&) {}).is_ok());
    EXPECT_FALSE(scan_json_object("{\"k\": \"" + text, [](const JsonMember&) {}).is_ok());
    EXPECT_FALSE(scan_json_object("{\"k\": \"a\\n" + text, [](const JsonMember&) {}).is_ok());
  }
}

}  // namespace herald
