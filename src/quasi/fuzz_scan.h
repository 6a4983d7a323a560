// The part every fuzz target of src/quasi shares: a detector compiled once
// with a scratch of its own, and a scan of the fuzzer's input (capped at 64
// KiB) that aborts when Scan fails. The targets check the findings.
//
// THREAD SAFETY: a FuzzedDetector's Scan uses its one scratch; libFuzzer
// calls a target from one thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>
#include <vector>

#include "tearline/detect.h"
#include "tearline/finding.h"

namespace tearline::quasi {

// The fuzzer's input as text, at most 64 KiB of it.
inline std::string_view FuzzText(const uint8_t* data, size_t size) {
  constexpr size_t kMaxInput = size_t{1} << 16;
  return std::string_view(reinterpret_cast<const char*>(data), size < kMaxInput ? size : kMaxInput);
}

class FuzzedDetector {
 public:
  explicit FuzzedDetector(std::unique_ptr<const Detector> detector)
      : detector_(std::move(detector)), scratch_(detector_->NewScratch()) {}

  const Detector& detector() const { return *detector_; }

  // The findings of text, in the order the detector reported them; aborts
  // when the scan fails.
  std::vector<Finding> Scan(std::string_view text) const {
    VectorSink sink;
    if (!detector_->Scan(text, *scratch_, sink).ok()) std::abort();
    return std::move(sink.findings);
  }

 private:
  std::unique_ptr<const Detector> detector_;
  std::unique_ptr<DetectorScratch> scratch_;
};

}  // namespace tearline::quasi
