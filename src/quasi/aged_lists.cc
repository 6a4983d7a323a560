// Lists of names with their ages (contract in aged_lists.h and
// tearline/quasi.h, NewRelationNameDetector).
#include "aged_lists.h"

#include <algorithm>
#include <array>
#include <iterator>

#include "name_words.h"
#include "quasi_internal.h"
#include "tearline/file.h"
#include "tearline/quasi.h"

namespace tearline::quasi {
namespace {

// The most names a list holds, and how far around it a word of kin is looked for.
constexpr size_t kMaxListed = 12;
constexpr size_t kContextBefore = 100;
constexpr size_t kContextAfter = 60;

// Capitalised words that take a number and name no one ("Block 3, Zone 4",
// "Day 2", "Manzana 4"), and month abbreviations; sorted.
constexpr std::string_view kNumberedNouns[] = {
    "Annex", "Apr", "Area", "Aug", "Avenida", "Barrio", "Bed", "Block", "Bloco", "Boat", "Building", "Bus",
    "Calle", "Camp", "Car", "Casa", "Case", "Class", "Cluster", "Colonia", "Container", "Convoy", "Day", "Dec",
    "Feb", "Figure", "Floor", "Gate", "Grade", "Group", "Hall", "House", "Item", "Kebele", "Km", "Level",
    "Line", "Lot", "Lote", "Manzana", "Mar", "Nov", "Oct", "Page", "Phase", "Plot", "Quadra", "Ref", "Road",
    "Room", "Round", "Route", "Rua", "Sec", "Section", "Sector", "Sep", "Sept", "Shelter", "Site", "Step",
    "Street", "Table", "Team", "Tent", "Truck", "Unit", "Vehicle", "Village", "Ward", "Week", "Woreda", "Zona",
    "Zone",
};
static_assert(std::is_sorted(std::begin(kNumberedNouns), std::end(kNumberedNouns)));

// Words of a line that speaks of children or kin, lower case, sorted by bytes.
constexpr std::string_view kKinContext[] = {
    "baby", "boy", "boys", "brother", "brothers", "child", "children", "crianças", "daughter", "daughters",
    "dependants", "dependents", "enfant", "enfants", "family", "father", "filha", "filhas", "filho", "filhos",
    "fille", "filles", "fils", "frère", "frères", "girl", "girls", "grandchild", "grandchildren",
    "granddaughter", "granddaughters", "grandson", "grandsons", "her", "hermanas", "hermanos", "hh", "hija",
    "hijas", "hijo", "hijos", "his", "household", "huérfanos", "kid", "kids", "madre", "members", "minor",
    "minors", "mother", "mtoto", "mãe", "mère", "nephew", "nephews", "netos", "neveux", "niece", "nieces", "nietos",
    "nièces", "niñas", "niños", "oan", "orphan", "orphans", "orphelin", "orphelines", "orphelins", "padre", "pai",
    "parents", "père", "sibling", "siblings", "sister", "sisters", "sobrinhos", "sobrinos", "soeurs", "son",
    "sons", "sœurs", "their", "twins", "w/", "watoto", "órfãos",
};
static_assert(std::is_sorted(std::begin(kKinContext), std::end(kKinContext)));

// Units an age may carry ("7 yrs", "11 ans", "3 mo", "8 meses", "12a": años),
// lower case.
constexpr std::string_view kAgeUnits[] = {"años", "anos", "ans",   "an",   "meses", "months", "month", "mois",
                                          "mos",  "mo",   "m",     "years", "year", "yrs",    "yr",    "yo",
                                          "y/o",  "y",    "a"};

// The end of the unit of an age whose digits end at text[q] (" yrs" of
// "7 yrs", "mo" of "3mo"), one space allowed before it; q when there is none.
// A unit of one letter after a space is not one before another space: the
// Spanish "y" of "Kimberly de 3 y el Josué" joins the next name.
size_t AgeUnitEnd(std::string_view text, size_t q) {
  const size_t s = q < text.size() && text[q] == ' ' ? q + 1 : q;
  for (std::string_view unit : kAgeUnits) {
    if (unit.size() == 1 && s > q && s + 1 < text.size() && text[s + 1] == ' ') continue;
    if (text.compare(s, unit.size(), unit) == 0 &&
        (s + unit.size() == text.size() || !IsLetterByte(text[s + unit.size()]))) {
      return s + unit.size();
    }
  }
  return q;
}

// The length of the sex written before an age in parentheses at text[q...]
// ("M, " of "(M, 10)", "F, " of "(F, 7)"), or 0.
size_t SexBeforeAgeLength(std::string_view text, size_t q) {
  return q + 3 < text.size() && (text[q] == 'M' || text[q] == 'F') && text[q + 1] == ',' && text[q + 2] == ' ' ? 3 : 0;
}

// The end of an age right after a name that ends at text[p]: " 8", " 16",
// ", 9", " 7 yrs", " 3mo", " de 6", " (6)", " (11 ans)", " (F, 7)" (ReadAgeInParentheses);
// 0 when there is none. Out of parentheses, one or two digits, then a unit
// or nothing. Then the end of the item (the text's end, a space, a line
// break, a tab or , ; . ) ).
size_t AgeEnd(std::string_view text, size_t p) {
  const size_t n = text.size();
  if (p + 1 >= n || (text[p] != ' ' && text[p] != ',')) return 0;
  size_t q = p + 1;
  if (text[p] == ',') {  // "Mercy, 9; Okeny, 6"
    if (q + 1 >= n || text[q] != ' ' || !IsDigitAscii(text[q + 1])) return 0;
    ++q;
  }
  if (text[q] == '(') {
    q = ReadAgeInParentheses(text, q).end;
    if (q == 0) return 0;
  } else {
    // Spanish and Portuguese "de": "Dereck de 6", "el Josué de 11 años".
    if (text[p] == ' ' && text.compare(q, 3, "de ") == 0 && q + 3 < n && IsDigitAscii(text[q + 3])) q += 3;
    const size_t digits = q;
    while (q < n && q - digits < 3 && IsDigitAscii(text[q])) ++q;
    if (q == digits || q - digits > 2) return 0;
    q = AgeUnitEnd(text, q);
  }
  if (q == n) return q;
  const char c = text[q];
  return (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ',' || c == ';' || c == '.' || c == ')') ? q : 0;
}

// The end of the name of an item at text[i]; 0 when there is none or it is a
// numbered noun ("Block 3").
size_t ItemNameEnd(std::string_view text, size_t i) {
  if (!CapitalAt(text, i)) return 0;
  const size_t end = NameEnd(text, i, /*mixed_case=*/false);
  if (end == 0) return 0;
  if (Listed(kNumberedNouns, text.substr(i, NameWordEnd(text, i) - i))) return 0;
  return end;
}

// The end of a short aside in parentheses right after an age that ends at
// text[end) (" (fille)", " (ép. 2)"): an aside (AsideEnd) of one to twelve
// bytes with no parenthesis inside; end when there is none.
size_t AsideAfterAgeEnd(std::string_view text, size_t end) {
  const size_t close = AsideEnd(text, end);
  if (close == 0) return end;
  const std::string_view inside = text.substr(end + 2, close - 1 - (end + 2));
  return inside.empty() || inside.size() > 12 || inside.find('(') != std::string_view::npos ? end : close;
}

// Whether text[b, e) holds a word of kKinContext, in any ASCII case.
bool KinWordIn(std::string_view text, size_t b, size_t e) {
  for (size_t p = b; p < e;) {
    if (!IsLetterByte(text[p])) {  // a word starts with a letter; "w/" ends with '/'
      ++p;
      continue;
    }
    size_t q = p;
    while (q < e && (IsLetterByte(text[q]) || (text[q] == '/' && q > p))) ++q;
    std::array<char, 16> buf;
    if (q - p <= buf.size() && Listed(kKinContext, LowerAsciiInto(text.substr(p, q - p), buf))) return true;
    p = q;
  }
  return false;
}

}  // namespace

void AgedNameList(std::string_view text, size_t i, float confidence, std::string_view id, FindingSink& sink,
                  size_t* from) {
  struct Item {
    size_t begin, name_end, end;
  };
  // Most capitals start no such list: a number must follow a few name words.
  size_t p = i;
  static_assert(kAgedListDigitReach == 48 + 4);  // the digit after "(M, " at p + 4
  while (p < text.size() && p - i < 48 && (IsLetterByte(text[p]) || text[p] == ' ' || text[p] == '-' ||
                                           text[p] == '\'' || text[p] == '.')) {
    ++p;
  }
  // "Mercy, 9": a comma and a space before the age.
  if (p + 2 < text.size() && text[p] == ',' && text[p + 1] == ' ' && IsDigitAscii(text[p + 2])) p += 2;
  if (p >= text.size() || text[p - 1] != ' ' ||
      !(IsDigitAscii(text[p]) ||
        (text[p] == '(' && p + 1 < text.size() && IsDigitAscii(text[p + 1 + SexBeforeAgeLength(text, p + 1)])))) {
    return;
  }
  Item items[kMaxListed];
  size_t count = 0;
  for (size_t b = i; count < kMaxListed;) {
    const size_t name_end = ItemNameEnd(text, b);
    if (name_end == 0) break;
    const size_t end = AgeEnd(text, name_end);
    if (end == 0) break;
    items[count++] = Item{b, name_end, end};
    // A short aside after the age ("Djaïlatou 14 (fille), Moussa 10 (fils)").
    const size_t after = AsideAfterAgeEnd(text, end);
    size_t next = after;
    // Swahili "na" and Tetum "no" ("and": "Boniface (6) na Sabina (3)").
    for (std::string_view sep : {", and ", " and ", ", & ", " & ", ", et ", ", y ", ", e ", ", ", "; ", " + ", " y ",
                                 " et ", " e ", " na ", " no "}) {
      if (text.compare(after, sep.size(), sep) == 0) {
        next = after + sep.size();
        break;
      }
    }
    if (next == after) break;
    // A Spanish article before a given name ("y el Josué de 11").
    if (text.compare(next, 3, "el ") == 0 || text.compare(next, 3, "la ") == 0) next += 3;
    b = next;
  }
  if (count < 2) return;
  // The line around the list must speak of children or kin.
  // The context: up to kContextBefore bytes before the list and
  // kContextAfter after it, within the list's line (looked for within those
  // bytes only: a text of one long line must not cost a line per list).
  const size_t first = items[0].begin, last = items[count - 1].end;
  const size_t lo = first > kContextBefore ? first - kContextBefore : 0;
  const size_t hi = std::min(text.size(), last + kContextAfter);
  size_t before_nl = text.substr(lo, first - lo).rfind('\n');
  // A list that opens an indented line continues the line before ("2
  // neveux non accompagnés\n  (Ukumu, 15 ans, et Ulonga, 13 ans)").
  if (before_nl != std::string_view::npos) {
    const size_t line = lo + before_nl + 1;
    if (line < first && text[line] == ' ' &&
        text.substr(line, first - line).find_first_not_of(" (") == std::string_view::npos) {
      before_nl = before_nl == 0 ? std::string_view::npos : text.substr(lo, before_nl).rfind('\n');
    }
  }
  const size_t context_begin = before_nl == std::string_view::npos ? lo : lo + before_nl + 1;
  const size_t context_end = std::min(hi, text.substr(0, hi).find('\n', last));
  if (!KinWordIn(text, context_begin, first) && !KinWordIn(text, first, last) &&
      !KinWordIn(text, last, context_end)) {
    return;
  }
  for (size_t k = 0; k < count; ++k) {
    sink.Add(Finding{items[k].begin, items[k].name_end, Kind::kPerson, "RELATIVE", confidence, id});
  }
  *from = last;
}

}  // namespace tearline::quasi

namespace tearline {

namespace {

// What a person is, written after an age in parentheses ("(19, student)",
// "(45, veuve)"), lower case. Sorted.
constexpr std::string_view kStatusesAfterAge[] = {
    "agricultor", "agricultora", "comerciante", "commer\xC3\xA7" "ant", "commer\xC3\xA7" "ante", "cultivateur",
    "cultivatrice", "deceased", "disabled", "driver", "enseignant", "enseignante", "estudiante", "farmer",
    "fisherman", "herder", "housewife", "injured", "laborer", "labourer", "married", "mechanic", "missing",
    "m\xC3\xA9nag\xC3\xA8re", "nurse", "orphan", "pregnant", "pupil", "single", "student", "tailor", "teacher",
    "trader", "unemployed", "veuf", "veuve", "widow", "widower", "\xC3\xA9l\xC3\xA8ve", "\xC3\xA9tudiant",
    "\xC3\xA9tudiante"};
static_assert(std::is_sorted(std::begin(kStatusesAfterAge), std::end(kStatusesAfterAge)));

}  // namespace

AgeInParentheses ReadAgeInParentheses(std::string_view text, size_t open) {
  using quasi::IsDigitAscii;
  const size_t n = text.size();
  if (open >= n || text[open] != '(') return {};
  size_t p = open + 1;
  bool bare = true;
  const auto sex = [&](size_t at) { return at < n && (text[at] == 'M' || text[at] == 'F'); };
  const auto separator = [&](size_t* at) {  // ", ", "/", " ", ","
    const size_t from = *at;
    while (*at < n && (text[*at] == ',' || text[*at] == '/' || text[*at] == ' ') && *at - from < 2) ++*at;
    return *at > from;
  };
  if (sex(p) && p + 1 < n && !IsWordByte(text[p + 1])) {  // "(M, 34)", "(F/29)"
    ++p;
    if (!separator(&p)) return {};
    bare = false;
  }
  // An estimate: "(approx 10)", "(about 9)", "(c. 40)", "(~12)", "(aged 7)".
  static constexpr std::string_view kAbout[] = {"approx. ", "approx ", "about ", "aged ", "age ", "ca. ", "c. ", "~"};
  for (std::string_view a : kAbout) {
    if (text.compare(p, a.size(), a) == 0) {
      p += a.size();
      bare = false;
      break;
    }
  }
  const size_t digits = p;
  while (p < n && IsDigitAscii(text[p]) && p - digits < 3) ++p;
  if (p == digits || p - digits > 2 || (p - digits == 2 && text[digits] == '0')) return {};
  const size_t unit_end = quasi::AgeUnitEnd(text, p);
  const bool unit = unit_end > p;
  p = unit_end;
  if (p < n && text[p] != ')') {  // "(34, M)", "(29 ans, F)", "(19, student)"
    size_t q = p;
    if (!separator(&q)) return {};
    if (sex(q)) {
      p = q + 1;
    } else {
      size_t w = q;
      while (w < n && (quasi::IsLowerAscii(text[w]) || static_cast<unsigned char>(text[w]) >= 0x80) && w - q < 16) ++w;
      if (w == q || !quasi::Listed(kStatusesAfterAge, text.substr(q, w - q))) return {};
      p = w;
    }
    bare = false;
  }
  if (p >= n || text[p] != ')') return {};
  return AgeInParentheses{p + 1, unit, bare && !unit};
}

AgeInParentheses ReadAgeAfterSpace(std::string_view text, size_t p) {
  if (p >= text.size() || text.compare(p, 2, " (") != 0) return {};
  return ReadAgeInParentheses(text, p + 1);
}

}  // namespace tearline
