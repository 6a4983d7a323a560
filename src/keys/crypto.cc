// HMAC-SHA-256 (libsodium) and SHA-256 (OpenSSL) (tearline/keys.h).
#include <openssl/evp.h>
#include <openssl/sha.h>
#include <sodium.h>

#include <cstdlib>

#include "tearline/keys.h"
#include "sodium_init.h"

namespace tearline {

bool SodiumReady() {
  static const bool ready = sodium_init() >= 0;
  return ready;
}

std::array<uint8_t, 32> HmacSha256(const RecipientKey& key, std::string_view message) {
  static_assert(crypto_auth_hmacsha256_KEYBYTES == 32 && crypto_auth_hmacsha256_BYTES == 32);
  // libsodium's HMAC does not depend on sodium_init for correctness, but the
  // library contract asks for it before any call.
  if (!SodiumReady()) std::abort();
  std::array<uint8_t, 32> mac{};
  crypto_auth_hmacsha256(mac.data(), reinterpret_cast<const unsigned char*>(message.data()),
                         message.size(), key.secret.data());
  return mac;
}

// SHA-256 via OpenSSL, which uses the CPU's SHA extensions where present
// (about 5x libsodium's portable code on this hardware; hashing inputs and
// outputs is on every release's path).
std::string Sha256Hex(std::string_view data) {
  if (!SodiumReady()) std::abort();
  unsigned char digest[crypto_hash_sha256_BYTES];
  static_assert(crypto_hash_sha256_BYTES == SHA256_DIGEST_LENGTH);
  if (EVP_Digest(data.data(), data.size(), digest, nullptr, EVP_sha256(), nullptr) != 1) std::abort();
  char hex[2 * crypto_hash_sha256_BYTES + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return std::string(hex, 2 * crypto_hash_sha256_BYTES);
}

}  // namespace tearline
