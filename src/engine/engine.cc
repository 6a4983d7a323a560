#include "tearline/engine.h"

#include <algorithm>
#include <chrono>

namespace tearline {
namespace {

// Keeps the wanted findings at or above the threshold; remembers whether the
// current detector reported a kind outside what it declared.
class ThresholdSink final : public FindingSink {
 public:
  ThresholdSink(float min_confidence, KindMask wanted, std::vector<Finding>* out)
      : min_(min_confidence), wanted_(wanted), out_(out) {}
  void Add(const Finding& f) override {
    if ((KindBit(f.kind) & declared_) == 0) undeclared_ = true;
    if (f.confidence >= min_ && f.end > f.begin && (KindBit(f.kind) & wanted_) != 0) out_->push_back(f);
  }
  void StartDetector(KindMask declared) { declared_ = declared; }
  bool undeclared() const { return undeclared_; }

 private:
  float min_;
  KindMask wanted_;
  KindMask declared_ = kEveryKind;
  bool undeclared_ = false;
  std::vector<Finding>* out_;
};

}  // namespace

Engine::Engine(std::vector<std::unique_ptr<const Detector>> detectors, std::string model_fingerprint)
    : detectors_(std::move(detectors)), model_fingerprint_(std::move(model_fingerprint)) {}

std::vector<std::string_view> Engine::detector_ids() const {
  std::vector<std::string_view> ids;
  for (const auto& d : detectors_) ids.push_back(d->id());
  return ids;
}

std::unique_ptr<EngineScratch> Engine::NewScratch() const {
  auto scratch = std::make_unique<EngineScratch>();
  for (const auto& d : detectors_) scratch->per_detector.push_back(d->NewScratch());
  scratch->detector_ns.assign(detectors_.size(), 0);
  return scratch;
}

Status Engine::Scan(std::string_view text, EngineScratch& scratch, float min_confidence,
                    std::vector<Finding>* findings, KindMask wanted, KindMask context) const {
  findings->clear();
  if (scratch.per_detector.size() != detectors_.size() || scratch.detector_ns.size() != detectors_.size()) {
    return Status::Internal("engine scratch was made for another engine");
  }
  ThresholdSink sink(min_confidence, wanted | context, findings);
  for (size_t i = 0; i < detectors_.size(); ++i) {
    const KindMask declared = detectors_[i]->kinds();
    if ((declared & wanted) == 0) continue;
    sink.StartDetector(declared);
    scratch.per_detector[i]->min_confidence_hint = min_confidence;
    scratch.per_detector[i]->rescan_hint = scratch.rescan;
    const auto start = std::chrono::steady_clock::now();
    const Status scanned = detectors_[i]->Scan(text, *scratch.per_detector[i], sink);
    scratch.detector_ns[i] += static_cast<uint64_t>(
        std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start).count());
    TL_RETURN_IF_ERROR(scanned);
    if (sink.undeclared()) {
      return Status::Internal("detector " + std::string(detectors_[i]->id()) + " reported a kind it does not declare");
    }
  }
  for (const Finding& f : *findings) {
    if (f.end > text.size()) return Status::Internal("a detector reported a span beyond the text");
  }
  // Sort; among identical (span, kind) keep the most confident, and among
  // those as confident the first reported (detectors in their order), so
  // which detector a span is credited to depends on that span alone.
  std::stable_sort(findings->begin(), findings->end(), [](const Finding& a, const Finding& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    if (a.kind != b.kind) return a.kind < b.kind;
    return a.confidence > b.confidence;
  });
  auto same = [](const Finding& a, const Finding& b) {
    return a.begin == b.begin && a.end == b.end && a.kind == b.kind;
  };
  findings->erase(std::unique(findings->begin(), findings->end(), same), findings->end());
  return Status::OK();
}

}  // namespace tearline
