// The tagger's Viterbi decoder (ViterbiInt32, contract in internal.h): an
// AVX2 kernel chosen at run time and a portable one, both equal to
// Viterbi<int32_t>.
#include <cstring>

#include "src/tag/internal.h"

namespace tearline::tag_internal {

namespace {

// Portable vector version (GCC/Clang vector extensions: SSE2, NEON, or
// scalar code, whatever the target has), 4 lanes x 4.
using V4 = int32_t __attribute__((vector_size(16)));
inline V4 Load4(const int32_t* p) {
  V4 v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
inline void Store4(int32_t* p, V4 v) { std::memcpy(p, &v, sizeof v); }

void ViterbiPortable(const int32_t* emis, const int32_t* trans, const uint8_t* cat, int n, int* out, int32_t* hist) {
  constexpr int32_t kPad = kForbidden * 4;
  static_assert(kRowWidth == 16 && kNumClasses == 15, "four 4-lane quarters, one padding lane");
  const V4 keep3 = V4{-1, -1, -1, 0}, pad3 = V4{0, 0, 0, kPad};
  const int32_t* t0 = trans + size_t{cat[0]} * kRowWidth * kRowWidth;
  for (int q = 0; q < 4; ++q) {
    V4 v = Load4(emis + 4 * q) + Load4(t0 + 4 * q);
    Store4(hist + 4 * q, q == 3 ? ((v & keep3) | pad3) : v);
  }
  for (int i = 1; i < n; ++i) {
    const int32_t* delta = hist + size_t(i - 1) * kRowWidth;
    const int32_t* t = trans + size_t{cat[i]} * kRowWidth * kRowWidth;
    V4 d = V4{} + delta[0];
    V4 m0 = d + Load4(t), m1 = d + Load4(t + 4), m2 = d + Load4(t + 8), m3 = d + Load4(t + 12);
    for (int p = 1; p < kNumClasses; ++p) {
      const int32_t* tp = t + p * kRowWidth;
      d = V4{} + delta[p];
      V4 a0 = d + Load4(tp), a1 = d + Load4(tp + 4), a2 = d + Load4(tp + 8), a3 = d + Load4(tp + 12);
      m0 = a0 > m0 ? a0 : m0;
      m1 = a1 > m1 ? a1 : m1;
      m2 = a2 > m2 ? a2 : m2;
      m3 = a3 > m3 ? a3 : m3;
    }
    const int32_t* e = emis + size_t(i) * kRowWidth;
    const V4 mx = V4{} + (m0[0] + e[0]);  // keep scores near 0: O is always reachable
    int32_t* cur = hist + size_t(i) * kRowWidth;
    Store4(cur, m0 + Load4(e) - mx);
    Store4(cur + 4, m1 + Load4(e + 4) - mx);
    Store4(cur + 8, m2 + Load4(e + 8) - mx);
    Store4(cur + 12, ((m3 + Load4(e + 12) - mx) & keep3) | pad3);
  }
  ViterbiBacktrack(hist, trans, cat, n, out);
}

#if TEARLINE_TAG_X86
__attribute__((target("avx2"))) inline __m256i Load8(const int32_t* p) {
  return _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
}
__attribute__((target("avx2"))) inline void Store8(int32_t* p, __m256i v) {
  _mm256_storeu_si256(reinterpret_cast<__m256i*>(p), v);
}

__attribute__((target("avx2")))
void ViterbiAvx2(const int32_t* emis, const int32_t* trans, const uint8_t* cat, int n, int* out, int32_t* hist) {
  constexpr int32_t kPad = kForbidden * 4;
  static_assert(kRowWidth == 16 && kNumClasses == 15, "two 8-lane halves, one padding lane");
  const __m256i pad_hi = _mm256_setr_epi32(0, 0, 0, 0, 0, 0, 0, kPad);
  const __m256i keep_hi = _mm256_setr_epi32(-1, -1, -1, -1, -1, -1, -1, 0);
  const int32_t* t0 = trans + size_t{cat[0]} * kRowWidth * kRowWidth;
  Store8(hist, _mm256_add_epi32(Load8(emis), Load8(t0)));
  Store8(hist + 8, _mm256_or_si256(_mm256_and_si256(_mm256_add_epi32(Load8(emis + 8), Load8(t0 + 8)), keep_hi), pad_hi));
  for (int i = 1; i < n; ++i) {
    const int32_t* delta = hist + size_t(i - 1) * kRowWidth;
    const int32_t* t = trans + size_t{cat[i]} * kRowWidth * kRowWidth;
    __m256i d = _mm256_set1_epi32(delta[0]);
    __m256i lo = _mm256_add_epi32(d, Load8(t));
    __m256i hi = _mm256_add_epi32(d, Load8(t + 8));
    for (int p = 1; p < kNumClasses; ++p) {
      d = _mm256_set1_epi32(delta[p]);
      lo = _mm256_max_epi32(lo, _mm256_add_epi32(d, Load8(t + p * kRowWidth)));
      hi = _mm256_max_epi32(hi, _mm256_add_epi32(d, Load8(t + p * kRowWidth + 8)));
    }
    const int32_t* e = emis + size_t(i) * kRowWidth;
    const __m256i mx = _mm256_set1_epi32(_mm256_cvtsi256_si32(lo) + e[0]);  // keep scores near 0
    int32_t* cur = hist + size_t(i) * kRowWidth;
    Store8(cur, _mm256_sub_epi32(_mm256_add_epi32(lo, Load8(e)), mx));
    Store8(cur + 8, _mm256_or_si256(_mm256_and_si256(_mm256_sub_epi32(_mm256_add_epi32(hi, Load8(e + 8)), mx), keep_hi), pad_hi));
  }
  ViterbiBacktrack(hist, trans, cat, n, out);
}
#endif

}  // namespace

void ViterbiInt32(const int32_t* emis, const int32_t* trans, const uint8_t* cat, int n, int* out, int32_t* hist) {
  if (n <= 0) return;
#if TEARLINE_TAG_X86
  if (HasAvx2()) return ViterbiAvx2(emis, trans, cat, n, out, hist);
#endif
  ViterbiPortable(emis, trans, cat, n, out, hist);
}

}  // namespace tearline::tag_internal
