#include "validators.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

#include "tearline/patterns.h"

namespace tearline::patterns {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAlnum(char c) { return IsDigit(c) || IsAlpha(c); }
bool IsHex(char c) { return IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
bool IsNumSep(char c) { return c == '.' || c == '/' || c == '-' || c == ','; }

// Only the left edge of NumberEdgesClear.
bool LeftEdgeClear(std::string_view t, size_t b) {
  if (b == 0) return true;
  const char c = t[b - 1];
  return !IsAlnum(c) && !(IsNumSep(c) && b > 1 && IsDigit(t[b - 2]) && b < t.size() && IsDigit(t[b]));
}

// True when the span is not glued to a longer number or word: the byte before
// is no letter/digit and, when the span opens on a digit, not a separator
// preceded by a digit ("1/12/34"); the same after the end (a code that opens
// on a letter may follow a number's field: "0345-8274411,COI-BL-3318/24").
bool NumberEdgesClear(std::string_view t, size_t b, size_t e) {
  if (!LeftEdgeClear(t, b)) return false;
  if (e < t.size()) {
    char c = t[e];
    if (IsAlnum(c)) return false;
    if (IsNumSep(c) && e + 1 < t.size() && IsDigit(t[e + 1]) && IsDigit(t[e - 1])) return false;
  }
  return true;
}

// Only the right edge of NumberEdgesClear.
bool RightEdgeClear(std::string_view t, size_t e) {
  if (e >= t.size()) return true;
  char c = t[e];
  if (IsAlnum(c)) return false;
  return !(IsNumSep(c) && e + 1 < t.size() && IsDigit(t[e + 1]));
}

// The length of the run of digits that starts at t[i] (0 when none).
size_t DigitRun(std::string_view t, size_t i) {
  size_t n = 0;
  while (i + n < t.size() && IsDigit(t[i + n])) ++n;
  return n;
}

// NumberEdgesClear for a phone number, except that a ',' between it and
// digits is a field's separator, not a thousands separator, when the group
// of digits beside the comma is not three long ("44,0803 555 0199,51" of a
// CSV row: an age, the phone, an age; "1,080 555 0199" stays one number).
bool PhoneEdgesClear(std::string_view t, size_t b, size_t e) {
  const bool left = b == 0 || (!IsAlnum(t[b - 1]) && !(IsNumSep(t[b - 1]) && b > 1 && IsDigit(t[b - 2]))) ||
                    (t[b - 1] == ',' && b > 1 && IsDigit(t[b - 2]) && DigitRun(t, b) != 3);
  const bool right = RightEdgeClear(t, e) || (e + 1 < t.size() && t[e] == ',' && DigitRun(t, e + 1) != 3);
  return left && right;
}

// A national phone number does not directly follow another digit group
// ("3704 0044 0532" inside an account number).
bool FollowsDigitGroup(std::string_view t, size_t b) {
  return b >= 2 && (t[b - 1] == ' ' || t[b - 1] == '-' || t[b - 1] == '.') && IsDigit(t[b - 2]);
}

// A digit group right after a number, one space, period or hyphen between
// ("66 98 76 54 32": the number is longer).
bool DigitGroupAfter(std::string_view t, size_t e) {
  return e + 1 < t.size() && (t[e] == ' ' || t[e] == '.' || t[e] == '-') && IsDigit(t[e + 1]);
}

// A time's colon and a digit right after a number ("2024-03-11 06:58",
// "09/09 06:30"): the number is a date and an hour.
bool TimeAfter(std::string_view t, size_t e) { return e + 1 < t.size() && t[e] == ':' && IsDigit(t[e + 1]); }

// Whether the run of n digits at s[i] reads as a year, 1900-2099.
bool IsYearRun(std::string_view s, size_t i, size_t n) {
  return n == 4 && (s.compare(i, 2, "19") == 0 || s.compare(i, 2, "20") == 0);
}

int CountDigits(std::string_view s) {
  int n = 0;
  for (char c : s) n += IsDigit(c);
  return n;
}

// Parses an unsigned decimal integer at s[*i]; advances *i. -1 if no digit.
int64_t ParseInt(std::string_view s, size_t* i, int* ndigits = nullptr) {
  int64_t v = 0;
  int n = 0;
  while (*i < s.size() && IsDigit(s[*i])) {
    if (n < 18) v = v * 10 + (s[*i] - '0');
    ++*i;
    ++n;
  }
  if (ndigits) *ndigits = n;
  return n == 0 ? -1 : v;
}

// Parses digits with an optional fraction ("12.345"); advances *i.
double ParseDecimal(std::string_view s, size_t* i, int* decimals) {
  double v = 0;
  *decimals = 0;
  while (*i < s.size() && IsDigit(s[*i])) v = v * 10 + (s[(*i)++] - '0');
  if (*i + 1 < s.size() && s[*i] == '.' && IsDigit(s[*i + 1])) {
    ++*i;
    double scale = 0.1;
    while (*i < s.size() && IsDigit(s[*i])) {
      v += (s[(*i)++] - '0') * scale;
      scale /= 10;
      ++*decimals;
    }
  }
  return v;
}

// All separator bytes (non-digits, ignoring parentheses) are the same byte.
bool UniformSeparators(std::string_view s, bool* any) {
  char sep = 0;
  *any = false;
  for (char c : s) {
    if (IsDigit(c) || c == '(' || c == ')' || c == '+') continue;
    if (sep == 0) sep = c;
    if (c != sep) return false;
    *any = true;
  }
  return true;
}

}  // namespace

bool LuhnValid(std::string_view s) {
  int sum = 0, n = 0;
  for (size_t i = s.size(); i-- > 0;) {
    if (!IsDigit(s[i])) continue;
    int d = s[i] - '0';
    if (n % 2 == 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    ++n;
  }
  return n > 0 && sum % 10 == 0;
}

bool IbanValid(std::string_view s) {
  std::array<char, 40> buf;
  size_t n = 0;
  for (char c : s) {
    if (c == ' ') continue;
    if (!(IsDigit(c) || (c >= 'A' && c <= 'Z')) || n == buf.size()) return false;
    buf[n++] = c;
  }
  if (n < 15 || n > 34) return false;
  if (!IsAlpha(buf[0]) || !IsAlpha(buf[1]) || !IsDigit(buf[2]) || !IsDigit(buf[3])) return false;
  int rem = 0;
  for (size_t k = 0; k < n; ++k) {
    char c = buf[(k + 4) % n];  // rotate the first four characters to the end
    if (IsDigit(c)) {
      rem = (rem * 10 + (c - '0')) % 97;
    } else {
      rem = (rem * 100 + (c - 'A' + 10)) % 97;
    }
  }
  return rem == 1;
}

bool DateValid(int year, int month, int day) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return false;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int max = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  return day <= max;
}

bool MgrsSquareValid(int zone, char band, char column, char row) {
  if (zone < 1 || zone > 60) return false;
  if (band < 'C' || band > 'X' || band == 'I' || band == 'O') return false;
  if (column == 'I' || column == 'O' || row == 'I' || row == 'O') return false;
  if (row < 'A' || row > 'V') return false;
  // Column letters cycle through three sets of eight: A-H, J-R, S-Z.
  static constexpr std::string_view kSets[3] = {"ABCDEFGH", "JKLMNPQR", "STUVWXYZ"};
  return kSets[(zone - 1) % 3].find(column) != std::string_view::npos;
}

int MonthFromName(std::string_view name) {
  static constexpr std::string_view kNames[] = {"january", "february", "march",     "april",
                                                "may",     "june",     "july",      "august",
                                                "september", "october", "november", "december"};
  if (name.size() < 3 || name.size() > 9) return 0;
  char low[9];
  for (size_t i = 0; i < name.size(); ++i) low[i] = Lower(name[i]);
  std::string_view l(low, name.size());
  // The three-letter prefixes of the names are distinct.
  int m = 0;
  while (m < 12 && !(kNames[m][0] == l[0] && kNames[m][1] == l[1] && kNames[m][2] == l[2])) ++m;
  if (m == 12) return 0;
  if (l.size() == 3 || l == kNames[m]) return m + 1;
  return l == "sept" ? 9 : 0;
}

namespace validators {

float Email(std::string_view text, size_t begin, size_t end, float base) {
  std::string_view s = text.substr(begin, end - begin);
  size_t at = s.find('@');
  if (at == 0 || s[0] == '.' || s[at - 1] == '.') return kReject;
  if (s.find("..") != std::string_view::npos) return kReject;
  return base;
}

float Ipv4(std::string_view text, size_t begin, size_t end, float base) {
  if (!NumberEdgesClear(text, begin, end)) return kReject;
  std::string_view s = text.substr(begin, end - begin);
  size_t i = 0;
  for (int k = 0; k < 4; ++k) {
    if (ParseInt(s, &i) > 255) return kReject;
    ++i;  // the dot
  }
  return base;
}

float Ipv6(std::string_view text, size_t begin, size_t end, float base) {
  if (begin > 0) {
    char c = text[begin - 1];
    if (IsAlnum(c) || c == ':' || c == '.' || c == '_') return kReject;
  }
  if (end < text.size()) {
    char c = text[end];
    if (IsAlnum(c) || c == ':' || c == '_') return kReject;
  }
  std::string_view s = text.substr(begin, end - begin);
  size_t dbl = s.find("::");
  if (dbl != std::string_view::npos && s.find("::", dbl + 1) != std::string_view::npos) return kReject;
  if (s.find(":::") != std::string_view::npos) return kReject;
  // Single leading or trailing colon is invalid.
  if (s[0] == ':' && dbl != 0) return kReject;
  if (s.back() == ':' && dbl != s.size() - 2) return kReject;
  int groups = 0, hexdigits = 0;
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] == ':') {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < s.size() && IsHex(s[j])) ++j;
    if (j - i > 4) return kReject;
    hexdigits += static_cast<int>(j - i);
    ++groups;
    i = j;
  }
  if (hexdigits == 0) return kReject;
  if (dbl == std::string_view::npos ? groups != 8 : groups > 7) return kReject;
  return groups <= 2 ? base * 0.5f : base;
}

float PhoneE164(std::string_view text, size_t begin, size_t end, float base) {
  if (begin > 0 && (IsAlnum(text[begin - 1]) || text[begin - 1] == '+')) return kReject;
  if (!RightEdgeClear(text, end)) return kReject;
  std::string_view s = text.substr(begin, end - begin);
  int digits = CountDigits(s);
  if (s.find("(0)") != std::string_view::npos) --digits;  // trunk prefix
  if (digits < 8 || digits > 15) return kReject;
  return base;
}

float PhoneIntl00(std::string_view text, size_t begin, size_t end, float base) {
  if (begin > 0 && (IsAlnum(text[begin - 1]) || text[begin - 1] == '+')) return kReject;
  if (FollowsDigitGroup(text, begin) || !RightEdgeClear(text, end) || TimeAfter(text, end)) return kReject;
  const int digits = CountDigits(text.substr(begin, end - begin)) - 2;
  return digits >= 8 && digits <= 15 ? base : kReject;
}

float PhoneNational(std::string_view text, size_t begin, size_t end, float base) {
  if (begin > 0 && text[begin - 1] == '+') return kReject;
  if (FollowsDigitGroup(text, begin)) return kReject;
  if (!PhoneEdgesClear(text, begin, end)) return kReject;
  std::string_view s = text.substr(begin, end - begin);
  int digits = CountDigits(s);
  if (digits < 9 || digits > 12) return kReject;
  bool any = false;
  if (!UniformSeparators(s, &any)) return kReject;
  // Ten or eleven digits in one run after a trunk 0 are a mobile as most
  // countries write one ("0944318225", "07031952286"); nine or twelve less
  // surely.
  const bool mobile_run = (digits == 10 || digits == 11) && s.size() > 1 && s[1] != '0';
  return any || s[0] == '(' || mobile_run ? base : base * 0.75f;
}

float PhoneUs(std::string_view text, size_t begin, size_t end, float base) {
  if (FollowsDigitGroup(text, begin)) return kReject;
  if (!PhoneEdgesClear(text, begin, end)) return kReject;
  std::string_view s = text.substr(begin, end - begin);
  if (s[0] != '(' && s[3] != s[7]) return kReject;  // 202-555-0143, 202.555.0143
  return base;
}

float PhoneIndia(std::string_view text, size_t begin, size_t end, float base) {
  if (begin > 0 && text[begin - 1] == '+') return kReject;
  if (FollowsDigitGroup(text, begin)) return kReject;
  if (!PhoneEdgesClear(text, begin, end)) return kReject;
  // Ten digits in one run are a phone less surely, unless they open as
  // Nepal's mobiles do ("9807114562").
  const bool nepal = text.compare(begin, 2, "98") == 0 || text.compare(begin, 2, "97") == 0;
  return end - begin == 10 && !nepal ? base * 0.75f : base;
}

float PhonePairs(std::string_view text, size_t begin, size_t end, float base) {
  if (begin > 0 && text[begin - 1] == '+') return kReject;
  if (FollowsDigitGroup(text, begin)) return kReject;
  if (!PhoneEdgesClear(text, begin, end)) return kReject;
  // A digit group right after it: a longer number ("66 98 76 54 32").
  if (end + 1 < text.size() && text[end] == ' ' && IsDigit(text[end + 1])) return kReject;
  return base;
}

namespace {

// A phone number without a country code standing alone: not after '+' or
// a digit group, edges clear, no digit group right after.
bool NationalNumberAlone(std::string_view text, size_t begin, size_t end) {
  return !(begin > 0 && text[begin - 1] == '+') && !FollowsDigitGroup(text, begin) &&
         PhoneEdgesClear(text, begin, end) && !DigitGroupAfter(text, end);
}

// A national number standing alone (NationalNumberAlone) of min_digits to
// max_digits digits, one separator throughout: base, else kReject.
float UniformNationalNumber(std::string_view text, size_t begin, size_t end, int min_digits, int max_digits,
                            float base) {
  if (!NationalNumberAlone(text, begin, end)) return kReject;
  const std::string_view s = text.substr(begin, end - begin);
  const int digits = CountDigits(s);
  if (digits < min_digits || digits > max_digits) return kReject;
  bool any = false;
  return UniformSeparators(s, &any) ? base : kReject;
}

}  // namespace

float PhoneRun8(std::string_view text, size_t begin, size_t end, float base) {
  if (!NationalNumberAlone(text, begin, end) || TimeAfter(text, end)) return kReject;
  const std::string_view s = text.substr(begin, end - begin);
  const int year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  const int month = (s[4] - '0') * 10 + (s[5] - '0'), day = (s[6] - '0') * 10 + (s[7] - '0');
  if (year >= 1900 && year <= 2099 && DateValid(year, month, day)) return kReject;
  return base;
}

float PhoneTrunkPairs(std::string_view text, size_t begin, size_t end, float base) {
  return UniformNationalNumber(text, begin, end, 9, 11, base);
}

float PhoneTrunkGroups(std::string_view text, size_t begin, size_t end, float base) {
  return UniformNationalNumber(text, begin, end, 10, 11, base);
}

float PhoneGrouped(std::string_view text, size_t begin, size_t end, float base) {
  if (!NationalNumberAlone(text, begin, end)) return kReject;
  if (TimeAfter(text, end)) return kReject;
  std::string_view s = text.substr(begin, end - begin);
  const int digits = CountDigits(s);
  if (digits < 8 || digits > 13) return kReject;
  // A date inside it, year first or last ("2024-03-11 06", "11-03-2024 0630").
  for (size_t i = 0; i + 10 <= s.size(); ++i) {
    const std::string_view w = s.substr(i, 10);
    const bool ymd = DigitRun(w, 0) == 4 && w[4] == '-' && DigitRun(w, 5) == 2 && w[7] == '-' && DigitRun(w, 8) == 2;
    const bool dmy = DigitRun(w, 0) == 2 && w[2] == '-' && DigitRun(w, 3) == 2 && w[5] == '-' && DigitRun(w, 6) == 4;
    if ((ymd || dmy) && (i == 0 || !IsDigit(s[i - 1]))) return kReject;
  }
  bool period = false, other = false;
  int years = 0, groups = 0;
  for (size_t i = 0; i < s.size();) {
    if (!IsDigit(s[i])) {
      (s[i] == '.' ? period : other) = true;
      ++i;
      continue;
    }
    size_t n = DigitRun(s, i);
    ++groups;
    if (IsYearRun(s, i, n)) ++years;
    i += n;
  }
  if (period && other) return kReject;
  if (years >= 2 && years == groups) return kReject;
  return base;
}

float Address(std::string_view text, size_t begin, size_t end, float base) {
  const size_t n = DigitRun(text, begin);
  // A number right after another reads as one longer number; a word after
  // one opens an address of its own ("Kakuma 4 block 11 house 27").
  if (n > 0 && FollowsDigitGroup(text, begin)) return kReject;
  // Glued to a digit or a '+', or inside a word (one whose first letter lies
  // beyond ASCII: "Žirm|ūnų g. 12-34", where \b sees a boundary after the
  // last ASCII letter).
  if (begin > 0 && (IsAlnum(text[begin - 1]) || text[begin - 1] == '+' ||
                    static_cast<unsigned char>(text[begin - 1]) >= 0x80)) {
    return kReject;
  }
  if (begin + n <= end && IsYearRun(text, begin, n)) return kReject;
  // A word and a year alone ("in room 2019"): a date, not a door.
  if (n == 0 && end - begin >= 4 && DigitRun(text, end - 4) == 4 && IsYearRun(text, end - 4, 4) &&
      (end - begin == 4 || !IsDigit(text[end - 5])) && CountDigits(text.substr(begin, end - begin)) == 4) {
    return kReject;
  }
  // A share or a span of time after it ("flat 2 percent", "flat 3 years").
  for (std::string_view unit : {"%", " %", " percent", " per cent", " pc", " points", " years", " months", " weeks",
                                " days", " times", " hours", " minutes", " km", " m", " metres", " meters",
                                " people", " persons", " families", " households", " children", " men", " women"}) {
    if (text.compare(end, unit.size(), unit) == 0 &&
        (end + unit.size() == text.size() || !IsAlnum(text[end + unit.size()]))) {
      return kReject;
    }
  }
  // A road named by its width ("100 Meter Road", "60 Feet Road").
  if (n > 0) {
    for (std::string_view unit : {" Meter", " Metre", " Feet", " Foot", " Ft"}) {
      if (text.compare(begin + n, unit.size(), unit) == 0) return kReject;
    }
  }
  // A last number after "de", "of", "since" or "in" is a date's year, not
  // a door ("la avenida torrencial de 2017").
  size_t last = end;
  while (last > begin && !IsDigit(text[last - 1])) --last;
  while (last > begin && IsDigit(text[last - 1])) --last;
  if (last > begin + 1 && text[last - 1] == ' ') {
    size_t w = last - 1;
    while (w > begin && IsAlpha(text[w - 1])) --w;
    std::array<char, 8> low{};
    const size_t len = last - 1 - w;
    if (len > 0 && len <= low.size()) {
      for (size_t i = 0; i < len; ++i) low[i] = Lower(text[w + i]);
      const std::string_view word(low.data(), len);
      for (std::string_view year_word : {"de", "del", "of", "in", "en", "since", "desde", "depuis", "du", "from"}) {
        if (word == year_word) return kReject;
      }
    }
  }
  return base;
}

float Shelter(std::string_view text, size_t begin, size_t end, float base) {
  if (end + 1 < text.size() && (text[end] == '-' || text[end] == '/' || text[end] == '.' || text[end] == ':') &&
      IsDigit(text[end + 1])) {
    return kReject;
  }
  size_t digits = end;
  while (digits > begin && IsDigit(text[digits - 1])) --digits;
  const bool house = Lower(text[begin]) == 'h' && Lower(text[begin + 1]) == 'o';  // house, Holding; not Shelter's "0127"
  if (house && end - digits == 4 && digits > begin && text[digits - 1] == ' ') {
    const int hours = (text[digits] - '0') * 10 + (text[digits + 1] - '0');
    if (hours <= 23 && text[digits + 2] <= '5') return kReject;
  }
  return Address(text, begin, end, base);
}

float HouseStreet(std::string_view text, size_t begin, size_t end, float base) {
  if (begin >= 2 && text[begin - 1] == ' ' && IsAlpha(text[begin - 2])) {
    size_t w = begin - 1;
    while (w > 0 && IsAlpha(text[w - 1])) --w;
    if (text[w] >= 'A' && text[w] <= 'Z') return kReject;
  }
  return Address(text, begin, end, base);
}

float PlateTurkey(std::string_view text, size_t begin, size_t end, float base) {
  const size_t b = text.find(' ', begin) + 1;
  const std::string_view letters = text.substr(b, text.find(' ', b) - b);
  static constexpr std::string_view kNoPlate[] = {
      "AD",  "AM",  "APR", "AUG", "BC",  "BCE", "CC",  "CE",  "CET", "CM",  "DEC", "EAT", "FEB", "FRI", "GB",  "GMT",
      "HP",  "JAN", "JUL", "JUN", "KG",  "KM",  "KW",  "MAR", "MAY", "MB",  "ML",  "MM",  "MON", "MW",  "NOV", "OCT",
      "PM",  "SAT", "SEP", "SUN", "TB",  "THU", "TUE", "UTC", "WED"};
  for (std::string_view w : kNoPlate) {
    if (letters == w) return kReject;
  }
  return Code(text, begin, end, base);
}

float MixedCode(std::string_view text, size_t begin, size_t end, float base) {
  if (end - begin < 6 || CountDigits(text.substr(begin, end - begin)) < 3) return kReject;
  return Code(text, begin, end, base);
}

float Landmark(std::string_view text, size_t begin, size_t end, float base) {
  if (begin > 0 && (IsAlnum(text[begin - 1]) || static_cast<unsigned char>(text[begin - 1]) >= 0x80)) return kReject;
  // A word cut short ("house behind u|s").
  if (end < text.size() && (IsAlnum(text[end]) || static_cast<unsigned char>(text[end]) >= 0x80 || text[end] == '\'')) {
    return kReject;
  }
  size_t last = end;
  while (last > begin && text[last - 1] != ' ') --last;
  std::string word;
  for (size_t i = last; i < end; ++i) word.push_back(Lower(text[i]));
  static constexpr std::string_view kNoLandmark[] = {
      "eux", "he",    "her",  "here", "him",  "it",    "lui",   "me",   "moi", "nous", "one",  "she",
      "that", "them", "then", "there", "they", "this", "those", "us", "we", "what", "where", "which", "who", "you"};
  for (std::string_view w : kNoLandmark) {
    if (word == w) return kReject;
  }
  return base;
}

float LandmarkDescribed(std::string_view text, size_t begin, size_t end, float base) {
  if (Landmark(text, begin, end, base) == kReject) return kReject;
  static constexpr std::string_view kNotDescriptions[] = {
      "comunal", "cultura", "cural",  "era",    "es",     "est",   "esta",    "estaba", "fica", "ficou",
      "foi",   "fue",     "gobierno", "justicia", "qued\xC3\xB3", "queda", "sera", "sigue", "son", "sont",
      "tiene", "\xC3\xA9tait", "est\xC3\xA1", "\xC3\xA9"};
  // The words of the match after the home's noun (verbs do not follow the
  // relation in a landmark's name).
  size_t i = text.find(' ', begin);
  while (i != std::string_view::npos && i < end) {
    size_t j = i + 1;
    while (j < end && text[j] != ' ') ++j;
    std::string word;
    for (size_t k = i + 1; k < j; ++k) word.push_back(Lower(text[k]));
    for (std::string_view w : kNotDescriptions) {
      if (word == w) return kReject;
    }
    i = j < end ? j : std::string_view::npos;
  }
  return base;
}

float LandmarkEnglish(std::string_view text, size_t begin, size_t end, float base) {
  const float landmark = Landmark(text, begin, end, base);
  if (landmark == kReject) return kReject;
  std::string match;
  for (size_t i = begin; i < end; ++i) match.push_back(Lower(text[i]));
  static constexpr std::string_view kRelations[] = {" after ",  " before ",      " past ",   " behind ",
                                                    " beside ", " next to ",     " opposite ", " facing ",
                                                    " across from ", " near ",
                                                    " above ", " in front of "};
  size_t rest = std::string::npos;
  for (std::string_view r : kRelations) {
    const size_t at = match.find(r);
    if (at != std::string::npos && (rest == std::string::npos || at + r.size() < rest)) rest = at + r.size();
  }
  if (rest == std::string::npos) return kReject;
  for (std::string_view article : {"the ", "a ", "an "}) {
    if (match.compare(rest, article.size(), article) == 0) return landmark;
  }
  static constexpr std::string_view kNouns[] = {
      "bakery", "borehole", "bridge", "building", "centre",  "center", "checkpoint", "church", "clinic", "factory", "filling",
      "garage", "gate",     "hall",   "health",   "hospital", "junction", "lodge",   "market", "mill",   "mosque",
      "office", "pharmacy", "plant",  "police",   "post",    "pump",   "roundabout", "school", "shop",  "shrine",
      "square", "station",  "stop",   "store",    "tank",    "temple", "tomb",     "tower",  "well"};
  size_t w = rest;
  while (w < match.size()) {
    size_t e = match.find(' ', w);
    if (e == std::string::npos) e = match.size();
    const std::string_view word(match.data() + w, e - w);
    for (std::string_view n : kNouns) {
      if (word == n || (word.size() == n.size() + 1 && word.back() == 's' && word.compare(0, n.size(), n) == 0)) {
        return landmark;
      }
    }
    w = e + 1;
  }
  return kReject;
}

float Card(std::string_view text, size_t begin, size_t end, float base) {
  if (begin > 0 && text[begin - 1] == '+') return kReject;
  if (!NumberEdgesClear(text, begin, end)) return kReject;
  std::string_view s = text.substr(begin, end - begin);
  bool any = false;
  if (!UniformSeparators(s, &any)) return kReject;
  bool same = true;
  for (char c : s) same &= !IsDigit(c) || c == s[0];
  if (same || !LuhnValid(s)) return kReject;
  return base;
}

float Iban(std::string_view text, size_t begin, size_t end, float base) {
  std::string_view s = text.substr(begin, end - begin);
  // Spaces, if any, come after every fourth character.
  bool spaced = s.find(' ') != std::string_view::npos;
  if (spaced) {
    for (size_t i = 0; i < s.size(); ++i) {
      if ((s[i] == ' ') != (i % 5 == 4)) return kReject;
    }
  }
  if (IbanValid(s)) return base;
  // A wrong check digit (a typo, a number copied by hand) right after the
  // word "IBAN": still the account, less surely.
  const size_t from = begin >= 8 ? begin - 8 : 0;
  std::string before(text.substr(from, begin - from));
  for (char& c : before) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
  return before.find("IBAN") != std::string::npos ? base * 0.8f : kReject;
}

float Code(std::string_view text, size_t begin, size_t end, float base) {
  if (NumberEdgesClear(text, begin, end)) return base;
  // "PPT 5837261,23,+57": the comma closes a CSV cell.
  if (end + 1 < text.size() && text[end] == ',' && LeftEdgeClear(text, begin)) {
    const size_t run = DigitRun(text, end + 1), after = end + 1 + run;
    if (run != 3 && (after == text.size() || text[after] == ',' || text[after] == ';' || text[after] == '\n' ||
                     text[after] == '\r')) {
      return base;
    }
  }
  return kReject;
}

float SpacedGroups(std::string_view text, size_t begin, size_t end, float base) {
  if (begin >= 2 && text[begin - 1] == ' ' && IsAlnum(text[begin - 2])) return kReject;
  if (end + 1 < text.size() && text[end] == ' ' && IsAlnum(text[end + 1])) return kReject;
  return Code(text, begin, end, base);
}

float FinCode(std::string_view text, size_t begin, size_t end, float base) {
  const std::string_view s = text.substr(begin, end - begin);
  const int digits = CountDigits(s);
  if (digits < 1 || static_cast<int>(s.size()) - digits < 2) return kReject;
  return Code(text, begin, end, base);
}

float LongDigitRun(std::string_view text, size_t begin, size_t end, float base) {
  if (IsYearRun(text, begin, 4)) {
    const int month = (text[begin + 4] - '0') * 10 + (text[begin + 5] - '0');
    const int day = (text[begin + 6] - '0') * 10 + (text[begin + 7] - '0');
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return kReject;
  }
  const std::string_view s = text.substr(begin, end - begin);
  if (std::all_of(s.begin(), s.end(), [&](char c) { return c == s[0]; })) return kReject;
  return Code(text, begin, end, base);
}

float SlashShelterCode(std::string_view text, size_t begin, size_t end, float base) {
  const size_t last = text.rfind('/', end - 1) + 1;  // the match holds a slash
  if (end - last == 4 && IsYearRun(text, last, 4)) return kReject;
  return Address(text, begin, end, base);
}

float CodeGroups(std::string_view text, size_t begin, size_t end, float base) {
  if (!NumberEdgesClear(text, begin, end)) return kReject;
  if (TimeAfter(text, end)) return kReject;
  std::string_view s = text.substr(begin, end - begin);
  const int digits = CountDigits(s);
  if (digits < 5 || digits > 20) return kReject;
  std::vector<size_t> runs;    // the digit runs' lengths, in order
  std::vector<size_t> starts;  // and where they start in s
  bool spaced = false;
  for (size_t i = 0; i < s.size();) {
    if (IsDigit(s[i])) {
      starts.push_back(i);
      runs.push_back(DigitRun(s, i));
      i += runs.back();
    } else {
      spaced |= s[i] == ' ';
      ++i;
    }
  }
  // Years: "2019-2020", "2019/20".
  auto year = [&](size_t k) { return IsYearRun(s, starts[k], runs[k]); };
  if (year(0) && (runs.size() == 2 && runs[1] == 2)) return kReject;
  // A number of the year ("Meeting no. 14/2024", "No. 3-2023").
  if (runs.size() == 2 && runs[0] <= 3 && year(1)) return kReject;
  bool all_years = true;
  for (size_t k = 0; k < runs.size(); ++k) all_years &= year(k);
  if (all_years) return kReject;
  if (spaced && runs.size() >= 2 && runs[0] <= 3 &&
      std::all_of(runs.begin() + 1, runs.end(), [](size_t n) { return n == 3; })) {
    return kReject;
  }
  // A date inside ("12/03/2024", "2024-03-12"), unless the code runs on
  // for five groups or more ("CIN 01-05-99-1972-04-00213").
  for (size_t i = 0; runs.size() < 5 && i + 8 <= s.size(); ++i) {
    if (i > 0 && IsDigit(s[i - 1])) continue;
    const size_t a = DigitRun(s, i);
    if (a == 0 || i + a >= s.size()) continue;
    const char sep = s[i + a];
    if (sep != '/' && sep != '-' && sep != '.') continue;
    const size_t b = DigitRun(s, i + a + 1);
    if (b == 0 || i + a + 1 + b >= s.size() || s[i + a + 1 + b] != sep) continue;
    const size_t c = DigitRun(s, i + a + 2 + b);
    if ((a <= 2 && b <= 2 && (c == 2 || c == 4)) || (a == 4 && b <= 2 && c <= 2 && c > 0)) return kReject;
  }
  return base;
}

// Decimal degrees: two numbers, optional signs, optional hemisphere letters
// (before or after each number), optional degree signs.
float CoordDecimal(std::string_view text, size_t begin, size_t end, float base) {
  if (begin > 0 && (IsAlnum(text[begin - 1]) || text[begin - 1] == '.' || text[begin - 1] == '-' ||
                    text[begin - 1] == '+'))
    return kReject;
  if (end < text.size()) {
    char c = text[end];
    if (IsAlnum(c) || c == '.' || c == '-') {
      if (!(c == '.' && (end + 1 == text.size() || !IsDigit(text[end + 1])))) return kReject;
    }
  }
  std::string_view s = text.substr(begin, end - begin);
  double val[2] = {0, 0};
  int decimals[2] = {0, 0};
  bool negative[2] = {false, false};
  char hemi[2] = {0, 0};
  bool degree = false;
  int n = 0;
  for (size_t i = 0; i < s.size();) {
    char c = s[i];
    if (IsDigit(c)) {
      if (n == 2) return kReject;
      negative[n] = i > 0 && s[i - 1] == '-';
      if (i > 0 && (s[i - 1] == '-' || s[i - 1] == '+') && hemi[n] != 0) return kReject;
      val[n] = ParseDecimal(s, &i, &decimals[n]);
      ++n;
      continue;
    }
    if (c == 'N' || c == 'S' || c == 'E' || c == 'W') {
      // A letter before the first number, or right after it, belongs to it.
      int which = n == 0 ? 0 : (n == 1 && hemi[0] == 0 && (c == 'N' || c == 'S')) ? 0 : 1;
      if (hemi[which] != 0) return kReject;
      hemi[which] = c;
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      degree = true;
    }
    ++i;
  }
  if (n != 2) return kReject;
  if (hemi[0] != 0 && hemi[0] != 'N' && hemi[0] != 'S') return kReject;
  if (hemi[1] != 0 && hemi[1] != 'E' && hemi[1] != 'W') return kReject;
  if ((hemi[0] != 0 && negative[0]) || (hemi[1] != 0 && negative[1])) return kReject;
  if (val[0] > 90.0 || val[1] > 180.0) return kReject;
  if (hemi[0] != 0 || hemi[1] != 0 || degree) return base + 0.05f;
  if (decimals[0] >= 4 && decimals[1] >= 4) return base;
  return 0.45f;
}

namespace {

// Degrees-minutes-seconds: whether text[begin, end) stands clear of the
// letters, digits and '.' around it.
bool DmsEdgesClear(std::string_view text, size_t begin, size_t end) {
  if (begin > 0 && (IsAlnum(text[begin - 1]) || text[begin - 1] == '.')) return false;
  return end >= text.size() || !IsAlnum(text[end]);
}

// The coordinates of the degrees-minutes-seconds text s: each number is
// followed by its marker (degree, minute or second sign; a number with none
// counts as minutes), a decimal point or comma inside it ("05,3'"); a degree
// starts a new coordinate. Fills part[k] with coordinate k's degrees,
// minutes and seconds; returns how many coordinates there are, or -1 when a
// number comes before the first degree or a third degree opens.
int DmsParts(std::string_view s, std::array<std::array<double, 3>, 2>& part) {
  part = {};
  int coord = -1;
  for (size_t i = 0; i < s.size();) {
    if (!IsDigit(s[i])) {
      ++i;
      continue;
    }
    int decimals = 0;
    double v = ParseDecimal(s, &i, &decimals);
    // A decimal comma ("05,3'"), which ParseDecimal does not read.
    if (decimals == 0 && i + 1 < s.size() && s[i] == ',' && IsDigit(s[i + 1])) {
      double scale = 0.1;
      for (++i; i < s.size() && IsDigit(s[i]); ++i, scale /= 10) v += (s[i] - '0') * scale;
    }
    std::string_view rest = s.substr(i);
    int slot;
    if (rest.starts_with("°") || rest.starts_with("º")) {
      slot = 0;
      if (++coord > 1) return -1;
    } else if (rest.starts_with("''") || rest.starts_with("\"") || rest.starts_with("″") ||
               rest.starts_with("”") || rest.starts_with("′′")) {
      slot = 2;
    } else {
      slot = 1;
    }
    if (coord < 0) return -1;
    part[coord][slot] = v;
  }
  return coord + 1;
}

}  // namespace

float CoordDmsHalf(std::string_view text, size_t begin, size_t end, float base) {
  if (!DmsEdgesClear(text, begin, end)) return kReject;
  // A half beside another on the same line belongs to a pair, which
  // CoordDms judges as a whole.
  size_t before = begin;
  while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == ',' || text[before - 1] == ';')) --before;
  if (before < begin && before > 0 && std::string_view("NSEW").find(text[before - 1]) != std::string_view::npos) {
    return kReject;
  }
  size_t after = end;
  while (after < text.size() && (text[after] == ' ' || text[after] == ',' || text[after] == ';')) ++after;
  if (after > end && after < text.size() && IsDigit(text[after])) {
    const size_t degree = text.find("\xC2\xB0", after);
    if (degree != std::string_view::npos && degree <= after + 3) return kReject;
  }
  std::array<std::array<double, 3>, 2> part;
  if (DmsParts(text.substr(begin, end - begin), part) != 1) return kReject;
  const char hemisphere = text[end - 1];
  const double limit = hemisphere == 'N' || hemisphere == 'S' ? 90.0 : 180.0;
  const auto& [degrees, minutes, seconds] = part[0];
  if (minutes >= 60.0 || seconds >= 60.0 || degrees + minutes / 60 + seconds / 3600 > limit) return kReject;
  return base;
}

float CoordDms(std::string_view text, size_t begin, size_t end, float base) {
  if (!DmsEdgesClear(text, begin, end)) return kReject;
  std::array<std::array<double, 3>, 2> part;
  if (DmsParts(text.substr(begin, end - begin), part) != 2) return kReject;
  for (int k = 0; k < 2; ++k) {
    if (part[k][1] >= 60.0 || part[k][2] >= 60.0) return kReject;
  }
  double lat = part[0][0] + part[0][1] / 60 + part[0][2] / 3600;
  double lon = part[1][0] + part[1][1] / 60 + part[1][2] / 3600;
  if (lat > 90.0 || lon > 180.0) return kReject;
  return base;
}

float Mgrs(std::string_view text, size_t begin, size_t end, float base) {
  std::string_view s = text.substr(begin, end - begin);
  size_t i = 0;
  int zone = static_cast<int>(ParseInt(s, &i));
  char letters[3];
  int nl = 0;
  while (i < s.size() && nl < 3) {
    if (IsAlpha(s[i])) letters[nl++] = s[i];
    ++i;
  }
  if (nl != 3 || !MgrsSquareValid(zone, letters[0], letters[1], letters[2])) return kReject;
  while (i < s.size() && s[i] == ' ') ++i;
  int first = 0, second = 0;
  ParseInt(s, &i, &first);
  if (i < s.size()) {
    ++i;  // the space between easting and northing
    ParseInt(s, &i, &second);
    if (first != second) return kReject;
  }
  int total = first + second;
  if (total < 2 || total > 10 || total % 2 != 0) return kReject;
  return base;
}

namespace {
// Parses "a<sep>b<sep>c" with one separator byte used twice.
bool ParseTriple(std::string_view s, int64_t v[3], int nd[3]) {
  size_t i = 0;
  char sep = 0;
  for (int k = 0; k < 3; ++k) {
    v[k] = ParseInt(s, &i, &nd[k]);
    if (v[k] < 0) return false;
    if (k < 2) {
      if (i >= s.size()) return false;
      if (sep == 0) sep = s[i];
      if (s[i] != sep) return false;
      ++i;
    }
  }
  return i == s.size();
}
}  // namespace

float DateNumeric(std::string_view text, size_t begin, size_t end, float base) {
  if (!NumberEdgesClear(text, begin, end)) return kReject;
  std::string_view s = text.substr(begin, end - begin);
  int64_t v[3];
  int nd[3];
  if (!ParseTriple(s, v, nd)) return kReject;
  int year = static_cast<int>(nd[2] == 2 ? 2000 + v[2] : v[2]);
  if (nd[2] == 4 && (year < 1000 || year > 2999)) return kReject;
  bool dmy = DateValid(year, static_cast<int>(v[1]), static_cast<int>(v[0]));
  bool mdy = DateValid(year, static_cast<int>(v[0]), static_cast<int>(v[1]));
  if (!dmy && !mdy) return kReject;
  if (nd[2] == 4) return base;
  return s.find('.') != std::string_view::npos ? 0.35f : 0.5f;
}

float DateYmd(std::string_view text, size_t begin, size_t end, float base) {
  if (!NumberEdgesClear(text, begin, end)) return kReject;
  int64_t v[3];
  int nd[3];
  if (!ParseTriple(text.substr(begin, end - begin), v, nd)) return kReject;
  if (v[0] < 1000 || v[0] > 2999) return kReject;
  return DateValid(static_cast<int>(v[0]), static_cast<int>(v[1]), static_cast<int>(v[2])) ? base : kReject;
}

float DateIso(std::string_view text, size_t begin, size_t end, float base) {
  if (!NumberEdgesClear(text, begin, end)) return kReject;
  std::string_view s = text.substr(begin, end - begin);
  size_t i = 0;
  int64_t y = ParseInt(s, &i);
  ++i;
  int64_t m = ParseInt(s, &i);
  ++i;
  int64_t d = ParseInt(s, &i);
  if (y < 1000 || y > 2999 || !DateValid(static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)))
    return kReject;
  if (i < s.size()) {
    ++i;  // 'T' or ' '
    int64_t hh = ParseInt(s, &i);
    ++i;
    int64_t mm = ParseInt(s, &i);
    int64_t ss = 0;
    if (i < s.size() && s[i] == ':') {
      ++i;
      ss = ParseInt(s, &i);
    }
    if (hh > 23 || mm > 59 || ss > 60) return kReject;
  }
  return base;
}

namespace {
// Month word at s[*i]; advances past it. 0 if none.
int ParseMonth(std::string_view s, size_t* i, bool* lower_case) {
  size_t j = *i;
  while (j < s.size() && IsAlpha(s[j])) ++j;
  int m = MonthFromName(s.substr(*i, j - *i));
  *lower_case = j > *i && !(s[*i] >= 'A' && s[*i] <= 'Z');
  *i = j;
  return m;
}
// Optional year after the day/month: ", 2021", " 2021", ". 2021". -1 if none.
int64_t ParseTrailingYear(std::string_view s, size_t i) {
  while (i < s.size() && !IsDigit(s[i])) ++i;
  return i < s.size() ? ParseInt(s, &i) : -1;
}
float TextDateConfidence(int64_t year, int day, int month, bool lower_case, float base) {
  if (year >= 0) {
    if (year < 1000 || year > 2999) return kReject;
    if (day > 0 && !DateValid(static_cast<int>(year), month, day)) return kReject;
    return base;
  }
  if (day > 0 && !DateValid(2000, month, day)) return kReject;
  if (lower_case) return 0.3f;
  return month == 5 ? 0.5f : 0.75f;  // "May 3" is often the verb
}
}  // namespace

float DateDayMonth(std::string_view text, size_t begin, size_t end, float base) {
  std::string_view s = text.substr(begin, end - begin);
  size_t i = 0;
  int day = static_cast<int>(ParseInt(s, &i));
  while (i < s.size() && (!IsAlpha(s[i]) || MonthFromName(s.substr(i, 3)) == 0)) ++i;  // suffix, " of "
  bool lower = false;
  int month = ParseMonth(s, &i, &lower);
  if (month == 0) return kReject;
  return TextDateConfidence(ParseTrailingYear(s, i), day, month, lower, base);
}

float DateDayMonthRomance(std::string_view text, size_t begin, size_t end, float base) {
  // The months by the first letters that tell them apart, in order.
  static constexpr std::pair<std::string_view, int> kMonths[] = {
      {"janv", 1}, {"ene", 1},  {"janei", 1}, {"f\xC3\xA9v", 2}, {"fev", 2},  {"feb", 2},  {"mars", 3}, {"marz", 3},
      {"mar\xC3\xA7", 3}, {"marc", 3}, {"avr", 4}, {"abr", 4}, {"mai", 5}, {"may", 5}, {"juin", 6}, {"jun", 6},
      {"juil", 7}, {"jul", 7}, {"ao", 8}, {"ago", 8}, {"sep", 9}, {"set", 9}, {"oct", 10}, {"out", 10},
      {"nov", 11}, {"d\xC3\xA9" "c", 12}, {"dec", 12}, {"dic", 12}, {"dez", 12}};
  std::string_view s = text.substr(begin, end - begin);
  size_t i = 0;
  const int day = static_cast<int>(ParseInt(s, &i));
  // "1er", "1°", "1º"; then the space and "de".
  if (s.compare(i, 2, "er") == 0 || s.compare(i, 2, "\xC2\xB0") == 0 || s.compare(i, 2, "\xC2\xBA") == 0) i += 2;
  while (i < s.size() && s[i] == ' ') ++i;
  if (s.compare(i, 3, "de ") == 0 || s.compare(i, 3, "De ") == 0 || s.compare(i, 3, "DE ") == 0) i += 3;
  std::string month_word;
  for (size_t k = i; k < s.size() && s[k] != ' ' && s[k] != ','; ++k) {
    month_word.push_back((s[k] >= 'A' && s[k] <= 'Z') ? static_cast<char>(s[k] + 32) : s[k]);
  }
  int month = 0;
  for (const auto& [prefix, m] : kMonths) {
    if (month_word.starts_with(prefix)) {
      month = m;
      break;
    }
  }
  if (month == 0) return kReject;
  return TextDateConfidence(ParseTrailingYear(s, i + month_word.size()), day, month, false, base);
}

float DateMonthDay(std::string_view text, size_t begin, size_t end, float base) {
  std::string_view s = text.substr(begin, end - begin);
  size_t i = 0;
  bool lower = false;
  int month = ParseMonth(s, &i, &lower);
  if (month == 0) return kReject;
  while (i < s.size() && !IsDigit(s[i])) ++i;
  int nd = 0;
  int64_t first = ParseInt(s, &i, &nd);
  if (nd == 4) {  // "March 2021"
    if (first < 1900 || first > 2099) return kReject;
    return lower ? 0.3f : 0.75f;
  }
  return TextDateConfidence(ParseTrailingYear(s, i), static_cast<int>(first), month, lower, base);
}

}  // namespace validators
}  // namespace tearline::patterns
