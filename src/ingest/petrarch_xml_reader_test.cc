#include "ingest/petrarch_xml_reader.h"

#include <gtest/gtest.h>

namespace herald {
namespace {

constexpr std::string_view kValidation = R"(<Validation>
<Environment>
  <Verbfile>verbs.txt</Verbfile>
  <Actorfile>actors.txt</Actorfile>
  <Agentfile>agents.txt</Agentfile>
</Environment>
<Sentences>
<Config option="require_dyad" value="false"></Config>
<Sentence date = "19950101" id ="T-1" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>
Arnor didn't restore ties (again) with Gondor.
</Text>
<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD did) (RB n't) (VP (VB restore) (NP (NNS ties))
 (PRN (-LRB- -LRB-) (ADVP (RB again)) (-RRB- -RRB-)) (PP (IN with) (NP (NNP Gondor))))) (. .)))</Parse>
</Sentence>
<Sentence date="19950101" id="T-2" category="ERROR"><EventCoding error="bad_input_parse"/>
<Text>Broken.</Text><Parse>(ROOT (S (NP (NN Broken))</Parse></Sentence>
</Sentences>
</Validation>)";

TEST(PetrarchXml, ReadsEnvironmentConfigAndExpectations) {
  auto file = parse_petrarch_xml("suite.xml", kValidation);
  ASSERT_TRUE(file.is_ok()) << file.status().to_string();
  EXPECT_EQ(file->verb_file, "verbs.txt");
  ASSERT_EQ(file->actor_files.size(), 1u);
  ASSERT_EQ(file->items.size(), 3u);
  EXPECT_TRUE(file->items[0].is_config);
  EXPECT_EQ(file->items[0].config.option, "require_dyad");
  const PetrarchRecord& record = file->items[1].record;
  EXPECT_EQ(record.id, "T-1");
  EXPECT_EQ(record.category, "DEMO");
  ASSERT_EQ(record.expected.size(), 1u);
  EXPECT_EQ(record.expected[0].code, "064");
  EXPECT_EQ(file->items[2].record.expected_error, "bad_input_parse");
}

TEST(PetrarchXml, AlignsLeavesWithTheText) {
  auto file = parse_petrarch_xml("suite.xml", kValidation);
  ASSERT_TRUE(file.is_ok());
  auto document = petrarch_record_to_document(file->items[1].record, "suite.xml");
  ASSERT_TRUE(document.is_ok()) << document.status().to_string();
  EXPECT_TRUE(document->validate().is_ok()) << document->validate().to_string();
  EXPECT_EQ(document->id, "T-1");
  EXPECT_EQ(document->published.to_string(), "1995-01-01");
  ASSERT_EQ(document->sentences.size(), 1u);
  EXPECT_EQ(document->sentences[0].id, "T-1");
  const auto& tokens = document->tokens;
  ASSERT_EQ(tokens.size(), 11u);
  EXPECT_EQ(document->text_of(tokens[2].span), "n't");
  EXPECT_EQ(tokens[2].norm, "n't");
  EXPECT_EQ(document->text_of(tokens[5].span), "(");
  EXPECT_EQ(tokens[5].tag, "-LRB-");
  EXPECT_EQ(document->text_of(tokens[9].span), "Gondor");
  EXPECT_FALSE(document->sentences[0].tree.empty());
}

TEST(PetrarchXml, ABrokenParseNamesTheSentence) {
  auto file = parse_petrarch_xml("suite.xml", kValidation);
  ASSERT_TRUE(file.is_ok());
  auto document = petrarch_record_to_document(file->items[2].record, "suite.xml");
  ASSERT_FALSE(document.is_ok());
  EXPECT_NE(document.status().message().find("T-2"), std::string::npos);
}

TEST(PetrarchXml, MalformedXmlIsAnErrorWithALine) {
  auto file = parse_petrarch_xml("bad.xml", "<Sentences>\n<Sentence id='x'>\n</Sentences>");
  ASSERT_FALSE(file.is_ok());
  EXPECT_NE(file.status().message().find("bad.xml: line"), std::string::npos)
      << file.status().message();
}

TEST(PetrarchXml, UnalignableLeavesGetEmptySpans) {
  PetrarchRecord record;
  record.id = "U";
  record.text = "Arnor";
  record.parse = "(ROOT (S (NP (NNP Zed)) (VP (VBD met) (NP (NNP Arnor)))))";
  auto document = petrarch_record_to_document(record, "u");
  ASSERT_TRUE(document.is_ok());
  EXPECT_TRUE(document->validate().is_ok());
  EXPECT_EQ(document->tokens[0].span.begin, document->tokens[0].span.end);
  EXPECT_EQ(document->text_of(document->tokens[2].span), "Arnor");
}

}  // namespace
}  // namespace herald
