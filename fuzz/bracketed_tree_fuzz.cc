// Fuzzes the treebank reader: any bytes give a tree or an error, never a crash or a hang.
#include <cstdint>
#include <string_view>

#include "syntax/bracketed_tree.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto tree = herald::parse_bracketed_tree(text);
  if (tree.is_ok()) {
    for (const auto& node : tree->nodes)
      if (node.leaf_end > tree->leaves.size() || node.leaf_begin > node.leaf_end) __builtin_trap();
  }
  return 0;
}
