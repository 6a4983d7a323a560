#include "tearline/verify.h"

#include <algorithm>

#include "tearline/resolve.h"

namespace tearline {
namespace {

bool Covered(const Finding& f, const std::vector<Span>& spans) {
  auto it = std::upper_bound(spans.begin(), spans.end(), f.begin,
                             [](size_t b, const Span& s) { return b < s.begin; });
  if (it == spans.begin()) return false;
  --it;
  return f.begin >= it->begin && f.end <= it->end;
}

}  // namespace

std::string LeakReport::Summary(size_t max_listed) const {
  if (leaks.empty()) return "leak check passed";
  std::string s = "leak check blocked the release: ";
  for (size_t i = 0; i < leaks.size() && i < max_listed; ++i) {
    if (i) s += ", ";
    s += leaks[i].FullKind() + " at [" + std::to_string(leaks[i].begin) + "," + std::to_string(leaks[i].end) + ")";
  }
  if (leaks.size() > max_listed) s += " and " + std::to_string(leaks.size() - max_listed) + " more";
  return s;
}

Result<LeakReport> CheckForLeaks(const Engine& engine, EngineScratch& scratch, std::string_view text,
                                 const std::vector<Span>& inserted, const Policy& policy) {
  std::vector<Finding> findings;
  TL_RETURN_IF_ERROR(engine.Scan(text, scratch, policy.verify_threshold, &findings));
  const std::vector<Span> allowed = FindAllowedSpans(text, policy.allow_terms);
  LeakReport report;
  report.findings_scanned = findings.size();
  for (const Finding& f : findings) {
    bool blocking = f.kind == Kind::kProtected || policy.Blocks(f.kind);
    if (!blocking) continue;
    if (Covered(f, inserted)) continue;
    if (f.kind != Kind::kProtected && Covered(f, allowed)) continue;
    report.leaks.push_back(f);
  }
  return report;
}

}  // namespace tearline
