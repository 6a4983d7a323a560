// Names in a list of names. Contract in listed_names.h and tearline/resolve.h
// (LISTED NAMES).
#include "listed_names.h"

#include <algorithm>
#include <iterator>
#include <string>

#include "common_words.h"
#include "finding_index.h"
#include "known_places.h"
#include "link_words.h"
#include "patronyms.h"
#include "uncommon_names.h"

namespace tearline::link_internal {
namespace {

// A list needs this many items, and this many of them opening with a name a
// detector read, before its other items are read as names.
constexpr size_t kMinItems = 3;
constexpr size_t kMinNamedItems = 2;
constexpr size_t kMinNameWords = 2;
constexpr size_t kMaxNameWords = 5;

// Capitalised words that end the names of places, organisations and things
// ("Tal Abyad Road", "Water Point", "Women's Committee"), lower case. Sorted.
constexpr std::string_view kThingHeads[] = {
    "agency", "area",    "block",   "bridge", "camp",     "center",   "centre",  "church",   "city",
    "clinic", "college", "committee", "council", "district", "gate",  "group",   "hospital", "hotel",
    "market", "mosque",  "office",  "point",  "river",    "road",     "school",  "site",     "station",
    "street", "team",    "town",    "unit",   "village",  "zone",
};
static_assert(std::is_sorted(std::begin(kThingHeads), std::end(kThingHeads)));

enum class Marker { kNone, kNumber, kDash, kStar, kBullet };

// One item of a list: its marker, and the segment that may hold a name.
struct Item {
  Marker marker = Marker::kNone;
  size_t begin = 0;      // the first segment: after the marker ...
  size_t end = 0;        // ... up to " – ", " - ", ", ", " (", ":", a tab, " |" or the line's end
  bool name_shaped = false;
  bool initial_first = false;  // name-shaped and opening with an initial: "A. Yogarajah"
};

// The list marker at text[p...] ("4. ", "4) ", "- ", "* ", "• ", "– ") and
// the position after it and its spaces; kNone when there is none.
Marker MarkerAt(std::string_view text, size_t p, size_t line_end, size_t* after) {
  Marker m = Marker::kNone;
  size_t q = p;
  if (q < line_end && text[q] >= '0' && text[q] <= '9') {
    while (q < line_end && text[q] >= '0' && text[q] <= '9' && q - p < 3) ++q;
    if (q < line_end && (text[q] == '.' || text[q] == ')')) {
      ++q;
      m = Marker::kNumber;
    }
  } else if (q < line_end && text[q] == '-') {
    ++q;
    m = Marker::kDash;
  } else if (q < line_end && text[q] == '*') {
    ++q;
    m = Marker::kStar;
  } else if (text.compare(q, 3, "\xE2\x80\xA2") == 0 || text.compare(q, 3, "\xE2\x80\x93") == 0) {
    q += 3;
    m = Marker::kBullet;
  }
  if (m == Marker::kNone || q >= line_end || text[q] != ' ') return Marker::kNone;
  while (q < line_end && text[q] == ' ') ++q;
  *after = q;
  return m;
}

// The end of the first segment of an item at text[b, line_end).
size_t SegmentEnd(std::string_view text, size_t b, size_t line_end) {
  for (size_t i = b; i < line_end; ++i) {
    const char c = text[i];
    if (c == '\t' || c == ':' || c == ',' || c == ';' || c == '(' || c == '|' || c == '[') return i;
    if (c == ' ' && i + 1 < line_end) {
      const char d = text[i + 1];
      if (d == '-' || d == '(' || d == '|' || text.compare(i + 1, 3, "\xE2\x80\x93") == 0 ||
          text.compare(i + 1, 3, "\xE2\x80\x94") == 0) {
        return i;
      }
    }
  }
  return line_end;
}

// Whether word reads as a word of a name: capitalised
// (a particle joined by a hyphen to a capitalised word, "al-Hamoud", too),
// or a lower-case particle when particles_allowed; no digit, period or
// slash; no generic word, title or thing's head.
bool NameWord(std::string_view word, bool particles_allowed) {
  if (word.empty()) return false;
  if (std::any_of(word.begin(), word.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.' || c == '/'; })) {
    return false;
  }
  if (!IsCapitalByte(word[0])) {
    const size_t hyphen = word.find('-');
    if (hyphen == std::string_view::npos) return particles_allowed && IsNameParticle(word);
    return IsNameParticle(word.substr(0, hyphen)) && hyphen + 1 < word.size() && IsCapitalByte(word[hyphen + 1]);
  }
  if (IsGenericNameWord(word) || IsTitleWord(word)) return false;
  std::string lower(word);
  for (char& c : lower) c = LowerAsciiByte(c);
  return !std::binary_search(std::begin(kThingHeads), std::end(kThingHeads), lower);
}

// Whether text[b, e) reads as a person's name (after a title): two to five words joined by
// single spaces, each capitalised (or a particle, or a particle joined by a
// hyphen to a capitalised word: "al-Ubaid"), no digit; up to two initials
// with a period may open it ("A. Yogarajah", "P. Mary Jesintha"); the first
// word after them no common English word; none a generic word, a title or a
// word of kThingHeads.
bool NameShaped(std::string_view text, size_t b, size_t e) {
  while (e > b && text[e - 1] == ' ') --e;
  if (e <= b) return false;
  b = AfterLeadingTitle(text, b, e);  // "Dr. Samer al-Hamoud", "Mrs Amina Yusuf"
  size_t words = 0, capitalised = 0, initials = 0;
  for (size_t p = b; p < e;) {
    size_t w = p;
    while (w < e && text[w] != ' ') ++w;
    const std::string_view word = text.substr(p, w - p);
    if (word.empty() || ++words > kMaxNameWords) return false;
    const bool initial = word.size() == 2 && word[1] == '.' && word[0] >= 'A' && word[0] <= 'Z';
    if (initial && initials + 1 == words && initials < 2 && w < e) {
      ++initials;
      p = w + 1;
      continue;
    }
    // The first word no English word ("Water Point"); later words may be
    // ethnic names ("Karim Wardak").
    if (!NameWord(word, true) || (words == initials + 1 && IsCapitalByte(word[0]) && IsCommonWord(word))) return false;
    capitalised += IsCapitalByte(word[0]);
    p = w;
    if (p < e) {
      if (p + 1 >= e || text[p + 1] == ' ') return false;
      ++p;
    }
  }
  return words >= kMinNameWords && capitalised >= 1 && IsCapitalByte(text[b]);
}

// One line that opens with an inverted name: "Haidari, Fatima. Nurse",
// "- al-Hamoud, Amer – chair", "Smith, J. R.".
struct InvertedName {
  size_t surname_begin = 0, surname_end = 0;  // "Haidari"
  size_t given_begin = 0, given_end = 0;      // "Fatima", "Gul Ahmad", "J. R."
};

constexpr size_t kMaxSurnameWords = 3;
constexpr size_t kMaxGivenWords = 3;
constexpr size_t kMaxLinesBetweenInverted = 2;

// Whether word is two ASCII capitals or more and no small letter ("CCA",
// "HAIDARI").
bool AllCapitals(std::string_view word) {
  size_t capitals = 0;
  for (char c : word) {
    if (IsAsciiLower(c)) return false;
    capitals += IsAsciiUpper(c);
  }
  return capitals >= 2;
}

// The inverted name that opens text[p, line_end) (after spaces and a list
// marker), if the line opens with one: a surname (particles, then one
// capitalised word), ", ", one to three given names or initials ("J."), then
// the line's end, '.', ',', ':', ';', a tab, " (", " - ", " – " or " — "
// (after an initial, a space). Given names of two letters or more, in
// capitals only after a surname in capitals, not all English words.
bool InvertedNameAt(std::string_view text, size_t p, size_t line_end, InvertedName* out) {
  while (p < line_end && (text[p] == ' ' || text[p] == '\t')) ++p;
  size_t after = p;
  if (MarkerAt(text, p, line_end, &after) != Marker::kNone) p = after;
  // Searches stay on the line: a text of many lines without a comma must not
  // be read again from each of them.
  const std::string_view line = text.substr(0, line_end);
  const size_t comma = line.find(',', p);
  if (comma == std::string_view::npos || comma == p) return false;
  const std::string_view before_comma = text.substr(0, comma);
  // The surname: particles, then one capitalised word, joined by single
  // spaces up to the comma ("Haidari", "al-Hamoud", "de la Cruz"; not "Nino
  // Kapanadze" of "Nino Kapanadze, CCA", a name written forwards).
  size_t words = 0, capitalised = 0, surname = p;
  for (size_t w = p; w < comma;) {
    size_t e = before_comma.find(' ', w);
    if (e == std::string_view::npos) e = comma;
    const std::string_view word = text.substr(w, e - w);
    if (++words > kMaxSurnameWords || !NameWord(word, true)) return false;
    if (IsCapitalByte(word[0])) {
      ++capitalised;
      surname = w;
    }
    if (e < comma && (e + 1 >= comma || text[e + 1] == ' ')) return false;
    w = e + 1;
  }
  if (capitalised != 1 || !IsCapitalByte(text[surname]) || before_comma.find(' ', surname) != std::string_view::npos ||
      comma + 2 >= line_end || text[comma + 1] != ' ') {
    return false;
  }
  const bool surname_in_capitals = AllCapitals(text.substr(surname, comma - surname));
  // The given names: up to the first byte that ends them.
  const size_t given = comma + 2;
  size_t q = given;
  words = 0;
  size_t common = 0;
  bool last_initial = false;
  while (q < line_end) {
    size_t e = q;
    while (e < line_end && text[e] != ' ' && text[e] != '\t' && text[e] != ',' && text[e] != ':' && text[e] != ';' &&
           text[e] != '.') {
      ++e;
    }
    const std::string_view word = text.substr(q, e - q);
    last_initial = word.size() == 1 && IsAsciiUpper(word[0]) && e < line_end && text[e] == '.';
    // A given name of two letters or more ("H" of "Dicko, H, 19" is a sex),
    // in capitals only after a surname in capitals ("CCA" is an acronym).
    if (++words > kMaxGivenWords ||
        (!last_initial && (word.size() < 2 || !NameWord(word, words > 1) ||
                           (!surname_in_capitals && word.size() >= 2 && AllCapitals(word))))) {
      return false;
    }
    common += !last_initial && IsCommonWord(word);
    if (last_initial) ++e;  // the initial's period
    // Another given name follows after one space; not a dash ("– nurse").
    if (e >= line_end || text[e] != ' ' || e + 1 >= line_end || !IsCapitalByte(text[e + 1]) ||
        static_cast<unsigned char>(text[e + 1]) == 0xE2) {
      q = e;
      break;
    }
    q = e + 1;
  }
  // Not English words alone ("Chikhladze, Municipal Social Service"); one may
  // be a given name ("Twain, Mark").
  if (words >= 2 && common == words) return false;
  size_t end = q;
  if (!last_initial && end < line_end) {
    const char c = text[end];
    const bool dash = c == ' ' && end + 2 < line_end &&
                      (((text[end + 1] == '-' || text[end + 1] == '(') && text[end + 2] == ' ') ||
                       text[end + 1] == '(' || text.compare(end + 1, 3, "\xE2\x80\x93") == 0 ||
                       text.compare(end + 1, 3, "\xE2\x80\x94") == 0);
    if (c != '.' && c != ',' && c != ':' && c != ';' && c != '\t' && !dash) return false;
  } else if (last_initial && end < line_end && text[end] != ' ') {
    return false;
  }
  if (end <= given) return false;
  *out = InvertedName{p, comma, given, end};
  return true;
}

// Whether a PERSON finding of min_confidence or more lies over text[b, e),
// or, when whole, covers it whole.
bool PersonOver(const FindingIndex& index, size_t b, size_t e, float min_confidence, bool whole) {
  bool found = false;
  index.ForEachOver(b, e, [&](const Finding& f) {
    found = f.kind == Kind::kPerson && f.confidence >= min_confidence && (!whole || (f.begin <= b && f.end >= e));
    return !found;
  });
  return found;
}

// Whether text[b...] opens its line after spaces and a list marker
// (MarkerAt). Only those bytes are read back from b, so a long line costs
// nothing per call.
bool OpensLine(std::string_view text, size_t b) {
  const auto in_prefix = [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return c == ' ' || c == '\t' || (c >= '0' && c <= '9') || c == '.' || c == ')' || c == '-' || c == '*' ||
           u == 0xE2 || u == 0x80 || u == 0xA2 || u == 0x93;
  };
  size_t start = b;
  while (start > 0 && text[start - 1] != '\n' && in_prefix(text[start - 1])) --start;
  if (start > 0 && text[start - 1] != '\n') return false;
  size_t p = start;
  while (p < b && (text[p] == ' ' || text[p] == '\t')) ++p;
  size_t after = p;
  if (MarkerAt(text, p, b, &after) != Marker::kNone) p = after;
  return p == b;
}

// Whether the given name that ends at text[e] is followed by what follows a
// name in a record: the line's end, an age (", aged 45", ", age 45", ", 45",
// " (45"), or ";".
bool RecordGoesOnAt(std::string_view text, size_t e) {
  if (e >= text.size() || text[e] == '\n' || text[e] == '\r' || text[e] == ';') return true;
  const std::string_view rest = text.substr(e, 8);
  if (rest.size() >= 3 && rest.substr(0, 2) == " (" && (rest[2] >= '0' && rest[2] <= '9')) return true;
  if (rest.size() >= 3 && rest.substr(0, 2) == ", " && (rest[2] >= '0' && rest[2] <= '9')) return true;
  return rest.substr(0, 6) == ", aged" || rest.substr(0, 6) == ", age ";
}

}  // namespace

void AddNamesListedWithNames(std::string_view text, float min_confidence, std::vector<Finding>* findings) {
  // The items of every list: runs of consecutive lines with the same marker.
  std::vector<Item> items;
  for (size_t line = 0; line < text.size();) {
    size_t line_end = text.find('\n', line);
    if (line_end == std::string_view::npos) line_end = text.size();
    size_t p = line;
    while (p < line_end && (text[p] == ' ' || text[p] == '\t')) ++p;
    Item item;
    size_t after = p;
    item.marker = MarkerAt(text, p, line_end, &after);
    if (item.marker != Marker::kNone) {
      item.begin = after;
      item.end = SegmentEnd(text, after, line_end);
      while (item.end > item.begin && text[item.end - 1] == ' ') --item.end;
      item.name_shaped = NameShaped(text, item.begin, item.end);
      item.initial_first = item.name_shaped && item.end - item.begin > 3 && text[item.begin] >= 'A' &&
                           text[item.begin] <= 'Z' && text[item.begin + 1] == '.' && text[item.begin + 2] == ' ';
    }
    items.push_back(item);
    line = line_end + 1;
  }
  std::vector<Finding> added;
  // The names read elsewhere: an item that spells one opens with a name too
  // ("Minutes: Hagop Kazarian" above "2. Hagop Kazarian - legal aid").
  std::vector<std::string_view> names;
  for (const Finding& f : *findings) {
    if (f.kind == Kind::kPerson && f.confidence >= min_confidence && f.end <= text.size()) {
      names.push_back(text.substr(f.begin, f.end - f.begin));
    }
  }
  std::sort(names.begin(), names.end());
  auto named_elsewhere = [&](const Item& it) {
    return std::binary_search(names.begin(), names.end(), text.substr(it.begin, it.end - it.begin));
  };
  // What lies over an item's segment: a PERSON finding of min_confidence or
  // more over part of it, over all of it, or a sure place or organisation.
  enum Cover { kPart = 1, kWhole = 2, kOther = 4 };
  const FindingIndex index(*findings);
  auto cover = [&](const Item& it) {
    int c = 0;
    index.ForEachOver(it.begin, it.end, [&](const Finding& f) {
      if (f.kind == Kind::kPerson && f.confidence >= min_confidence) {
        c |= kPart;
        if (f.begin <= it.begin && f.end >= it.end) c |= kWhole;
      }
      if ((f.kind == Kind::kOrg || f.kind == Kind::kLoc) && f.confidence >= kSureOtherReading) c |= kOther;
      return true;
    });
    return c;
  };
  std::vector<int> covers;  // cover() of the name-shaped items of one list
  for (size_t i = 0; i < items.size();) {
    if (items[i].marker == Marker::kNone) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < items.size() && items[j].marker == items[i].marker) ++j;
    covers.assign(j - i, 0);
    size_t shaped = 0, named = 0, initial_first = 0;
    for (size_t k = i; k < j; ++k) {
      if (!items[k].name_shaped) continue;
      ++shaped;
      initial_first += items[k].initial_first;
      covers[k - i] = cover(items[k]);
      named += (covers[k - i] & kPart) != 0 || named_elsewhere(items[k]);
    }
    // Most items open with a name, and a detector read most of those (two at
    // least); when every one of those opens with an initial ("1. S.
    // Tharmalingam", a shape that names persons, not places), two read are
    // enough.
    const bool all_initial_first = initial_first == shaped;
    if (j - i >= kMinItems && named >= kMinNamedItems && 2 * shaped > j - i &&
        (2 * named > shaped || all_initial_first)) {
      for (size_t k = i; k < j; ++k) {
        const Item& it = items[k];
        // A name read in part is completed ("Anahit" before a read "Boghossian").
        if (!it.name_shaped || (covers[k - i] & (kWhole | kOther)) != 0) continue;
        added.push_back(Finding{it.begin, it.end, Kind::kPerson, "LISTED", min_confidence, "link"});
      }
    }
    i = j;
  }
  findings->insert(findings->end(), added.begin(), added.end());
}

void AddInvertedNamesListedWithNames(std::string_view text, float min_confidence, std::vector<Finding>* findings) {
  // Runs of lines that open with an inverted name, up to two other lines
  // between two of them (a bibliography's titles, blank lines).
  std::vector<std::vector<InvertedName>> runs(1);
  size_t lines_since = 0;
  for (size_t line = 0; line < text.size();) {
    size_t line_end = text.find('\n', line);
    if (line_end == std::string_view::npos) line_end = text.size();
    InvertedName name;
    if (InvertedNameAt(text, line, line_end, &name)) {
      runs.back().push_back(name);
      lines_since = 0;
    } else if (!runs.back().empty() && ++lines_since > kMaxLinesBetweenInverted) {
      runs.emplace_back();
    }
    line = line_end + 1;
  }
  const FindingIndex index(*findings);
  const auto person_over = [&](size_t b, size_t e, bool whole) { return PersonOver(index, b, e, min_confidence, whole); };
  // Whether text[b, e) is a known place read as a place or an organisation surely.
  const auto sure_place = [&](size_t b, size_t e) {
    if (!IsKnownPlace(text.substr(b, e - b))) return false;
    bool sure = false;
    index.ForEachOver(b, e, [&](const Finding& f) {
      sure = (f.kind == Kind::kLoc || f.kind == Kind::kOrg) && f.confidence >= kSureOtherReading;
      return !sure;
    });
    return sure;
  };
  std::vector<Finding> added;
  for (const std::vector<InvertedName>& run : runs) {
    size_t named = 0;
    for (const InvertedName& n : run) {
      named += person_over(n.surname_begin, n.surname_end, false) || person_over(n.given_begin, n.given_end, false);
    }
    if (run.size() < kMinItems || named < kMinNamedItems || 2 * named <= run.size()) continue;
    for (const InvertedName& n : run) {
      if (sure_place(n.surname_begin, n.surname_end) || sure_place(n.given_begin, n.given_end)) continue;
      for (auto [b, e] : {std::pair{n.surname_begin, n.surname_end}, std::pair{n.given_begin, n.given_end}}) {
        if (!person_over(b, e, true)) added.push_back(Finding{b, e, Kind::kPerson, "LISTED", min_confidence, "link"});
      }
    }
  }
  findings->insert(findings->end(), added.begin(), added.end());
}

void AddGivenNamesAfterInvertedSurnames(std::string_view text, float min_confidence, std::vector<Finding>* findings) {
  const FindingIndex index(*findings);
  std::vector<Finding> added;
  for (const Finding& f : *findings) {
    if (f.kind != Kind::kPerson || f.confidence < min_confidence || f.end + 5 > text.size() || f.begin >= f.end) continue;
    // The surname: one word that opens the line's value, ", " after it.
    const std::string_view surname = text.substr(f.begin, f.end - f.begin);
    if (surname.find(' ') != std::string_view::npos || text.compare(f.end, 2, ", ") != 0) continue;
    if (!(f.begin >= 2 && text.compare(f.begin - 2, 2, ": ") == 0) && !OpensLine(text, f.begin)) continue;
    // The given name: one capitalised word of letters.
    const size_t b = f.end + 2;
    size_t e = b;
    while (e < text.size() && (IsAsciiUpper(text[e]) || IsAsciiLower(text[e]) ||
                               static_cast<unsigned char>(text[e]) >= 0x80 || text[e] == '-' || text[e] == '\'')) {
      ++e;
    }
    const std::string_view given = text.substr(b, e - b);
    if (given.size() < 3 || !IsCapitalByte(given[0]) || static_cast<unsigned char>(given[0]) == 0xE2 ||
        !NameWord(given, false) || IsCommonWord(given) || !RecordGoesOnAt(text, e)) {
      continue;
    }
    if (IsKnownPlace(given) || PersonOver(index, b, e, min_confidence, /*whole=*/true)) continue;
    added.push_back(Finding{b, e, Kind::kPerson, "LISTED", min_confidence, "link"});
  }
  findings->insert(findings->end(), added.begin(), added.end());
}

}  // namespace tearline::link_internal
