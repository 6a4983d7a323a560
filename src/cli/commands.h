// Internal to the CLI: one options struct and one Run function per subcommand.
// Each Run returns a Status; RunCli turns it into an exit code and a message.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "tearline/engine.h"
#include "tearline/ledger.h"
#include "tearline/policy.h"
#include "tearline/status.h"

namespace tearline::cli {

struct EngineFlags {
  std::string model;     // --model; "" = DefaultModelPath()
  std::string lexicons;  // --lexicons; "" = DefaultLexiconDir()
  bool no_tagger = false;  // patterns, scripts and the protected list only
  std::string home;        // state directory (--home), for the pattern cache
};

// $TEARLINE_MODEL, else the model shipped in the source tree.
std::string DefaultModelPath();
// $TEARLINE_LEXICONS, else data/lexicons in the source tree.
std::string DefaultLexiconDir();

// Builds the detectors of a run: patterns, Arabic-script runs, the tagger and
// the quasi-identifier lexicons (unless --no-tagger; a model or lexicon that
// cannot be loaded is an error, never a silent fallback), and the protected
// list of `policy` (may be null).
Result<std::unique_ptr<Engine>> BuildEngine(const EngineFlags& flags, const Policy* policy);

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
  std::string ledger;         // "" = <home>/ledger.db
  std::string operator_name;  // "" = the OS user
  size_t max_bytes = 256u << 20;
  EngineFlags engine;
  // "auto" (from the input's extension; standard input is text), "text",
  // "markdown", "csv" or "jsonl".
  std::string format = "auto";
  // Document releases: print each stage's and each detector's time to the
  // error stream (no values; see PrintReleaseTimings).
  bool timings = false;
};
// True when the release reads records (--format csv/jsonl, or "auto" and a
// .csv/.jsonl/.ndjson input).
bool ReleasesRecords(const ReleaseOptions& o);
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

// The OS user running tearline ($USER, else the password database, else "unknown").
std::string CurrentUser();

// Creates the state directory and signing key if needed and opens the ledger
// (`path`, or <home>/ledger.db) for appending.
Result<std::unique_ptr<Ledger>> OpenLedgerForAppend(const std::string& home, const std::string& path);

struct LedgerCmdOptions {
  std::string home;
  std::string ledger;      // "" = <home>/ledger.db
  std::string recipient;   // show/export filter
  size_t limit = 0;        // show: newest N (0 = all)
  std::string public_key;  // verify: trusted key file; "" = <home>/ledger.pub
  std::string anchor;      // verify: "SEQ:HASH" published earlier
};
Status RunLedgerShow(const LedgerCmdOptions& o, std::ostream& out, std::ostream& err);
Status RunLedgerVerify(const LedgerCmdOptions& o, std::ostream& out, std::ostream& err);
Status RunLedgerExport(const LedgerCmdOptions& o, std::ostream& out, std::ostream& err);
Status RunLedgerHead(const LedgerCmdOptions& o, std::ostream& out, std::ostream& err);

struct EvalOptions {
  std::string gold;    // TAB-format JSON
  std::string policy;  // the policy whose masking is scored
  bool json = false;
  EngineFlags engine;
};
// Masks each document as a release with `policy` would (every decision that is
// not keep) and scores it with TAB's measures (tearline/eval.h).
Status RunEval(const EvalOptions& o, std::ostream& out, std::ostream& err);

struct TrainCmdOptions {
  std::string data_dir;
  std::string lexicon_dir;
  std::string output;
  int holdout_every = 10;
  int epochs = 0;  // 0 = the trainer's default
  bool no_wnut = false;
  std::string synthetic_dir;  // TrainOptions::synthetic_dir ("" = none)
  std::string learner = "perceptron";  // perceptron | crf | mix (TrainOptions::Learner)
};
Status RunTrain(const TrainCmdOptions& o, std::ostream& out, std::ostream& err);

struct KeysInitOptions {
  std::string recipient;
  std::string home;
};
Status RunKeysInit(const KeysInitOptions& o, std::ostream& out, std::ostream& err);

}  // namespace tearline::cli
