#include <gtest/gtest.h>

#include "tearline/file.h"

namespace tearline {
namespace {

TEST(Utf8Test, FindsFirstInvalidByte) {
  struct Case {
    std::string text;
    std::optional<size_t> bad;
  };
  const Case cases[] = {
      {"", std::nullopt},
      {"plain ascii text that is longer than eight bytes", std::nullopt},
      {"caf\xC3\xA9", std::nullopt},
      {"\xE2\x82\xAC 5", std::nullopt},                  // euro sign
      {"\xF0\x9F\x98\x80", std::nullopt},                // emoji
      {"\xD9\x85\xD8\xAD\xD9\x85\xD8\xAF", std::nullopt},  // Arabic letters
      {"abc\xC3", 3},                                    // truncated
      {"abcdefghij\x80", 10},                            // lone continuation
      {"\xC0\xAF", 0},                                   // overlong '/'
      {"ok \xED\xA0\x80", 3},                            // surrogate
      {"\xF4\x90\x80\x80", 0},                           // above U+10FFFF
      {"\xFF", 0},
      {"ab\xE2\x82", 2},
  };
  for (const Case& c : cases) EXPECT_EQ(FindInvalidUtf8(c.text), c.bad) << c.text;
}

TEST(Utf8Test, EncodeDecodeRoundTrip) {
  for (char32_t cp : {U'a', U'\u00e9', U'\u20ac', U'\U0001F600', U'\u0645'}) {
    std::string s;
    AppendUtf8(cp, &s);
    size_t len = 0;
    EXPECT_EQ(DecodeUtf8(s, 0, &len), cp);
    EXPECT_EQ(len, s.size());
    EXPECT_FALSE(FindInvalidUtf8(s).has_value());
  }
}

}  // namespace
}  // namespace tearline
