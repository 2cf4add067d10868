// Fuzzes the extract stage over arbitrary article text (after UTF-8 repair and the text
// stage): every mention, quote, count and date span lies inside the text, antecedents point
// at earlier-built mentions, and the Document stays valid; never a crash or a hang. The data
// files are herald's own (HERALD_DATA or the built-in data folder), loaded once.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "extract/extract_stage.h"
#include "herald/herald.h"
#include "text/text_stage.h"
#include "text/utf8.h"

namespace {

const herald::extract::ExtractStage* stage() {
  static const herald::extract::ExtractStage* loaded = [] {
    auto resources = herald::extract::ExtractResources::load(herald::default_data_dir());
    if (!resources.is_ok()) std::abort();
    return new herald::extract::ExtractStage(resources.value());
  }();
  return loaded;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 20000) return 0;
  herald::Document document;
  document.text = herald::repair_utf8(std::string(reinterpret_cast<const char*>(data), size));
  document.published = herald::CivilDate{2021, 6, 8};
  if (!herald::TextStage().run(document).is_ok()) return 0;
  if (!stage()->run(document).is_ok()) __builtin_trap();
  const uint32_t length = static_cast<uint32_t>(document.text.size());
  for (const herald::Mention& mention : document.mentions) {
    if (mention.span.end > length || mention.span.begin > mention.span.end) __builtin_trap();
    if (mention.antecedent >= static_cast<int32_t>(document.mentions.size())) __builtin_trap();
  }
  for (const herald::Quote& quote : document.quotes) {
    if (quote.span.end > length || quote.span.begin > quote.span.end) __builtin_trap();
    if (quote.speaker_mention >= static_cast<int32_t>(document.mentions.size())) __builtin_trap();
  }
  for (const herald::Count& count : document.counts)
    if (count.span.end > length || count.span.begin > count.span.end) __builtin_trap();
  for (const herald::DateRef& date : document.dates)
    if (date.span.end > length || date.span.begin > date.span.end) __builtin_trap();
  if (document.sentence_tones.size() != document.sentences.size()) __builtin_trap();
  if (!document.validate().is_ok()) __builtin_trap();
  return 0;
}
