// src/resolve/common_words_hash.h — the hash that keys the common-word table
// (shared by the build tool that writes the table and the lookup). Internal
// to the resolve module.
#pragma once

#include <cstdint>
#include <string_view>

namespace tearline::link_internal {

// FNV-1a, 64 bits, of the bytes of word.
constexpr uint64_t CommonWordHash(std::string_view word) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (char c : word) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ull;
  }
  return h;
}

// A hash as stored in the table: never 0 (the empty slot).
constexpr uint64_t CommonWordSlotKey(uint64_t h) { return h == 0 ? 1 : h; }

}  // namespace tearline::link_internal
