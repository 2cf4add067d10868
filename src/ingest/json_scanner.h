// A small, fast reader for the JSON objects of JSON Lines inputs.
//
// scan_json_object walks one object's top-level members and hands each to a visitor without
// building a tree: strings are decoded (escapes, \u surrogate pairs), nested objects and
// arrays are given as their raw text so the caller can scan the ones it wants (one level at
// a time, no recursion on input shape). Nesting is bounded by kMaxJsonDepth. Errors name the
// byte offset within the scanned text.
//
// Speed: strings without escapes (most keys and short values) are handed over as views of the
// input, without a copy; the scan for the end of a string looks at 16 bytes at a time.
//
// Thread-safety: pure functions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "herald/status.h"
#include "ingest/function_ref.h"

namespace herald {

inline constexpr size_t kMaxJsonDepth = 512;

enum class JsonKind { kString, kNumber, kTrue, kFalse, kNull, kObject, kArray };

struct JsonMember {
  std::string_view key;  // decoded key (valid during the callback)
  JsonKind kind = JsonKind::kNull;
  std::string_view raw;  // the value's text as it appears in the input
  // Decoded string (kString only). When the string had no escapes it is a view of the input
  // itself (valid as long as the input is) and text_buffer is null; otherwise it points into
  // *text_buffer, valid during the callback.
  std::string_view text;
  // The buffer behind a decoded `text`, or null. A visitor may move the string out of it to
  // keep a long value without copying it; the scanner starts a fresh buffer for the next one.
  std::string* text_buffer = nullptr;
};

// Calls `visit` for each member of the object in `json` (leading/trailing spaces allowed).
// Returns a data error "byte N: ..." for malformed input; members visited before the error
// have been delivered.
Status scan_json_object(std::string_view json, FunctionRef<void(const JsonMember&)> visit);

// Calls `visit` for each string element of the array in `json`; other elements are skipped.
Status scan_json_string_array(std::string_view json, FunctionRef<void(std::string_view)> visit);

}  // namespace herald
