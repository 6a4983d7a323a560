// Fuzz target: the titled-name detector must accept any byte string (invalid
// UTF-8 included), never crash, and report only well-formed, disjoint PERSON
// findings that start with an ASCII capital.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "fuzz_scan.h"
#include "tearline/quasi.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const tearline::quasi::FuzzedDetector titled(tearline::NewTitledNameDetector());
  const std::string_view text = tearline::quasi::FuzzText(data, size);
  size_t last_end = 0;
  for (const tearline::Finding& f : titled.Scan(text)) {
    if (f.begin >= f.end || f.end > text.size() || f.begin < last_end || f.kind != tearline::Kind::kPerson) std::abort();
    if (text[f.begin] < 'A' || text[f.begin] > 'Z') std::abort();
    last_end = f.end;
  }
  return 0;
}
