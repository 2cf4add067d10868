#include "ingest/document_builder.h"

#include <fmt/format.h>

#include <filesystem>

#include "ingest/dateline.h"
#include "ingest/encoding.h"
#include "ingest/site_chrome.h"
#include "ingest/text_repair.h"
#include "text/utf8.h"

namespace herald {

std::string decode_input_text(std::string bytes, std::string_view path, std::string_view where,
                              std::vector<ReadError>& errors, Document* document) {
  DecodedText decoded = decode_to_utf8(std::move(bytes));
  if (decoded.encoding == TextEncoding::kUtf8) return std::move(decoded.text);
  std::string location(where);
  if (!location.empty()) location += ", ";
  location += fmt::format("byte {}", decoded.first_bad_byte);
  if (decoded.encoding == TextEncoding::kWindows1252) {
    errors.push_back({std::string(path), location,
                      "not UTF-8; decoded as Windows-1252 (Latin-1)", /*skipped=*/false});
    if (document) document->repairs.push_back({"encoding", "Windows-1252", "UTF-8", 0});
  } else {
    errors.push_back({std::string(path), location,
                      fmt::format("invalid UTF-8 ({} sequence(s) replaced by U+FFFD)",
                                  decoded.replaced),
                      /*skipped=*/false});
    if (document)
      document->repairs.push_back({"invalid UTF-8", fmt::format("{} sequence(s)", decoded.replaced),
                                   "U+FFFD", 0});
  }
  return std::move(decoded.text);
}

void finish_document(Document& document, std::string_view path, const ReadOptions& options) {
  if (find_invalid_utf8(document.text)) document.text = repair_utf8(document.text);
  if (options.clean_text) {
    strip_site_chrome(document);
    if (std::optional<std::string> repaired = repair_article_text(document.text, document.repairs))
      document.text = std::move(*repaired);
  }
  if (document.url.empty()) document.url = options.url;
  if (!document.published.known()) {
    const CivilDate from_url = date_from_url(document.url);
    if (from_url.has_day()) {
      document.published = from_url;
      document.metadata["date_source"] = "url";
    } else if (auto dateline = find_dateline(document.text)) {
      document.metadata["dateline"] = dateline->text;
      const CivilDate from_dateline = dateline_date(*dateline, from_url.year);
      if (from_dateline.known()) {
        document.published = from_dateline;
        document.metadata["date_source"] = "dateline";
      }
    }
  }
  if (!document.published.known() && options.date.known()) document.published = options.date;
  if (document.source_name.empty())
    document.source_name = options.source_name.empty()
                               ? std::filesystem::path(path).filename().string()
                               : options.source_name;
  if (document.id.empty()) document.id = content_id(document.text);
}

}  // namespace herald
