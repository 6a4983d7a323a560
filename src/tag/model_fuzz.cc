// Fuzz target for the tagger model parser: any bytes must be refused with a
// Status or parse into a model that can tag a short text; never a crash.
//
// The header carries a SHA-256 of the payload, which random mutations never
// satisfy. So each input is parsed twice: as it is (the header checks), and
// with its first 56 bytes replaced by a header that matches the rest (the
// payload checks). A complete model file as a seed therefore stays a valid
// model under the second reading while its payload is mutated.
#include <sodium.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "src/tag/model_format.h"
#include "tearline/tag.h"

namespace {

constexpr size_t kHeaderSize = 56;  // magic, version, reserved, payload size, SHA-256

void TryParse(std::string_view bytes) {
  auto model = tearline::TaggerModel::Parse(bytes);
  if (model.ok()) (*model)->Tag("Mr. Omari met Gul Ahmad Zazai in Kabul on 3 March 2021.");
}

// A valid header for `payload`, followed by `payload`.
std::string WithHeader(std::string_view payload) {
  std::string file("TLTAGGR\0", 8);
  uint32_t version = tearline::tag_internal::kModelFormatVersion, reserved = 0;
  uint64_t size = payload.size();
  file.append(reinterpret_cast<const char*>(&version), 4);
  file.append(reinterpret_cast<const char*>(&reserved), 4);
  file.append(reinterpret_cast<const char*>(&size), 8);
  unsigned char hash[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(hash, reinterpret_cast<const unsigned char*>(payload.data()), payload.size());
  file.append(reinterpret_cast<const char*>(hash), sizeof(hash));
  file.append(payload);
  return file;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 22)) return 0;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  TryParse(bytes);
  if (size >= kHeaderSize) TryParse(WithHeader(bytes.substr(kHeaderSize)));
  return 0;
}
