// Fuzz target for the text/Markdown reader: any bytes must either be refused
// with a Status or yield portions that are ordered, disjoint and in bounds.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "tearline/read.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 1 << 16) return 0;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  for (auto format : {tearline::Format::kText, tearline::Format::kMarkdown}) {
    auto doc = tearline::ReadDocument(bytes, format);
    if (!doc.ok()) continue;
    size_t last = 0;
    for (const auto& p : doc->portions) {
      if (p.begin < last || p.end <= p.begin || p.end > doc->text.size()) std::abort();
      last = p.end;
    }
  }
  return 0;
}
