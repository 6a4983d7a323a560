#include <gtest/gtest.h>

#include <set>
#include <string>

#include "tearline/patterns.h"

namespace tearline::patterns {
namespace {

TEST(Validators, Luhn) {
  struct {
    const char* s;
    bool want;
  } cases[] = {{"4111111111111111", true}, {"4111 1111 1111 1111", true}, {"4111111111111112", false},
               {"79927398713", true},      {"79927398710", false},         {"", false}};
  for (const auto& c : cases) EXPECT_EQ(LuhnValid(c.s), c.want) << c.s;
}

TEST(Validators, Iban) {
  struct {
    const char* s;
    bool want;
  } cases[] = {{"DE89370400440532013000", true},  {"DE89 3704 0044 0532 0130 00", true},
               {"GB82WEST12345698765432", true},  {"GB82WEST12345698765433", false},
               {"DE88370400440532013000", false}, {"de89370400440532013000", false},
               {"DE89", false}};
  for (const auto& c : cases) EXPECT_EQ(IbanValid(c.s), c.want) << c.s;
}

TEST(Validators, Dates) {
  struct {
    int y, m, d;
    bool want;
  } cases[] = {{2021, 2, 28, true},  {2021, 2, 29, false}, {2020, 2, 29, true}, {1900, 2, 29, false},
               {2000, 2, 29, true},  {2021, 4, 31, false}, {2021, 12, 31, true}, {2021, 13, 1, false},
               {2021, 0, 1, false},  {2021, 1, 0, false}};
  for (const auto& c : cases) EXPECT_EQ(DateValid(c.y, c.m, c.d), c.want) << c.y << "-" << c.m << "-" << c.d;
}

TEST(Validators, Mgrs) {
  struct {
    int zone;
    const char* letters;
    bool want;
  } cases[] = {{42, "SWD", true},  {42, "SAD", false}, {1, "CAA", true},  {2, "CJA", true},
               {2, "CAA", false}, {42, "IWD", false}, {42, "OWD", false}, {42, "YWD", false},
               {42, "SWW", false}, {0, "SWD", false},  {61, "SWD", false}, {60, "XSV", true}};
  for (const auto& c : cases) {
    EXPECT_EQ(MgrsSquareValid(c.zone, c.letters[0], c.letters[1], c.letters[2]), c.want)
        << c.zone << c.letters;
  }
}

TEST(Validators, Months) {
  EXPECT_EQ(MonthFromName("March"), 3);
  EXPECT_EQ(MonthFromName("mar"), 3);
  EXPECT_EQ(MonthFromName("SEPT"), 9);
  EXPECT_EQ(MonthFromName("Sep"), 9);
  EXPECT_EQ(MonthFromName("december"), 12);
  EXPECT_EQ(MonthFromName("marc"), 0);
  EXPECT_EQ(MonthFromName("ma"), 0);
  EXPECT_EQ(MonthFromName("SEPTEMBER"), 9);
  EXPECT_EQ(MonthFromName("Jul"), 7);
  EXPECT_EQ(MonthFromName("July"), 7);
  EXPECT_EQ(MonthFromName("sepx"), 0);
  EXPECT_EQ(MonthFromName("septe"), 0);
  EXPECT_EQ(MonthFromName("mayy"), 0);
  EXPECT_EQ(MonthFromName("Mai"), 0);
  EXPECT_EQ(MonthFromName("Decembers"), 0);
}

TEST(PatternTable, RowsAreWellFormed) {
  std::set<std::string> names;
  for (const PatternSpec& p : PatternTable()) {
    EXPECT_TRUE(names.insert(p.name).second) << "duplicate name " << p.name;
    EXPECT_GE(p.base, 0.0f);
    EXPECT_LE(p.base, 1.0f);
    if (!p.context.words.empty()) {
      EXPECT_GT(p.context.window, 0) << p.name;
      for (std::string_view w : p.context.words) {
        for (char c : w) EXPECT_FALSE(c >= 'A' && c <= 'Z') << p.name << ": context words are lower case";
      }
    }
    if (p.context.required) {
      EXPECT_FALSE(p.context.words.empty()) << p.name;
    }
  }
}

}  // namespace
}  // namespace tearline::patterns
