#include "cli/cli_support.h"

#include <fmt/format.h>
#include <unistd.h>

#include <filesystem>
#include <iostream>

#include "cli/command.h"

namespace herald::cli {

void add_input_options(CLI::App& app, InputOptions& options) {
  app.add_option("inputs", options.inputs, "Files, folders (read recursively) or - for stdin")
      ->required();
  app.add_option("--input-format", options.format, "Input format (auto detects it)")
      ->capture_default_str();
  app.add_option("--date", options.date,
                 "Publication date (YYYY-MM-DD) for input that carries none");
  app.add_option("--source", options.source, "Source name for input that carries none");
  app.add_option("--url", options.url, "URL for input that carries none");
  app.add_option("--threads", options.threads, "Worker threads (0 = one per core)")
      ->capture_default_str();
}

Result<ReadOptions> make_read_options(const InputOptions& options) {
  ReadOptions read;
  read.format = options.format;
  read.source_name = options.source;
  read.url = options.url;
  if (!options.date.empty()) {
    const auto date = CivilDate::parse(options.date);
    if (!date || !date->has_day())
      return Status::invalid_argument(
          fmt::format("--date: '{}' is not a date of the form YYYY-MM-DD", options.date));
    read.date = *date;
  }
  return read;
}

Result<std::unique_ptr<Output>> Output::open(const std::string& path) {
  auto output = std::unique_ptr<Output>(new Output());
  if (path.empty() || path == "-") {
    output->stream_ = &std::cout;
    return output;
  }
  output->path_ = path;
  // A device or pipe (-o /dev/null, a FIFO) is written in place: renaming a temporary file
  // over it would replace the device with a regular file.
  std::error_code error;
  const auto status = std::filesystem::status(path, error);
  const bool special = !error && std::filesystem::exists(status) &&
                       !std::filesystem::is_regular_file(status) &&
                       !std::filesystem::is_directory(status);
  output->temporary_path_ = special ? path : path + ".tmp";
  output->file_ = std::make_unique<std::ofstream>(output->temporary_path_, std::ios::binary);
  if (!*output->file_) return Status::io_error(fmt::format("{}: cannot open for writing", path));
  output->stream_ = output->file_.get();
  return output;
}

Output::~Output() {
  if (file_ && !committed_ && temporary_path_ != path_) {
    file_->close();
    std::error_code ignored;
    std::filesystem::remove(temporary_path_, ignored);
  }
}

Status Output::commit() {
  stream_->flush();
  if (!*stream_)
    return Status::io_error(fmt::format("{}: write failed", path_.empty() ? "<stdout>" : path_));
  if (file_ && temporary_path_ != path_) {
    file_->close();
    std::error_code error;
    std::filesystem::rename(temporary_path_, path_, error);
    if (error) return Status::io_error(fmt::format("{}: {}", path_, error.message()));
  }
  committed_ = true;
  return Status::ok();
}

int report_read_summary(const char* command, const ReadSummary& summary) {
  for (const ReadError& error : summary.errors)
    std::cerr << "herald " << command << ": " << (error.skipped ? "" : "warning: ")
              << error.to_string() << "\n";
  if (!summary.errors.empty())
    std::cerr << fmt::format(
        "herald {}: read {} document(s) from {} file(s); skipped {} file(s) and {} record(s)\n",
        command, summary.documents, summary.files_read, summary.files_skipped,
        summary.documents_skipped);
  return summary.errors.empty() ? kExitOk : kExitBadInput;
}

Progress::Progress(std::string label)
    : label_(std::move(label)),
      enabled_(isatty(STDERR_FILENO) == 1),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

Progress::~Progress() { finish(); }

void Progress::update(size_t documents, size_t sentences, size_t events) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_draw_ < std::chrono::milliseconds(200)) return;
  last_draw_ = now;
  drawn_ = true;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double rate = seconds > 0 ? documents / seconds : 0;
  std::cerr << fmt::format("\r{}: {} documents, {} sentences, {} events, {:.0f} docs/s   ", label_,
                           documents, sentences, events, rate)
            << std::flush;
}

void Progress::finish() {
  if (enabled_ && drawn_) std::cerr << "\n";
  drawn_ = false;
}

}  // namespace herald::cli
