// The word splitter: an ASCII fast path driven by a byte class table, with
// full UTF-8 decoding and ICU properties only for bytes >= 0x80.
#include <unicode/uchar.h>

#include <array>
#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "quasi_internal.h"
#include "tearline/file.h"

namespace tearline::quasi {
namespace {

// Decodes one UTF-8 code point at text[i]; sets *len. Returns -1 (len 1) on
// an invalid sequence.
int32_t Decode(std::string_view text, size_t i, size_t* len) {
  auto b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) {
    *len = 1;
    return b;
  }
  return DecodeUtf8Checked(text, i, len);
}

// What one byte is to the splitter.
enum ByteClass : uint8_t {
  kBOther = 0,  // ASCII punctuation, symbols, controls: a gap of kind kOther
  kBUpper,      // A-Z
  kBLower,      // a-z
  kBDigit,      // 0-9
  kBSpace,      // ' ', '\t'
  kBNewline,    // '\n', '\r'
  kBJoiner,     // '-', '\''
  kBHigh,       // >= 0x80: decode
};

constexpr std::array<uint8_t, 256> MakeByteClass() {
  std::array<uint8_t, 256> t{};
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kBUpper;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kBLower;
  for (int c = '0'; c <= '9'; ++c) t[c] = kBDigit;
  t[' '] = t['\t'] = kBSpace;
  t['\n'] = t['\r'] = kBNewline;
  t['-'] = t['\''] = kBJoiner;
  for (int c = 0x80; c < 256; ++c) t[c] = kBHigh;
  return t;
}
constexpr std::array<uint8_t, 256> kByte = MakeByteClass();

// Word flags set by an ASCII first character, by its class.
constexpr std::array<uint8_t, 8> kFirstFlags = {0, kCap, kLower, kNumber, 0, 0, 0, 0};

inline bool IsAsciiWord(uint8_t cls) { return cls >= kBUpper && cls <= kBDigit; }

// A non-ASCII code point that belongs to a word.
bool IsWordCp(int32_t cp) { return cp >= 0 && (u_isalnum(cp) || (U_GET_GC_MASK(cp) & U_GC_M_MASK) != 0); }

// Running classification of the gap before a word (see Gap), without
// branches on the bytes of the gap, whose kinds a text mixes unpredictably.
struct GapState {
  enum : uint8_t { kNewlineSeen = 1, kOtherSeen = 2, kJoinerAlone = 4 };
  static constexpr std::array<uint8_t, 8> kAsciiSeen = [] {
    std::array<uint8_t, 8> t{};
    t[kBOther] = t[kBJoiner] = kOtherSeen;
    t[kBNewline] = kNewlineSeen;
    return t;
  }();
  // Gap by kJoinerAlone | kOtherSeen | kNewlineSeen.
  static constexpr std::array<Gap, 8> kGapOf = {Gap::kSpace,  Gap::kNewline, Gap::kOther,  Gap::kOther,
                                                Gap::kJoiner, Gap::kJoiner,  Gap::kJoiner, Gap::kJoiner};
  size_t cps = 0;       // code points in the gap
  bool joiner = false;  // the first code point is a joiner
  uint8_t seen = 0;     // kNewlineSeen | kOtherSeen
  void Reset() { *this = GapState{}; }
  void AddAscii(uint8_t cls) {
    joiner = cps == 0 ? cls == kBJoiner : joiner;
    ++cps;
    seen |= kAsciiSeen[cls];
  }
  // cp is a decoded non-word code point, or -1.
  void AddCp(int32_t cp) {
    if (cps++ == 0) joiner = cp == 0x2010 || cp == 0x2011 || cp == 0x2019;
    if (cp == 0x2028 || cp == 0x2029) {
      seen |= kNewlineSeen;
    } else if (!(cp == 0xA0 || (cp > 0x7F && u_isUWhiteSpace(cp)))) {
      seen |= kOtherSeen;
    }
  }
  Gap Get() const { return kGapOf[seen | ((cps == 1 && joiner) ? kJoinerAlone : 0)]; }
};

constexpr uint64_t kOnes = 0x0101010101010101ull;

// ASCII-lower-cases the bytes of an 8-byte chunk; other bytes are unchanged.
inline uint64_t LowerChunk(uint64_t x) {
  uint64_t low7 = x & (0x7F * kOnes);
  uint64_t ge_a = low7 + (0x80 - 'A') * kOnes;      // high bit: byte >= 'A'
  uint64_t gt_z = low7 + (0x80 - 'Z' - 1) * kOnes;  // high bit: byte > 'Z'
  uint64_t upper = ge_a & ~gt_z & ~x & (0x80 * kOnes);
  return x | (upper >> 2);
}

inline uint64_t Load(const char* p, size_t n) {
  uint64_t x = 0;
  if constexpr (std::endian::native == std::endian::little) {
    std::memcpy(&x, p, n);
  } else {
    for (size_t k = 0; k < n; ++k) x |= static_cast<uint64_t>(static_cast<unsigned char>(p[k])) << (8 * k);
  }
  return x;
}

inline uint64_t Mix(uint64_t h) {
  h *= 0x9E3779B97F4A7C15ull;
  return h ^ (h >> 29);
}

// HashLower of text[b, e), where text[b, limit) may be read. A word of at
// most 8 bytes hashes to its lower-cased bytes themselves (little-endian,
// zero-padded; words hold no NUL byte, so no two such words share a value),
// which leaves no multiplication on the path of the common short word;
// WordClassTable mixes the value before it uses it as an index.
inline uint64_t HashRange(const char* b, const char* e, const char* limit) {
  size_t n = static_cast<size_t>(e - b);
  if (n <= 8) {
    uint64_t x;
    if (limit - b >= 8 && std::endian::native == std::endian::little) {
      std::memcpy(&x, b, 8);
      x &= n == 8 ? ~0ull : (1ull << (8 * n)) - 1;
    } else {
      x = Load(b, n);
    }
    return LowerChunk(x);
  }
  uint64_t h = 0x8E7A3B1C5D2F4E61ull ^ n;
  while (e - b > 8) {
    h = Mix(h ^ LowerChunk(Load(b, 8)));
    b += 8;
  }
  h = Mix(h ^ LowerChunk(Load(b, static_cast<size_t>(e - b))));
  return Mix(h ^ (h >> 32));
}

// What the splitter needs to know of a word's letters: are there at least
// two, and is any of them not upper case.
struct RunCounts {
  size_t letters = 0;   // letters seen, counted up to at least 2
  bool lower = false;   // a letter that is not upper case was seen
  void Add(bool is_letter, bool is_upper) {
    letters += is_letter;
    lower = lower || (is_letter && !is_upper);
  }
  // Adds the letters marked in the bit masks.
  void AddMasks(uint32_t alpha, uint32_t upper) {
    letters += (alpha != 0) + ((alpha & (alpha - 1)) != 0);
    lower = lower || (alpha & ~upper) != 0;
  }
  bool AllCaps() const { return letters >= 2 && !lower; }
};

// The end of the run of ASCII letters and digits starting at data[i]; adds
// its letters to *c.
inline size_t AsciiRun(const char* data, size_t i, size_t n, RunCounts* c) {
#if defined(__SSE2__)
  const __m128i a_lo = _mm_set1_epi8('a'), a_up = _mm_set1_epi8('A'), zero = _mm_set1_epi8('0');
  const __m128i k25 = _mm_set1_epi8(25), k9 = _mm_set1_epi8(9), case_bit = _mm_set1_epi8(0x20);
  while (i + 16 <= n) {
    __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
    // (x - lo) <= span, unsigned, as min(x - lo, span) == x - lo.
    __m128i up = _mm_sub_epi8(x, a_up);
    __m128i is_upper = _mm_cmpeq_epi8(_mm_min_epu8(up, k25), up);
    __m128i lo = _mm_sub_epi8(_mm_or_si128(x, case_bit), a_lo);
    __m128i is_alpha = _mm_cmpeq_epi8(_mm_min_epu8(lo, k25), lo);
    __m128i dg = _mm_sub_epi8(x, zero);
    __m128i is_digit = _mm_cmpeq_epi8(_mm_min_epu8(dg, k9), dg);
    auto word = static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(is_alpha, is_digit)));
    auto alpha = static_cast<uint32_t>(_mm_movemask_epi8(is_alpha));
    auto upper = static_cast<uint32_t>(_mm_movemask_epi8(is_upper));
    uint32_t stop = ~word & 0xFFFFu;
    uint32_t keep = stop == 0 ? 0xFFFFu : (1u << std::countr_zero(stop)) - 1;
    c->AddMasks(alpha & keep, upper & keep);
    if (stop != 0) return i + std::countr_zero(stop);
    i += 16;
  }
#endif
  for (; i < n; ++i) {
    uint8_t bc = kByte[static_cast<unsigned char>(data[i])];
    if (!IsAsciiWord(bc)) break;
    c->Add(bc != kBDigit, bc == kBUpper);
  }
  return i;
}

}  // namespace

uint64_t HashLower(std::string_view s) { return HashRange(s.data(), s.data() + s.size(), s.data() + s.size()); }

void SplitWords(std::string_view text, std::vector<Word>* words, const WordClassTable* table) {
  words->clear();
  const size_t n = text.size();
  const char* data = text.data();
  size_t i = 0;
  GapState gap;
  while (i < n) {
    // The gap: everything up to the first word code point.
    size_t len = 1;
    uint8_t bc = kByte[static_cast<unsigned char>(data[i])];
    while (!IsAsciiWord(bc)) {
      if (bc != kBHigh) {
        gap.AddAscii(bc);
        ++i;
      } else {
        int32_t cp = Decode(text, i, &len);
        if (IsWordCp(cp)) break;
        gap.AddCp(cp);
        i += len;
      }
      if (i == n) return;
      bc = kByte[static_cast<unsigned char>(data[i])];
    }
    Word w;
    w.begin = i;
    RunCounts counts;
    // The first code point sets the flags.
    if (bc != kBHigh) {
      w.flags = kFirstFlags[bc];
    } else {
      int32_t cp = Decode(text, i, &len);
      bool is_letter = u_isalpha(cp);
      bool is_upper = u_isupper(cp);
      counts.Add(is_letter, is_upper);
      w.flags = is_upper ? kCap : is_letter ? kLower : 0;
      i += len;
    }
    i = AsciiRun(data, i, n, &counts);
    while (i < n) {
      auto b = static_cast<unsigned char>(data[i]);
      if (b >= 0x80) {
        int32_t cp = Decode(text, i, &len);
        if (!IsWordCp(cp)) break;
        if (u_isalpha(cp)) counts.Add(true, u_isupper(cp));
        i += len;
      } else if ((b == ',' || b == '.') && i + 1 < n && kByte[static_cast<unsigned char>(data[i - 1])] == kBDigit &&
                 kByte[static_cast<unsigned char>(data[i + 1])] == kBDigit) {
        // "," or "." between digits stays inside a number.
        ++i;
      } else {
        break;
      }
      i = AsciiRun(data, i, n, &counts);
    }
    w.end = i;
    if (counts.AllCaps()) w.flags |= kAllCaps;
    w.hash = HashRange(data + w.begin, data + w.end, data + n);
    if (table != nullptr) w.cls = table->Get(w.hash);
    w.gap = words->empty() ? Gap::kStart : gap.Get();
    gap.Reset();
    words->push_back(w);
  }
}

void WordClassTable::Add(uint64_t hash, uint32_t bits) {
  if (bits == 0) return;
  size_t f = FilterIndex(Spread(hash));
  filter_[f / 64] |= 1ull << (f % 64);
  // A load of at most 1/4 keeps lookups of absent words to about one probe.
  if ((used_ + 1) * 4 > slots_.size()) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.size() * 2, Slot{});
    used_ = 0;
    for (const Slot& s : old) {
      if (s.bits != 0) Add(s.hash, s.bits);
    }
  }
  size_t mask = slots_.size() - 1;
  for (size_t i = Spread(hash) & mask;; i = (i + 1) & mask) {
    if (slots_[i].bits == 0) {
      slots_[i] = Slot{hash, bits};
      ++used_;
      return;
    }
    if (slots_[i].hash == hash) {
      slots_[i].bits |= bits;
      return;
    }
  }
}

}  // namespace tearline::quasi
