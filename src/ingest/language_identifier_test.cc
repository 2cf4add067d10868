#include "ingest/language_identifier.h"

#include <gtest/gtest.h>

namespace herald {

TEST(LanguageIdentifier, NamesLanguagesAndFlagsNonEnglish) {
  auto loaded = LanguageIdentifier::load();
  if (!loaded.is_ok()) GTEST_SKIP() << loaded.status().message();
  const LanguageIdentifier& identifier = **loaded;
  Document english;
  english.text = "The minister said on Tuesday that the talks with the neighbouring country "
                 "were going well and that an agreement was expected soon.";
  identifier.identify(english);
  EXPECT_EQ(english.language, "en");
  EXPECT_EQ(english.metadata.count("needs_translation"), 0u);
  Document spanish;
  spanish.text = "El presidente de México dijo el martes que las conversaciones con el país "
                 "vecino avanzaban bien y que se esperaba un acuerdo pronto.";
  identifier.identify(spanish);
  EXPECT_EQ(spanish.language, "es");
  EXPECT_EQ(spanish.metadata.at("needs_translation"), "true");
  EXPECT_EQ(identifier.identify_text("Президент России заявил во вторник, что переговоры с "
                                     "соседней страной идут хорошо и соглашение ожидается."),
            "ru");
  EXPECT_EQ(identifier.identify_text("short"), "");
}

TEST(LanguageIdentifier, MissingFingerprintsAreAClearError) {
  auto loaded = LanguageIdentifier::load("/nonexistent/fpdb.conf");
  ASSERT_FALSE(loaded.is_ok());
  EXPECT_NE(loaded.status().message().find("/nonexistent/fpdb.conf"), std::string::npos);
}

}  // namespace herald
