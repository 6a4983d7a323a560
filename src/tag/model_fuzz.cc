// Fuzz target for the tagger model parser: any bytes must be refused with a
// Status or parse into a model that can tag a short text; never a crash.
//
// The header carries a SHA-256 of the payload, which random mutations never
// satisfy. So each input is parsed twice: as it is (the header checks), and
// with its header (kHeaderSize bytes) replaced by one that matches the rest (the
// payload checks). A complete model file as a seed therefore stays a valid
// model under the second reading while its payload is mutated.
#include <cstdint>
#include <string_view>

#include "src/tag/model_format.h"
#include "tearline/tag.h"

namespace {

void TryParse(std::string_view bytes) {
  auto model = tearline::TaggerModel::Parse(bytes);
  if (model.ok()) (*model)->Tag("Mr. Omari met Gul Ahmad Zazai in Kabul on 3 March 2021.");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 22)) return 0;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  TryParse(bytes);
  using tearline::tag_internal::kHeaderSize;
  if (size >= kHeaderSize) TryParse(tearline::tag_internal::ModelFileWithPayload(bytes.substr(kHeaderSize)));
  return 0;
}
