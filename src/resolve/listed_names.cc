// Names in a list of names. Contract in listed_names.h and tearline/resolve.h
// (LISTED NAMES).
#include "listed_names.h"

#include <algorithm>
#include <iterator>
#include <string>

#include "common_words.h"
#include "finding_index.h"
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
// A place or an organisation read at least this surely is left alone.
constexpr float kSureOtherReading = 0.6f;

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
    if (std::any_of(word.begin(), word.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.' || c == '/'; })) {
      return false;
    }
    const size_t hyphen = word.find('-');
    const std::string_view head = hyphen == std::string_view::npos ? word : word.substr(0, hyphen);
    if (IsCapitalByte(word[0])) {
      // The first word no English word ("Water Point"); no word a generic
      // word, a title or a thing's head. Later words may be ethnic names
      // ("Karim Wardak").
      if ((words == initials + 1 && IsCommonWord(word)) || IsGenericNameWord(word) || IsTitleWord(word)) return false;
      std::string lower(word);
      for (char& c : lower) c = LowerAsciiByte(c);
      if (std::binary_search(std::begin(kThingHeads), std::end(kThingHeads), lower)) return false;
      ++capitalised;
    } else if (!IsNameParticle(head) ||
               (hyphen != std::string_view::npos && (hyphen + 1 >= word.size() || !IsCapitalByte(word[hyphen + 1])))) {
      return false;
    }
    p = w;
    if (p < e) {
      if (p + 1 >= e || text[p + 1] == ' ') return false;
      ++p;
    }
  }
  return words >= kMinNameWords && capitalised >= 1 && IsCapitalByte(text[b]);
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

}  // namespace tearline::link_internal
