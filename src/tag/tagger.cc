// Viterbi BIO decoding and the "tagger" Detector (contracts in tearline/tag.h).
#include <algorithm>
#include <climits>
#include <cmath>
#include <cstring>

#include "src/tag/internal.h"
#include "src/tag/tag_buffers.h"

namespace tearline {

using namespace tag_internal;

std::string_view TagLabelName(TagLabel label) {
  static constexpr std::string_view kNames[kNumTagLabels] = {"PERSON",   "ORG",      "LOC", "DEM",
                                                             "QUANTITY", "DATETIME", "CODE"};
  return kNames[static_cast<int>(label)];
}

Kind TagLabelKind(TagLabel label) {
  static constexpr Kind kKinds[kNumTagLabels] = {Kind::kPerson,   Kind::kOrg,  Kind::kLoc, Kind::kDem,
                                                 Kind::kQuantity, Kind::kDate, Kind::kId};
  return kKinds[static_cast<int>(label)];
}

namespace tag_internal {

bool IsDecimalFraction(std::string_view s) {
  size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  const size_t int_begin = i;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  if (i == int_begin || i == s.size() || (s[i] != '.' && s[i] != ',')) return false;
  const size_t frac_begin = ++i;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  return i == s.size() && i > frac_begin;
}

namespace {

// Tokens, sentence starts (with a trailing tokens.size()) and document flags
// of text into buf, and buf's cache bound to m: what both passes read.
void ReadText(const TaggerModel::Impl& m, std::string_view text, TagBuffers& buf) {
  TokenizeInto(text, &buf.tokens);
  buf.starts = SplitSentences(text, buf.tokens);
  buf.starts.push_back(buf.tokens.size());
  DocumentFlags(text, buf.tokens, buf.starts, m.lexicons, &buf.doc, &buf.doc_map);
  buf.cache.Bind(m);
}

enum : uint8_t { kSkip = 0, kCompute = 1, kWeak = 2 };  // kWeak: a possible candidate below the floor

// What TagWith derives from the options once per call.
struct SentencePlan {
  bool candidates = false;
  bool prune = false;
  float min_gap = 0;
  bool use_floor = false;
  float floor_gap = 0;
};

// Tags tokens [a, b) of text (one sentence, buf.tokens filled; doc: the
// document flags of all tokens), appending its spans to *out and the token
// ranges of its decoded PERSON spans with confidence >= kPersonBitConfidence
// to *persons (independent of options and floor).
void TagSentence(const TaggerModel::Impl& m, std::string_view text, const TagOptions& options,
                 const SentencePlan& plan, TagBuffers& buf, size_t a, size_t b, const uint8_t* doc,
                 std::vector<TagSpan>* out, std::vector<TokenRange>* persons, int32_t* emis_at = nullptr,
                 uint8_t* cats_at = nullptr, bool emis_ready = false) {
  const int32_t* trans = m.transitions.data();
  const bool candidates = plan.candidates;
  const bool prune = plan.prune;
  const float min_gap = plan.min_gap;
  const bool use_floor = plan.use_floor;
  const float floor_gap = plan.floor_gap;
  int n = static_cast<int>(b - a);
  // Emission scores and categories: at emis_at / cats_at when given (already
  // computed there when emis_ready), else in buf.
  if (emis_at == nullptr) {
    buf.emis.resize(size_t(n) * kRowWidth);
    buf.cats.resize(n);
    emis_at = buf.emis.data();
    cats_at = buf.cats.data();
  }
  int32_t* const emis = emis_at;
  const uint8_t* const cats = cats_at;
  buf.hist.resize(size_t(n) * kRowWidth);
  buf.cls.resize(n);
  buf.prob.assign(n, 0);
  buf.alt_label.assign(n, -1);
  buf.alt_prob.assign(n, 0);
  buf.need.resize(n);
  if (!emis_ready) buf.cache.Sentence(text, buf.tokens.data(), a, b, doc + a, emis, cats_at);
  ViterbiInt32(emis, trans, cats, n, buf.cls.data(), buf.hist.data());
  // Which tokens need a softmax: decoded entity tokens, and O tokens that
  // may be (part of) a weak candidate at or above the floor.
  bool any_weak = false;
  for (int i = 0; i < n; ++i) {
    if (buf.cls[i] != 0) {
      buf.need[i] = kCompute;
      continue;
    }
    if (!candidates) {
      buf.need[i] = kSkip;
      continue;
    }
    const int prev1 = i > 0 ? buf.cls[i - 1] : 0;
    const int32_t* e = &emis[size_t(i) * kRowWidth];
    const int32_t* t = trans + (size_t{cats[i]} * kRowWidth + prev1) * kRowWidth;
    // The best entity class allowed after prev1: disallowed classes and the
    // padding lane hold kForbidden in t, far below any allowed score (a
    // B- class is always allowed), so a branch-free max over lanes 1..15
    // equals the max over the allowed classes.
    int32_t top = INT32_MIN;
    for (int c = 1; c < kRowWidth; ++c) top = std::max(top, e[c] + t[c]);
    const float gap = static_cast<float>(top - (e[0] + t[0])) * m.prob_scale;
    if (prune && gap < min_gap) {
      buf.need[i] = kSkip;
    } else if (use_floor && gap < floor_gap) {
      buf.need[i] = kWeak;
      any_weak = true;
    } else {
      buf.need[i] = kCompute;
    }
  }
  if (any_weak) {
    // A chain of consecutive possible candidates (O tokens) is computed
    // whole when one of its tokens may reach the floor, else skipped.
    for (int i = 0; i < n;) {
      if (buf.cls[i] != 0 || buf.need[i] == kSkip) {
        ++i;
        continue;
      }
      int j = i;
      bool strong = false;
      for (; j < n && buf.cls[j] == 0 && buf.need[j] != kSkip; ++j) strong = strong || buf.need[j] == kCompute;
      for (int k = i; k < j; ++k) buf.need[k] = strong ? kCompute : kSkip;
      i = j;
    }
  }
  for (int i = 0; i < n; ++i) {
    if (buf.need[i] != kCompute) continue;
    const int prev1 = i > 0 ? buf.cls[i - 1] : 0;
    const int32_t* e = &emis[size_t(i) * kRowWidth];
    const int32_t* t = trans + (size_t{cats[i]} * kRowWidth + prev1) * kRowWidth;
    const int best = buf.cls[i];
    float scores[kRowWidth], probs[kRowWidth];
    for (int c = 0; c < kNumClasses; ++c) scores[c] = static_cast<float>(e[c] + t[c]) * m.prob_scale;
    Softmax(scores, prev1, probs);
    buf.prob[i] = probs[best];
    if (best == 0) {
      float bp = 0;
      for (int l = 0; l < kNumTagLabels; ++l) {
        float p = probs[BeginClass(l)] + probs[InsideClass(l)];
        if (p > bp) {
          bp = p;
          buf.alt_label[i] = l;
        }
      }
      buf.alt_prob[i] = bp;
    }
  }
  // Decoded spans and weak candidates.
  for (int i = 0; i < n;) {
    int label = -1, j = i;
    float sum = 0;
    const bool decoded = buf.cls[i] != 0;
    if (decoded) {
      label = LabelOfClass(buf.cls[i]);
      sum = buf.prob[i];
      for (j = i + 1; j < n && IsInside(buf.cls[j]) && LabelOfClass(buf.cls[j]) == label; ++j) sum += buf.prob[j];
    } else if (options.report_candidates && buf.alt_label[i] >= 0 && buf.alt_prob[i] >= options.min_confidence) {
      label = buf.alt_label[i];
      sum = buf.alt_prob[i];
      for (j = i + 1; j < n && buf.cls[j] == 0 && buf.alt_label[j] == label &&
                      buf.alt_prob[j] >= options.min_confidence;
           ++j) {
        sum += buf.alt_prob[j];
      }
    } else {
      ++i;
      continue;
    }
    float conf = std::clamp(sum / static_cast<float>(j - i), 0.0f, 1.0f);
    if (decoded && label == static_cast<int>(TagLabel::kPerson) && conf >= kPersonBitConfidence) {
      persons->emplace_back(static_cast<uint32_t>(a + i), static_cast<uint32_t>(a + j));
    }
    if (conf >= options.min_confidence) {
      out->push_back({buf.tokens[a + i].begin, buf.tokens[a + j - 1].end, static_cast<TagLabel>(label), conf});
    }
    i = j;
  }
}

}  // namespace

void TagWith(const TaggerModel::Impl& m, std::string_view text, const TagOptions& options,
             TagBuffers& buf, std::vector<TagSpan>* out, float report_floor, bool rescan) {
  out->clear();
  ReadText(m, text, buf);
  SentencePlan plan;
  // An O token's softmax is needed only when some entity label may reach
  // min_confidence: P(label) <= 2 exp(best entity score - O score), so below
  // this log-space gap (with a margin for rounding) no label can.
  plan.candidates = options.report_candidates;
  plan.prune = options.min_confidence > 0;
  plan.min_gap = plan.prune ? std::log(options.min_confidence / 2) - 0.01f : 0;
  // With a report floor above min_confidence, a weak candidate (a run of O
  // tokens, its confidence the mean of theirs) can reach the floor only if one
  // of its tokens does. P(label) <= 2g / (1 + 2g) with g = exp(gap), so a token
  // with P(label) >= 0.99 floor needs gap >= floor_gap (0.99 and the margin
  // absorb rounding: a run of tokens all below 0.99 floor averages below the
  // floor). Runs are still cut exactly as without the floor: every token of a
  // chain of possible candidates that holds such a token gets its softmax.
  plan.use_floor = plan.candidates && report_floor > options.min_confidence;
  if (plan.use_floor) {
    const double f = std::min(0.99 * report_floor, 0.999999);
    plan.floor_gap = static_cast<float>(std::log(f / (2 * (1 - f)))) - 0.01f;
  }
  buf.memo.Begin(m.id, options, report_floor, text.size(), rescan);
  // Tags sentence [a, b) under flags doc (from the memo when it knows it),
  // appending spans to *dest and first-pass persons to buf.sent_persons.
  // pass: 1 keeps the computed emissions (when they fit), 2 starts from
  // the kept pass-1 emissions of sentence s when there are any.
  const bool keep = buf.tokens.size() <= TagBuffers::kMaxKeptTokens;
  if (keep) {
    buf.emis_doc.resize(buf.tokens.size() * kRowWidth);
    buf.cats_doc.resize(buf.tokens.size());
  }
  buf.emis_kept.assign(buf.starts.size(), 0);
  auto tag = [&](size_t s, size_t a, size_t b, const uint8_t* doc, std::vector<TagSpan>* dest, int pass) {
    const size_t first = dest->size();
    const size_t base = buf.tokens[a].begin;
    uint64_t hash = 0;
    buf.sent_persons.clear();
    if (buf.memo.Find(text, buf.tokens.data(), a, b, doc, &buf.reused, &buf.reused_persons, &hash)) {
      for (TagSpan span : buf.reused) {
        span.begin += base;
        span.end += base;
        dest->push_back(span);
      }
      for (const TokenRange& r : buf.reused_persons) {
        buf.sent_persons.emplace_back(static_cast<uint32_t>(r.first + a), static_cast<uint32_t>(r.second + a));
      }
    } else {
      const size_t n = b - a;
      int32_t* emis_at = keep ? buf.emis_doc.data() + a * kRowWidth : nullptr;
      uint8_t* cats_at = keep ? buf.cats_doc.data() + a : nullptr;
      bool ready = false;
      if (pass == 2 && buf.emis_kept[s]) {  // pass 1's scores, read once more: changed in place
        buf.cache.ChangeDocFlags(buf.doc.data() + a, doc + a, static_cast<int>(n), emis_at);
        ready = true;
      }
      TagSentence(m, text, options, plan, buf, a, b, doc, dest, &buf.sent_persons, emis_at, cats_at, ready);
      buf.emis_kept[s] = pass == 1 && keep;
      buf.memo.Record(text, buf.tokens.data(), a, b, doc, hash, dest->data() + first, dest->size() - first,
                      buf.sent_persons.data(), buf.sent_persons.size());
    }
  };
  // Pass 1: every sentence without kDocPersonElsewhere.
  buf.persons.clear();
  buf.sent_first.clear();
  for (size_t s = 0; s + 1 < buf.starts.size(); ++s) {
    const size_t a = buf.starts[s], b = buf.starts[s + 1];
    buf.sent_first.push_back(out->size());
    if (a == b) continue;
    tag(s, a, b, buf.doc.data(), out, 1);
    buf.persons.insert(buf.persons.end(), buf.sent_persons.begin(), buf.sent_persons.end());
  }
  buf.sent_first.push_back(out->size());
  // Pass 2: sentences holding a token whose word is a first-pass PERSON
  // elsewhere are tagged again with that flag; the others keep pass 1.
  buf.doc2 = buf.doc;
  if (!PersonElsewhere(buf.persons, &buf.doc2, &buf.doc_map)) return;
  buf.final_spans.clear();
  for (size_t s = 0; s + 1 < buf.starts.size(); ++s) {
    const size_t a = buf.starts[s], b = buf.starts[s + 1];
    bool again = false;
    for (size_t k = a; k < b && !again; ++k) again = (buf.doc2[k] & kDocPersonElsewhere) != 0;
    if (again) {
      tag(s, a, b, buf.doc2.data(), &buf.final_spans, 2);
    } else {
      buf.final_spans.insert(buf.final_spans.end(), out->begin() + static_cast<long>(buf.sent_first[s]),
                             out->begin() + static_cast<long>(buf.sent_first[s + 1]));
    }
  }
  out->swap(buf.final_spans);
}

void TagPersons(const TaggerModel::Impl& m, std::string_view text, TagBuffers& buf, std::vector<TokenRange>* persons) {
  ReadText(m, text, buf);
  SentencePlan plan;  // no candidates: decoded spans only
  TagOptions options;
  options.report_candidates = false;
  options.min_confidence = 1;
  persons->clear();
  std::vector<TagSpan> ignored;
  for (size_t s = 0; s + 1 < buf.starts.size(); ++s) {
    const size_t a = buf.starts[s], b = buf.starts[s + 1];
    if (a == b) continue;
    TagSentence(m, text, options, plan, buf, a, b, buf.doc.data(), &ignored, persons);
    ignored.clear();
  }
}

// --- SentenceMemo -----------------------------------------------------------

void SentenceMemo::Clear() {
  bytes_.clear();
  tok_.clear();
  flags_.clear();
  spans_.clear();
  persons_.clear();
  entries_.clear();
  std::fill(slots_.begin(), slots_.end(), 0);
  indexed_ = 0;
}

void SentenceMemo::Add(const Entry& e) {
  entries_.push_back(e);
  if (e.hash == 0 || indexed_ + 1 != entries_.size()) return;  // indexed at the next re-scan
  if (2 * entries_.size() > slots_.size()) return IndexAll();   // a larger table for all
  Place(entries_.size() - 1);
  indexed_ = entries_.size();
}

void SentenceMemo::Place(size_t k) {
  // An entry whose hash is already placed is (but for a 2^-64 collision) a
  // repeat of that sentence: it is left out, so repeats never lengthen the
  // probe chains; a left-out collision only costs a miss (Find compares bytes).
  const size_t mask = slots_.size() - 1;
  size_t s = entries_[k].hash & mask;
  for (; slots_[s] != 0; s = (s + 1) & mask) {
    if (entries_[slots_[s] - 1].hash == entries_[k].hash) return;
  }
  slots_[s] = static_cast<uint32_t>(k + 1);
}

template <typename End, typename Flag>
uint64_t SentenceMemo::HashOf(std::string_view bytes, size_t ntok, End end, Flag flag) {
  uint64_t h = 0x9E3779B97F4A7C15ull ^ bytes.size();
  size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    uint64_t x;
    std::memcpy(&x, bytes.data() + i, 8);
    h = (h ^ x) * 0xff51afd7ed558ccdull;
    h ^= h >> 29;
  }
  uint64_t tail = 0;
  std::memcpy(&tail, bytes.data() + i, bytes.size() - i);
  h = Mix(h, tail);
  for (size_t k = 0; k < ntok; ++k) h = (h ^ (uint64_t{flag(k)} << 32 | end(k))) * 0xc4ceb9fe1a85ec53ull;
  return Mix(h, ntok) | 1;  // never 0, which means "not hashed"
}

uint64_t SentenceMemo::Hash(std::string_view text, const Token* tokens, size_t a, size_t b, const uint8_t* doc) {
  const size_t base = tokens[a].begin;
  return HashOf(text.substr(base, tokens[b - 1].end - base), b - a,
                [&](size_t k) { return uint64_t{tokens[a + k].end - base}; }, [&](size_t k) { return doc[a + k]; });
}

void SentenceMemo::IndexAll() {
  for (size_t k = indexed_; k < entries_.size(); ++k) {
    Entry& e = entries_[k];
    if (e.hash != 0) continue;
    e.hash = HashOf(std::string_view(bytes_).substr(e.bytes_off, e.bytes_len), e.ntok,
                    [&](size_t t) { return uint64_t{tok_[e.tok_off + 2 * t + 1]}; },
                    [&](size_t t) { return flags_[e.tok_off / 2 + t]; });
  }
  size_t cap = 64;  // a power of two, at least four slots per entry
  while (cap < 4 * entries_.size()) cap <<= 1;
  slots_.assign(cap, 0);
  for (size_t k = 0; k < entries_.size(); ++k) Place(k);
  indexed_ = entries_.size();
}

void SentenceMemo::Begin(uint64_t model_id, const TagOptions& options, float report_floor, size_t text_size,
                         bool rescan) {
  const bool compatible = rescan && model_id_ == model_id && min_confidence_ == options.min_confidence &&
                          candidates_ == options.report_candidates && floor_ <= report_floor &&
                          bytes_.size() <= 3 * text_size + (size_t{1} << 16);
  if (!compatible) {
    Clear();
    model_id_ = model_id;
    min_confidence_ = options.min_confidence;
    candidates_ = options.report_candidates;
    floor_ = report_floor;
  }
  floor_ = std::max(floor_, report_floor);
  if (indexed_ != entries_.size()) IndexAll();
  hits_ = 0;
  lookups_ = 0;
}

bool SentenceMemo::Find(std::string_view text, const Token* tokens, size_t a, size_t b, const uint8_t* doc,
                        std::vector<TagSpan>* spans, std::vector<TokenRange>* persons, uint64_t* hash) const {
  ++lookups_;
  if (indexed_ == 0) {  // nothing to look in (a first reading): hash later, if ever
    *hash = 0;
    return false;
  }
  const uint64_t h = *hash = Hash(text, tokens, a, b, doc);
  const size_t base = tokens[a].begin;
  const std::string_view bytes = text.substr(base, tokens[b - 1].end - base);
  const size_t mask = slots_.size() - 1;
  for (size_t s = h & mask; slots_[s] != 0; s = (s + 1) & mask) {
    const Entry& e = entries_[slots_[s] - 1];
    if (e.hash != h || e.bytes_len != bytes.size() || e.ntok != b - a) continue;
    if (std::memcmp(bytes_.data() + e.bytes_off, bytes.data(), bytes.size()) != 0) continue;
    bool same = true;
    for (size_t k = 0; k < e.ntok && same; ++k) {
      same = tok_[e.tok_off + 2 * k] == tokens[a + k].begin - base &&
             tok_[e.tok_off + 2 * k + 1] == tokens[a + k].end - base && flags_[e.tok_off / 2 + k] == doc[a + k];
    }
    if (!same) continue;
    spans->assign(spans_.begin() + e.span_off, spans_.begin() + e.span_off + e.nspan);
    persons->assign(persons_.begin() + e.person_off, persons_.begin() + e.person_off + e.nperson);
    ++hits_;
    return true;
  }
  return false;
}

void SentenceMemo::Record(std::string_view text, const Token* tokens, size_t a, size_t b, const uint8_t* doc,
                          uint64_t hash, const TagSpan* spans, size_t nspans, const TokenRange* persons,
                          size_t npersons) {
  const size_t base = tokens[a].begin;
  const std::string_view bytes = text.substr(base, tokens[b - 1].end - base);
  if (bytes_.size() + bytes.size() > UINT32_MAX || tok_.size() + 2 * (b - a) > UINT32_MAX) return;
  Entry e;
  e.hash = hash;
  e.bytes_off = static_cast<uint32_t>(bytes_.size());
  e.bytes_len = static_cast<uint32_t>(bytes.size());
  e.tok_off = static_cast<uint32_t>(tok_.size());
  e.ntok = static_cast<uint32_t>(b - a);
  e.span_off = static_cast<uint32_t>(spans_.size());
  e.nspan = static_cast<uint32_t>(nspans);
  e.person_off = static_cast<uint32_t>(persons_.size());
  e.nperson = static_cast<uint32_t>(npersons);
  bytes_.append(bytes);
  for (size_t k = 0; k < npersons; ++k) {
    persons_.emplace_back(static_cast<uint32_t>(persons[k].first - a), static_cast<uint32_t>(persons[k].second - a));
  }
  for (size_t k = a; k < b; ++k) {
    tok_.push_back(static_cast<uint32_t>(tokens[k].begin - base));
    tok_.push_back(static_cast<uint32_t>(tokens[k].end - base));
    flags_.push_back(doc[k]);
  }
  for (size_t k = 0; k < nspans; ++k) {
    TagSpan span = spans[k];
    span.begin -= base;
    span.end -= base;
    spans_.push_back(span);
  }
  Add(e);
}

}  // namespace tag_internal

std::vector<TagSpan> TaggerModel::Tag(std::string_view text, const TagOptions& options) const {
  TagBuffers buf;
  std::vector<TagSpan> out;
  TagWith(*impl_, text, options, buf, &out);
  return out;
}

namespace {

class TaggerScratch final : public DetectorScratch {
 public:
  TagBuffers buf;
  std::vector<TagSpan> spans;
};

class TaggerDetector final : public Detector {
 public:
  TaggerDetector(std::shared_ptr<const TaggerModel> model, TagOptions options)
      : model_(std::move(model)), options_(options) {}
  std::string_view id() const override { return "tagger"; }
  KindMask kinds() const override {
    KindMask mask = 0;
    for (int l = 0; l < kNumTagLabels; ++l) mask |= KindBit(TagLabelKind(static_cast<TagLabel>(l)));
    return mask;
  }
  std::unique_ptr<DetectorScratch> NewScratch() const override { return std::make_unique<TaggerScratch>(); }
  Status Scan(std::string_view text, DetectorScratch& scratch, FindingSink& sink) const override {
    auto* s = dynamic_cast<TaggerScratch*>(&scratch);
    if (s == nullptr) return Status::Internal("tagger: scratch from another detector");
    TagWith(model_->impl(), text, options_, s->buf, &s->spans, scratch.min_confidence_hint, scratch.rescan_hint);
    for (const TagSpan& span : s->spans) {
      if (span.label == TagLabel::kCode && IsDecimalFraction(text.substr(span.begin, span.end - span.begin))) continue;
      Finding f;
      f.begin = span.begin;
      f.end = span.end;
      f.kind = TagLabelKind(span.label);
      f.confidence = span.confidence;
      f.detector = "tagger";
      sink.Add(f);
    }
    return Status::OK();
  }
  const TaggerModel& model() const { return *model_; }

 private:
  std::shared_ptr<const TaggerModel> model_;
  TagOptions options_;
};

}  // namespace

std::unique_ptr<const Detector> MakeTaggerDetector(std::shared_ptr<const TaggerModel> model,
                                                   const TagOptions& options) {
  return std::make_unique<TaggerDetector>(std::move(model), options);
}

Result<std::unique_ptr<const Detector>> LoadTagger(const std::string& model_path, const TagOptions& options) {
  TL_ASSIGN_OR_RETURN(auto model, TaggerModel::Load(model_path));
  return MakeTaggerDetector(std::move(model), options);
}

std::string TaggerFingerprint(const Detector& detector) {
  auto* t = dynamic_cast<const TaggerDetector*>(&detector);
  return t == nullptr ? std::string() : t->model().fingerprint();
}

}  // namespace tearline
