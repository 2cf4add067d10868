#include "extract/phrase_table.h"

namespace herald::extract::phrase_table_detail {

bool equals_joined(std::string_view key, const ScannedDocument& scanned, uint32_t first,
                   uint32_t last, JoinPeriods periods) {
  size_t position = 0;
  bool any = false;
  for (uint32_t index = first; index < last; ++index) {
    const std::string& norm = scanned.norms[index];
    if (periods == JoinPeriods::kSkip && is_period(norm)) continue;
    if (any) {
      if (position >= key.size() || key[position] != ' ') return false;
      ++position;
    }
    any = true;
    if (key.size() - position < norm.size() || key.compare(position, norm.size(), norm) != 0)
      return false;
    position += norm.size();
  }
  return position == key.size();
}

}  // namespace herald::extract::phrase_table_detail
