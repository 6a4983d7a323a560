// MatchTextDates: the two date regexes, unrolled around the month name. Each
// optional part is tried both ways; where the next byte decides (a digit, a
// letter, '.', ',' or ' '), only one way can succeed.
#include "text_dates.h"

#include <algorithm>

namespace tearline::patterns {
namespace {

constexpr std::string_view kNames[] = {
    "January", "February", "March", "April",   "May",      "June",     "July",    "August",  "September",
    "October", "November", "December", "Jan",  "Feb",      "Mar",      "Apr",     "Jun",     "Jul",
    "Aug",     "Sept",     "Sep",      "Oct",  "Nov",      "Dec",      "JANUARY", "FEBRUARY", "MARCH",
    "APRIL",   "MAY",      "JUNE",     "JULY", "AUGUST",   "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER",
    "JAN",     "FEB",      "MAR",      "APR",  "JUN",      "JUL",      "AUG",     "SEPT",    "SEP",
    "OCT",     "NOV",      "DEC"};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsWord(char c) {
  return IsDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

class Text {
 public:
  explicit Text(std::string_view t) : t_(t) {}
  size_t size() const { return t_.size(); }
  // Byte at i, or 0 outside the text (0 is neither digit, word byte nor
  // any byte the regexes name).
  char at(size_t i) const { return i < t_.size() ? t_[i] : '\0'; }
  char before(size_t i, size_t k) const { return i >= k ? t_[i - k] : '\0'; }  // at(i - k)
  bool Digit(size_t i) const { return IsDigit(at(i)); }
  // \b at offset i (0 <= i <= size).
  bool Boundary(size_t i) const {
    const bool left = i > 0 && IsWord(t_[i - 1]);
    const bool right = i < t_.size() && IsWord(t_[i]);
    return left != right;
  }
  // (?:st|nd|rd|th) at [i, i + 2).
  bool Suffix(size_t i) const {
    if (i + 2 > t_.size()) return false;
    std::string_view s = t_.substr(i, 2);
    return s == "st" || s == "nd" || s == "rd" || s == "th";
  }
  // \d{4} at [i, i + 4) followed by \b.
  bool Year(size_t i) const {
    return i + 4 <= t_.size() && Digit(i) && Digit(i + 1) && Digit(i + 2) && Digit(i + 3) && Boundary(i + 4);
  }

 private:
  std::string_view t_;
};

constexpr size_t kNone = SIZE_MAX;

// Smallest s such that text[s, t) matches \b\d{1,2}, or kNone.
size_t DayStart(const Text& x, size_t t) {
  size_t best = kNone;
  for (size_t k = 2; k >= 1; --k) {
    if (t < k) continue;
    bool digits = true;
    for (size_t j = t - k; j < t; ++j) digits = digits && x.Digit(j);
    if (digits && x.Boundary(t - k)) best = std::min(best, t - k);
  }
  return best;
}

// The end of \.?,?[ ]\d{4}\b from i (separators as given), or kNone.
size_t YearEnd(const Text& x, size_t i, bool allow_dot) {
  if (allow_dot && x.at(i) == '.') ++i;
  if (x.at(i) == ',') ++i;
  if (x.at(i) != ' ') return kNone;
  return x.Year(i + 1) ? i + 5 : kNone;
}

void DayMonth(const Text& x, size_t a, size_t b, uint32_t row, std::vector<RawMatch>& out) {
  // \b\d{1,2}(?:st|nd|rd|th)?(?:[ ]of)?[ ] ending at a.
  if (x.before(a, 1) != ' ') return;
  size_t start = kNone;
  const size_t q = a - 1;
  for (int of = 0; of < 2; ++of) {
    size_t r = q;
    if (of == 1) {
      if (!(x.before(q, 3) == ' ' && x.before(q, 2) == 'o' && x.before(q, 1) == 'f')) continue;
      r = q - 3;
    }
    start = std::min(start, DayStart(x, r));
    if (r >= 2 && x.Suffix(r - 2)) start = std::min(start, DayStart(x, r - 2));
  }
  if (start == kNone) return;
  out.push_back(RawMatch{row, start, b});
  const size_t year_end = YearEnd(x, b, true);
  if (year_end != kNone) out.push_back(RawMatch{row, start, year_end});
}

void MonthDay(const Text& x, size_t a, size_t b, uint32_t row, std::vector<RawMatch>& out) {
  size_t c = b;
  if (x.at(c) == '.') ++c;
  if (x.at(c) != ' ') return;
  ++c;
  // \d{1,2}(?:st|nd|rd|th)?\b(?:,?[ ]\d{4}\b)?
  for (size_t k = 1; k <= 2; ++k) {
    if (!x.Digit(c) || (k == 2 && !x.Digit(c + 1))) continue;
    for (int suffix = 0; suffix < 2; ++suffix) {
      size_t u = c + k;
      if (suffix == 1) {
        if (!x.Suffix(u)) continue;
        u += 2;
      }
      if (!x.Boundary(u)) continue;
      out.push_back(RawMatch{row, a, u});
      const size_t year_end = YearEnd(x, u, false);
      if (year_end != kNone) out.push_back(RawMatch{row, a, year_end});
    }
  }
  // \d{4}\b
  if (x.Year(c)) out.push_back(RawMatch{row, a, c + 4});
}

}  // namespace

std::span<const std::string_view> MonthNames() { return kNames; }

void MatchTextDates(std::string_view text, size_t month_begin, size_t month_end, uint32_t day_month_row,
                    uint32_t month_day_row, std::vector<RawMatch>& out) {
  const Text x(text);
  DayMonth(x, month_begin, month_end, day_month_row, out);
  MonthDay(x, month_begin, month_end, month_day_row, out);
}

}  // namespace tearline::patterns
