// Fuzz target: the relation-name, citation, apposition, East Asian name,
// regional name, field name, initials and quote detectors must accept any byte string
// (invalid UTF-8 included), never crash, and report only well-formed PERSON
// findings that lie inside the input and start with a capital (or, for
// citations, regional names and a sign-off's initials, a lower-case letter;
// for field values any letter or multi-byte character; the field rule's
// places, and its numbers and shelters of table columns, too).
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "fuzz_scan.h"
#include "tearline/quasi.h"

namespace {

// Says which finding broke which rule, then aborts.
[[noreturn]] void Fail(const tearline::Finding& f, std::string_view rule) {
  std::fprintf(stderr, "relation_citation_fuzz: %.*s finding [%zu,%zu) %.*s: %.*s\n",
               static_cast<int>(f.detector.size()), f.detector.data(), f.begin, f.end,
               static_cast<int>(f.subkind.size()), f.subkind.data(), static_cast<int>(rule.size()), rule.data());
  std::abort();
}

// Scans text with `scanned`; every finding must have one of the subkinds
// (the first names the detector's main reading).
void Check(const tearline::quasi::FuzzedDetector& scanned, std::string_view text,
           std::array<std::string_view, 3> subkinds) {
  // Citations and the regional rule also read names in lower case, and so
  // do initials that sign a text off on its last line ("-jmg").
  const bool lower = subkinds[0] == "AUTHOR" || subkinds[0] == "REGIONAL" || subkinds[0] == "INITIALS";
  for (const tearline::Finding& f : scanned.Scan(text)) {
    // The field rule also reports the values of place fields (LOC/FIELD),
    // and the cells of phone, ID, plate and shelter columns (PHONE, ID,
    // ADDRESS), which may open with any byte of a number.
    const bool fields = subkinds[0] == "FIELD";
    const bool place = f.kind == tearline::Kind::kLoc && fields;
    const bool number = fields && (f.kind == tearline::Kind::kPhone || f.kind == tearline::Kind::kId ||
                                   f.kind == tearline::Kind::kAddress);
    if (f.begin >= f.end || f.end > text.size() || (f.kind != tearline::Kind::kPerson && !place && !number)) {
      Fail(f, "span or kind");
    }
    const auto c = static_cast<unsigned char>(text[f.begin]);
    // A field's value may open with any word byte: "Name: Олена".
    const bool speaker = subkinds[0] == "SPEAKER";  // or a capital outside ASCII: "Émile"
    if (!number && !((c >= 'A' && c <= 'Z') || c == 0xC3 || (lower && c >= 'a' && c <= 'z') ||
          (fields && (c >= 0x80 || (c >= 'a' && c <= 'z'))) || (speaker && c >= 0xC3))) {
      Fail(f, "first byte");
    }
    if (std::find(subkinds.begin(), subkinds.end(), f.subkind) == subkinds.end() ||
        f.detector != scanned.detector().id()) {
      Fail(f, "subkind or detector");
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using tearline::quasi::FuzzedDetector;
  static const FuzzedDetector relations(tearline::NewRelationNameDetector());
  static const FuzzedDetector citations(tearline::NewCitationDetector());
  static const FuzzedDetector appositions(tearline::NewAppositionDetector());
  static const FuzzedDetector east_asian(tearline::NewEastAsianNameDetector());
  static const FuzzedDetector regional(tearline::NewRegionalNameDetector());
  static const FuzzedDetector fields(tearline::NewFieldNameDetector());
  static const FuzzedDetector initials(tearline::NewInitialsDetector());
  static const FuzzedDetector quotes(tearline::NewQuoteSpeakerDetector());
  const std::string_view text = tearline::quasi::FuzzText(data, size);
  Check(relations, text, {"RELATIVE", "ROLE", "ADDRESSED"});
  Check(citations, text, {"AUTHOR", "AUTHOR", "AUTHOR"});
  Check(appositions, text, {"APPOSITION", "FAMILY", "AGED"});
  Check(east_asian, text, {"ROMANIZED", "ROMANIZED", "ROMANIZED"});
  // Listed names, Vietnamese names and word names ("Memory").
  Check(regional, text, {"REGIONAL", "ROMANIZED", "WORDNAME"});
  Check(fields, text, {"FIELD", "INITIALS", "FIELD"});
  Check(initials, text, {"INITIALS", "FAMILY", "FAMILY"});
  Check(quotes, text, {"SPEAKER", "ADDRESSEE", "SPEAKER"});
  return 0;
}
