// What every reader does to a document it has read: fill defaults and clean the text.
//
// finish_document sets the id (the source's own, else a hash of the text), the URL, source
// name and date from ReadOptions when the input carried none, and with options.clean_text
// takes site chrome out of the text (site_chrome.h), repairs scrape damage (text_repair.h),
// and dates an undated document from its URL or its dateline (dateline.h). It never invents
// a date. decode_input_text turns a reader's bytes into valid UTF-8 and reports the encoding
// it found as a warning naming the file and record.
//
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "herald/reader.h"

namespace herald {

void finish_document(Document& document, std::string_view path, const ReadOptions& options);

// Valid UTF-8 from `bytes`; a conversion is logged in `errors` (a warning, not a skip) and,
// when a document is given, as a Repair on it.
std::string decode_input_text(std::string bytes, std::string_view path, std::string_view where,
                              std::vector<ReadError>& errors, Document* document = nullptr);

}  // namespace herald
