// The fast tagging path (EmissionCache, ViterbiInt32, pruned softmax) against
// slow references built from the training-side functions (StaticFeatures,
// Viterbi<T>, full softmax): they must agree exactly, on both the AVX2 and
// the portable kernels.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <string>
#include <vector>

#include "src/tag/cluster.h"
#include "src/tag/emission.h"
#include "src/tag/internal.h"
#include "src/tag/tag_buffers.h"
#include "tearline/finding.h"
#include "tearline/tag.h"

namespace tearline::tag_internal {
namespace {

uint64_t Next(uint64_t& state) {
  state = state * 6364136223846793005ull + 1442695040888963407ull;
  return state >> 17;
}

// A model with pseudo-random weights (every third row all zero) and small
// lexicons.
std::unique_ptr<TaggerModel::Impl> RandomModel(uint64_t seed) {
  auto m = std::make_unique<TaggerModel::Impl>();
  m->hash_bits = 12;
  m->prob_scale = 0.002f;
  size_t rows = size_t{1} << m->hash_bits;
  m->weights.assign(rows * kRowWidth, 0);
  uint64_t state = seed;
  for (size_t r = 0; r < rows; ++r) {
    if (r % 3 == 0) continue;
    for (int c = 0; c < kRowWidth; ++c) {
      m->weights[r * kRowWidth + c] = static_cast<int16_t>(static_cast<int>(Next(state) % 65535) - 32767);
    }
  }
  auto add = [&](int lex, std::string_view word) { m->lexicons.sets[lex].push_back(HashBytes(Lower(word))); };
  for (auto w : {"mr", "col.", "dr.", "general", "haji"}) add(kLexTitle, w);
  for (auto w : {"ahmad", "laila", "élodie"}) add(kLexGiven, w);
  for (auto w : {"karimi", "zadran"}) add(kLexFamily, w);
  for (auto w : {"herat", "kandahar"}) add(kLexPlace, w);
  for (auto w : {"ministry", "bank"}) add(kLexOrg, w);
  for (auto& s : m->lexicons.sets) std::sort(s.begin(), s.end());
  for (auto [w, path] : {std::pair{"karimi", "0110"}, {"herat", "10"}, {"the", "1110001"}, {"bank", "0110101011110000111"}}) {
    m->lexicons.clusters.emplace_back(HashBytes(Lower(w)), ClusterCodeOf(path));
  }
  std::sort(m->lexicons.clusters.begin(), m->lexicons.clusters.end());
  m->lexicons.BuildIndex();
  FinishModel(m.get());
  return m;
}

// Synthetic text exercising every feature: titles, capitalised runs, digits,
// words longer than 16 and 64 bytes, non-ASCII letters, typographic
// apostrophes, invalid UTF-8, punctuation, line breaks, long sentences.
std::string SyntheticText() {
  std::string t =
      "Mr Ahmad Karimi met Col. Laila Zadran in Herat on 12 March 2021. The Ministry of Finance paid "
      "12,355.61 afghani to Kandahar Bank No. 18403/91.\n"
      "Élodie Müller-Schmidt’s report (ref. AB-77/2020) was filed; Dr. Haji General said: \"no!\"\n"
      "internationalisation counterrevolutionaries "
      "Pneumonoultramicroscopicsilicovolcanoconiosisxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx word "
      "The United Nations Assistance Mission In Afghanistan Said So. "
      "Пётр Иванов приехал в Москву. 北京市 2021-08-26 10:30 U.S. Z.M. O'Brien's \xff\xfe bytes.\n\n";
  for (int i = 0; i < 260; ++i) t += (i % 7 == 0 ? "Karimi " : i % 5 == 0 ? "Bank " : "the ");
  t += "end\n";
  return t;
}

// Reference emission scores of tokens [a, b): StaticFeatures rows summed.
// doc: DocumentFlags of all tokens.
std::vector<int32_t> ReferenceEmissions(const TaggerModel::Impl& m, std::string_view text,
                                        const std::vector<Token>& tokens, size_t a, size_t b,
                                        const std::vector<uint8_t>& doc) {
  std::vector<TokenFeatures> feats;
  ComputeTokenFeatures(text, tokens, a, b, m.lexicons, &feats);
  for (size_t k = a; k < b; ++k) feats[k - a].doc = doc[k];
  int n = static_cast<int>(b - a);
  std::vector<int32_t> emis(size_t(n) * kRowWidth, 0);
  uint64_t f[kMaxStatic];
  for (int i = 0; i < n; ++i) {
    int nf = StaticFeatures(feats.data(), n, i, f);
    for (int k = 0; k < nf; ++k) {
      const int16_t* row = &m.weights[size_t{RowOf(f[k], m.hash_bits)} * kRowWidth];
      for (int c = 0; c < kRowWidth; ++c) emis[size_t(i) * kRowWidth + c] += row[c];
    }
  }
  return emis;
}

// Tokens, sentence starts (with a trailing tokens.size()) and document flags
// of text, through the public functions only (not TagBuffers' reading).
struct PlainReading {
  std::vector<Token> tokens;
  std::vector<size_t> starts;
  std::vector<uint8_t> doc;
  DocFlagsScratch map;
};

PlainReading ReadPlain(const TaggerModel::Impl& m, std::string_view text) {
  PlainReading r;
  r.tokens = Tokenize(text);
  r.starts = SplitSentences(text, r.tokens);
  r.starts.push_back(r.tokens.size());
  DocumentFlags(text, r.tokens, r.starts, m.lexicons, &r.doc, &r.map);
  return r;
}

void ExpectCacheMatchesReference(const TaggerModel::Impl& m, const std::string& text, EmissionCache& cache) {
  const PlainReading r = ReadPlain(m, text);
  const std::vector<Token>& tokens = r.tokens;
  const std::vector<size_t>& starts = r.starts;
  const std::vector<uint8_t>& doc = r.doc;
  cache.Bind(m);
  for (size_t s = 0; s + 1 < starts.size(); ++s) {
    size_t a = starts[s], b = starts[s + 1];
    std::vector<int32_t> got((b - a) * kRowWidth);
    std::vector<uint8_t> cats(b - a);
    cache.Sentence(text, tokens.data(), a, b, doc.data() + a, got.data(), cats.data());
    std::vector<int32_t> want = ReferenceEmissions(m, text, tokens, a, b, doc);
    ASSERT_EQ(got, want) << "sentence " << s;
    std::vector<TokenFeatures> feats;
    ComputeTokenFeatures(text, tokens, a, b, m.lexicons, &feats);
    for (size_t i = 0; i < feats.size(); ++i) ASSERT_EQ(cats[i], feats[i].cat) << "sentence " << s << " token " << i;
  }
}

class KernelTest : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override { UseAvx2ForTesting(GetParam()); }
  void TearDown() override { UseAvx2ForTesting(true); }
};

TEST_P(KernelTest, EmissionCacheEqualsStaticFeatureSums) {
  auto m = RandomModel(7);
  EmissionCache cache;
  std::string text = SyntheticText();
  ExpectCacheMatchesReference(*m, text, cache);
  ExpectCacheMatchesReference(*m, text, cache);  // now served from the cache
}

// Swapping the document-flag rows turns the scores for one set of flags into
// exactly the scores for another (pass 2 starts from pass 1's scores).
TEST_P(KernelTest, ChangeDocFlagsEqualsScoringWithTheNewFlags) {
  auto m = RandomModel(9);
  EmissionCache cache;
  cache.Bind(*m);
  const std::string text = SyntheticText();
  std::vector<Token> tokens = Tokenize(text);
  std::vector<size_t> starts = SplitSentences(text, tokens);
  starts.push_back(tokens.size());
  uint64_t state = 12345;
  auto next = [&] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<uint8_t>(state >> 59);  // 0..31: bits beyond the four read ones too
  };
  size_t changed = 0;
  for (size_t s = 0; s + 1 < starts.size(); ++s) {
    const size_t a = starts[s], n = starts[s + 1] - a;
    std::vector<uint8_t> before(n), after(n);
    for (size_t i = 0; i < n; ++i) {
      before[i] = next();
      after[i] = (i % 3 == 0) ? next() : before[i];
      changed += before[i] != after[i];
    }
    std::vector<int32_t> got(n * kRowWidth), want(n * kRowWidth);
    std::vector<uint8_t> cats(n);
    cache.Sentence(text, tokens.data(), a, a + n, before.data(), got.data(), cats.data());
    cache.ChangeDocFlags(before.data(), after.data(), static_cast<int>(n), got.data());
    cache.Sentence(text, tokens.data(), a, a + n, after.data(), want.data(), cats.data());
    ASSERT_EQ(got, want) << "sentence " << s;
  }
  EXPECT_GT(changed, 10u);
}

TEST_P(KernelTest, EmissionCacheRebindsAndSurvivesClearing) {
  auto m1 = RandomModel(1), m2 = RandomModel(2);
  EmissionCache cache;
  std::string text = SyntheticText();
  ExpectCacheMatchesReference(*m1, text, cache);
  ExpectCacheMatchesReference(*m2, text, cache);   // another model: entries must not leak across
  // More distinct words than the cache holds: it empties itself between sentences.
  std::string many;
  for (size_t i = 0; i < EmissionCache::kCapacity + 3000; ++i) {
    std::string w;
    for (size_t v = i + 1; v > 0; v /= 26) w.push_back(static_cast<char>('a' + v % 26));
    many += (i % 9 == 0 ? "Q" : "") + w + (i % 40 == 39 ? ".\n" : " ");
  }
  ExpectCacheMatchesReference(*m1, many, cache);
  ExpectCacheMatchesReference(*m1, text, cache);
}

// The forward-max Viterbi of the original decoder (argmax kept per step),
// the reference for tie-breaking.
std::vector<int> ArgmaxViterbi(const int32_t* emis, const int32_t* trans, const uint8_t* cat, int n) {
  std::vector<int> out(n);
  std::vector<uint8_t> back(size_t(n) * kRowWidth);
  int32_t delta[kRowWidth], next[kRowWidth];
  const int32_t* t0 = trans + size_t{cat[0]} * kRowWidth * kRowWidth;
  for (int c = 0; c < kRowWidth; ++c) delta[c] = c < kNumClasses ? emis[c] + t0[c] : kForbidden * 4;
  for (int i = 1; i < n; ++i) {
    const int32_t* t = trans + size_t{cat[i]} * kRowWidth * kRowWidth;
    int arg[kRowWidth];
    for (int c = 0; c < kRowWidth; ++c) {
      next[c] = delta[0] + t[c];
      arg[c] = 0;
    }
    for (int p = 1; p < kNumClasses; ++p) {
      for (int c = 0; c < kRowWidth; ++c) {
        int32_t v = delta[p] + t[p * kRowWidth + c];
        if (v > next[c]) {
          next[c] = v;
          arg[c] = p;
        }
      }
    }
    for (int c = 0; c < kRowWidth; ++c) back[size_t(i) * kRowWidth + c] = static_cast<uint8_t>(arg[c]);
    const int32_t* e = emis + size_t(i) * kRowWidth;
    int32_t mx = next[0] + e[0];
    for (int c = 0; c < kRowWidth; ++c) delta[c] = c < kNumClasses ? next[c] + e[c] - mx : kForbidden * 4;
  }
  int best = 0;
  for (int c = 1; c < kNumClasses; ++c) {
    if (delta[c] > delta[best]) best = c;
  }
  for (int i = n - 1; i >= 0; --i) {
    out[i] = best;
    if (i > 0) best = back[size_t(i) * kRowWidth + best];
  }
  return out;
}

TEST_P(KernelTest, ViterbiKernelsAgreeIncludingTies) {
  uint64_t state = 99;
  for (int trial = 0; trial < 300; ++trial) {
    // Narrow value ranges in half of the trials make ties common.
    int range = trial % 2 == 0 ? 3 : 2000;
    std::vector<int32_t> trans(size_t{kNumCategories} * kRowWidth * kRowWidth, kForbidden);
    for (int cat = 0; cat < kNumCategories; ++cat) {
      for (int p = 0; p < kNumClasses; ++p) {
        for (int c = 0; c < kNumClasses; ++c) {
          if (Allowed(p, c)) trans[(size_t(cat) * kRowWidth + p) * kRowWidth + c] = static_cast<int32_t>(Next(state) % range);
        }
      }
    }
    int n = 1 + static_cast<int>(Next(state) % 200);
    std::vector<int32_t> emis(size_t(n) * kRowWidth);
    std::vector<uint8_t> cat(n);
    for (auto& e : emis) e = static_cast<int32_t>(Next(state) % range) - range / 2;
    for (auto& c : cat) c = static_cast<uint8_t>(Next(state) % kNumCategories);
    std::vector<int> fast(n), generic(n);
    std::vector<int32_t> hist(size_t(n) * kRowWidth);
    ViterbiInt32(emis.data(), trans.data(), cat.data(), n, fast.data(), hist.data());
    Viterbi<int32_t>(emis.data(), trans.data(), cat.data(), n, generic.data(), hist.data());
    std::vector<int> want = ArgmaxViterbi(emis.data(), trans.data(), cat.data(), n);
    ASSERT_EQ(fast, want) << "trial " << trial;
    ASSERT_EQ(generic, want) << "trial " << trial;
  }
}

// The original tagging procedure (no cache, full softmax for every token)
// of every sentence under document flags doc: spans per sentence, and the
// token ranges of decoded PERSON spans with confidence >= kPersonBitConfidence.
std::vector<std::vector<TagSpan>> ReferenceSentences(const TaggerModel::Impl& m, std::string_view text,
                                                     const std::vector<Token>& tokens,
                                                     const std::vector<size_t>& starts, const std::vector<uint8_t>& doc,
                                                     const TagOptions& options, std::vector<TokenRange>* persons) {
  std::vector<std::vector<TagSpan>> all;
  const int32_t* trans = m.transitions.data();
  for (size_t s = 0; s + 1 < starts.size(); ++s) {
    std::vector<TagSpan>& out = all.emplace_back();
    size_t a = starts[s], b = starts[s + 1];
    int n = static_cast<int>(b - a);
    std::vector<int32_t> emis = ReferenceEmissions(m, text, tokens, a, b, doc);
    std::vector<TokenFeatures> feats;
    ComputeTokenFeatures(text, tokens, a, b, m.lexicons, &feats);
    std::vector<uint8_t> cats(n);
    for (int i = 0; i < n; ++i) cats[i] = feats[i].cat;
    std::vector<int> cls = ArgmaxViterbi(emis.data(), trans, cats.data(), n);
    std::vector<float> prob(n, 0), alt_prob(n, 0);
    std::vector<int> alt_label(n, -1);
    int prev1 = 0;
    for (int i = 0; i < n; ++i) {
      const int32_t* e = &emis[size_t(i) * kRowWidth];
      const int32_t* t = trans + (size_t{cats[i]} * kRowWidth + prev1) * kRowWidth;
      float scores[kRowWidth], probs[kRowWidth];
      for (int c = 0; c < kNumClasses; ++c) scores[c] = static_cast<float>(e[c] + t[c]) * m.prob_scale;
      Softmax(scores, prev1, probs);
      prob[i] = probs[cls[i]];
      if (cls[i] == 0) {
        for (int l = 0; l < kNumTagLabels; ++l) {
          float p = probs[BeginClass(l)] + probs[InsideClass(l)];
          if (p > alt_prob[i]) {
            alt_prob[i] = p;
            alt_label[i] = l;
          }
        }
      }
      prev1 = cls[i];
    }
    for (int i = 0; i < n;) {
      int label = -1, j = i;
      float sum = 0;
      if (cls[i] != 0) {
        label = LabelOfClass(cls[i]);
        sum = prob[i];
        for (j = i + 1; j < n && IsInside(cls[j]) && LabelOfClass(cls[j]) == label; ++j) sum += prob[j];
      } else if (options.report_candidates && alt_label[i] >= 0 && alt_prob[i] >= options.min_confidence) {
        label = alt_label[i];
        sum = alt_prob[i];
        for (j = i + 1; j < n && cls[j] == 0 && alt_label[j] == label && alt_prob[j] >= options.min_confidence; ++j) {
          sum += alt_prob[j];
        }
      } else {
        ++i;
        continue;
      }
      float conf = std::clamp(sum / static_cast<float>(j - i), 0.0f, 1.0f);
      if (cls[i] != 0 && label == 0 && conf >= kPersonBitConfidence) {
        persons->emplace_back(static_cast<uint32_t>(a + i), static_cast<uint32_t>(a + j));
      }
      if (conf >= options.min_confidence) {
        out.push_back({tokens[a + i].begin, tokens[a + j - 1].end, static_cast<TagLabel>(label), conf});
      }
      i = j;
    }
  }
  return all;
}

// Two passes as TagWith's contract states, with the reference procedure:
// sentences holding a token with kDocPersonElsewhere (from pass-1 persons)
// take their pass-2 spans, the others their pass-1 spans.
std::vector<TagSpan> ReferenceTag(const TaggerModel::Impl& m, std::string_view text, const TagOptions& options) {
  PlainReading r = ReadPlain(m, text);
  const std::vector<Token>& tokens = r.tokens;
  const std::vector<size_t>& starts = r.starts;
  const std::vector<uint8_t>& doc = r.doc;
  DocFlagsScratch& map = r.map;
  std::vector<TokenRange> persons, ignored;
  auto pass1 = ReferenceSentences(m, text, tokens, starts, doc, options, &persons);
  std::vector<uint8_t> doc2 = doc;
  PersonElsewhere(persons, &doc2, &map);
  auto pass2 = ReferenceSentences(m, text, tokens, starts, doc2, options, &ignored);
  std::vector<TagSpan> out;
  for (size_t s = 0; s + 1 < starts.size(); ++s) {
    bool again = false;
    for (size_t k = starts[s]; k < starts[s + 1]; ++k) again = again || (doc2[k] & kDocPersonElsewhere) != 0;
    const auto& spans = again ? pass2[s] : pass1[s];
    out.insert(out.end(), spans.begin(), spans.end());
  }
  return out;
}

void ExpectSameSpans(const std::vector<TagSpan>& got, const std::vector<TagSpan>& want, const std::string& what) {
  ASSERT_EQ(got.size(), want.size()) << what;
  for (size_t k = 0; k < got.size(); ++k) {
    EXPECT_EQ(got[k].begin, want[k].begin) << what << " span " << k;
    EXPECT_EQ(got[k].end, want[k].end) << what << " span " << k;
    EXPECT_EQ(got[k].label, want[k].label) << what << " span " << k;
    EXPECT_EQ(got[k].confidence, want[k].confidence) << what << " span " << k;  // bit-identical
  }
}

// Returns whether TagWith ran a second pass (some token got kDocPersonElsewhere).
bool ExpectTagMatchesReference(const TaggerModel::Impl& m, const std::string& text) {
  TagBuffers buf;
  std::vector<TagSpan> got;
  size_t total = 0;
  for (float min_conf : {0.0f, 0.01f, 0.05f, 0.3f}) {
    for (bool candidates : {true, false}) {
      TagOptions o;
      o.min_confidence = min_conf;
      o.report_candidates = candidates;
      TagWith(m, text, o, buf, &got);
      total += got.size();
      ExpectSameSpans(got, ReferenceTag(m, text, o),
                      "min_confidence " + std::to_string(min_conf) + (candidates ? " with" : " without") + " candidates");
    }
  }
  EXPECT_GT(total, 20u) << "the comparison needs spans to compare";
  return std::any_of(buf.doc2.begin(), buf.doc2.end(), [](uint8_t f) { return (f & kDocPersonElsewhere) != 0; });
}

TEST_P(KernelTest, TagEqualsReferenceOnRandomModel) {
  // Scale the random weights' probabilities in and out of the pruning margin.
  for (float scale : {0.00002f, 0.0002f, 0.002f}) {
    auto m = RandomModel(11);
    m->prob_scale = scale;
    ExpectTagMatchesReference(*m, SyntheticText());
  }
}

TEST_P(KernelTest, TagEqualsReferenceOnShippedModel) {
  std::string path = std::string(TEARLINE_SOURCE_DIR) + "/models/tagger.tlm";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no shipped model";
  auto model = TaggerModel::Load(path);
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  EXPECT_TRUE(ExpectTagMatchesReference((*model)->impl(), SyntheticText())) << "the text must exercise the second pass";
}

// With a report floor (the DetectorScratch hint), the spans at or above the
// floor are exactly the reference's, and some work below it is skipped.
TEST_P(KernelTest, ReportFloorKeepsSpansAtOrAboveIt) {
  auto at_or_above = [](const std::vector<TagSpan>& spans, float floor) {
    std::vector<TagSpan> kept;
    for (const TagSpan& s : spans) {
      if (s.confidence >= floor) kept.push_back(s);
    }
    return kept;
  };
  std::string shipped = std::string(TEARLINE_SOURCE_DIR) + "/models/tagger.tlm";
  std::vector<std::shared_ptr<const TaggerModel>> models;
  for (float scale : {0.00002f, 0.0002f, 0.002f}) {
    auto m = RandomModel(11);
    m->prob_scale = scale;
    models.push_back(std::make_shared<const TaggerModel>(std::move(m)));
  }
  if (std::filesystem::exists(shipped)) models.push_back(TaggerModel::Load(shipped).value());
  const std::string text = SyntheticText();
  size_t compared = 0, skipped = 0;
  for (const auto& model : models) {
    for (float min_conf : {0.0f, 0.05f}) {
      TagOptions o;
      o.min_confidence = min_conf;
      const std::vector<TagSpan> all = ReferenceTag(model->impl(), text, o);
      std::vector<TagSpan> got;
      for (float floor : {0.0f, 0.04f, 0.1f, 0.2f, 0.3f, 0.5f, 0.9f, 1.0f}) {
        TagBuffers buf;  // fresh: a memo of the same text would be reused
        TagWith(model->impl(), text, o, buf, &got, floor);
        const std::string what = "min_confidence " + std::to_string(min_conf) + " floor " + std::to_string(floor);
        ExpectSameSpans(at_or_above(got, floor), at_or_above(all, floor), what);
        if (floor <= min_conf) ExpectSameSpans(got, all, what);
        compared += at_or_above(all, floor).size();
        skipped += all.size() - got.size();
      }
    }
  }
  EXPECT_GT(compared, 50u) << "the comparison needs spans at or above the floors";
  EXPECT_GT(skipped, 0u) << "the floor should spare some weak candidates";
}

// The Detector passes its scratch's min_confidence_hint to the tagger.
TEST_P(KernelTest, DetectorHonoursScratchHint) {
  auto impl = RandomModel(5);
  impl->prob_scale = 0.0002f;  // soft probabilities: many weak candidates
  auto model = std::make_shared<const TaggerModel>(std::move(impl));
  auto detector = MakeTaggerDetector(model);
  const std::string text = SyntheticText();
  auto scratch = detector->NewScratch();
  VectorSink all, hinted;
  ASSERT_TRUE(detector->Scan(text, *scratch, all).ok());
  auto fresh = detector->NewScratch();  // the first scratch would reuse its sentences
  fresh->min_confidence_hint = 0.5f;
  ASSERT_TRUE(detector->Scan(text, *fresh, hinted).ok());
  std::vector<Finding> want, got;
  for (const Finding& f : all.findings) {
    if (f.confidence >= 0.5f) want.push_back(f);
  }
  for (const Finding& f : hinted.findings) {
    if (f.confidence >= 0.5f) got.push_back(f);
  }
  ASSERT_EQ(got.size(), want.size());
  for (size_t k = 0; k < got.size(); ++k) {
    EXPECT_EQ(got[k].begin, want[k].begin);
    EXPECT_EQ(got[k].end, want[k].end);
    EXPECT_EQ(got[k].kind, want[k].kind);
    EXPECT_EQ(got[k].confidence, want[k].confidence);
  }
  EXPECT_LT(hinted.findings.size(), all.findings.size());
}

// A Detector scratch that has seen other text gives the same findings as a
// fresh one.
TEST_P(KernelTest, ScratchHistoryDoesNotChangeFindings) {
  auto model = std::make_shared<const TaggerModel>(RandomModel(5));
  auto detector = MakeTaggerDetector(model);
  auto describe = [](const VectorSink& sink) {
    std::string out;
    for (const Finding& f : sink.findings) {
      out += std::to_string(f.begin) + "-" + std::to_string(f.end) + ":" + std::to_string(static_cast<int>(f.kind)) +
             ":" + std::to_string(f.confidence) + " ";
    }
    return out;
  };
  std::string first = SyntheticText(), second = "Haji Ahmad Zadran left Herat. " + SyntheticText().substr(40, 300);
  auto used = detector->NewScratch();
  VectorSink a, b, fresh;
  ASSERT_TRUE(detector->Scan(first, *used, a).ok());
  ASSERT_TRUE(detector->Scan(second, *used, b).ok());
  auto clean = detector->NewScratch();
  ASSERT_TRUE(detector->Scan(second, *clean, fresh).ok());
  EXPECT_FALSE(fresh.findings.empty());
  EXPECT_EQ(describe(b), describe(fresh));
}

// DocumentFlags against hand-computed values: 1 = capitalised, 2 = the word
// is capitalised somewhere not at a sentence start, 4 = somewhere it follows
// a capitalised given name or title.
TEST(DocumentFlagsTest, Table) {
  auto m = RandomModel(3);
  struct Case {
    std::string text;
    std::vector<uint8_t> want;
  } cases[] = {
      {"Galois wrote. Then Ahmad Galois left.", {7, 0, 0, 1, 3, 7, 0, 0}},
      {"the Bank of the bank", {0, 3, 0, 0, 0}},
      {"Dr. Omari said Omari", {1, 7, 0, 7}},
      {"Mr ahmad Zadran", {1, 0, 3}},
      {"", {}},
  };
  for (const Case& c : cases) EXPECT_EQ(ReadPlain(*m, c.text).doc, c.want) << c.text;
}

// PersonElsewhere against hand-computed values: 8 is set on a capitalised
// token whose word lies inside a person range at another token.
TEST(PersonElsewhereTest, Table) {
  auto m = RandomModel(3);
  struct Case {
    std::string text;
    std::vector<TokenRange> persons;
    std::vector<uint8_t> want_bits;  // kDocPersonElsewhere per token (0 or 8)
  } cases[] = {
      // "Galois" is a person at token 5: tokens 0 and 5 (elsewhere: 0) ...
      {"Galois wrote. Then Ahmad Galois left.", {{4, 6}}, {8, 0, 0, 0, 0, 0, 0, 0}},
      // ... and with both occurrences inside persons each sees the other.
      {"Galois wrote. Then Ahmad Galois left.", {{0, 1}, {4, 6}}, {8, 0, 0, 0, 0, 8, 0, 0}},
      // Lowercase tokens never get the flag; other bytes are another word.
      {"Omari met omari and OMARI", {{0, 1}}, {0, 0, 0, 0, 0}},
      {"Omari met Omari and Omari", {{0, 1}}, {0, 0, 8, 0, 8}},
      {"Omari met Omari", {}, {0, 0, 0}},
      {"", {}, {}},
  };
  for (const Case& c : cases) {
    PlainReading r = ReadPlain(*m, c.text);
    std::vector<uint8_t>& flags = r.doc;
    const std::vector<uint8_t> before = flags;
    const bool any = PersonElsewhere(c.persons, &flags, &r.map);
    std::vector<uint8_t> bits(flags.size());
    for (size_t i = 0; i < flags.size(); ++i) {
      bits[i] = flags[i] & kDocPersonElsewhere;
      EXPECT_EQ(flags[i] & ~kDocPersonElsewhere, before[i]) << c.text << " token " << i;  // other bits kept
    }
    EXPECT_EQ(bits, c.want_bits) << c.text;
    EXPECT_EQ(any, std::any_of(bits.begin(), bits.end(), [](uint8_t b) { return b != 0; })) << c.text;
  }
}

INSTANTIATE_TEST_SUITE_P(Kernels, KernelTest, ::testing::Values(true, false),
                         [](const ::testing::TestParamInfo<bool>& info) { return info.param ? "Avx2IfAvailable" : "Portable"; });

}  // namespace
}  // namespace tearline::tag_internal
