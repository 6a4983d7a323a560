#include "src/base/span_reach.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <utility>
#include <vector>

namespace tearline {
namespace {

// SpanReach answers as a walk over every span does; no span answers no.
TEST(SpanReachTest, AgreesWithAWalk) {
  EXPECT_FALSE(SpanReach().Overlaps(0, 5));
  EXPECT_FALSE(SpanReach().Holds(0, 0));
  std::mt19937 rng(11);
  for (int round = 0; round < 2000; ++round) {
    std::vector<std::pair<size_t, size_t>> spans;
    for (size_t k = rng() % 6; k > 0; --k) {
      const size_t b = rng() % 20;
      spans.emplace_back(b, b + rng() % 6);
    }
    const SpanReach reach(spans);
    const size_t b = rng() % 22, e = b + rng() % 5;
    const bool overlaps =
        std::any_of(spans.begin(), spans.end(), [&](const auto& s) { return s.first < e && s.second > b; });
    const bool holds =
        std::any_of(spans.begin(), spans.end(), [&](const auto& s) { return s.first <= b && s.second >= e; });
    ASSERT_EQ(reach.Overlaps(b, e), overlaps) << round;
    ASSERT_EQ(reach.Holds(b, e), holds) << round;
  }
}

}  // namespace
}  // namespace tearline
