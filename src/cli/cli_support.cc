#include "cli/cli_support.h"

#include <fmt/format.h>
#include <sys/ioctl.h>
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

Progress::Progress(std::string label, double log_seconds)
    : label_(std::move(label)),
      terminal_(isatty(STDERR_FILENO) == 1),
      log_seconds_(log_seconds),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

Progress::~Progress() { finish(); }

void Progress::update(progress::ProgressCounts counts) {
  if (!terminal_ && log_seconds_ <= 0) return;
  const auto now = std::chrono::steady_clock::now();
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  counts.bytes_total = total_bytes_;
  counts.documents_total = total_documents_;
  if (elapsed - last_sample_seconds_ >= 0.25) {
    rate_.add(elapsed, progress::work_done(counts));
    last_sample_seconds_ = elapsed;
  }
  const auto since_draw = now - last_draw_;
  if (drawn_ && (terminal_ ? since_draw < std::chrono::milliseconds(200)
                           : since_draw < std::chrono::duration<double>(log_seconds_)))
    return;
  if (!terminal_ && !drawn_ && elapsed < log_seconds_) return;
  last_draw_ = now;
  drawn_ = true;
  std::string line =
      "herald " + progress::progress_line(label_, counts, elapsed,
                                          progress::remaining_seconds(counts, rate_.rate()));
  if (!terminal_) {
    std::cerr << line << "\n";
    return;
  }
  // One terminal row: a wrapped line could not be redrawn in place.
  winsize size{};
  if (ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 1 && line.size() >= size.ws_col)
    line.resize(size.ws_col - 1);
  std::cerr << "\r" << line << "\x1b[K" << std::flush;
}

void Progress::finish() {
  if (terminal_ && drawn_) std::cerr << "\n";
  drawn_ = false;
}

uint64_t total_input_bytes(const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  uint64_t total = 0;
  for (const std::string& input : inputs) {
    if (input == "-") return 0;
    std::error_code error;
    if (fs::is_directory(input, error)) {
      fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied,
                                          error);
      for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        std::error_code ignored;
        if (!it->is_regular_file(ignored)) continue;
        const auto size = it->file_size(ignored);
        if (!ignored) total += size;
      }
    } else {
      const auto size = fs::file_size(input, error);
      if (!error) total += size;
    }
  }
  return total;
}

}  // namespace herald::cli
