// src/base/speed_tool.h — what the throughput tools (patterns_speed,
// tearline_tag_speed) share: process CPU time and a sink that counts findings
// and folds them into a fingerprint, so that a change meant to be fast only
// can be checked to leave every finding as it was. Not part of the library.
//
// THREAD SAFETY
//   FingerprintSink: one per thread.
#pragma once

#include <time.h>

#include <cstdint>
#include <cstring>

#include "tearline/finding.h"

namespace tearline {

inline double CpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Counts the findings at or above `min` and folds their span (plus `base`:
// offsets made absolute in a text scanned in pieces), kind, subkind and the
// exact bits of their confidence into an FNV-1a hash.
class FingerprintSink final : public FindingSink {
 public:
  void Add(const Finding& f) override {
    if (f.confidence < min) return;
    ++count;
    Mix(base + f.begin);
    Mix(base + f.end);
    Mix(static_cast<uint64_t>(f.kind));
    for (char c : f.subkind) Mix(static_cast<unsigned char>(c));
    uint32_t bits;
    std::memcpy(&bits, &f.confidence, sizeof bits);
    Mix(bits);
  }
  void Mix(uint64_t v) {
    for (int i = 0; i < 8; ++i) {
      hash ^= (v >> (8 * i)) & 0xff;
      hash *= 1099511628211ull;
    }
  }
  uint64_t hash = 1469598103934665603ull;
  uint64_t count = 0;
  size_t base = 0;
  float min = 0;
};

}  // namespace tearline
