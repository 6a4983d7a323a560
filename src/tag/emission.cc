// Cached per-word features and emission sums (see emission.h).
#include "src/tag/emission.h"

#include "src/tag/cluster.h"

#include <algorithm>
#include <cstring>

namespace tearline::tag_internal {
namespace {

// Up to 8 bytes of p (n <= 8) as a little-endian integer, zero-padded; reads
// a whole 8-byte word when avail (bytes readable from p) allows.
inline uint64_t LoadPartial(const char* p, size_t n, size_t avail) {
  uint64_t x = 0;
  if (avail >= 8) {
    std::memcpy(&x, p, 8);
    return n >= 8 ? x : x & ((uint64_t{1} << (8 * n)) - 1);
  }
  for (size_t k = 0; k < n; ++k) x |= uint64_t{static_cast<unsigned char>(p[k])} << (8 * k);
  return x;
}

// avail: bytes readable from word.data() (at least word.size()).
inline WordKey MakeKey(std::string_view w, size_t avail) {
  WordKey k;
  const size_t n = w.size();
  k.head[0] = LoadPartial(w.data(), n < 8 ? n : 8, avail);
  k.head[1] = n > 8 ? LoadPartial(w.data() + 8, n < 16 ? n - 8 : 8, avail - 8) : 0;
  uint64_t h = (k.head[0] ^ (0x9E3779B97F4A7C15ull * (n + 1))) * 0xff51afd7ed558ccdull;
  h = (h ^ (h >> 32) ^ k.head[1]) * 0xc4ceb9fe1a85ec53ull;
  for (size_t i = 16; i < n; i += 8) {
    h = (h ^ (h >> 29) ^ LoadPartial(w.data() + i, n - i < 8 ? n - i : 8, avail - i)) * 0xff51afd7ed558ccdull;
  }
  k.hash = h ^ (h >> 31);
  return k;
}

void AddRow(const int16_t* w, uint32_t row, int32_t* acc) {
  const int16_t* r = w + size_t{row} * kRowWidth;
  for (int c = 0; c < kRowWidth; ++c) acc[c] += r[c];
}

// Sums the cached vectors and the listed rows of each token. The generic
// version and the AVX2 version compute the same integers.
void SumEmissionsGeneric(const int16_t* w, const CachedWord* const* sent, const CachedWord& before,
                         const CachedWord& after, const uint32_t* rows, const uint8_t* nrows, int n, int32_t* emis) {
  for (int i = 0; i < n; ++i) {
    const CachedWord& w0 = *sent[i];
    const CachedWord& m1 = i >= 1 ? *sent[i - 1] : before;
    const CachedWord& p1 = i + 1 < n ? *sent[i + 1] : after;
    const CachedWord& p2 = i + 2 < n ? *sent[i + 2] : after;
    int32_t acc[kRowWidth];
    for (int c = 0; c < kRowWidth; ++c) acc[c] = w0.v0[c] + m1.vm1[c] + p1.vp1[c] + p2.vp2[c];
    const uint32_t* r = rows + size_t(i) * EmissionCache::kMaxRows;
    for (int k = 0; k < nrows[i]; ++k) AddRow(w, r[k], acc);
    if (i < 2) {  // v0 holds kFirstShape for positions >= 2
      const int16_t* rest = w + size_t{w0.row_first_rest} * kRowWidth;
      for (int c = 0; c < kRowWidth; ++c) acc[c] -= rest[c];
      AddRow(w, w0.row_first[i], acc);
    }
    std::memcpy(emis + size_t(i) * kRowWidth, acc, sizeof acc);
  }
}

#if TEARLINE_TAG_X86
__attribute__((target("avx2"))) inline __m256i LoadA(const int32_t* p) {
  return _mm256_load_si256(reinterpret_cast<const __m256i*>(p));
}
__attribute__((target("avx2"))) inline __m256i Widen(const int16_t* p) {
  return _mm256_cvtepi16_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)));
}

__attribute__((target("avx2")))
void SumEmissionsAvx2(const int16_t* w, const CachedWord* const* sent, const CachedWord& before,
                      const CachedWord& after, const uint32_t* rows, const uint8_t* nrows, int n, int32_t* emis) {
  for (int i = 0; i < n; ++i) {
    const CachedWord& w0 = *sent[i];
    const CachedWord& m1 = i >= 1 ? *sent[i - 1] : before;
    const CachedWord& p1 = i + 1 < n ? *sent[i + 1] : after;
    const CachedWord& p2 = i + 2 < n ? *sent[i + 2] : after;
    __m256i lo = _mm256_add_epi32(_mm256_add_epi32(LoadA(w0.v0), LoadA(m1.vm1)), _mm256_add_epi32(LoadA(p1.vp1), LoadA(p2.vp2)));
    __m256i hi = _mm256_add_epi32(_mm256_add_epi32(LoadA(w0.v0 + 8), LoadA(m1.vm1 + 8)),
                                  _mm256_add_epi32(LoadA(p1.vp1 + 8), LoadA(p2.vp2 + 8)));
    const uint32_t* r = rows + size_t(i) * EmissionCache::kMaxRows;
    for (int k = 0; k < nrows[i]; ++k) {
      const int16_t* row = w + size_t{r[k]} * kRowWidth;
      lo = _mm256_add_epi32(lo, Widen(row));
      hi = _mm256_add_epi32(hi, Widen(row + 8));
    }
    if (i < 2) {  // v0 holds kFirstShape for positions >= 2
      const int16_t* rest = w + size_t{w0.row_first_rest} * kRowWidth;
      const int16_t* first = w + size_t{w0.row_first[i]} * kRowWidth;
      lo = _mm256_add_epi32(_mm256_sub_epi32(lo, Widen(rest)), Widen(first));
      hi = _mm256_add_epi32(_mm256_sub_epi32(hi, Widen(rest + 8)), Widen(first + 8));
    }
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(emis + size_t(i) * kRowWidth), lo);
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(emis + size_t(i) * kRowWidth + 8), hi);
  }
}
#endif

void SumEmissions(const int16_t* w, const CachedWord* const* sent, const CachedWord& before, const CachedWord& after,
                  const uint32_t* rows, const uint8_t* nrows, int n, int32_t* emis) {
#if TEARLINE_TAG_X86
  if (HasAvx2()) return SumEmissionsAvx2(w, sent, before, after, rows, nrows, n, emis);
#endif
  SumEmissionsGeneric(w, sent, before, after, rows, nrows, n, emis);
}

// The rows a word contributes in its neighbour roles (previous, next, next
// but one) into rows[kV0Rows..kAllRows), and its second-previous word row,
// for real words and pads alike.
void NeighbourRoleRows(const TaggerModel::Impl& m, const TokenFeatures& f, CachedWord* e, uint32_t* rows) {
  const int bits = m.hash_bits;
  auto row = [bits](uint64_t t, uint64_t v) { return RowOf(FeatureHash(t, v), bits); };
  const uint64_t lex2 = f.lex * 2 + f.upper_initial;
  uint32_t* r = rows + kV0Rows;
  *r++ = row(kWm1, f.lower);
  *r++ = row(kShapeM1, f.shape);
  *r++ = row(kLexM1, lex2);
  *r++ = row(kSuf3M1, f.suf3);
  *r++ = row(kCluM1, ClusterPrefix(f.cluster, kCluPrefixNeighbour));
  *r++ = row(kWp1, f.lower);
  *r++ = row(kShapeP1, f.shape);
  *r++ = row(kLexP1, lex2);
  *r++ = row(kSuf3P1, f.suf3);
  *r++ = row(kCluP1, ClusterPrefix(f.cluster, kCluPrefixNeighbour));
  *r++ = row(kWp2, f.lower);
  *r++ = row(kLexP2, lex2);
  e->row_wm2 = row(kWm2, f.lower);
}

}  // namespace

void SumWordRows(const int16_t* w, const uint32_t* rows, CachedWord* e) {
  std::memset(e->v0, 0, sizeof e->v0);
  std::memset(e->vm1, 0, sizeof e->vm1);
  std::memset(e->vp1, 0, sizeof e->vp1);
  std::memset(e->vp2, 0, sizeof e->vp2);
  int k = 0;
  for (; k < kV0Rows; ++k) AddRow(w, rows[k], e->v0);
  for (; k < kV0Rows + 5; ++k) AddRow(w, rows[k], e->vm1);
  for (; k < kV0Rows + 10; ++k) AddRow(w, rows[k], e->vp1);
  for (; k < kAllRows; ++k) AddRow(w, rows[k], e->vp2);
}

void EmissionCache::Bind(const TaggerModel::Impl& m) {
  if (model_ == &m && model_id_ == m.id) return;
  model_ = &m;
  model_id_ = m.id;
  words_.clear();
  slots_.assign(kInitialSlots, 0);
  arena_.clear();
  const int bits = m.hash_bits;
  auto row = [bits](uint64_t t, uint64_t v) { return RowOf(FeatureHash(t, v), bits); };
  for (int v = 0; v < 8; ++v) row_upper_run_[v] = row(kUpperRun, static_cast<uint64_t>(v));
  for (int v = 0; v < 2; ++v) row_title_m1_[v] = row(kTitleM1, static_cast<uint64_t>(v));
  for (int u0 = 0; u0 < 2; ++u0) {
    for (int um1 = 0; um1 < 2; ++um1) row_title_m2_[u0 * 2 + um1] = row(kTitleM2, Mix(u0, um1));
  }
  for (int d = 0; d < kDocFlagValues; ++d) {
    for (int first = 0; first < 2; ++first) row_doc_[d][first] = row(kDoc, Mix(d, first));
  }
  for (int d = 0; d < kDocFlagValues * kDocFlagValues * kDocFlagValues; ++d) {
    row_doc_pair_[d] = row(kDocPair, static_cast<uint64_t>(d));
  }
  // Pads: only their roles as neighbours are read.
  auto pad = [&](const TokenFeatures& f, CachedWord* p) {
    *p = CachedWord{};
    p->lower = f.lower;
    p->shape = f.shape;
    p->lex = static_cast<uint8_t>(f.lex);
    p->cat = f.cat;
    uint32_t rows[kAllRows] = {};  // the v0 rows stay row 0: pads have no v0
    NeighbourRoleRows(m, f, p, rows);
    SumWordRows(m.weights.data(), rows, p);
    std::memset(p->v0, 0, sizeof p->v0);
  };
  pad(PadBefore(), &pad_before_);
  pad(PadAfter(), &pad_after_);
}

void EmissionCache::Reserve(size_t words) {
  // All of kCapacity at once: the storage is virtual until touched (huge
  // pages as they are reached), so a growing cache neither copies its
  // entries nor faults in the same bytes twice.
  if (words > words_.capacity()) words_.reserve(kCapacity);
  // Load factor at most 1/2 (also after a rebind).
  const size_t need = 2 * words;
  if (slots_.size() >= need) return;
  size_t slots = std::max(slots_.size(), kInitialSlots);
  while (slots < need) slots *= 2;
  slots_.assign(slots, 0);
  const size_t mask = slots - 1;
  for (size_t i = 0; i < words_.size(); ++i) {
    size_t slot = static_cast<size_t>(words_[i].key) & mask;
    while (slots_[slot] != 0) slot = (slot + 1) & mask;
    slots_[slot] = (words_[i].key & ~uint64_t{0xFFFFFFFF}) | (i + 1);
  }
}

void EmissionCache::Clear() {
  words_.clear();
  std::fill(slots_.begin(), slots_.end(), 0);
  arena_.clear();
}

void EmissionCache::Fill(std::string_view word, CachedWord* e) {
  const TaggerModel::Impl& m = *model_;
  const int bits = m.hash_bits;
  auto row = [bits](uint64_t t, uint64_t v) { return RowOf(FeatureHash(t, v), bits); };
  TokenFeatures f = ComputeWordFeatures(word, m.lexicons);
  e->lower = f.lower;
  e->shape = f.shape;
  e->lex = static_cast<uint8_t>(f.lex);
  e->cat = f.cat;
  uint64_t lex2 = f.lex * 2 + f.upper_initial;
  e->row_first[0] = row(kFirstShape, Mix(1, f.shape));
  e->row_first[1] = row(kFirstShape, Mix(2, f.shape));
  e->row_first_rest = row(kFirstShape, Mix(3, f.shape));
  PendingWord& p = pending_.emplace_back();
  p.entry = e;
  uint32_t* r = p.rows;
  *r++ = row(kBias, 0);
  *r++ = row(kW0, f.lower);
  *r++ = row(kShape0, f.shape);
  *r++ = row(kSuf2, f.suf2);
  *r++ = row(kSuf3, f.suf3);
  *r++ = row(kSuf4, f.suf4);
  *r++ = row(kPre3, f.pre3);
  *r++ = row(kLen0, f.len * 16u + f.upper_initial);
  *r++ = row(kLex0, lex2);
  *r++ = e->row_first_rest;
  *r++ = row(kClu4, ClusterPrefix(f.cluster, kCluPrefixA));
  *r++ = row(kClu6, ClusterPrefix(f.cluster, kCluPrefixB));
  *r++ = row(kClu10, ClusterPrefix(f.cluster, kCluPrefixC));
  *r++ = row(kClu20, f.cluster);
  NeighbourRoleRows(m, f, e, p.rows);
  // The rows are summed in FinishPending, after the other words of the
  // sentence were looked up: their cache misses overlap.
  const int16_t* w = m.weights.data();
  for (int k = 0; k < kAllRows; ++k) __builtin_prefetch(w + size_t{p.rows[k]} * kRowWidth);
}

void EmissionCache::FinishPending() {
  const int16_t* w = model_->weights.data();
  for (const PendingWord& p : pending_) SumWordRows(w, p.rows, p.entry);
  pending_.clear();
}

const CachedWord& EmissionCache::Lookup(std::string_view word, const WordKey& key) {
  const size_t mask = slots_.size() - 1;
  const uint64_t tag = key.hash & ~uint64_t{0xFFFFFFFF};
  size_t slot = static_cast<size_t>(key.hash) & mask;
  for (;; slot = (slot + 1) & mask) {
    const uint64_t v = slots_[slot];
    if (v == 0) break;
    if ((v & ~uint64_t{0xFFFFFFFF}) != tag) continue;
    const CachedWord& e = words_[(v & 0xFFFFFFFF) - 1];
    if (e.key == key.hash && e.head[0] == key.head[0] && e.head[1] == key.head[1] && e.len == word.size() &&
        (word.size() <= 16 || std::memcmp(arena_.data() + e.arena_off, word.data(), word.size()) == 0)) {
      // The emission vectors are read a little later (SumEmissions).
      __builtin_prefetch(e.v0);
      __builtin_prefetch(e.vm1);
      __builtin_prefetch(e.vp1);
      __builtin_prefetch(e.vp2);
      return e;
    }
  }
  words_.emplace_back();
  CachedWord& e = words_.back();
  Fill(word, &e);
  e.key = key.hash;
  e.head[0] = key.head[0];
  e.head[1] = key.head[1];
  e.arena_off = static_cast<uint32_t>(arena_.size());
  e.len = static_cast<uint16_t>(word.size());
  if (word.size() > 16) arena_.append(word);
  slots_[slot] = tag | words_.size();
  return e;
}

void EmissionCache::Sentence(std::string_view text, const Token* tokens, size_t a, size_t b, const uint8_t* doc,
                             int32_t* emis, uint8_t* cats) {
  const int n = static_cast<int>(b - a);
  if (words_.size() + size_t(n) > kCapacity) Clear();
  Reserve(words_.size() + size_t(n));  // entries stay put during the sentence
  sent_.resize(n);
  if (long_words_.size() < size_t(n)) long_words_.resize(n);  // never reallocates within this sentence
  keys_.resize(n);
  const size_t mask = slots_.size() - 1;
  // Three passes so that the slot and entry reads of different tokens overlap.
  for (int i = 0; i < n; ++i) {
    const Token& t = tokens[a + i];
    if (t.end - t.begin > kMaxCachedBytes) continue;
    keys_[i] = MakeKey(text.substr(t.begin, t.end - t.begin), text.size() - t.begin);
    __builtin_prefetch(&slots_[keys_[i].hash & mask]);
  }
  for (int i = 0; i < n; ++i) {
    const Token& t = tokens[a + i];
    if (t.end - t.begin > kMaxCachedBytes) continue;
    uint64_t v = slots_[keys_[i].hash & mask];
    if (v != 0) __builtin_prefetch(&words_[(v & 0xFFFFFFFF) - 1]);
  }
  size_t longs = 0;
  for (int i = 0; i < n; ++i) {
    const Token& t = tokens[a + i];
    std::string_view word = text.substr(t.begin, t.end - t.begin);
    if (word.size() <= kMaxCachedBytes) {
      sent_[i] = &Lookup(word, keys_[i]);
    } else {
      Fill(word, &long_words_[longs]);
      sent_[i] = &long_words_[longs++];
    }
    cats[i] = sent_[i]->cat;
  }
  const int bits = model_->hash_bits;
  const int16_t* w = model_->weights.data();
  auto row = [bits](uint64_t t, uint64_t v) { return RowOf(FeatureHash(t, v), bits); };
  rows_.resize(size_t(n) * kMaxRows);
  nrows_.resize(n);
  constexpr uint32_t kTitle = 1u << kLexTitle;
  // Pair hashes of adjacent tokens serve both tokens of the pair.
  uint64_t ll_prev = n > 0 ? Mix(pad_before_.lower, sent_[0]->lower) : 0;
  uint64_t ss_prev = n > 0 ? Mix(pad_before_.shape, sent_[0]->shape) : 0;
  int run = 0;  // capitalised tokens right before token i, at most 3
  for (int i = 0; i < n; ++i) {
    const CachedWord& w0 = *sent_[i];
    const CachedWord& m1 = i >= 1 ? *sent_[i - 1] : pad_before_;
    const CachedWord& m2 = i >= 2 ? *sent_[i - 2] : pad_before_;
    const CachedWord& p1 = i + 1 < n ? *sent_[i + 1] : pad_after_;
    const uint64_t ll_next = Mix(w0.lower, p1.lower), ss_next = Mix(w0.shape, p1.shape);
    uint32_t* r = &rows_[size_t(i) * kMaxRows];
    int k = 0;
    r[k++] = m2.row_wm2;
    r[k++] = row(kWm1W0, ll_prev);
    r[k++] = row(kW0Wp1, ll_next);
    r[k++] = row(kShapeM1Shape0, ss_prev);
    r[k++] = row(kShape0ShapeP1, ss_next);
    r[k++] = row(kLexM1Lex0, Mix(m1.lex * 2 + m1.upper(), w0.lex * 2 + w0.upper()));
    r[k++] = row(kShape0Wm1, Mix(w0.shape, m1.lower));
    r[k++] = row(kShape0Wp1, Mix(w0.shape, p1.lower));
    if (m1.lex & kTitle) r[k++] = row_title_m1_[w0.upper()];
    if (m2.lex & kTitle) r[k++] = row_title_m2_[w0.upper() * 2 + m1.upper()];
    if (i >= 1) run = m1.upper() ? 1 + std::min(run, 2) : 0;
    r[k++] = row_upper_run_[run * 2 + w0.upper()];
    r[k++] = DocRow(doc, i);
    r[k++] = DocPairRow(doc, i, n);
    nrows_[i] = static_cast<uint8_t>(k);
    for (int q = 0; q < k; ++q) __builtin_prefetch(w + size_t{r[q]} * kRowWidth);
    ll_prev = ll_next;
    ss_prev = ss_next;
  }
  FinishPending();
  SumEmissions(w, sent_.data(), pad_before_, pad_after_, rows_.data(), nrows_.data(), n, emis);
}

void EmissionCache::ChangeDocFlags(const uint8_t* before, const uint8_t* after, int n, int32_t* emis) const {
  const int16_t* w = model_->weights.data();
  auto move = [&](uint32_t from, uint32_t to, int32_t* acc) {
    if (from == to) return;
    const int16_t* out = w + size_t{from} * kRowWidth;
    const int16_t* in = w + size_t{to} * kRowWidth;
    for (int c = 0; c < kRowWidth; ++c) acc[c] += int32_t{in[c]} - int32_t{out[c]};
  };
  for (int i = 0; i < n; ++i) {
    const bool near = before[i] != after[i] || (i >= 1 && before[i - 1] != after[i - 1]) ||
                      (i + 1 < n && before[i + 1] != after[i + 1]);
    if (!near) continue;
    int32_t* acc = emis + size_t(i) * kRowWidth;
    move(DocRow(before, i), DocRow(after, i), acc);
    move(DocPairRow(before, i, n), DocPairRow(after, i, n), acc);
  }
}

}  // namespace tearline::tag_internal
