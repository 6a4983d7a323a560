// Fuzz target for the TAB-format reader: any bytes must be refused with a
// Status or give documents whose mention offsets lie inside their text.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "tearline/eval.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 20)) return 0;
  auto docs = tearline::ParseTab(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!docs.ok()) return 0;
  for (const auto& d : *docs) {
    for (const auto& m : d.mentions) {
      if (m.begin > m.end || m.end > d.text.size()) std::abort();
    }
  }
  return 0;
}
