// src/tag/train_internal.h — training helpers shared by TrainTagger, the
// training tool and tests. Internal to the tag module.
//
// THREAD SAFETY
//   Pure functions.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "src/tag/internal.h"

namespace tearline::tag_internal {

// The gold spans training and evaluation use: of overlapping spans the longer
// wins (ties: the earlier in the input); empty spans are dropped. Sorted by
// begin.
std::vector<TagSpan> LongerGoldSpansWin(std::vector<TagSpan> spans);

// Gold class per token (O / B-x / I-x) for spans over tokens; a token
// overlapping a span belongs to it; spans resolved by LongerGoldSpansWin.
std::vector<int> GoldClasses(const std::vector<Token>& tokens, std::vector<TagSpan> spans);

// Exact-span counts per label.
struct SpanScores {
  std::array<size_t, kNumTagLabels> gold{}, pred{}, correct{};
  double Precision(int l) const { return pred[l] ? double(correct[l]) / double(pred[l]) : 0; }
  double Recall(int l) const { return gold[l] ? double(correct[l]) / double(gold[l]) : 0; }
  double F1(int l) const {
    double p = Precision(l), r = Recall(l);
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

// Tags each text (decoded spans only) and compares with its gold spans
// aligned to token boundaries.
SpanScores ScoreHeldOut(const TaggerModel::Impl& m, const std::vector<AnnotatedText>& texts);
std::string FormatSpanScores(const SpanScores& sc);

// The static feature slots (indices into StaticFeatures' output of nf rows)
// whose value depends on the token's own word form beyond its shape and
// lexicon flags: word, suffixes 2-4, prefix 3, the two word bigrams, and the
// cluster prefixes of length 10 and 20. Lexical dropout in training leaves
// these out; the lower cluster prefixes, shape, lexicon, context and
// document features stay.
uint64_t LexicalSlots(int nf);

// The training and held-out texts TrainTagger would use; appends a summary to *log.
Status CollectTrainingTexts(const TrainOptions& o, std::vector<AnnotatedText>* train,
                            std::vector<AnnotatedText>* heldout, std::string* log);

}  // namespace tearline::tag_internal
