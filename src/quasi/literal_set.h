// src/quasi/literal_set.h — a fixed set of literals found in one pass over a
// text, in the order that one ForEachOccurrence pass per literal would give.
// Internal to the quasi module.
//
// WHAT THESE TYPES REPRESENT
//   LiteralSet holds up to 64 literals of 3 to 64 bytes (no NUL byte). Find
//   reads the text 16 bytes at a time, marks the positions whose first three
//   bytes open some literal, and compares the literals there: one pass
//   instead of one ForEachOccurrence pass per literal. Literals whose first
//   three bytes are common in text (", t") make many places to compare.
//
// THREAD SAFETY
//   A LiteralSet is immutable after construction; Find may be called from
//   any number of threads at once.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <utility>
#include <vector>

namespace tearline::quasi {

class LiteralSet {
 public:
  // REQUIRES: 1 to 64 literals, each of 3 to 64 bytes, none holding a NUL.
  LiteralSet(std::initializer_list<std::string_view> literals);
  explicit LiteralSet(std::vector<std::string_view> literals);

  size_t size() const { return literals_.size(); }

  // Every occurrence of every literal, overlapping ones included, as
  // (literal index, offset of its first byte): literal 0's in increasing
  // offset, then literal 1's, and so on. Replaces *hits.
  void Find(std::string_view text, std::vector<std::pair<uint32_t, size_t>>* hits) const;

  // Calls f(offset) for each occurrence of literal `index` in hits (as Find
  // gave them), in increasing offset.
  template <typename F>
  static void ForEachHit(const std::vector<std::pair<uint32_t, size_t>>& hits, uint32_t index, F&& f) {
    auto it = std::lower_bound(hits.begin(), hits.end(), std::pair<uint32_t, size_t>{index, 0});
    for (; it != hits.end() && it->first == index; ++it) f(it->second);
  }

 private:
  std::vector<std::string_view> literals_;
  struct Opening {
    uint8_t b0, b1, b2;  // distinct first three bytes of the literals
    uint64_t literals;   // bit i: literal i opens with them
  };
  std::vector<Opening> openings_;
};

}  // namespace tearline::quasi
