#include "tearline/resolve.h"

#include <algorithm>
#include <map>

#include "link_words.h"
#include "tearline/file.h"

namespace tearline {
namespace {

using link_internal::LowerAsciiByte;

// True if a should win over b under the overlap rule.
bool Stricter(const Decision& a, const Decision& b) {
  int sa = ActionStrictness(a.action.type), sb = ActionStrictness(b.action.type);
  if (sa != sb) return sa > sb;
  if (a.finding.confidence != b.finding.confidence) return a.finding.confidence > b.finding.confidence;
  if (a.finding.size() != b.finding.size()) return a.finding.size() > b.finding.size();
  return a.finding.begin < b.finding.begin;
}

}  // namespace

std::vector<Span> MergeSpans(std::vector<Span> spans) {
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  std::vector<Span> merged;
  for (const Span& s : spans) {
    if (!merged.empty() && s.begin <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, s.end);
    } else {
      merged.push_back(s);
    }
  }
  return merged;
}

bool CoveredBy(const Finding& f, const std::vector<Span>& spans) {
  auto it = std::upper_bound(spans.begin(), spans.end(), f.begin,
                             [](size_t b, const Span& s) { return b < s.begin; });
  if (it == spans.begin()) return false;
  --it;
  return f.begin >= it->begin && f.end <= it->end;
}

bool InMarkingSyntax(const Finding& f, const std::vector<Span>& syntax) {
  return f.kind != Kind::kProtected && CoveredBy(f, syntax);
}

std::vector<Span> FindAllowedSpans(std::string_view text, const std::vector<std::string>& terms) {
  std::vector<Span> spans;
  if (terms.empty()) return spans;
  std::string lower(text);
  for (char& c : lower) c = LowerAsciiByte(c);
  for (const std::string& term : terms) {
    if (term.empty()) continue;
    std::string t(term);
    for (char& c : t) c = LowerAsciiByte(c);
    for (size_t pos = lower.find(t); pos != std::string::npos; pos = lower.find(t, pos + 1)) {
      size_t end = pos + t.size();
      bool left_ok = pos == 0 || !IsWordByte(lower[pos - 1]) || !IsWordByte(t.front());
      bool right_ok = end == lower.size() || !IsWordByte(lower[end]) || !IsWordByte(t.back());
      if (left_ok && right_ok) spans.push_back({pos, end});
    }
  }
  return MergeSpans(std::move(spans));
}

Resolution Decide(std::string_view text, const std::vector<Finding>& findings, const Policy& policy) {
  Resolution res;
  const std::vector<Span> allowed = FindAllowedSpans(text, policy.allow_terms);
  std::vector<Decision> candidates;
  candidates.reserve(findings.size());
  // Entities with a mention at or above its kind's threshold: all their
  // mentions are acted on, also those below it (a name propagated at 0.9 x the
  // entity's confidence must not stay in the clear beside its hidden mention).
  std::vector<int32_t> acted_entities;
  for (const Finding& f : findings) {
    if (f.entity >= 0 && f.confidence >= policy.ThresholdFor(f.kind)) acted_entities.push_back(f.entity);
  }
  std::sort(acted_entities.begin(), acted_entities.end());
  auto entity_acted = [&](const Finding& f) {
    return f.entity >= 0 && std::binary_search(acted_entities.begin(), acted_entities.end(), f.entity);
  };
  for (const Finding& f : findings) {
    if (f.confidence < policy.ThresholdFor(f.kind) && !entity_acted(f)) {
      ++res.below_threshold;
      continue;
    }
    if (f.kind != Kind::kProtected && CoveredBy(f, allowed)) {
      res.allowed.push_back(f);
      continue;
    }
    candidates.push_back({f, policy.ActionFor(f.kind)});
  }

  // Rule 4: an entity is treated as strictly as its strictest mention (the
  // first of equally strict ones). Entity ids from LinkMentions are small
  // and dense: a vector by id; other ids: a map.
  int32_t max_entity = -1;
  for (const Decision& d : candidates) max_entity = std::max(max_entity, d.finding.entity);
  if (max_entity >= 0) {
    constexpr uint32_t kNone = UINT32_MAX;
    std::vector<uint32_t> by_id;
    std::map<int32_t, uint32_t> by_map;
    const bool dense = static_cast<size_t>(max_entity) <= 4 * candidates.size() + 64;
    if (dense) by_id.assign(static_cast<size_t>(max_entity) + 1, kNone);
    auto strictest = [&](int32_t entity) -> uint32_t& {
      return dense ? by_id[static_cast<size_t>(entity)] : by_map.try_emplace(entity, kNone).first->second;
    };
    for (uint32_t i = 0; i < candidates.size(); ++i) {
      if (candidates[i].finding.entity < 0) continue;
      uint32_t& s = strictest(candidates[i].finding.entity);
      if (s == kNone || ActionStrictness(candidates[i].action.type) > ActionStrictness(candidates[s].action.type)) s = i;
    }
    for (uint32_t i = 0; i < candidates.size(); ++i) {
      if (candidates[i].finding.entity < 0) continue;
      const uint32_t s = strictest(candidates[i].finding.entity);
      if (s != i) candidates[i].action = candidates[s].action;
    }
  }

  // Findings usually arrive sorted (LinkMentions sorts them). When no two
  // are equivalent under FindingLess, the sorted order is unique, so a
  // strictly increasing sequence is already what the sort would give.
  auto less = [](const Decision& a, const Decision& b) { return FindingLess(a.finding, b.finding); };
  bool strictly_sorted = true;
  for (size_t i = 1; i < candidates.size() && strictly_sorted; ++i) {
    strictly_sorted = less(candidates[i - 1], candidates[i]);
  }
  if (!strictly_sorted) std::sort(candidates.begin(), candidates.end(), less);
  // Rule 3: clusters of overlapping findings become one decision.
  for (size_t i = 0; i < candidates.size();) {
    size_t b = i;  // the strictest so far
    size_t begin = candidates[i].finding.begin, end = candidates[i].finding.end;
    size_t j = i + 1;
    for (; j < candidates.size() && candidates[j].finding.begin < end; ++j) {
      end = std::max(end, candidates[j].finding.end);
      if (Stricter(candidates[j], candidates[b])) b = j;
    }
    const Decision& strictest = candidates[b];
    if (strictest.action.type == ActionType::kGeneralize &&
        (strictest.finding.begin != begin || strictest.finding.end != end)) {
      // An equally strict generalization of the same kind that spans the
      // whole cluster ("between 20 and 23 November 2026" over the date
      // pattern's "23 November 2026") can stand for it.
      for (size_t k = i; k < j; ++k) {
        const Decision& c = candidates[k];
        if (c.finding.begin == begin && c.finding.end == end && c.finding.kind == strictest.finding.kind &&
            c.action.type == strictest.action.type && c.action.level == strictest.action.level &&
            c.action.grid_km == strictest.action.grid_km) {
          b = k;
          break;
        }
      }
    }
    Decision best = std::move(candidates[b]);
    if (best.finding.begin != begin || best.finding.end != end) {
      if (best.action.type == ActionType::kGeneralize) {
        best.action = Action{};
        best.action.type = ActionType::kRedact;
      }
      best.finding.begin = begin;
      best.finding.end = end;
    }
    res.decisions.push_back(std::move(best));
    i = j;
  }
  return res;
}

}  // namespace tearline
