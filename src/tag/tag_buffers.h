// src/tag/tag_buffers.h — reusable per-thread working memory of the tagger.
//
// THREAD SAFETY
//   One TagBuffers per thread.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "src/tag/emission.h"
#include "src/tag/internal.h"

namespace tearline::tag_internal {

// Tagging results of sentences this buffer tagged before, so that a text
// repeating most of one tagged earlier (the leak check reads redacted copies
// of the text the release just tagged) re-tags only what changed.
// Exact: everything TagWith computes for a sentence is a function of the
// model, the options, the report floor, the sentence's token strings and
// their document flags; a sentence is reused only when its bytes, its token
// boundaries and its flags equal a remembered sentence's (compared byte for
// byte, not by hash alone) under the same model and options, and when the
// remembered sentences were tagged with a floor at most the current one (see
// TagWith's contract). A sentence tagged in both passes is remembered twice,
// under its flags without and with kDocPersonElsewhere; each entry also keeps
// the sentence's first-pass PERSON token ranges (independent of options and
// floor), so a reused pass-1 sentence still feeds PersonElsewhere.
// Memory is bounded by a few times the text's size.
class SentenceMemo {
 public:
  // Starts a call for a text of text_size bytes: forgets everything unless
  // `rescan`, and also when the model, the options or a higher floor make it
  // unusable, or when it holds more than a few times text_size bytes.
  void Begin(uint64_t model_id, const TagOptions& options, float report_floor, size_t text_size, bool rescan);
  // The spans of the remembered sentence equal to tokens [a, b) of text with
  // flags doc[a..b), offsets relative to tokens[a].begin; false if none.
  // *hash receives the sentence's hash for Record, or 0 when the memo had
  // nothing to look in (the hash is then computed only if a re-scan comes).
  // *persons receives its first-pass PERSON token ranges (as TagSentence
  // reports them), relative to token a.
  bool Find(std::string_view text, const Token* tokens, size_t a, size_t b, const uint8_t* doc,
            std::vector<TagSpan>* spans, std::vector<TokenRange>* persons, uint64_t* hash) const;
  // Remembers a sentence Find did not know (hash: from Find, 0 = unknown), its spans
  // (absolute offsets in text) and PERSON token ranges (absolute indices).
  void Record(std::string_view text, const Token* tokens, size_t a, size_t b, const uint8_t* doc, uint64_t hash,
              const TagSpan* spans, size_t nspans, const TokenRange* persons, size_t npersons);
  // Sentences reused by Find / Find calls since Begin (for tests and measurements).
  size_t hits() const { return hits_; }
  size_t lookups() const { return lookups_; }

 private:
  struct Entry {
    uint64_t hash;
    uint32_t bytes_off, bytes_len, tok_off, ntok, span_off, nspan, person_off, nperson;
  };
  void Clear();
  void Add(const Entry& e);  // appends e; indexes it when it and all before it are hashed
  void Place(size_t k);      // puts entry k into slots_ (which have room)
  void IndexAll();           // hashes the entries that are not and indexes every entry
  template <typename End, typename Flag>
  static uint64_t HashOf(std::string_view bytes, size_t ntok, End end, Flag flag);
  static uint64_t Hash(std::string_view text, const Token* tokens, size_t a, size_t b, const uint8_t* doc);

  uint64_t model_id_ = 0;
  float min_confidence_ = 0, floor_ = 0;
  bool candidates_ = false;
  std::string bytes_;             // the sentences' bytes, one after another
  std::vector<uint32_t> tok_;     // per token: begin, end relative to its sentence
  std::vector<uint8_t> flags_;    // per token: document flags
  std::vector<TagSpan> spans_;    // relative to their sentence
  std::vector<TokenRange> persons_;  // relative to their sentence's first token
  std::vector<Entry> entries_;
  std::vector<uint32_t> slots_;   // open addressing: entry index + 1, 0 = empty
  size_t indexed_ = 0;  // entries [0, indexed_) are hashed and in slots_
  mutable size_t hits_ = 0, lookups_ = 0;
};

struct TagBuffers {
  std::vector<Token> tokens;
  std::vector<size_t> starts;
  EmissionCache cache;
  std::vector<int32_t> emis;  // n x kRowWidth emission scores
  std::vector<uint8_t> cats;
  std::vector<uint8_t> doc;   // DocumentFlags per token
  DocFlagsScratch doc_map;
  std::vector<int32_t> hist;  // Viterbi forward scores
  std::vector<int> cls;
  std::vector<float> prob;
  std::vector<int> alt_label;
  std::vector<float> alt_prob;
  std::vector<uint8_t> need;  // per token: which tokens of a sentence get a softmax
  SentenceMemo memo;
  std::vector<TagSpan> reused;
  std::vector<TokenRange> reused_persons;
  std::vector<TokenRange> sent_persons;  // one sentence's first-pass persons
  std::vector<TokenRange> persons;       // the text's first-pass persons
  std::vector<size_t> sent_first;        // per sentence: its first span in the pass-1 output
  std::vector<uint8_t> doc2;             // document flags with kDocPersonElsewhere
  std::vector<TagSpan> final_spans;
  // Pass-1 emission scores and categories of the sentences pass 1 computed
  // (kRowWidth and 1 per token, at the token's index), so that pass 2 only
  // swaps the document-flag rows; kept up to kMaxKeptTokens tokens.
  static constexpr size_t kMaxKeptTokens = size_t{1} << 20;
  std::vector<int32_t> emis_doc;
  std::vector<uint8_t> cats_doc;
  std::vector<uint8_t> emis_kept;  // per sentence: 1 when emis_doc holds its pass-1 scores
};

// Tags text with model m into *out (cleared first), reusing buf.
// report_floor: the caller discards spans with confidence below it (the
// DetectorScratch hint). Spans at or above it are exactly those of
// report_floor = 0; spans below it may be missing (or present, with the
// confidence report_floor = 0 gives them). With `rescan` (the text derives
// from the texts tagged before with buf since the last call without it: the
// leak check reading a release's output), sentences equal to sentences
// tagged then are taken from buf.memo, so such a text costs little more
// than tokenizing it; without it the memo starts afresh with this text.
//
// Two passes: pass 1 tags every sentence with the document flags of
// DocumentFlags; PersonElsewhere then marks the capitalised tokens whose word
// is inside a pass-1 PERSON span elsewhere, and pass 2 re-tags only the
// sentences holding such a token (the others keep their pass-1 spans).
void TagWith(const TaggerModel::Impl& m, std::string_view text, const TagOptions& options,
             TagBuffers& buf, std::vector<TagSpan>* out, float report_floor = 0, bool rescan = false);

// Pass 1 only, decoded spans only: the token ranges of text's PERSON spans
// with confidence >= kPersonBitConfidence, as TagWith's pass 1 finds them
// (training computes kDocPersonElsewhere with it). buf.tokens and buf.doc
// hold text's tokens and flags afterwards.
void TagPersons(const TaggerModel::Impl& m, std::string_view text, TagBuffers& buf, std::vector<TokenRange>* persons);

}  // namespace tearline::tag_internal
