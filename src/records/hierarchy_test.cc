#include <gtest/gtest.h>

#include "tearline/kanon.h"

namespace tearline {
namespace {

TEST(HierarchyTest, Levels) {
  auto age = *AgeHierarchy();
  auto date = DateHierarchy();
  auto places = *TableHierarchy("district,province,country\nD1,P1,AF\nD2,P1,AF\nD3,P2,AF\n", "places", true);
  auto suppress = SuppressionHierarchy();  // held here: cases[] keeps raw pointers
  struct Case { const Hierarchy* h; std::string value; std::vector<std::string> want; } cases[] = {
      {age.get(), "37", {"37", "35-39", "30-39", "20-39", "*"}},
      {age.get(), "0", {"0", "0-4", "0-9", "0-19", "*"}},
      {age.get(), "007", {"7", "5-9", "0-9", "0-19", "*"}},
      {date.get(), "2021-08-15", {"2021-08-15", "2021-08/W3", "2021-08", "2021", "*"}},
      {date.get(), "2021-08-31", {"2021-08-31", "2021-08/W4", "2021-08", "2021", "*"}},
      {date.get(), "2020-02-29", {"2020-02-29", "2020-02/W4", "2020-02", "2020", "*"}},
      {date.get(), "2021-08-07", {"2021-08-07", "2021-08/W1", "2021-08", "2021", "*"}},
      {places.get(), "D2", {"D2", "P1", "AF", "*"}},
      {suppress.get(), "F", {"F", "*"}},
  };
  for (const auto& c : cases) {
    ASSERT_EQ(c.h->height() + 1, static_cast<int>(c.want.size())) << c.h->name();
    for (int l = 0; l <= c.h->height(); ++l) {
      auto g = c.h->Generalize(c.value, l);
      ASSERT_TRUE(g.ok()) << c.value;
      EXPECT_EQ(*g, c.want[l]) << c.h->name() << " " << c.value << " level " << l;
    }
  }
  EXPECT_EQ(age->name(), "age:5,10,20");
  EXPECT_EQ(places->name(), "table:places");
}

TEST(HierarchyTest, RefusesValuesOutsideWithoutQuotingThem) {
  auto age = *AgeHierarchy();
  auto date = DateHierarchy();
  auto places = *TableHierarchy("D1,P1,AF\n", "places");
  struct Case { const Hierarchy* h; std::string value; } cases[] = {
      {age.get(), "secret"}, {age.get(), "-3"}, {age.get(), "151"}, {age.get(), ""}, {age.get(), "3.5"},
      {date.get(), "2021-02-29"}, {date.get(), "2021-13-01"}, {date.get(), "15/08/2021"}, {date.get(), "2021-8-1"},
      {places.get(), "Nowhere"},
  };
  for (const auto& c : cases) {
    auto g = c.h->Generalize(c.value, 1);
    ASSERT_FALSE(g.ok()) << c.value;
    EXPECT_EQ(g.status().code(), Status::Code::kBadInput);
    if (!c.value.empty()) {
      EXPECT_EQ(g.status().message().find(c.value), std::string::npos);
    }
  }
}

TEST(HierarchyTest, BadDefinitions) {
  EXPECT_FALSE(AgeHierarchy({10, 5}).ok());
  EXPECT_FALSE(AgeHierarchy({5, 12}).ok());
  struct Case { std::string csv, want; } cases[] = {
      {"D1,P1,AF\nD2,P1\n", "line 2: expected 3 cells"},
      {"D1,P1,AF\nD1,P1,AF\n", "leaf listed twice"},
      {"D1,P1,AF\nD2,P1,PK\n", "two different parents"},
      {"D1,,AF\n", "empty cell"},
      {"", "empty"},
  };
  for (const auto& c : cases) {
    auto h = TableHierarchy(c.csv, "t");
    ASSERT_FALSE(h.ok()) << c.csv;
    EXPECT_EQ(h.status().code(), Status::Code::kPolicyError);
    EXPECT_NE(h.status().message().find(c.want), std::string::npos) << h.status().message();
  }
}

// A fingerprint names its hierarchies; the built-in ones are rebuilt from the name.
TEST(HierarchyTest, BuiltinFromName) {
  struct Case {
    std::string name;
    bool ok;
    int height;
  } cases[] = {
      {"date", true, 4},     {"suppress", true, 1}, {"age:5,10,20", true, 4}, {"age:10", true, 2},
      {"age:7,10", false, 0}, {"age:", false, 0},   {"age:5,,10", false, 0},  {"table:places", false, 0},
      {"Date", false, 0},
  };
  for (const Case& c : cases) {
    auto h = BuiltinHierarchy(c.name);
    ASSERT_EQ(h.ok(), c.ok) << c.name;
    if (!c.ok) continue;
    EXPECT_EQ((*h)->name(), c.name);
    EXPECT_EQ((*h)->height(), c.height);
  }
}

}  // namespace
}  // namespace tearline
