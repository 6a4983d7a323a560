// DATE generalization (transform_internal.h, GeneralizeDate).
#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "transform_internal.h"

namespace tearline {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                                      "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 7> kWeekdays = {"monday", "tuesday", "wednesday", "thursday",
                                                       "friday", "saturday", "sunday"};

// 1-12 for a month name (full, 3-letter, or "sept"), 0 otherwise. `w` is lower case.
int MonthOf(std::string_view w) {
  for (size_t i = 0; i < kMonths.size(); ++i) {
    std::string full(kMonths[i]);
    for (char& c : full) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (w == full || (w.size() == 3 && full.compare(0, 3, w) == 0)) return static_cast<int>(i) + 1;
  }
  return w == "sept" ? 9 : 0;
}

bool IsWeekday(std::string_view w) {
  for (std::string_view d : kWeekdays)
    if (w == d || (w.size() == 3 && d.substr(0, 3) == w)) return true;
  return false;
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysIn(int month, int year) {  // year 0 = unknown (February allows 29)
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && year != 0 && !IsLeap(year)) return 28;
  return kDays[month - 1];
}

struct Tok {
  enum Type { kNum, kWord, kSep } type = kSep;
  int value = 0;    // kNum
  int digits = 0;   // kNum
  std::string word; // kWord, lower case
  char sep = 0;     // kSep
};

bool Tokenize(std::string_view s, std::vector<Tok>* out) {
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (std::isdigit(c)) {
      Tok t;
      t.type = Tok::kNum;
      while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) {
        if (++t.digits > 4) return false;
        t.value = t.value * 10 + (s[i++] - '0');
      }
      out->push_back(t);
    } else if (std::isalpha(c)) {
      Tok t;
      t.type = Tok::kWord;
      while (i < s.size() && std::isalpha(static_cast<unsigned char>(s[i])))
        t.word += static_cast<char>(std::tolower(static_cast<unsigned char>(s[i++])));
      out->push_back(t);
    } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == '/' || c == '-' || c == '.') {
      Tok t;
      t.type = Tok::kSep;
      t.sep = c == '\t' || c == '\n' || c == '\r' ? ' ' : static_cast<char>(c);
      out->push_back(t);
      ++i;
    } else {
      return false;  // anything else, including non-ASCII: not parsed
    }
  }
  return true;
}

int ExpandYear(const Tok& t) {
  if (t.digits == 4) return t.value >= 1000 ? t.value : 0;
  if (t.digits == 2) return t.value < 70 ? 2000 + t.value : 1900 + t.value;
  return 0;
}

struct Ymd {
  int year = 0;   // 0 = not written
  int month = 0;  // 0 = not written
  int day = 0;    // 0 = not written
};

bool Valid(const Ymd& d) {
  if (d.month < 0 || d.month > 12) return false;
  if (d.day != 0 && (d.month == 0 || d.day < 1 || d.day > DaysIn(d.month, d.year))) return false;
  return d.year != 0 || d.month != 0;
}

// "2021-03-03", "2021-03", "2021-03-03T10:00..." (time ignored).
std::optional<Ymd> ParseIso(std::string_view s) {
  auto digits = [&](size_t at, size_t n) {
    if (at + n > s.size()) return -1;
    int v = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(s[i]))) return -1;
      v = v * 10 + (s[i] - '0');
    }
    return v;
  };
  int y = digits(0, 4), m = digits(5, 2);
  if (y < 1000 || s.size() < 7 || s[4] != '-' || m < 0) return std::nullopt;
  if (s.size() == 7) return Ymd{y, m, 0};
  int d = digits(8, 2);
  if (s[7] != '-' || d < 0) return std::nullopt;
  if (s.size() == 10) return Ymd{y, m, d};
  char t = s[10];
  if ((t == 'T' || t == 't' || t == ' ') && s.size() > 11 && std::isdigit(static_cast<unsigned char>(s[11])))
    return Ymd{y, m, d};
  return std::nullopt;
}

std::optional<Ymd> ParseNumericRaw(const std::vector<Tok>& toks);

// Only numbers and one kind of separator among '/', '-', '.'. Every written
// day and month must be non-zero.
std::optional<Ymd> ParseNumeric(const std::vector<Tok>& toks) {
  std::optional<Ymd> d = ParseNumericRaw(toks);
  size_t nums = 0;
  for (const Tok& t : toks) nums += t.type == Tok::kNum;
  if (!d || (nums >= 2 && d->month == 0) || (nums == 3 && d->day == 0)) return std::nullopt;
  return d;
}

std::optional<Ymd> ParseNumericRaw(const std::vector<Tok>& toks) {
  std::vector<Tok> nums;
  char sep = 0;
  for (size_t i = 0; i < toks.size(); ++i) {
    const Tok& t = toks[i];
    if (t.type == Tok::kNum) {
      if ((i % 2) != 0) return std::nullopt;
      nums.push_back(t);
    } else if (t.type == Tok::kSep && (i % 2) == 1 && t.sep != ' ' && t.sep != ',' && (sep == 0 || sep == t.sep)) {
      sep = t.sep;
    } else {
      return std::nullopt;
    }
  }
  if (nums.size() == 3) {
    const Tok &a = nums[0], &b = nums[1], &c = nums[2];
    if (a.digits == 4) {  // Y/M/D
      if (ExpandYear(a) == 0 || b.digits > 2 || c.digits > 2) return std::nullopt;
      return Ymd{ExpandYear(a), b.value, c.value};
    }
    if (a.digits > 2 || b.digits > 2 || (c.digits != 4 && c.digits != 2)) return std::nullopt;
    int year = ExpandYear(c);
    if (year == 0) return std::nullopt;
    if (b.value > 12 && a.value <= 12) return Ymd{year, a.value, b.value};  // M/D/Y: the middle cannot be a month
    return Ymd{year, b.value, a.value};                                      // D/M/Y
  }
  if (nums.size() == 2) {  // M/YYYY or YYYY/MM
    const Tok &a = nums[0], &b = nums[1];
    if (a.digits == 4 && b.digits <= 2 && ExpandYear(a) != 0) return Ymd{ExpandYear(a), b.value, 0};
    if (b.digits == 4 && a.digits <= 2 && ExpandYear(b) != 0) return Ymd{ExpandYear(b), a.value, 0};
    return std::nullopt;
  }
  if (nums.size() == 1 && nums[0].digits == 4 && ExpandYear(nums[0]) != 0) return Ymd{ExpandYear(nums[0]), 0, 0};
  return std::nullopt;
}

// Forms with a month name, in any order of D M Y written in English.
std::optional<Ymd> ParseWords(const std::vector<Tok>& toks) {
  struct Item {
    bool month;
    Tok tok;
    int m;
  };
  std::vector<Item> items;
  for (size_t i = 0; i < toks.size(); ++i) {
    const Tok& t = toks[i];
    if (t.type == Tok::kSep) continue;
    if (t.type == Tok::kNum) {
      items.push_back({false, t, 0});
      continue;
    }
    const std::string& w = t.word;
    bool after_num = i > 0 && toks[i - 1].type == Tok::kNum;
    if (after_num && (w == "st" || w == "nd" || w == "rd" || w == "th")) continue;
    if (w == "of" || w == "the" || IsWeekday(w)) continue;
    int m = MonthOf(w);
    if (m == 0) return std::nullopt;
    items.push_back({true, t, m});
  }
  int months = 0;
  for (const Item& it : items) months += it.month;
  if (months != 1 || items.size() > 3) return std::nullopt;
  auto day_or_year = [](const Tok& t, bool prefer_year, Ymd* d) {
    if (t.digits == 4) return (d->year = ExpandYear(t)) != 0;
    if (!prefer_year && t.digits <= 2) return (d->day = t.value) != 0;
    if (prefer_year && t.digits == 2) return (d->year = ExpandYear(t)) != 0;
    return false;
  };
  Ymd d;
  if (items.size() == 1) return Ymd{0, items[0].m, 0};
  if (items.size() == 2) {
    const Item& num = items[0].month ? items[1] : items[0];
    d.month = items[0].month ? items[0].m : items[1].m;
    if (!day_or_year(num.tok, false, &d)) return std::nullopt;
    return d;
  }
  // Three items: D M Y, M D Y or Y M D.
  if (items[1].month) {  // D M Y or Y M D
    d.month = items[1].m;
    if (items[0].tok.digits == 4) {
      if (!day_or_year(items[0].tok, true, &d) || items[2].tok.digits > 2) return std::nullopt;
      d.day = items[2].tok.value;
      return d;
    }
    if (items[0].tok.digits > 2 || !day_or_year(items[2].tok, true, &d)) return std::nullopt;
    d.day = items[0].tok.value;
    return d;
  }
  if (items[0].month && !items[1].month && !items[2].month) {  // M D Y
    d.month = items[0].m;
    if (items[1].tok.digits > 2 || !day_or_year(items[2].tok, true, &d)) return std::nullopt;
    d.day = items[1].tok.value;
    return d;
  }
  return std::nullopt;
}

std::string_view Trim(std::string_view s) {
  const char* ws = " \t\r\n";
  size_t b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(ws) - b + 1);
}

// Several dates written as one ("14 and 27 July 1999", "between 3 March and
// 9 April 2021", "February and March 2001"): only month names, day numbers
// (1-31, ordinals), four-digit years and the words between/from/and/to/of,
// with an "and" or "to" and no '/' or '-'.
// Generalized to what all parts share: one month and year -> "July 1999";
// one year -> "2001" (also for kMonth: coarser, never finer); otherwise none.
std::optional<std::string> GeneralizeRange(const std::vector<Tok>& toks, GeneralizeLevel level) {
  std::vector<int> months, years;
  int parts = 0;
  bool joined = false;  // an "and" or "to" joins the parts
  for (size_t i = 0; i < toks.size(); ++i) {
    const Tok& t = toks[i];
    if (t.type == Tok::kSep) {
      if (t.sep == '/' || t.sep == '-') return std::nullopt;  // a numeric date, not a range
      continue;
    }
    if (t.type == Tok::kNum) {
      if (t.digits == 4 && t.value >= 1000) {
        years.push_back(t.value);
      } else if (t.digits <= 2 && t.value >= 1 && t.value <= 31) {
        ++parts;
      } else {
        return std::nullopt;
      }
      continue;
    }
    if (int m = MonthOf(t.word)) {
      months.push_back(m);
      ++parts;
      continue;
    }
    const bool ordinal = (t.word == "st" || t.word == "nd" || t.word == "rd" || t.word == "th") && i > 0 &&
                         toks[i - 1].type == Tok::kNum;
    joined = joined || t.word == "and" || t.word == "to";
    if (!ordinal && t.word != "between" && t.word != "from" && t.word != "and" && t.word != "to" && t.word != "of") {
      return std::nullopt;
    }
  }
  if (!joined || parts < 2 || (months.empty() && years.empty())) return std::nullopt;
  auto one = [](std::vector<int> v) {
    std::sort(v.begin(), v.end());
    return !v.empty() && v.front() == v.back();
  };
  if (!years.empty() && !one(years)) return std::nullopt;
  const std::string year = years.empty() ? "" : std::to_string(years.front());
  if (level == GeneralizeLevel::kMonth && one(months)) {
    std::string out(kMonths[months.front() - 1]);
    if (!year.empty()) out += " " + year;
    return out;
  }
  if ((level == GeneralizeLevel::kMonth || level == GeneralizeLevel::kYear) && !year.empty()) return year;
  return std::nullopt;
}

}  // namespace

std::optional<std::string> GeneralizeDate(std::string_view value, GeneralizeLevel level) {
  std::string_view s = Trim(value);
  if (s.empty() || s.size() > 64) return std::nullopt;
  std::optional<Ymd> d = ParseIso(s);
  if (!d) {
    std::vector<Tok> toks;
    if (!Tokenize(s, &toks)) return std::nullopt;
    d = ParseNumeric(toks);
    if (!d) d = ParseWords(toks);
    if (!d) return GeneralizeRange(toks, level);
  }
  if (!d || !Valid(*d)) return std::nullopt;
  const std::string year = d->year ? std::to_string(d->year) : "";
  if (level == GeneralizeLevel::kYear) {
    if (year.empty()) return std::nullopt;
    return year;
  }
  if (level != GeneralizeLevel::kMonth) return std::nullopt;
  if (d->month == 0) return year;
  std::string out(kMonths[d->month - 1]);
  if (!year.empty()) out += " " + year;
  return out;
}

}  // namespace tearline
