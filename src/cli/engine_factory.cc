#include "commands.h"
#include "tearline/detect.h"

namespace tearline::cli {

Result<std::unique_ptr<Engine>> BuildEngine(const EngineFlags& flags) {
  std::vector<std::unique_ptr<const Detector>> detectors;
  TL_ASSIGN_OR_RETURN(std::unique_ptr<const Detector> patterns, CompilePatternDetector());
  detectors.push_back(std::move(patterns));
  std::string fingerprint;
  if (!flags.model.empty() && !flags.no_tagger) {
    return Status::InvalidArgument("--model: this build has no tagger");
  }
  return std::make_unique<Engine>(std::move(detectors), fingerprint);
}

}  // namespace tearline::cli
