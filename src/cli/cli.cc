#include <CLI/CLI.hpp>

#include "commands.h"
#include "tearline/cli.h"

namespace tearline {

int ExitCodeFor(const Status& s) {
  switch (s.code()) {
    case Status::Code::kOk: return kExitOk;
    case Status::Code::kBlocked: return kExitBlocked;
    case Status::Code::kInvalidArgument:
    case Status::Code::kPolicyError:
    case Status::Code::kNotFound: return kExitUsage;
    case Status::Code::kBadInput: return kExitBadInput;
    case Status::Code::kIOError:
    case Status::Code::kCorruption:
    case Status::Code::kInternal: return kExitIO;
  }
  return kExitIO;
}

namespace {

void AddEngineFlags(CLI::App* cmd, cli::EngineFlags* flags) {
  cmd->add_option("--model", flags->model, "tagger model file (default: the shipped model, if installed)");
  cmd->add_flag("--no-tagger", flags->no_tagger, "run the pattern detectors only");
}

}  // namespace

int RunCli(int argc, char** argv, std::ostream& out, std::ostream& err) {
  CLI::App app{"tearline — a release guard for sensitive reports.\n"
               "Exit codes: 0 released, 1 blocked, 2 usage or policy error, 3 bad input, 4 I/O error."};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("tearline ") + TEARLINE_VERSION);

  cli::ScanOptions scan;
  auto* scan_cmd = app.add_subcommand("scan", "show what the detectors find (kinds and byte offsets; no values unless --show-values)");
  scan_cmd->add_option("files", scan.files, "input files; - reads standard input")->required();
  scan_cmd->add_flag("--json", scan.json, "one JSON object per input file per line");
  scan_cmd->add_flag("--show-values", scan.show_values, "also print the detected text (sensitive!)");
  scan_cmd->add_option("--min-confidence", scan.min_confidence, "report findings at or above this confidence")
      ->check(CLI::Range(0.0, 1.0));
  scan_cmd->add_option("--max-bytes", scan.max_bytes, "refuse inputs larger than this");
  AddEngineFlags(scan_cmd, &scan.engine);

  cli::ReleaseOptions rel;
  auto* rel_cmd = app.add_subcommand("release", "sanitize FILE for the policy's recipient, check for leaks, write");
  rel_cmd->add_option("file", rel.input, "input report (.txt, .md; - for standard input)")->required();
  rel_cmd->add_option("--policy,-p", rel.policy, "recipient policy (TOML)")->required();
  rel_cmd->add_option("-o,--output", rel.output, "output path (default: <input>.<recipient>.released<ext>; - for stdout)");
  rel_cmd->add_option("--report", rel.report, "write the findings report (JSON) here");
  rel_cmd->add_option("--home", rel.home, "state directory (default: $TEARLINE_HOME, else ~/.local/share/tearline)");
  rel_cmd->add_option("--max-bytes", rel.max_bytes, "refuse inputs larger than this");
  AddEngineFlags(rel_cmd, &rel.engine);

  cli::VerifyOptions ver;
  auto* ver_cmd = app.add_subcommand("verify", "run the leak check alone on FILE; exit 1 if anything blocked remains");
  ver_cmd->add_option("file", ver.input, "file to check")->required();
  ver_cmd->add_option("--policy,-p", ver.policy, "recipient policy (TOML)")->required();
  ver_cmd->add_option("--max-bytes", ver.max_bytes, "refuse inputs larger than this");
  AddEngineFlags(ver_cmd, &ver.engine);

  std::string policy_path;
  auto* pol_cmd = app.add_subcommand("policy", "policy tools");
  pol_cmd->require_subcommand(1);
  auto* check_cmd = pol_cmd->add_subcommand("check", "validate a policy; errors as file:line:col: message");
  check_cmd->add_option("policy", policy_path, "policy file")->required();

  cli::KeysInitOptions keys;
  auto* keys_cmd = app.add_subcommand("keys", "key management");
  keys_cmd->require_subcommand(1);
  auto* init_cmd = keys_cmd->add_subcommand("init", "create the pseudonym key of a recipient (mode 0600)");
  init_cmd->add_option("--recipient,-r", keys.recipient, "recipient name")->required();
  init_cmd->add_option("--home", keys.home, "state directory");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version print to `out` and exit 0; usage errors exit 2.
    return app.exit(e, out, err) == 0 ? kExitOk : kExitUsage;
  }

  Status s;
  try {
    if (*scan_cmd) {
      s = cli::RunScan(scan, out, err);
    } else if (*rel_cmd) {
      s = cli::RunRelease(rel, out, err);
    } else if (*ver_cmd) {
      s = cli::RunVerify(ver, out, err);
    } else if (*check_cmd) {
      s = cli::RunPolicyCheck(policy_path, out, err);
    } else if (*init_cmd) {
      s = cli::RunKeysInit(keys, out, err);
    }
  } catch (const std::exception& e) {
    s = Status::Internal(e.what());
  }
  if (!s.ok()) {
    err << "tearline: " << s.ToString() << "\n";
    return ExitCodeFor(s);
  }
  return kExitOk;
}

}  // namespace tearline
