// The words that linking looks up, found without visiting every word. Not
// part of the public API (src/resolve only, and its tests).
//
// THREAD SAFETY: stateless functions.
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>
#include <vector>

#include "tearline/file.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace tearline::link_internal {

using tearline::IsWordByte;  // tearline/file.h

// The start of the line that holds text[pos] (0 on the first line).
inline size_t LineStart(std::string_view text, size_t pos) {
  const size_t nl = pos == 0 ? std::string_view::npos : text.rfind('\n', pos - 1);
  return nl == std::string_view::npos ? 0 : nl + 1;
}

// An ASCII capital (A-Z) or small letter (a-z).
inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }

// A capital: A-Z, or a byte that leads a multi-byte character (non-ASCII
// letters count as names' letters).
inline bool IsCapitalByte(char c) {
  auto u = static_cast<unsigned char>(c);
  return (u >= 'A' && u <= 'Z') || u >= 0xC0;
}

// Whether text[i...] is a possessive "’s" (U+2019, then "s" or "S", then no
// word byte). Its bytes are word bytes, so a word would run on through it
// ("Karimi’s"): words end before it, and it belongs to no word.
inline bool CurlyPossessiveAt(std::string_view text, size_t i) {
  const size_t n = text.size();
  return i + 4 <= n && text[i] == '\xE2' && text[i + 1] == '\x80' && text[i + 2] == '\x99' &&
         (text[i + 3] == 's' || text[i + 3] == 'S') && (i + 4 == n || !IsWordByte(text[i + 4]));
}

// Whether text[b...] is, up to the next byte that is no word byte, an
// honorific that Central and South Asian names take after a hyphen, in
// small letters: "Aibek-ake", "Gulnara-eje", "Ahmad-jan", "Gandhi-ji".
inline bool HonorificSuffixAt(std::string_view text, size_t b) {
  static constexpr std::string_view kSuffixes[] = {"aga", "ake", "apa", "baike", "bhai", "eje", "jan", "ji", "sahib"};
  size_t e = b;
  while (e < text.size() && text[e] >= 'a' && text[e] <= 'z') ++e;
  if (e == b || e - b > 5 || (e < text.size() && IsWordByte(text[e]))) return false;
  const std::string_view word = text.substr(b, e - b);
  for (std::string_view s : kSuffixes) {
    if (word == s) return true;
  }
  return false;
}

// Whether the '-' or '\'' at text[j] joins the word bytes on both sides into
// one word: "Abdul-Rahman", "L'Enfant", "Mas'ud". An apostrophe before a
// final "s" ("Omari's", a possessive) does not join, nor a hyphen before an
// honorific ("Aibek-ake": the name "Aibek", HonorificSuffixAt).
inline bool JoinsAt(std::string_view text, size_t j) {
  const size_t n = text.size();
  if (j == 0 || j + 1 >= n || !IsWordByte(text[j - 1]) || !IsWordByte(text[j + 1])) return false;
  if (j >= 4 && CurlyPossessiveAt(text, j - 4)) return false;  // "’s" before it belongs to no word
  if (text[j] == '-') return !(text[j + 1] >= 'a' && text[j + 1] <= 'z' && HonorificSuffixAt(text, j + 1));
  if (text[j] != '\'') return false;
  const bool possessive = (text[j + 1] == 's' || text[j + 1] == 'S') && (j + 2 >= n || !IsWordByte(text[j + 2]));
  return !possessive;
}

inline bool IsJoiner(char c) { return c == '-' || c == '\''; }


// The words of text: runs of word bytes, with inner hyphens and apostrophes
// when join_inner (JoinsAt: "Abdul-Rahman", "L'Enfant" stay one word; not
// the possessive of "Omari's"). A possessive "’s" (CurlyPossessiveAt) ends a
// word and belongs to none. Calls f(begin, end) for each, in order. The
// reference definition.
template <typename F>
void ForEachWord(std::string_view text, bool join_inner, F&& f) {
  const size_t n = text.size();
  for (size_t i = 0; i < n;) {
    if (!IsWordByte(text[i])) {
      ++i;
      continue;
    }
    const size_t b = i;
    while (i < n && !CurlyPossessiveAt(text, i) &&
           (IsWordByte(text[i]) || (join_inner && IsJoiner(text[i]) && JoinsAt(text, i)))) {
      ++i;
    }
    if (i > b) f(b, i);
    if (CurlyPossessiveAt(text, i)) i += 4;
  }
}

// The end of the word of ForEachWord(text, join_inner) that starts at b.
inline size_t WordEnd(std::string_view text, size_t b, bool join_inner) {
  const size_t n = text.size();
  const char* data = text.data();
  size_t i = b + 1;
  while (i < n && !CurlyPossessiveAt(text, i) &&
         (IsWordByte(data[i]) || (join_inner && IsJoiner(data[i]) && JoinsAt(text, i)))) {
    ++i;
  }
  return i;
}

// Whether the capital at b, not preceded by a word byte, starts a word of
// ForEachWord(text, join_inner): not when a joining hyphen or apostrophe
// precedes it, nor when it is the first byte of a possessive "’s".
inline bool StartsWord(std::string_view text, size_t b, bool join_inner) {
  return !(join_inner && b >= 2 && IsJoiner(text[b - 1]) && JoinsAt(text, b - 1)) && !CurlyPossessiveAt(text, b);
}

// Calls f(b) for every capital (IsCapitalByte) at b whose previous byte is
// not a word byte, in order, 16 bytes at a time.
template <typename F>
void ForEachCapitalStart(std::string_view text, F&& f) {
  const size_t n = text.size();
  const char* data = text.data();
  size_t p = 0;
#if defined(__SSE2__)
  // Bit j of a mask is byte p + j. Word bytes: digits, letters, >= 0x80.
  const __m128i k_a = _mm_set1_epi8('a'), k_0 = _mm_set1_epi8('0'), k_upper_a = _mm_set1_epi8('A');
  const __m128i k25 = _mm_set1_epi8(25), k9 = _mm_set1_epi8(9), case_bit = _mm_set1_epi8(0x20);
  const __m128i k_c0 = _mm_set1_epi8(static_cast<char>(0xC0));
  uint32_t carry = 0;  // 1 if the byte before the block is a word byte
  char tail[16] = {};   // the last partial block, NUL-padded (NUL is neither a word byte nor a capital)
  for (; p < n; p += 16) {
    const char* block = data + p;
    if (n - p < 16) {
      std::memcpy(tail, data + p, n - p);
      block = tail;
    }
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(block));
    // (x - lo) <= span, unsigned, as min(x - lo, span) == x - lo.
    const __m128i up = _mm_sub_epi8(x, k_upper_a);
    const __m128i is_upper = _mm_cmpeq_epi8(_mm_min_epu8(up, k25), up);
    const __m128i lo = _mm_sub_epi8(_mm_or_si128(x, case_bit), k_a);
    const __m128i is_alpha = _mm_cmpeq_epi8(_mm_min_epu8(lo, k25), lo);
    const __m128i dg = _mm_sub_epi8(x, k_0);
    const __m128i is_digit = _mm_cmpeq_epi8(_mm_min_epu8(dg, k9), dg);
    const __m128i is_lead = _mm_cmpeq_epi8(_mm_max_epu8(x, k_c0), x);  // x >= 0xC0
    const auto high = static_cast<uint32_t>(_mm_movemask_epi8(x));     // x >= 0x80
    const uint32_t word = static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(is_alpha, is_digit))) | high;
    const auto cap = static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(is_upper, is_lead)));
    uint32_t starts = cap & ~((word << 1) | carry) & 0xFFFFu;
    carry = (word >> 15) & 1u;
    while (starts != 0) {
      f(p + static_cast<size_t>(std::countr_zero(starts)));
      starts &= starts - 1;
    }
  }
#else
  for (; p < n; ++p) {
    if (IsCapitalByte(data[p]) && (p == 0 || !IsWordByte(data[p - 1]))) f(p);
  }
#endif
}

// Exactly the words of ForEachWord(text, join_inner) whose first byte is a
// capital (IsCapitalByte), in the same order: f(begin, end) for each, given
// `starts`, every position ForEachCapitalStart(text) reports, in order
// (collected once for several passes over one text).
//
// Why it is the same set: a word starts at i iff text[i] is a word byte, the
// byte before it is not, and (with join_inner) the byte before is not a
// joining hyphen or apostrophe (JoinsAt). A capital is a word byte, so
// the candidates are the capitals not preceded by a word byte
// (ForEachCapitalStart); each word's end is found as ForEachWord finds it.
template <typename F>
void ForEachCapitalisedWordFrom(std::string_view text, const std::vector<size_t>& starts, bool join_inner, F&& f) {
  for (size_t b : starts) {
    if (StartsWord(text, b, join_inner)) f(b, WordEnd(text, b, join_inner));
  }
}

inline char LowerAsciiByte(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c; }

// Whether the UTF-8 byte b, after the byte `lead`, ends a Latin-1 capital
// (U+00C0..U+00DE but the multiplication sign: "É", "Ñ", "Ö").
inline bool EndsLatin1Capital(char lead, char b) {
  const auto u = static_cast<unsigned char>(b);
  return static_cast<unsigned char>(lead) == 0xC3 && u >= 0x80 && u <= 0x9E && u != 0x97;
}

// The byte c of a UTF-8 word lower-cased, given the byte before it (0 for the
// first): ASCII capitals and the last bytes of Latin-1 capitals.
inline char LowerNameByte(char prev, char c) {
  return EndsLatin1Capital(prev, c) ? static_cast<char>(c + 0x20) : LowerAsciiByte(c);
}

// word lower-cased into *out, ASCII and Latin-1 capitals ("SANÉ" -> "sané"):
// the spelling by which linking compares name words.
inline void LowerNameInto(std::string_view word, std::string* out) {
  out->assign(word);
  for (size_t i = 0; i < out->size(); ++i) (*out)[i] = LowerNameByte(i > 0 ? word[i - 1] : '\0', word[i]);
}

// The length of an elided French or Italian article that opens word ("d'",
// "l'", "d’", "l’"; either case), or 0.
inline size_t ElidedArticleLength(std::string_view word) {
  if (word.size() < 2 || (LowerAsciiByte(word[0]) != 'd' && LowerAsciiByte(word[0]) != 'l')) return 0;
  if (word[1] == '\'') return 2;
  return word[1] == '\xE2' && word.compare(1, 3, "\xE2\x80\x99") == 0 ? 4 : 0;
}

// Whether w is one of `words` (any list: std::array, a C array, a vector).
inline bool OneOf(std::span<const std::string_view> words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// Whether w is a lower-case particle inside names ("Amer al-Hamoud", "Juan
// de la Cruz", "Khalid bin Walid", "Ludwig van Beethoven").
inline bool IsNameParticle(std::string_view w) {
  static constexpr std::string_view kParticles[] = {"al", "ben",  "bin", "bint", "da",   "de",  "del", "di",
                                                    "el", "ibn",  "la",  "mint", "ould", "van", "von", "wad"};
  return OneOf(kParticles, w);
}

// `word` ASCII-lower-cased into `buf`, for a lookup without building a
// string; empty when the word is longer than N bytes.
template <size_t N>
std::string_view LowerAsciiInto(std::string_view word, std::array<char, N>& buf) {
  if (word.size() > N) return {};
  for (size_t i = 0; i < word.size(); ++i) buf[i] = LowerAsciiByte(word[i]);
  return std::string_view(buf.data(), word.size());
}

// Whether `word`, its ASCII letters lower-cased, is one of `sorted` (words
// in small letters, sorted by bytes, none longer than 32 bytes).
inline bool InSortedLowerAscii(std::span<const std::string_view> sorted, std::string_view word) {
  std::array<char, 32> buf;
  const std::string_view lower = LowerAsciiInto(word, buf);
  return !lower.empty() && std::binary_search(sorted.begin(), sorted.end(), lower);
}

// A set of words that answers "certainly not in the set" for most other
// words from their length and first, second and last bytes (never for a word
// of the set): a filter in front of a hash lookup. With `lower`, words are
// compared by those bytes lower-cased (ASCII and Latin-1 capitals).
// LogBits sets its size (2^LogBits bits): larger for larger sets.
template <int LogBits>
class BasicWordFilter {
 public:
  explicit BasicWordFilter(bool lower) : lower_(lower) {}
  // A filter holding each of `words` (any range of strings).
  template <typename Words>
  static BasicWordFilter Of(const Words& words, bool lower) {
    BasicWordFilter filter(lower);
    for (const auto& w : words) filter.Add(w);
    return filter;
  }
  void Add(std::string_view w) {
    const uint32_t i = Index(w);
    bits_[i / 64] |= uint64_t{1} << (i % 64);
  }
  bool MayHold(std::string_view w) const {
    const uint32_t i = Index(w);
    return (bits_[i / 64] >> (i % 64)) & 1;
  }

 private:
  uint32_t Index(std::string_view w) const {
    if (w.empty()) return 0;
    auto byte = [&](size_t k) {
      const char c = lower_ ? LowerNameByte(k > 0 ? w[k - 1] : '\0', w[k]) : w[k];
      return static_cast<uint32_t>(static_cast<unsigned char>(c));
    };
    uint32_t h = static_cast<uint32_t>(w.size()) * 0x9E3779B1u;
    h ^= byte(0) | byte(w.size() > 1 ? 1 : 0) << 8 | byte(w.size() - 1) << 16;
    h *= 0x85EBCA6Bu;
    return h >> (32 - kLogBits);
  }
  static constexpr int kLogBits = LogBits;
  bool lower_;
  std::array<uint64_t, (size_t{1} << kLogBits) / 64> bits_{};
};
using WordFilter = BasicWordFilter<13>;

// Whether span holds `words` (one word or more) as whole words: at its start
// or after a space, and at its end or before a space ("Salou Djibo" holds
// "Djibo"; "Djibouti" does not).
inline bool HoldsAsWords(std::string_view span, std::string_view words) {
  for (size_t at = span.find(words); at != std::string_view::npos; at = span.find(words, at + 1)) {
    const size_t end = at + words.size();
    if ((at == 0 || span[at - 1] == ' ') && (end == span.size() || span[end] == ' ')) return true;
  }
  return false;
}

// Calls fn(stretch) for every stretch of span from a word's start (span's
// start or after a space) to a word's end (span's end or before a space):
// the texts HoldsAsWords(span, text) is true of, but the empty one. Returns
// false without calling fn when span has more than 64 spaces (a caller then
// asks HoldsAsWords of each candidate instead).
template <typename Fn>
bool ForEachWordStretch(std::string_view span, const Fn& fn) {
  std::array<size_t, 66> starts, ends;
  size_t n = 0;
  starts[0] = 0;
  for (size_t i = 0; i < span.size(); ++i) {
    if (span[i] != ' ') continue;
    if (++n > 64) return false;
    starts[n] = i + 1;
    ends[n - 1] = i;
  }
  ends[n] = span.size();
  for (size_t a = 0; a <= n; ++a) {
    for (size_t b = 0; b <= n; ++b) {
      if (ends[b] > starts[a]) fn(span.substr(starts[a], ends[b] - starts[a]));
    }
  }
  return true;
}

// Whether span holds one of `sorted_names` (sorted) as whole words, as
// HoldsAsWords asks of each: the word stretches of span are looked up
// instead (a table holds thousands of names; a reading, a few words).
inline bool HoldsOneAsWords(std::string_view span, const std::vector<std::string_view>& sorted_names) {
  if (sorted_names.empty()) return false;
  bool held = false;
  if (!sorted_names.front().empty() && ForEachWordStretch(span, [&](std::string_view stretch) {
        held = held || std::binary_search(sorted_names.begin(), sorted_names.end(), stretch);
      })) {
    return held;
  }
  return std::any_of(sorted_names.begin(), sorted_names.end(),
                     [&](std::string_view name) { return HoldsAsWords(span, name); });
}

}  // namespace tearline::link_internal
