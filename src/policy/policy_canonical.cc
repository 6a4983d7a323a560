// The canonical form of a policy, hashed into Policy::fingerprint
// (doc/policy.md, "Fingerprint").
#include <algorithm>
#include <cstdio>

#include "policy_internal.h"
#include "policy_records.h"

namespace tearline {
namespace {

using policy_text::Escape;
using policy_text::Num;

// A JSON-style string literal: quotes, backslash and bytes < 0x20 or 0x7f escaped.

// Shortest text that round-trips the value ("%.9g" for float, "%.17g" for double).

std::string ActionText(const Action& a) {
  std::string s(ActionName(a.type));
  if (a.type != ActionType::kGeneralize) return s;
  switch (a.level) {
    case GeneralizeLevel::kMonth: return s + ":month";
    case GeneralizeLevel::kYear: return s + ":year";
    case GeneralizeLevel::kGridKm: return s + ":km:" + Num(a.grid_km);
    case GeneralizeLevel::kCountryCode: return s + ":country";
    case GeneralizeLevel::kNetwork: return s + ":network";
    case GeneralizeLevel::kNone: return s + ":none";
  }
  return s;
}

}  // namespace

std::string CanonicalPolicy(const Policy& p) {
  std::string out = "tearline-policy-canonical 1\n";
  out += "recipient=" + Escape(p.recipient) + "\n";
  out += "description=" + Escape(p.description) + "\n";
  for (Kind k : AllKinds()) out += "action." + std::string(KindName(k)) + "=" + ActionText(p.ActionFor(k)) + "\n";
  out += "threshold.default=" + Num(p.default_threshold) + "\n";
  for (Kind k : AllKinds()) out += "threshold." + std::string(KindName(k)) + "=" + Num(p.ThresholdFor(k)) + "\n";
  out += "redact.mask=" + Escape(p.mask) + "\n";
  std::vector<std::string> terms = p.allow_terms;
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  for (const std::string& t : terms) out += "allow.term=" + Escape(t) + "\n";
  for (Kind k : AllKinds())
    if (p.Blocks(k)) out += "verify.block=" + std::string(KindName(k)) + "\n";
  out += "verify.threshold=" + Num(p.verify_threshold) + "\n";
  std::vector<std::string> names = p.protected_names;
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  for (const std::string& n : names) out += "protect.name=" + Escape(n) + "\n";
  const RecipientMarkings& m = p.markings;
  out += std::string("markings.configured=") + (p.markings_configured ? "true" : "false") + "\n";
  std::vector<std::string> codes = m.releasable_to;
  std::sort(codes.begin(), codes.end());
  for (const std::string& c : codes) out += "markings.releasable_to=" + Escape(c) + "\n";
  out += std::string("markings.foreign=") + (m.foreign ? "true" : "false") + "\n";
  out += std::string("markings.orcon_approved=") + (m.orcon_approved ? "true" : "false") + "\n";
  out += std::string("markings.unmarked=") + (m.unmarked == UnmarkedRule::kWithhold ? "withhold" : "unclassified") + "\n";
  out += "markings.max_level=" + (m.max_level ? std::string(ClassLevelName(*m.max_level)) : std::string("none")) + "\n";
  out += "markings.tlp_max=" + std::string(TlpName(m.tlp_max)) + "\n";
  for (const auto& [label, release] : m.custom) out += "markings.custom." + Escape(label) + "=" + (release ? "release" : "withhold") + "\n";
  for (const auto& [tetra, members] : m.tetragraphs) {
    std::vector<std::string> sorted = members;
    std::sort(sorted.begin(), sorted.end());
    out += "markings.tetragraph." + Escape(tetra) + "=";
    for (const std::string& c : sorted) out += Escape(c) + ",";
    out += "\n";
  }
  out += "markings.banner=" + Escape(m.fixed_banner) + "\n";
  if (p.records) out += CanonicalRecordsPolicy(*p.records);
  return out;
}

}  // namespace tearline
