#include "ingest/json_scanner.h"

#include <gtest/gtest.h>

#include <map>

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

}  // namespace herald
