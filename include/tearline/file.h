// tearline/file.h — file and text primitives shared by every module.
//
// WHAT THESE FUNCTIONS DO
//   ReadFile reads a whole file (or standard input for "-"). WriteFileAtomic
//   writes to a temporary file in the destination's directory, fsyncs it, and
//   renames it over the destination, so that a reader sees either the old
//   file, no file, or the whole new one; on any error the temporary is removed
//   and nothing is left at `path`. ValidateUtf8 checks strict UTF-8 (no
//   overlongs, no surrogates, nothing above U+10FFFF); DecodeUtf8Checked
//   decodes one code point of unchecked text by the same rules. IsWordByte is the
//   byte class of a word for the name-level rules. FindLiteral and
//   ForEachOccurrence search a text for a literal.
//
// THREAD SAFETY
//   Free functions; safe to call concurrently on distinct paths.
#pragma once

#include <array>
#include <cstddef>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include <unicode/utf8.h>

#include "tearline/status.h"

namespace tearline {

// Reads `path` ("-" = standard input). Refuses more than max_bytes (kBadInput).
Result<std::string> ReadFile(const std::string& path, size_t max_bytes = SIZE_MAX);

// Atomically replaces `path` with `data`, created with `mode` (e.g. 0600).
Status WriteFileAtomic(const std::string& path, std::string_view data, unsigned mode = 0644);

// Byte offset of the first invalid UTF-8 sequence, or nullopt if valid.
std::optional<size_t> FindInvalidUtf8(std::string_view text);

// Decodes the code point starting at text[i]; sets *len to its byte length.
// REQUIRES: text is valid UTF-8 and i < text.size() is a sequence start
// (otherwise U+FFFD of length 1, as DecodeUtf8Checked finds it).
char32_t DecodeUtf8(std::string_view text, size_t i, size_t* len);

// Decodes the code point starting at text[i] of text that need not be valid
// UTF-8: returns it and sets *len to its byte length, or returns -1 and sets
// *len to 1 when no well-formed sequence starts there (a stray continuation
// byte, a truncated sequence, an overlong, a surrogate, anything above
// U+10FFFF): the validity rules of FindInvalidUtf8. ICU's U8_NEXT, inline
// for the hot loops of the tokenizers. REQUIRES: i < text.size().
inline int32_t DecodeUtf8Checked(std::string_view text, size_t i, size_t* len) {
  const char* s = text.data() + i;
  const int32_t length = static_cast<int32_t>(text.size() - i < 4 ? text.size() - i : 4);
  int32_t j = 0;
  UChar32 cp;
  U8_NEXT(s, j, length, cp);
  *len = cp < 0 ? 1 : static_cast<size_t>(j);
  return cp < 0 ? -1 : cp;
}

// Appends the UTF-8 encoding of cp to *out.
void AppendUtf8(char32_t cp, std::string* out);

// The byte class the name-level rules (mention linking, titled names,
// protected-list matching) read words by: ASCII letters and digits, and every
// byte of a multi-byte UTF-8 sequence (so "Sławski" is one word). A table
// lookup, for hot loops.
inline constexpr std::array<bool, 256> kWordByteTable = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) {
    t[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
  }
  return t;
}();
inline bool IsWordByte(char c) { return kWordByteTable[static_cast<unsigned char>(c)]; }

// text.find(needle, from): the offset of the first occurrence of `needle`
// at or after `from`, or npos (`from` itself for an empty needle when
// from <= text.size()). Looks 16 bytes at a time for places where the
// needle's first two bytes and its last byte stand (SSE2; a plain find
// elsewhere), so a needle that opens with a common byte (" (", "  ", " de ")
// costs about as little as one that opens with a rare one; std::string_view
// ::find and memmem stop at every occurrence of the first byte.
size_t FindLiteral(std::string_view text, std::string_view needle, size_t from = 0);

// Calls f(k) for each offset k of text where `needle` starts, in order,
// overlapping occurrences included (FindLiteral). REQUIRES: needle is not
// empty.
template <typename F>
void ForEachOccurrence(std::string_view text, std::string_view needle, F&& f) {
  for (size_t k = FindLiteral(text, needle); k != std::string_view::npos; k = FindLiteral(text, needle, k + 1)) f(k);
}

}  // namespace tearline
