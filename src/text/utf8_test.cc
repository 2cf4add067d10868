#include "text/utf8.h"

#include <gtest/gtest.h>

namespace herald {

TEST(Utf8, FindsTheFirstInvalidByte) {
  EXPECT_FALSE(first_invalid_utf8("López Obrador ”"));
  EXPECT_EQ(first_invalid_utf8("ab\xC3\x28"), 2u);
  EXPECT_EQ(first_invalid_utf8("\xED\xA0\x80"), 0u);      // surrogate
  EXPECT_EQ(first_invalid_utf8("x\xC0\xAF"), 1u);         // overlong
  EXPECT_EQ(first_invalid_utf8("\xF4\x90\x80\x80"), 0u);  // above U+10FFFF
  EXPECT_EQ(first_invalid_utf8("ok\xE2\x80"), 2u);        // truncated
}

TEST(Utf8, RepairReplacesEachBadByte) {
  size_t replaced = 0;
  EXPECT_EQ(repair_utf8("a\xFF"
                        "b\xC3",
                        &replaced),
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD");
  EXPECT_EQ(replaced, 2u);
}

TEST(Utf8, DecodesAndEncodes) {
  const std::string text = "é”😀";
  size_t position = 0;
  std::string round_trip;
  while (position < text.size()) append_utf8(round_trip, decode_utf8(text, position));
  EXPECT_EQ(round_trip, text);
}

}  // namespace herald
