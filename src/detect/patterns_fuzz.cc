// Fuzz target: the pattern detector and the account detector must accept
// any byte string, never crash, and report only well-formed findings.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "tearline/detect.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const tearline::Detector* detector = [] {
    auto r = tearline::CompilePatternDetector();
    if (!r.ok()) std::abort();
    return std::move(r).value().release();
  }();
  static auto scratch = detector->NewScratch();
  if (size > (1u << 16)) size = 1u << 16;  // cap the input size
  std::string_view text(reinterpret_cast<const char*>(data), size);
  static const tearline::Detector* accounts = tearline::NewAccountDetector().release();
  static auto accounts_scratch = accounts->NewScratch();
  tearline::VectorSink sink;
  if (!detector->Scan(text, *scratch, sink).ok()) std::abort();
  if (!accounts->Scan(text, *accounts_scratch, sink).ok()) std::abort();
  for (const tearline::Finding& f : sink.findings) {
    if (f.begin >= f.end || f.end > size || f.confidence < 0 || f.confidence > 1) std::abort();
  }
  return 0;
}
