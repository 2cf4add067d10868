#include "ingest/language_identifier.h"

#include <fmt/format.h>
#include <libexttextcat/textcat.h>

#include <filesystem>

#include "ingest/text_repair.h"

namespace herald {
namespace {

constexpr size_t kSampleBytes = 2500;

// "[en--utf8][sco--utf8]" -> "en"; "" for SHORT / UNKNOWN. When the model cannot separate
// several languages (a close list) and English is one of them, English is taken: the text is
// then usually English tables or lists, which fingerprints read poorly.
std::string code_from_result(const char* result) {
  if (!result || result[0] != '[') return "";
  std::string_view text(result);
  std::string first;
  size_t position = 0;
  while (position < text.size() && text[position] == '[') {
    const size_t close = text.find(']', position);
    if (close == std::string_view::npos) break;
    std::string_view candidate = text.substr(position + 1, close - position - 1);
    const size_t dash = candidate.find('-');
    std::string code(candidate.substr(0, dash));
    if (code == "en") return code;
    if (first.empty()) first = code;
    position = close + 1;
  }
  return first;
}

// Cuts `text` to at most `limit` bytes at a character boundary.
std::string_view sample_of(std::string_view text, size_t limit) {
  if (text.size() <= limit) return text;
  size_t end = limit;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

}  // namespace

LanguageIdentifier::LanguageIdentifier(std::string config, std::string folder)
    : config_(std::move(config)), folder_(std::move(folder)) {}

LanguageIdentifier::~LanguageIdentifier() {
  for (void* handle : all_) textcat_Done(handle);
}

Result<std::unique_ptr<LanguageIdentifier>> LanguageIdentifier::load(
    const std::string& config, const std::string& fingerprint_folder) {
  if (!std::filesystem::exists(config))
    return Status::not_found(
        fmt::format("{}: language fingerprints not found (install libexttextcat-data)", config));
  std::unique_ptr<LanguageIdentifier> identifier(
      new LanguageIdentifier(config, fingerprint_folder));
  void* handle = special_textcat_Init(config.c_str(), fingerprint_folder.c_str());
  if (!handle)
    return Status::data_error(fmt::format("{}: libexttextcat could not load it", config));
  identifier->all_.push_back(handle);
  identifier->idle_.push_back(handle);
  return identifier;
}

void* LanguageIdentifier::borrow() const {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!idle_.empty()) {
      void* handle = idle_.back();
      idle_.pop_back();
      return handle;
    }
  }
  void* handle = special_textcat_Init(config_.c_str(), folder_.c_str());
  if (handle) {
    std::lock_guard<std::mutex> lock(mutex_);
    all_.push_back(handle);
  }
  return handle;
}

void LanguageIdentifier::give_back(void* handle) const {
  std::lock_guard<std::mutex> lock(mutex_);
  idle_.push_back(handle);
}

std::string LanguageIdentifier::identify_text(std::string_view text) const {
  const std::string_view sample = sample_of(text, kSampleBytes);
  if (sample.size() < 20) return "";
  void* handle = borrow();
  if (!handle) return "";
  std::string code = code_from_result(textcat_Classify(handle, sample.data(), sample.size()));
  give_back(handle);
  return code;
}

void LanguageIdentifier::identify(Document& document) const {
  std::string_view text = document.text;
  std::string sample;
  if (text.size() < 200 && !document.title.empty()) {
    sample = document.title + "\n" + document.text;
    text = sample;
  }
  // English prose is recognised by its function words without the n-gram model: most news
  // is English, and the fingerprints confuse English tables and lists with Scots or Frisian.
  document.language = reads_as_english(text) ? "en" : identify_text(text);
  if (!document.language.empty() && document.language != "en")
    document.metadata["needs_translation"] = "true";
}

}  // namespace herald
