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

// Re-scans. The leak check tags copies of the text the release just tagged
// (the input with the acted-on spans blanked to spaces), so TagWith keeps
// what its last call read and decided (PreviousReading) and, in a re-scan,
// takes the result of every sentence equal to one of that reading from it.
// Exact: everything TagWith computes for a sentence is a function of the
// model, the options, the report floor, the sentence's token strings and
// their document flags; a sentence is reused only when its bytes, its token
// boundaries and its flags equal a previous sentence's (compared, not by
// hash alone) under the same model and options, tagged then with a floor at
// most the current one (see TagWith's contract). A sentence tagged in both
// passes is kept under both its flags (without and with kDocPersonElsewhere);
// pass-1 results keep the sentence's first-pass PERSON token ranges
// (independent of options and floor), so a reused sentence still feeds
// PersonElsewhere.
//
// A text of the previous text's length is compared byte by byte: only the
// runs of non-white-space bytes that changed are tokenized again, and a
// sentence whose tokens are all unchanged and whole takes its result by
// position after one comparison of its flags. A text of another length (a
// banner added, a portion dropped) is read afresh and its sentences are
// looked up in a hash index of the previous reading (SentenceIndex).

// What one TagWith call decided, per sentence. Spans have absolute byte
// offsets and token ranges absolute token indices of that reading.
struct SentenceResults {
  std::vector<uint32_t> p1_first;        // per sentence + 1: its first span in p1_spans
  std::vector<TagSpan> p1_spans;         // pass 1 (flags `doc`)
  std::vector<uint32_t> persons_first;   // per sentence + 1: its first range in persons
  std::vector<TokenRange> persons;       // pass-1 PERSON token ranges
  std::vector<uint32_t> p2_first;        // per sentence + 1, into p2_spans; empty: no pass 2
  std::vector<TagSpan> p2_spans;         // pass 2 (flags `doc2`), of re-tagged sentences only
  std::vector<uint8_t> retagged;         // per sentence: tagged in pass 2
  void Clear() {
    p1_first.clear();
    p1_spans.clear();
    persons_first.clear();
    persons.clear();
    p2_first.clear();
    p2_spans.clear();
    retagged.clear();
  }
};

// The last TagWith call of a TagBuffers.
struct PreviousReading {
  bool valid = false;
  uint64_t model_id = 0;
  float min_confidence = 0, floor = 0;
  bool candidates = false;
  std::string text;
  // The reading's tokens, sentence starts and flags (swapped in from
  // TagBuffers when the next call starts; they are TagBuffers' own until then).
  std::vector<Token> tokens;
  std::vector<size_t> starts;
  std::vector<uint8_t> doc, doc2;
  std::vector<uint32_t> of_token;  // DocFlagsScratch::of_token of the reading
  SentenceResults results;
};

// A hash index of a PreviousReading's sentences by bytes, token
// boundaries (relative to the sentence) and flags: pass-1 results under
// `doc`, pass-2 results under `doc2`. A sentence repeated in the reading is
// indexed once.
class SentenceIndex {
 public:
  void Build(const PreviousReading& prev);
  // The sentence of prev tagged in `pass` whose bytes, token boundaries and
  // flags equal those of tokens [a, b) of text under flags doc.
  bool Find(const PreviousReading& prev, std::string_view text, const Token* tokens, size_t a, size_t b,
            const uint8_t* doc, int pass, uint32_t* sentence) const;

 private:
  struct Entry {
    uint64_t hash;
    uint32_t sentence;
    uint32_t pass;
  };
  std::vector<Entry> entries_;
  std::vector<uint32_t> slots_;  // open addressing: entry index + 1, 0 = empty
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
  SentenceIndex index;
  std::vector<TokenRange> sent_persons;  // one sentence's first-pass persons
  std::vector<uint8_t> doc2;             // document flags with kDocPersonElsewhere
  std::vector<TagSpan> final_spans;
  // Pass-1 emission scores and categories of the sentences pass 1 computed
  // (kRowWidth and 1 per token, at the token's index), so that pass 2 only
  // swaps the document-flag rows; kept up to kMaxKeptTokens tokens.
  static constexpr size_t kMaxKeptTokens = size_t{1} << 20;
  std::vector<int32_t> emis_doc;
  std::vector<uint8_t> cats_doc;
  std::vector<uint8_t> emis_kept;  // per sentence: 1 when emis_doc holds its pass-1 scores
  // The previous TagWith call (tokens, starts, doc and doc2 above are its
  // own until the next call starts) and what the current call decides.
  PreviousReading prev;
  SentenceResults cur;
  std::vector<std::pair<size_t, size_t>> windows;  // changed byte ranges, run-aligned
  std::vector<TokenStretch> copied;  // runs of tokens equal to prev.tokens [old_first, old_first + count)
  std::vector<uint32_t> old_sent;  // per sentence: the unchanged sentence of prev, or UINT32_MAX
  // Sentence taggings of the last call taken from the previous reading (by
  // position or from the index), and all sentence taggings asked for (for
  // tests, measurements).
  size_t reused = 0, lookups = 0;
};

// Tokens, sentence starts (with a trailing tokens.size()) and document flags
// of text into buf, and buf's cache bound to m: what both passes read. With
// split_elisions, elided articles glued to a given name are split off
// (SplitElidedGivenNames): the detector's reading; without, the tokens are
// Tokenize's, as training reads them.
void ReadText(const TaggerModel::Impl& m, std::string_view text, TagBuffers& buf, bool split_elisions);
// ReadText for a text of buf.prev.text's size: the previous reading's tokens,
// starts and flags move from buf into buf.prev; tokens outside the changed
// runs are taken from there (TokenizeFrom's contract), sentence starts and
// document flags are updated from the previous ones (UpdateDocumentFlags),
// and buf.old_sent gets the unchanged sentences. The result equals ReadText's
// with the same split_elisions, which the previous reading must have used.
void ReadChangedText(const TaggerModel::Impl& m, std::string_view text, TagBuffers& buf, bool split_elisions);
// Moves the previous reading's tokens, starts and flags from buf into buf.prev.
void MoveReadingToPrevious(TagBuffers& buf);
// After ReadChangedText: whether sentence s = [a, b) is unchanged and was
// tagged by the previous reading in `pass` under the same flags doc[a..b);
// *sentence receives its index there.
bool UnchangedSentence(const TagBuffers& buf, size_t s, size_t a, size_t b, const uint8_t* doc, int pass,
                       uint32_t* sentence);
// Appends to *dest the spans that buf.prev gave its sentence os in `pass`,
// moved by `shift` bytes (the sentence's first byte now minus then), and
// (pass 1) to *persons its first-pass PERSON ranges moved to start at token a.
void AppendPrevious(const PreviousReading& prev, uint32_t os, int pass, size_t a, int64_t shift,
                    std::vector<TagSpan>* dest, std::vector<TokenRange>* persons);

// Tags text with model m into *out (cleared first), reusing buf.
// report_floor: the caller discards spans with confidence below it (the
// DetectorScratch hint). Spans at or above it are exactly those of
// report_floor = 0; spans below it may be missing (or present, with the
// confidence report_floor = 0 gives them). With `rescan` (the text derives
// from the texts tagged before with buf since the last call without it: the
// leak check reading a release's output), sentences equal to sentences of
// the previous call are taken from it (see PreviousReading), so such a text
// costs little more than comparing it with the previous one.
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
