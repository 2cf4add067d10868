// What every subcommand shares: input options, output to stdout or -o FILE, the end-of-run
// report on stderr, and a progress line for long runs on a terminal.
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

// A one-line progress display on stderr, shown only when stderr is a terminal.
class Progress {
 public:
  explicit Progress(std::string label);
  ~Progress();
  void update(size_t documents, size_t sentences, size_t events);
  void finish();

 private:
  std::string label_;
  bool enabled_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
  bool drawn_ = false;
};

}  // namespace herald::cli
