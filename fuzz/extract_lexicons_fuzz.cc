// Fuzzes the extract data-file parsers (gazetteer, entity word lists, tone lexicon): any bytes
// give either rows or an error naming the line, never a crash; lookups after a partial load
// still work.
#include <cstdint>
#include <string>

#include "extract/entity_lexicon.h"
#include "extract/gazetteer.h"
#include "extract/tone_lexicon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  herald::extract::Gazetteer gazetteer;
  herald::Status status = gazetteer.add_rows(bytes, "fuzz.tsv");
  if (!status.is_ok() && status.message().find("fuzz.tsv:") == std::string::npos) __builtin_trap();
  (void)gazetteer.find("Mexico");
  herald::extract::EntityLexicon words;
  (void)words.add_rows(bytes, "fuzz.tsv");
  (void)words.is_title("president");
  herald::extract::ToneLexicon tone;
  (void)tone.add_rows(bytes, "fuzz.tsv");
  (void)tone.valence("good");
  return 0;
}
