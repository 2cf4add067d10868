// What every subcommand shares: input options, output to stdout or -o FILE, the end-of-run
// report on stderr, and progress for long runs.
#pragma once

#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "herald/reader.h"
#include "herald/status.h"
#include "progress/progress_text.h"

namespace herald::cli {

struct InputOptions {
  std::vector<std::string> inputs;  // files, folders, "-"
  std::string format = "auto";
  std::string date;  // YYYY-MM-DD
  std::string source;
  std::string url;
  unsigned threads = 0;  // 0 = one per core
};

// Adds INPUT... and --format/--date/--source/--url/--threads to a subcommand.
void add_input_options(CLI::App& app, InputOptions& options);
// Validates --date and the like; a bad value is a usage error (exit 2) with a reason.
Result<ReadOptions> make_read_options(const InputOptions& options);

// stdout, or a file given with -o (written to FILE.tmp and renamed when complete, so a
// failed run never leaves a half-written file under the real name).
class Output {
 public:
  static Result<std::unique_ptr<Output>> open(const std::string& path);  // "" or "-" = stdout
  ~Output();
  std::ostream& stream() { return *stream_; }
  Status commit();  // flush; rename into place for files

 private:
  std::string path_;
  std::string temporary_path_;
  std::unique_ptr<std::ofstream> file_;
  std::ostream* stream_ = nullptr;
  bool committed_ = false;
};

// Prints each read error and a summary line to stderr; returns the exit code the run
// deserves (kExitBadInput if anything was skipped or repaired).
int report_read_summary(const char* command, const ReadSummary& summary);

// Progress of a long run on stderr. On a terminal: one line redrawn in place at most five
// times a second (documents, sentences, events, rate; percentage and ETA when the total is
// known). Otherwise, for logs and CI: the same line every `log_seconds` (0: none).
class Progress {
 public:
  explicit Progress(std::string label, double log_seconds = 0);
  ~Progress();
  void set_total_bytes(uint64_t bytes) { total_bytes_ = bytes; }  // 0 = unknown
  void set_total_documents(size_t documents) { total_documents_ = documents; }
  // The totals set above are filled in.
  void update(progress::ProgressCounts counts);
  void finish();

 private:
  std::string label_;
  bool terminal_;
  double log_seconds_;
  uint64_t total_bytes_ = 0;
  size_t total_documents_ = 0;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
  double last_sample_seconds_ = -1;
  progress::RateWindow rate_;
  bool drawn_ = false;
};

// The total size of the inputs in bytes (files, folders walked recursively), for progress;
// 0 when it cannot be known (stdin).
uint64_t total_input_bytes(const std::vector<std::string>& inputs);

}  // namespace herald::cli
