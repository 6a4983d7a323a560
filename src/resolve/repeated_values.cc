// Codes and numbers named again (contract in repeated_values.h).
#include "repeated_values.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

namespace tearline::link_internal {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlnumAscii(char c) { return IsDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }
char Upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; }

// A found value: its kind, subkind and best confidence.
struct Value {
  Kind kind;
  std::string_view subkind;
  float confidence;
};

// The pieces of a run: maximal stretches of ASCII letters and digits.
struct Piece {
  size_t begin, end;
};

// ValueKey into *key (its storage reused); false, and *key empty, for none.
bool ValueKeyInto(Kind kind, std::string_view bytes, std::string* key) {
  key->clear();
  if (kind != Kind::kPhone && kind != Kind::kId) return false;
  const bool phone = kind == Kind::kPhone;
  key->push_back(phone ? 'P' : 'I');
  int digits = 0;
  bool letter = false;  // in a phone: no key; in an ID: a shorter key suffices
  for (char c : bytes) {
    if (IsDigit(c)) ++digits;
    letter |= IsAlnumAscii(c) && !IsDigit(c);
    if (phone ? IsDigit(c) : IsAlnumAscii(c)) key->push_back(Upper(c));
  }
  const bool ok = phone ? !letter && digits >= 8
                        : (key->size() >= 7 && digits >= 4) || (letter && key->size() >= 6 && digits >= 3);
  if (!ok) {
    key->clear();
  } else if (phone) {
    key->erase(1, key->size() - 9);  // 'P' and the last eight digits
  }
  return ok;
}

}  // namespace

std::string ValueKey(Kind kind, std::string_view bytes) {
  std::string key;
  ValueKeyInto(kind, bytes, &key);
  return key;
}

void AddRepeatedValues(std::string_view text, std::vector<Finding>* findings) {
  std::unordered_map<std::string, Value> values;
  for (const Finding& f : *findings) {
    if ((f.kind != Kind::kPhone && f.kind != Kind::kId) || f.end > text.size()) continue;
    std::string key;
    if (!ValueKeyInto(f.kind, text.substr(f.begin, f.size()), &key)) continue;
    auto [it, inserted] = values.try_emplace(std::move(key), Value{f.kind, f.subkind, f.confidence});
    if (!inserted && f.confidence > it->second.confidence) it->second = Value{f.kind, f.subkind, f.confidence};
  }
  if (values.empty()) return;
  // The spans that already hold a finding of their kind, with its confidence.
  std::vector<std::tuple<size_t, size_t, Kind, float>> held;
  for (const Finding& f : *findings) {
    if (f.kind == Kind::kPhone || f.kind == Kind::kId) held.emplace_back(f.begin, f.end, f.kind, f.confidence);
  }
  std::sort(held.begin(), held.end());
  // Whether [b, e) holds a finding of `kind` at `confidence` or more.
  const auto held_as_surely = [&](size_t b, size_t e, Kind kind, float confidence) {
    auto it = std::lower_bound(held.begin(), held.end(), std::make_tuple(b, e, kind, 0.0f));
    for (; it != held.end() && std::get<0>(*it) == b && std::get<1>(*it) == e && std::get<2>(*it) == kind; ++it) {
      if (std::get<3>(*it) >= confidence) return true;
    }
    return false;
  };
  const size_t n = text.size();
  std::vector<Piece> pieces;
  std::vector<Finding> added;
  std::string key;
  // `done`: the end of the last run read; runs are found from their digits
  // (a value has four), so the words between are passed over unread.
  for (size_t done = 0; done < n;) {
    size_t i = done;
    while (i < n && !IsDigit(text[i])) ++i;
    if (i == n) break;
    // Back to the start of the run that holds the digit: over its piece,
    // then over each separator between two pieces, as the run is read
    // forward below.
    while (i > done && IsAlnumAscii(text[i - 1])) --i;
    while (i >= done + 2 && IsAlnumAscii(text[i - 2]) &&
           (text[i - 1] == '-' || text[i - 1] == '.' || text[i - 1] == '/' || (text[i - 1] == ' ' && IsDigit(text[i])))) {
      i -= 2;
      while (i > done && IsAlnumAscii(text[i - 1])) --i;
    }
    // The run that starts at i, piece by piece.
    pieces.clear();
    int digits = 0;
    size_t j = i;
    while (true) {
      const size_t b = j;
      while (j < n && IsAlnumAscii(text[j])) digits += IsDigit(text[j++]);
      pieces.push_back({b, j});
      if (j + 1 >= n || !IsAlnumAscii(text[j + 1])) break;
      const char sep = text[j];
      if (sep != '-' && sep != '.' && sep != '/' && !(sep == ' ' && IsDigit(text[j + 1]))) break;
      ++j;
    }
    done = j;
    if (digits < 4) continue;
    for (size_t a = 0; a < pieces.size();) {
      size_t matched = 0;
      for (size_t z = pieces.size(); z > a && matched == 0; --z) {
        const std::string_view bytes = text.substr(pieces[a].begin, pieces[z - 1].end - pieces[a].begin);
        for (Kind kind : {Kind::kPhone, Kind::kId}) {
          if (!ValueKeyInto(kind, bytes, &key)) continue;
          const auto it = values.find(key);
          if (it == values.end()) continue;
          // A code's pieces glued on by '-', '/' or '.' belong to it
          // ("MHM-12-0057" where "12-0057" was found); a '+' before a
          // phone's country code does too.
          size_t first = a, last = z;
          if (kind == Kind::kId) {
            while (first > 0 && text[pieces[first].begin - 1] != ' ') --first;
            while (last < pieces.size() && text[pieces[last].begin - 1] != ' ') ++last;
          }
          const size_t b = pieces[first].begin - (kind == Kind::kPhone && pieces[first].begin > 0 &&
                                                  text[pieces[first].begin - 1] == '+'),
                       e = pieces[last - 1].end;
          if (!held_as_surely(b, e, kind, it->second.confidence)) {
            added.push_back(Finding{b, e, kind, it->second.subkind, it->second.confidence, "link"});
          }
          matched = last;
          break;
        }
      }
      a = matched > 0 ? matched : a + 1;
    }
  }
  findings->insert(findings->end(), added.begin(), added.end());
}

namespace {

constexpr float kBesideNameConfidence = 0.7f;

// Whether a year of the 1900s or 2000s may open at text[p] ("19", "20").
bool YearAt(std::string_view text, size_t p) {
  return text.compare(p, 2, "19") == 0 || text.compare(p, 2, "20") == 0;
}

// The PHONE and ID findings at kBesideNameConfidence or more, by where they
// begin, with the furthest end among each prefix: Holds(b, e) when one of
// them begins at or before b and ends at or after e.
class SureNumberSpans {
 public:
  explicit SureNumberSpans(const std::vector<Finding>& findings) {
    for (const Finding& g : findings) {
      if ((g.kind == Kind::kPhone || g.kind == Kind::kId) && g.confidence >= kBesideNameConfidence) {
        spans_.emplace_back(g.begin, g.end);
      }
    }
    std::sort(spans_.begin(), spans_.end());
    for (size_t i = 1; i < spans_.size(); ++i) spans_[i].second = std::max(spans_[i].second, spans_[i - 1].second);
  }

  bool Holds(size_t b, size_t e) const {
    auto it = std::upper_bound(spans_.begin(), spans_.end(), std::make_pair(b, std::string_view::npos));
    return it != spans_.begin() && std::prev(it)->second >= e;
  }

 private:
  std::vector<std::pair<size_t, size_t>> spans_;
};

// The end of the number at text[p...] (digits in groups joined by one ' ',
// '-' or '.'), eight to thirteen digits; npos if none. Two years
// ("2019-2021"), two times ("0600-1400") and a date ("12.03.2024",
// "2024-02-03", "20240203") are none.
size_t GroupedNumberEnd(std::string_view text, size_t p) {
  size_t i = p;
  int digits = 0;
  std::array<size_t, 16> groups{};  // the first groups' lengths; no allocation per number
  size_t group_count = 0;
  while (i < text.size()) {
    size_t run = i;
    while (run < text.size() && IsDigit(text[run])) ++run;
    if (run == i) return std::string_view::npos;
    if (group_count < groups.size()) groups[group_count] = run - i;
    ++group_count;
    digits += static_cast<int>(run - i);
    i = run;
    if (i + 1 < text.size() && (text[i] == ' ' || text[i] == '-' || text[i] == '.') && IsDigit(text[i + 1])) {
      ++i;
      continue;
    }
    break;
  }
  if (digits < 8 || digits > 13) return std::string_view::npos;
  // Two times of a shift ("0600-1400"): hours to 24, minutes to 59.
  auto time_at = [&](size_t g_begin) {
    const int hours = (text[g_begin] - '0') * 10 + (text[g_begin + 1] - '0');
    return hours <= 24 && text[g_begin + 2] <= '5';
  };
  if (group_count == 2 && groups[0] == 4 && groups[1] == 4 &&
      ((YearAt(text, p) && YearAt(text, p + 5)) || (time_at(p) && time_at(p + 5)))) {
    return std::string_view::npos;
  }
  if (group_count == 3 && groups[0] <= 2 && groups[1] <= 2 && groups[2] == 4) return std::string_view::npos;
  if (group_count == 3 && groups[0] == 4 && groups[1] <= 2 && groups[2] <= 2 && YearAt(text, p)) {
    return std::string_view::npos;
  }
  if (group_count == 1 && groups[0] == 8 && YearAt(text, p) && text[p + 4] <= '1') return std::string_view::npos;
  return i;
}

// GroupedNumberEnd, right before a ')' (or, when `clause_end`, before ')',
// ',', ';', a line's end, the text's end, a CSV field's closing quote, a
// note in parentheses or a period that ends a sentence); npos if none.
size_t NumberBesideNameEnd(std::string_view text, size_t p, bool clause_end) {
  const size_t i = GroupedNumberEnd(text, p);
  if (i == std::string_view::npos) return i;
  const bool closed =
      (i < text.size() && text[i] == ')') ||
      (clause_end && (i == text.size() || text[i] == ',' || text[i] == ';' || text[i] == '\n' || text[i] == '\r' ||
                      text[i] == '"' || text.compare(i, 2, " (") == 0 ||
                      (text[i] == '.' && (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n' ||
                                          text[i + 1] == '"'))));
  return closed ? i : std::string_view::npos;
}

// The end of a document number at text[p...]: one to three capitals, then
// six to ten digits ("PA0412893", "FA2281934"); npos if none.
size_t LetteredNumberEnd(std::string_view text, size_t p) {
  size_t i = p;
  while (i < text.size() && IsUpperAscii(text[i]) && i - p < 4) ++i;
  if (i == p || i - p > 3) return std::string_view::npos;
  const size_t digits_begin = i;
  while (i < text.size() && IsDigit(text[i])) ++i;
  return i - digits_begin >= 6 && i - digits_begin <= 10 ? i : std::string_view::npos;
}

// The characters that split the table row text[b, e) into cells: ';', '|',
// a tab when two or more of it are on the line, ',' when three are, and ' '
// (runs of two or more spaces between words) when there are two such runs;
// empty when the line is no row. A register aligned by spaces may hold
// commas in its cells, so both may be given.
std::string RowDelimiters(std::string_view text, size_t b, size_t e) {
  int semis = 0, pipes = 0, tabs = 0, commas = 0, gaps = 0;
  for (size_t i = b; i < e; ++i) {
    switch (text[i]) {
      case ';': ++semis; break;
      case '|': ++pipes; break;
      case '\t': ++tabs; break;
      case ',': ++commas; break;
      case ' ':
        if (i > b && text[i - 1] != ' ' && i + 1 < e && text[i + 1] == ' ') {
          size_t j = i;
          while (j < e && text[j] == ' ') ++j;
          gaps += j < e ? 1 : 0;
        }
        break;
      default: break;
    }
  }
  std::string out;
  if (semis >= 2) out.push_back(';');
  if (pipes >= 2) out.push_back('|');
  if (tabs >= 2) out.push_back('\t');
  if (commas >= 3) out.push_back(',');
  if (gaps >= 2) out.push_back(' ');
  return out;
}

// The end of a file code that fills text[p, ce): capitals, digits, '-', '/'
// and '.', twenty digits at most with a run of five or more, and a letter or
// a '-' or '/' ("24-TCD-778341", "TAG-B-12010", "180903-00471-6"), or six
// digits or more and a letter ("HEB-24-0117"); npos if none.
size_t CodeCellEnd(std::string_view text, size_t p, size_t ce) {
  int digits = 0;
  size_t run = 0, longest = 0;
  bool joined = false, letter = false;
  for (size_t i = p; i < ce; ++i) {
    const char c = text[i];
    if (IsDigit(c)) {
      ++digits;
      longest = std::max(longest, ++run);
      continue;
    }
    run = 0;
    if (IsUpperAscii(c) || c == '-' || c == '/') {
      joined = true;
      letter |= IsUpperAscii(c);
    } else if (c != '.') {
      return std::string_view::npos;
    }
  }
  const bool edges = IsDigit(text[ce - 1]) || IsUpperAscii(text[ce - 1]);
  return joined && edges && digits <= 20 && (longest >= 5 || (letter && digits >= 6)) ? ce : std::string_view::npos;
}

// The end of a short register code that is the whole cell text[p, ce): a
// household, plot, tent or file in a camp's register ("LWP-014", "D4-017",
// "F12-003", "KLB-0421", "PF-2E-0419"): a capital first, capitals, digits
// and hyphens, a hyphen before the last group of three to five digits, five
// capitals at most, twelve characters at most; not a name and a year
// ("MSF-2024"). npos if the cell is no such code.
size_t ShortCodeCellEnd(std::string_view text, size_t p, size_t ce) {
  if (ce <= p || ce - p > 12 || !IsUpperAscii(text[p])) return std::string_view::npos;
  int letters = 0, digits = 0, last_group = 0;
  bool hyphen = false, letters_only = true;
  for (size_t i = p; i < ce; ++i) {
    const char c = text[i];
    if (IsDigit(c)) {
      ++digits;
      ++last_group;
    } else if (IsUpperAscii(c)) {
      ++letters;
      last_group = 0;
    } else if (c == '-' && i > p && text[i - 1] != '-') {
      letters_only &= !hyphen && digits == 0;
      hyphen = true;
      last_group = 0;
    } else {
      return std::string_view::npos;
    }
  }
  if (!hyphen || letters > 5 || digits < 3 || last_group < 3 || last_group > 5 || !IsDigit(text[ce - 1]) ||
      text[ce - 1 - last_group] != '-') {
    return std::string_view::npos;
  }
  const std::string_view last = text.substr(ce - last_group, last_group);
  const bool year = last.size() == 4 && (last.starts_with("19") || last.starts_with("20"));
  return letters_only && year ? std::string_view::npos : ce;
}

// The cells of the row text[b, e) split by `delimiter` (RowDelimiters), each
// trimmed of spaces and tabs.
std::vector<std::pair<size_t, size_t>> RowCells(std::string_view text, size_t b, size_t e, char delimiter) {
  std::vector<std::pair<size_t, size_t>> cells;
  size_t cell = b;
  auto close = [&](size_t end) {
    size_t cb = cell, ce = end;
    while (cb < ce && (text[cb] == ' ' || text[cb] == '\t')) ++cb;
    while (ce > cb && (text[ce - 1] == ' ' || text[ce - 1] == '\t' || text[ce - 1] == '\r')) --ce;
    cells.emplace_back(cb, ce);
  };
  for (size_t i = b; i < e; ++i) {
    if (delimiter == ' ' ? (text[i] == ' ' && i + 1 < e && text[i + 1] == ' ') || text[i] == '\t'
                         : text[i] == delimiter) {
      close(i);
      while (delimiter == ' ' && i + 1 < e && (text[i + 1] == ' ' || text[i + 1] == '\t')) ++i;
      cell = i + 1;
    }
  }
  close(e);
  return cells;
}

// The end of the number that fills the table cell text[cb, ce): a grouped
// number (GroupedNumberEnd, '+' allowed first), a document number
// (LetteredNumberEnd; a country's capitals and a space allowed before it:
// "SSD R00458271"; one capital and a space: "A 3104827"), a file code
// (CodeCellEnd) or a register's short code (ShortCodeCellEnd), perhaps
// followed by a note in parentheses that closes the cell ("77 645 12 09
// (SN)"); npos if none.
size_t NumberCellEnd(std::string_view text, size_t cb, size_t ce) {
  if (cb >= ce) return std::string_view::npos;
  size_t p = text[cb] == '+' ? cb + 1 : cb;
  // One capital, a space, the number ("A 3104827").
  if (p + 8 <= ce && IsUpperAscii(text[p]) && text[p + 1] == ' ' && IsDigit(text[p + 2])) {
    size_t q = p + 2;
    while (q < ce && IsDigit(text[q])) ++q;
    if (q == ce && q - p - 2 >= 6 && q - p - 2 <= 10) return ce;
  }
  if (p + 4 < ce && IsUpperAscii(text[p]) && IsUpperAscii(text[p + 1])) {
    size_t q = p + 2;
    if (IsUpperAscii(text[q])) ++q;
    if (text[q] == ' ' && q + 1 < ce && IsUpperAscii(text[q + 1])) p = q + 1;
  }
  if (p >= ce || !(IsDigit(text[p]) || IsUpperAscii(text[p]))) return std::string_view::npos;
  size_t end = IsDigit(text[p]) ? GroupedNumberEnd(text, p) : LetteredNumberEnd(text, p);
  if (end != ce) {
    size_t code = CodeCellEnd(text, p, ce);
    if (code == std::string_view::npos) code = ShortCodeCellEnd(text, p, ce);
    if (code != std::string_view::npos) end = code;
  }
  if (end == std::string_view::npos) return end;
  const bool noted = end + 2 < ce && text[end] == ' ' && text[end + 1] == '(' && text[ce - 1] == ')' &&
                     text.find_first_of("()", end + 2) == ce - 1;
  return end == ce || noted ? end : std::string_view::npos;
}

// Whether the grouped number text[b, end) (GroupedNumberEnd) on a line that
// ends at line_end is written as phones are: three groups or more, or two
// groups of four ("599 08 52 11", "98 0707 4512", "4102 5533"); not a count
// in groups of thousands ("12 500 000"), a date with its time ("2024-02-08
// 08:14:37", "02.08.2023 08:00", "10-16.04.2024"), nor glued to a letter, a
// '/', a '%' or a decimal comma after it.
bool IsPhoneShaped(std::string_view text, size_t b, size_t end, size_t line_end) {
  std::array<std::pair<size_t, size_t>, 16> runs{};  // (start, length) of each group; 13 digits at most
  size_t groups = 0, run_start = b;
  for (size_t k = b; k <= end && groups < runs.size(); ++k) {
    if (k < end && IsDigit(text[k])) continue;
    runs[groups++] = {run_start, k - run_start};
    run_start = k + 1;
  }
  if (groups < 2) return false;
  const size_t first = runs[0].second, last = runs[groups - 1].second;
  bool thousands = first <= 3 && last == 3;
  for (size_t k = 1; k + 1 < groups; ++k) thousands &= runs[k].second == 3;
  bool dated = end < line_end && text[end] == ':';
  for (size_t k = 0; k + 2 < groups; ++k) {
    const auto [a, la] = runs[k];
    const size_t lb = runs[k + 1].second, lc = runs[k + 2].second;
    const bool year_first = la == 4 && YearAt(text, a);
    dated |= (year_first && lb <= 2 && lc <= 2) || (la <= 2 && lb <= 2 && lc == 4);
  }
  const bool glued_after = end < line_end && (IsAlnumAscii(text[end]) || text[end] == '/' || text[end] == '%' ||
                                              (text[end] == ',' && end + 1 < line_end && IsDigit(text[end + 1])));
  // GroupedNumberEnd has left out two years and two times of four digits.
  const bool four_four = groups == 2 && first == 4 && last == 4;
  return (groups >= 3 || four_four) && !thousands && !dated && !glued_after;
}

}  // namespace

void AddNumbersBesideNames(std::string_view text, float min_confidence, std::vector<Finding>* findings) {
  std::optional<SureNumberSpans> sure;  // built at the first candidate
  std::vector<Finding> added;
  for (const Finding& f : *findings) {
    if (f.kind != Kind::kPerson || f.confidence < min_confidence || f.end + 3 > text.size()) continue;
    size_t p = f.end;
    bool clause_end = false;
    bool outside_parentheses = false;  // a ')' after the number closes nothing of the name's
    if (text.compare(p, 2, " (") == 0 || text.compare(p, 2, "\n(") == 0) {
      p += 2;
    } else if (text.compare(p, 2, ": ") == 0 || text.compare(p, 3, " : ") == 0) {
      p += text[p] == ':' ? 2 : 3;
      clause_end = true;
    } else if (text.compare(p, 2, ", ") == 0) {
      // Inside parentheses that open before the name, on its line or the
      // line before ("(family agrees; contact his wife\n   Aminatou, 6 77 02
      // 44 98).").
      size_t open = f.begin;
      while (open > 0 && text[open - 1] != '(' && text[open - 1] != ')' && f.begin - open < 80) {
        --open;
      }
      // Else a number that ends the clause ("su secretaria Ana, 3142208871.").
      clause_end = outside_parentheses = open == 0 || text[open - 1] != '(';
      p += 2;
    } else if (text[p] == ' ' || text[p] == '\t') {
      // A table's next column on the name's row ("Amina Yusuf   773 442 019"),
      // a number after the name or after a dash ("Nelson 987 120 455.",
      // "Manana — 19001033170").
      while (p < text.size() && (text[p] == ' ' || text[p] == '\t')) ++p;
      for (std::string_view dash : {"- ", "\xE2\x80\x94 ", "\xE2\x80\x93 "}) {
        if (text.compare(p, dash.size(), dash) == 0) p += dash.size();
      }
      clause_end = true;
    } else {
      continue;
    }
    if (p >= text.size() || !IsDigit(text[p])) continue;
    const size_t end = NumberBesideNameEnd(text, p, clause_end);
    if (end == std::string_view::npos || (outside_parentheses && text[end] == ')')) continue;
    if (!sure) sure.emplace(*findings);
    if (!sure->Holds(p, end)) added.push_back(Finding{p, end, Kind::kPhone, "BESIDE_NAME", kBesideNameConfidence, "link"});
  }
  findings->insert(findings->end(), added.begin(), added.end());
}

void AddNumbersInNamedRows(std::string_view text, float min_confidence, std::vector<Finding>* findings) {
  std::vector<size_t> lines;  // where each line with a found name begins
  for (const Finding& f : *findings) {
    if (f.kind != Kind::kPerson || f.confidence < min_confidence || f.begin >= text.size()) continue;
    size_t b = f.begin;
    while (b > 0 && text[b - 1] != '\n') --b;
    lines.push_back(b);
  }
  std::sort(lines.begin(), lines.end());
  lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
  if (lines.empty()) return;
  const SureNumberSpans sure(*findings);
  std::vector<Finding> added;
  for (const size_t b : lines) {
    size_t e = text.find('\n', b);
    if (e == std::string_view::npos) e = text.size();
    const size_t line_added = added.size();
    // `subkind` is a literal (Finding keeps the view).
    auto add = [&](size_t begin, size_t end, Kind kind, std::string_view subkind) {
      if (sure.Holds(begin, end)) return;
      for (size_t k = line_added; k < added.size(); ++k) {
        if (added[k].begin < end && begin < added[k].end) return;
      }
      added.push_back(Finding{begin, end, kind, subkind, kBesideNameConfidence, "link"});
    };
    for (const char delimiter : RowDelimiters(text, b, e)) {
      const auto cells = RowCells(text, b, e, delimiter);
      if (cells.size() < 3) continue;
      for (auto [cb, ce] : cells) {
        if (cb < ce && text[cb] == '\'') ++cb;  // a spreadsheet's mark for a number kept as text
        if (const size_t end = NumberCellEnd(text, cb, ce); end != std::string_view::npos) {
          add(cb, end, Kind::kId, "IN_NAMED_ROW");
        }
      }
      if (delimiter != ' ') continue;
      // In a register aligned by spaces, a long run of digits between
      // single spaces ("62 M 14010332691     "): columns typed one space
      // apart.
      for (size_t i = b; i < e;) {
        if (!IsDigit(text[i]) || (i > b && text[i - 1] != ' ')) {
          ++i;
          continue;
        }
        size_t j = i;
        while (j < e && IsDigit(text[j])) ++j;
        if (j - i >= 9 && j - i <= 13 && (j == e || text[j] == ' ' || text[j] == '\r') &&
            GroupedNumberEnd(text, i) == j) {
          add(i, j, Kind::kId, "IN_NAMED_ROW");
        }
        i = j;
      }
    }
    for (size_t i = b; i < e;) {
      const bool starts = IsDigit(text[i]) &&
                          (i == b || !(IsAlnumAscii(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == '-' ||
                                       text[i - 1] == '/' || text[i - 1] == ',' ||
                                       static_cast<unsigned char>(text[i - 1]) >= 0x80));
      if (!starts) {
        ++i;
        continue;
      }
      const size_t end = GroupedNumberEnd(text, i);
      if (end == std::string_view::npos) {
        while (i < e && IsDigit(text[i])) ++i;
        continue;
      }
      if (IsPhoneShaped(text, i, end, e)) add(i, end, Kind::kPhone, "ON_NAMED_LINE");
      i = end;
    }
  }
  findings->insert(findings->end(), added.begin(), added.end());
}

}  // namespace tearline::link_internal
