// csv_scan.h — byte scanners behind the CSV reader (internal to the module).
//
// WHAT THESE FUNCTIONS REPRESENT
//   Searches over a byte range [p + pos, p + n) for the bytes that end a run
//   of plain CSV text. With SSE2 they test 16 bytes per step; elsewhere they
//   fall back to a byte loop with the same results. They never read outside
//   [p, p + n).
//
// THREAD SAFETY
//   Pure functions.
#pragma once

#include <cstddef>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace tearline::csv_internal {

// True for the bytes that end an unquoted field's text: ',' LF CR '"'.
inline constexpr bool IsFieldStop(unsigned char c) { return c == ',' || c == '\n' || c == '\r' || c == '"'; }

// Offset of the first ',', LF, CR or '"' in [pos, n), or n if none.
inline size_t NextSpecial(const char* p, size_t pos, size_t n) {
#if defined(__SSE2__)
  const __m128i comma = _mm_set1_epi8(','), lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r'),
                quote = _mm_set1_epi8('"');
  while (pos + 16 <= n) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + pos));
    const __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, comma), _mm_cmpeq_epi8(v, lf)),
                                   _mm_or_si128(_mm_cmpeq_epi8(v, cr), _mm_cmpeq_epi8(v, quote)));
    const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(m));
    if (mask) return pos + static_cast<size_t>(__builtin_ctz(mask));
    pos += 16;
  }
#endif
  while (pos < n && !IsFieldStop(static_cast<unsigned char>(p[pos]))) ++pos;
  return pos;
}

// Offset of the first '"' in [pos, n), or n if none; adds the number of LF
// bytes before it (in [pos, result)) to *lines.
inline size_t NextQuote(const char* p, size_t pos, size_t n, size_t* lines) {
#if defined(__SSE2__)
  const __m128i lf = _mm_set1_epi8('\n'), quote = _mm_set1_epi8('"');
  while (pos + 16 <= n) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + pos));
    const unsigned q = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, quote)));
    unsigned l = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, lf)));
    if (q) {
      const unsigned at = static_cast<unsigned>(__builtin_ctz(q));
      l &= (1u << at) - 1;
      *lines += static_cast<size_t>(__builtin_popcount(l));
      return pos + at;
    }
    *lines += static_cast<size_t>(__builtin_popcount(l));
    pos += 16;
  }
#endif
  for (; pos < n && p[pos] != '"'; ++pos) *lines += p[pos] == '\n';
  return pos;
}

// Number of bytes equal to `byte` in [p, p + n).
inline size_t CountByte(const char* p, size_t n, char byte) {
  size_t count = 0, i = 0;
#if defined(__SSE2__)
  const __m128i b = _mm_set1_epi8(byte), zero = _mm_setzero_si128();
  while (i + 16 <= n) {
    // Per-lane counters in bytes: at most 255 steps before they are summed.
    __m128i acc = zero;
    for (int k = 0; k < 255 && i + 16 <= n; ++k, i += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      acc = _mm_sub_epi8(acc, _mm_cmpeq_epi8(v, b));
    }
    const __m128i sums = _mm_sad_epu8(acc, zero);
    count += static_cast<size_t>(_mm_cvtsi128_si32(sums)) + static_cast<size_t>(_mm_extract_epi16(sums, 4));
  }
#endif
  for (; i < n; ++i) count += p[i] == byte;
  return count;
}

// Asks the kernel to back the 2 MiB-aligned pages inside [p, p + bytes) with
// huge pages, so that filling a large freshly allocated array costs a few
// page faults instead of one per 4 KiB. A hint only: ignored where
// unsupported, and the memory's contents and ownership are unchanged.
inline void AdviseHugePages(void* p, size_t bytes) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  constexpr uintptr_t kHuge = uintptr_t{2} << 20;
  if (bytes < 2 * kHuge) return;
  const uintptr_t begin = (reinterpret_cast<uintptr_t>(p) + kHuge - 1) & ~(kHuge - 1);
  const uintptr_t end = (reinterpret_cast<uintptr_t>(p) + bytes) & ~(kHuge - 1);
  if (end > begin) (void)madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#else
  (void)p;
  (void)bytes;
#endif
}

}  // namespace tearline::csv_internal
