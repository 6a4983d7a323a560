// tearline/status.h — errors as values.
//
// WHAT THESE TYPES REPRESENT
//   Status is the outcome of an operation: OK, or an error code with a message
//   a user can act on. Result<T> carries either a T or a non-OK Status. They are
//   the only way errors cross a module boundary; no exception leaves a module.
//
//   Messages must never contain a value that tearline hides (a name, a phone
//   number, ...). Say "PHONE at [120,134)" instead.
//
// THREAD SAFETY
//   Distinct objects may be used from distinct threads; a const object may be
//   shared. Status is cheap to copy when OK (no allocation).
//
// CONVENTION FOR OFFSETS (used across the whole project)
//   Every span is a half-open byte range [begin, end) into the UTF-8 text it
//   refers to: begin is the first byte, end is one past the last byte, and
//   end - begin is the length in bytes. Offsets are never character counts.
#pragma once

#include <cassert>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace tearline {

class Status {
 public:
  // Each code maps to one CLI exit code (see ExitCodeFor in tearline/cli.h).
  enum class Code {
    kOk = 0,
    kInvalidArgument,  // bad usage or option: exit 2
    kPolicyError,      // the policy is invalid: exit 2
    kBadInput,         // the input document is refused (encoding, size, format): exit 3
    kIOError,          // a file could not be read, written or renamed: exit 4
    kBlocked,          // the leak check or a gate stopped the release: exit 1
    kNotFound,         // a named thing (key, model, entry) does not exist: exit 2
    kCorruption,       // stored data (model, ledger, key) failed an integrity check: exit 4
    kInternal,         // a bug; should never happen: exit 4
  };

  Status() = default;  // OK
  static Status OK() { return Status(); }
  static Status InvalidArgument(std::string msg) { return Status(Code::kInvalidArgument, std::move(msg)); }
  static Status PolicyError(std::string msg) { return Status(Code::kPolicyError, std::move(msg)); }
  static Status BadInput(std::string msg) { return Status(Code::kBadInput, std::move(msg)); }
  static Status IOError(std::string msg) { return Status(Code::kIOError, std::move(msg)); }
  static Status Blocked(std::string msg) { return Status(Code::kBlocked, std::move(msg)); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status Corruption(std::string msg) { return Status(Code::kCorruption, std::move(msg)); }
  static Status Internal(std::string msg) { return Status(Code::kInternal, std::move(msg)); }

  bool ok() const { return rep_ == nullptr; }
  Code code() const { return rep_ ? rep_->code : Code::kOk; }
  // The message alone ("" when OK).
  const std::string& message() const;
  // "<code name>: <message>", or "OK".
  std::string ToString() const;
  static const char* CodeName(Code code);

  // Returns a copy whose message is "<prefix>: <message>"; OK stays OK.
  Status WithContext(std::string_view prefix) const;

 private:
  struct Rep {
    Code code;
    std::string message;
  };
  Status(Code code, std::string msg) : rep_(std::make_shared<const Rep>(Rep{code, std::move(msg)})) {}
  std::shared_ptr<const Rep> rep_;  // null when OK
};

// Result<T>: a value or a non-OK Status.
// REQUIRES: a Result constructed from a Status gets a non-OK Status.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT
    assert(!status_.ok());
    if (status_.ok()) status_ = Status::Internal("Result constructed from OK status without value");
  }
  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  // REQUIRES: ok()
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace tearline

// Evaluates expr (a Status); returns it from the enclosing function if not OK.
#define TL_RETURN_IF_ERROR(expr)                 \
  do {                                           \
    ::tearline::Status tl_status_ = (expr);      \
    if (!tl_status_.ok()) return tl_status_;     \
  } while (0)

#define TL_CONCAT_INNER(a, b) a##b
#define TL_CONCAT(a, b) TL_CONCAT_INNER(a, b)
// TL_ASSIGN_OR_RETURN(auto x, MakeX()): assigns the value or returns the Status.
#define TL_ASSIGN_OR_RETURN(lhs, expr) TL_ASSIGN_OR_RETURN_IMPL(TL_CONCAT(tl_result_, __LINE__), lhs, expr)
#define TL_ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr) \
  auto tmp = (expr);                             \
  if (!tmp.ok()) return tmp.status();            \
  lhs = std::move(tmp).value()
