#include "ingest/story_index.h"

#include <bit>

namespace herald {
namespace {

uint64_t mix(uint64_t value) {  // splitmix64 finaliser: spreads shingle hashes over 64 bits
  value += 0x9e3779b97f4a7c15ull;
  value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ull;
  value = (value ^ (value >> 27)) * 0x94d049bb133111ebull;
  return value ^ (value >> 31);
}

// Calls `visit` with the FNV-1a hash of each word token (ASCII letters and digits lower-cased,
// other bytes >= 0x80 kept as part of words).
template <typename Visit>
void for_each_token_hash(std::string_view text, Visit visit) {
  size_t position = 0;
  while (position < text.size()) {
    uint64_t hash = 1469598103934665603ull;
    bool in_word = false;
    while (position < text.size()) {
      unsigned char c = static_cast<unsigned char>(text[position]);
      const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || c >= 0x80;
      if (!word) {
        ++position;
        if (in_word) break;
        continue;
      }
      if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + 32);
      hash = (hash ^ c) * 1099511628211ull;
      in_word = true;
      ++position;
    }
    if (in_word) visit(hash);
  }
}

}  // namespace

uint64_t token_fingerprint(std::string_view text) {
  uint64_t fingerprint = 0x84222325cbf29ce4ull;
  for_each_token_hash(text, [&](uint64_t hash) { fingerprint = mix(fingerprint ^ hash); });
  return fingerprint;
}

uint64_t simhash_of_text(std::string_view text, size_t* token_count) {
  std::array<int32_t, 64> weights{};
  uint64_t previous[2] = {0, 0};
  size_t tokens = 0;
  for_each_token_hash(text, [&](uint64_t hash) {
    ++tokens;
    if (tokens >= 3) {
      const uint64_t shingle = mix(previous[0] * 31 + previous[1] * 17 + hash);
      for (int bit = 0; bit < 64; ++bit) weights[bit] += (shingle >> bit) & 1 ? 1 : -1;
    }
    previous[0] = previous[1];
    previous[1] = hash;
  });
  if (token_count) *token_count = tokens;
  uint64_t simhash = 0;
  for (int bit = 0; bit < 64; ++bit)
    if (weights[bit] > 0) simhash |= 1ull << bit;
  return simhash;
}

StoryIndex::StoryIndex(Options options) : options_(options) {}

std::string StoryIndex::assign(Document& document) {
  const uint64_t fingerprint = token_fingerprint(document.text);
  size_t tokens = 0;
  const uint64_t simhash = simhash_of_text(document.text, &tokens);
  std::lock_guard<std::mutex> lock(mutex_);
  ++counts_.documents;
  uint32_t story = UINT32_MAX;
  if (auto found = exact_.find(fingerprint); found != exact_.end()) {
    story = found->second;
    ++counts_.exact_duplicates;
    document.metadata["duplicate"] = "exact";
  } else if (tokens >= options_.min_tokens) {
    for (int band = 0; band < 8 && story == UINT32_MAX; ++band) {
      const auto& bucket = bands_[band][(simhash >> (8 * band)) & 0xFF];
      for (uint32_t candidate : bucket) {
        if (std::popcount(entries_[candidate].simhash ^ simhash) <= options_.max_distance) {
          story = entries_[candidate].story;
          ++counts_.near_duplicates;
          document.metadata["duplicate"] = "near";
          break;
        }
      }
    }
  }
  if (story == UINT32_MAX) {
    story = static_cast<uint32_t>(story_names_.size());
    story_names_.push_back(document.id.empty() ? std::to_string(story) : document.id);
    ++counts_.stories;
  }
  exact_.emplace(fingerprint, story);
  if (tokens >= options_.min_tokens) {
    const uint32_t entry = static_cast<uint32_t>(entries_.size());
    entries_.push_back({simhash, story});
    for (int band = 0; band < 8; ++band) bands_[band][(simhash >> (8 * band)) & 0xFF].push_back(entry);
  }
  document.story_id = story_names_[story];
  return document.story_id;
}

StoryIndex::Counts StoryIndex::counts() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return counts_;
}

}  // namespace herald
