// Near-duplicate detection: groups documents that tell the same story, so that a wire story
// republished by many sites becomes one story with several sources (GDELT's NumSources /
// NumArticles).
//
// Each text is reduced to its word tokens (lower-cased; punctuation, line wraps and spacing
// ignored). Documents with the same token sequence are exact duplicates. Otherwise a 64-bit
// SimHash over word 3-shingles is compared with earlier documents: within `max_distance`
// differing bits (default 6) is a near duplicate. Candidates are found through eight 8-bit
// bands (any two hashes within 7 bits agree on at least one band). A document joins the story
// of the first earlier document it matches; otherwise it starts a story named by its own id.
// Texts shorter than `min_tokens` words are only matched exactly.
//
// Thread-safety: assign() locks; the index may be shared by the threads of a run. Memory
// grows by ~40 bytes per document.
#pragma once

#include <array>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "herald/document.h"

namespace herald {

uint64_t simhash_of_text(std::string_view text, size_t* token_count = nullptr);
uint64_t token_fingerprint(std::string_view text);

class StoryIndex {
 public:
  struct Options {
    int max_distance = 6;  // at most 7: the banding guarantees no more
    size_t min_tokens = 25;
  };
  struct Counts {
    size_t documents = 0;
    size_t stories = 0;
    size_t exact_duplicates = 0;  // documents whose text repeats an earlier one
    size_t near_duplicates = 0;   // documents within max_distance of an earlier one
  };

  StoryIndex() : StoryIndex(Options{}) {}
  explicit StoryIndex(Options options);

  // Sets document.story_id (and metadata["duplicate_of"] for duplicates) and returns it.
  std::string assign(Document& document);
  Counts counts() const;

 private:
  struct Entry {
    uint64_t simhash;
    uint32_t story;  // index into story_names_
  };
  Options options_;
  mutable std::mutex mutex_;
  std::unordered_map<uint64_t, uint32_t> exact_;               // GUARDED_BY(mutex_)
  std::vector<Entry> entries_;                                  // GUARDED_BY(mutex_)
  std::array<std::array<std::vector<uint32_t>, 256>, 8> bands_;  // GUARDED_BY
  std::vector<std::string> story_names_;                        // GUARDED_BY(mutex_)
  Counts counts_;                                               // GUARDED_BY(mutex_)
};

}  // namespace herald
