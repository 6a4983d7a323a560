#include "text_dates.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "tearline/patterns.h"

namespace tearline::patterns {
namespace {

TEST(TextDates, MonthNamesAreTheRegexAlternation) {
  std::string joined = "(?:";
  for (std::string_view n : MonthNames()) joined += std::string(n) + "|";
  joined.back() = ')';
  EXPECT_EQ(joined, TL_MONTHS);
}

// The engine only uses the matcher when the table rows hold its regexes; if
// a row changes, this fails so that the matcher is updated with it.
TEST(TextDates, TableRowsUseTheMatchedRegexes) {
  int found = 0;
  for (const PatternSpec& p : PatternTable()) {
    if (std::string_view(p.name) == "date_day_month") {
      EXPECT_EQ(p.regex, kDayMonthRegex);
      EXPECT_FALSE(p.caseless);
      ++found;
    }
    if (std::string_view(p.name) == "date_month_day") {
      EXPECT_EQ(p.regex, kMonthDayRegex);
      EXPECT_FALSE(p.caseless);
      ++found;
    }
  }
  EXPECT_EQ(found, 2);
}

// "[begin,end)" of each raw match, row 0 = day_month, 1 = month_day, sorted.
std::string Matches(std::string_view text, std::string_view month) {
  size_t b = text.find(month);
  std::vector<RawMatch> out;
  MatchTextDates(text, b, b + month.size(), 0, 1, out);
  std::sort(out.begin(), out.end(), [](const RawMatch& x, const RawMatch& y) {
    return std::tie(x.pattern, x.begin, x.end) < std::tie(y.pattern, y.begin, y.end);
  });
  std::string s;
  for (const RawMatch& m : out) {
    if (!s.empty()) s += " ";
    s += (m.pattern == 0 ? "dm[" : "md[") + std::to_string(m.begin) + "," + std::to_string(m.end) + ")";
  }
  return s;
}

TEST(TextDates, Table) {
  struct Case {
    const char* text;
    const char* month;
    const char* want;
  } cases[] = {
      {"3 March", "March", "dm[0,7)"},
      {"on 13 March 2021.", "March", "dm[3,11) dm[3,16) md[6,16)"},
      {"the 3rd of March, 2021", "March", "dm[4,16) dm[4,22)"},
      {"31st Dec. 1999", "Dec", "dm[0,8) dm[0,14) md[5,14)"},
      {"123 March", "March", ""},     // \b before one or two digits
      {"a3 March", "March", ""},      // \b before the day
      {"3  March", "March", ""},      // one space only
      {"3 March 20211", "March", "dm[0,7)"},
      {"March 3", "March", "md[0,7)"},
      {"March 3, 2021", "March", "md[0,7) md[0,13)"},
      {"Mar. 31st 2021", "Mar", "md[0,9) md[0,14)"},
      {"March 2021", "March", "md[0,10)"},
      {"March 12345", "March", ""},
      {"March 3a", "March", ""},
      {"March 3th, 1999x", "March", "md[0,9)"},
      {"4 May 2020 and", "May", "dm[0,5) dm[0,10) md[2,10)"},
      {"May 20", "May", "md[0,6)"},
      {"7 of June", "June", "dm[0,9)"},
      {"7th of June 2", "June", "dm[0,11) md[7,13)"},
  };
  for (const Case& c : cases) EXPECT_EQ(Matches(c.text, c.month), c.want) << c.text;
}

}  // namespace
}  // namespace tearline::patterns
