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

// One training sentence: its token features, static feature rows and gold
// classes.
struct Sentence {
  std::vector<TokenFeatures> feats;
  std::vector<uint32_t> rows;  // kMaxStatic-strided static feature rows
  std::vector<uint8_t> nrows;
  std::vector<int> gold;
  // Per token: LexicalSlots of its static features for a capitalised token
  // (a nonzero DocumentFlags value) that is not inside a gold DATETIME span,
  // else 0: the rows lexical dropout may leave out. (Month and day names are
  // dates by their word form alone; dropping it cost dev-fold and TAB dates.)
  std::vector<uint64_t> lexical;
  // Per token, 1 when its class is unknown (AnnotatedText::unknown): any
  // class is gold there. Empty when every class is known.
  std::vector<uint8_t> free;
};

// Linear-chain CRF training by stochastic gradient descent on the
// L2-regularised conditional log-likelihood (Bottou's schedule
// eta_t = 1 / (lambda * (t0 + t)), lambda = 2 * l2 / num_sentences, t0 set so
// that eta_0 = eta0). Same features, transitions and BIO constraints as the
// perceptron, so the weights it returns decode with the tagger's Viterbi.
// Not thread-safe; deterministic.
class CrfLearner {
 public:
  CrfLearner(int hash_bits, double l2, double eta0, size_t num_sentences);
  // One SGD step on s (forward-backward over its classes).
  void Train(const Sentence& s);
  // The current weights, (1 << hash_bits) * kRowWidth.
  std::vector<float> Weights() const;
  // The average of the weights over the steps since StartAveraging (taken
  // every kAverageEvery steps); the current weights until the first
  // snapshot, so also before StartAveraging.
  std::vector<float> AveragedWeights() const;
  void StartAveraging() { averaging_ = true; }
  // Sum over training steps of the sentence log-likelihood since the last call.
  double TakeLogLikelihood();
  static constexpr int kAverageEvery = 200;

 private:
  void Rescale();
  int bits_;
  double lambda_, t0_, t_ = 0;
  double scale_ = 1;  // true weights = scale_ * v_
  std::vector<float> v_;
  uint32_t trow_[kNumCategories][kRowWidth][kNumTransition];
  double loglik_ = 0;
  bool averaging_ = false;
  std::vector<double> sum_;
  double snapshots_ = 0;
  std::vector<double> psi_, alpha_, beta_, z_;  // per-sentence buffers of Train
};

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
