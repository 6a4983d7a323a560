#include "tearline/release.h"

#include <algorithm>
#include <nlohmann/json.hpp>

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

Result<ReleaseResult> RunRelease(const Engine& engine, EngineScratch& scratch, const Document& doc,
                                 const Policy& policy, const RecipientKey* key) {
  if (PolicyNeedsKey(policy) && key == nullptr) {
    return Status::InvalidArgument("policy uses pseudonyms but no recipient key was given");
  }
  float floor = policy.default_threshold;
  for (float t : policy.thresholds) floor = std::min(floor, t);
  std::vector<Finding> findings;
  TL_RETURN_IF_ERROR(engine.Scan(doc.text, scratch, floor, &findings));

  ReleaseResult result;
  result.resolution = Decide(doc.text, findings, policy);
  TransformContext ctx{&policy, key};
  TL_ASSIGN_OR_RETURN(result.transform, Transform(doc, result.resolution.decisions, ctx));
  TL_ASSIGN_OR_RETURN(result.leaks,
                      CheckForLeaks(engine, scratch, result.transform.text, result.transform.inserted, policy));
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
  j["counts"] = result.Counts();
  nlohmann::json leaks = nlohmann::json::array();
  for (const Finding& f : result.leaks.leaks) leaks.push_back(FindingJson(f));
  j["leaks"] = std::move(leaks);
  return j.dump(2) + "\n";
}

}  // namespace tearline
