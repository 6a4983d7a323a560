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

// DecodeUtf8Checked by the rules FindInvalidUtf8 checks: each case is the
// code point and length at byte 0, -1 and 1 for a byte that starts no
// well-formed sequence.
TEST(Utf8Test, DecodesCheckedSequences) {
  struct Case {
    std::string text;
    int32_t cp;
    size_t len;
  };
  const Case cases[] = {
      {"a", 'a', 1},
      {"\xC3\xA9t\xC3\xA9", 0xE9, 2},
      {"\xE2\x80\x99s", 0x2019, 3},
      {"\xF0\x9F\x98\x80", 0x1F600, 4},
      {"\xF4\x8F\xBF\xBF", 0x10FFFF, 4},
      {"\x80", -1, 1},                  // stray continuation byte
      {"\xC3", -1, 1},                  // truncated at the end
      {"\xE2\x80 x", -1, 1},            // truncated before a space
      {"\xC0\xAF", -1, 1},              // overlong '/'
      {"\xE0\x80\xAF", -1, 1},          // overlong, three bytes
      {"\xED\xA0\x80", -1, 1},          // surrogate
      {"\xF4\x90\x80\x80", -1, 1},      // above U+10FFFF
      {"\xF5\x80\x80\x80", -1, 1},
      {"\xFF", -1, 1},
  };
  for (const Case& c : cases) {
    size_t len = 0;
    EXPECT_EQ(DecodeUtf8Checked(c.text, 0, &len), c.cp) << c.text;
    EXPECT_EQ(len, c.len) << c.text;
    // The same verdict as FindInvalidUtf8 on the sequence alone.
    EXPECT_EQ(FindInvalidUtf8(c.text.substr(0, len == 1 && c.cp < 0 ? c.text.size() : len)).has_value(), c.cp < 0)
        << c.text;
  }
  // Decoding from an offset reads no byte past the text's end.
  const std::string text = "ab\xE2\x82";
  size_t len = 0;
  EXPECT_EQ(DecodeUtf8Checked(std::string_view(text).substr(0, 3), 2, &len), -1);
  EXPECT_EQ(len, 1u);
  EXPECT_EQ(DecodeUtf8(text, 2, &len), U'\uFFFD');
  EXPECT_EQ(len, 1u);
}

}  // namespace
}  // namespace tearline
