// Internal types of the quasi detector: the word splitter, phrase hashing and
// the rule matchers. Not part of the public API.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "tearline/finding.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace tearline::quasi {

// A 64-bit hash of the ASCII-lower-cased bytes of s (other bytes as they
// are): HashLower("Court") == HashLower("COURT") == HashLower("court").
uint64_t HashLower(std::string_view s);

// How a word is separated from the word before it.
enum class Gap : uint8_t {
  kStart,    // first word of the text
  kJoiner,   // exactly one "-", U+2010, U+2011, "'" or U+2019 and nothing else
  kSpace,    // spaces/tabs only (no line break)
  kNewline,  // whitespace with at least one line break
  kOther,    // anything else (punctuation, symbols)
};

enum WordFlag : uint8_t {
  kCap = 1,       // first letter is upper case
  kAllCaps = 2,   // >= 2 letters, all upper case
  kNumber = 4,    // starts with a digit
  kLower = 8,     // first letter is lower case
};

// A word: a maximal run of letters, marks and digits, where "," or "."
// between two digits stays inside ("12,355.61").
struct Word {
  size_t begin = 0;
  size_t end = 0;
  uint64_t hash = 0;  // HashLower of the word's bytes
  uint32_t cls = 0;   // WordClass bits, from a WordClassTable (0 until looked up)
  uint8_t flags = 0;
  Gap gap = Gap::kStart;
};

// What a (lower-cased) word can be to the rules; several bits may be set.
enum WordClass : uint32_t {
  kClsCurrencyCode = 1u << 0,   // "EUR" (matches only when written in capitals)
  kClsCurrencyAdj = 1u << 1,    // "Turkish" in "Turkish liras"
  kClsCurrencyNoun = 1u << 2,   // "euros", "liras"
  kClsScale = 1u << 3,          // "million"
  kClsApprox = 1u << 4,         // "approximately"
  kClsUnit = 1u << 5,           // "metres", "km"
  kClsNumberWord = 1u << 6,     // "three", "twenty", "hundred"
  kClsAged = 1u << 7,           // "aged"
  kClsAge = 1u << 8,            // "age"
  kClsOf = 1u << 9,             // "of"
  kClsYearUnit = 1u << 10,      // "year(s)", "month(s)"
  kClsOld = 1u << 11,           // "old"
  kClsPer = 1u << 12,           // "per"
  kClsCent = 1u << 13,          // "cent"
  kClsPercent = 1u << 14,       // "percent"
  kClsSterling = 1u << 15,      // "sterling"
  kClsSquare = 1u << 16,        // "square"
  kClsConnector = 1u << 17,     // "of", "for", "and", "the" inside organisation names
  kClsStopStart = 1u << 18,     // capitalised words that never start a name ("The", "In")
  kClsHead = 1u << 19,          // organisation head word
  kClsGeneric = 1u << 20,       // generic organisation word
  kClsNational = 1u << 21,      // "national(s)", "citizen(s)"
  kClsArticle = 1u << 22,       // "a", "an", "as"
  kClsPhraseStart = 1u << 23,   // first word of a lexicon phrase
  kClsPhraseWord = 1u << 24,    // second or later word of a lexicon phrase
  kClsMonth = 1u << 25,         // "January" ... "December"
  kClsDurUnit = 1u << 26,       // "year(s)", "month(s)", "week(s)", "day(s)"
  kClsRangeJoin = 1u << 27,     // "and", "to" between the parts of a date range
  kClsRangeStart = 1u << 28,    // "between"
  kClsDurBlock = 1u << 29,      // "within", "every", ...: a following duration is a rule, not a fact
  kClsDurStop = 1u << 30,       // "time", "period", "limit": "two-month time-limit"
  kClsHalf = 1u << 31,          // "half" in "two and a half years"
};

// Open-addressing map from word hash to WordClass bits.
class WordClassTable {
 public:
  WordClassTable() : slots_(4096) {}
  void Add(uint64_t hash, uint32_t bits);
  void Add(std::string_view word, uint32_t bits) { Add(HashLower(word), bits); }
  uint32_t Get(uint64_t hash) const {
    uint64_t spread = Spread(hash);
    size_t f = FilterIndex(spread);
    uint32_t maybe = (filter_[f / 64] >> (f % 64)) & 1;
    size_t mask = slots_.size() - 1;
    const Slot& home = slots_[spread & mask];
    // Without branches for the common cases (a word at its home slot, or a
    // word the filter rules out), which a text mixes unpredictably: a branch
    // on them mispredicts, and only after the slot has come from the cache.
    uint32_t same = home.hash == hash;
    uint32_t bits = home.bits & (0u - same);
    uint32_t probe = maybe & (same ^ 1u) & static_cast<uint32_t>(home.bits != 0);
#if defined(__GNUC__)
    // Keeps the compiler from splitting the test into one branch per term.
    asm("" : "+r"(probe));
#endif
    if (probe != 0) [[unlikely]] {
      for (size_t i = (spread + 1) & mask;; i = (i + 1) & mask) {
        if (slots_[i].bits == 0) return 0;
        if (slots_[i].hash == hash) return slots_[i].bits;
      }
    }
    return bits;
  }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t bits = 0;
  };
  // A one-hash Bloom filter in front of the slots: most words of a text are
  // in no class, and this small bitset answers for them from the L1 cache.
  static constexpr size_t kFilterBits = 1u << 15;
  // Hashes of short words are their bytes: mix them before using any bits.
  static uint64_t Spread(uint64_t hash) {
    hash *= 0xD6E8FEB86659FD93ull;
    return hash ^ (hash >> 32);
  }
  static size_t FilterIndex(uint64_t spread) { return (spread >> 40) & (kFilterBits - 1); }
  std::array<uint64_t, kFilterBits / 64> filter_{};
  std::vector<Slot> slots_;
  size_t used_ = 0;
};

// Registers the words the numeric rules need.
void AddRuleWords(WordClassTable* table);

// Splits text into words. Invalid UTF-8 bytes are separators. When table is
// not null, also sets Word::cls of every word from it (else cls is 0).
void SplitWords(std::string_view text, std::vector<Word>* words, const WordClassTable* table = nullptr);

// The start of the line that holds text[pos] (0 on the first line).
inline size_t LineStart(std::string_view text, size_t pos) {
  const size_t nl = pos == 0 ? std::string_view::npos : text.rfind('\n', pos - 1);
  return nl == std::string_view::npos ? 0 : nl + 1;
}

// Combines the hash of a phrase so far with the next word's hash.
inline uint64_t MixPhrase(uint64_t phrase, uint64_t word) {
  return (phrase ^ word) * 0x9E3779B97F4A7C15ull + 0x632BE59BD9B4E019ull;
}
inline constexpr uint64_t kPhraseSeed = 0x243F6A8885A308D3ull;

// True when a multi-word phrase may continue across this gap.
inline bool PhraseGap(Gap g) { return g == Gap::kJoiner || g == Gap::kSpace; }


// Word classes at which a numeric rule may start.
inline constexpr uint32_t kClsNumericStart =
    kClsNumberWord | kClsCurrencyCode | kClsAged | kClsAge | kClsMonth | kClsRangeStart;

// The words at which each family of rules may start, as word indices in
// increasing order; each matcher visits only its own list.
class RuleStarts {
 public:
  // Fills the lists from words (replacing what they held): phrase() the
  // words with a kClsPhraseStart class, capital() those with kCap or kAllCaps,
  // numeric() those with kNumber or a kClsNumericStart class.
  void Find(const std::vector<Word>& words);
  std::span<const size_t> phrase() const { return {buffer_.get(), phrase_}; }
  std::span<const size_t> capital() const { return {buffer_.get() + capacity_, capital_}; }
  std::span<const size_t> numeric() const { return {buffer_.get() + 2 * capacity_, numeric_}; }

 private:
  // Three lists of capacity_ entries each, not initialised past their sizes.
  std::unique_ptr<size_t[]> buffer_;
  size_t capacity_ = 0;
  size_t phrase_ = 0, capital_ = 0, numeric_ = 0;
};

// The rules that need no lexicon: money, percentages, measures (QUANTITY),
// ages (DEM/AGE), durations (DATE/DURATION) and date ranges (DATE/RANGE). Appends findings with detector id "quasi".
// REQUIRES: words were classified with a table that AddRuleWords filled;
// starts contains every word with kNumber or a kClsNumericStart class, in
// increasing order (others are skipped), e.g. RuleStarts::numeric().
void MatchNumericRules(std::string_view text, const std::vector<Word>& words, std::span<const size_t> starts,
                       std::vector<Finding>* out);

// The candidate searches of the name rules (titled names, code names) read
// 16 bytes at a time as a GCC vector (SSE2 on x86-64, NEON on aarch64).
typedef uint8_t Bytes16 __attribute__((vector_size(16)));
static_assert(std::endian::native == std::endian::little, "the candidate searches assume little-endian loads");

// The high bit of each byte of a vector compare's result m (0xFF or 0 a
// byte), as two 64-bit halves: byte k of a half in bits 8k..8k+7.
inline std::array<uint64_t, 2> HighBitHalves(Bytes16 m) {
  constexpr uint64_t kHighBits = 0x8080808080808080ull;
  std::array<uint64_t, 2> half;
  std::memcpy(half.data(), &m, 16);
  return {half[0] & kHighBits, half[1] & kHighBits};
}

// The bytes text[at, at + 16), zero bytes past the end of the text (a whole
// block is one unaligned load): a block read one or more bytes off the blocks
// of ForEachBlock16, to test the bytes around each byte.
inline Bytes16 Load16(std::string_view text, size_t at) {
  Bytes16 v = {};
  if (at + 16 <= text.size()) {
    std::memcpy(&v, text.data() + at, 16);
  } else if (at < text.size()) {
    std::memcpy(&v, text.data() + at, text.size() - at);
  }
  return v;
}

// Calls f(block, v) for block = 0, 16, 32, ... while block < text.size(),
// with v = text[block, block + 16) (zero bytes past the end; whole blocks
// are one unaligned load), then with zeros for `trailing` more blocks (for
// searches that read the next block's bits before they report).
template <typename F>
void ForEachBlock16(std::string_view text, int trailing, F&& f) {
  const size_t n = text.size();
  size_t block = 0;
  for (; block + 16 <= n; block += 16) {
    Bytes16 v;
    std::memcpy(&v, text.data() + block, 16);
    f(block, v);
  }
  if (block < n) {
    Bytes16 v = {};
    std::memcpy(&v, text.data() + block, n - block);
    f(block, v);
    block += 16;
  }
  for (int k = 0; k < trailing; ++k, block += 16) f(block, Bytes16{});
}

// The high bit of each byte of m, as bit k for byte k (16 bits).
inline uint32_t HighBitMask(Bytes16 m) {
#if defined(__SSE2__)
  return static_cast<uint32_t>(_mm_movemask_epi8(reinterpret_cast<__m128i>(m)));
#else
  const auto half = HighBitHalves(m);
  uint32_t out = 0;
  for (int k = 0; k < 16; ++k) out |= static_cast<uint32_t>((half[k / 8] >> (8 * (k % 8) + 7)) & 1) << k;
  return out;
#endif
}

// Whether `word` (lower case) is a relation word of one person ("daughter",
// "nephew", "driver"; not "sons" nor "drivers").
bool IsSingularRelationWord(std::string_view word);


}  // namespace tearline::quasi
