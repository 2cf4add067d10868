#include "cameo/cameo_table.h"

#include <fmt/format.h>

#include <charconv>
#include <mutex>
#include <optional>

#include "herald/herald.h"
#include "herald/reader.h"

namespace herald::cameo {
namespace {

constexpr std::string_view kColumns[] = {
    "code", "name", "goldstein", "quad_class", "plover_type", "plover_mode", "plover_context"};
constexpr size_t kColumnCount = std::size(kColumns);

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\r')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  for (;;) {
    const size_t tab = line.find('\t', start);
    fields.push_back(trim(line.substr(start, tab == std::string_view::npos ? tab : tab - start)));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return fields;
}

bool all_digits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text)
    if (c < '0' || c > '9') return false;
  return true;
}

std::optional<double> parse_number(std::string_view text) {
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

std::string_view CameoTable::root(std::string_view code) {
  code = trim(code);
  if (code.size() < 2 || !all_digits(code.substr(0, 2))) return {};
  return code.substr(0, 2);
}

int CameoTable::quad_class_of_root(std::string_view root_code) {
  if (root_code.size() != 2 || !all_digits(root_code)) return 0;
  const int root_number = (root_code[0] - '0') * 10 + (root_code[1] - '0');
  if (root_number >= 1 && root_number <= 5) return 1;
  if (root_number >= 6 && root_number <= 9) return 2;
  if (root_number >= 10 && root_number <= 14) return 3;
  if (root_number >= 15 && root_number <= 20) return 4;
  return 0;
}

Result<CameoTable> CameoTable::parse(std::string_view text, std::string_view file_name) {
  CameoTable table;
  bool header_seen = false;
  size_t line_number = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t newline = text.find('\n', start);
    if (newline == std::string_view::npos) newline = text.size();
    const std::string_view line = text.substr(start, newline - start);
    start = newline + 1;
    ++line_number;
    if (trim(line).empty() || line.front() == '#') continue;
    const auto where = [&] { return fmt::format("{}:{}", file_name, line_number); };
    const std::vector<std::string_view> fields = split_tabs(line);
    if (!header_seen) {
      if (fields.size() != kColumnCount)
        return Status::data_error(fmt::format("{}: header has {} columns, expected {}", where(),
                                              fields.size(), kColumnCount));
      for (size_t i = 0; i < kColumnCount; ++i)
        if (fields[i] != kColumns[i])
          return Status::data_error(fmt::format("{}: column {} is '{}', expected '{}'", where(),
                                                i + 1, fields[i], kColumns[i]));
      header_seen = true;
      continue;
    }
    if (fields.size() != kColumnCount)
      return Status::data_error(
          fmt::format("{}: {} fields, expected {}", where(), fields.size(), kColumnCount));
    CameoCode entry;
    if (!all_digits(fields[0]) || fields[0].size() < 2 || fields[0].size() > 4)
      return Status::data_error(
          fmt::format("{}: code '{}' is not a CAMEO code of 2-4 digits", where(), fields[0]));
    entry.code = fields[0];
    if (fields[1].empty()) return Status::data_error(fmt::format("{}: empty name", where()));
    entry.name = fields[1];
    const std::optional<double> goldstein = parse_number(fields[2]);
    if (!goldstein || *goldstein < -10.0 || *goldstein > 10.0)
      return Status::data_error(
          fmt::format("{}: goldstein '{}' is not a number in -10..10", where(), fields[2]));
    entry.goldstein = *goldstein;
    if (fields[3].size() != 1 || fields[3][0] < '1' || fields[3][0] > '4')
      return Status::data_error(fmt::format("{}: quad_class '{}' is not 1-4", where(), fields[3]));
    entry.quad_class = fields[3][0] - '0';
    if (entry.quad_class != quad_class_of_root(root(entry.code)))
      return Status::data_error(fmt::format("{}: quad_class {} disagrees with root code {}",
                                            where(), entry.quad_class, root(entry.code)));
    entry.plover_type = fields[4];
    entry.plover_mode = fields[5];
    entry.plover_context = fields[6];
    if (table.index_.count(entry.code))
      return Status::data_error(fmt::format("{}: code {} listed twice", where(), entry.code));
    table.index_.emplace(entry.code, table.codes_.size());
    table.codes_.push_back(std::move(entry));
  }
  if (!header_seen)
    return Status::data_error(fmt::format("{}: no header line (code, name, ...)", file_name));
  return table;
}

Result<CameoTable> CameoTable::load(const std::string& path) {
  Result<std::string> bytes = read_file_bytes(path, 16u << 20);
  if (!bytes.is_ok()) return bytes.status();
  return parse(*bytes, path);
}

Result<CameoTable> CameoTable::load_standard(const std::string& data_dir) {
  return load((data_dir.empty() ? default_data_dir() : data_dir) + "/cameo/cameo-codes.tsv");
}

const CameoTable* CameoTable::standard(Status* error) {
  static const Result<CameoTable> table = load_standard();
  if (!table.is_ok()) {
    if (error) *error = table.status();
    return nullptr;
  }
  return &table.value();
}

const CameoCode* CameoTable::lookup(std::string_view code) const {
  const auto it = index_.find(std::string(trim(code)));
  return it == index_.end() ? nullptr : &codes_[it->second];
}

}  // namespace herald::cameo
