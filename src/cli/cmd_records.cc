// `tearline release` for records (cmd_records.h, doc/records.md).
#include "cmd_records.h"

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>

#include "tearline/aggregate.h"
#include "tearline/file.h"
#include "tearline/kanon.h"
#include "tearline/keys.h"
#include "tearline/ledger.h"
#include "tearline/policy.h"
#include "tearline/read.h"
#include "tearline/records.h"
#include "tearline/release.h"
#include "tearline/verify.h"

namespace tearline::cli {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

// The parsed input and a uniform way to read one field of one record.
struct Input {
  RecordFormat format = RecordFormat::kCsv;
  std::optional<CsvTable> csv;
  std::optional<JsonlTable> jsonl;
  std::string sha256;
  size_t records() const { return csv ? csv->records.size() : jsonl->lines.size(); }
  size_t line(size_t i) const { return csv ? csv->records[i].line : jsonl->lines[i].line; }
  bool HasField(const std::string& field) const {
    if (csv) return csv->ColumnIndex(field).has_value();
    for (size_t i = 0; i < jsonl->lines.size(); ++i) {
      auto v = JsonlValue(*jsonl, i, field);
      if (v.ok() && v->has_value()) return true;
    }
    return false;
  }
  // Every record's value of `field`. kPolicyError if the input lacks the
  // field; kBadInput if a JSONL line lacks it.
  Result<std::vector<std::string>> Values(const std::string& field, const std::string& path) const {
    std::vector<std::string> out;
    out.reserve(records());
    if (csv) {
      auto c = csv->ColumnIndex(field);
      if (!c) return Status::PolicyError("policy names column '" + field + "', which " + path + " does not have");
      for (size_t r = 0; r < csv->records.size(); ++r) out.push_back(csv->value(r, *c));
      return out;
    }
    for (size_t i = 0; i < jsonl->lines.size(); ++i) {
      TL_ASSIGN_OR_RETURN(std::optional<std::string> v, JsonlValue(*jsonl, i, field));
      if (!v) {
        if (!HasField(field)) return Status::PolicyError("policy names field '" + field + "', which no line of " + path + " has");
        return Status::BadInput(path + ": JSONL line " + std::to_string(jsonl->lines[i].line) + ": field '" + field +
                                "' is missing");
      }
      out.push_back(std::move(*v));
    }
    return out;
  }
};

Result<Input> ReadRecords(const std::string& path, size_t max_bytes, const std::string& format_name) {
  Input in;
  if (format_name == "csv") {
    in.format = RecordFormat::kCsv;
  } else if (format_name == "jsonl") {
    in.format = RecordFormat::kJsonl;
  } else {
    TL_ASSIGN_OR_RETURN(in.format, RecordFormatForPath(path));
  }
  TL_ASSIGN_OR_RETURN(std::string bytes, ReadFile(path, max_bytes));
  in.sha256 = LedgerSha256Hex(bytes);
  if (in.format == RecordFormat::kCsv) {
    CsvOptions co;
    co.max_bytes = max_bytes;
    auto t = ParseCsv(std::move(bytes), co);
    if (!t.ok()) return t.status().WithContext(path);
    in.csv = std::move(*t);
  } else {
    JsonlOptions jo;
    jo.max_bytes = max_bytes;
    auto t = ParseJsonl(std::move(bytes), jo);
    if (!t.ok()) return t.status().WithContext(path);
    in.jsonl = std::move(*t);
  }
  return in;
}

bool SameFile(const std::string& a, const std::string& b) {
  std::error_code ec;
  return fs::exists(a, ec) && fs::exists(b, ec) && fs::equivalent(a, b, ec);
}

const FieldRule* RuleFor(const FieldPolicy& p, std::string_view field) {
  for (const FieldRule& r : p.rules)
    if (r.field == field) return &r;
  return nullptr;
}

// ---------------------------------------------------------------- aggregate

struct AggregateOutcome {
  std::string output;
  SuppressedCounts counts;
};

// One `by` field's values, generalized when the policy has a generalize rule.
Result<std::vector<std::string>> GroupValues(const Input& in, const RecordsPolicy& rp, const std::string& field,
                                             const std::string& path) {
  const FieldRule* rule = RuleFor(rp.fields, field);
  if (rule && rule->action != FieldActionType::kGeneralize && rule->action != FieldActionType::kKeep)
    return Status::PolicyError("field '" + field + "' is counted by [records.aggregate]; its rule may only be keep or generalize");
  TL_ASSIGN_OR_RETURN(std::vector<std::string> v, in.Values(field, path));
  if (rule && rule->action == FieldActionType::kGeneralize) {
    for (size_t i = 0; i < v.size(); ++i) {
      auto g = rule->hierarchy->Generalize(v[i], rule->level);
      if (!g.ok()) return g.status().WithContext(path + ": line " + std::to_string(in.line(i)) + ", field '" + field + "'");
      v[i] = std::move(*g);
    }
  }
  return v;
}

Result<AggregateOutcome> Aggregate(const Input& in, const RecordsPolicy& rp, const std::string& path) {
  const RecordsAggregate& a = *rp.aggregate;
  TL_ASSIGN_OR_RETURN(std::vector<std::string> rows, GroupValues(in, rp, a.by[0], path));
  std::vector<std::string> cols;
  if (a.by.size() > 1) { TL_ASSIGN_OR_RETURN(cols, GroupValues(in, rp, a.by[1], path)); }
  AggregateOutcome o;
  o.counts = SuppressCounts(CountByGroups(rows, cols), a.options);
  o.output = FormatCountsCsv(o.counts, a.by[0], a.options);
  return o;
}

// ---------------------------------------------------------------- across releases

struct CrossCheck {
  std::optional<ReleasedQiSet> current;  // what to store after the release
  size_t previous = 0;                   // earlier releases checked
  Json risks = Json::array();
  std::string blocked;                   // non-empty: why the release is blocked
};

std::string FieldsJson(const ReleaseFingerprint& f) {
  return Json{{"fields", f.fields}, {"hierarchies", f.hierarchies}, {"levels", f.levels}}.dump();
}

// The hierarchy of a field released earlier with hierarchy `name`.
std::shared_ptr<const Hierarchy> FindHierarchy(const RecordsPolicy& rp, const std::string& field, const std::string& name) {
  for (const QuasiIdentifier& q : rp.fields.quasi_identifiers)
    if (q.field == field && q.hierarchy->name() == name) return q.hierarchy;
  if (const HierarchySpec* h = rp.HierarchyFor(field); h && h->hierarchy->name() == name) return h->hierarchy;
  for (const FieldRule& r : rp.fields.rules)
    if (r.field == field && r.hierarchy && r.hierarchy->name() == name) return r.hierarchy;
  auto b = BuiltinHierarchy(name);
  return b.ok() ? *b : nullptr;
}

Result<KAnonProblem> BuildProblem(const Input& in, const std::vector<QuasiIdentifier>& qis, const std::string& path) {
  KAnonProblem problem(qis);
  std::vector<std::vector<std::string>> cols;
  for (const QuasiIdentifier& q : qis) {
    TL_ASSIGN_OR_RETURN(std::vector<std::string> v, in.Values(q.field, path));
    cols.push_back(std::move(v));
  }
  std::vector<std::string_view> row(qis.size());
  std::vector<size_t> lines(in.records());
  for (size_t r = 0; r < in.records(); ++r) {
    for (size_t j = 0; j < qis.size(); ++j) row[j] = cols[j][r];
    problem.AddRecord(row);
    lines[r] = in.line(r);
  }
  TL_RETURN_IF_ERROR(problem.Finalize(&lines).WithContext(path));
  return problem;
}

// Fingerprints what this release gives away and checks it against every
// earlier release to the recipient (doc/records.md, "Across releases").
Result<CrossCheck> CheckAcrossReleases(const Input& in, const RecordsPolicy& rp, const RecordsRelease& rel,
                                       const std::vector<uint8_t>& key, const std::vector<ReleasedQiSet>& stored,
                                       const std::string& path) {
  CrossCheck cc;
  std::vector<ReleaseFingerprint> previous;
  for (const ReleasedQiSet& s : stored) {
    ReleaseFingerprint f;
    try {
      Json j = Json::parse(s.fields);
      f.fields = j.at("fields").get<std::vector<std::string>>();
      f.hierarchies = j.at("hierarchies").get<std::vector<std::string>>();
      f.levels = j.at("levels").get<std::vector<int>>();
    } catch (const std::exception&) {
      return Status::Corruption("ledger released_qi of entry " + std::to_string(s.seq) + " is malformed");
    }
    f.class_hashes = s.key_hashes;
    previous.push_back(std::move(f));
  }
  // The fields this release gives away: its quasi-identifiers at the chosen
  // levels, and fields released earlier as quasi-identifiers that this
  // release keeps (level 0: keep, pseudonym, text) or generalizes.
  std::vector<QuasiIdentifier> cur_qis = rp.fields.quasi_identifiers;
  std::vector<int> cur_levels;
  if (rel.report.kanon) cur_levels = rel.report.kanon->levels;
  std::vector<QuasiIdentifier> others;
  std::map<std::string, bool> seen;
  for (const QuasiIdentifier& q : cur_qis) seen[q.field] = true;
  for (size_t pi = 0; pi < previous.size(); ++pi) {
    const ReleaseFingerprint& f = previous[pi];
    for (size_t j = 0; j < f.fields.size(); ++j) {
      const std::string& field = f.fields[j];
      if (seen[field]) continue;
      seen[field] = true;
      auto h = FindHierarchy(rp, field, f.hierarchies[j]);
      if (!h || !in.HasField(field)) {
        cc.blocked = "cannot check against ledger entry " + std::to_string(stored[pi].seq) + ": it released field '" +
                     field + "' (" + f.hierarchies[j] + "), which " + (h ? "this input lacks" : "this policy cannot rebuild");
        return cc;
      }
      const FieldRule* rule = RuleFor(rp.fields, field);
      int level = -1;
      if (!rule) level = rp.fields.keep_unlisted ? 0 : -1;
      else if (rule->action == FieldActionType::kGeneralize) level = rule->hierarchy->name() == h->name() ? rule->level : 0;
      else if (rule->action != FieldActionType::kDrop && rule->action != FieldActionType::kRedact) level = 0;
      if (level >= 0) {
        cur_qis.push_back({field, h});
        cur_levels.push_back(level);
      } else {
        others.push_back({field, h});
      }
    }
  }
  if (cur_qis.empty()) return cc;
  KAnonResult res;
  res.levels = cur_levels;
  if (rel.report.kanon) res.suppressed_records = rel.report.kanon->suppressed_records;
  ReleaseFingerprint current;
  if (previous.empty() && rel.report.fingerprint) {
    current = *rel.report.fingerprint;
  } else {
    TL_ASSIGN_OR_RETURN(KAnonProblem cur_problem, BuildProblem(in, cur_qis, path));
    current = FingerprintRelease(cur_problem, res, key);
  }
  cc.current = ReleasedQiSet{0, FieldsJson(current), current.class_hashes};
  cc.previous = previous.size();
  if (previous.empty()) return cc;

  std::vector<QuasiIdentifier> all = cur_qis;
  all.insert(all.end(), others.begin(), others.end());
  TL_ASSIGN_OR_RETURN(KAnonProblem problem, BuildProblem(in, all, path));
  auto risks = CheckCombinedReleases(problem, key, previous, current, rp.fields.kanon.k);
  if (!risks.ok()) {
    cc.blocked = "cannot check against earlier releases: " + risks.status().message();
    return cc;
  }
  for (const CombinationRisk& r : *risks) {
    cc.risks.push_back({{"ledger_entry", stored[r.previous].seq},
                        {"smallest_class", r.smallest_class},
                        {"records_affected", r.records_affected},
                        {"fields", r.fields}});
    if (cc.blocked.empty()) {
      std::string fields;
      for (const std::string& f : r.fields) fields += (fields.empty() ? "" : ", ") + f;
      cc.blocked = "combined with ledger entry " + std::to_string(stored[r.previous].seq) + ", fields " + fields +
                   " narrow " + std::to_string(r.records_affected) + " records to classes below k = " +
                   std::to_string(rp.fields.kanon.k) + " (smallest " + std::to_string(r.smallest_class) + ")";
    }
  }
  return cc;
}

// Checks every stored set against the digest its signed ledger entry holds.
Status CheckStoredSets(Ledger& ledger, const std::string& recipient, const std::vector<ReleasedQiSet>& sets) {
  ListFilter filter;
  filter.recipient = recipient;
  TL_ASSIGN_OR_RETURN(std::vector<LedgerEntry> entries, ledger.List(filter));
  std::map<uint64_t, std::string> digest;
  for (const LedgerEntry& e : entries) {
    try {
      Json j = Json::parse(e.draft.counts_json);
      if (j.contains("qi_sha256")) digest[e.seq] = j["qi_sha256"].get<std::string>();
    } catch (const std::exception&) {
    }
  }
  for (const ReleasedQiSet& s : sets) {
    auto it = digest.find(s.seq);
    if (it == digest.end() || it->second != LedgerSha256Hex(ReleasedQiDigest(s)))
      return Status::Corruption("released_qi of ledger entry " + std::to_string(s.seq) + " does not match the entry");
    digest.erase(it);
  }
  if (!digest.empty())
    return Status::Corruption("released_qi of ledger entry " + std::to_string(digest.begin()->first) + " is missing");
  return Status::OK();
}

}  // namespace

bool IsRecordsPath(std::string_view path) { return RecordFormatForPath(path).ok(); }

bool ReleasesRecords(const ReleaseOptions& o) {
  if (o.format == "csv" || o.format == "jsonl") return true;
  return o.format == "auto" && IsRecordsPath(o.input);
}

Status RunRecordsRelease(const ReleaseOptions& o, std::ostream& out, std::ostream& err) {
  auto loaded = LoadPolicy(o.policy);
  if (!loaded.ok() && loaded.status().code() == Status::Code::kIOError) return Status::PolicyError(loaded.status().message());
  TL_ASSIGN_OR_RETURN(Policy policy, std::move(loaded));
  if (!policy.records)
    return Status::PolicyError(o.policy + " has no [records] table: records are released only by a policy that says how "
                               "(doc/records.md)");
  const RecordsPolicy& rp = *policy.records;
  if (o.timings) return Status::InvalidArgument("--timings applies to document releases, not to records");
  if (o.input == "-" && o.output.empty())
    return Status::InvalidArgument("reading standard input needs -o OUT (or -o - for standard output)");
  TL_ASSIGN_OR_RETURN(Input in, ReadRecords(o.input, o.max_bytes, o.format));
  const bool aggregate = rp.aggregate.has_value();

  std::string output = o.output;
  if (output.empty()) {
    fs::path p(o.input);
    std::string ext = aggregate ? ".csv" : p.extension().string();
    output = (p.parent_path() / (p.stem().string() + "." + policy.recipient + ".released" + ext)).string();
  }
  if (output != "-" && (SameFile(output, o.input) || (!o.report.empty() && SameFile(o.report, o.input))))
    return Status::InvalidArgument("refusing to overwrite the input " + o.input);
  if (output != "-" && output == o.report) return Status::InvalidArgument("--report and -o name the same file");

  const std::string home = ResolveHome(o.home);
  const std::string ledger_path = o.ledger.empty() ? DefaultLedgerPath(home) : o.ledger;
  bool uses_text = false;
  for (const FieldRule& r : rp.fields.rules) uses_text |= r.action == FieldActionType::kText;
  // Rows carry the key for pseudonyms and for the released-combination hashes.
  std::optional<RecipientKey> key;
  if (!aggregate || PolicyNeedsKey(policy)) {
    TL_ASSIGN_OR_RETURN(key, LoadRecipientKey(home, policy.recipient));
  }
  TL_ASSIGN_OR_RETURN(std::unique_ptr<Engine> engine, BuildEngine(o.engine, &policy));
  auto scratch = engine->NewScratch();

  // The release proper; `blocked` holds the reason when a gate stops it.
  std::string blocked;
  std::string text_out;
  std::vector<Span> inserted;
  Json report = {{"tearline_version", TEARLINE_VERSION}, {"input", o.input}, {"recipient", policy.recipient},
                 {"policy_fingerprint", policy.fingerprint}, {"mode", aggregate ? "aggregate" : "rows"},
                 {"records_in", in.records()}};
  std::map<std::string, std::map<std::string, int>> text_counts;
  std::optional<CrossCheck> cross;
  std::unique_ptr<Ledger> ledger;  // opened when first needed
  if (aggregate) {
    TL_ASSIGN_OR_RETURN(AggregateOutcome agg, Aggregate(in, rp, o.input));
    text_out = std::move(agg.output);
    const SuppressedCounts& s = agg.counts;
    report["aggregate"] = {{"by", rp.aggregate->by},
                           {"k", rp.aggregate->options.k},
                           {"rows", s.counts.rows()},
                           {"columns", s.counts.cols()},
                           {"withheld_primary", s.primary},
                           {"withheld_complementary", s.complementary}};
  } else {
    FieldPolicy fp = rp.fields;
    fp.mask = policy.mask;
    if (key) fp.pseudonym_key.assign(key->secret.begin(), key->secret.end());
    if (uses_text) {
      fp.text = [&](std::string_view, std::string_view value) -> Result<TextOutput> {
        if (value.empty()) return TextOutput();
        Document doc;
        doc.text = std::string(value);
        doc.portions = {Portion{0, value.size(), PortionType::kParagraph}};
        TL_ASSIGN_OR_RETURN(ReleaseResult rr, RunRelease(*engine, *scratch, doc, policy, key ? &*key : nullptr));
        for (const auto& [kind, actions] : rr.Counts())
          for (const auto& [action, n] : actions) text_counts[kind][action] += n;
        if (!rr.released()) return Status::Blocked("the text pipeline's leak check: " + rr.leaks.Summary(5));
        TextOutput t(std::move(rr.transform.text));
        for (const Span& s : rr.transform.inserted) t.inserted.push_back({s.begin, s.end});
        return t;
      };
    }
    auto rel = in.csv ? ReleaseCsv(*in.csv, fp) : ReleaseJsonl(*in.jsonl, fp);
    if (!rel.ok() && rel.status().code() != Status::Code::kBlocked) return rel.status().WithContext(o.input);
    if (!rel.ok()) {
      blocked = rel.status().message();
    } else {
      const RecordsReport& rep = rel->report;
      report["records_out"] = rep.records_out;
      report["fields_out"] = rep.fields_out;
      report["fields_dropped"] = rep.fields_dropped;
      if (rep.kanon) {
        const KAnonResult& k = *rep.kanon;
        Json levels = Json::object();
        for (size_t i = 0; i < k.levels.size(); ++i) levels[rp.fields.quasi_identifiers[i].field] = k.levels[i];
        report["kanon"] = {{"k", rp.fields.kanon.k},         {"k_reached", k.k_reached},
                           {"suppressed", k.suppressed},      {"classes", k.classes},
                           {"levels", levels},                {"information_loss", k.information_loss},
                           {"share_at_risk", k.share_at_risk}, {"average_risk", k.average_risk},
                           {"max_risk", rp.fields.kanon.max_risk}, {"max_suppression", rp.fields.kanon.max_suppression}};
      }
      std::vector<ReleasedQiSet> stored;
      if (key) {
        TL_ASSIGN_OR_RETURN(stored, LoadReleasedQi(ledger_path, policy.recipient));
      }
      if (key) {  // also when nothing is stored: an entry may name a set that is gone
        TL_ASSIGN_OR_RETURN(ledger, OpenLedgerForAppend(home, o.ledger));
        Status s = CheckStoredSets(*ledger, policy.recipient, stored);
        if (!s.ok()) blocked = "cannot check against earlier releases: " + s.message();
      }
      if (key && blocked.empty()) {
        std::vector<uint8_t> k(key->secret.begin(), key->secret.end());
        TL_ASSIGN_OR_RETURN(CrossCheck cc, CheckAcrossReleases(in, rp, *rel, k, stored, o.input));
        report["across_releases"] = {{"earlier_releases", cc.previous}, {"risks", cc.risks}};
        if (!cc.blocked.empty()) blocked = cc.blocked;
        cross = std::move(cc);
      }
      text_out = std::move(rel->output);
      for (const OutputRange& r : rel->inserted) inserted.push_back(Span{r.begin, r.end});
    }
  }
  if (!text_counts.empty()) report["text_fields"] = text_counts;

  // The leak check over the whole output, excluding only what tearline wrote.
  // In CSV every delimiter becomes a line break in the scanned copy (same
  // length, same offsets), so that no detector reads across two cells: the
  // counts "24,14,16" are three numbers, not one code.
  LeakReport leaks;
  if (blocked.empty()) {
    std::string scanned = text_out;
    if (in.format == RecordFormat::kCsv) {
      bool quoted = false;
      for (char& c : scanned) {
        if (c == '"') quoted = !quoted;
        else if (c == ',' && !quoted) c = '\n';
      }
    }
    TL_ASSIGN_OR_RETURN(leaks, CheckForLeaks(*engine, *scratch, scanned, inserted, policy));
    Json l = Json::array();
    for (const Finding& f : leaks.leaks) l.push_back({{"kind", f.FullKind()}, {"begin", f.begin}, {"end", f.end}});
    report["leak_check"] = {{"passed", !leaks.blocked()}, {"leaks", l}};
    if (leaks.blocked()) blocked = leaks.Summary(20) + " (offsets into the output)";
  }

  if (!ledger) { TL_ASSIGN_OR_RETURN(ledger, OpenLedgerForAppend(home, o.ledger)); }
  EntryDraft draft;
  draft.operator_name = o.operator_name.empty() ? CurrentUser() : o.operator_name;
  draft.recipient = policy.recipient;
  draft.policy_fingerprint = policy.fingerprint;
  draft.model_fingerprint = engine->model_fingerprint();
  draft.input_sha256 = in.sha256;
  Json counts = {{"records_in", in.records()}, {"mode", aggregate ? "aggregate" : "rows"}};
  if (report.contains("records_out")) counts["records_out"] = report["records_out"];
  if (report.contains("kanon")) counts["k_reached"] = report["kanon"]["k_reached"];
  if (!text_counts.empty()) counts["text_fields"] = text_counts;
  const bool store_qi = blocked.empty() && cross && cross->current && !cross->current->key_hashes.empty();
  if (store_qi) counts["qi_sha256"] = LedgerSha256Hex(ReleasedQiDigest(*cross->current));
  draft.counts_json = counts.dump();
  draft.decision = blocked.empty() ? LedgerDecision::kReleased : LedgerDecision::kBlocked;
  draft.reason = blocked;
  report["decision"] = blocked.empty() ? "released" : "blocked";
  if (!blocked.empty()) report["reason"] = blocked;

  if (!blocked.empty()) {
    TL_ASSIGN_OR_RETURN(LedgerEntry entry, ledger->Append(draft));
    report["ledger_entry"] = entry.seq;
    if (!o.report.empty()) TL_RETURN_IF_ERROR(WriteFileAtomic(o.report, report.dump(2) + "\n", 0600));
    err << "tearline: " << blocked << "\n"
        << "tearline: nothing was written to " << (output == "-" ? "standard output" : output)
        << "; recorded as ledger entry " << entry.seq << "\n";
    return Status::Blocked("release of " + o.input + " to " + policy.recipient + " blocked");
  }
  draft.output_sha256 = LedgerSha256Hex(text_out);
  uint64_t seq = 0;
  if (output == "-") {
    TL_ASSIGN_OR_RETURN(LedgerEntry entry, ledger->Append(draft));
    seq = entry.seq;
    out << text_out;
    out.flush();
  } else {
    TL_ASSIGN_OR_RETURN(LedgerEntry entry, RecordAndPublish(*ledger, draft, output, text_out, 0600));
    seq = entry.seq;
  }
  if (store_qi) {
    cross->current->seq = seq;
    TL_RETURN_IF_ERROR(StoreReleasedQi(ledger_path, policy.recipient, *cross->current));
  }
  report["output"] = output;
  report["ledger_entry"] = seq;
  if (!o.report.empty()) TL_RETURN_IF_ERROR(WriteFileAtomic(o.report, report.dump(2) + "\n", 0600));
  std::ostream& info = output == "-" ? err : out;
  info << "released " << o.input << " to " << policy.recipient << ": " << (output == "-" ? "standard output" : output)
       << "\n";
  if (aggregate) {
    info << "  counts per " << rp.aggregate->by[0] << (rp.aggregate->by.size() > 1 ? " and " + rp.aggregate->by[1] : "")
         << " of " << in.records() << " records; " << report["aggregate"]["withheld_primary"].get<size_t>() << " + "
         << report["aggregate"]["withheld_complementary"].get<size_t>() << " numbers withheld (k = "
         << rp.aggregate->options.k << ")\n";
  } else {
    info << "  " << report["records_out"].get<size_t>() << " of " << in.records() << " records released";
    if (report.contains("kanon")) {
      info << ", k = " << rp.fields.kanon.k << " reached (smallest class " << report["kanon"]["k_reached"].get<size_t>()
           << "), " << report["kanon"]["suppressed"].get<size_t>() << " suppressed";
    }
    info << "\n";
  }
  info << "  leak check passed\n";
  if (!o.report.empty()) info << "  report: " << o.report << "\n";
  info << "  ledger entry " << seq << "\n";
  return Status::OK();
}

}  // namespace tearline::cli
