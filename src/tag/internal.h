// src/tag/internal.h — shared internals of the tagger (not a public API).
//
// WHAT THESE TYPES REPRESENT
//   Lexicons: hashed sets of lowercased single words, one set per lexicon.
//   TokenFeatures: the per-token values every feature template draws from.
//   FeatureExtractor: turns a sentence into hashed feature rows; the same code
//   serves training and tagging, so both see identical features.
//   TaggerModel::Impl: the loaded weights (int16, one 16-wide row per hashed
//   feature) and everything else the payload holds.
//
// THREAD SAFETY
//   Lexicons and Impl are immutable after construction. FeatureExtractor
//   functions are pure.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tearline/tag.h"

namespace tearline::tag_internal {

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

uint64_t HashBytes(std::string_view s, uint64_t seed = 0);
inline uint64_t Mix(uint64_t a, uint64_t b) {
  uint64_t x = a ^ (b + 0x9E3779B97F4A7C15ull + (a << 6) + (a >> 2));
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ull;
  x ^= x >> 33;
  return x;
}

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
};

// Reads lexicon files from `dir` (missing files are empty lexicons).
Lexicons ReadLexicons(const std::string& dir);

// Token categories that condition the label transition weights.
enum TokenCategory : uint8_t { kCatUpper = 0, kCatLower, kCatDigit, kCatStop, kCatOther, kNumCategories };

struct TokenFeatures {
  uint64_t lower = 0;   // hash of lowercased form
  uint64_t shape = 0;   // hash of collapsed shape ("Xx", "d/d", "X.")
  uint64_t suf2 = 0, suf3 = 0, suf4 = 0, pre3 = 0;
  uint32_t lex = 0;     // lexicon flags
  uint8_t len = 0;      // length bucket
  bool upper_initial = false;
  bool sentence_end_punct = false;
  uint8_t cat = kCatOther;  // TokenCategory
};

// Per-token values for tokens [begin, end) of text.
void ComputeTokenFeatures(std::string_view text, const std::vector<Token>& tokens, size_t begin,
                          size_t end, const Lexicons& lex, std::vector<TokenFeatures>* out);

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

// First-order Viterbi over classes: emis is n x kRowWidth scores, trans is a
// TransitionTable-shaped array (forbidden transitions very negative), cat[i]
// the category of token i; the class before token 0 is O. Writes the best
// class sequence to out[0..n). back must hold n * kRowWidth bytes.
template <typename T>
void Viterbi(const T* emis, const T* trans, const uint8_t* cat, int n, int* out, uint8_t* back) {
  if (n <= 0) return;
  T delta[kRowWidth], next[kRowWidth];
  const T* t0 = trans + size_t{cat[0]} * kRowWidth * kRowWidth;  // row prev = O
  for (int c = 0; c < kRowWidth; ++c) delta[c] = c < kNumClasses ? emis[c] + t0[c] : T(kForbidden) * 4;
  for (int i = 1; i < n; ++i) {
    const T* t = trans + size_t{cat[i]} * kRowWidth * kRowWidth;
    int32_t arg[kRowWidth];
    for (int c = 0; c < kRowWidth; ++c) {
      next[c] = delta[0] + t[c];
      arg[c] = 0;
    }
    for (int p = 1; p < kNumClasses; ++p) {
      const T* tp = t + p * kRowWidth;
      const T dp = delta[p];
      for (int c = 0; c < kRowWidth; ++c) {  // branch-free so that it vectorizes
        T v = dp + tp[c];
        bool gt = v > next[c];
        next[c] = gt ? v : next[c];
        arg[c] = gt ? p : arg[c];
      }
    }
    uint8_t* bk = back + size_t(i) * kRowWidth;
    for (int c = 0; c < kRowWidth; ++c) bk[c] = static_cast<uint8_t>(arg[c]);
    const T* e = emis + size_t(i) * kRowWidth;
    T mx = next[0] + e[0];  // keep scores near 0: O is always reachable
    for (int c = 0; c < kRowWidth; ++c) delta[c] = c < kNumClasses ? next[c] + e[c] - mx : T(kForbidden) * 4;
  }
  int best = 0;
  for (int c = 1; c < kNumClasses; ++c) {
    if (delta[c] > delta[best]) best = c;
  }
  for (int i = n - 1; i >= 0; --i) {
    out[i] = best;
    if (i > 0) best = back[size_t(i) * kRowWidth + best];
  }
}

inline uint32_t RowOf(uint64_t feature_hash, int hash_bits) {
  return static_cast<uint32_t>(feature_hash >> (64 - hash_bits));
}

// Softmax over the allowed classes; writes probabilities into probs.
void Softmax(const float* scores, int prev, float* probs);

}  // namespace tearline::tag_internal

namespace tearline {
struct TaggerModel::Impl {
  std::string fingerprint;
  int hash_bits = 0;
  float prob_scale = 1;  // softmax(int_score * prob_scale)
  std::vector<int16_t> weights;  // (1 << hash_bits) * kRowWidth
  tag_internal::TransitionTable transitions;  // BuildTransitions(weights)
  tag_internal::Lexicons lexicons;
};
}  // namespace tearline
