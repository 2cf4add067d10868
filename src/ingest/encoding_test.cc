#include "ingest/encoding.h"

#include <gtest/gtest.h>

#include <random>

#include "text/utf8.h"

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

// Differential: the ASCII-skipping check against the plain decoder on random mixtures of
// ASCII, valid sequences and stray bytes.
TEST(Encoding, FastValidityCheckAgreesOnRandomText) {
  std::mt19937 random(6);
  const std::vector<std::string> pieces = {"a",
                                           "abcdefgh",
                                           " ",
                                           "\xC3\xA9",
                                           "\xE2\x80\x99",
                                           "\xF0\x9F\x98\x80",
                                           "\xC3",
                                           "\x80",
                                           "\xED\xA0\x80",
                                           "\xE0\x80\x80",
                                           "\xFF",
                                           "\xF4\x90\x80\x80"};
  for (int round = 0; round < 5000; ++round) {
    std::string text;
    const int count = static_cast<int>(random() % 30);
    for (int i = 0; i < count; ++i) {
      // Mostly valid pieces, so the first error falls anywhere.
      const size_t piece = random() % 8 == 0 ? random() % pieces.size() : random() % 6;
      text += pieces[piece];
    }
    EXPECT_EQ(find_invalid_utf8(text), first_invalid_utf8(text)) << text;
  }
}

}  // namespace herald
