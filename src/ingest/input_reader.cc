#include "herald/reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <system_error>

#include "ingest/decompress.h"

namespace herald {

namespace fs = std::filesystem;

std::string ReadError::to_string() const {
  if (where.empty()) return fmt::format("{}: {}", file, message);
  return fmt::format("{}: {}: {}", file, where, message);
}

std::string content_id(std::string_view text) {
  uint64_t hash = 1469598103934665603ull;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return fmt::format("{:016x}", hash);
}

Result<std::string> read_file_bytes(const std::string& path, uint64_t max_bytes) {
  std::string bytes;
  if (path == "-") {
    char buffer[1 << 16];
    while (std::cin.read(buffer, sizeof buffer) || std::cin.gcount() > 0) {
      bytes.append(buffer, static_cast<size_t>(std::cin.gcount()));
      if (bytes.size() > max_bytes)
        return Status::resource_limit(
            fmt::format("<stdin>: input larger than {} bytes", max_bytes));
    }
    return bytes;
  }
  std::error_code error;
  const auto size = fs::file_size(path, error);
  if (error) return Status::io_error(fmt::format("{}: {}", path, error.message()));
  if (size > max_bytes)
    return Status::resource_limit(
        fmt::format("{}: file of {} bytes exceeds the limit of {} bytes", path, size, max_bytes));
  std::ifstream stream(path, std::ios::binary);
  if (!stream) return Status::io_error(fmt::format("{}: cannot open", path));
  bytes.resize(size);
  stream.read(bytes.data(), static_cast<std::streamsize>(size));
  bytes.resize(static_cast<size_t>(stream.gcount()));
  if (stream.bad()) return Status::io_error(fmt::format("{}: read failed", path));
  return bytes;
}

InputReader::InputReader(std::vector<std::string> inputs, ReadOptions options)
    : options_(std::move(options)), pending_inputs_(inputs.begin(), inputs.end()) {}

void InputReader::expand(const std::string& input) {
  if (input == "-") {
    pending_files_.push_back(input);
    return;
  }
  std::error_code error;
  const fs::file_status status = fs::status(input, error);
  if (error || !fs::exists(status)) {
    summary_.errors.push_back({input, "", "no such file or folder"});
    ++summary_.files_skipped;
    return;
  }
  if (!fs::is_directory(status)) {
    pending_files_.push_back(input);
    return;
  }
  std::vector<std::string> files;
  fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied, error);
  for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (it->is_regular_file(error)) files.push_back(it->path().string());
  }
  if (error) summary_.errors.push_back({input, "", "cannot list folder: " + error.message()});
  if (files.empty()) summary_.errors.push_back({input, "", "folder holds no files"});
  std::sort(files.begin(), files.end());
  for (std::string& file : files) pending_files_.push_back(std::move(file));
}

bool InputReader::load_next_file() {
  while (pending_files_.empty()) {
    if (pending_inputs_.empty()) return false;
    std::string input = std::move(pending_inputs_.front());
    pending_inputs_.pop_front();
    expand(input);
  }
  std::string path = std::move(pending_files_.front());
  pending_files_.pop_front();
  const std::string display = path == "-" ? "<stdin>" : path;
  bytes_finished_ += current_file_bytes_;
  current_file_bytes_ = 0;
  current_file_documents_ = current_file_handed_out_ = 0;

  Result<std::string> bytes = read_file_bytes(path, options_.max_file_bytes);
  if (bytes.is_ok()) {
    current_file_bytes_ = bytes->size();
  } else if (path != "-") {
    std::error_code ignored;
    const auto size = fs::file_size(path, ignored);
    if (!ignored) current_file_bytes_ = size;
  }
  if (!bytes.is_ok()) {
    summary_.errors.push_back({display, "", bytes.status().message()});
    ++summary_.files_skipped;
    return true;
  }
  // Compressed files are read through their decompressed bytes; the format is sniffed from
  // the name without ".gz"/".zst" and the decoded head. A truncated stream keeps what decoded.
  std::string sniff_path = path;
  const Compression compression = detect_compression(*bytes);
  if (compression != Compression::kNone) {
    Decompressed decoded = decompress(*bytes, compression, options_.max_file_bytes);
    if (!decoded.error.empty()) {
      summary_.errors.push_back(
          {display, "",
           decoded.bytes.empty() ? decoded.error : decoded.error + "; reading what was decoded"});
      if (decoded.bytes.empty()) {
        ++summary_.files_skipped;
        return true;
      }
    }
    *bytes = std::move(decoded.bytes);
    sniff_path = strip_compression_extension(path);
  }
  if (bytes->empty()) {
    summary_.errors.push_back({display, "", "empty file"});
    ++summary_.files_skipped;
    return true;
  }
  const std::string_view head(bytes->data(), std::min<size_t>(bytes->size(), 4096));
  const FormatReader* chosen = nullptr;
  int best = 0;
  for (const auto& reader : format_readers()) {
    if (options_.format != "auto") {
      if (reader->format() == options_.format) chosen = reader.get();
      continue;
    }
    const int score = reader->sniff(sniff_path, head);
    if (score > best) {
      best = score;
      chosen = reader.get();
    }
  }
  if (!chosen) {
    summary_.errors.push_back({display, "",
                               options_.format == "auto"
                                   ? "format not recognised"
                                   : fmt::format("no reader for format '{}'", options_.format)});
    ++summary_.files_skipped;
    return true;
  }
  std::vector<Document> documents;
  const size_t errors_before = summary_.errors.size();
  Status status;
  try {
    status = chosen->read(display, std::move(*bytes), options_, documents, summary_.errors);
  } catch (const std::exception& error) {  // e.g. std::bad_alloc on a hostile file
    status = Status::internal(fmt::format("{} reader failed: {}", chosen->format(), error.what()));
  }
  for (size_t i = errors_before; i < summary_.errors.size(); ++i)
    if (summary_.errors[i].skipped) ++summary_.documents_skipped;
  if (!status.is_ok()) {
    summary_.errors.push_back({display, "", status.message()});
    ++summary_.files_skipped;
  } else {
    ++summary_.files_read;
  }
  current_file_documents_ = documents.size();
  for (Document& document : documents) buffered_.push_back(std::move(document));
  return true;
}

uint64_t InputReader::bytes_consumed() const {
  if (current_file_documents_ == 0) return bytes_finished_ + current_file_bytes_;
  return bytes_finished_ + current_file_bytes_ * current_file_handed_out_ / current_file_documents_;
}

std::optional<Document> InputReader::next() {
  while (buffered_.empty()) {
    if (!load_next_file()) return std::nullopt;
  }
  Document document = std::move(buffered_.front());
  buffered_.pop_front();
  ++summary_.documents;
  ++current_file_handed_out_;
  return document;
}

}  // namespace herald
