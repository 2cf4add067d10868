#include "extract/entity_finder.h"

#include <gtest/gtest.h>

#include "extract/extract_test_helpers.h"
#include "ingest/petrarch_xml_reader.h"

namespace herald::extract {
namespace {

const Mention* find_mention(const Document& document, std::string_view text, size_t skip = 0) {
  for (const Mention& mention : document.mentions)
    if (document.text_of(mention.span) == text && skip-- == 0) return &mention;
  return nullptr;
}

TEST(EntityFinder, TitlesPlacesAndShortForms) {
  const Document document = testing::extract(
      "US Vice President Kamala Harris told Mexican President Andrés Manuel López Obrador "
      "that talks went well. Harris and López Obrador met in Mexico City.");
  const Mention* us = find_mention(document, "US");
  ASSERT_NE(us, nullptr);
  EXPECT_EQ(us->kind, MentionKind::kLocation);
  EXPECT_EQ(us->country, "USA");
  const Mention* harris = find_mention(document, "Kamala Harris");
  ASSERT_NE(harris, nullptr);
  EXPECT_EQ(harris->kind, MentionKind::kPerson);
  EXPECT_EQ(harris->country, "USA");
  const Mention* amlo = find_mention(document, "Andrés Manuel López Obrador");
  ASSERT_NE(amlo, nullptr);
  EXPECT_EQ(amlo->country, "MEX");
  const Mention* short_harris = find_mention(document, "Harris");
  ASSERT_NE(short_harris, nullptr);
  EXPECT_EQ(short_harris->canonical, "Kamala Harris");
  ASSERT_GE(short_harris->antecedent, 0);
  EXPECT_EQ(document.text_of(document.mentions[short_harris->antecedent].span), "Kamala Harris");
  EXPECT_EQ(find_mention(document, "López Obrador")->canonical, "Andrés Manuel López Obrador");
  const Mention* city = find_mention(document, "Mexico City");
  ASSERT_NE(city, nullptr);
  EXPECT_TRUE(city->has_coordinates);
  EXPECT_NEAR(city->latitude, 19.4, 0.2);
}

TEST(EntityFinder, SentenceWithoutWordsIsNoTitleLine) {
  // A PETRARCH record whose <Text> is empty but whose parse is not (GigaWord.sample.PETR.xml
  // has one): its sentence covers no words, and must not be read past its end.
  PetrarchRecord record;
  record.id = "EMPTY-1";
  record.text = "";
  record.parse = "(ROOT (S (NP (NNP Gondor)) (VP (VBD left)) (. .)))";
  record.date = "20150609";
  auto document = petrarch_record_to_document(record, "test");
  ASSERT_TRUE(document.is_ok()) << document.status().to_string();
  ExtractStage stage(testing::resources());
  EXPECT_TRUE(stage.run(document.value()).is_ok());
  EXPECT_TRUE(document->mentions.empty());
}

TEST(EntityFinder, PronounsAndRolePhrases) {
  const Document document = testing::extract(
      "US Vice President Kamala Harris visited Guatemala. While in Guatemala, she met President "
      "Alejandro Giammattei. The vice president praised him.");
  const Mention* she = find_mention(document, "she");
  ASSERT_NE(she, nullptr);
  EXPECT_EQ(she->canonical, "Kamala Harris");
  const Mention* role = find_mention(document, "The vice president");
  ASSERT_NE(role, nullptr);
  EXPECT_EQ(role->canonical, "Kamala Harris");
  EXPECT_TRUE(is_reference_mention(document, *role));
  const Mention* giammattei = find_mention(document, "Alejandro Giammattei");
  ASSERT_NE(giammattei, nullptr);
  EXPECT_EQ(giammattei->country, "GTM");  // an office holder beside a place
}

TEST(EntityFinder, OrganisationsBySuffixListAndShortForm) {
  const Document document = testing::extract(
      "The Turkish Foreign Ministry and Care International spoke. Care said the UN agreed.");
  const Mention* ministry = find_mention(document, "Turkish Foreign Ministry");
  ASSERT_NE(ministry, nullptr);
  EXPECT_EQ(ministry->kind, MentionKind::kOrganization);
  EXPECT_EQ(ministry->country, "TUR");
  const Mention* care = find_mention(document, "Care");
  ASSERT_NE(care, nullptr);
  EXPECT_EQ(care->kind, MentionKind::kOrganization);
  EXPECT_EQ(care->canonical, "Care International");
  const Mention* un = find_mention(document, "UN");
  ASSERT_NE(un, nullptr);
  EXPECT_EQ(un->kind, MentionKind::kOrganization);
}

TEST(EntityFinder, PlacesDisambiguatedByTheArticlesCountry) {
  const Document document =
      testing::extract("Mexico's economy grew. In Guadalajara, officials celebrated.");
  const Mention* city = find_mention(document, "Guadalajara");
  ASSERT_NE(city, nullptr);
  EXPECT_EQ(city->country, "MEX");
}

TEST(EntityFinder, DemonymsAndHeadlinesAreNoEntities) {
  const Document document = testing::extract(
      "Mexican Leaders Welcome The New Plan For The Border Region Today\n"
      "Mexican officials and Americans agreed.");
  for (const Mention& mention : document.mentions)
    ADD_FAILURE() << "unexpected " << document.text_of(mention.span);
}

TEST(EntityFinder, PortfolioAfterTitleIsNoPartOfTheName) {
  const Document document = testing::extract(
      "Lebanese Minister of State for Foreign Affairs Karim Haddad said today the talks went "
      "well.");
  const Mention* minister = find_mention(document, "Karim Haddad");
  ASSERT_NE(minister, nullptr);
  EXPECT_EQ(minister->kind, MentionKind::kPerson);
  EXPECT_EQ(find_mention(document, "Foreign Affairs Karim Haddad"), nullptr);
}

}  // namespace
}  // namespace herald::extract
