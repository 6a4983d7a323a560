#include <chrono>
#include <filesystem>
#include <iomanip>
#include <sstream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "tearline/file.h"
#include "tearline/keys.h"
#include "tearline/ledger.h"
#include "tearline/policy.h"
#include "tearline/read.h"
#include "tearline/release.h"
#include "tearline/resolve.h"
#include "tearline/verify.h"

namespace tearline::cli {
namespace {

namespace fs = std::filesystem;

// <dir>/<stem>.<recipient>.released<ext>
std::string DefaultOutputPath(const std::string& input, const std::string& recipient) {
  fs::path p(input);
  std::string ext = p.extension().string();
  return (p.parent_path() / (p.stem().string() + "." + recipient + ".released" + (ext.empty() ? ".txt" : ext)))
      .string();
}

bool SameFile(const std::string& a, const std::string& b) {
  std::error_code ec;
  return fs::exists(a, ec) && fs::exists(b, ec) && fs::equivalent(a, b, ec);
}

Result<Document> ReadInput(const std::string& path, size_t max_bytes, const std::string& format_name = "auto") {
  Format format = Format::kText;
  if (format_name == "markdown") {
    format = Format::kMarkdown;
  } else if (format_name == "auto") {
    TL_ASSIGN_OR_RETURN(format, FormatForPath(path));
  }
  TL_ASSIGN_OR_RETURN(std::string bytes, ReadFile(path, max_bytes));
  ReadOptions options;
  options.max_bytes = max_bytes;
  auto doc = ReadDocument(std::move(bytes), format, options);
  if (!doc.ok()) return doc.status().WithContext(path);
  return doc;
}

// A policy that cannot be read is a usage error (exit 2), like an invalid one.
Result<Policy> LoadUserPolicy(const std::string& path) {
  auto policy = LoadPolicy(path);
  if (!policy.ok() && policy.status().code() == Status::Code::kIOError) {
    return Status::PolicyError(policy.status().message());
  }
  return policy;
}

// --timings: two lines on the error stream, times in milliseconds. The
// detectors' times cover the detect stage and every leak-check scan.
void PrintReleaseTimings(uint64_t engine_ns, const ReleaseResult& r, const Engine& engine, const EngineScratch& scratch,
                         size_t input_bytes, std::ostream& err) {
  const ReleaseTimings& t = r.timings;
  auto ms = [](uint64_t ns) { return static_cast<double>(ns) / 1e6; };
  const uint64_t release_ns = t.detect_ns + t.resolve_ns + t.transform_ns + t.leak_check_ns;
  std::ostringstream line;
  line << std::fixed << std::setprecision(1) << "tearline: timings: engine " << ms(engine_ns) << " ms; release of "
       << input_bytes << " bytes " << ms(release_ns) << " ms";
  if (release_ns > 0) line << " (" << static_cast<double>(input_bytes) * 1e3 / static_cast<double>(release_ns) << " MB/s)";
  line << ": detect " << ms(t.detect_ns) << ", resolve " << ms(t.resolve_ns) << ", transform " << ms(t.transform_ns)
       << ", leak check " << ms(t.leak_check_ns) << " (" << r.leak_check_scans << " scans)\n";
  line << "tearline: timings by detector:";
  const std::vector<std::string_view> ids = engine.detector_ids();
  for (size_t i = 0; i < ids.size() && i < scratch.detector_ns.size(); ++i) {
    line << (i ? ", " : " ") << ids[i] << " " << std::setprecision(2) << ms(scratch.detector_ns[i]);
  }
  line << "\n";
  err << line.str();
}

}  // namespace

Status RunRelease(const ReleaseOptions& o, std::ostream& out, std::ostream& err) {
  TL_ASSIGN_OR_RETURN(Policy policy, LoadUserPolicy(o.policy));
  TL_ASSIGN_OR_RETURN(Document doc, ReadInput(o.input, o.max_bytes, o.format));
  std::string output = o.output;
  if (output.empty()) {
    if (o.input == "-") return Status::InvalidArgument("reading standard input needs -o OUT (or -o - for standard output)");
    output = DefaultOutputPath(o.input, policy.recipient);
  }
  if (output != "-" && (SameFile(output, o.input) || (!o.report.empty() && SameFile(o.report, o.input)))) {
    return Status::InvalidArgument("refusing to overwrite the input " + o.input);
  }
  if (output != "-" && output == o.report) return Status::InvalidArgument("--report and -o name the same file");

  std::optional<RecipientKey> key;
  if (PolicyNeedsKey(policy)) {
    TL_ASSIGN_OR_RETURN(key, LoadRecipientKey(ResolveHome(o.home), policy.recipient));
  }
  EngineFlags engine_flags = o.engine;
  engine_flags.home = o.home;
  const auto build_start = std::chrono::steady_clock::now();
  TL_ASSIGN_OR_RETURN(std::unique_ptr<Engine> engine, BuildEngine(engine_flags, &policy));
  const auto build_time = std::chrono::steady_clock::now() - build_start;
  auto scratch = engine->NewScratch();
  TL_ASSIGN_OR_RETURN(ReleaseResult result, RunRelease(*engine, *scratch, doc, policy, key ? &*key : nullptr));
  if (o.timings) {
    PrintReleaseTimings(static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(build_time).count()),
                        result, *engine, *scratch, doc.text.size(), err);
  }

  // Every release attempt, released or blocked, goes into the ledger.
  std::string home = ResolveHome(o.home);
  TL_ASSIGN_OR_RETURN(std::unique_ptr<Ledger> ledger, OpenLedgerForAppend(home, o.ledger));
  EntryDraft draft;
  draft.operator_name = o.operator_name.empty() ? CurrentUser() : o.operator_name;
  draft.recipient = policy.recipient;
  draft.policy_fingerprint = policy.fingerprint;
  draft.model_fingerprint = engine->model_fingerprint();
  draft.input_sha256 = result.input_sha256;
  draft.output_sha256 = result.output_sha256;
  draft.counts_json = nlohmann::json(result.Counts()).dump();
  draft.decision = result.released() ? LedgerDecision::kReleased : LedgerDecision::kBlocked;
  draft.reason = result.leaks.Summary(20);

  ReportContext ctx{o.input, output, engine->model_fingerprint(), TEARLINE_VERSION};
  if (!result.released()) {
    TL_ASSIGN_OR_RETURN(LedgerEntry entry, ledger->Append(draft));
    if (!o.report.empty()) {
      TL_RETURN_IF_ERROR(WriteFileAtomic(o.report, ReleaseReportJson(result, policy, ctx), 0600));
    }
    err << "tearline: " << result.leaks.Summary() << " (offsets into the output)\n";
    for (size_t i = 0; i < result.leak_input_spans.size() && i < 20; ++i) {
      const Span& s = result.leak_input_spans[i];
      if (s.end > 0) {
        err << "tearline:   " << result.leaks.leaks[i].FullKind() << " comes from input bytes [" << s.begin << ","
            << s.end << ")\n";
      }
    }
    err << "tearline: nothing was written to " << (output == "-" ? "standard output" : output)
        << "; recorded as ledger entry " << entry.seq << "\n"
        << "tearline: inspect with `tearline scan --show-values " << o.input
        << "`, then lower the kind's threshold, or allow the term in the policy\n";
    return Status::Blocked("release to " + policy.recipient + " blocked by the leak check");
  }
  uint64_t seq = 0;
  if (output == "-") {
    TL_ASSIGN_OR_RETURN(LedgerEntry entry, ledger->Append(draft));
    seq = entry.seq;
    out << result.transform.text;
    out.flush();
  } else {
    const std::string ledger_path = o.ledger.empty() ? DefaultLedgerPath(home) : o.ledger;
    TL_ASSIGN_OR_RETURN(LedgerEntry entry, RecordAndPublish(*ledger, draft, output, result.transform.text, 0600,
                                                            nullptr, PendingDirFor(ledger_path)));
    seq = entry.seq;
  }
  if (!o.report.empty()) {
    TL_RETURN_IF_ERROR(WriteFileAtomic(o.report, ReleaseReportJson(result, policy, ctx), 0600));
  }
  std::ostream& info = output == "-" ? err : out;
  info << "released " << o.input << " to " << policy.recipient << ": "
       << (output == "-" ? "standard output" : output) << "\n";
  info << "  " << result.transform.applied.size() << " spans acted on, " << result.resolution.allowed.size()
       << " allowed, " << result.transform.withheld_portions.size() << " portions withheld; leak check passed\n";
  for (const auto& [kind, actions] : result.Counts()) {
    info << "  " << kind << ":";
    for (const auto& [action, n] : actions) info << " " << action << "=" << n;
    info << "\n";
  }
  if (!o.report.empty()) info << "  report: " << o.report << "\n";
  info << "  ledger entry " << seq << "\n";
  return Status::OK();
}

Status RunVerify(const VerifyOptions& o, std::ostream& out, std::ostream& err) {
  TL_ASSIGN_OR_RETURN(Policy policy, LoadUserPolicy(o.policy));
  TL_ASSIGN_OR_RETURN(Document doc, ReadInput(o.input, o.max_bytes));
  TL_ASSIGN_OR_RETURN(std::unique_ptr<Engine> engine, BuildEngine(o.engine, &policy));
  auto scratch = engine->NewScratch();
  std::vector<Span> placeholders = FindPlaceholderSpans(doc.text, policy);
  const std::vector<Span> syntax = MarkingSyntaxSpans(doc, policy);
  // The listed organisations the file names (ORG/GROUP and ORG/LISTED of
  // the organisation lexicons), read as a release reads them: a PERSON reading inside one is
  // the group. The leak check then re-reads the same text, so the tagger
  // reuses this reading.
  std::vector<Span> groups;
  if (policy.Blocks(Kind::kPerson) || policy.Blocks(Kind::kLoc)) {
    std::vector<Finding> orgs;
    TL_RETURN_IF_ERROR(engine->Scan(doc.text, *scratch, policy.verify_threshold, &orgs, KindBit(Kind::kOrg)));
    for (const Finding& f : orgs) {
      if (IsListedOrganisation(f)) groups.push_back(Span{f.begin, f.end});
    }
  }
  TL_ASSIGN_OR_RETURN(LeakReport report,
                      CheckForLeaks(*engine, *scratch, doc.text, placeholders, policy, nullptr, &syntax, &groups));
  if (report.blocked()) {
    err << "tearline: " << o.input << ": " << report.Summary() << "\n";
    return Status::Blocked(o.input + " would not pass the leak check for " + policy.recipient);
  }
  out << o.input << ": leak check passed for " << policy.recipient << "\n";
  return Status::OK();
}

}  // namespace tearline::cli
