// src/resolve/word_table.h — the hash tables of words compiled into the
// binary (the common-word, group-word, name-word, town and place tables):
// the hash that keys them, shared by the build tool that writes them
// (gen_word_table.cc) and the lookups. Internal to the resolve module.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace tearline::link_internal {

// FNV-1a, 64 bits, of the bytes of word.
constexpr uint64_t WordTableHash(std::string_view word) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (char c : word) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ull;
  }
  return h;
}

// A hash as stored in the table: never 0 (the empty slot).
constexpr uint64_t WordTableSlotKey(uint64_t h) { return h == 0 ? 1 : h; }

// Whether a generated table (open addressing, linear probing, `slots` a
// power of two, 0 for an empty slot) holds `key`, already lower-cased as the
// tool lower-cased its entries.
inline bool WordTableHolds(const uint64_t* table, size_t slots, std::string_view key) {
  const uint64_t h = WordTableSlotKey(WordTableHash(key));
  for (size_t i = h & (slots - 1);; i = (i + 1) & (slots - 1)) {
    if (table[i] == h) return true;
    if (table[i] == 0) return false;
  }
}

// Whether text, its ASCII letters lower-cased and its other bytes as they
// are, is in the table; false for texts of fewer than `shortest` or more than
// 64 bytes and for texts holding a line break or a tab.
inline bool WordTableHoldsLowered(const uint64_t* table, size_t slots, std::string_view text, size_t shortest) {
  constexpr size_t kLongest = 64;
  if (text.size() < shortest || text.size() > kLongest) return false;
  char low[kLongest];
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n' || c == '\t') return false;
    low[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return WordTableHolds(table, slots, std::string_view(low, text.size()));
}

}  // namespace tearline::link_internal
