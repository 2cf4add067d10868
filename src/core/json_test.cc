#include "herald/json.h"

#include <gtest/gtest.h>

namespace herald {

TEST(Json, DocumentCarriesSpansWithTheirText) {
  Document document;
  document.id = "doc1";
  document.text = "Harris met López Obrador.";
  document.published = {2021, 6, 8};
  Mention mention;
  mention.span = {11, 25};
  mention.kind = MentionKind::kPerson;
  mention.actor_code = "MEXGOV";
  document.mentions.push_back(mention);
  Event event;
  event.source = "USAGOV";
  event.target = "MEXGOV";
  event.code = "040";
  event.evidence.verb = {7, 10};
  event.evidence.entries.push_back({"verbs.txt", 12, "MEET", "verb"});
  document.events.push_back(event);
  nlohmann::json json = document_to_json(document);
  EXPECT_EQ(json["published"], "2021-06-08");
  EXPECT_EQ(json["mentions"][0]["span"]["text"], "López Obrador");
  EXPECT_EQ(json["events"][0]["evidence"]["verb"]["text"], "met");
  EXPECT_EQ(json["events"][0]["evidence"]["entries"][0]["line"], 12);
}

TEST(Json, InvalidUtf8IsReplacedNotThrown) {
  Document document;
  document.title = "bad \xFF title";
  EXPECT_NO_THROW({
    std::string line = json_line(document_to_json(document));
    EXPECT_NE(line.find("bad \xEF\xBF\xBD title"), std::string::npos);
  });
}

}  // namespace herald
