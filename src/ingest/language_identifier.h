// Language identification with libexttextcat (n-gram fingerprints, Debian's
// /usr/share/libexttextcat): sets Document::language to an ISO 639 code ("en", "pt", "ru").
//
// Text that is too short or matches no fingerprint well keeps language "" (unknown). A
// document in another language than English is kept and flagged with
// metadata["needs_translation"] = "true"; translation is not done here.
//
// Ownership and thread-safety: load() once; identify() may be called from many threads.
// textcat handles are not thread-safe, so the identifier keeps a small pool of them and lends
// one per call (a new one is loaded when every handle is busy).
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "herald/document.h"
#include "herald/status.h"

namespace herald {

class LanguageIdentifier {
 public:
  // Loads the fingerprints listed in `config` (default: Debian's fpdb.conf); the error names
  // the file when it is missing.
  static Result<std::unique_ptr<LanguageIdentifier>> load(
      const std::string& config = "/usr/share/libexttextcat/fpdb.conf",
      const std::string& fingerprint_folder = "/usr/share/libexttextcat/");
  ~LanguageIdentifier();
  LanguageIdentifier(const LanguageIdentifier&) = delete;
  LanguageIdentifier& operator=(const LanguageIdentifier&) = delete;

  // ISO 639 code of the text's language, or "" when unknown. Reads at most the first few KB.
  std::string identify_text(std::string_view text) const;
  // Sets document.language (and the needs_translation flag) from its title and text.
  void identify(Document& document) const;

 private:
  LanguageIdentifier(std::string config, std::string folder);
  void* borrow() const;
  void give_back(void* handle) const;

  std::string config_;
  std::string folder_;
  mutable std::mutex mutex_;
  mutable std::vector<void*> idle_;  // GUARDED_BY(mutex_)
  mutable std::vector<void*> all_;   // GUARDED_BY(mutex_)
};

}  // namespace herald
