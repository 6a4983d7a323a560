#include <gtest/gtest.h>

#include "tearline/keys.h"

namespace tearline {
namespace {

std::string Hex(const std::array<uint8_t, 32>& b) {
  static const char* d = "0123456789abcdef";
  std::string s;
  for (uint8_t x : b) {
    s += d[x >> 4];
    s += d[x & 15];
  }
  return s;
}

TEST(CryptoTest, Sha256KnownAnswers) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(CryptoTest, HmacSha256KnownAnswer) {
  // Expected value from Python's hmac module: key = bytes 0x00..0x1f, msg "tearline".
  RecipientKey key;
  for (int i = 0; i < 32; ++i) key.secret[i] = static_cast<uint8_t>(i);
  auto a = HmacSha256(key, "tearline");
  auto b = HmacSha256(key, "tearline");
  EXPECT_EQ(a, b);
  EXPECT_NE(a, HmacSha256(key, "tearlinf"));
  RecipientKey other = key;
  other.secret[31] ^= 1;
  EXPECT_NE(a, HmacSha256(other, "tearline"));
  EXPECT_EQ(Hex(a), "cd1a04472a553243d5797cbf827ac5a53148417dcebde20fe946afadd6f67b88");
}

}  // namespace
}  // namespace tearline
