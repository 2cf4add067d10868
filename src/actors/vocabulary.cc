#include "actors/vocabulary.h"

namespace herald::actors {

uint32_t Vocabulary::intern(std::string_view word) {
  auto found = ids_.find(word);
  if (found != ids_.end()) return found->second;
  const uint32_t id = static_cast<uint32_t>(ids_.size() + 1);
  ids_.emplace(std::string(word), id);
  return id;
}

std::vector<uint32_t> Vocabulary::intern_all(const std::vector<std::string>& words) {
  std::vector<uint32_t> ids;
  ids.reserve(words.size());
  for (const std::string& word : words) ids.push_back(intern(word));
  return ids;
}

}  // namespace herald::actors
