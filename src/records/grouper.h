// Grouper: counts fixed-width integer keys (a class of a lattice node) with
// an open-addressing hash table. Internal to src/records.
//
// THREAD SAFETY: none; one Grouper per thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

namespace tearline::records_internal {

class Grouper {
 public:
  // width: key length in uint32; expected: a hint for the number of keys.
  Grouper(size_t width, size_t expected) : width_(width) {
    size_t slots = 16;
    while (slots < expected * 2 && slots < (size_t{1} << 26)) slots <<= 1;
    slots_.assign(slots, 0);
    mask_ = slots - 1;
    codes_.reserve(width * (expected < 4096 ? expected : 4096));
  }

  // Adds `count` to the class of key[0..width); returns the class index
  // (dense, in order of first appearance).
  uint32_t Add(const uint32_t* key, uint32_t count) {
    size_t i = Hash(key) & mask_;
    while (true) {
      uint32_t s = slots_[i];
      if (s == 0) break;
      if (std::memcmp(&codes_[(s - 1) * width_], key, width_ * sizeof(uint32_t)) == 0) {
        counts_[s - 1] += count;
        return s - 1;
      }
      i = (i + 1) & mask_;
    }
    uint32_t c = static_cast<uint32_t>(counts_.size());
    codes_.insert(codes_.end(), key, key + width_);
    counts_.push_back(count);
    slots_[i] = c + 1;
    if (counts_.size() * 2 > slots_.size()) Grow();
    return c;
  }

  size_t size() const { return counts_.size(); }

  // Moves out the keys (size() * width) and counts (size()).
  void Release(std::vector<uint32_t>* codes, std::vector<uint32_t>* counts) {
    *codes = std::move(codes_);
    *counts = std::move(counts_);
  }

 private:
  size_t Hash(const uint32_t* key) const {
    uint64_t h = 0x9E3779B97F4A7C15ull;
    for (size_t i = 0; i < width_; ++i) {
      h = (h ^ key[i]) * 0xff51afd7ed558ccdull;
      h ^= h >> 32;
    }
    return static_cast<size_t>(h);
  }
  void Grow() {
    slots_.assign(slots_.size() * 2, 0);
    mask_ = slots_.size() - 1;
    for (uint32_t c = 0; c < counts_.size(); ++c) {
      size_t i = Hash(&codes_[c * width_]) & mask_;
      while (slots_[i] != 0) i = (i + 1) & mask_;
      slots_[i] = c + 1;
    }
  }

  size_t width_;
  std::vector<uint32_t> codes_, counts_, slots_;
  size_t mask_;
};

}  // namespace tearline::records_internal
