// Linear-chain CRF training by SGD (contract of CrfLearner in
// src/tag/train_internal.h).
//
// The model is the tagger's: a sentence's score is the sum over tokens of the
// emission rows of its static features (column = class) and the transition
// rows of (category, previous class) (column = class), the class before the
// first token is O, and disallowed BIO transitions have probability zero.
// Forward-backward runs in linear space with per-token normalisation.
#include <algorithm>
#include <cmath>

#include "src/tag/train_internal.h"

namespace tearline::tag_internal {

CrfLearner::CrfLearner(int hash_bits, double l2, double eta0, size_t num_sentences)
    : bits_(hash_bits), v_((size_t{1} << hash_bits) * kRowWidth, 0.0f) {
  lambda_ = 2.0 * l2 / static_cast<double>(std::max<size_t>(num_sentences, 1));
  t0_ = 1.0 / (lambda_ * eta0);
  uint64_t f[kNumTransition];
  for (int cat = 0; cat < kNumCategories; ++cat) {
    for (int prev = 0; prev < kRowWidth; ++prev) {
      TransitionFeatures(prev, cat, f);
      for (int k = 0; k < kNumTransition; ++k) trow_[cat][prev][k] = RowOf(f[k], hash_bits);
    }
  }
}

void CrfLearner::Rescale() {
  for (float& x : v_) x = static_cast<float>(x * scale_);
  scale_ = 1;
}

double CrfLearner::TakeLogLikelihood() {
  double l = loglik_;
  loglik_ = 0;
  return l;
}

std::vector<float> CrfLearner::Weights() const {
  std::vector<float> w(v_.size());
  for (size_t i = 0; i < v_.size(); ++i) w[i] = static_cast<float>(v_[i] * scale_);
  return w;
}

std::vector<float> CrfLearner::AveragedWeights() const {
  if (snapshots_ == 0) return Weights();
  std::vector<float> w(v_.size());
  for (size_t i = 0; i < v_.size(); ++i) w[i] = static_cast<float>(sum_[i] / snapshots_);
  return w;
}

void CrfLearner::Train(const Sentence& s) {
  if (averaging_ && static_cast<uint64_t>(t_) % kAverageEvery == 0) {
    if (sum_.empty()) sum_.assign(v_.size(), 0.0);
    for (size_t i = 0; i < v_.size(); ++i) sum_[i] += v_[i] * scale_;
    snapshots_ += 1;
  }
  const int n = static_cast<int>(s.gold.size());
  if (n == 0) return;
  constexpr int C = kNumClasses;
  constexpr size_t kPsi = size_t{C} * C;
  psi_.assign(size_t(n) * kPsi, 0.0);
  alpha_.assign(size_t(n) * C, 0.0);
  beta_.assign(size_t(n) * C, 0.0);
  z_.assign(n, 0.0);
  std::vector<double>& z = z_;

  // Emission scores and the potentials psi_i[p][c] = exp(T + E - m_i), m_i
  // their largest (it cancels out of every probability and of the
  // log-likelihood below).
  for (int i = 0; i < n; ++i) {
    double e[C] = {};
    for (int f = 0; f < s.nrows[i]; ++f) {
      const float* row = &v_[size_t{s.rows[size_t(i) * kMaxStatic + f]} * kRowWidth];
      for (int c = 0; c < C; ++c) e[c] += row[c];
    }
    for (int c = 0; c < C; ++c) e[c] *= scale_;
    const int cat = s.feats[i].cat;
    double* psi = &psi_[size_t(i) * kPsi];
    const int prev_end = i == 0 ? 1 : C;  // before the first token: O only
    double mx = -1e300;
    for (int p = 0; p < prev_end; ++p) {
      for (int c = 0; c < C; ++c) {
        if (!Allowed(p, c)) continue;
        double t = 0;
        for (int k = 0; k < kNumTransition; ++k) t += v_[size_t{trow_[cat][p][k]} * kRowWidth + c];
        psi[p * C + c] = t * scale_ + e[c];
        mx = std::max(mx, psi[p * C + c]);
      }
    }
    for (int p = 0; p < C; ++p) {
      for (int c = 0; c < C; ++c) {
        double& x = psi[p * C + c];
        x = (p < prev_end && Allowed(p, c)) ? std::exp(x - mx) : 0.0;
      }
    }
  }

  // Forward with normalisation: alpha_i sums to 1, z_i the normaliser.
  for (int i = 0; i < n; ++i) {
    double* a = &alpha_[size_t(i) * C];
    const double* psi = &psi_[size_t(i) * kPsi];
    if (i == 0) {
      for (int c = 0; c < C; ++c) a[c] = psi[c];
    } else {
      const double* ap = &alpha_[size_t(i - 1) * C];
      for (int p = 0; p < C; ++p) {
        if (ap[p] == 0) continue;
        for (int c = 0; c < C; ++c) a[c] += ap[p] * psi[p * C + c];
      }
    }
    double sum = 0;
    for (int c = 0; c < C; ++c) sum += a[c];
    z[i] = sum;
    for (int c = 0; c < C; ++c) a[c] /= sum;
  }
  // Backward, scaled by the same normalisers.
  for (int c = 0; c < C; ++c) beta_[size_t(n - 1) * C + c] = 1.0;
  for (int i = n - 2; i >= 0; --i) {
    double* b = &beta_[size_t(i) * C];
    const double* bn = &beta_[size_t(i + 1) * C];
    const double* psi = &psi_[size_t(i + 1) * kPsi];
    for (int p = 0; p < C; ++p) {
      double v = 0;
      for (int c = 0; c < C; ++c) v += psi[p * C + c] * bn[c];
      b[p] = v / z[i + 1];
    }
  }

  // Log-likelihood of the gold path.
  double ll = 0;
  for (int i = 0; i < n; ++i) {
    const int gp = i == 0 ? 0 : s.gold[i - 1];
    const double x = psi_[size_t(i) * kPsi + size_t(gp) * C + s.gold[i]];
    ll += std::log(std::max(x, 1e-300)) - std::log(z[i]);
  }
  loglik_ += ll;

  // Gradient step: observed minus expected counts.
  const double eta = 1.0 / (lambda_ * (t0_ + t_));
  t_ += 1;
  scale_ *= 1.0 - eta * lambda_;
  if (scale_ < 1e-9) Rescale();
  const float step = static_cast<float>(eta / scale_);
  for (int i = 0; i < n; ++i) {
    const double* a = &alpha_[size_t(i) * C];
    const double* b = &beta_[size_t(i) * C];
    double marg[C];
    double msum = 0;
    for (int c = 0; c < C; ++c) msum += (marg[c] = a[c] * b[c]);
    float g[C];
    for (int c = 0; c < C; ++c) g[c] = step * static_cast<float>((c == s.gold[i] ? 1.0 : 0.0) - marg[c] / msum);
    for (int f = 0; f < s.nrows[i]; ++f) {
      float* row = &v_[size_t{s.rows[size_t(i) * kMaxStatic + f]} * kRowWidth];
      for (int c = 0; c < C; ++c) row[c] += g[c];
    }
    // Pairwise marginals xi(p, c) = alpha_{i-1}[p] psi_i[p][c] beta_i[c] / z_i.
    const int cat = s.feats[i].cat;
    const int gp = i == 0 ? 0 : s.gold[i - 1];
    const double* psi = &psi_[size_t(i) * kPsi];
    const double* ap = i == 0 ? nullptr : &alpha_[size_t(i - 1) * C];
    double xi[C * C];
    double xsum = 0;
    for (int p = 0; p < C; ++p) {
      const double w = i == 0 ? (p == 0 ? 1.0 : 0.0) : ap[p];
      for (int c = 0; c < C; ++c) xsum += (xi[p * C + c] = w * psi[p * C + c] * b[c]);
    }
    for (int p = 0; p < (i == 0 ? 1 : C); ++p) {
      for (int c = 0; c < C; ++c) {
        if (!Allowed(p, c)) continue;
        const double d = (p == gp && c == s.gold[i] ? 1.0 : 0.0) - xi[p * C + c] / xsum;
        if (std::fabs(d) < 1e-7) continue;
        const float gd = step * static_cast<float>(d);
        for (int k = 0; k < kNumTransition; ++k) v_[size_t{trow_[cat][p][k]} * kRowWidth + c] += gd;
      }
    }
  }
}

}  // namespace tearline::tag_internal
