// Text dates: a hand-written matcher for the two month-name date patterns of
// the table (date_day_month, date_month_day), used by the Hyperscan engine
// instead of start-of-match scanning. Internal to src/detect; checked against
// the regexes by the differential test.
//
// THREAD SAFETY
//   Pure functions over caller-owned buffers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "tearline/patterns.h"

// The month-name alternation of the date regexes. kMonthNames below lists
// the same names in the same order (checked by a test).
#define TL_MONTHS                                                                                 \
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
  "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|"                                           \
  "JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|"      \
  "JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)"

namespace tearline::patterns {

// The alternatives of TL_MONTHS, in order.
std::span<const std::string_view> MonthNames();

// The regexes MatchTextDates implements (case-sensitive). The engine uses
// the matcher only for table rows whose regex is exactly one of these.
inline constexpr std::string_view kDayMonthRegex =
    "\\b\\d{1,2}(?:st|nd|rd|th)?(?:[ ]of)?[ ]" TL_MONTHS "\\b(?:\\.?,?[ ]\\d{4}\\b)?";
inline constexpr std::string_view kMonthDayRegex =
    "\\b" TL_MONTHS "\\b\\.?[ ](?:\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?[ ]\\d{4}\\b)?|\\d{4}\\b)";

// Appends to `out` the raw matches (see RawMatch) of kDayMonthRegex (as row
// `day_month_row`) and kMonthDayRegex (as row `month_day_row`) whose month name is
// text[month_begin, month_end), each with the smallest start of a match
// ending at its end. Every match of these regexes holds exactly one month
// name with \b on both sides, and all matches with one end hold the same one,
// so calling this for every such name yields exactly their raw matches.
// REQUIRES: text[month_begin, month_end) is one of MonthNames() with \b on
// both sides in text.
void MatchTextDates(std::string_view text, size_t month_begin, size_t month_end, uint32_t day_month_row,
                    uint32_t month_day_row, std::vector<RawMatch>& out);

}  // namespace tearline::patterns
