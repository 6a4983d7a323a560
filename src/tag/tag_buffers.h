// src/tag/tag_buffers.h — reusable per-thread working memory of the tagger.
//
// THREAD SAFETY
//   One TagBuffers per thread.
#pragma once

#include <vector>

#include "src/tag/emission.h"
#include "src/tag/internal.h"

namespace tearline::tag_internal {

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
};

// Tags text with model m into *out (cleared first), reusing buf.
// report_floor: the caller discards spans with confidence below it (the
// DetectorScratch hint). Spans at or above it are exactly those of
// report_floor = 0; spans below it may be missing.
void TagWith(const TaggerModel::Impl& m, std::string_view text, const TagOptions& options,
             TagBuffers& buf, std::vector<TagSpan>* out, float report_floor = 0);

}  // namespace tearline::tag_internal
