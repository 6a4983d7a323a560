// Averaged-perceptron training (contract of TrainTagger in tearline/tag.h).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <set>

#include "src/tag/model_format.h"
#include "src/tag/tag_buffers.h"
#include "src/tag/train_internal.h"
#include "tearline/file.h"
#include "tearline/quasi.h"

namespace tearline {
namespace tag_internal {

std::vector<TagSpan> LongerGoldSpansWin(std::vector<TagSpan> spans) {
  std::stable_sort(spans.begin(), spans.end(), [](const TagSpan& a, const TagSpan& b) {
    return a.end - a.begin > b.end - b.begin;
  });
  std::vector<TagSpan> kept;
  for (const TagSpan& s : spans) {
    bool clash = std::any_of(kept.begin(), kept.end(), [&](const TagSpan& k) { return s.begin < k.end && k.begin < s.end; });
    if (!clash && s.begin < s.end) kept.push_back(s);
  }
  std::sort(kept.begin(), kept.end(), [](const TagSpan& a, const TagSpan& b) { return a.begin < b.begin; });
  return kept;
}

std::vector<int> GoldClasses(const std::vector<Token>& tokens, std::vector<TagSpan> spans) {
  const std::vector<TagSpan> kept = LongerGoldSpansWin(std::move(spans));
  std::vector<int> cls(tokens.size(), 0);
  size_t k = 0;
  for (size_t t = 0; t < tokens.size(); ++t) {
    while (k < kept.size() && kept[k].end <= tokens[t].begin) ++k;
    if (k == kept.size()) break;
    const TagSpan& s = kept[k];
    if (tokens[t].begin < s.end && s.begin < tokens[t].end) {
      int label = static_cast<int>(s.label);
      bool inside = t > 0 && cls[t - 1] != 0 && LabelOfClass(cls[t - 1]) == label && tokens[t - 1].end > s.begin;
      cls[t] = inside ? InsideClass(label) : BeginClass(label);
    }
  }
  return cls;
}

SpanScores ScoreHeldOut(const TaggerModel::Impl& m, const std::vector<AnnotatedText>& texts) {
  SpanScores sc;
  TagBuffers buf;
  TagOptions opts;
  opts.min_confidence = 0;
  opts.report_candidates = false;
  std::vector<TagSpan> pred;
  for (const AnnotatedText& t : texts) {
    TagWith(m, t.text, opts, buf, &pred);
    std::vector<int> gold_cls = GoldClasses(buf.tokens, t.spans);
    // Gold spans aligned to token boundaries.
    std::vector<TagSpan> gold;
    for (size_t i = 0; i < gold_cls.size();) {
      if (gold_cls[i] == 0) {
        ++i;
        continue;
      }
      size_t j = i + 1;
      while (j < gold_cls.size() && IsInside(gold_cls[j]) && LabelOfClass(gold_cls[j]) == LabelOfClass(gold_cls[i])) ++j;
      gold.push_back({buf.tokens[i].begin, buf.tokens[j - 1].end, static_cast<TagLabel>(LabelOfClass(gold_cls[i])), 1});
      i = j;
    }
    for (const TagSpan& g : gold) ++sc.gold[static_cast<int>(g.label)];
    for (const TagSpan& p : pred) {
      ++sc.pred[static_cast<int>(p.label)];
      bool hit = std::any_of(gold.begin(), gold.end(), [&](const TagSpan& g) {
        return g.begin == p.begin && g.end == p.end && g.label == p.label;
      });
      if (hit) ++sc.correct[static_cast<int>(p.label)];
    }
  }
  return sc;
}

uint64_t LexicalSlots(int nf) {
  uint64_t m = 0;
  for (int f : {1, 3, 4, 5, 6, 14, 15}) m |= uint64_t{1} << f;  // W0, Suf2-4, Pre3, Wm1W0, W0Wp1
  m |= uint64_t{1} << (nf - 7);                                 // Clu10
  m |= uint64_t{1} << (nf - 6);                                 // Clu20
  return m;
}

std::string FormatSpanScores(const SpanScores& sc) {
  std::string out;
  char line[128];
  for (int l = 0; l < kNumTagLabels; ++l) {
    if (sc.gold[l] == 0 && sc.pred[l] == 0) continue;
    std::snprintf(line, sizeof line, "  %-9s gold %6zu  pred %6zu  P %.4f  R %.4f  F1 %.4f\n",
                  std::string(TagLabelName(static_cast<TagLabel>(l))).c_str(), sc.gold[l], sc.pred[l], sc.Precision(l),
                  sc.Recall(l), sc.F1(l));
    out += line;
  }
  return out;
}

namespace {

// Deterministic Fisher-Yates with splitmix64 (independent of the C++ library).
void Shuffle(std::vector<size_t>& v, uint64_t& state) {
  for (size_t i = v.size(); i > 1; --i) {
    state += 0x9E3779B97F4A7C15ull;
    uint64_t z = Mix(state, 0);
    std::swap(v[i - 1], v[z % i]);
  }
}

// Training sentences of texts. persons (when non-null) holds, per text, the
// first-pass PERSON token ranges that set kDocPersonElsewhere.
std::vector<Sentence> BuildSentences(const std::vector<AnnotatedText>& texts, const Lexicons& lex, int bits,
                                     const std::vector<std::vector<TokenRange>>* persons) {
  std::vector<Sentence> out;
  uint64_t buf[kMaxStatic];
  std::vector<uint8_t> doc;
  DocFlagsScratch map;
  for (size_t ti = 0; ti < texts.size(); ++ti) {
    const AnnotatedText& t = texts[ti];
    std::vector<Token> tokens = Tokenize(t.text);
    std::vector<int> gold = GoldClasses(tokens, t.spans);
    // 1 for a token that overlaps an unknown range (AnnotatedText::unknown).
    std::vector<uint8_t> free(tokens.size(), 0);
    for (const auto& [ub, ue] : t.unknown) {
      auto it = std::lower_bound(tokens.begin(), tokens.end(), ub, [](const Token& k, size_t at) { return k.end <= at; });
      for (; it != tokens.end() && it->begin < ue; ++it) free[static_cast<size_t>(it - tokens.begin())] = 1;
    }
    std::vector<size_t> starts = SplitSentences(t.text, tokens);
    DocumentFlags(t.text, tokens, starts, lex, &doc, &map);
    if (persons != nullptr) PersonElsewhere((*persons)[ti], &doc, &map);
    starts.push_back(tokens.size());
    for (size_t s = 0; s + 1 < starts.size(); ++s) {
      Sentence sent;
      size_t a = starts[s], b = starts[s + 1];
      // Sentences never cut an entity in training: extend over an I- token.
      ComputeTokenFeatures(t.text, tokens, a, b, lex, &sent.feats);
      for (size_t k = a; k < b; ++k) sent.feats[k - a].doc = doc[k];
      sent.gold.assign(gold.begin() + static_cast<long>(a), gold.begin() + static_cast<long>(b));
      if (!sent.gold.empty() && IsInside(sent.gold[0])) sent.gold[0] = BeginClass(LabelOfClass(sent.gold[0]));
      int n = static_cast<int>(b - a);
      sent.rows.resize(static_cast<size_t>(n) * kMaxStatic);
      sent.nrows.resize(n);
      sent.lexical.assign(n, 0);
      if (std::any_of(free.begin() + static_cast<long>(a), free.begin() + static_cast<long>(b),
                      [](uint8_t f) { return f != 0; })) {
        sent.free.assign(free.begin() + static_cast<long>(a), free.begin() + static_cast<long>(b));
      }
      for (int i = 0; i < n; ++i) {
        int nf = StaticFeatures(sent.feats.data(), n, i, buf);
        sent.nrows[i] = static_cast<uint8_t>(nf);
        const bool date = sent.gold[i] != 0 && LabelOfClass(sent.gold[i]) == static_cast<int>(TagLabel::kDatetime);
        if (sent.feats[i].doc != 0 && !date) sent.lexical[i] = LexicalSlots(nf);
        for (int f = 0; f < nf; ++f) sent.rows[static_cast<size_t>(i) * kMaxStatic + f] = RowOf(buf[f], bits);
      }
      out.push_back(std::move(sent));
    }
  }
  return out;
}

// Structured perceptron with first-order Viterbi decoding (the decoder the
// tagger uses), with weight averaging.
class Perceptron {
 public:
  explicit Perceptron(int bits) : bits_(bits), w_((size_t{1} << bits) * kRowWidth), u_(w_.size()) {
    uint64_t f[kNumTransition];
    for (int cat = 0; cat < kNumCategories; ++cat) {
      for (int prev = 0; prev < kRowWidth; ++prev) {
        TransitionFeatures(prev, cat, f);
        for (int k = 0; k < kNumTransition; ++k) trow_[cat][prev][k] = RowOf(f[k], bits);
      }
    }
  }

  // Viterbi decode of s with the current (or averaged) weights. When local is
  // non-null it receives, per token, the scores of every class given the
  // decoded previous class.
  // drop (when non-null): per token, static feature slots left out.
  void Decode(const Sentence& s, bool averaged, std::vector<int>* pred,
              std::vector<std::array<float, kRowWidth>>* local, const uint64_t* drop = nullptr) {
    int n = static_cast<int>(s.gold.size());
    pred->assign(n, 0);
    if (n == 0) return;
    Transitions(averaged);
    emis_.assign(size_t(n) * kRowWidth, 0.0f);
    cats_.resize(n);
    hist_.resize(size_t(n) * kRowWidth);
    for (int i = 0; i < n; ++i) {
      float* e = &emis_[size_t(i) * kRowWidth];
      const uint64_t skip = drop != nullptr ? drop[i] : 0;
      for (int f = 0; f < s.nrows[i]; ++f) {
        if ((skip >> f) & 1) continue;
        size_t base = size_t{s.rows[size_t(i) * kMaxStatic + f]} * kRowWidth;
        for (int c = 0; c < kNumClasses; ++c) e[c] += Weight(base + c, averaged);
      }
      cats_[i] = s.feats[i].cat;
    }
    Viterbi<float>(emis_.data(), trans_.data(), cats_.data(), n, pred->data(), hist_.data());
    if (local != nullptr) {
      local->resize(n);
      for (int i = 0; i < n; ++i) {
        int prev = i == 0 ? 0 : (*pred)[i - 1];
        const float* t = &trans_[(size_t{cats_[i]} * kRowWidth + prev) * kRowWidth];
        for (int c = 0; c < kRowWidth; ++c) (*local)[i][c] = c < kNumClasses ? emis_[size_t(i) * kRowWidth + c] + t[c] : 0;
      }
    }
  }

  // One perceptron step on s. Each token's lexical slots (Sentence::lexical)
  // are left out of this step's decoding and update when Mix(key, token) %
  // 100 < dropout_percent, so the model must also learn to tag those tokens
  // from their context and document flags.
  void Train(const Sentence& s, uint64_t key = 0, int dropout_percent = 0) {
    const uint64_t* drop = nullptr;
    if (dropout_percent > 0) {
      drop_.assign(s.lexical.size(), 0);
      for (size_t i = 0; i < s.lexical.size(); ++i) {
        if (s.lexical[i] != 0 && Mix(key, i) % 100 < uint64_t(dropout_percent)) drop_[i] = s.lexical[i];
      }
      drop = drop_.data();
    }
    Decode(s, false, &pred_, nullptr, drop);
    int n = static_cast<int>(pred_.size());
    const std::vector<int>& gold = s.free.empty() ? s.gold : GoldPath(s);
    for (int i = 0; i < n; ++i) {
      int g = gold[i], p = pred_[i];
      int gp = i == 0 ? 0 : gold[i - 1], pp = i == 0 ? 0 : pred_[i - 1];
      if (g != p) {
        const uint64_t skip = drop != nullptr ? drop[i] : 0;
        for (int f = 0; f < s.nrows[i]; ++f) {
          if ((skip >> f) & 1) continue;
          size_t base = size_t{s.rows[size_t(i) * kMaxStatic + f]} * kRowWidth;
          Update(base + g, 1);
          Update(base + p, -1);
        }
      }
      if (g != p || gp != pp) {
        int cat = s.feats[i].cat;
        for (int k = 0; k < kNumTransition; ++k) {
          Update(size_t{trow_[cat][gp][k]} * kRowWidth + g, 1);
          Update(size_t{trow_[cat][pp][k]} * kRowWidth + p, -1);
        }
      }
    }
    ++count_;
  }

  // The gold path of a sentence with free tokens: the best path, under the
  // scores Decode left in emis_ and trans_, that keeps every known token's
  // class, but that an entity's first token after a free one may also
  // continue it (a title the source left out of a name: "Col." before
  // "Mohammad Nabi Omari"). Valid until the next Decode.
  const std::vector<int>& GoldPath(const Sentence& s) {
    const int n = static_cast<int>(s.gold.size());
    constrained_ = emis_;
    for (int i = 0; i < n; ++i) {
      if (s.free[i] != 0) continue;
      const int g = s.gold[i];
      const int also = i > 0 && s.free[i - 1] != 0 && g != 0 && !IsInside(g) ? InsideClass(LabelOfClass(g)) : g;
      float* e = &constrained_[size_t(i) * kRowWidth];
      for (int c = 0; c < kNumClasses; ++c) {
        if (c != g && c != also) e[c] = static_cast<float>(kForbidden);
      }
    }
    gold_path_.assign(n, 0);
    Viterbi<float>(constrained_.data(), trans_.data(), cats_.data(), n, gold_path_.data(), hist_.data());
    return gold_path_;
  }

  // Replaces the current weights (used to decode with a kept snapshot).
  void SetWeights(const std::vector<float>& w) {
    w_ = w;
    std::fill(u_.begin(), u_.end(), 0.0);
  }

  std::vector<float> Averaged() const {
    std::vector<float> avg(w_.size());
    for (size_t i = 0; i < w_.size(); ++i) avg[i] = static_cast<float>(w_[i] - u_[i] / count_);
    return avg;
  }

 private:
  float Weight(size_t i, bool averaged) const {
    return averaged ? static_cast<float>(w_[i] - u_[i] / count_) : w_[i];
  }
  void Update(size_t i, float d) {
    w_[i] += d;
    u_[i] += d * count_;
  }
  void Transitions(bool averaged) {
    trans_.assign(size_t{kNumCategories} * kRowWidth * kRowWidth, static_cast<float>(kForbidden));
    for (int cat = 0; cat < kNumCategories; ++cat) {
      for (int prev = 0; prev < kNumClasses; ++prev) {
        for (int c = 0; c < kNumClasses; ++c) {
          if (!Allowed(prev, c)) continue;
          float v = 0;
          for (int k = 0; k < kNumTransition; ++k) v += Weight(size_t{trow_[cat][prev][k]} * kRowWidth + c, averaged);
          trans_[(size_t{static_cast<size_t>(cat)} * kRowWidth + prev) * kRowWidth + c] = v;
        }
      }
    }
  }

  int bits_;
  std::vector<float> w_;
  std::vector<double> u_;
  double count_ = 1;
  uint32_t trow_[kNumCategories][kRowWidth][kNumTransition];
  std::vector<float> emis_, trans_;
  std::vector<uint8_t> cats_;
  std::vector<float> hist_;
  std::vector<int> pred_, gold_path_;
  std::vector<float> constrained_;
  std::vector<uint64_t> drop_;
};

// Exact-span F1 (all labels) of decoded classes against gold classes.
struct SpanCount {
  size_t gold = 0, pred = 0, correct = 0;
  void Add(const std::vector<int>& g, const std::vector<int>& p) {
    auto spans = [](const std::vector<int>& c) {
      std::vector<std::array<int, 3>> out;
      for (size_t i = 0; i < c.size();) {
        if (c[i] == 0) {
          ++i;
          continue;
        }
        size_t j = i + 1;
        while (j < c.size() && IsInside(c[j]) && LabelOfClass(c[j]) == LabelOfClass(c[i])) ++j;
        out.push_back({static_cast<int>(i), static_cast<int>(j), LabelOfClass(c[i])});
        i = j;
      }
      return out;
    };
    auto gs = spans(g), ps = spans(p);
    gold += gs.size();
    pred += ps.size();
    for (const auto& x : ps) correct += std::find(gs.begin(), gs.end(), x) != gs.end();
  }
  double F1() const { return gold + pred > 0 ? 2.0 * double(correct) / double(gold + pred) : 0; }
};

// The weights of one learner trained on `order` (a copy: it is shuffled)
// with early stopping: after each epoch the (averaged) weights are scored
// (exact span F1) on the calibration sentences; the best epoch's are kept.
std::vector<float> LearnWeights(const std::vector<Sentence>& all, std::vector<size_t> order,
                                const std::vector<size_t>& calib, const TrainOptions& o, bool crf,
                                std::string* log) {
  Perceptron p(o.hash_bits);
  std::unique_ptr<CrfLearner> crf_learner;
  if (crf) crf_learner = std::make_unique<CrfLearner>(o.hash_bits, o.crf_l2, o.crf_eta0, order.size());
  uint64_t rng = o.seed;
  std::vector<float> best;
  double best_f1 = -1;
  int best_epoch = 0;
  std::vector<int> pred;
  for (int e = 0; e < o.epochs; ++e) {
    Shuffle(order, rng);
    if (crf && e == o.crf_average_from) crf_learner->StartAveraging();
    for (size_t i : order) {
      if (!crf) {
        p.Train(all[i], Mix(o.seed ^ 0x1e8d, (uint64_t(e) << 32) ^ i), o.lexical_dropout_percent);
      } else if (all[i].free.empty()) {
        crf_learner->Train(all[i]);  // the CRF has no partial-label objective
      }
    }
    // The CRF's weights (averaged once averaging has started) decode through
    // a perceptron holding them.
    std::vector<float> crf_weights;
    if (crf) {
      crf_weights = crf_learner->AveragedWeights();
      p.SetWeights(crf_weights);
    }
    SpanCount sc;
    for (size_t i : calib) {
      p.Decode(all[i], !crf, &pred, nullptr);
      sc.Add(all[i].gold, pred);
    }
    char line[128];
    if (crf) {
      std::snprintf(line, sizeof line, "CRF epoch %d: calibration span F1 %.4f, training log-likelihood %.1f\n", e + 1,
                    sc.F1(), crf_learner->TakeLogLikelihood());
    } else {
      std::snprintf(line, sizeof line, "epoch %d: calibration span F1 %.4f\n", e + 1, sc.F1());
    }
    *log += line;
    if (sc.F1() > best_f1) {
      best_f1 = sc.F1();
      best_epoch = e + 1;
      best = crf ? std::move(crf_weights) : p.Averaged();
    }
  }
  *log += std::string(crf ? "CRF " : "") + "kept epoch " + std::to_string(best_epoch) + "\n";
  return best;
}

// The confidence scale s of weights w: softmax(local scores * s) minimises
// the log loss of the gold classes on the calibration sentences.
float CalibrationScale(const std::vector<Sentence>& all, const std::vector<size_t>& calib, const std::vector<float>& w,
                       int bits, double* loss_out) {
  Perceptron kept(bits);
  kept.SetWeights(w);
  std::vector<int> pred;
  std::vector<std::array<float, kRowWidth>> scores;
  double best_loss = 1e300;
  float best_s = 1;
  static constexpr float kGrid[] = {0.01f, 0.015f, 0.02f, 0.03f, 0.04f, 0.05f, 0.1f, 0.15f, 0.2f,
                                    0.3f,  0.4f,   0.5f,  0.7f,  1.0f,  1.4f,  2.0f, 3.0f};
  std::vector<std::pair<std::vector<std::array<float, kRowWidth>>, std::vector<int>>> cached;
  for (size_t i : calib) {
    kept.Decode(all[i], false, &pred, &scores);
    cached.push_back({scores, pred});
  }
  for (float s : kGrid) {
    double loss = 0;
    size_t n = 0;
    for (size_t k = 0; k < calib.size(); ++k) {
      const auto& [sc, pr] = cached[k];
      for (size_t i = 0; i < pr.size(); ++i) {
        float scaled[kRowWidth], probs[kRowWidth];
        for (int c = 0; c < kRowWidth; ++c) scaled[c] = sc[i][c] * s;
        int prev = i == 0 ? 0 : pr[i - 1];
        Softmax(scaled, prev, probs);
        int gold = all[calib[k]].gold[i];
        if (!Allowed(prev, gold)) gold = BeginClass(LabelOfClass(gold));
        loss -= std::log(std::max(probs[gold], 1e-9f));
        ++n;
      }
    }
    if (n > 0) loss /= static_cast<double>(n);
    if (loss < best_loss) {
      best_loss = loss;
      best_s = s;
    }
  }
  *loss_out = best_loss;
  return best_s;
}

// Trains on `all` (every 20th sentence calibrates, the rest train) and
// returns the quantized, calibrated model; appends a summary to *log.
std::unique_ptr<TaggerModel::Impl> TrainWeights(const std::vector<Sentence>& all, const TrainOptions& o,
                                                const Lexicons& lex, std::string* log_out) {
  std::string& log = *log_out;
  std::vector<size_t> order, calib;
  size_t tokens = 0;
  for (size_t i = 0; i < all.size(); ++i) {
    (i % 20 == 19 && all[i].free.empty() ? calib : order).push_back(i);
    tokens += all[i].gold.size();
  }
  log += "sentences: " + std::to_string(all.size()) + ", tokens: " + std::to_string(tokens) + "\n";
  using L = TrainOptions::Learner;
  std::vector<float> w;
  if (o.learner == L::kEnsemble) {
    // Each learner's weights in calibrated units (times its own confidence
    // scale), then their mean: one linear model, decoded as either.
    double loss = 0;
    std::vector<float> wp = LearnWeights(all, order, calib, o, false, &log);
    const float sp = CalibrationScale(all, calib, wp, o.hash_bits, &loss);
    std::vector<float> wc = LearnWeights(all, order, calib, o, true, &log);
    const float sc = CalibrationScale(all, calib, wc, o.hash_bits, &loss);
    w.resize(wp.size());
    const double a = o.ensemble_perceptron_share;
    for (size_t i = 0; i < w.size(); ++i) w[i] = static_cast<float>(a * wp[i] * sp + (1 - a) * wc[i] * sc);
  } else {
    w = LearnWeights(all, order, calib, o, o.learner == L::kCrf, &log);
  }

  auto impl = std::make_unique<TaggerModel::Impl>();
  impl->hash_bits = o.hash_bits;
  impl->lexicons = lex;
  float maxabs = 1e-6f;
  for (float v : w) maxabs = std::max(maxabs, std::fabs(v));
  float q = maxabs / 32767.0f;
  impl->weights.resize(w.size());
  for (size_t i = 0; i < w.size(); ++i) impl->weights[i] = static_cast<int16_t>(std::lround(w[i] / q));
  FinishModel(impl.get());
  // Confidence scale: scores in weight units under the quantized model equal
  // w up to rounding; the calibration uses w.
  double loss = 0;
  const float s = CalibrationScale(all, calib, w, o.hash_bits, &loss);
  impl->prob_scale = q * s;
  char line[96];
  std::snprintf(line, sizeof line, "confidence scale %.3f (calibration log loss %.4f)\n", s, loss);
  log += line;
  return impl;
}

}  // namespace

namespace {

// The lines of a list file (one entry a line, '#' comments), lower-cased
// when `lower`; a missing or unreadable file gives none.
std::set<std::string> ReadListFile(const std::string& path, bool lower) {
  std::set<std::string> out;
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return out;
  auto data = ReadFile(path);
  if (!data.ok()) return out;
  std::string_view s = *data;
  while (!s.empty()) {
    const size_t nl = s.find('\n');
    std::string_view line = s.substr(0, nl);
    s.remove_prefix(nl == std::string_view::npos ? s.size() : nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty() && line[0] != '#') out.insert(lower ? Lower(line) : std::string(line));
  }
  return out;
}

// Appends the synthetic reports of o.synthetic_dir that its heldout.list does
// not hold out (ReadSyntheticForTraining), in file-name order.
Status CollectSyntheticTexts(const TrainOptions& o, const std::set<std::string>& dem_words,
                             std::vector<AnnotatedText>* train, std::string* log) {
  namespace fs = std::filesystem;
  const fs::path dir(o.synthetic_dir);
  const std::set<std::string> heldout = ReadListFile((dir / "heldout.list").string(), /*lower=*/false);
  const std::set<std::string> common =
      ReadListFile((fs::path(o.lexicon_dir) / "common_words.txt").string(), /*lower=*/true);
  const std::set<std::string> titles = ReadListFile((fs::path(o.lexicon_dir) / "titles.txt").string(), /*lower=*/true);
  // NAME.txt's lists, NAME.names and NAME.places.
  const auto sibling = [](fs::path p, const char* extension) { return p.replace_extension(extension); };
  std::vector<fs::path> texts;
  size_t left_out = 0;  // by synthetic_percent
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.path().extension() != ".txt") continue;
    const std::string name = e.path().filename().string();
    if (std::any_of(heldout.begin(), heldout.end(), [&](const std::string& h) { return name.rfind(h, 0) == 0; })) {
      continue;
    }
    if (o.synthetic_percent < 100 && Mix(o.seed ^ 0x5e17, HashBytes(name)) % 100 >= uint64_t(o.synthetic_percent)) {
      ++left_out;
      continue;
    }
    if (fs::exists(sibling(e.path(), ".names"), ec) && fs::exists(sibling(e.path(), ".places"), ec)) {
      texts.push_back(e.path());
    }
  }
  std::sort(texts.begin(), texts.end());
  size_t lines = 0, used = 0;
  for (const fs::path& t : texts) {
    TL_ASSIGN_OR_RETURN(std::string text, ReadFile(t.string()));
    TL_ASSIGN_OR_RETURN(std::string name_list, ReadFile(sibling(t, ".names").string()));
    TL_ASSIGN_OR_RETURN(std::string place_list, ReadFile(sibling(t, ".places").string()));
    AnnotatedText a = ReadSyntheticForTraining(text, name_list, place_list, dem_words, common, titles);
    if (a.text.empty()) continue;
    lines += static_cast<size_t>(std::count(a.text.begin(), a.text.end(), '\n')) + 1;
    ++used;
    train->push_back(std::move(a));
  }
  *log += "synthetic reports: " + std::to_string(used) + " of " + std::to_string(texts.size()) + " (" +
          std::to_string(heldout.size()) + " prefixes held out" +
          (left_out > 0 ? ", " + std::to_string(left_out) + " left out by synthetic_percent" : std::string()) + "), " +
          std::to_string(lines) + " lines kept\n";
  return Status::OK();
}

}  // namespace

Status CollectTrainingTexts(const TrainOptions& o, std::vector<AnnotatedText>* train,
                            std::vector<AnnotatedText>* heldout, std::string* log) {
  namespace fs = std::filesystem;
  if (!o.data_dir.empty()) {
    std::error_code ec;
    std::vector<std::string> gum;
    fs::path gum_dir = fs::path(o.data_dir) / "gum";
    if (fs::is_directory(gum_dir, ec)) {
      for (const auto& e : fs::directory_iterator(gum_dir, ec)) {
        if (e.path().extension() == ".conllu") gum.push_back(e.path().string());
      }
    }
    std::sort(gum.begin(), gum.end());
    for (size_t i = 0; i < gum.size(); ++i) {
      TL_ASSIGN_OR_RETURN(std::string data, ReadFile(gum[i]));
      auto doc = ReadGumConllu(data);
      if (!doc.ok()) return doc.status().WithContext(gum[i]);
      size_t every = o.gum_holdout_every > 0 ? static_cast<size_t>(o.gum_holdout_every) : 0;
      bool hold = every > 0 && i % every == 0;
      if (o.gum_dev_offset >= 0 && every > 0) {
        if (hold) continue;  // the held-out files stay unseen while tuning
        hold = i % every == static_cast<size_t>(o.gum_dev_offset);
      }
      (hold ? heldout : train)->push_back(std::move(doc).value());
    }
    *log += "GUM documents: " + std::to_string(gum.size()) + " (" + std::to_string(heldout->size()) + " held out)\n";
    std::string tab = (fs::path(o.data_dir) / "tab" / "tab_train_subset.json").string();
    if (fs::exists(tab, ec)) {
      TL_ASSIGN_OR_RETURN(std::string data, ReadFile(tab));
      auto docs = ReadTabForTraining(data);
      if (!docs.ok()) return docs.status().WithContext(tab);
      *log += "TAB train documents: " + std::to_string(docs->size()) + "\n";
      for (auto& d : *docs) train->push_back(std::move(d));
    }
  }
  // Words that WNUT and the synthetic reports leave unannotated and TAB
  // masks as DEM.
  std::set<std::string> dem_words;
  if ((!o.data_dir.empty() && o.use_wnut) || !o.synthetic_dir.empty()) {
    auto quasi = LoadQuasiLexicons(o.lexicon_dir);
    if (!quasi.ok() && quasi.status().code() != Status::Code::kNotFound) return quasi.status();
    for (const QuasiLexiconEntry& e : quasi.ok() ? quasi->entries : std::vector<QuasiLexiconEntry>{}) {
      if (e.kind != Kind::kDem) continue;
      std::string w = e.phrase;
      for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      dem_words.insert(std::move(w));
    }
  }
  if (!o.data_dir.empty() && o.use_wnut) {
    std::error_code ec;
    const std::string wnut = (fs::path(o.data_dir) / "wnut17" / "wnut17train.conll").string();
    if (fs::exists(wnut, ec)) {
      TL_ASSIGN_OR_RETURN(std::string data, ReadFile(wnut));
      auto tweets = ReadWnutForTraining(data, dem_words);
      if (!tweets.ok()) return tweets.status().WithContext(wnut);
      *log += "WNUT-17 tweets: " + std::to_string(tweets->size()) + " (without dates or DEM words)\n";
      for (auto& t : *tweets) train->push_back(std::move(t));
    }
  }
  if (std::error_code ec; !o.synthetic_dir.empty() && fs::is_directory(o.synthetic_dir, ec)) {
    TL_RETURN_IF_ERROR(CollectSyntheticTexts(o, dem_words, train, log));
  }
  for (const auto& t : o.extra) train->push_back(t);
  if (train->empty()) return Status::NotFound("tagger training: no training data found");
  return Status::OK();
}

}  // namespace tag_internal

Status TrainTagger(const TrainOptions& o) {
  using namespace tag_internal;
  if (o.hash_bits < kMinHashBits || o.hash_bits > kMaxHashBits) {
    return Status::InvalidArgument("tagger training: hash_bits must be in [" + std::to_string(kMinHashBits) + ", " +
                                   std::to_string(kMaxHashBits) + "]");
  }
  if (o.epochs < 1) return Status::InvalidArgument("tagger training: epochs must be >= 1");
  if (o.lexical_dropout_percent < 0 || o.lexical_dropout_percent > 100) {
    return Status::InvalidArgument("tagger training: lexical_dropout_percent must be in [0, 100]");
  }
  if (!(o.crf_l2 > 0) || !(o.crf_eta0 > 0)) {
    return Status::InvalidArgument("tagger training: crf_l2 and crf_eta0 must be > 0");
  }
  if (o.synthetic_percent < 0 || o.synthetic_percent > 100) {
    return Status::InvalidArgument("tagger training: synthetic_percent must be in [0, 100]");
  }
  if (!(o.ensemble_perceptron_share >= 0 && o.ensemble_perceptron_share <= 1)) {
    return Status::InvalidArgument("tagger training: ensemble_perceptron_share must be in [0, 1]");
  }
  std::string log;
  std::vector<AnnotatedText> train, heldout;
  TL_RETURN_IF_ERROR(CollectTrainingTexts(o, &train, &heldout, &log));
  Lexicons lex = ReadLexicons(o.lexicon_dir);
  TL_RETURN_IF_ERROR(ReadClusters(o.cluster_path, &lex));
  log += "word clusters: " + std::to_string(lex.clusters.size()) + " words\n";
  for (int i = 0; i < kNumLexicons; ++i) {
    log += "lexicon " + std::string(LexiconFileNames()[i]) + ": " + std::to_string(lex.sets[i].size()) + " words\n";
  }
  // kDocPersonElsewhere of the training texts comes from first-pass tagging
  // that did not see the text (jackknife): a model trained without the flag
  // on the other folds tags each fold. Some texts (a fixed pseudo-random
  // share) keep the flag unset, so the model also learns the first pass.
  std::vector<std::vector<TokenRange>> persons(train.size());
  const int folds = o.jackknife_folds;
  if (folds >= 2) {
    TagBuffers buf;
    for (int k = 0; k < folds; ++k) {
      std::vector<AnnotatedText> rest;
      for (size_t i = 0; i < train.size(); ++i) {
        if (i % size_t(folds) != size_t(k)) rest.push_back(train[i]);
      }
      std::vector<Sentence> sents = BuildSentences(rest, lex, o.hash_bits, nullptr);
      std::string ignored;
      auto fold_model = TrainWeights(sents, o, lex, &ignored);
      for (size_t i = k; i < train.size(); i += size_t(folds)) TagPersons(*fold_model, train[i].text, buf, &persons[i]);
    }
    size_t dropped = 0;
    for (size_t i = 0; i < train.size(); ++i) {
      if (Mix(o.seed ^ 0x9e11, i) % 100 < uint64_t(o.person_flag_drop_percent)) {
        persons[i].clear();
        ++dropped;
      }
    }
    log += "person-elsewhere flags: jackknife over " + std::to_string(folds) + " folds, " + std::to_string(dropped) +
           " texts without\n";
  }
  std::vector<Sentence> all = BuildSentences(train, lex, o.hash_bits, folds >= 2 ? &persons : nullptr);
  auto impl = TrainWeights(all, o, lex, &log);
  std::string file = SerializeModel(*impl);
  TL_RETURN_IF_ERROR(WriteFileAtomic(o.output_path, file, 0644));
  log += "model: " + std::to_string(file.size()) + " bytes, fingerprint " + PayloadFingerprint(file) + "\n";
  if (!heldout.empty()) {
    impl->fingerprint = PayloadFingerprint(file);
    log += std::string(o.gum_dev_offset >= 0 ? "dev GUM" : "held-out GUM") + " (exact spans):\n" + FormatSpanScores(ScoreHeldOut(*impl, heldout));
  }
  if (o.summary != nullptr) *o.summary = log;
  return Status::OK();
}

}  // namespace tearline
