// Internal to the CLI: one options struct and one Run function per subcommand.
// Each Run returns a Status; RunCli turns it into an exit code and a message.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "tearline/engine.h"
#include "tearline/status.h"

namespace tearline::cli {

struct EngineFlags {
  std::string model;     // --model; "" = the default model if present
  bool no_tagger = false;
};

// Builds the detectors of a run: the pattern detector, and the tagger when a
// model is available (an explicit --model that fails to load is an error).
Result<std::unique_ptr<Engine>> BuildEngine(const EngineFlags& flags);

struct ScanOptions {
  std::vector<std::string> files;
  bool json = false;
  bool show_values = false;
  float min_confidence = 0.3f;
  size_t max_bytes = 256u << 20;
  EngineFlags engine;
};
Status RunScan(const ScanOptions& o, std::ostream& out, std::ostream& err);

struct ReleaseOptions {
  std::string input;
  std::string policy;
  std::string output;  // "" = default beside the input; "-" = standard output
  std::string report;  // "" = no report file
  std::string home;
  size_t max_bytes = 256u << 20;
  EngineFlags engine;
};
// Returns kBlocked when the leak check stops the release.
Status RunRelease(const ReleaseOptions& o, std::ostream& out, std::ostream& err);

struct VerifyOptions {
  std::string input;
  std::string policy;
  size_t max_bytes = 256u << 20;
  EngineFlags engine;
};
Status RunVerify(const VerifyOptions& o, std::ostream& out, std::ostream& err);

Status RunPolicyCheck(const std::string& path, std::ostream& out, std::ostream& err);

struct KeysInitOptions {
  std::string recipient;
  std::string home;
};
Status RunKeysInit(const KeysInitOptions& o, std::ostream& out, std::ostream& err);

}  // namespace tearline::cli
