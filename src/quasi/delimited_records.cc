// Records of persons joined by one separator, without a header. Contract in
// delimited_records.h.
#include "delimited_records.h"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <string>
#include <vector>

#include "name_words.h"
#include "quasi_internal.h"
#include "tearline/file.h"
#include "tearline/quasi.h"

namespace tearline::quasi {
namespace {

using tearline::IsWordByte;

constexpr size_t kMaxNameFieldWords = 4;
constexpr size_t kMaxShortField = 8;  // bytes of an age or a sex field ("~100yrs", "Female")

bool IsAlnumAscii(char c) { return IsDigitAscii(c) || IsUpperAscii(c) || IsLowerAscii(c); }

// The end of the field of letters, digits and '~' at text[b...].
size_t ShortFieldEnd(std::string_view text, size_t b) {
  size_t e = b;
  while (e < text.size() && e - b <= kMaxShortField && (IsAlnumAscii(text[e]) || text[e] == '~')) ++e;
  return e;
}

// Whether a name word starts at text[i]: an ASCII capital or a byte outside
// ASCII (a capital in another script or with a diacritic; small letters
// outside ASCII are rare at a record's start).
bool NameStartAt(std::string_view text, size_t i) {
  return IsUpperAscii(text[i]) || static_cast<unsigned char>(text[i]) >= 0x80;
}

// Lower-case particles inside names ("Juan de la Cruz", "Amer al-Hamoud"
// has its particle joined by a hyphen). Sorted.
constexpr std::string_view kParticles[] = {"al", "bin", "bint", "da", "das", "de", "del", "della", "der",
                                           "di", "do", "dos", "du", "el", "ibn", "la", "le", "ter", "van",
                                           "von"};
static_assert(std::is_sorted(std::begin(kParticles), std::end(kParticles)));

// Whether the word text[w, e) may stand in a name field: no digit;
// capitalised, or a particle, alone or joined by a hyphen to a capitalised
// word ("al-Hamoud").
bool NameFieldWord(std::string_view text, size_t w, size_t e) {
  const std::string_view word = text.substr(w, e - w);
  if (std::any_of(word.begin(), word.end(), IsDigitAscii)) return false;  // "GUL-0244"
  if (NameStartAt(text, w)) return true;
  const size_t hyphen = word.find('-');
  if (hyphen == std::string_view::npos) return Listed(kParticles, word);
  return Listed(kParticles, word.substr(0, hyphen)) && hyphen + 1 < word.size() && NameStartAt(word, hyphen + 1);
}

// The name field that ends at text[end): one to kMaxNameFieldWords words
// (NameFieldWord) joined by single spaces, read back no further than floor;
// its start after any particle or sentence opener ("The") that opens it, or
// end when it holds no capitalised word.
size_t NameFieldStart(std::string_view text, size_t floor, size_t end) {
  size_t start = end, e = end;
  for (size_t words = 0; words < kMaxNameFieldWords; ++words) {
    const size_t w = NameWordStart(text, e);
    if (w == e || w < floor || !NameFieldWord(text, w, e)) break;
    start = w;
    if (w < floor + 2 || text[w - 1] != ' ' || !IsWordByte(text[w - 2])) break;
    e = w - 1;
  }
  while (start < end) {
    size_t word_end = start;
    while (word_end < end && text[word_end] != ' ') ++word_end;
    const std::string_view word = text.substr(start, word_end - start);
    if (NameStartAt(text, start) && !IsSentenceOpener(word)) break;
    if (!NameStartAt(text, start) && word.find('-') != std::string_view::npos) break;  // "al-Hamoud"
    start = word_end < end ? word_end + 1 : end;
  }
  return start;
}

// Whether the name field at text[start...] fills its field: a separator
// is right before it (after spaces), or none is between floor (the line's
// start or the end of the record before it on the line) and it, so that it
// opens the record ("received: Oduya;...", "19;F, Phiri;..."). Not a name
// word after other words of its field ("superviseur WASH|M|38").
bool FieldStartsAfterBoundary(std::string_view text, char sep, size_t floor, size_t start) {
  size_t b = start;
  while (b > floor && (text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
  if (b > 0 && text[b - 1] == sep) return true;
  return std::memchr(text.data() + floor, sep, b - floor) == nullptr;
}

// Whether text[b, e) is one word of two to four capitals and nothing else
// ("UAM", "WASH"): an abbreviation, not a name.
bool Acronym(std::string_view text, size_t b, size_t e) {
  if (e - b < 2 || e - b > 4) return false;
  for (size_t i = b; i < e; ++i) {
    if (!IsUpperAscii(text[i])) return false;
  }
  return true;
}

// Whether a word of text[b, e) is a word for a relative or a role, in any
// case ("Fille", "ÉPOUSE", "Son": a relation column's cell).
bool HoldsRelationWord(std::string_view text, size_t b, size_t e) {
  std::string lower;
  for (size_t i = b; i <= e; ++i) {
    if (i == e || text[i] == ' ') {
      if (IsPersonRelationWord(lower)) return true;
      lower.clear();
    } else if (text[i] == '\xC3' && CapitalAt(text, i)) {  // a Latin-1 capital ("É"): its small letter
      lower.push_back(text[i]);
      lower.push_back(static_cast<char>(text[++i] | 0x20));
    } else {
      lower.push_back(IsUpperAscii(text[i]) ? static_cast<char>(text[i] | 0x20) : text[i]);
    }
  }
  return false;
}

// Whether the name field text[b, e) is two bytes or more, no abbreviation,
// no sex ("F" of a relation column: fils) and no word for a relative or a
// role ("Fille", "Épouse").
bool NameOfTwoBytes(std::string_view text, size_t b, size_t e) {
  return e >= b + 2 && !Acronym(text, b, e) && !IsRecordSex(text.substr(b, e - b)) && !HoldsRelationWord(text, b, e);
}

// The records whose fields `sep` joins.
void RecordsJoinedBy(std::string_view text, char sep, const std::function<void(size_t, size_t)>& fn) {
  const size_t n = text.size();
  const bool spaced = sep != ',';
  auto skip_spaces = [&](size_t i) {
    while (spaced && i < n && text[i] == ' ') ++i;
    return i;
  };
  auto spaces_before = [&](size_t i) {
    while (spaced && i > 0 && text[i - 1] == ' ') --i;
    return i;
  };
  size_t previous_record_end = 0;
  for (size_t i = 0; i < n;) {
    const void* at = std::memchr(text.data() + i, sep, n - i);
    if (at == nullptr) break;
    const size_t s = static_cast<size_t>(static_cast<const char*>(at) - text.data());
    i = s + 1;
    // The age and the sex after the separator, in either order.
    const size_t a = skip_spaces(s + 1);
    const size_t a_end = ShortFieldEnd(text, a);
    if (a_end == a || a_end - a > kMaxShortField) continue;
    const size_t s2 = skip_spaces(a_end);
    if (s2 >= n || text[s2] != sep) continue;
    const size_t b = skip_spaces(s2 + 1);
    const size_t b_end = ShortFieldEnd(text, b);
    if (b_end == b || b_end - b > kMaxShortField) continue;
    const std::string_view first = text.substr(a, a_end - a), second = text.substr(b, b_end - b);
    if (!((IsRecordAge(first) && IsRecordSex(second)) || (IsRecordSex(first) && IsRecordAge(second)))) continue;
    if (b_end < n && std::strchr("-/:@'\"", text[b_end]) != nullptr) continue;
    if (b_end + 1 < n && text[b_end] == '.' && IsAlnumAscii(text[b_end + 1])) continue;  // "F.B.I."
    i = b_end;
    // The name fields before the separator, the one next to it first.
    size_t line_start = s;
    while (line_start > 0 && text[line_start - 1] != '\n' && text[line_start - 1] != '\r' && s - line_start < 256) {
      --line_start;
    }
    const size_t floor = std::max(line_start, previous_record_end);
    previous_record_end = b_end;
    size_t end = spaces_before(s);
    for (int field = 0; field < 2; ++field) {
      if (end == 0 || !IsWordByte(text[end - 1])) break;
      const size_t start = NameFieldStart(text, line_start, end);
      if (start == end || !FieldStartsAfterBoundary(text, sep, floor, start) || !NameOfTwoBytes(text, start, end)) break;
      fn(start, end);
      // The field before it, when this one is one word that reached the
      // separator (a name split in two: "Oduya;Nafiseh"; before a whole
      // name stands a place or a site: "A01;Munhava;Joaquim Chirindza;M;47").
      const size_t before = spaces_before(start);
      if (before == 0 || text[before - 1] != sep || text.substr(start, end - start).find(' ') != std::string_view::npos) {
        break;
      }
      end = spaces_before(before - 1);
    }
  }
}

}  // namespace

bool IsRecordAge(std::string_view field) {
  size_t i = 0;
  if (i < field.size() && field[i] == '~') ++i;
  const size_t digits = i;
  int value = 0;
  while (i < field.size() && IsDigitAscii(field[i]) && i - digits < 4) value = value * 10 + (field[i++] - '0');
  if (i == digits || i - digits > 3 || value > 120) return false;
  const std::string_view unit = field.substr(i);
  return unit.empty() || unit == "y" || unit == "yo" || unit == "yr" || unit == "yrs";
}

bool IsRecordSex(std::string_view field) {
  for (std::string_view sex : {"M", "F", "m", "f", "Male", "Female", "male", "female"}) {
    if (field == sex) return true;
  }
  return false;
}

void ForEachDelimitedRecordName(std::string_view text, const std::function<void(size_t, size_t)>& fn) {
  std::vector<std::pair<size_t, size_t>> fields;
  const auto add = [&](size_t b, size_t e) { fields.emplace_back(b, e); };
  for (char sep : {';', '|', '\t', ','}) {
    RecordsJoinedBy(text, sep, add);
  }
  std::sort(fields.begin(), fields.end());
  fields.erase(std::unique(fields.begin(), fields.end()), fields.end());
  for (const auto& [b, e] : fields) fn(b, e);
}

}  // namespace tearline::quasi
