#include <CLI/CLI.hpp>

#include "cmd_records.h"
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
  cmd->add_option("--lexicons", flags->lexicons, "folder of the DEM/QUANTITY/ORG lexicons (default: data/lexicons)");
  cmd->add_flag("--no-tagger", flags->no_tagger, "run the pattern detectors only (no tagger, no lexicons)");
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
  rel_cmd->add_option("file", rel.input, "input report (.txt, .md; - for standard input) or records (.csv, .jsonl)")->required();
  rel_cmd->add_option("--policy,-p", rel.policy, "recipient policy (TOML)")->required();
  rel_cmd->add_option("-o,--output", rel.output, "output path (default: <input>.<recipient>.released<ext>; - for stdout)");
  rel_cmd->add_option("--report", rel.report, "write the findings report (JSON) here");
  rel_cmd->add_option("--home", rel.home, "state directory (default: $TEARLINE_HOME, else ~/.local/share/tearline)");
  rel_cmd->add_option("--ledger", rel.ledger, "ledger file (default: <home>/ledger.db)");
  rel_cmd->add_option("--operator", rel.operator_name, "who is releasing (default: the OS user)");
  rel_cmd->add_option("--max-bytes", rel.max_bytes, "refuse inputs larger than this");
  rel_cmd->add_option("--format", rel.format, "input format: auto (from the extension; - is text), text, markdown, csv, jsonl")
      ->check(CLI::IsMember({"auto", "text", "markdown", "csv", "jsonl"}));
  rel_cmd->add_flag("--timings", rel.timings, "print the time of each stage and detector to standard error (documents)");
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
  auto* init_cmd = keys_cmd->add_subcommand(
      "init", "create the ledger signing key (if missing) and, with --recipient, a recipient's pseudonym key (mode 0600)");
  init_cmd->add_option("--recipient,-r", keys.recipient, "recipient name");
  init_cmd->add_option("--home", keys.home, "state directory");

  cli::LedgerCmdOptions led;
  auto* ledger_cmd = app.add_subcommand("ledger", "the signed, hash-chained record of every release");
  ledger_cmd->require_subcommand(1);
  auto* show_cmd = ledger_cmd->add_subcommand("show", "list entries (no hidden values are ever stored)");
  auto* lverify_cmd = ledger_cmd->add_subcommand("verify", "check the chain and every signature; name the first bad entry");
  auto* export_cmd = ledger_cmd->add_subcommand("export", "all entries as JSON");
  auto* head_cmd = ledger_cmd->add_subcommand("head", "print the chain head SEQ:HASH, to anchor it elsewhere");
  for (CLI::App* c : {show_cmd, lverify_cmd, export_cmd, head_cmd}) {
    c->add_option("--home", led.home, "state directory");
    c->add_option("--ledger", led.ledger, "ledger file (default: <home>/ledger.db)");
  }
  show_cmd->add_option("--recipient", led.recipient, "only entries for this recipient");
  show_cmd->add_option("--limit", led.limit, "only the newest N entries");
  export_cmd->add_option("--recipient", led.recipient, "only entries for this recipient");
  bool export_json = true;
  export_cmd->add_flag("--json", export_json, "JSON output (the only format)");
  lverify_cmd->add_option("--public-key", led.public_key, "trusted public key file (default: <home>/ledger.pub)");
  lverify_cmd->add_option("--anchor", led.anchor, "a head SEQ:HASH published earlier; fails if history was rewritten");

  cli::EvalOptions ev;
  auto* eval_cmd = app.add_subcommand("eval", "score the masking of a policy on TAB-format gold annotations");
  eval_cmd->add_option("gold", ev.gold, "TAB-format JSON file")->required();
  eval_cmd->add_option("--policy,-p", ev.policy, "policy whose masking is scored")->required();
  eval_cmd->add_flag("--json", ev.json, "JSON instead of a table");
  AddEngineFlags(eval_cmd, &ev.engine);

  cli::TrainCmdOptions tr;
  tr.data_dir = "../shared/data";
  tr.lexicon_dir = "data/lexicons";
  tr.output = "models/tagger.tlm";
  tr.synthetic_dir = "bench/quality/synthetic";
  auto* train_cmd = app.add_subcommand(
      "train", "rebuild the tagger model from annotated corpora (GUM, TAB, WNUT-17) and the synthetic reports");
  train_cmd->add_option("--data", tr.data_dir, "folder with gum/, tab/ and wnut17/");
  train_cmd->add_option("--lexicons", tr.lexicon_dir, "folder with the name lexicons");
  train_cmd->add_option("-o,--output", tr.output, "model file to write");
  train_cmd->add_option("--holdout-every", tr.holdout_every, "hold out every Nth GUM document for scoring");
  train_cmd->add_option("--epochs", tr.epochs, "training epochs (default: the trainer's)");
  train_cmd->add_flag("--no-wnut", tr.no_wnut, "leave the WNUT-17 tweets out of training");
  train_cmd->add_option("--synthetic", tr.synthetic_dir,
                        "folder of synthetic reports (.txt, .names, .places; its heldout.list left out); \"\" for none");
  train_cmd->add_option("--learner", tr.learner,
                        "perceptron (the shipped model's), crf (linear-chain CRF, SGD) or mix (both, weights averaged)")
      ->check(CLI::IsMember({"perceptron", "crf", "mix"}));

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
      s = cli::ReleasesRecords(rel) ? cli::RunRecordsRelease(rel, out, err) : cli::RunRelease(rel, out, err);
    } else if (*ver_cmd) {
      s = cli::RunVerify(ver, out, err);
    } else if (*check_cmd) {
      s = cli::RunPolicyCheck(policy_path, out, err);
    } else if (*init_cmd) {
      s = cli::RunKeysInit(keys, out, err);
    } else if (*show_cmd) {
      s = cli::RunLedgerShow(led, out, err);
    } else if (*lverify_cmd) {
      s = cli::RunLedgerVerify(led, out, err);
    } else if (*export_cmd) {
      s = cli::RunLedgerExport(led, out, err);
    } else if (*head_cmd) {
      s = cli::RunLedgerHead(led, out, err);
    } else if (*eval_cmd) {
      s = cli::RunEval(ev, out, err);
    } else if (*train_cmd) {
      s = cli::RunTrain(tr, out, err);
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
