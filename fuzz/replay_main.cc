// Runs a fuzz target over saved inputs without libFuzzer: each file in the given folders
// (or each file given) is passed to LLVMFuzzerTestOneInput once, plus a fixed set of
// generated hostile inputs, so every compiler and the sanitizer build replay the corpus.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

void run(const std::string& bytes) {
  LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
}

std::vector<std::string> generated_inputs() {
  std::vector<std::string> inputs{"", std::string(1, '\0'), "\xff\xfe\xfd", std::string(100000, '('),
                                  std::string(100000, ')'), std::string(200000, 'a')};
  std::mt19937 random(12345);  // fixed seed: the same inputs every run
  for (int i = 0; i < 200; ++i) {
    std::string bytes(random() % 512, '\0');
    for (char& c : bytes) c = static_cast<char>(random() & 0xFF);
    inputs.push_back(std::move(bytes));
  }
  return inputs;
}

}  // namespace

int main(int argc, char** argv) {
  size_t count = 0;
  for (int i = 1; i < argc; ++i) {
    const std::filesystem::path path(argv[i]);
    std::vector<std::filesystem::path> files;
    if (std::filesystem::is_directory(path)) {
      for (const auto& entry : std::filesystem::recursive_directory_iterator(path))
        if (entry.is_regular_file()) files.push_back(entry.path());
    } else if (std::filesystem::exists(path)) {
      files.push_back(path);
    }
    for (const auto& file : files) {
      std::ifstream stream(file, std::ios::binary);
      run(std::string(std::istreambuf_iterator<char>(stream), {}));
      ++count;
    }
  }
  for (const std::string& input : generated_inputs()) {
    run(input);
    ++count;
  }
  std::printf("replayed %zu inputs\n", count);
  return 0;
}
