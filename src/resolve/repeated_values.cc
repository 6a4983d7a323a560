// Codes and numbers named again (contract in repeated_values.h).
#include "repeated_values.h"

#include <algorithm>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace tearline::link_internal {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlnumAscii(char c) { return IsDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
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
  bool letter = false;  // in a phone: no key
  for (char c : bytes) {
    if (IsDigit(c)) ++digits;
    letter |= phone && IsAlnumAscii(c) && !IsDigit(c);
    if (phone ? IsDigit(c) : IsAlnumAscii(c)) key->push_back(Upper(c));
  }
  const bool ok = phone ? !letter && digits >= 8 : key->size() >= 7 && digits >= 4;
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

// The end of the number at text[p...] (digits in groups joined by one ' ',
// '-' or '.'), eight to thirteen digits, right before a ')' (or, when
// `clause_end`, before ')', ',', ';', a line's end, the text's end, a CSV
// field's closing quote or a period that ends a sentence); npos if none.
// Two years ("2019-2021"), two times ("0600-1400") and a date
// ("12.03.2024") are none.
size_t NumberBesideNameEnd(std::string_view text, size_t p, bool clause_end) {
  size_t i = p;
  int digits = 0;
  std::vector<size_t> groups;
  while (i < text.size()) {
    size_t run = i;
    while (run < text.size() && IsDigit(text[run])) ++run;
    if (run == i) return std::string_view::npos;
    groups.push_back(run - i);
    digits += static_cast<int>(run - i);
    i = run;
    if (i + 1 < text.size() && (text[i] == ' ' || text[i] == '-' || text[i] == '.') && IsDigit(text[i + 1])) {
      ++i;
      continue;
    }
    break;
  }
  if (digits < 8 || digits > 13) return std::string_view::npos;
  const bool closed =
      (i < text.size() && text[i] == ')') ||
      (clause_end && (i == text.size() || text[i] == ',' || text[i] == ';' || text[i] == '\n' || text[i] == '\r' ||
                      text[i] == '"' ||
                      (text[i] == '.' && (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n' ||
                                          text[i + 1] == '"'))));
  if (!closed) return std::string_view::npos;
  auto year_at = [&](size_t g_begin) {
    return text.compare(g_begin, 2, "19") == 0 || text.compare(g_begin, 2, "20") == 0;
  };
  // Two times of a shift ("0600-1400"): hours to 24, minutes to 59.
  auto time_at = [&](size_t g_begin) {
    const int hours = (text[g_begin] - '0') * 10 + (text[g_begin + 1] - '0');
    return hours <= 24 && text[g_begin + 2] <= '5';
  };
  if (groups.size() == 2 && groups[0] == 4 && groups[1] == 4 &&
      ((year_at(p) && year_at(p + 5)) || (time_at(p) && time_at(p + 5)))) {
    return std::string_view::npos;
  }
  if (groups.size() == 3 && groups[0] <= 2 && groups[1] <= 2 && groups[2] == 4) return std::string_view::npos;
  return i;
}

}  // namespace

void AddNumbersBesideNames(std::string_view text, float min_confidence, std::vector<Finding>* findings) {
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
      // Inside parentheses that open before the name, on its line.
      size_t open = f.begin;
      while (open > 0 && text[open - 1] != '(' && text[open - 1] != ')' && text[open - 1] != '\n' &&
             f.begin - open < 80) {
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
    bool held = false;
    for (const Finding& g : *findings) {
      held |= (g.kind == Kind::kPhone || g.kind == Kind::kId) && g.begin <= p && g.end >= end &&
              g.confidence >= kBesideNameConfidence;
    }
    if (!held) added.push_back(Finding{p, end, Kind::kPhone, "BESIDE_NAME", kBesideNameConfidence, "link"});
  }
  findings->insert(findings->end(), added.begin(), added.end());
}

}  // namespace tearline::link_internal
