#include "tearline/finding.h"

#include <gtest/gtest.h>

namespace tearline {
namespace {

TEST(KindTest, NamesRoundTrip) {
  for (Kind k : AllKinds()) {
    auto parsed = ParseKind(KindName(k));
    ASSERT_TRUE(parsed.has_value()) << KindName(k);
    EXPECT_EQ(*parsed, k);
  }
  EXPECT_EQ(AllKinds().size(), static_cast<size_t>(kNumKinds));
  EXPECT_FALSE(ParseKind("person").has_value());
  EXPECT_FALSE(ParseKind("PHONES").has_value());
  EXPECT_FALSE(ParseKind("").has_value());
}

TEST(FindingTest, CompactStringIsSortedAndValueFree) {
  Finding a{10, 20, Kind::kPhone, "E164", 0.9f, "patterns"};
  Finding b{2, 5, Kind::kId, "", 0.5f, "patterns"};
  Finding c{2, 8, Kind::kDate, "ISO", 0.5f, "patterns"};
  EXPECT_EQ(FindingsToString({a, b, c}), "[DATE/ISO 2,8) [ID 2,5) [PHONE/E164 10,20)");
  Finding from19, from20;
  from19.begin = 19;
  from19.end = 30;
  from20.begin = 20;
  from20.end = 30;
  EXPECT_TRUE(a.Overlaps(from19));
  EXPECT_FALSE(a.Overlaps(from20));
  EXPECT_EQ(a.size(), 10u);
}

}  // namespace
}  // namespace tearline
