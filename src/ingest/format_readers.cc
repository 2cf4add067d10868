// The list of input formats herald reads. Add a reader here to make `auto` detection and
// --input-format know it.
#include "herald/reader.h"
#include "ingest/feed_reader.h"
#include "ingest/html_reader.h"
#include "ingest/jsonl_reader.h"
#include "ingest/petrarch_xml_reader.h"
#include "ingest/text_reader.h"
#include "ingest/warc_reader.h"

namespace herald {

const std::vector<std::unique_ptr<FormatReader>>& format_readers() {
  static const std::vector<std::unique_ptr<FormatReader>> readers = [] {
    std::vector<std::unique_ptr<FormatReader>> list;
    list.push_back(std::make_unique<PetrarchXmlReader>());
    list.push_back(std::make_unique<WarcReader>());
    list.push_back(std::make_unique<FeedReader>());
    list.push_back(std::make_unique<HtmlReader>());
    list.push_back(std::make_unique<JsonLinesReader>());
    list.push_back(std::make_unique<TextReader>());
    return list;
  }();
  return readers;
}

}  // namespace herald
