// src/base/span_reach.h — spans sorted by begin, each carrying the farthest
// end of the spans up to it, for two questions in O(log n): does one span
// share a byte with [b, e), does one hold [b, e) whole. Used where a rule or
// the leak check asks such a question once per candidate (thousands in a
// roster), not by the public API.
//
// THREAD SAFETY
//   Immutable after construction.
#pragma once

#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

namespace tearline {

class SpanReach {
 public:
  SpanReach() = default;  // no span
  explicit SpanReach(std::vector<std::pair<size_t, size_t>> spans) : spans_(std::move(spans)) {
    std::sort(spans_.begin(), spans_.end());
    for (size_t i = 1; i < spans_.size(); ++i) spans_[i].second = std::max(spans_[i].second, spans_[i - 1].second);
  }
  // Whether a span has begin < e and end > b.
  bool Overlaps(size_t b, size_t e) const {
    const size_t k = Count([e](size_t begin) { return begin < e; });
    return k > 0 && spans_[k - 1].second > b;
  }
  // Whether a span has begin <= b and end >= e.
  bool Holds(size_t b, size_t e) const {
    const size_t k = Count([b](size_t begin) { return begin <= b; });
    return k > 0 && spans_[k - 1].second >= e;
  }

 private:
  // How many spans (a prefix, in begin order) have a begin that `in` accepts.
  template <typename In>
  size_t Count(In in) const {
    return static_cast<size_t>(
        std::partition_point(spans_.begin(), spans_.end(), [&](const auto& s) { return in(s.first); }) -
        spans_.begin());
  }
  std::vector<std::pair<size_t, size_t>> spans_;  // .second: the farthest end up to here
};

}  // namespace tearline
