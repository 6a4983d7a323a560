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

// Contract in internal.h: no name starts with one of these words.
size_t AfterLeadingFunctionWord(std::string_view text, const TagSpan& span) {
  static constexpr std::string_view kFunctionWords[] = {"and",   "at",   "bonjour", "by",   "dear", "for",    "from",
                                                       "hello", "hey",  "hi",      "hiya", "hola", "in",     "of",
                                                       "on",    "the",  "thanks",  "to",   "with"};
  // Looked for inside the span only (a table of tabs has no space for megabytes).
  const size_t found = text.substr(span.begin, span.end - span.begin).find(' ');
  if (found == std::string_view::npos || span.begin + found + 1 >= span.end) return span.begin;
  const size_t space = span.begin + found;
  const std::string word = Lower(text.substr(span.begin, space - span.begin));
  for (std::string_view f : kFunctionWords) {
    if (word == f) return space + 1;
  }
  return span.begin;
}

bool IsLowerCaseHonorific(std::string_view word) {
  static constexpr std::string_view kWords[] = {"aka",   "bhai",  "didi", "jaan", "jan",
                                                "ji",    "jon",   "opa",  "sahab", "saheb", "sahib"};
  for (std::string_view w : kWords) {
    if (word == w) return true;
  }
  return false;
}

bool AfterCapitalisedWord(std::string_view text, size_t b) {
  if (b < 3 || text[b - 1] != ' ') return false;
  // A placeholder the release wrote ("[REDACTED] jan"), or blanked, as the
  // leak check reads an output (spaces where a placeholder stood).
  if (text[b - 2] == ']' || text[b - 2] == ' ') return true;
  size_t a = b - 1;
  while (a > 0 && ((text[a - 1] >= 'a' && text[a - 1] <= 'z') || static_cast<unsigned char>(text[a - 1]) >= 0x80)) --a;
  if (a == b - 1 || a == 0 || text[a - 1] < 'A' || text[a - 1] > 'Z') return false;
  --a;  // the capital
  return a == 0 || !IsWordByte(text[a - 1]);
}

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

// Whether any of the n flags at p has kDocPersonElsewhere (8 at a time).
bool AnyPersonElsewhere(const uint8_t* p, size_t n) {
  constexpr uint64_t kBits = 0x0101010101010101ull * kDocPersonElsewhere;
  size_t k = 0;
  for (; k + 8 <= n; k += 8) {
    uint64_t x;
    std::memcpy(&x, p + k, 8);
    if (x & kBits) return true;
  }
  for (; k < n; ++k) {
    if (p[k] & kDocPersonElsewhere) return true;
  }
  return false;
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
  PreviousReading& prev = buf.prev;
  // A re-scan takes sentences from the previous reading when its results
  // hold for this call: the same model and options, a floor at most this one.
  const bool compatible = rescan && prev.valid && prev.model_id == m.id &&
                          prev.min_confidence == options.min_confidence &&
                          prev.candidates == options.report_candidates && prev.floor <= report_floor;
  const bool positional = compatible && prev.text.size() == text.size();
  if (positional) {
    ReadChangedText(m, text, buf, /*split_elisions=*/true);
  } else {
    if (compatible) {
      MoveReadingToPrevious(buf);
      buf.index.Build(prev);
    }
    ReadText(m, text, buf, /*split_elisions=*/true);
  }
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
  buf.reused = 0;
  buf.lookups = 0;
  SentenceResults& cur = buf.cur;
  cur.Clear();
  // Tags sentence s = [a, b) under flags doc (from the previous reading when
  // it knows it), appending spans to *dest and first-pass persons to
  // buf.sent_persons. pass: 1 keeps the computed emissions (when they fit),
  // 2 starts from the kept pass-1 emissions of sentence s when there are any.
  const bool keep = buf.tokens.size() <= TagBuffers::kMaxKeptTokens;
  if (keep) {
    buf.emis_doc.resize(buf.tokens.size() * kRowWidth);
    buf.cats_doc.resize(buf.tokens.size());
  }
  buf.emis_kept.assign(buf.starts.size(), 0);
  auto tag = [&](size_t s, size_t a, size_t b, const uint8_t* doc, std::vector<TagSpan>* dest, int pass) {
    ++buf.lookups;
    buf.sent_persons.clear();
    uint32_t os = 0;
    const bool known = positional ? UnchangedSentence(buf, s, a, b, doc, pass, &os)
                                  : compatible && buf.index.Find(prev, text, buf.tokens.data(), a, b, doc, pass, &os);
    if (known) {
      // A sentence found by position lies in a stretch of copied tokens, at
      // the bytes it had; one found in the index may have moved.
      const int64_t shift = positional ? 0
                                       : static_cast<int64_t>(buf.tokens[a].begin) -
                                             static_cast<int64_t>(prev.tokens[prev.starts[os]].begin);
      AppendPrevious(prev, os, pass, a, shift, dest, &buf.sent_persons);
      ++buf.reused;
      return;
    }
    int32_t* emis_at = keep ? buf.emis_doc.data() + a * kRowWidth : nullptr;
    uint8_t* cats_at = keep ? buf.cats_doc.data() + a : nullptr;
    bool ready = false;
    if (pass == 2 && buf.emis_kept[s]) {  // pass 1's scores, read once more: changed in place
      buf.cache.ChangeDocFlags(buf.doc.data() + a, doc + a, static_cast<int>(b - a), emis_at);
      ready = true;
    }
    TagSentence(m, text, options, plan, buf, a, b, doc, dest, &buf.sent_persons, emis_at, cats_at, ready);
    buf.emis_kept[s] = pass == 1 && keep;
  };
  // Pass 1: every sentence without kDocPersonElsewhere.
  for (size_t s = 0; s + 1 < buf.starts.size(); ++s) {
    const size_t a = buf.starts[s], b = buf.starts[s + 1];
    cur.p1_first.push_back(static_cast<uint32_t>(out->size()));
    cur.persons_first.push_back(static_cast<uint32_t>(cur.persons.size()));
    if (a == b) continue;
    tag(s, a, b, buf.doc.data(), out, 1);
    cur.persons.insert(cur.persons.end(), buf.sent_persons.begin(), buf.sent_persons.end());
  }
  cur.p1_first.push_back(static_cast<uint32_t>(out->size()));
  cur.persons_first.push_back(static_cast<uint32_t>(cur.persons.size()));
  cur.p1_spans.assign(out->begin(), out->end());
  // Pass 2: sentences holding a token whose word is a first-pass PERSON
  // elsewhere are tagged again with that flag; the others keep pass 1.
  buf.doc2 = buf.doc;
  if (PersonElsewhere(cur.persons, &buf.doc2, &buf.doc_map)) {
    buf.final_spans.clear();
    cur.retagged.assign(buf.starts.size(), 0);
    for (size_t s = 0; s + 1 < buf.starts.size(); ++s) {
      const size_t a = buf.starts[s], b = buf.starts[s + 1];
      cur.p2_first.push_back(static_cast<uint32_t>(buf.final_spans.size()));
      if (AnyPersonElsewhere(buf.doc2.data() + a, b - a)) {
        tag(s, a, b, buf.doc2.data(), &buf.final_spans, 2);
        cur.retagged[s] = 1;
      } else {
        buf.final_spans.insert(buf.final_spans.end(), out->begin() + static_cast<long>(cur.p1_first[s]),
                               out->begin() + static_cast<long>(cur.p1_first[s + 1]));
      }
    }
    cur.p2_first.push_back(static_cast<uint32_t>(buf.final_spans.size()));
    out->swap(buf.final_spans);
    cur.p2_spans.assign(out->begin(), out->end());
  }
  // This reading is the previous one of the next call.
  prev.valid = true;
  prev.model_id = m.id;
  prev.min_confidence = options.min_confidence;
  prev.candidates = options.report_candidates;
  prev.floor = report_floor;
  prev.text.assign(text);
  std::swap(prev.results, cur);
}

void TagPersons(const TaggerModel::Impl& m, std::string_view text, TagBuffers& buf, std::vector<TokenRange>* persons) {
  buf.prev.valid = false;
  ReadText(m, text, buf, /*split_elisions=*/false);
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
    for (const TagSpan& whole : s->spans) {
      if (whole.label == TagLabel::kCode && IsDecimalFraction(text.substr(whole.begin, whole.end - whole.begin))) continue;
      // A tab separates the cells of a table: a reading across one is one
      // reading per cell ("DIATTA<TAB>Ansoumana<TAB>M" -> "DIATTA",
      // "Ansoumana"), of the same label and confidence; a cell of one byte
      // (a sex or a yes/no column) is dropped.
      const bool cells = text.substr(whole.begin, whole.end - whole.begin).find('\t') != std::string_view::npos;
      for (size_t b = whole.begin; b < whole.end;) {
        size_t e = b;
        while (e < whole.end && text[e] != '\t') ++e;
        TagSpan span = whole;
        span.begin = b;
        span.end = e;
        while (span.begin < span.end && text[span.begin] == ' ') ++span.begin;
        while (span.end > span.begin && text[span.end - 1] == ' ') --span.end;
        b = e + 1;
        if (span.label == TagLabel::kPerson) span.begin = AfterLeadingFunctionWord(text, span);
        if (span.end - span.begin < (cells ? 2u : 1u)) continue;
        // A reading of punctuation alone (a closing quote after a nickname,
        // a full stop after a name) names nothing: left out, so that no
        // placeholder stands for a quote mark.
        if (!HoldsWordChar(text.substr(span.begin, span.end - span.begin))) continue;
        if (span.label == TagLabel::kPerson && IsLowerCaseHonorific(text.substr(span.begin, span.end - span.begin)) &&
            AfterCapitalisedWord(text, span.begin)) {
          continue;
        }
        Finding f;
        f.begin = span.begin;
        f.end = span.end;
        f.kind = PlaceReadWeaklyAsPerson(text, span)  ? Kind::kLoc
                 : CodeReadWeaklyAsPerson(text, span) ? Kind::kId
                                                       : TagLabelKind(span.label);
        f.confidence = span.confidence;
        f.detector = "tagger";
        sink.Add(f);
      }
    }
    return Status::OK();
  }
  const TaggerModel& model() const { return *model_; }

 private:
  // Whether `span` is a PERSON reading below kWeakPerson of one word that
  // the model's place lexicon holds and its name and title lexicons do not
  // ("from Mandalay" read as a person at 0.4): reported as a place.
  bool PlaceReadWeaklyAsPerson(std::string_view text, const TagSpan& span) const {
    if (span.label != TagLabel::kPerson || span.confidence >= kWeakPerson) return false;
    const std::string_view word = text.substr(span.begin, span.end - span.begin);
    for (char c : word) {
      if (c == ' ' || c == '\n' || c == '\t') return false;
    }
    constexpr uint32_t kName = (1u << kLexGiven) | (1u << kLexFamily) | (1u << kLexTitle);
    const uint32_t flags = model_->impl().lexicons.Flags(HashBytes(Lower(word)));
    return (flags & (1u << kLexPlace)) != 0 && (flags & kName) == 0;
  }

  // Whether `span` is a PERSON reading below kWeakPerson that holds an ASCII
  // digit ("AK0098812" in a spreadsheet row, "GRS-0145"): no name has one, so
  // it is reported as the code it is.
  static bool CodeReadWeaklyAsPerson(std::string_view text, const TagSpan& span) {
    if (span.label != TagLabel::kPerson || span.confidence >= kWeakPerson) return false;
    const std::string_view words = text.substr(span.begin, span.end - span.begin);
    return std::any_of(words.begin(), words.end(), [](char c) { return c >= '0' && c <= '9'; });
  }

  // A PERSON reading below this is a candidate no release acts on by default.
  static constexpr float kWeakPerson = 0.5f;
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
