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

// The tagging results of the sentences of the previous TagWith call, so that
// a text repeating most of the previous one (the leak check reads a redacted
// copy of the text the release just tagged) re-tags only what changed.
// Exact: everything TagWith computes for a sentence is a function of the
// model, the options, the report floor, the sentence's token strings and
// their document flags; a sentence is reused only when its bytes, its token
// boundaries and its flags equal a remembered sentence's (compared byte for
// byte, not by hash alone) under the same model and options, and when the
// remembered floor is at most the current one (see TagWith's contract).
class SentenceMemo {
 public:
  // Starts a call: the sentences recorded by the previous call become the
  // ones Find looks in (only if they were tagged compatibly), and recording
  // starts afresh.
  void Begin(uint64_t model_id, const TagOptions& options, float report_floor);
  // The spans of the remembered sentence equal to tokens [a, b) of text with
  // flags doc[a..b), offsets relative to tokens[a].begin; false if none.
  // *hash receives the sentence's hash for Record.
  bool Find(std::string_view text, const Token* tokens, size_t a, size_t b, const uint8_t* doc,
            std::vector<TagSpan>* spans, uint64_t* hash) const;
  // Records the sentence (hash: from Find) and its spans (absolute offsets).
  void Record(std::string_view text, const Token* tokens, size_t a, size_t b, const uint8_t* doc, uint64_t hash,
              const TagSpan* spans, size_t nspans);
  // Sentences reused by Find since Begin (for tests and measurements).
  size_t hits() const { return hits_; }

 private:
  struct Entry {
    uint64_t hash;
    uint32_t bytes_off, bytes_len, tok_off, ntok, span_off, nspan;
  };
  struct Generation {
    uint64_t model_id = 0;
    float min_confidence = 0, floor = 0;
    bool candidates = false;
    bool valid = false;
    std::string bytes;            // the sentences' bytes, one after another
    std::vector<uint32_t> tok;    // per token: begin, end relative to its sentence
    std::vector<uint8_t> flags;   // per token: document flags
    std::vector<TagSpan> spans;   // relative to their sentence
    std::vector<Entry> entries;
    std::vector<uint32_t> slots;  // open addressing: entry index + 1, 0 = empty
    void Clear();
    void Add(const Entry& e);  // appends e and indexes it
    void Place(size_t k);      // puts entry k into slots (which have room)
  };
  static uint64_t Hash(std::string_view text, const Token* tokens, size_t a, size_t b, const uint8_t* doc);

  Generation prev_, next_;
  mutable size_t hits_ = 0;
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
};

// Tags text with model m into *out (cleared first), reusing buf.
// report_floor: the caller discards spans with confidence below it (the
// DetectorScratch hint). Spans at or above it are exactly those of
// report_floor = 0; spans below it may be missing (or present, with the
// confidence report_floor = 0 gives them). Sentences equal to sentences of
// the previous call with the same buf are taken from buf.memo, so a text
// repeating the previous one costs little more than tokenizing it.
void TagWith(const TaggerModel::Impl& m, std::string_view text, const TagOptions& options,
             TagBuffers& buf, std::vector<TagSpan>* out, float report_floor = 0);

}  // namespace tearline::tag_internal
