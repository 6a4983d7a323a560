// src/tag/internal.h — shared internals of the tagger (not a public API).
//
// WHAT THESE TYPES REPRESENT
//   Lexicons: hashed sets of lowercased single words, one set per lexicon.
//   TokenFeatures: the per-token values every feature template draws from.
//   FeatureExtractor: turns a sentence into hashed feature rows; the same code
//   serves training and tagging, so both see identical features.
//   TaggerModel::Impl: the loaded weights (int16, one 16-wide row per hashed
//   feature) and everything else the payload holds, plus a process-unique id.
//   HugePageAllocator: storage for the large random-access tables.
//   Viterbi / ViterbiInt32: the decoders (training / tagging), same results.
//
// THREAD SAFETY
//   Lexicons and Impl are immutable after construction. FeatureExtractor
//   functions and the decoders are pure. UseAvx2ForTesting is for tests only.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <new>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

#include "tearline/file.h"
#include "tearline/tag.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define TEARLINE_TAG_X86 1
#include <immintrin.h>
#else
#define TEARLINE_TAG_X86 0
#endif

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace tearline::tag_internal {

// Allocator for the large random-access tables (weights, word cache): blocks
// of 2 MiB or more are 2 MiB aligned and marked for transparent huge pages on
// Linux, which saves TLB misses on random row reads. Smaller blocks come from
// std::allocator.
template <typename T>
struct HugePageAllocator {
  using value_type = T;
  static constexpr size_t kHuge = size_t{1} << 21;
  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}
  T* allocate(size_t n) {
    size_t bytes = n * sizeof(T);
    if (bytes < kHuge || alignof(T) > kHuge) return std::allocator<T>().allocate(n);
    size_t rounded = (bytes + kHuge - 1) & ~(kHuge - 1);
    void* p = std::aligned_alloc(kHuge, rounded);
    if (p == nullptr) throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    madvise(p, rounded, MADV_HUGEPAGE);
#endif
    return static_cast<T*>(p);
  }
  void deallocate(T* p, size_t n) {
    if (n * sizeof(T) < kHuge || alignof(T) > kHuge) return std::allocator<T>().deallocate(p, n);
    std::free(p);
  }
  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const { return true; }
};

// Classes: 0 = O, 1 + 2*label = B-label, 2 + 2*label = I-label.
inline constexpr int kNumClasses = 1 + 2 * kNumTagLabels;  // 15
inline constexpr int kRowWidth = 16;                       // padded
inline int BeginClass(int label) { return 1 + 2 * label; }
inline int InsideClass(int label) { return 2 + 2 * label; }
inline int LabelOfClass(int c) { return (c - 1) / 2; }  // REQUIRES c > 0
inline bool IsInside(int c) { return c > 0 && (c % 2) == 0; }
// BIO validity: I-x only after B-x or I-x.
inline bool Allowed(int prev, int c) {
  return !IsInside(c) || (prev > 0 && LabelOfClass(prev) == LabelOfClass(c));
}

// True when the hot loops may use AVX2 (x86-64 CPUs that have it, unless
// tests turned it off with UseAvx2ForTesting).
bool HasAvx2();
// Tests and tearline_tag_speed only: false makes HasAvx2() return false, so the
// portable kernels run; true restores CPU detection.
void UseAvx2ForTesting(bool use);
// A process-unique id for each model object (per-thread caches key on it, so
// a new model at a freed model's address is never mistaken for it).
uint64_t NewModelId();

uint64_t HashBytes(std::string_view s, uint64_t seed = 0);

// The code point starting at s[i] and its byte length in *len; a truncated or
// invalid sequence gives U+FFFD and *len = 1 (tagger input need not be valid
// UTF-8). REQUIRES i < s.size(). Inline: the tokenizer's inner loop.
inline char32_t NextCp(std::string_view s, size_t i, size_t* len) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  const int32_t cp = DecodeUtf8Checked(s, i, len);
  return cp < 0 ? char32_t{0xFFFD} : static_cast<char32_t>(cp);
}

// True for a decimal fraction ("70.4521", "-3,5"): digits, one '.' or ','
// and digits. The tagger detector never reports such a span as CODE (an ID):
// it is a measurement (a coordinate's half, an amount), and the pattern
// detectors read those with validation.
bool IsDecimalFraction(std::string_view s);

// Where the PERSON reading `span` of `text` starts once an English
// preposition, article or conjunction (and, at, by, for, from, in, of, on,
// the, to, with; any case) or a greeting (bonjour, dear, hello, hey, hi,
// hiya, hola, thanks) that opens it before one space and more words is left
// out ("OF AHMADZAI" -> "AHMADZAI", "Hi Tom" -> "Tom"); span.begin when none
// does. ("Salam" is a given name too: kept.)
size_t AfterLeadingFunctionWord(std::string_view text, const TagSpan& span);

// Whether `word` is, exactly, a word of respect or kinship that South and
// Central Asian languages write after a name in small letters ("jan",
// "jaan", "ji", "sahib", "bhai", "aka", ...): read alone as a PERSON right
// after a capitalised word (AfterCapitalisedWord) it names no one ("Ahmad
// jan": the name is "Ahmad"), and is not reported. ("jan" in a chat typed
// in small letters may be a name: reported.)
bool IsLowerCaseHonorific(std::string_view word);
// Whether one space and a word that opens with an ASCII capital followed by
// small letters (or non-ASCII bytes), a placeholder's closing ']', or two
// spaces (a placeholder the leak check blanked) come right before text[b]
// ("Ahmad jan", "[REDACTED] jan" in a release's output).
bool AfterCapitalisedWord(std::string_view text, size_t b);
inline uint64_t Mix(uint64_t a, uint64_t b) {
  uint64_t x = a ^ (b + 0x9E3779B97F4A7C15ull + (a << 6) + (a >> 2));
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ull;
  x ^= x >> 33;
  return x;
}

// Whether `s` holds a word character (a letter, digit or combining mark, as
// the tokenizer reads them); invalid UTF-8 holds none.
bool HoldsWordChar(std::string_view s);

// Tokenize(text) into *out (cleared first; its capacity is reused).
void TokenizeInto(std::string_view text, std::vector<Token>* out);
// Appends to *out the tokens of text from byte `from` on, as Tokenize(text)
// finds them when `from` is 0 or follows an ASCII white-space byte. A token
// never holds ASCII white space and is decided by the bytes of its own run
// of non-white-space bytes alone (white space and the end of the text act
// alike), so the tokens of a text are those of its runs, and a run can be
// tokenized again alone: TokenizeFrom(text.substr(0, run_end), run_begin, out).
void TokenizeFrom(std::string_view text, size_t from, std::vector<Token>* out);

// Lowercases UTF-8 (ASCII fast path; ICU simple case mapping otherwise).
std::string Lower(std::string_view word);

enum LexiconId : int { kLexGiven = 0, kLexFamily, kLexTitle, kLexPlace, kLexOrg, kNumLexicons };
// File names under the lexicon folder, in LexiconId order.
const std::array<std::string_view, kNumLexicons>& LexiconFileNames();

struct Lexicons {
  std::array<std::vector<uint64_t>, kNumLexicons> sets;  // sorted, unique hashes of Lower(word)
  bool Contains(int lex, uint64_t lower_hash) const {
    const auto& s = sets[lex];
    return std::binary_search(s.begin(), s.end(), lower_hash);
  }
  // Bit i set when the word is in lexicon i. Uses the index when built.
  uint32_t Flags(uint64_t lower_hash) const;
  // Builds the open-addressing index over all sets (call after filling sets).
  void BuildIndex();
  struct Slot {
    uint64_t key = 0;  // hash | 1; 0 = empty slot
    uint64_t flags = 0;
  };
  std::vector<Slot> index;
  // Word clusters (src/tag/cluster.h): (hash of Lower(word), cluster code),
  // sorted by hash, unique hashes. Part of the model like the sets.
  std::vector<std::pair<uint64_t, uint32_t>> clusters;
  // The cluster code of a word (0 = none). Uses cluster_index when built.
  uint32_t Cluster(uint64_t lower_hash) const;
  // Open addressing over `clusters`, at most 2/3 full; 12-byte slots (the key
  // hash | 1 in two halves, 0 = empty) so that building it for a few hundred
  // thousand words touches little memory at model load.
  struct ClusterSlot {
    uint32_t key_lo = 0, key_hi = 0, code = 0;
    uint64_t key() const { return uint64_t{key_hi} << 32 | key_lo; }
  };
  std::vector<ClusterSlot> cluster_index;
};

// Splits, in tokens [first, end) of text, a lower-case French or Italian
// elided article or preposition ("d'", "l'", "qu'", "dell'", ...; ASCII or
// U+2019 apostrophe) from a rest in title case (a capital, then a small
// letter) that the given-name lexicon holds and the family-name, title and
// place lexicons do not ("d'Aminata" -> "d'" "Aminata"; not "d'Alembert",
// "L'Americano", "O'Brien", "l'ONG", "l'Imam"). Each token is split within its own bytes, so TokenizeFrom's
// run contract still holds. Returns whether a token was split.
bool SplitElidedGivenNames(std::string_view text, const Lexicons& lex, size_t first, std::vector<Token>* tokens);

// Reads lexicon files from `dir` (missing files are empty lexicons).
Lexicons ReadLexicons(const std::string& dir);
// Reads the cluster file at `path` into lex->clusters and builds the index
// ("" = no clusters). Errors: file unreadable or malformed.
Status ReadClusters(const std::string& path, Lexicons* lex);

// Token categories that condition the label transition weights.
enum TokenCategory : uint8_t { kCatUpper = 0, kCatLower, kCatDigit, kCatStop, kCatOther, kNumCategories };

struct TokenFeatures {
  uint64_t lower = 0;   // hash of lowercased form
  uint64_t shape = 0;   // hash of collapsed shape ("Xx", "d/d", "X.")
  uint64_t suf2 = 0, suf3 = 0, suf4 = 0, pre3 = 0;
  uint32_t lex = 0;     // lexicon flags
  uint32_t cluster = 0;  // cluster code (0 = none)
  uint8_t len = 0;      // length bucket
  bool upper_initial = false;
  bool sentence_end_punct = false;
  uint8_t cat = kCatOther;  // TokenCategory
  uint8_t doc = 0;          // DocumentFlags value of this token (0 when not computed)
};

// Per-token values of one token's text (never empty).
TokenFeatures ComputeWordFeatures(std::string_view word, const Lexicons& lex);
// Per-token values for tokens [begin, end) of text.
void ComputeTokenFeatures(std::string_view text, const std::vector<Token>& tokens, size_t begin,
                          size_t end, const Lexicons& lex, std::vector<TokenFeatures>* out);

// Reusable working memory of DocumentFlags.
struct DocFlagsScratch {
  std::vector<uint32_t> table;                      // open addressing: word index + 1; 0 = empty
  std::vector<std::pair<uint64_t, uint8_t>> words;  // per distinct capitalised word: (hash, bits)
  // Per word: its capitalised tokens, those not at a sentence start, and
  // those of them after a capitalised given name or title (bits 2 and 4 of
  // the word are whether the last two are non-zero).
  // last: the word's last entry in `seen` + 1 (0: none).
  struct Counts {
    uint32_t tokens = 0, inside = 0, after_cue = 0, last = 0;
  };
  std::vector<Counts> counts;
  // Where each word was read capitalised since the last full reading: (first
  // byte, previous entry of the same word + 1). Every capitalised token of
  // the reading is there (its first byte, as a re-read keeps the offsets of
  // copied tokens); entries of tokens gone since are skipped on use.
  std::vector<std::pair<size_t, uint32_t>> seen;
  std::vector<uint32_t> of_token;                   // per token: its word index (capitalised tokens)
  std::vector<uint32_t> person_count;               // PersonElsewhere: per word, tokens inside persons
  std::vector<uint32_t> touched;                    // UpdateDocumentFlags: words whose counts changed
};

// Document-level evidence per token, the same in training and tagging:
// 0 for a token that does not start with a capital letter; otherwise
// 1 | 2 * (the same word is capitalised somewhere in text not at a sentence
// start) | 4 * (somewhere it follows a capitalised given name or a title).
// starts: sentence starts as from SplitSentences (a trailing tokens.size()
// is allowed). out receives one value per token; scratch is working memory
// (and keeps what UpdateDocumentFlags needs of this reading).
void DocumentFlags(std::string_view text, const std::vector<Token>& tokens, const std::vector<size_t>& starts,
                   const Lexicons& lex, std::vector<uint8_t>* out, DocFlagsScratch* scratch);

// A re-reading: text has the size of the previous text, and its tokens in
// the `copied` stretches equal (same bytes, same offsets) the previous
// reading's.
struct TokenStretch {
  size_t first, old_first, count;  // tokens [first, first + count) = previous [old_first, ...)
};
struct PreviousFlags {
  std::string_view text;
  const std::vector<Token>* tokens;
  const std::vector<size_t>* starts;  // with a trailing tokens->size()
  const uint8_t* flags;               // its DocumentFlags
  const uint32_t* of_token;           // its scratch->of_token, moved out before this call
};
// DocumentFlags(text, tokens, starts, lex, out, scratch) for a re-reading of
// `prev`, the last reading computed with scratch (by DocumentFlags or this
// function): the same result, computed from the previous flags and the
// per-word counts in scratch by taking out what the previous reading's
// changed tokens contributed and adding what this reading's contribute. A
// token's contribution depends only on its word, whether it starts a
// sentence, and whether the token before it is a capitalised given name or
// title, so a copied token contributes the same unless it is the first of
// its stretch or starts a sentence in one reading only.
void UpdateDocumentFlags(std::string_view text, const std::vector<Token>& tokens, const std::vector<size_t>& starts,
                         const std::vector<TokenStretch>& copied, const PreviousFlags& prev, const Lexicons& lex,
                         std::vector<uint8_t>* out, DocFlagsScratch* scratch);

// Whether SplitSentences ends a sentence between the adjacent tokens prev and
// next for a reason other than length: prev is ".", "?" or "!", or a line
// break or a tab lies between them, or a column gap: kColumnGapSpaces spaces
// in a row after a word, a number or ")" (the columns of a fixed-width
// table and the padded cells of a "|" table; not an indent after a bullet or
// a quote mark).
inline constexpr size_t kColumnGapSpaces = 3;
inline bool SentenceBreakBetween(std::string_view text, const Token& prev, const Token& next) {
  const unsigned char p = static_cast<unsigned char>(text[prev.begin]);
  if (prev.end - prev.begin == 1 && (p == '.' || p == '?' || p == '!')) return true;
  size_t spaces = 0, longest = 0;
  for (size_t b = prev.end; b < next.begin; ++b) {
    const char c = text[b];
    if (c == '\n' || c == '\t') return true;
    spaces = c == ' ' ? spaces + 1 : 0;
    if (spaces > longest) longest = spaces;
  }
  if (longest < kColumnGapSpaces) return false;
  return p >= 0x80 || p == ')' || (p >= '0' && p <= '9') || ((p | 0x20) >= 'a' && (p | 0x20) <= 'z');
}

// The fourth document flag: the same word (same bytes, capitalised) lies
// inside a first-pass PERSON span at some other token of the text. Set by
// PersonElsewhere, never by DocumentFlags; all flags fit in 4 bits.
inline constexpr uint8_t kDocPersonElsewhere = 8;
inline constexpr int kDocFlagValues = 16;
// A decoded PERSON span of the first pass counts for kDocPersonElsewhere
// when its confidence is at least this.
inline constexpr float kPersonBitConfidence = 0.5f;
// Token range [first, last) of a first-pass PERSON span (token indices).
using TokenRange = std::pair<uint32_t, uint32_t>;
// Sets kDocPersonElsewhere in flags (DocumentFlags of text, computed with
// scratch, which must be unchanged since) for every capitalised token whose
// word lies inside one of `persons` (sorted, disjoint token ranges) at
// another token. Returns whether any bit was set.
bool PersonElsewhere(const std::vector<TokenRange>& persons, std::vector<uint8_t>* flags, DocFlagsScratch* scratch);

// Feature template ids: distinct constants mixed into every feature hash.
enum FeatureTemplate : uint64_t {
  kBias = 1, kW0, kShape0, kSuf2, kSuf3, kSuf4, kPre3, kLen0, kWm1, kWp1, kWm2, kWp2,
  kShapeM1, kShapeP1, kWm1W0, kW0Wp1, kShapeM1Shape0, kShape0ShapeP1, kFirstShape, kLex0,
  kLexM1, kLexP1, kLexM1Lex0, kTitleM1, kTitleM2, kLexP2, kSuf3M1, kSuf3P1, kUpperRun,
  kShape0Wm1, kShape0Wp1, kP1, kP2P1, kP1W0, kP1Shape0, kP1Cat,
  kClu4, kClu6, kClu10, kClu20, kCluM1, kCluP1, kDoc, kDocPair, kLast,
};
// Cluster path prefix lengths of the cluster templates: kClu4/kClu6/kClu10
// read prefixes of kCluPrefixA/B/C bits of the word's path, kClu20 the whole
// path, kCluM1/kCluP1 prefixes of kCluPrefixNeighbour bits of the neighbours'.
inline constexpr int kCluPrefixA = 4, kCluPrefixB = 6, kCluPrefixC = 10, kCluPrefixNeighbour = 6;
// The hash of feature (template t, value v).
inline uint64_t FeatureHash(uint64_t t, uint64_t v) { return Mix(t * 0x9E3779B97F4A7C15ull, v); }
// The values StaticFeatures uses for positions before / after the sentence.
inline TokenFeatures PadBefore() {
  TokenFeatures p;
  p.lower = p.shape = 0x5eed;
  return p;
}
inline TokenFeatures PadAfter() {
  TokenFeatures p;
  p.lower = p.shape = 0xe0d;
  return p;
}

// Static (history-free) feature hashes of token i of a sentence of n tokens.
inline constexpr int kMaxStatic = 40;
int StaticFeatures(const TokenFeatures* sent, int n, int i, uint64_t* out);
// Transition features: the weight of class c after class prev at a token of
// category cat is column c of the rows of TransitionFeatures(prev, cat).
inline constexpr int kNumTransition = 2;
void TransitionFeatures(int prev, int cat, uint64_t* out);

// Dense transition weights: at[(cat * kRowWidth + prev) * kRowWidth + c];
// disallowed BIO transitions hold kForbidden. Integer model units.
inline constexpr int32_t kForbidden = -(1 << 28);
using TransitionTable = std::vector<int32_t>;
TransitionTable BuildTransitions(const int16_t* weights, int hash_bits);
// Completes a model whose hash_bits and weights are set (its transitions).
void FinishModel(TaggerModel::Impl* m);

// First-order Viterbi over classes: emis is n x kRowWidth scores, trans is a
// TransitionTable-shaped array (forbidden transitions very negative), cat[i]
// the category of token i; the class before token 0 is O. Writes the best
// class sequence to out[0..n); of equally good predecessors the lowest class
// wins. hist must hold n * kRowWidth elements (the normalised forward scores;
// the back pointers are recomputed from them for the decoded path only, so the
// forward pass is a branch-free max that vectorizes).
// The decoded path from the forward scores `hist` (n rows of kRowWidth):
// the best last class, then each step's best predecessor (first wins ties).
template <typename T>
inline void ViterbiBacktrack(const T* hist, const T* trans, const uint8_t* cat, int n, int* out) {
  const T* last = hist + size_t(n - 1) * kRowWidth;
  int best = 0;
  for (int c = 1; c < kNumClasses; ++c) {
    if (last[c] > last[best]) best = c;
  }
  for (int i = n - 1; i > 0; --i) {
    out[i] = best;
    const T* delta = hist + size_t(i - 1) * kRowWidth;
    const T* t = trans + size_t{cat[i]} * kRowWidth * kRowWidth + best;
    T bv = delta[0] + t[0];
    int bp = 0;
    for (int p = 1; p < kNumClasses; ++p) {
      T v = delta[p] + t[p * kRowWidth];
      if (v > bv) {
        bv = v;
        bp = p;
      }
    }
    best = bp;
  }
  out[0] = best;
}

template <typename T>
inline void Viterbi(const T* emis, const T* trans, const uint8_t* cat, int n, int* out, T* hist) {
  if (n <= 0) return;
  constexpr T kPad = T(kForbidden) * 4;
  const T* t0 = trans + size_t{cat[0]} * kRowWidth * kRowWidth;  // row prev = O
  for (int c = 0; c < kRowWidth; ++c) hist[c] = c < kNumClasses ? emis[c] + t0[c] : kPad;
  for (int i = 1; i < n; ++i) {
    const T* delta = hist + size_t(i - 1) * kRowWidth;
    const T* t = trans + size_t{cat[i]} * kRowWidth * kRowWidth;
    T next[kRowWidth];
    for (int c = 0; c < kRowWidth; ++c) next[c] = delta[0] + t[c];
    for (int p = 1; p < kNumClasses; ++p) {
      const T* tp = t + p * kRowWidth;
      const T dp = delta[p];
      for (int c = 0; c < kRowWidth; ++c) {
        T v = dp + tp[c];
        next[c] = v > next[c] ? v : next[c];
      }
    }
    const T* e = emis + size_t(i) * kRowWidth;
    T* cur = hist + size_t(i) * kRowWidth;
    T mx = next[0] + e[0];  // keep scores near 0: O is always reachable
    for (int c = 0; c < kRowWidth; ++c) cur[c] = c < kNumClasses ? next[c] + e[c] - mx : kPad;
  }
  ViterbiBacktrack(hist, trans, cat, n, out);
}

// Viterbi<int32_t> for the tagger: same contract, same result; uses AVX2 when
// the CPU has it.
void ViterbiInt32(const int32_t* emis, const int32_t* trans, const uint8_t* cat, int n, int* out, int32_t* hist);

inline uint32_t RowOf(uint64_t feature_hash, int hash_bits) {
  return static_cast<uint32_t>(feature_hash >> (64 - hash_bits));
}

// Softmax over the allowed classes; writes probabilities into probs.
void Softmax(const float* scores, int prev, float* probs);

}  // namespace tearline::tag_internal

namespace tearline {
struct TaggerModel::Impl {
  uint64_t id = tag_internal::NewModelId();
  std::string fingerprint;
  int hash_bits = 0;
  float prob_scale = 1;  // softmax(int_score * prob_scale)
  std::vector<int16_t, tag_internal::HugePageAllocator<int16_t>> weights;  // (1 << hash_bits) * kRowWidth
  tag_internal::TransitionTable transitions;  // BuildTransitions(weights)
  tag_internal::Lexicons lexicons;
};
}  // namespace tearline
