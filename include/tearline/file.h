// tearline/file.h — file and text primitives shared by every module.
//
// WHAT THESE FUNCTIONS DO
//   ReadFile reads a whole file (or standard input for "-"). WriteFileAtomic
//   writes to a temporary file in the destination's directory, fsyncs it, and
//   renames it over the destination, so that a reader sees either the old
//   file, no file, or the whole new one; on any error the temporary is removed
//   and nothing is left at `path`. ValidateUtf8 checks strict UTF-8 (no
//   overlongs, no surrogates, nothing above U+10FFFF). IsWordByte is the
//   byte class of a word for the name-level rules.
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

#include "tearline/status.h"

namespace tearline {

// Reads `path` ("-" = standard input). Refuses more than max_bytes (kBadInput).
Result<std::string> ReadFile(const std::string& path, size_t max_bytes = SIZE_MAX);

// Atomically replaces `path` with `data`, created with `mode` (e.g. 0600).
Status WriteFileAtomic(const std::string& path, std::string_view data, unsigned mode = 0644);

// Byte offset of the first invalid UTF-8 sequence, or nullopt if valid.
std::optional<size_t> FindInvalidUtf8(std::string_view text);

// Decodes the code point starting at text[i]; sets *len to its byte length.
// REQUIRES: text is valid UTF-8 and i < text.size() is a sequence start.
char32_t DecodeUtf8(std::string_view text, size_t i, size_t* len);

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

// Calls f(k) for each offset k of text where `needle` starts, in order,
// overlapping occurrences included. Searches with memmem: fast for a needle
// whose bytes are rare, slow for one that opens with a space, which a
// 16-byte scan finds better. REQUIRES: needle is not empty.
template <typename F>
void ForEachOccurrence(std::string_view text, std::string_view needle, F&& f) {
  for (size_t at = 0; at < text.size();) {
    const void* hit = memmem(text.data() + at, text.size() - at, needle.data(), needle.size());
    if (hit == nullptr) break;
    const size_t k = static_cast<size_t>(static_cast<const char*>(hit) - text.data());
    f(k);
    at = k + 1;
  }
}

}  // namespace tearline
