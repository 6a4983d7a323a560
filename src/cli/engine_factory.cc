#include <cstdlib>
#include <filesystem>

#include "commands.h"
#include "tearline/detect.h"
#include "tearline/keys.h"
#include "tearline/protect.h"
#include "tearline/quasi.h"
#include "tearline/tag.h"

namespace tearline::cli {

std::string DefaultLexiconDir() {
  if (const char* env = std::getenv("TEARLINE_LEXICONS"); env && *env) return env;
  return TEARLINE_DEFAULT_LEXICONS;
}

std::string DefaultModelPath() {
  if (const char* env = std::getenv("TEARLINE_MODEL"); env && *env) return env;
  return TEARLINE_DEFAULT_MODEL;
}

Result<std::unique_ptr<Engine>> BuildEngine(const EngineFlags& flags, const Policy* policy) {
  std::vector<std::unique_ptr<const Detector>> detectors;
  PatternOptions pattern_options;
  // Compiled databases are cached under the state directory (3 ms instead of ~400 ms).
  pattern_options.cache_dir = ResolveHome(flags.home) + "/cache";
  TL_ASSIGN_OR_RETURN(std::unique_ptr<const Detector> patterns, CompilePatternDetector(pattern_options));
  detectors.push_back(std::move(patterns));
  detectors.push_back(NewAccountDetector());
  detectors.push_back(NewScriptRunDetector());
  std::string fingerprint;
  if (flags.no_tagger) {
    if (!flags.model.empty() || !flags.lexicons.empty()) {
      return Status::InvalidArgument("--model/--lexicons and --no-tagger contradict each other");
    }
  } else {
    std::string path = flags.model.empty() ? DefaultModelPath() : flags.model;
    auto tagger = LoadTagger(path);
    if (!tagger.ok()) {
      // Fail closed: without the tagger names would pass unseen.
      return tagger.status().WithContext("cannot load the tagger model " + path +
                                         " (give --model PATH, set TEARLINE_MODEL, or run with --no-tagger to use "
                                         "the pattern detectors only)");
    }
    fingerprint = TaggerFingerprint(**tagger);
    detectors.push_back(std::move(*tagger));
    // The quasi-identifier lexicons (DEM, QUANTITY, ORG) go with the tagger.
    std::string lexicons = flags.lexicons.empty() ? DefaultLexiconDir() : flags.lexicons;
    auto quasi = CompileQuasiDetector(lexicons);
    if (!quasi.ok()) {
      return quasi.status().WithContext("cannot load the lexicons in " + lexicons +
                                        " (give --lexicons DIR or set TEARLINE_LEXICONS)");
    }
    detectors.push_back(std::move(*quasi));
    // Titled names, names after a word for a relative or a role, names
    // described by an apposition, romanized East Asian names, regional
    // names, the values of name fields ("Name: ...") and the authors of
    // citations back the tagger up on names it has never seen; code names
    // are names no model reads as names.
    for (auto& rule : NewNameRuleDetectors()) detectors.push_back(std::move(rule));
  }
  if (policy != nullptr && !policy->protected_names.empty()) {
    TL_ASSIGN_OR_RETURN(std::unique_ptr<const Detector> protect, CompileProtectedDetector(policy->protected_names));
    detectors.push_back(std::move(protect));
  }
  return std::make_unique<Engine>(std::move(detectors), fingerprint);
}

}  // namespace tearline::cli
