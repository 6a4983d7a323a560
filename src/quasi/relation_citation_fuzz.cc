// Fuzz target: the relation-name, citation, apposition, East Asian name and
// regional name detectors must accept any byte string (invalid UTF-8 included), never
// crash, and report only well-formed PERSON findings that lie inside the
// input and start with a capital.
#include <array>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "tearline/quasi.h"

namespace {

// Scans text with detector; every finding must have one of the two subkinds.
void Check(const tearline::Detector& detector, tearline::DetectorScratch& scratch, std::string_view text,
           std::array<std::string_view, 2> subkinds) {
  const bool authors = subkinds[0] == "AUTHOR";
  tearline::VectorSink sink;
  if (!detector.Scan(text, scratch, sink).ok()) std::abort();
  for (const tearline::Finding& f : sink.findings) {
    if (f.begin >= f.end || f.end > text.size() || f.kind != tearline::Kind::kPerson) std::abort();
    const auto c = static_cast<unsigned char>(text[f.begin]);
    if (!((c >= 'A' && c <= 'Z') || c == 0xC3 || (authors && c >= 'a' && c <= 'z'))) std::abort();
    if ((f.subkind != subkinds[0] && f.subkind != subkinds[1]) || f.detector != detector.id()) std::abort();
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
  static auto relations_scratch = relations->NewScratch();
  static auto citation_scratch = citations->NewScratch();
  if (size > (1u << 16)) size = 1u << 16;  // cap the input size
  std::string_view text(reinterpret_cast<const char*>(data), size);
  Check(*relations, *relations_scratch, text, {"RELATIVE", "ROLE"});
  Check(*citations, *citation_scratch, text, {"AUTHOR", "AUTHOR"});
  Check(*appositions, *apposition_scratch, text, {"APPOSITION", "APPOSITION"});
  Check(*east_asian, *east_asian_scratch, text, {"ROMANIZED", "ROMANIZED"});
  Check(*regional, *regional_scratch, text, {"REGIONAL", "REGIONAL"});
  return 0;
}
