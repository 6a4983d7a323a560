// Applying a FieldPolicy to CSV and JSONL tables (tearline/records.h).
#include <sodium.h>

#include <algorithm>
#include <map>
#include <set>

#include "json_tree.h"
#include "tearline/file.h"
#include "tearline/records.h"

namespace tearline {

using records_internal::JNode;

std::string_view FieldActionName(FieldActionType t) {
  switch (t) {
    case FieldActionType::kKeep: return "keep";
    case FieldActionType::kRedact: return "redact";
    case FieldActionType::kPseudonym: return "pseudonym";
    case FieldActionType::kGeneralize: return "generalize";
    case FieldActionType::kDrop: return "drop";
    case FieldActionType::kText: return "text";
  }
  return "?";
}

std::string RecordPseudonym(const std::vector<uint8_t>& key, std::string_view domain, std::string_view value) {
  static const int init = sodium_init();
  (void)init;
  crypto_auth_hmacsha256_state st;
  unsigned char mac[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256_init(&st, key.data(), key.size());
  crypto_auth_hmacsha256_update(&st, reinterpret_cast<const unsigned char*>(domain.data()), domain.size());
  crypto_auth_hmacsha256_update(&st, reinterpret_cast<const unsigned char*>(":"), 1);
  crypto_auth_hmacsha256_update(&st, reinterpret_cast<const unsigned char*>(value.data()), value.size());
  crypto_auth_hmacsha256_final(&st, mac);
  static const char* kCrockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  uint64_t bits = 0;
  for (int i = 0; i < 5; ++i) bits = (bits << 8) | mac[i];  // 40 bits
  std::string out = "P-";
  for (int i = 7; i >= 0; --i) out += kCrockford[(bits >> (5 * i)) & 31];
  return out;
}

namespace {

// Checks the parts of a policy that do not depend on the input.
Status CheckPolicy(const FieldPolicy& p) {
  std::set<std::string> seen;
  for (const FieldRule& r : p.rules) {
    if (!seen.insert(r.field).second) return Status::PolicyError("field '" + r.field + "' is named twice");
    if (r.action == FieldActionType::kPseudonym && !p.pseudonym && p.pseudonym_key.empty())
      return Status::PolicyError("field '" + r.field + "': pseudonym needs a key or a callback");
    if (r.action == FieldActionType::kText && !p.text)
      return Status::PolicyError("field '" + r.field + "': text needs the text pipeline callback");
    if (r.action == FieldActionType::kGeneralize &&
        (!r.hierarchy || r.level < 1 || r.level > r.hierarchy->height()))
      return Status::PolicyError("field '" + r.field + "': generalize needs a hierarchy and a level 1..height");
  }
  for (const QuasiIdentifier& q : p.quasi_identifiers) {
    if (!seen.insert(q.field).second)
      return Status::PolicyError("field '" + q.field + "' is named twice (a quasi-identifier may not have a rule)");
    if (!q.hierarchy) return Status::PolicyError("quasi-identifier '" + q.field + "' has no hierarchy");
  }
  return Status::OK();
}

// The new plain value of a field under rule r. `where` names the record.
Result<TextOutput> Apply(const FieldPolicy& p, const FieldRule& r, std::string_view value,
                         const std::string& where) {
  switch (r.action) {
    case FieldActionType::kKeep: return TextOutput(std::string(value));
    case FieldActionType::kDrop: return TextOutput();
    case FieldActionType::kRedact: return TextOutput(p.mask);
    case FieldActionType::kPseudonym: {
      std::string_view domain = r.pseudonym_domain.empty() ? std::string_view(r.field) : r.pseudonym_domain;
      return TextOutput(p.pseudonym ? p.pseudonym(r.field, value) : RecordPseudonym(p.pseudonym_key, domain, value));
    }
    case FieldActionType::kGeneralize: {
      auto g = r.hierarchy->Generalize(value, r.level);
      if (!g.ok()) return g.status().WithContext(where + ", field '" + r.field + "'");
      return TextOutput(std::move(*g));
    }
    case FieldActionType::kText: {
      auto t = p.text(r.field, value);
      if (!t.ok()) return t.status().WithContext(where + ", field '" + r.field + "'");
      if (FindInvalidUtf8(t->text)) return Status::Internal(where + ", field '" + r.field + "': text pipeline returned invalid UTF-8");
      size_t last = 0;
      for (const OutputRange& x : t->inserted) {
        if (x.begin < last || x.end < x.begin || x.end > t->text.size())
          return Status::Internal(where + ", field '" + r.field + "': text pipeline returned bad ranges");
        last = x.end;
      }
      return t;
    }
  }
  return Status::Internal("unknown field action");
}

// Records, in *ranges, what tearline wrote for a value emitted at
// out[start, out.size()): all of it, or for `text` the pipeline's ranges
// mapped through the escaping. `offset(p)` maps a position in v.text to its
// offset from `start`.
template <typename OffsetFn>
void NoteInserted(const FieldRule* rule, const TextOutput& v, size_t start, size_t end, OffsetFn offset,
                  std::vector<OutputRange>* ranges) {
  if (rule && rule->action == FieldActionType::kKeep) return;
  if (!rule || rule->action != FieldActionType::kText) {
    if (end > start) ranges->push_back({start, end});
    return;
  }
  for (const OutputRange& x : v.inserted)
    if (x.end > x.begin) ranges->push_back({start + offset(x.begin), start + offset(x.end)});
}

// Runs the gate; fills the report. `problem` is finalized by the caller.
Status RunGate(const FieldPolicy& p, const KAnonProblem& problem, RecordsReport* report) {
  TL_ASSIGN_OR_RETURN(KAnonResult r, Anonymize(problem, p.kanon));
  if (!p.pseudonym_key.empty()) report->fingerprint = FingerprintRelease(problem, r, p.pseudonym_key);
  report->records_out = r.records - r.suppressed;
  report->kanon = std::move(r);
  return Status::OK();
}

}  // namespace

Result<RecordsRelease> ReleaseCsv(const CsvTable& t, const FieldPolicy& p) {
  TL_RETURN_IF_ERROR(CheckPolicy(p));
  const size_t nc = t.num_columns();
  // Per column: a rule index, a quasi-identifier index, or neither.
  std::vector<int> rule_of(nc, -1), qi_of(nc, -1);
  for (size_t i = 0; i < p.rules.size(); ++i) {
    auto c = t.ColumnIndex(p.rules[i].field);
    if (!c) return Status::PolicyError("policy names column '" + p.rules[i].field + "', which the CSV does not have");
    rule_of[*c] = static_cast<int>(i);
  }
  for (size_t i = 0; i < p.quasi_identifiers.size(); ++i) {
    auto c = t.ColumnIndex(p.quasi_identifiers[i].field);
    if (!c)
      return Status::PolicyError("policy names column '" + p.quasi_identifiers[i].field +
                                 "', which the CSV does not have");
    qi_of[*c] = static_cast<int>(i);
  }
  RecordsRelease out;
  RecordsReport& rep = out.report;
  rep.records_in = rep.records_out = t.records.size();
  std::vector<bool> kept(nc), raw(nc);
  for (size_t c = 0; c < nc; ++c) {
    bool drop = rule_of[c] >= 0 ? p.rules[rule_of[c]].action == FieldActionType::kDrop
                                : qi_of[c] < 0 && !p.keep_unlisted;
    kept[c] = !drop;
    raw[c] = rule_of[c] >= 0 ? p.rules[rule_of[c]].action == FieldActionType::kKeep : qi_of[c] < 0;
    (drop ? rep.fields_dropped : rep.fields_out).push_back(t.columns[c]);
  }

  std::optional<KAnonProblem> problem;
  if (!p.quasi_identifiers.empty()) {
    problem.emplace(p.quasi_identifiers);
    std::vector<size_t> qcol(p.quasi_identifiers.size()), lines(t.records.size());
    for (size_t c = 0; c < nc; ++c) if (qi_of[c] >= 0) qcol[qi_of[c]] = c;
    std::vector<std::string> vals(qcol.size());
    std::vector<std::string_view> views(qcol.size());
    for (size_t r = 0; r < t.records.size(); ++r) {
      for (size_t i = 0; i < qcol.size(); ++i) {
        if (t.field(r, qcol[i]).quoted) { vals[i] = t.value(r, qcol[i]); views[i] = vals[i]; }
        else views[i] = t.raw(r, qcol[i]);
      }
      problem->AddRecord(views);
      lines[r] = t.records[r].line;
    }
    TL_RETURN_IF_ERROR(problem->Finalize(&lines).WithContext("CSV"));
    TL_RETURN_IF_ERROR(RunGate(p, *problem, &rep));
    for (size_t c = 0; c < nc; ++c)
      if (qi_of[c] >= 0 && rep.kanon->levels[qi_of[c]] > 0) raw[c] = false;
  }
  bool all_raw = true;
  for (size_t c = 0; c < nc; ++c) all_raw = all_raw && kept[c] && raw[c];

  std::string& o = out.output;
  std::string_view s = t.source;
  o.reserve(s.size());
  o.append(s.substr(0, t.bom));
  if (all_raw) {
    o.append(s.substr(t.header.begin, t.header.term_end - t.header.begin));
  } else {
    bool first = true;
    for (size_t c = 0; c < nc; ++c) {
      if (!kept[c]) continue;
      if (!first) o += ',';
      first = false;
      o.append(s.substr(t.header_fields[c].begin, t.header_fields[c].end - t.header_fields[c].begin));
    }
    o.append(s.substr(t.header.end, t.header.term_end - t.header.end));
  }
  for (size_t r = 0; r < t.records.size(); ++r) {
    if (rep.kanon && rep.kanon->suppressed_records[r]) continue;
    const CsvRecord& rec = t.records[r];
    if (all_raw) {
      o.append(s.substr(rec.begin, rec.term_end - rec.begin));
      continue;
    }
    bool first = true;
    for (size_t c = 0; c < nc; ++c) {
      if (!kept[c]) continue;
      if (!first) o += ',';
      first = false;
      if (raw[c]) {
        o.append(t.raw(r, c));
      } else if (qi_of[c] >= 0) {
        size_t start = o.size();
        AppendCsvField(problem->Label(r, qi_of[c], rep.kanon->levels[qi_of[c]]), &o);
        out.inserted.push_back({start, o.size()});
      } else {
        std::string where = "CSV line " + std::to_string(rec.line);
        const FieldRule& rule = p.rules[rule_of[c]];
        TL_ASSIGN_OR_RETURN(TextOutput v, Apply(p, rule, t.value(r, c), where));
        size_t start = o.size();
        AppendCsvField(v.text, &o);
        const bool quoted = o.size() - start != v.text.size();
        const std::string& text = v.text;
        NoteInserted(&rule, v, start, o.size(), [&](size_t pos) {
          if (!quoted) return pos;
          return 1 + pos + static_cast<size_t>(std::count(text.begin(), text.begin() + pos, '"'));
        }, &out.inserted);
      }
    }
    o.append(s.substr(rec.end, rec.term_end - rec.end));
  }
  return out;
}

// ---------------------------------------------------------------- JSONL

namespace {

struct LinePlan {
  std::vector<JNode> tree;
  std::vector<int> rule_at;  // per node: rule index or -1
  std::vector<int> qi_at;    // per node: quasi-identifier index or -1
  std::vector<bool> needed;  // per node: on the path to a named node
};

// Writes node n of `text` into *o, applying the plan.
Status Emit(const FieldPolicy& p, const LinePlan& lp, std::string_view text, int n, bool covered, size_t record,
            const KAnonProblem* problem, const KAnonResult* kr, const std::string& where, std::string* o,
            std::vector<OutputRange>* ranges) {
  const JNode& node = lp.tree[n];
  if (lp.qi_at[n] >= 0) {
    int q = lp.qi_at[n];
    if (kr->levels[q] == 0) {
      o->append(text.substr(node.begin, node.end - node.begin));
      return Status::OK();
    }
    TL_ASSIGN_OR_RETURN(std::string v, records_internal::JsonQuote(problem->Label(record, q, kr->levels[q])));
    ranges->push_back({o->size(), o->size() + v.size()});
    *o += v;
    return Status::OK();
  }
  if (lp.rule_at[n] >= 0) {
    const FieldRule& r = p.rules[lp.rule_at[n]];
    if (r.action != FieldActionType::kKeep) {
      TL_ASSIGN_OR_RETURN(TextOutput v, Apply(p, r, records_internal::NodeText(text, node), where));
      TL_ASSIGN_OR_RETURN(std::string q, records_internal::JsonQuote(v.text));
      size_t start = o->size();
      *o += q;
      Status st;
      NoteInserted(&r, v, start, o->size(), [&](size_t pos) -> size_t {
        auto prefix = records_internal::JsonQuote(std::string_view(v.text).substr(0, pos));
        if (!prefix.ok()) { st = prefix.status(); return 0; }
        return prefix->size() - 1;  // without the closing quote
      }, ranges);
      return st;
    }
    covered = true;
  }
  if (node.children.empty()) {
    o->append(text.substr(node.begin, node.end - node.begin));
    return Status::OK();
  }
  std::vector<int> inc;
  for (int c : node.children) {
    bool dropped = lp.rule_at[c] >= 0 && p.rules[lp.rule_at[c]].action == FieldActionType::kDrop;
    if (!dropped && (covered || lp.needed[c])) inc.push_back(c);
  }
  if (inc.empty()) {
    *o += node.type == JNode::kObject ? "{}" : "[]";
    return Status::OK();
  }
  const JNode& first = lp.tree[node.children.front()];
  const JNode& last = lp.tree[node.children.back()];
  o->append(text.substr(node.begin, first.member_begin - node.begin));
  for (size_t j = 0; j < inc.size(); ++j) {
    const JNode& c = lp.tree[inc[j]];
    if (j > 0) {
      // The separator that preceded this child in the input.
      size_t k = 0;
      while (node.children[k] != inc[j]) ++k;
      const JNode& before = lp.tree[node.children[k - 1]];
      o->append(text.substr(before.end, c.member_begin - before.end));
    }
    o->append(text.substr(c.member_begin, c.begin - c.member_begin));
    TL_RETURN_IF_ERROR(Emit(p, lp, text, inc[j], covered, record, problem, kr, where, o, ranges));
  }
  o->append(text.substr(last.end, node.end - last.end));
  return Status::OK();
}

}  // namespace

Result<RecordsRelease> ReleaseJsonl(const JsonlTable& t, const FieldPolicy& p) {
  TL_RETURN_IF_ERROR(CheckPolicy(p));
  std::vector<std::vector<std::string>> rule_tok, qi_tok;
  for (const auto& r : p.rules) { TL_ASSIGN_OR_RETURN(auto tk, records_internal::PointerTokens(r.field)); rule_tok.push_back(tk); }
  for (const auto& q : p.quasi_identifiers) { TL_ASSIGN_OR_RETURN(auto tk, records_internal::PointerTokens(q.field)); qi_tok.push_back(tk); }
  std::string_view s = t.source;
  auto plan = [&](size_t i, LinePlan* lp) -> Status {
    const JsonlLine& l = t.lines[i];
    TL_ASSIGN_OR_RETURN(lp->tree, records_internal::BuildJsonTree(s.substr(l.begin, l.end - l.begin), 1u << 20));
    size_t n = lp->tree.size();
    lp->rule_at.assign(n, -1);
    lp->qi_at.assign(n, -1);
    lp->needed.assign(n, p.keep_unlisted);
    auto mark = [&](int node) { for (int a = node; a >= 0; a = lp->tree[a].parent) lp->needed[a] = true; };
    for (size_t r = 0; r < rule_tok.size(); ++r)
      if (int node = records_internal::FindNode(lp->tree, rule_tok[r]); node >= 0) { lp->rule_at[node] = static_cast<int>(r); mark(node); }
    for (size_t q = 0; q < qi_tok.size(); ++q)
      if (int node = records_internal::FindNode(lp->tree, qi_tok[q]); node >= 0) { lp->qi_at[node] = static_cast<int>(q); mark(node); }
    return Status::OK();
  };

  RecordsRelease out;
  RecordsReport& rep = out.report;
  rep.records_in = rep.records_out = t.lines.size();
  std::vector<bool> rule_seen(p.rules.size()), qi_seen(p.quasi_identifiers.size());
  std::optional<KAnonProblem> problem;
  if (!p.quasi_identifiers.empty()) problem.emplace(p.quasi_identifiers);
  std::vector<size_t> lines;
  LinePlan lp;
  for (size_t i = 0; i < t.lines.size(); ++i) {
    TL_RETURN_IF_ERROR(plan(i, &lp).WithContext("JSONL line " + std::to_string(t.lines[i].line)));
    for (size_t n = 0; n < lp.tree.size(); ++n) if (lp.rule_at[n] >= 0) rule_seen[lp.rule_at[n]] = true;
    if (!problem) continue;
    std::vector<std::string> vals(qi_tok.size());
    std::vector<std::string_view> views(qi_tok.size());
    std::string_view text = s.substr(t.lines[i].begin, t.lines[i].end - t.lines[i].begin);
    std::vector<bool> found(qi_tok.size());
    for (size_t n = 0; n < lp.tree.size(); ++n)
      if (lp.qi_at[n] >= 0) { vals[lp.qi_at[n]] = records_internal::NodeText(text, lp.tree[n]); found[lp.qi_at[n]] = true; }
    for (size_t q = 0; q < qi_tok.size(); ++q) {
      if (!found[q])
        return Status::BadInput("JSONL line " + std::to_string(t.lines[i].line) + ": quasi-identifier '" +
                                p.quasi_identifiers[q].field + "' is missing");
      views[q] = vals[q];
    }
    problem->AddRecord(views);
    lines.push_back(t.lines[i].line);
  }
  for (size_t r = 0; r < p.rules.size(); ++r)
    if (!rule_seen[r]) return Status::PolicyError("policy names field '" + p.rules[r].field + "', which no JSONL line has");
  for (const auto& r : p.rules) (r.action == FieldActionType::kDrop ? rep.fields_dropped : rep.fields_out).push_back(r.field);
  for (const auto& q : p.quasi_identifiers) rep.fields_out.push_back(q.field);
  if (problem) {
    TL_RETURN_IF_ERROR(problem->Finalize(&lines).WithContext("JSONL"));
    TL_RETURN_IF_ERROR(RunGate(p, *problem, &rep));
  }
  std::string& o = out.output;
  o.reserve(s.size());
  for (size_t i = 0; i < t.lines.size(); ++i) {
    if (rep.kanon && rep.kanon->suppressed_records[i]) continue;
    const JsonlLine& l = t.lines[i];
    TL_RETURN_IF_ERROR(plan(i, &lp));
    std::string where = "JSONL line " + std::to_string(l.line);
    std::string_view text = s.substr(l.begin, l.end - l.begin);
    o.append(text.substr(0, lp.tree[0].begin));  // whitespace around the object is kept
    TL_RETURN_IF_ERROR(Emit(p, lp, text, 0, p.keep_unlisted, i, problem ? &*problem : nullptr,
                            rep.kanon ? &*rep.kanon : nullptr, where, &o, &out.inserted));
    o.append(text.substr(lp.tree[0].end));
    o.append(s.substr(l.end, l.term_end - l.end));
  }
  return out;
}

}  // namespace tearline
