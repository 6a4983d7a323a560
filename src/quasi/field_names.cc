// The field name detector: the value of a labelled line that holds a
// person's name ("NAME: AHMADZAI, NOORULLAH", "Father's name: Abdul Karim",
// "Alias: Qari Sahib", "Next of kin: Bibi Hawa"). Contract in tearline/quasi.h
// (NewFieldNameDetector).
#include <algorithm>
#include <cstring>
#include <iterator>
#include <string>

#include "name_words.h"
#include "quasi_internal.h"
#include "tearline/file.h"
#include "tearline/quasi.h"

namespace tearline {
namespace {

using quasi::IsDigitAscii;
using quasi::IsLowerAscii;
using quasi::IsUpperAscii;

constexpr std::string_view kId = "fields";
// A value under a name label is a name nearly always: surer than a titled
// name, below what the tagger gives a name it reads in a sentence.
constexpr float kFieldNameConfidence = 0.7f;
constexpr size_t kMaxLabel = 40;       // bytes of a label
constexpr size_t kMaxLabelWords = 4;
constexpr size_t kMaxValueWords = 6;   // words of one name

// The last word of a label that names a person's name ("Name", "Full name",
// "Father's name", "Surname", "Alias", "AKA"). Sorted.
constexpr std::string_view kNameLabelEnds[] = {"a.k.a", "a.k.a.", "aka", "alias", "aliases", "name",
                                               "names", "nickname", "nicknames", "surname", "surnames"};
static_assert(std::is_sorted(std::begin(kNameLabelEnds), std::end(kNameLabelEnds)));
// Words before "name" that make it the name of a thing ("File name", "Code
// name", "Village name"). Sorted.
constexpr std::string_view kThingNames[] = {
    "account", "app", "bank", "brand", "business", "camp", "city", "code", "column", "company", "course",
    "database", "device", "district", "document", "domain", "event", "facility", "field", "file", "group",
    "hospital", "host", "location", "mission", "network", "operation", "org", "organisation", "organization",
    "package", "place", "product", "program", "programme", "project", "province", "report", "road", "school",
    "server", "ship", "site", "software", "street", "table", "team", "town", "trade", "tribe", "unit", "user",
    "variable", "vessel", "village",
};
static_assert(std::is_sorted(std::begin(kThingNames), std::end(kThingNames)));
// Whole labels of a relative or a name by relation ("Father", "Next of kin",
// "S/O"). Sorted.
constexpr std::string_view kKinLabels[] = {
    "brother", "d/o",    "daughter", "daughter of", "father", "guardian", "husband",     "known as",
    "mother",  "next of kin", "nok", "s/o",        "sister", "son",      "son of",      "spouse",
    "w/o",     "wife",   "wife of",
};
static_assert(std::is_sorted(std::begin(kKinLabels), std::end(kKinLabels)));
// First words of a value that say no name is given ("Name: Unknown",
// "Alias: none", "Father: deceased"), lower case. Sorted.
constexpr std::string_view kNoNameValues[] = {"deceased", "n/a",  "na",   "nil",      "none", "not",
                                              "redacted", "same", "see",  "tbc",      "tbd",  "unknown",
                                              "withheld"};
static_assert(std::is_sorted(std::begin(kNoNameValues), std::end(kNoNameValues)));
// Lower-case particles inside names ("Juan de la Cruz", "Khalid bin Walid",
// "Ludwig van Beethoven"). Sorted.
constexpr std::string_view kParticles[] = {"al", "bin", "bint", "da", "das", "de",  "del", "della",
                                           "der", "di", "dos",  "du", "el",  "ibn", "la",  "le",
                                           "van", "von"};
static_assert(std::is_sorted(std::begin(kParticles), std::end(kParticles)));

// Abbreviations whose period ends no name ("Capt. J. Whitfield"), besides
// initials. Sorted.
constexpr std::string_view kAbbreviations[] = {"Capt", "Col",  "Dr", "Eng", "Gen", "Jr",  "Lt", "Maj",
                                               "Mr",   "Mrs",  "Ms", "Prof", "Sgt", "Sr", "St"};
static_assert(std::is_sorted(std::begin(kAbbreviations), std::end(kAbbreviations)));

template <size_t N>
bool Listed(const std::string_view (&list)[N], std::string_view w) {
  return std::binary_search(std::begin(list), std::end(list), w);
}

enum class Label { kNone, kName, kNames, kKin };

// The label before the colon at text[colon], lower case with runs of spaces
// as one and "'s" dropped ("Father's  Name" -> "father name"); its class.
Label ClassifyLabel(std::string_view text, size_t colon) {
  size_t start = colon;
  while (start > 0 && text[start - 1] != '\n' && text[start - 1] != '\r' && colon - start <= kMaxLabel) --start;
  if (colon - start > kMaxLabel) return Label::kNone;
  // Indentation and a bullet or a list number ("- ", "* ", "3. ", "b) ").
  while (start < colon && (text[start] == ' ' || text[start] == '\t')) ++start;
  if (start < colon && (text[start] == '-' || text[start] == '*')) ++start;
  size_t d = start;
  while (d < colon && (IsDigitAscii(text[d]) || IsLowerAscii(text[d])) && d - start < 3) ++d;
  if (d > start && d < colon && (text[d] == '.' || text[d] == ')') && d + 1 < colon && text[d + 1] == ' ') {
    start = d + 1;
  }
  std::string label;
  size_t words = 0;
  for (size_t i = start; i < colon; ++i) {
    char c = text[i];
    if (c == ' ' || c == '\t') {
      if (!label.empty() && label.back() != ' ') label.push_back(' ');
      continue;
    }
    if ((c == '\'' && i + 1 < colon && (text[i + 1] == 's' || text[i + 1] == 'S')) ) {
      ++i;  // "Father's name"
      continue;
    }
    if (IsUpperAscii(c)) c = static_cast<char>(c | 0x20);
    if (!IsLowerAscii(c) && c != '/' && c != '.') return Label::kNone;
    if (label.empty() || label.back() == ' ') ++words;
    label.push_back(c);
  }
  while (!label.empty() && label.back() == ' ') label.pop_back();
  if (label.empty() || words > kMaxLabelWords) return Label::kNone;
  if (Listed(kKinLabels, label)) return Label::kKin;
  const size_t space = label.rfind(' ');
  const std::string_view last = std::string_view(label).substr(space == std::string::npos ? 0 : space + 1);
  if (!Listed(kNameLabelEnds, last)) return Label::kNone;
  if (space != std::string::npos && (last == "name" || last == "names")) {
    const size_t before = label.rfind(' ', space - 1);
    const std::string_view owner =
        std::string_view(label).substr(before == std::string::npos ? 0 : before + 1, space - (before == std::string::npos ? 0 : before + 1));
    if (Listed(kThingNames, owner)) return Label::kNone;
  }
  const bool plural = last == "names" || last == "surnames" || last == "nicknames" || last == "aliases";
  return plural ? Label::kNames : Label::kName;
}

// The end of the value word at text[i]: letters, digits and bytes of
// multi-byte characters, with inner '-', '\'', '.' and '/' ("Abdul-Rahman",
// "O'Brien", "J.", "S/O").
size_t ValueWordEnd(std::string_view text, size_t i) {
  size_t e = i;
  while (e < text.size()) {
    const char c = text[e];
    if (IsWordByte(c)) {
      ++e;
    } else if ((c == '-' || c == '\'' || c == '/') && e > i && e + 1 < text.size() && IsWordByte(text[e + 1])) {
      ++e;
    } else if (c == '.' && e > i) {
      ++e;  // an initial or an abbreviation: "J.", "a.k.a."
    } else {
      break;
    }
  }
  return e;
}

// Whether the period that ends `word` ends an initial ("J.") or an
// abbreviation of kAbbreviations ("Capt.").
bool EndsInitial(std::string_view word) {
  const std::string_view stem = word.substr(0, word.size() - 1);
  return stem.size() == 1 || Listed(kAbbreviations, stem) || stem.find('.') != std::string_view::npos;
}

class FieldNameDetector final : public Detector {
 public:
  std::string_view id() const override { return kId; }
  KindMask kinds() const override { return KindBit(Kind::kPerson); }
  std::unique_ptr<DetectorScratch> NewScratch() const override { return std::make_unique<DetectorScratch>(); }

  // Candidates are the colons; each is checked for a label before it.
  Status Scan(std::string_view text, DetectorScratch&, FindingSink& sink) const override {
    for (size_t i = 0; i < text.size();) {
      const void* at = std::memchr(text.data() + i, ':', text.size() - i);
      if (at == nullptr) break;
      const size_t colon = static_cast<size_t>(static_cast<const char*>(at) - text.data());
      i = colon + 1;
      if (colon == 0 || text[colon - 1] == ' ' || text[colon - 1] == '\n') continue;
      const Label label = ClassifyLabel(text, colon);
      if (label != Label::kNone) Value(text, colon + 1, label, sink);
    }
    return Status::OK();
  }

 private:
  // The names of the value at text[p...] up to the end of its line.
  static void Value(std::string_view text, size_t p, Label label, FindingSink& sink) {
    const size_t n = text.size();
    while (p < n && (text[p] == ' ' || text[p] == '\t')) ++p;
    if (p >= n || !IsWordByte(text[p])) return;
    const bool lower_value = IsLowerAscii(text[p]);
    if (label == Label::kKin && lower_value) return;  // "Father: unknown"
    {
      const size_t e = ValueWordEnd(text, p);
      std::string first(text.substr(p, e - p));
      for (char& c : first) c = IsUpperAscii(c) ? static_cast<char>(c | 0x20) : c;
      while (!first.empty() && first.back() == '.') first.pop_back();
      if (Listed(kNoNameValues, first)) return;
    }
    size_t begin = p, end = p, words = 0;
    auto flush = [&]() {
      if (end > begin) sink.Add(Finding{begin, end, Kind::kPerson, "FIELD", kFieldNameConfidence, kId});
      begin = end;
      words = 0;
    };
    while (p < n) {
      const size_t e = ValueWordEnd(text, p);
      if (e == p) break;
      const std::string_view word = text.substr(p, e - p);
      bool digits = false;
      for (char c : word) digits |= IsDigitAscii(c) || c == '/';
      if (digits) break;  // "S/O", a number, a date: the name has ended
      const bool particle = Listed(kParticles, word) || (word.size() > 3 && word.substr(0, 3) == "al-");
      if (IsLowerAscii(word[0]) && !lower_value && !particle) break;  // "Tendai on +243 ..."
      if (lower_value && (word == "and" || word == "or" || word == "on" || word == "at" || word == "in")) break;
      if (words == kMaxValueWords) break;
      if (e < n && text[e] == ':') break;  // the next label: "Rahim. Age: 30"
      if (words == 0) begin = p;
      end = e;
      ++words;
      // A period ends the name unless it ends an initial or an abbreviation.
      if (word.back() == '.' && !EndsInitial(word)) {
        --end;
        break;
      }
      p = e;
      // Separators: spaces, or a comma and spaces ("AHMADZAI, NOORULLAH";
      // under a plural label the comma separates names).
      size_t q = p;
      const bool comma = q < n && text[q] == ',';
      if (comma) ++q;
      const size_t spaces = q;
      while (q < n && text[q] == ' ') ++q;
      if (q == spaces && !comma) break;  // no space: the value has ended ("Ahmad;")
      if (q == spaces) break;            // "Ahmad,Karim": no name form
      if (label == Label::kNames) {
        const size_t we = ValueWordEnd(text, q);
        if (comma || (we == q + 3 && text.compare(q, 3, "and") == 0)) {
          flush();
          if (!comma) q = we + (we < n && text[we] == ' ' ? 1 : 0);
        }
      }
      p = q;
    }
    flush();
  }
};

}  // namespace

std::unique_ptr<const Detector> NewFieldNameDetector() { return std::make_unique<FieldNameDetector>(); }

}  // namespace tearline
