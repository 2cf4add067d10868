// Progress text for long runs (ingest, code, recode): what has been done, how fast, and how
// long the rest should take, as one line for a terminal or a log.
//
// The estimate of the time left comes from the input consumed (bytes read of the total
// input size) when the total is known, else from documents when their number is known, at
// the rate of the last RateWindow seconds: a resumed ingest races through documents it had
// already stored, and the first seconds are slower than the rest, so the whole run's average
// would mislead.
//
// Thread-safety: RateWindow belongs to one thread; the functions are pure. Failure: none;
// an estimate that cannot be made is nullopt and is left out of the line.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace herald::progress {

struct ProgressCounts {
  size_t documents = 0;  // handled so far, stored ones included
  size_t skipped = 0;    // of which already stored (resumed ingest)
  size_t sentences = 0;
  size_t events = 0;
  uint64_t bytes_done = 0;     // input consumed
  uint64_t bytes_total = 0;    // total input size; 0 = unknown (stdin)
  size_t documents_total = 0;  // 0 = unknown
};

// The amount of work done per second over the last `window_seconds`.
class RateWindow {
 public:
  explicit RateWindow(double window_seconds = 30) : window_seconds_(window_seconds) {}
  // `seconds` since the start of the run (non-decreasing), `done` so far (non-decreasing).
  void add(double seconds, double done);
  // nullopt until the samples span at least a second.
  std::optional<double> rate() const;

 private:
  double window_seconds_;
  std::deque<std::pair<double, double>> samples_;  // (seconds, done), oldest first
};

// The fraction of the work done, from bytes when their total is known, else documents when
// their total is known; nullopt otherwise. Clamped to [0, 1].
std::optional<double> fraction_done(const ProgressCounts& counts);
// The amount done that fraction_done() and the rate are measured in (bytes or documents).
double work_done(const ProgressCounts& counts);
// Seconds left for the rest of the work at `rate` (work per second); nullopt when the total
// is unknown or the rate is unknown or zero.
std::optional<double> remaining_seconds(const ProgressCounts& counts, std::optional<double> rate);

// "42 s", "3:07", "1:02:03" (rounded to whole seconds; negative counts as 0).
std::string format_duration(double seconds);
// 19763 -> "19,763".
std::string format_count(uint64_t count);
// "ingest: 12,345 documents (300 already stored), 95,120 sentences, 3,402 events, 812 docs/s,
// 62%, ETA 0:14". `elapsed_seconds` gives the average documents per second.
std::string progress_line(std::string_view label, const ProgressCounts& counts,
                          double elapsed_seconds, std::optional<double> remaining);

}  // namespace herald::progress
