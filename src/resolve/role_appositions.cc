// Names in apposition to a role. Contract in role_appositions.h and
// tearline/resolve.h (NAMES IN APPOSITION TO A ROLE).
#include "role_appositions.h"

#include <algorithm>

#include "link_words.h"
#include "name_lists.h"

namespace tearline::link_internal {
namespace {

constexpr float kWeakest = 0.3f;
// Bytes after a role in which the comma closing its apposition is looked for.
constexpr size_t kMaxRoleTail = 48;
// Place readings below this may be a person's name in apposition to a role
// (a sure place reading starts at 0.9 elsewhere; "Lomoru" was read at 0.53).
constexpr float kWeakPlace = 0.7f;

// Words that may stand between ", " and the role ("Wairimu, the driver"),
// and between a role's capitalised article and the role. Lower case.
constexpr std::string_view kDeterminers[] = {"a", "an", "her", "his", "our", "the", "their", "my"};

// The end of the determiner and its space at text[p...] (one of
// kDeterminers, in small letters, or capitalised when `capital`), or p when
// there is none.
size_t AfterDeterminer(std::string_view text, size_t p, bool capital) {
  for (std::string_view d : kDeterminers) {
    if (p + d.size() + 1 > text.size() || text[p + d.size()] != ' ') continue;
    bool same = true;
    for (size_t i = 0; i < d.size() && same; ++i) {
      const char c = text[p + i];
      same = c == d[i] || (capital && i == 0 && c == d[i] - ('a' - 'A'));
    }
    if (same) return p + d.size() + 1;
  }
  return p;
}

// Whether a role that ends at text[e] ends its apposition: ',', ';', '.',
// ')', a space and a word ("a nurse at the clinic"), or the line's end; not
// a possessive ("the driver's").
bool RoleEndsAt(std::string_view text, size_t e) {
  if (e >= text.size()) return true;
  const char c = text[e];
  return c == ',' || c == ';' || c == '.' || c == ')' || c == ' ' || c == '\n' || c == '\r';
}

// Whether a ',' closes the apposition whose role ends at text[e] before its
// clause or line ends ("the driver of the second car, paid").
bool ClosedByComma(std::string_view text, size_t e) {
  for (size_t p = e; p < text.size() && p < e + kMaxRoleTail; ++p) {
    const char c = text[p];
    if (c == ',') return true;
    if (c == '.' || c == ';' || c == ':' || c == '\n' || c == '(' || c == ')') return false;
  }
  return false;
}

}  // namespace

void RaiseNamesBesideRoles(std::string_view text, float min_confidence, std::vector<Finding>* findings) {
  std::vector<Finding>& all = *findings;
  // The occupations, by where they start and end.
  std::vector<std::pair<size_t, size_t>> roles;
  for (const Finding& f : all) {
    if (f.kind == Kind::kDem && f.subkind == "OCCUPATION" && f.end <= text.size()) roles.emplace_back(f.begin, f.end);
  }
  if (roles.empty()) return;
  std::sort(roles.begin(), roles.end());
  auto role_starting = [&](size_t b) {
    const auto it = std::lower_bound(roles.begin(), roles.end(), std::make_pair(b, size_t{0}));
    return it != roles.end() && it->first == b ? it->second : size_t{0};
  };
  // The same, by where they end.
  std::vector<std::pair<size_t, size_t>> by_end;
  by_end.reserve(roles.size());
  for (const auto& [rb, re] : roles) by_end.emplace_back(re, rb);
  std::sort(by_end.begin(), by_end.end());
  auto role_ending = [&](size_t b_min, size_t e) {
    for (auto it = std::lower_bound(by_end.begin(), by_end.end(), std::make_pair(e, b_min));
         it != by_end.end() && it->first == e; ++it) {
      if (it->second >= b_min) return true;
    }
    return false;
  };
  for (Finding& f : all) {
    if (f.detector != "tagger" || f.end + 2 > text.size() || !IsCapitalByte(text[f.begin])) continue;
    // A place reading below kWeakPlace in apposition to a role is a person's
    // name too; after the name, the name must open its clause and a comma
    // close the apposition: "Shiyar, the driver of the second car, paid
    // him", "the headman, Lomoru, tried" (not "In Lodwar, the driver",
    // "Lodwar, the driver said.").
    const bool place = f.kind == Kind::kLoc && f.confidence < kWeakPlace;
    if (!place && (f.kind != Kind::kPerson || f.confidence < kWeakest || f.confidence >= min_confidence)) continue;
    bool beside = false;
    // "Ng'ang'a Wairimu, the driver,": the role after the name.
    if (text.compare(f.end, 2, ", ") == 0) {
      const size_t r = AfterDeterminer(text, f.end + 2, false);
      const size_t re = r > f.end + 2 ? role_starting(r) : 0;
      beside = re != 0 && RoleEndsAt(text, re) && (!place || (OpensClause(text, f.begin) && ClosedByComma(text, re)));
    }
    // "The shopkeeper, Hamisi Bakari, refused": the role before the name,
    // after a determiner, the name closed by ',' or ';'.
    if (!beside && f.begin >= 4 && text.compare(f.begin - 2, 2, ", ") == 0 && f.end < text.size() &&
        (text[f.end] == ',' || text[f.end] == ';')) {
      const size_t re = f.begin - 2;
      size_t rb = re;
      while (rb > 0 && IsWordByte(text[rb - 1])) --rb;
      if (rb >= 2 && text[rb - 1] == ' ') {
        size_t db = rb - 1;
        while (db > 0 && IsWordByte(text[db - 1])) --db;
        beside = AfterDeterminer(text, db, true) == rb && role_ending(rb, re);
      }
    }
    if (!beside) continue;
    if (place) {
      f.kind = Kind::kPerson;
      f.subkind = {};
    }
    f.confidence = min_confidence;
  }
}

}  // namespace tearline::link_internal
