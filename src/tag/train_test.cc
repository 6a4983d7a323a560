// Tests of training helpers: which feature slots lexical dropout leaves out,
// and the CRF learner's gradient against enumeration of every class path.
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <string>
#include <vector>

#include "src/tag/cluster.h"
#include "src/tag/internal.h"
#include "src/tag/train_internal.h"

namespace tearline::tag_internal {
namespace {

// LexicalSlots must name exactly the slots of StaticFeatures that change when
// token i's word form changes (word, affixes, fine cluster) while its shape,
// lexicon flags, coarse cluster prefixes and document flags stay: checked on
// sentences where the optional title slots are absent, one or both present
// (they shift the later slots).
TEST(LexicalSlotsTest, NameTheSlotsThatReadTheWordForm) {
  Lexicons lex;
  lex.sets[kLexTitle] = {HashBytes("dr")};
  lex.BuildIndex();
  const uint32_t coarse = ClusterCodeOf("010110");           // shared 6-bit prefix
  const uint32_t fine_a = ClusterCodeOf("0101101100110");    // differ after bit 6
  const uint32_t fine_b = ClusterCodeOf("0101100011001");
  struct Case {
    std::vector<std::string> words;
    int i;  // the token whose word form changes
  } cases[] = {
      {{"we", "saw", "Karimi", "near", "town"}, 2},
      {{"Dr", "Karimi", "left", "early"}, 1},   // title at i-1
      {{"Dr", "Gul", "Karimi", "left"}, 2},     // title at i-2
      {{"Dr", "Dr", "Karimi", "left"}, 2},      // both
      {{"Karimi"}, 0},                          // alone: padding both sides
  };
  for (const Case& c : cases) {
    std::vector<TokenFeatures> feats;
    for (const std::string& w : c.words) feats.push_back(ComputeWordFeatures(w, lex));
    for (auto& f : feats) f.doc = f.upper_initial ? 3 : 0;
    feats[c.i].cluster = fine_a;
    ASSERT_EQ(ClusterPrefix(fine_a, 6), ClusterPrefix(coarse, 6));
    const int n = static_cast<int>(feats.size());
    uint64_t before[kMaxStatic], after[kMaxStatic];
    const int nf = StaticFeatures(feats.data(), n, c.i, before);
    // Another word of the same shape and lexicon flags: every value read from
    // the word form differs.
    TokenFeatures other = ComputeWordFeatures("Wardak", lex);
    ASSERT_EQ(other.shape, feats[c.i].shape);
    ASSERT_EQ(other.lex, feats[c.i].lex);
    feats[c.i].lower = other.lower;
    feats[c.i].suf2 = other.suf2;
    feats[c.i].suf3 = other.suf3;
    feats[c.i].suf4 = other.suf4;
    feats[c.i].pre3 = other.pre3;
    feats[c.i].cluster = fine_b;
    ASSERT_EQ(StaticFeatures(feats.data(), n, c.i, after), nf);
    uint64_t changed = 0;
    for (int f = 0; f < nf; ++f) {
      if (before[f] != after[f]) changed |= uint64_t{1} << f;
    }
    EXPECT_EQ(changed, LexicalSlots(nf)) << c.words.size() << " words, token " << c.i << ", nf " << nf;
  }
}

// The CRF's expected counts, by enumerating every allowed class path of a
// short sentence under the weights w: per token, P(y_i = c); per token and
// (prev, c), P(y_{i-1} = prev, y_i = c) (prev = O before the first token).
struct Expected {
  std::vector<std::array<double, kNumClasses>> unary;
  std::vector<std::array<std::array<double, kNumClasses>, kNumClasses>> pair;
};
Expected Enumerate(const Sentence& s, const std::vector<float>& w, int bits) {
  const int n = static_cast<int>(s.gold.size());
  auto emis = [&](int i, int c) {
    double v = 0;
    for (int f = 0; f < s.nrows[i]; ++f) v += w[size_t{s.rows[size_t(i) * kMaxStatic + f]} * kRowWidth + c];
    return v;
  };
  auto trans = [&](int i, int p, int c) {
    uint64_t h[kNumTransition];
    TransitionFeatures(p, s.feats[i].cat, h);
    double v = 0;
    for (int k = 0; k < kNumTransition; ++k) v += w[size_t{RowOf(h[k], bits)} * kRowWidth + c];
    return v;
  };
  Expected e;
  e.unary.assign(n, {});
  e.pair.assign(n, {});
  double z = 0;
  std::vector<int> y(n);
  std::function<void(int, double)> walk = [&](int i, double score) {
    if (i == n) {
      const double p = std::exp(score);
      z += p;
      for (int k = 0; k < n; ++k) {
        e.unary[k][y[k]] += p;
        e.pair[k][k == 0 ? 0 : y[k - 1]][y[k]] += p;
      }
      return;
    }
    const int prev = i == 0 ? 0 : y[i - 1];
    for (int c = 0; c < kNumClasses; ++c) {
      if (!Allowed(prev, c)) continue;
      y[i] = c;
      walk(i + 1, score + emis(i, c) + trans(i, prev, c));
    }
  };
  walk(0, 0);
  for (auto& u : e.unary) {
    for (double& x : u) x /= z;
  }
  for (auto& m : e.pair) {
    for (auto& r : m) {
      for (double& x : r) x /= z;
    }
  }
  return e;
}

// Each SGD step must move every feature row by eta * (observed - expected)
// after the L2 shrink: checked after a first step from zero weights (where
// every allowed path is equally likely) and a second from the weights it
// left, on sentences of 1 to 3 tokens with distinct emission rows.
TEST(CrfLearnerTest, StepFollowsTheExactGradient) {
  constexpr int kBits = 12;
  constexpr double kL2 = 0.5, kEta0 = 0.3;
  constexpr size_t kSentences = 4;
  const double lambda = 2 * kL2 / kSentences;
  const double t0 = 1 / (lambda * kEta0);
  auto sentence = [](std::vector<int> gold, std::vector<uint8_t> cats, uint32_t first_row) {
    Sentence s;
    s.gold = gold;
    const int n = static_cast<int>(gold.size());
    s.feats.resize(n);
    s.rows.assign(size_t(n) * kMaxStatic, 0);
    s.nrows.assign(n, 2);
    s.lexical.assign(n, 0);
    for (int i = 0; i < n; ++i) {
      s.feats[i].cat = cats[i];
      s.rows[size_t(i) * kMaxStatic] = first_row + 2 * i;
      s.rows[size_t(i) * kMaxStatic + 1] = first_row + 2 * i + 1;
    }
    return s;
  };
  const int kPersonB = BeginClass(0), kPersonI = InsideClass(0), kLocB = BeginClass(2);
  const std::vector<Sentence> steps = {
      sentence({kPersonB, kPersonI, 0}, {kCatUpper, kCatUpper, kCatLower}, 4000),
      sentence({0, kLocB}, {kCatLower, kCatUpper}, 4000),  // shares its rows with the first
      sentence({kPersonB}, {kCatUpper}, 4010),
  };
  CrfLearner crf(kBits, kL2, kEta0, kSentences);
  std::vector<float> before = crf.Weights();
  for (size_t t = 0; t < steps.size(); ++t) {
    const Sentence& s = steps[t];
    const Expected ex = Enumerate(s, before, kBits);
    crf.Train(s);
    const std::vector<float> after = crf.Weights();
    const double eta = 1 / (lambda * (t0 + double(t)));
    // The expected change of every weight: shrink, then the gradient.
    std::vector<double> want(before.size());
    for (size_t k = 0; k < before.size(); ++k) want[k] = before[k] * (1 - eta * lambda);
    const int n = static_cast<int>(s.gold.size());
    for (int i = 0; i < n; ++i) {
      for (int f = 0; f < s.nrows[i]; ++f) {
        const size_t base = size_t{s.rows[size_t(i) * kMaxStatic + f]} * kRowWidth;
        for (int c = 0; c < kNumClasses; ++c) want[base + c] += eta * ((c == s.gold[i]) - ex.unary[i][c]);
      }
      for (int p = 0; p < kNumClasses; ++p) {
        for (int c = 0; c < kNumClasses; ++c) {
          if (!Allowed(p, c) || (i == 0 && p != 0)) continue;
          const int gp = i == 0 ? 0 : s.gold[i - 1];
          const double d = (p == gp && c == s.gold[i]) - ex.pair[i][p][c];
          uint64_t h[kNumTransition];
          TransitionFeatures(p, s.feats[i].cat, h);
          for (int k = 0; k < kNumTransition; ++k) want[size_t{RowOf(h[k], kBits)} * kRowWidth + c] += eta * d;
        }
      }
    }
    for (size_t k = 0; k < before.size(); ++k) {
      ASSERT_NEAR(after[k], want[k], 2e-5) << "step " << t << ", row " << k / kRowWidth << ", class " << k % kRowWidth;
    }
    before = after;
  }
  // The averaged weights before averaging starts are the current ones.
  EXPECT_EQ(crf.AveragedWeights(), crf.Weights());
}

}  // namespace
}  // namespace tearline::tag_internal
