#include "ingest/encoding.h"

#include <gtest/gtest.h>

namespace herald {

TEST(Encoding, Windows1252IsDetectedAndConverted) {
  DecodedText decoded = decode_to_utf8("Caf\xE9 \x93quoted\x94 \x80 5");
  EXPECT_EQ(decoded.encoding, TextEncoding::kWindows1252);
  EXPECT_EQ(decoded.text, "Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x82\xAC 5");
  EXPECT_EQ(decoded.first_bad_byte, 3u);
}

TEST(Encoding, DamagedUtf8IsRepairedNotReinterpreted) {
  DecodedText decoded = decode_to_utf8("caf\xC3\xA9 na\xC3\xAFve r\xC3\xA9sum\xC3\xA9 \xFF");
  EXPECT_EQ(decoded.encoding, TextEncoding::kDamagedUtf8);
  EXPECT_EQ(decoded.replaced, 1u);
  EXPECT_EQ(decoded.text, "caf\xC3\xA9 na\xC3\xAFve r\xC3\xA9sum\xC3\xA9 \xEF\xBF\xBD");
}

TEST(Encoding, FastValidityCheckAgreesWithTheSlowOne) {
  EXPECT_FALSE(find_invalid_utf8(std::string(100, 'a') + "\xC3\xA9"));
  EXPECT_EQ(find_invalid_utf8(std::string(13, 'a') + "\xC3"), 13u);
}

}  // namespace herald
