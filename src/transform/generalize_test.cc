#include <gtest/gtest.h>

#include <random>

#include "transform_internal.h"

namespace tearline {
namespace {

constexpr const char* kNull = nullptr;  // expected: not parseable -> nullopt

std::string Show(const std::optional<std::string>& s) { return s ? *s : "<nullopt>"; }
std::string Want(const char* s) { return s ? s : "<nullopt>"; }

TEST(GeneralizeDateTest, Table) {
  struct Case {
    const char* in;
    const char* month;
    const char* year;
  } cases[] = {
      {"2021-03-03", "March 2021", "2021"},
      {"2021-03", "March 2021", "2021"},
      {"2021-03-03T10:15:00Z", "March 2021", "2021"},
      {"2021-02-29", kNull, kNull},  // not a leap year
      {"2020-02-29", "February 2020", "2020"},
      {"2021-13-01", kNull, kNull},
      {"03/04/2021", "April 2021", "2021"},   // D/M/Y
      {"4.3.2021", "March 2021", "2021"},
      {"12-11-2021", "November 2021", "2021"},
      {"03/25/2021", "March 2021", "2021"},   // middle > 12: M/D/Y
      {"25/03/2021", "March 2021", "2021"},
      {"25/13/2021", kNull, kNull},
      {"31/04/2021", kNull, kNull},           // April has 30 days
      {"2021/03/04", "March 2021", "2021"},   // Y/M/D
      {"3/4/21", "April 2021", "2021"},
      {"3/4/85", "April 1985", "1985"},
      {"03/2021", "March 2021", "2021"},
      {"3/4-2021", kNull, kNull},             // mixed separators
      {"00/03/2021", kNull, kNull},
      {"3 March 2021", "March 2021", "2021"},
      {"3rd March 2021", "March 2021", "2021"},
      {"3rd of March, 2021", "March 2021", "2021"},
      {"the 21st of September 2020", "September 2020", "2020"},
      {"March 3, 2021", "March 2021", "2021"},
      {"MARCH 3rd 2021", "March 2021", "2021"},
      {"Mar 3, 2021", "March 2021", "2021"},
      {"3-Mar-21", "March 2021", "2021"},
      {"Wednesday, 3 March 2021", "March 2021", "2021"},
      {"Sept. 9, 1999", "September 1999", "1999"},
      {"2021 March 3", "March 2021", "2021"},
      {"3rd of March", "March", kNull},
      {"March 3", "March", kNull},
      {"March 2021", "March 2021", "2021"},
      {"March", "March", kNull},
      {"2021", "2021", "2021"},
      {"30 February 2021", kNull, kNull},
      {"32 March 2021", kNull, kNull},
      {"3 Marchh 2021", kNull, kNull},
      {"3 March 2021 at noon", kNull, kNull},
      {"March April 2021", kNull, kNull},
      {"3 mars 2021", kNull, kNull},
      {"\xd9\xa3 March 2021", kNull, kNull},  // non-ASCII digit
      {"yesterday", kNull, kNull},
      {"", kNull, kNull},
      {"12345", kNull, kNull},
      // Ranges: what all parts share.
      {"14 and 27 July 1999", "July 1999", "1999"},
      {"between 20 and 23 November 2026", "November 2026", "2026"},
      {"between 3 March and 9 April 2021", "2021", "2021"},
      {"7 January, 18 February and 25 October 2004", "2004", "2004"},
      {"February and March 2001", "2001", "2001"},
      {"the 3rd and 5th of May 2020", kNull, kNull},  // "the" is not a range word
      {"3rd and 5th of May 2020", "May 2020", "2020"},
      {"between 1999 and 2001", kNull, kNull},         // two years: nothing shared
      {"14 and 27 July", "July", kNull},
      {"3 and 4", kNull, kNull},
      {"three years", kNull, kNull},                   // a duration is not a date
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.in);
    EXPECT_EQ(Show(GeneralizeDate(c.in, GeneralizeLevel::kMonth)), Want(c.month));
    EXPECT_EQ(Show(GeneralizeDate(c.in, GeneralizeLevel::kYear)), Want(c.year));
  }
}

TEST(GeneralizeCoordinateTest, Table) {
  struct Case {
    const char* in;
    double km;
    const char* want;
  } cases[] = {
      // Decimal pairs. Expected centres computed independently (Python, same grid definition).
      {"34.5553, 69.2075", 10, "34.55, 69.17"},
      {"34.5553 69.2075", 10, "34.55, 69.17"},
      {"34.5553N 69.2075E", 10, "34.55, 69.17"},
      {"N34.5553 E69.2075", 10, "34.55, 69.17"},
      {"34.5553\u00b0 N, 69.2075\u00b0 E", 10, "34.55, 69.17"},
      {"69.2075E 34.5553N", 10, "34.55, 69.17"},  // longitude first, told by the letters
      {"34.5570, 69.2010", 10, "34.55, 69.17"},   // same cell, same output
      // DMS: 34 deg 33' 19" = 34.5553; 69 deg 12' 27" = 69.2075.
      {"34\u00b033'19\"N 69\u00b012'27\"E", 10, "34.55, 69.17"},
      {"34\u00b0 33\u2032 19\u2033 N, 69\u00b0 12\u2032 27\u2033 E", 10, "34.55, 69.17"},
      {"34\u00b033.3'N 69\u00b012.45'E", 10, "34.55, 69.17"},
      {"34 33 19 N 69 12 27 E", 10, "34.55, 69.17"},
      // Southern and western hemispheres.
      {"-33.9249, 18.4241", 10, "-33.90, 18.44"},
      {"33.9249S 18.4241E", 10, "-33.90, 18.44"},
      {"40.7128 N, 74.0060 W", 100, "40.7, -73.9"},
      {"0.0001, 0.0001", 1000, "4, -4"},
      // Coarser and finer grids change the precision.
      {"34.5553, 69.2075", 1, "34.555, 69.207"},
      {"34.5553, 69.2075", 100, "34.4, 68.8"},
      // MGRS: truncation to the grid.
      {"42S WD 12345 67890", 10, "42S WD 1 6"},
      {"42SWD1234567890", 10, "42S WD 1 6"},
      {"42S WD 1234 6789", 1, "42S WD 12 67"},
      {"42S WD 12345 67890", 5, "42S WD 1 6"},
      {"42S WD 12345 67890", 100, "42S WD"},
      {"42S WD 12345 67890", 500, "42S"},
      {"42s wd 12 67", 1, "42S WD 12 67"},  // exactly 1 km precision: kept
      {"42S WD 1 6", 1, "42S WD 1 6"},      // coarser than the grid: kept
      {"4Q FJ 123 678", 10, "4Q FJ 1 6"},
      // Not coordinates.
      {"42S WD 12345 6789", 10, kNull},  // odd digit count
      {"61S WD 12 34", 10, kNull},
      {"42I WD 12 34", 10, kNull},
      {"91.0, 10.0", 10, kNull},
      {"10.0, 181.0", 10, kNull},
      {"34.5553", 10, kNull},
      {"34.5, 69.2, 12.0", 10, kNull},
      {"34.5553N 69.2075N", 10, kNull},
      {"-34.5S 69.2E", 10, kNull},
      {"34\u00b061'N 69\u00b012'E", 10, kNull},
      {"North 34.5, East 69.2", 10, kNull},
      {"Kabul", 10, kNull},
      {"", 10, kNull},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(std::string(c.in) + " @" + std::to_string(c.km));
    EXPECT_EQ(Show(GeneralizeCoordinate(c.in, c.km)), Want(c.want));
  }
}

TEST(GeneralizeCoordinateTest, OutputIsTheSameForEveryPointOfACell) {
  // Points 1 m apart straddling no boundary give one output; the output never
  // equals the input precision.
  auto a = GeneralizeCoordinate("12.3456, 45.6789", 10);
  auto b = GeneralizeCoordinate("12.3457, 45.6788", 10);
  ASSERT_TRUE(a && b);
  EXPECT_EQ(*a, *b);
}

TEST(GeneralizePhoneTest, Table) {
  struct Case {
    const char* in;
    const char* want;
  } cases[] = {
      {"+93 70 123 4567", "+93"},
      {"+93701234567", "+93"},
      {"+1 (555) 010-9999", "+1"},
      {"+44 20 7946 0000", "+44"},
      {"+7 912 000 00 00", "+7"},
      {"+971-4-000-0000", "+971"},
      {"+880 1700 000000", "+880"},
      {"+683 4000", "+683"},
      {"0701234567", kNull},        // national format
      {"0093 70 123 4567", kNull},  // not E.164
      {"+93 70 123 4567 ext 12", kNull},
      {"+0 123 4567", kNull},
      {"+28 1234 5678", kNull},     // unassigned code
      {"+93 12", kNull},            // too short
      {"+93 1234 5678 9012 3456", kNull},
      {"+", kNull},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.in);
    EXPECT_EQ(Show(GeneralizePhone(c.in)), Want(c.want));
  }
}

TEST(GeneralizeIpTest, Table) {
  struct Case {
    const char* in;
    const char* want;
  } cases[] = {
      {"192.0.2.77", "192.0.2.0/24"},
      {"10.20.30.40", "10.20.30.0/24"},
      {"10.20.30.40/16", "10.20.0.0/16"},
      {"10.20.30.40/28", "10.20.30.0/24"},
      {"2001:db8:1234:5678::1", "2001:db8:1234::/48"},
      {"[2001:db8:abcd:12::7]", "2001:db8:abcd::/48"},
      {"2001:db8::/32", "2001:db8::/32"},
      {"::ffff:192.0.2.1", "::/48"},
      {"256.1.1.1", kNull},
      {"1.2.3", kNull},
      {"1.2.3.4:8080", kNull},
      {"fe80::1%eth0", kNull},
      {"10.0.0.1/33", kNull},
      {"host.example", kNull},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.in);
    EXPECT_EQ(Show(GeneralizeIp(c.in)), Want(c.want));
  }
}

TEST(GeneralizeTest, LevelMustMatchKind) {
  Action month{ActionType::kGeneralize, GeneralizeLevel::kMonth, 0};
  Action km{ActionType::kGeneralize, GeneralizeLevel::kGridKm, 10};
  Action country{ActionType::kGeneralize, GeneralizeLevel::kCountryCode, 0};
  Action network{ActionType::kGeneralize, GeneralizeLevel::kNetwork, 0};
  EXPECT_EQ(Show(Generalize(Kind::kDate, month, "2021-03-03")), "March 2021");
  EXPECT_FALSE(Generalize(Kind::kPerson, month, "2021-03-03"));
  EXPECT_FALSE(Generalize(Kind::kDate, km, "2021-03-03"));
  EXPECT_EQ(Show(Generalize(Kind::kCoordinate, km, "1.0, 1.0")), "1.04, 0.99");
  EXPECT_FALSE(Generalize(Kind::kCoordinate, Action{ActionType::kGeneralize, GeneralizeLevel::kGridKm, 0}, "1.0, 1.0"));
  EXPECT_EQ(Show(Generalize(Kind::kPhone, country, "+93 70 123 4567")), "+93");
  EXPECT_FALSE(Generalize(Kind::kIp, country, "+93 70 123 4567"));
  EXPECT_EQ(Show(Generalize(Kind::kIp, network, "192.0.2.1")), "192.0.2.0/24");
  EXPECT_FALSE(Generalize(Kind::kIp, Action{ActionType::kRedact, GeneralizeLevel::kNetwork, 0}, "192.0.2.1"));
}

}  // namespace
}  // namespace tearline

namespace tearline {
namespace {

// Random strings over the characters the parsers look at: no crash, and any
// result has the documented shape.
TEST(GeneralizeTest, RandomStringsAreSafe) {
  std::mt19937 rng(99);
  const std::vector<std::string> atoms = {"0", "1", "3", "9", "12", "2021", ".", "-", "+", "/", ",", " ", ":", "[", "]",
                                          "N", "S", "E", "W", "\u00b0", "'", "\"", "\u2032", "March", "of", "rd", "T",
                                          "WD", "42S", "::", "ff", "\xc3\xa9"};
  for (int i = 0; i < 20000; ++i) {
    std::string s;
    int n = 1 + rng() % 10;
    for (int j = 0; j < n; ++j) s += atoms[rng() % atoms.size()];
    auto d = GeneralizeDate(s, GeneralizeLevel::kMonth);
    auto c = GeneralizeCoordinate(s, 1 + rng() % 200);
    auto p = GeneralizePhone(s);
    auto ip = GeneralizeIp(s);
    EXPECT_TRUE(!d || !d->empty()) << s;
    EXPECT_TRUE(!c || !c->empty()) << s;
    EXPECT_TRUE(!p || (p->size() >= 2 && p->size() <= 4 && (*p)[0] == '+')) << s;
    EXPECT_TRUE(!ip || ip->find('/') != std::string::npos) << s;
  }
}

}  // namespace
}  // namespace tearline
