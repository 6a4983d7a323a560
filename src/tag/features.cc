// Feature extraction shared by training and tagging (see internal.h).
#include <unicode/uchar.h>

#include <atomic>
#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>

#include "src/tag/cluster.h"
#include "src/tag/internal.h"
#include "tearline/file.h"

namespace tearline::tag_internal {
namespace {

uint8_t LengthBucket(size_t cps) { return static_cast<uint8_t>(cps <= 3 ? cps : cps <= 6 ? 4 : cps <= 10 ? 5 : 6); }

}  // namespace

namespace {
std::atomic<bool> g_avx2_allowed{true};
}  // namespace

bool HasAvx2() {
#if TEARLINE_TAG_X86
  static const bool has = [] {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") != 0;
  }();
  return has && g_avx2_allowed.load(std::memory_order_relaxed);
#else
  return false;
#endif
}

void UseAvx2ForTesting(bool use) { g_avx2_allowed.store(use, std::memory_order_relaxed); }

uint64_t NewModelId() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

uint64_t HashBytes(std::string_view s, uint64_t seed) {
  uint64_t h = 0xcbf29ce484222325ull ^ seed;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  return Mix(h, s.size());
}

std::string Lower(std::string_view w) {
  std::string out;
  out.reserve(w.size());
  for (size_t i = 0; i < w.size();) {
    unsigned char c = static_cast<unsigned char>(w[i]);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
      ++i;
      continue;
    }
    size_t len;
    char32_t cp = NextCp(w, i, &len);
    if (cp == 0xFFFD) {
      out.append(w.substr(i, len));
    } else {
      AppendUtf8(static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))), &out);
    }
    i += len;
  }
  // Typographic apostrophe folds to ASCII so both spellings share features.
  constexpr std::string_view kApostrophe = "\xE2\x80\x99";
  size_t p = out.find(kApostrophe);
  if (p == std::string::npos) return out;
  std::string folded;
  folded.reserve(out.size());
  size_t start = 0;
  for (; p != std::string::npos; p = out.find(kApostrophe, start)) {
    folded.append(out, start, p - start);
    folded.push_back('\'');
    start = p + kApostrophe.size();
  }
  folded.append(out, start, std::string::npos);
  return folded;
}

const std::array<std::string_view, kNumLexicons>& LexiconFileNames() {
  static const std::array<std::string_view, kNumLexicons> kNames = {
      "given_names.txt", "family_names.txt", "titles.txt", "places.txt", "org_words.txt"};
  return kNames;
}

void Lexicons::BuildIndex() {
  size_t n = 0;
  for (const auto& s : sets) n += s.size();
  size_t cap = 16;
  while (cap < n * 2) cap <<= 1;
  index.assign(cap, Slot{});
  constexpr size_t kAhead = 16;  // slots are random: fetch them ahead of the insertions
  for (int i = 0; i < kNumLexicons; ++i) {
    const auto& set = sets[i];
    for (size_t j = 0; j < set.size(); ++j) {
      if (j + kAhead < set.size()) __builtin_prefetch(&index[Mix(set[j + kAhead] | 1, 0) & (cap - 1)], 1);
      uint64_t key = set[j] | 1;  // never 0
      size_t slot = Mix(key, 0) & (cap - 1);
      while (index[slot].key != 0 && index[slot].key != key) slot = (slot + 1) & (cap - 1);
      index[slot].key = key;
      index[slot].flags |= 1u << i;
    }
  }
  cluster_index.clear();
  if (clusters.empty()) return;
  cap = 16;
  while (cap * 2 < clusters.size() * 3) cap <<= 1;
  cluster_index.assign(cap, ClusterSlot{});
  for (size_t i = 0; i < clusters.size(); ++i) {
    if (i + kAhead < clusters.size()) __builtin_prefetch(&cluster_index[Mix(clusters[i + kAhead].first | 1, 0) & (cap - 1)], 1);
    const auto& [h, code] = clusters[i];
    uint64_t key = h | 1;  // two hashes differing in bit 0 only: the first wins
    size_t slot = Mix(key, 0) & (cap - 1);
    while (cluster_index[slot].key() != 0 && cluster_index[slot].key() != key) slot = (slot + 1) & (cap - 1);
    if (cluster_index[slot].key() == 0) {
      cluster_index[slot] = {static_cast<uint32_t>(key), static_cast<uint32_t>(key >> 32), code};
    }
  }
}

uint32_t Lexicons::Cluster(uint64_t h) const {
  if (!cluster_index.empty()) {
    uint64_t key = h | 1;
    size_t mask = cluster_index.size() - 1;
    for (size_t slot = Mix(key, 0) & mask;; slot = (slot + 1) & mask) {
      const uint64_t k = cluster_index[slot].key();
      if (k == key) return cluster_index[slot].code;
      if (k == 0) return 0;
    }
  }
  auto it = std::lower_bound(clusters.begin(), clusters.end(), std::make_pair(h, uint32_t{0}));
  return it != clusters.end() && it->first == h ? it->second : 0;
}

uint32_t Lexicons::Flags(uint64_t h) const {
  if (!index.empty()) {
    uint64_t key = h | 1;
    size_t mask = index.size() - 1;
    for (size_t slot = Mix(key, 0) & mask;; slot = (slot + 1) & mask) {
      if (index[slot].key == key) return static_cast<uint32_t>(index[slot].flags);
      if (index[slot].key == 0) return 0;
    }
  }
  uint32_t f = 0;
  for (int i = 0; i < kNumLexicons; ++i) {
    if (Contains(i, h)) f |= 1u << i;
  }
  return f;
}

Lexicons ReadLexicons(const std::string& dir) {
  Lexicons lex;
  for (int i = 0; i < kNumLexicons; ++i) {
    auto data = ReadFile(dir + "/" + std::string(LexiconFileNames()[i]), 64 << 20);
    if (!data.ok()) continue;
    std::istringstream in(*data);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      // Every token of a multi-word entry is a member.
      for (const Token& t : Tokenize(line)) {
        std::string word = Lower(std::string_view(line).substr(t.begin, t.end - t.begin));
        if (word.size() < 2 && i != kLexTitle) continue;
        lex.sets[i].push_back(HashBytes(word));
      }
    }
    auto& s = lex.sets[i];
    std::sort(s.begin(), s.end());
    s.erase(std::unique(s.begin(), s.end()), s.end());
  }
  lex.BuildIndex();
  return lex;
}

Status ReadClusters(const std::string& path, Lexicons* lex) {
  lex->clusters.clear();
  if (!path.empty()) {
    TL_ASSIGN_OR_RETURN(std::string data, ReadFile(path, 64 << 20));
    auto parsed = ParseClusterFile(data);
    if (!parsed.ok()) return parsed.status().WithContext(path);
    lex->clusters = std::move(parsed).value();
  }
  lex->BuildIndex();
  return Status::OK();
}

TokenFeatures ComputeWordFeatures(std::string_view w, const Lexicons& lex) {
  TokenFeatures f;
  char shape_buf[64];  // collapsed shape; longer shapes go to shape_big
  size_t shape_len = 0;
  std::string shape_big;
  auto push_shape = [&](char c) {
    if (shape_len < sizeof(shape_buf)) {
      shape_buf[shape_len++] = c;
      return;
    }
    if (shape_big.empty()) shape_big.assign(shape_buf, shape_len);
    shape_big.push_back(c);
    ++shape_len;
  };
  auto shape = [&] { return shape_big.empty() ? std::string_view(shape_buf, shape_len) : std::string_view(shape_big); };
  char small[48];
  bool ascii = w.size() <= sizeof(small);
  for (size_t i = 0; i < w.size() && ascii; ++i) ascii = static_cast<unsigned char>(w[i]) < 0x80;
  if (ascii) {
    // ASCII fast path: same values as the general path below, no allocation.
    char last = 0;
    for (size_t i = 0; i < w.size(); ++i) {
      char c = w[i];
      char cls = (c >= 'A' && c <= 'Z') ? 'X' : (c >= 'a' && c <= 'z') ? 'x' : (c >= '0' && c <= '9') ? 'd' : c;
      small[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      if (cls != last) push_shape(cls);
      last = cls;
    }
    f.upper_initial = w[0] >= 'A' && w[0] <= 'Z';
    std::string_view lower(small, w.size());
    size_t n = lower.size();
    f.lower = HashBytes(lower);
    f.shape = HashBytes(shape(), 7);
    f.len = LengthBucket(n);
    f.suf2 = HashBytes(lower.substr(n > 2 ? n - 2 : 0), 2);
    f.suf3 = HashBytes(lower.substr(n > 3 ? n - 3 : 0), 3);
    f.suf4 = HashBytes(lower.substr(n > 4 ? n - 4 : 0), 4);
    f.pre3 = HashBytes(lower.substr(0, 3), 5);
  } else {
    std::string lower = Lower(w);
    f.lower = HashBytes(lower);
    // Shape with runs of one class collapsed; code point starts of `lower`.
    char last = 0;
    size_t cps = 0;
    for (size_t i = 0; i < w.size();) {
      size_t len;
      char32_t cp = NextCp(w, i, &len);
      char cls;
      if (cp < 0x80) {
        cls = (cp >= 'A' && cp <= 'Z') ? 'X' : (cp >= 'a' && cp <= 'z') ? 'x'
              : (cp >= '0' && cp <= '9') ? 'd' : static_cast<char>(cp);
      } else if (u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp))) {
        cls = 'X';
      } else if (u_isalpha(static_cast<UChar32>(cp))) {
        cls = 'x';
      } else if (u_isdigit(static_cast<UChar32>(cp))) {
        cls = 'd';
      } else if (cp == 0x2010 || cp == 0x2011) {
        cls = '-';
      } else if (cp == 0x2019) {
        cls = '\'';
      } else {
        cls = '?';
      }
      if (cps == 0) f.upper_initial = cls == 'X';
      if (cls != last) push_shape(cls);
      last = cls;
      ++cps;
      i += len;
    }
    f.shape = HashBytes(shape(), 7);
    f.len = LengthBucket(cps);
    std::vector<size_t> cp_starts;
    for (size_t i = 0; i < lower.size(); ++i) {
      if ((static_cast<unsigned char>(lower[i]) & 0xC0) != 0x80) cp_starts.push_back(i);
    }
    size_t n = cp_starts.size();
    auto suffix = [&](size_t k) { return n > k ? std::string_view(lower).substr(cp_starts[n - k]) : std::string_view(lower); };
    f.suf2 = HashBytes(suffix(2), 2);
    f.suf3 = HashBytes(suffix(3), 3);
    f.suf4 = HashBytes(suffix(4), 4);
    f.pre3 = HashBytes(n > 3 ? std::string_view(lower).substr(0, cp_starts[3]) : std::string_view(lower), 5);
  }
  f.lex = lex.Flags(f.lower);
  f.cluster = lex.Cluster(f.lower);
  f.sentence_end_punct = (w == "." || w == "?" || w == "!");
  unsigned char c0 = static_cast<unsigned char>(w[0]);
  f.cat = f.upper_initial                         ? kCatUpper
          : f.sentence_end_punct                  ? kCatStop
          : (c0 >= '0' && c0 <= '9')              ? kCatDigit
          : (shape_len > 0 && shape_buf[0] == 'x') ? kCatLower
                                                  : kCatOther;
  return f;
}

void ComputeTokenFeatures(std::string_view text, const std::vector<Token>& tokens, size_t begin,
                          size_t end, const Lexicons& lex, std::vector<TokenFeatures>* out) {
  out->resize(end - begin);
  for (size_t k = begin; k < end; ++k) {
    (*out)[k - begin] = ComputeWordFeatures(text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin), lex);
  }
}

int StaticFeatures(const TokenFeatures* s, int n, int i, uint64_t* out) {
  static const TokenFeatures kPad = PadBefore();
  static const TokenFeatures kPadEnd = PadAfter();
  auto at = [&](int k) -> const TokenFeatures& { return k < 0 ? kPad : k >= n ? kPadEnd : s[k]; };
  const TokenFeatures& w0 = s[i];
  const TokenFeatures& m1 = at(i - 1);
  const TokenFeatures& m2 = at(i - 2);
  const TokenFeatures& p1 = at(i + 1);
  const TokenFeatures& p2 = at(i + 2);
  int k = 0;
  auto add = [&](uint64_t t, uint64_t v) { out[k++] = FeatureHash(t, v); };
  add(kBias, 0);
  add(kW0, w0.lower);
  add(kShape0, w0.shape);
  add(kSuf2, w0.suf2);
  add(kSuf3, w0.suf3);
  add(kSuf4, w0.suf4);
  add(kPre3, w0.pre3);
  add(kLen0, w0.len * 16 + w0.upper_initial);
  add(kWm1, m1.lower);
  add(kWp1, p1.lower);
  add(kWm2, m2.lower);
  add(kWp2, p2.lower);
  add(kShapeM1, m1.shape);
  add(kShapeP1, p1.shape);
  add(kWm1W0, Mix(m1.lower, w0.lower));
  add(kW0Wp1, Mix(w0.lower, p1.lower));
  add(kShapeM1Shape0, Mix(m1.shape, w0.shape));
  add(kShape0ShapeP1, Mix(w0.shape, p1.shape));
  add(kFirstShape, Mix(i == 0 ? 1 : i == 1 ? 2 : 3, w0.shape));
  add(kLex0, w0.lex * 2 + w0.upper_initial);
  add(kLexM1, m1.lex * 2 + m1.upper_initial);
  add(kLexP1, p1.lex * 2 + p1.upper_initial);
  add(kLexM1Lex0, Mix(m1.lex * 2 + m1.upper_initial, w0.lex * 2 + w0.upper_initial));
  add(kLexP2, p2.lex * 2 + p2.upper_initial);
  if (m1.lex & (1u << kLexTitle)) add(kTitleM1, w0.upper_initial);
  if (m2.lex & (1u << kLexTitle)) add(kTitleM2, Mix(w0.upper_initial, m1.upper_initial));
  add(kSuf3M1, m1.suf3);
  add(kSuf3P1, p1.suf3);
  add(kShape0Wm1, Mix(w0.shape, m1.lower));
  add(kShape0Wp1, Mix(w0.shape, p1.lower));
  add(kClu4, ClusterPrefix(w0.cluster, kCluPrefixA));
  add(kClu6, ClusterPrefix(w0.cluster, kCluPrefixB));
  add(kClu10, ClusterPrefix(w0.cluster, kCluPrefixC));
  add(kClu20, w0.cluster);
  add(kCluM1, ClusterPrefix(m1.cluster, kCluPrefixNeighbour));
  add(kCluP1, ClusterPrefix(p1.cluster, kCluPrefixNeighbour));
  add(kDoc, Mix(w0.doc, i == 0));
  add(kDocPair, uint64_t{m1.doc} * 256 + uint64_t{w0.doc} * 16 + p1.doc);
  int run = 0;
  for (int j = i - 1; j >= 0 && j >= i - 3 && s[j].upper_initial; --j) ++run;
  add(kUpperRun, run * 2 + w0.upper_initial);
  return k;
}

void TransitionFeatures(int prev, int cat, uint64_t* out) {
  auto h = FeatureHash;
  out[0] = h(kP1, static_cast<uint64_t>(prev));
  out[1] = h(kP1Cat, static_cast<uint64_t>(prev * 16 + cat));
}

TransitionTable BuildTransitions(const int16_t* w, int bits) {
  TransitionTable t(size_t{kNumCategories} * kRowWidth * kRowWidth, kForbidden);
  uint64_t f[kNumTransition];
  for (int cat = 0; cat < kNumCategories; ++cat) {
    for (int prev = 0; prev < kNumClasses; ++prev) {
      TransitionFeatures(prev, cat, f);
      for (int c = 0; c < kNumClasses; ++c) {
        if (!Allowed(prev, c)) continue;
        int32_t v = 0;
        for (uint64_t h : f) v += w[size_t{RowOf(h, bits)} * kRowWidth + c];
        t[(size_t{static_cast<size_t>(cat)} * kRowWidth + prev) * kRowWidth + c] = v;
      }
    }
  }
  return t;
}

void FinishModel(TaggerModel::Impl* m) { m->transitions = BuildTransitions(m->weights.data(), m->hash_bits); }

void Softmax(const float* scores, int prev, float* probs) {
  float mx = -1e30f;
  for (int c = 0; c < kNumClasses; ++c) {
    if (Allowed(prev, c)) mx = std::max(mx, scores[c]);
  }
  float sum = 0;
  for (int c = 0; c < kNumClasses; ++c) {
    probs[c] = Allowed(prev, c) ? std::exp(scores[c] - mx) : 0.0f;
    sum += probs[c];
  }
  for (int c = 0; c < kNumClasses; ++c) probs[c] /= sum;
}

}  // namespace tearline::tag_internal
