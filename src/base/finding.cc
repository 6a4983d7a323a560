#include "tearline/finding.h"

#include <algorithm>
#include <array>

namespace tearline {
namespace {
constexpr std::array<std::string_view, kNumKinds> kNames = {
    "PERSON", "ORG", "LOC", "ADDRESS", "COORDINATE", "PHONE", "EMAIL", "URL",
    "IP",     "ID",  "DATE", "DEM",   "QUANTITY",   "PROTECTED", "MARKING"};
}  // namespace

std::string_view KindName(Kind kind) { return kNames[static_cast<size_t>(kind)]; }

std::optional<Kind> ParseKind(std::string_view name) {
  for (size_t i = 0; i < kNames.size(); ++i) {
    if (kNames[i] == name) return static_cast<Kind>(i);
  }
  return std::nullopt;
}

const std::vector<Kind>& AllKinds() {
  static const std::vector<Kind> kAll = [] {
    std::vector<Kind> v;
    for (int i = 0; i < kNumKinds; ++i) v.push_back(static_cast<Kind>(i));
    return v;
  }();
  return kAll;
}

std::string Finding::FullKind() const {
  std::string s(KindName(kind));
  if (!subkind.empty()) {
    s += '/';
    s += subkind;
  }
  return s;
}

bool FindingLess(const Finding& a, const Finding& b) {
  if (a.begin != b.begin) return a.begin < b.begin;
  if (a.end != b.end) return a.end > b.end;
  return a.kind < b.kind;
}

std::string FindingToString(const Finding& f) {
  return "[" + f.FullKind() + " " + std::to_string(f.begin) + "," + std::to_string(f.end) + ")";
}

std::string FindingsToString(std::vector<Finding> findings) {
  std::sort(findings.begin(), findings.end(), FindingLess);
  std::string out;
  for (const Finding& f : findings) {
    if (!out.empty()) out += ' ';
    out += FindingToString(f);
  }
  return out;
}

}  // namespace tearline
