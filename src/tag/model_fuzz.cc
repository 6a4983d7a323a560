// Fuzz target for the tagger model parser: any bytes must be refused with a
// Status or parse into a model that can tag a short text; never a crash.
#include <cstdint>
#include <string_view>

#include "tearline/tag.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 22)) return 0;
  auto model = tearline::TaggerModel::Parse(std::string_view(reinterpret_cast<const char*>(data), size));
  if (model.ok()) (*model)->Tag("Mr. Omari met Gul Ahmad Zazai in Kabul on 3 March 2021.");
  return 0;
}
