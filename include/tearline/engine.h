// tearline/engine.h — the set of detectors one run uses.
//
// WHAT THESE TYPES REPRESENT
//   An Engine owns the compiled detectors of a run (patterns, and the tagger
//   and lexicon detectors when present) and scans a text with all of them,
//   returning every finding sorted by FindingLess. The same Engine serves the
//   detect stage and the leak check, so that verify sees with the same eyes.
//   An EngineScratch holds one DetectorScratch per detector, and the time
//   each detector has spent scanning with it.
//
// THREAD SAFETY
//   An Engine is immutable after Create and may be shared by threads; each
//   thread needs its own EngineScratch.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tearline/detect.h"
#include "tearline/finding.h"
#include "tearline/status.h"

namespace tearline {

class EngineScratch {
 public:
  std::vector<std::unique_ptr<DetectorScratch>> per_detector;
  // Passed to every detector as DetectorScratch::rescan_hint.
  bool rescan = false;
  // Wall-clock nanoseconds each detector (in the order of
  // Engine::detector_ids) has spent in Engine::Scan with this scratch since
  // it was made; callers may reset the entries to zero.
  std::vector<uint64_t> detector_ns;
};

class Engine {
 public:
  // REQUIRES: every detector is non-null. `model_fingerprint` identifies the
  // statistical model in use ("" when none); it is recorded with each release.
  Engine(std::vector<std::unique_ptr<const Detector>> detectors, std::string model_fingerprint);

  std::unique_ptr<EngineScratch> NewScratch() const;

  // Runs every detector that may report a kind in `wanted` over text;
  // findings with confidence < min_confidence or of a kind in neither
  // `wanted` nor `context` are dropped (`context`: kinds kept from the
  // detectors that run anyway, for no detector is run). Output is sorted by
  // FindingLess and free of exact duplicates (same span and kind: the
  // highest confidence is kept, and of those as confident the one the first
  // detector in order reported, so the finding kept for a span does not
  // depend on the other findings). Fails with kInternal if a detector reports
  // a kind outside its kinds().
  Status Scan(std::string_view text, EngineScratch& scratch, float min_confidence,
              std::vector<Finding>* findings, KindMask wanted = kEveryKind, KindMask context = 0) const;

  const std::string& model_fingerprint() const { return model_fingerprint_; }
  size_t num_detectors() const { return detectors_.size(); }
  // The ids of the detectors, in the order they run.
  std::vector<std::string_view> detector_ids() const;

 private:
  std::vector<std::unique_ptr<const Detector>> detectors_;
  std::string model_fingerprint_;
};

}  // namespace tearline
