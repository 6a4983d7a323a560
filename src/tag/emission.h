// src/tag/emission.h — per-token emission scores for tagging, with a per-thread
// cache of word-level feature values. Internal to the tag module.
//
// WHAT THESE TYPES REPRESENT
//   EmissionCache maps the bytes of a word to everything StaticFeatures draws
//   from that word alone: its TokenFeatures summary (lowercase and shape
//   hashes, lexicon flags, category) and the summed weight rows of the
//   templates that read only this word in one role (as w0, w-1, w+1, w-2,
//   w+2). Each distinct word is thus analysed and hashed once; a token's
//   emission vector is the sum of four cached vectors, the w-2 row and the
//   rows of the templates that combine two tokens. The result is exactly the
//   sum of the weight rows of StaticFeatures (integer addition), so training
//   (which uses StaticFeatures) and tagging see the same model.
//
// THREAD SAFETY
//   An EmissionCache belongs to one thread (it lives in TagBuffers). It is
//   bound to one model at a time and resets itself when used with another.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "src/tag/internal.h"

namespace tearline::tag_internal {

// The first 16 bytes of a word (zero-padded) and a hash of all its bytes.
struct WordKey {
  uint64_t head[2];
  uint64_t hash;
};

// One word's cached values: a 64-byte header (what lookups and the two-token
// templates read) followed by four 64-byte emission vectors.
struct alignas(64) CachedWord {
  uint64_t key = 0;                // hash of the word bytes
  uint64_t head[2] = {0, 0};       // first 16 bytes of the word, zero-padded
  uint64_t lower = 0, shape = 0;   // TokenFeatures::lower / shape
  uint32_t arena_off = 0;          // the word in arena_ (words > 16 bytes only)
  uint32_t row_wm2 = 0;            // row of kWm2 for this word as w-2
  uint32_t row_first[2] = {0, 0};  // rows of kFirstShape at positions 0 and 1
  uint32_t row_first_rest = 0;     // row of kFirstShape at positions >= 2 (in v0)
  uint16_t len = 0;                // the word's length in bytes
  uint8_t lex = 0;                 // lexicon flags
  uint8_t cat = kCatOther;         // TokenFeatures::cat
  int32_t v0[kRowWidth];   // bias + templates of w0 alone (kFirstShape at position >= 2)
  int32_t vm1[kRowWidth];  // templates reading this word as w-1
  int32_t vp1[kRowWidth];  // ... as w+1
  int32_t vp2[kRowWidth];  // ... as w+2

  // TokenFeatures::upper_initial (the category is kCatUpper exactly then).
  uint32_t upper() const { return cat == kCatUpper ? 1 : 0; }
};
static_assert(sizeof(CachedWord) == 5 * 64, "header + four vectors");
static_assert(kNumLexicons <= 8, "lexicon flags fit CachedWord::lex");

// The weight rows a word sums into its cached vectors: kV0Rows into v0, then
// five into vm1, five into vp1 and two into vp2.
inline constexpr int kV0Rows = 14;
inline constexpr int kAllRows = kV0Rows + 12;

// Sets e's four vectors to the sums of rows (kAllRows of them, in the order
// above) of weights w.
void SumWordRows(const int16_t* w, const uint32_t* rows, CachedWord* e);

class EmissionCache {
 public:
  // Distinct words kept; the cache grows up to this as words arrive and is
  // emptied (between sentences) when a sentence would not fit.
  static constexpr size_t kCapacity = size_t{1} << 16;
  static constexpr size_t kInitialSlots = 1024;
  // Other template rows per token: w-2, 7 pair templates, 2 title, run,
  // document flags (two).
  static constexpr int kMaxRows = 14;
  // Longer words are analysed at every occurrence and not kept.
  static constexpr size_t kMaxCachedBytes = 64;

  // Makes the cache serve model m (empties it if it served another model).
  void Bind(const TaggerModel::Impl& m);
  // Emission scores (n x kRowWidth) and categories of tokens [a, b) of text,
  // one sentence, for the bound model: exactly the sums of the weight rows of
  // StaticFeatures with TokenFeatures::doc = doc[i] for token a + i (doc
  // points at the DocumentFlags value of token a). REQUIRES: Bind().
  void Sentence(std::string_view text, const Token* tokens, size_t a, size_t b, const uint8_t* doc, int32_t* emis,
                uint8_t* cats);
  // Turns emis, the scores Sentence gave for n tokens with flags `before`,
  // into the scores it gives for the same tokens with flags `after`: only the
  // document-flag rows of a token differ, so the rows that change are taken
  // out and put in (integer arithmetic: exactly equal). REQUIRES: Bind().
  void ChangeDocFlags(const uint8_t* before, const uint8_t* after, int n, int32_t* emis) const;

 private:
  // The two document-flag rows of token i of an n-token sentence.
  uint32_t DocRow(const uint8_t* doc, int i) const { return row_doc_[doc[i] & (kDocFlagValues - 1)][i == 0]; }
  uint32_t DocPairRow(const uint8_t* doc, int i, int n) const {
    constexpr int kMask = kDocFlagValues - 1;
    return row_doc_pair_[(i >= 1 ? (doc[i - 1] & kMask) * kDocFlagValues * kDocFlagValues : 0) +
                         (doc[i] & kMask) * kDocFlagValues + (i + 1 < n ? doc[i + 1] & kMask : 0)];
  }
  // The entry of word (key: MakeKey of it), filled on a miss.
  const CachedWord& Lookup(std::string_view word, const WordKey& key);
  // Fills w's header and queues its vectors (FinishPending sums them).
  void Fill(std::string_view word, CachedWord* w);
  void FinishPending();
  void Clear();
  // Makes room for `words` entries without reallocating during a sentence
  // (capacity and slot table grow; at most kCapacity entries).
  void Reserve(size_t words);

  const TaggerModel::Impl* model_ = nullptr;
  uint64_t model_id_ = 0;  // model_->id when bound
  // Reallocates only between sentences (Reserve), so entry pointers hold
  // for a sentence.
  std::vector<CachedWord, HugePageAllocator<CachedWord>> words_;
  // Open addressing: (hash >> 32) << 32 | (word index + 1); 0 = empty.
  std::vector<uint64_t> slots_;
  std::vector<WordKey> keys_;       // this sentence's keys
  std::string arena_;               // bytes of words > 16 bytes, for exact comparison
  CachedWord pad_before_, pad_after_;
  uint32_t row_upper_run_[8] = {};  // kUpperRun by run * 2 + upper
  uint32_t row_title_m1_[2] = {};   // kTitleM1 by upper
  uint32_t row_title_m2_[4] = {};   // kTitleM2 by upper0 * 2 + upper_m1
  uint32_t row_doc_[kDocFlagValues][2] = {};  // kDoc by document flags and position 0
  uint32_t row_doc_pair_[kDocFlagValues * kDocFlagValues * kDocFlagValues] = {};  // kDocPair by m1 * 256 + w0 * 16 + p1
  std::vector<CachedWord> long_words_;  // this sentence's words over kMaxCachedBytes
  std::vector<const CachedWord*> sent_;
  struct PendingWord {
    CachedWord* entry;
    uint32_t rows[kAllRows];
  };
  std::vector<PendingWord> pending_;  // this sentence's new words, vectors not yet summed
  std::vector<uint32_t> rows_;      // per token: kMaxRows rows of two-token templates
  std::vector<uint8_t> nrows_;      // per token: rows used
};

}  // namespace tearline::tag_internal
