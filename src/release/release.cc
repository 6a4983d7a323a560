#include "tearline/release.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <iterator>
#include <optional>
#include <nlohmann/json.hpp>

#include "src/base/span_reach.h"
#include "tearline/resolve.h"

namespace tearline {

bool PolicyNeedsKey(const Policy& policy) {
  for (const Action& a : policy.actions) {
    if (a.type == ActionType::kPseudonym) return true;
  }
  return false;
}

std::map<std::string, std::map<std::string, int>> ReleaseResult::Counts() const {
  std::map<std::string, std::map<std::string, int>> counts;
  for (const AppliedAction& a : transform.applied) {
    ++counts[std::string(KindName(a.finding.kind))][std::string(ActionName(a.action))];
  }
  for (const Finding& f : resolution.allowed) ++counts[std::string(KindName(f.kind))]["allow"];
  return counts;
}

namespace {

// Portion-level decisions (withheld portions, banner lines) replace every
// finding-level decision they overlap.
std::vector<Decision> MergePortionDecisions(std::vector<Decision> findings, std::vector<Decision> portions) {
  // Portions are disjoint: a finding overlaps one iff it overlaps the last
  // portion that begins before the finding ends.
  std::vector<Span> spans;
  for (const Decision& p : portions) spans.push_back({p.finding.begin, p.finding.end});
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  std::vector<Decision> out;
  out.reserve(findings.size() + portions.size());
  for (Decision& d : findings) {
    auto it = std::lower_bound(spans.begin(), spans.end(), d.finding.end,
                               [](const Span& p, size_t end) { return p.begin < end; });
    bool covered = it != spans.begin() && std::prev(it)->end > d.finding.begin;
    if (!covered) out.push_back(std::move(d));
  }
  for (Decision& p : portions) out.push_back(std::move(p));
  // Decide's clusters are disjoint and in order: without portions the
  // begins are strictly increasing, the one order the sort can give.
  auto earlier = [](const Decision& a, const Decision& b) { return a.finding.begin < b.finding.begin; };
  bool strictly_sorted = true;
  for (size_t i = 1; i < out.size() && strictly_sorted; ++i) strictly_sorted = earlier(out[i - 1], out[i]);
  if (!strictly_sorted) std::sort(out.begin(), out.end(), earlier);
  return out;
}

std::string Join(const std::vector<std::string>& lines, std::string_view eol) {
  std::string s;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i) s += eol;
    s += lines[i];
  }
  return s;
}

// Inserts `text` into the output at byte `at` (before any output offset
// >= at) and shifts every later output offset.
void InsertAt(size_t at, const std::string& text, TransformResult* t) {
  t->text.insert(at, text);
  for (Span& s : t->inserted) {
    if (s.begin >= at) s.begin += text.size(), s.end += text.size();
  }
  for (AppliedAction& a : t->applied) {
    if (a.output.begin >= at) a.output.begin += text.size(), a.output.end += text.size();
  }
  auto pos = std::lower_bound(t->inserted.begin(), t->inserted.end(), at,
                              [](const Span& s, size_t b) { return s.begin < b; });
  t->inserted.insert(pos, Span{at, at + text.size()});
}

// How the output lines up with the input: the output's bytes outside
// inserted ranges are the input's bytes outside replaced regions, in order.
class Alignment {
 public:
  Alignment(const Document& doc, const TransformResult& t) {
    std::vector<Span> replaced;
    for (const AppliedAction& a : t.applied) {
      if (a.action != ActionType::kKeep) replaced.push_back({a.finding.begin, a.finding.end});
    }
    for (size_t p : t.withheld_portions) replaced.push_back({doc.portions[p].begin, doc.portions[p].end});
    std::sort(replaced.begin(), replaced.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
    std::vector<Run> in_runs;
    size_t cursor = 0;
    for (const Span& s : replaced) {
      if (s.begin > cursor) in_runs.push_back({0, cursor, s.begin - cursor});
      cursor = std::max(cursor, s.end);
    }
    if (cursor < doc.text.size()) in_runs.push_back({0, cursor, doc.text.size() - cursor});
    // Assign output positions by walking the output's non-inserted bytes.
    size_t out_pos = 0, ins = 0;
    for (const Run& run : in_runs) {
      size_t left = run.len, in = run.in;
      while (left > 0) {
        while (ins < t.inserted.size() && t.inserted[ins].begin <= out_pos) {
          out_pos = std::max(out_pos, t.inserted[ins++].end);
        }
        size_t until = ins < t.inserted.size() ? t.inserted[ins].begin : t.text.size();
        size_t n = std::min(left, until - out_pos);
        if (n == 0) break;  // inconsistent: give up on the rest
        runs_.push_back({out_pos, in, n});
        out_pos += n, in += n, left -= n;
      }
    }
    input_size_ = doc.text.size();
  }

  // For each inserted range: how many input bytes it stands for (the gap
  // between the copied runs around it; shared by adjacent ranges, the first
  // takes it all).
  std::vector<size_t> ReplacedLengths(const std::vector<Span>& inserted) const {
    std::vector<size_t> lengths;
    size_t r = 0;
    size_t last_prev_end = SIZE_MAX;
    for (const Span& s : inserted) {
      while (r < runs_.size() && runs_[r].out + runs_[r].len <= s.begin) ++r;
      size_t prev_end = r == 0 ? 0 : runs_[r - 1].in + runs_[r - 1].len;
      size_t next = r;
      while (next < runs_.size() && runs_[next].out < s.end) ++next;
      size_t next_begin = next < runs_.size() ? runs_[next].in : input_size_;
      size_t gap = next_begin > prev_end ? next_begin - prev_end : 0;
      lengths.push_back(prev_end == last_prev_end ? 0 : gap);
      last_prev_end = prev_end;
    }
    return lengths;
  }

  // Where an output span's released bytes came from in the input: from the
  // first to the last copied byte it covers (a span that reaches into a
  // placeholder keeps only its copied part); {0,0} if it covers no copied byte.
  Span ToInput(const Finding& f) const {
    const Run* first = nullptr;
    const Run* last = nullptr;
    // Runs are in output order and disjoint: start at the first that ends after f.begin.
    auto it = std::lower_bound(runs_.begin(), runs_.end(), f.begin,
                               [](const Run& run, size_t begin) { return run.out + run.len <= begin; });
    for (; it != runs_.end(); ++it) {
      const Run& run = *it;
      if (run.out >= f.end) break;
      if (!first) first = &run;
      last = &run;
    }
    if (!first) return {0, 0};
    size_t begin = first->in + (std::max(f.begin, first->out) - first->out);
    size_t end = last->in + (std::min(f.end, last->out + last->len) - last->out);
    return {begin, end};
  }

  // Where an input span was copied to, when all of it was copied as one run
  // (no byte of it replaced); nullopt otherwise.
  std::optional<Span> CopiedToOutput(Span in) const {
    auto it = std::upper_bound(runs_.begin(), runs_.end(), in.begin,
                               [](size_t begin, const Run& run) { return begin < run.in; });
    if (it == runs_.begin()) return std::nullopt;
    --it;
    if (in.begin < it->in || in.end > it->in + it->len) return std::nullopt;
    return Span{it->out + (in.begin - it->in), it->out + (in.end - it->in)};
  }

 private:
  struct Run {
    size_t out, in, len;
  };
  std::vector<Run> runs_;
  size_t input_size_ = 0;
};

}  // namespace

namespace {

// What the detect stage saw at or above the leak check's threshold, by kind:
// whether a finding of `kind` overlaps `span` (so a leak there is one the
// release chose not to act on, not one that the changed text made appear).
// Each query costs a binary search: a release can have thousands of leaks.
class SeenIndex {
 public:
  // REQUIRES: every finding of `seen` is at or above the threshold asked about.
  explicit SeenIndex(const std::vector<Finding>& seen) {
    std::array<std::vector<std::pair<size_t, size_t>>, kNumKinds> spans;
    for (const Finding& f : seen) spans[static_cast<size_t>(f.kind)].emplace_back(f.begin, f.end);
    for (size_t k = 0; k < kNumKinds; ++k) by_kind_[k] = SpanReach(std::move(spans[k]));
  }
  bool Overlaps(Kind kind, Span span) const { return by_kind_[static_cast<size_t>(kind)].Overlaps(span.begin, span.end); }

 private:
  std::array<SpanReach, kNumKinds> by_kind_;
};

}  // namespace

Result<ReleaseResult> RunRelease(const Engine& engine, EngineScratch& scratch, const Document& doc,
                                 const Policy& policy, const RecipientKey* key) {
  if (PolicyNeedsKey(policy) && key == nullptr) {
    return Status::InvalidArgument("policy uses pseudonyms but no recipient key was given");
  }
  // Scan down to the leak check's threshold: what the release sees there and
  // does not act on must block, whatever the output looks like.
  float floor = std::min(policy.default_threshold, policy.verify_threshold);
  for (float t : policy.thresholds) floor = std::min(floor, t);
  // Each stage's time goes to `timings` (see ReleaseTimings).
  using Clock = std::chrono::steady_clock;
  Clock::time_point lap = Clock::now();
  auto add_lap = [&lap](uint64_t* to) {
    const Clock::time_point now = Clock::now();
    *to += static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(now - lap).count());
    lap = now;
  };
  ReleaseTimings timings;
  std::vector<Finding> input_findings;
  TL_RETURN_IF_ERROR(engine.Scan(doc.text, scratch, floor, &input_findings));
  add_lap(&timings.detect_ns);
  // Findings inside valid marking syntax are not about people (also those
  // that linking adds below).
  const std::vector<Span> syntax = MarkingSyntaxSpans(doc, policy);
  auto in_syntax = [&](const Finding& f) { return InMarkingSyntax(f, syntax); };
  if (!syntax.empty()) std::erase_if(input_findings, in_syntax);

  // What the detect stage saw of the kinds the leak check blocks, read as
  // linking reads it (ReadPlacesAndPersons): a weak PERSON reading that the
  // input's context makes a place ("Imam Alpha KOUNTA of Fatoma") was not
  // seen as a person, so if the output, without that context, reads it as
  // one, it appeared and is acted on rather than blocking. Read only when a
  // leak check finds something (most releases pass at once).
  std::vector<Finding> seen = input_findings;
  std::optional<SeenIndex> seen_index;
  const auto read_seen = [&] {
    if (seen_index) return;
    ReadPlacesAndPersons(doc.text, &seen);
    std::erase_if(seen,
                  [&](const Finding& f) { return !policy.Blocks(f.kind) || f.confidence < policy.verify_threshold; });
    seen_index.emplace(seen);
  };

  ReleaseResult result;
  Linked linked = LinkMentions(doc.text, std::move(input_findings), LinkOptionsFor(policy));
  if (!syntax.empty()) std::erase_if(linked.findings, in_syntax);
  result.entity_names = std::move(linked.entity_names);
  result.markings = DecidePortions(doc, policy);
  add_lap(&timings.resolve_ns);

  const std::string eol = doc.text.find("\r\n") != std::string::npos ? "\r\n" : "\n";
  const std::string banner = Join(result.markings.banner, eol);
  std::vector<Decision> portion_decisions;
  bool banner_replaced = false;
  for (const PortionVerdict& v : result.markings.verdicts) {
    const Portion& p = doc.portions[v.portion];
    if (v.banner) {
      Decision d{Finding{p.begin, p.end, Kind::kMarking, "BANNER", 1.0f, "marking"}, Action{ActionType::kRedact}};
      d.action.replacement = banner;
      if (banner.empty()) d.action = Action{ActionType::kDropPortion};
      portion_decisions.push_back(std::move(d));
      banner_replaced = true;
    } else if (!v.release) {
      portion_decisions.push_back(
          {Finding{p.begin, p.end, Kind::kMarking, "PORTION", 1.0f, "marking"}, Action{ActionType::kDropPortion}});
    }
  }

  // Transform and check; a leak that the detect stage did not see even at the
  // leak check's threshold appeared because the text around it changed (a
  // statistical detector reads the redacted sentence differently): it is
  // acted on like any finding and the whole output is checked again. Any
  // other leak blocks at once, and so does anything left after the last round.
  std::vector<Finding> findings = std::move(linked.findings);
  TransformContext ctx{&policy, key};
  for (int round = 0;; ++round) {
    result.resolution = Decide(doc.text, findings, policy);
    std::vector<Decision> decisions = MergePortionDecisions(result.resolution.decisions, portion_decisions);
    add_lap(&timings.resolve_ns);
    TL_ASSIGN_OR_RETURN(result.transform, Transform(doc, decisions, ctx));
    if (result.markings.emit_banner && !banner_replaced && !banner.empty()) {
      size_t bom = result.transform.text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
      InsertAt(bom, banner + eol + eol, &result.transform);
    }
    const Alignment alignment(doc, result.transform);
    const std::vector<size_t> replaced_lengths = alignment.ReplacedLengths(result.transform.inserted);
    std::vector<Span> output_syntax;
    if (!result.transform.text.empty()) {
      ReadOptions unlimited;
      unlimited.max_bytes = SIZE_MAX;
      TL_ASSIGN_OR_RETURN(Document output, ReadDocument(result.transform.text, doc.format, unlimited));
      output_syntax = MarkingSyntaxSpans(output, policy);
    }
    add_lap(&timings.transform_ns);
    // The listed organisations the input names, where the output keeps them
    // verbatim: the leak check reads them as the input did (ReadListedGroups).
    std::vector<Span> output_groups;
    for (const Finding& f : findings) {
      if (!IsListedOrganisation(f)) continue;
      if (std::optional<Span> out = alignment.CopiedToOutput(Span{f.begin, f.end})) output_groups.push_back(*out);
    }
    TL_ASSIGN_OR_RETURN(result.leaks, CheckForLeaks(engine, scratch, result.transform.text, result.transform.inserted,
                                                    policy, &replaced_lengths, &output_syntax, &output_groups));
    ++result.leak_check_scans;
    add_lap(&timings.leak_check_ns);
    result.leak_input_spans.clear();
    for (const Finding& f : result.leaks.leaks) result.leak_input_spans.push_back(alignment.ToInput(f));
    if (!result.leaks.blocked() || round == kLeakCheckRounds) break;
    read_seen();
    std::vector<Finding> appeared;
    for (size_t i = 0; i < result.leaks.leaks.size(); ++i) {
      const Finding& leak = result.leaks.leaks[i];
      const Span& span = result.leak_input_spans[i];
      if (span.end == 0 || leak.kind == Kind::kProtected || seen_index->Overlaps(leak.kind, span)) {
        break;
      }
      Finding f = leak;
      f.begin = span.begin;
      f.end = span.end;
      f.confidence = std::max(leak.confidence, policy.ThresholdFor(leak.kind));
      f.detector = "leakcheck";
      f.entity = -1;
      appeared.push_back(f);
    }
    if (appeared.size() != result.leaks.leaks.size()) break;  // a genuine leak: block
    findings.insert(findings.end(), appeared.begin(), appeared.end());
    result.acted_after_leak_check += appeared.size();
  }
  result.timings = timings;
  result.input_sha256 = Sha256Hex(doc.text);
  if (result.released()) result.output_sha256 = Sha256Hex(result.transform.text);
  return result;
}

namespace {

nlohmann::json FindingJson(const Finding& f) {
  nlohmann::json j;
  j["begin"] = f.begin;
  j["end"] = f.end;
  j["kind"] = std::string(KindName(f.kind));
  j["subkind"] = std::string(f.subkind);
  j["confidence"] = std::round(f.confidence * 1000.0) / 1000.0;
  j["detector"] = std::string(f.detector);
  if (f.entity >= 0) j["entity"] = f.entity;
  return j;
}

}  // namespace

std::string ReleaseReportJson(const ReleaseResult& result, const Policy& policy, const ReportContext& ctx) {
  nlohmann::json j;
  j["tearline_version"] = ctx.tearline_version;
  j["decision"] = result.released() ? "released" : "blocked";
  j["reason"] = result.leaks.Summary();
  j["recipient"] = policy.recipient;
  j["policy"] = policy.source;
  j["policy_fingerprint"] = policy.fingerprint;
  j["model_fingerprint"] = ctx.model_fingerprint;
  j["input"] = ctx.input;
  j["input_sha256"] = result.input_sha256;
  j["output"] = result.released() ? ctx.output : "";
  j["output_sha256"] = result.output_sha256;
  nlohmann::json actions = nlohmann::json::array();
  for (const AppliedAction& a : result.transform.applied) {
    nlohmann::json f = FindingJson(a.finding);
    f["action"] = std::string(ActionName(a.action));
    f["output_begin"] = a.output.begin;
    f["output_end"] = a.output.end;
    actions.push_back(std::move(f));
  }
  j["actions"] = std::move(actions);
  nlohmann::json allowed = nlohmann::json::array();
  for (const Finding& f : result.resolution.allowed) allowed.push_back(FindingJson(f));
  j["allowed"] = std::move(allowed);
  j["below_threshold"] = result.resolution.below_threshold;
  j["withheld_portions"] = result.transform.withheld_portions;
  nlohmann::json portions = nlohmann::json::array();
  for (const PortionVerdict& v : result.markings.verdicts) {
    nlohmann::json p;
    p["portion"] = v.portion;
    p["marking"] = v.marking;
    p["decision"] = v.banner ? "banner" : v.release ? "release" : "withhold";
    if (!v.reason.empty()) p["reason"] = v.reason;
    portions.push_back(std::move(p));
  }
  j["portions"] = std::move(portions);
  j["banner"] = result.markings.banner;
  j["entities"] = result.entity_names.size();
  j["acted_after_leak_check"] = result.acted_after_leak_check;
  j["leak_check_scans"] = result.leak_check_scans;
  j["counts"] = result.Counts();
  nlohmann::json leaks = nlohmann::json::array();
  for (size_t i = 0; i < result.leaks.leaks.size(); ++i) {
    nlohmann::json l = FindingJson(result.leaks.leaks[i]);  // offsets into the (unwritten) output
    if (i < result.leak_input_spans.size() && result.leak_input_spans[i].end > 0) {
      l["input_begin"] = result.leak_input_spans[i].begin;
      l["input_end"] = result.leak_input_spans[i].end;
    }
    leaks.push_back(std::move(l));
  }
  j["leaks"] = std::move(leaks);
  return j.dump(2) + "\n";
}

}  // namespace tearline
