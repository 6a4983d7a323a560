// Fuzz target: the relation-name, citation, apposition, East Asian name,
// regional name, field name, initials and quote detectors must accept any byte string
// (invalid UTF-8 included), never crash, and report only well-formed PERSON
// findings that lie inside the input and start with a capital (or, for
// citations and regional names, a lower-case letter; for field values any
// letter or multi-byte character).
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "tearline/quasi.h"

namespace {

// Scans text with detector; every finding must have one of the subkinds
// (the first names the detector's main reading).
void Check(const tearline::Detector& detector, tearline::DetectorScratch& scratch, std::string_view text,
           std::array<std::string_view, 3> subkinds) {
  // Citations and the regional rule also read names in lower case.
  const bool lower = subkinds[0] == "AUTHOR" || subkinds[0] == "REGIONAL";
  tearline::VectorSink sink;
  if (!detector.Scan(text, scratch, sink).ok()) std::abort();
  for (const tearline::Finding& f : sink.findings) {
    // The field rule also reports the values of place fields (LOC/FIELD).
    const bool place = f.kind == tearline::Kind::kLoc && subkinds[0] == "FIELD";
    if (f.begin >= f.end || f.end > text.size() || (f.kind != tearline::Kind::kPerson && !place)) std::abort();
    const auto c = static_cast<unsigned char>(text[f.begin]);
    const bool fields = subkinds[0] == "FIELD";  // any word byte: "Name: Олена"
    const bool speaker = subkinds[0] == "SPEAKER";  // or a capital outside ASCII: "Émile"
    if (!((c >= 'A' && c <= 'Z') || c == 0xC3 || (lower && c >= 'a' && c <= 'z') ||
          (fields && (c >= 0x80 || (c >= 'a' && c <= 'z'))) || (speaker && c >= 0xC3))) {
      std::abort();
    }
    if (std::find(subkinds.begin(), subkinds.end(), f.subkind) == subkinds.end() || f.detector != detector.id()) {
      std::abort();
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const tearline::Detector* relations = tearline::NewRelationNameDetector().release();
  static const tearline::Detector* citations = tearline::NewCitationDetector().release();
  static const tearline::Detector* appositions = tearline::NewAppositionDetector().release();
  static auto apposition_scratch = appositions->NewScratch();
  static const tearline::Detector* east_asian = tearline::NewEastAsianNameDetector().release();
  static auto east_asian_scratch = east_asian->NewScratch();
  static const tearline::Detector* regional = tearline::NewRegionalNameDetector().release();
  static auto regional_scratch = regional->NewScratch();
  static const tearline::Detector* fields = tearline::NewFieldNameDetector().release();
  static auto fields_scratch = fields->NewScratch();
  static const tearline::Detector* initials = tearline::NewInitialsDetector().release();
  static auto initials_scratch = initials->NewScratch();
  static const tearline::Detector* quotes = tearline::NewQuoteSpeakerDetector().release();
  static auto quotes_scratch = quotes->NewScratch();
  static auto relations_scratch = relations->NewScratch();
  static auto citation_scratch = citations->NewScratch();
  if (size > (1u << 16)) size = 1u << 16;  // cap the input size
  std::string_view text(reinterpret_cast<const char*>(data), size);
  Check(*relations, *relations_scratch, text, {"RELATIVE", "ROLE", "ADDRESSED"});
  Check(*citations, *citation_scratch, text, {"AUTHOR", "AUTHOR", "AUTHOR"});
  Check(*appositions, *apposition_scratch, text, {"APPOSITION", "FAMILY", "AGED"});
  Check(*east_asian, *east_asian_scratch, text, {"ROMANIZED", "ROMANIZED", "ROMANIZED"});
  // Listed names, Vietnamese names and word names ("Memory").
  Check(*regional, *regional_scratch, text, {"REGIONAL", "ROMANIZED", "WORDNAME"});
  Check(*fields, *fields_scratch, text, {"FIELD", "FIELD", "FIELD"});
  Check(*initials, *initials_scratch, text, {"INITIALS", "FAMILY", "FAMILY"});
  Check(*quotes, *quotes_scratch, text, {"SPEAKER", "SPEAKER", "SPEAKER"});
  return 0;
}
