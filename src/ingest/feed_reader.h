// RSS 2.0 and Atom feeds: one Document per <item> or <entry> that carries text.
//
// The text is the item's full content (content:encoded, Atom <content>) or else its
// description/summary, converted from HTML to text (html_fragment_text). Title, link, guid/id,
// pubDate/published/updated (RFC 822 or ISO 8601), author/dc:creator and category are read.
// The feed is parsed with libxml2's XML parser without network access or entity expansion,
// with libxml2's default depth cap. Items without text are skipped silently (a headline-only
// feed has no articles); a feed that does not parse is reported.
//
// Thread-safety: stateless.
#pragma once

#include "herald/reader.h"

namespace herald {

class FeedReader final : public FormatReader {
 public:
  std::string_view format() const override { return "feed"; }
  int sniff(std::string_view path, std::string_view head) const override;
  Status read(std::string_view path, std::string bytes, const ReadOptions& options,
              std::vector<Document>& out, std::vector<ReadError>& errors) const override;
};

// "Tue, 08 Jun 2021 10:00:00 GMT" -> 2021-06-08; also ISO 8601. Unknown when neither.
CivilDate parse_feed_date(std::string_view text);

}  // namespace herald
