#include "progress/progress_text.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace herald::progress {

void RateWindow::add(double seconds, double done) {
  samples_.emplace_back(seconds, done);
  // Keep one sample at or before the window's start, so the window is always fully spanned.
  while (samples_.size() > 2 && samples_[1].first <= seconds - window_seconds_)
    samples_.pop_front();
}

std::optional<double> RateWindow::rate() const {
  if (samples_.size() < 2) return std::nullopt;
  const auto& [first_seconds, first_done] = samples_.front();
  const auto& [last_seconds, last_done] = samples_.back();
  const double span = last_seconds - first_seconds;
  if (span < 1.0) return std::nullopt;
  return (last_done - first_done) / span;
}

std::optional<double> fraction_done(const ProgressCounts& counts) {
  double fraction = 0;
  if (counts.bytes_total > 0) {
    fraction = static_cast<double>(counts.bytes_done) / static_cast<double>(counts.bytes_total);
  } else if (counts.documents_total > 0) {
    fraction = static_cast<double>(counts.documents) / static_cast<double>(counts.documents_total);
  } else {
    return std::nullopt;
  }
  return std::clamp(fraction, 0.0, 1.0);
}

double work_done(const ProgressCounts& counts) {
  return counts.bytes_total > 0 ? static_cast<double>(counts.bytes_done)
                                : static_cast<double>(counts.documents);
}

std::optional<double> remaining_seconds(const ProgressCounts& counts, std::optional<double> rate) {
  if (!rate || !(*rate > 0)) return std::nullopt;
  double left = 0;
  if (counts.bytes_total > 0) {
    left = static_cast<double>(counts.bytes_total) - static_cast<double>(counts.bytes_done);
  } else if (counts.documents_total > 0) {
    left = static_cast<double>(counts.documents_total) - static_cast<double>(counts.documents);
  } else {
    return std::nullopt;
  }
  return std::max(0.0, left) / *rate;
}

std::string format_duration(double seconds) {
  const long long total = std::isfinite(seconds) && seconds > 0 ? std::llround(seconds) : 0;
  const long long hours = total / 3600, minutes = total / 60 % 60, rest = total % 60;
  if (hours > 0) return fmt::format("{}:{:02d}:{:02d}", hours, minutes, rest);
  if (minutes > 0) return fmt::format("{}:{:02d}", minutes, rest);
  return fmt::format("{} s", rest);
}

std::string format_count(uint64_t count) {
  std::string digits = std::to_string(count);
  std::string out;
  out.reserve(digits.size() + digits.size() / 3);
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string progress_line(std::string_view label, const ProgressCounts& counts,
                          double elapsed_seconds, std::optional<double> remaining) {
  std::string line = fmt::format("{}: {} documents", label, format_count(counts.documents));
  if (counts.skipped > 0) line += fmt::format(" ({} already stored)", format_count(counts.skipped));
  line += fmt::format(", {} sentences, {} events", format_count(counts.sentences),
                      format_count(counts.events));
  if (elapsed_seconds > 0)
    line += fmt::format(", {:.0f} docs/s", static_cast<double>(counts.documents) / elapsed_seconds);
  if (const auto fraction = fraction_done(counts))
    line += fmt::format(", {:.0f}%", std::floor(*fraction * 100));
  if (remaining) line += ", ETA " + format_duration(*remaining);
  return line;
}

}  // namespace herald::progress
