// Status and Result<T>: errors as values.
//
// Every fallible herald function returns a Status or a Result<T>. A Status is either ok or
// carries a stable code and a message that names the place of the failure (file, line or
// byte offset, field) so that a user can act on it. Exceptions thrown by third-party
// libraries (libxml2 wrappers, JSON, SQL) are caught at the boundary that calls them and
// turned into a Status; they never cross herald's public API.
//
// Thread-safety: values; safe to copy and move between threads.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace herald {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the caller asked for something that cannot be done (usage error)
  kNotFound,         // a file, record or key does not exist
  kDataError,        // input exists but is malformed: bad UTF-8, bad XML, bad dictionary line
  kIoError,          // the operating system refused a read or write
  kResourceLimit,    // input exceeds a configured bound (size, depth, length)
  kInternal,         // a bug in herald: an invariant did not hold
};

std::string_view status_code_name(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;  // ok
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status ok() { return Status(); }
  static Status invalid_argument(std::string message) {
    return Status(StatusCode::kInvalidArgument, std::move(message));
  }
  static Status not_found(std::string message) {
    return Status(StatusCode::kNotFound, std::move(message));
  }
  static Status data_error(std::string message) {
    return Status(StatusCode::kDataError, std::move(message));
  }
  static Status io_error(std::string message) {
    return Status(StatusCode::kIoError, std::move(message));
  }
  static Status resource_limit(std::string message) {
    return Status(StatusCode::kResourceLimit, std::move(message));
  }
  static Status internal(std::string message) {
    return Status(StatusCode::kInternal, std::move(message));
  }

  bool is_ok() const { return code_ == StatusCode::kOk; }
  explicit operator bool() const { return is_ok(); }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "data error: file.xml:12: unexpected end of tag"
  std::string to_string() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// A value or the Status that explains why there is none.
// REQUIRES: value() only when is_ok(); status() is ok when a value is held.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : state_(std::move(status)) {}  // NOLINT: implicit by design

  bool is_ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return is_ok(); }

  const T& value() const& { return std::get<T>(state_); }
  T& value() & { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

  Status status() const { return is_ok() ? Status() : std::get<Status>(state_); }

 private:
  std::variant<T, Status> state_;
};

}  // namespace herald
