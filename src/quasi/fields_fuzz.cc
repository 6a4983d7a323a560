// Fuzz target: the field name detector (labelled lines, tables split by
// '|', tabs, ';' or ',', fixed-width tables under a rule of dash runs, chat
// speakers) must accept any byte string (invalid UTF-8 included), never
// crash, and report only well-formed findings inside the input: PERSON or
// LOC, subkind FIELD, detector "fields".
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "tearline/quasi.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const tearline::Detector* detector = tearline::NewFieldNameDetector().release();
  static auto scratch = detector->NewScratch();
  if (size > (1u << 16)) size = 1u << 16;  // cap the input size
  std::string_view text(reinterpret_cast<const char*>(data), size);
  tearline::VectorSink sink;
  if (!detector->Scan(text, *scratch, sink).ok()) std::abort();
  for (const tearline::Finding& f : sink.findings) {
    if (f.begin >= f.end || f.end > size) std::abort();
    if (f.kind != tearline::Kind::kPerson && f.kind != tearline::Kind::kLoc) std::abort();
    if (f.subkind != "FIELD" || f.detector != "fields") std::abort();
  }
  return 0;
}
