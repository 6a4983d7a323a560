// Transform: the released text from the input and the decisions
// (tearline/transform.h; rules in doc/policy.md, "Transform").
//
// Steps: validate the arguments; find the portions each decision touches;
// withhold every portion touched by a drop_portion decision and, until nothing
// changes, every portion touched by a decision that touches a withheld portion
// (that decision is subsumed: reported as drop_portion); merge withheld
// portions and subsumed spans into withheld regions; then copy the text,
// replacing each withheld region by "[portion withheld]" and each other
// decision by its action's output.
#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>

#include "tearline/transform.h"
#include "transform_internal.h"

namespace tearline {
namespace {

constexpr std::string_view kWithheld = "[portion withheld]";

std::string At(const Finding& f) {
  return std::string(KindName(f.kind)) + " at [" + std::to_string(f.begin) + "," + std::to_string(f.end) + ")";
}

Status Validate(const Document& doc, const std::vector<Decision>& decisions, const TransformContext& ctx) {
  if (ctx.policy == nullptr) return Status::InvalidArgument("transform: no policy");
  size_t prev_end = 0;
  for (const Decision& d : decisions) {
    const Finding& f = d.finding;
    if (f.begin >= f.end || f.end > doc.text.size())
      return Status::InvalidArgument("transform: decision " + At(f) + " is empty or outside the text");
    if (f.begin < prev_end) return Status::InvalidArgument("transform: decision " + At(f) + " overlaps or is out of order");
    prev_end = f.end;
    if (d.action.type == ActionType::kPseudonym && ctx.key == nullptr)
      return Status::InvalidArgument("transform: a pseudonym is needed (" + At(f) + ") but no recipient key was given");
  }
  prev_end = 0;
  for (const Portion& p : doc.portions) {
    if (p.begin > p.end || p.end > doc.text.size() || p.begin < prev_end)
      return Status::InvalidArgument("transform: document portions are not disjoint, ordered ranges of the text");
    prev_end = p.end;
  }
  return Status::OK();
}

// Indices [first, last) of the portions that overlap [begin, end).
std::pair<size_t, size_t> Touched(const std::vector<Portion>& portions, size_t begin, size_t end) {
  auto first = std::partition_point(portions.begin(), portions.end(), [&](const Portion& p) { return p.end <= begin; });
  auto last = first;
  while (last != portions.end() && last->begin < end) ++last;
  // Skip empty portions at the edges, which overlap nothing.
  while (first != last && first->begin == first->end) ++first;
  return {static_cast<size_t>(first - portions.begin()), static_cast<size_t>(last - portions.begin())};
}

// The key that makes two findings "the same" for labels and pseudonym
// representatives: the entity when linked, else the normalized value.
std::string IdentityKey(const Finding& f, std::string_view text) {
  if (f.entity >= 0) return "e" + std::to_string(f.entity);
  return "v" + NormalizeValue(text.substr(f.begin, f.size()));
}

struct Region {
  size_t begin, end;
};

}  // namespace

Result<TransformResult> Transform(const Document& doc, const std::vector<Decision>& decisions,
                                  const TransformContext& ctx) {
  TL_RETURN_IF_ERROR(Validate(doc, decisions, ctx));
  const std::string_view text = doc.text;
  const size_t n = decisions.size();

  // 1. Withheld portions and subsumed decisions.
  std::vector<std::pair<size_t, size_t>> touched(n);
  std::vector<bool> withheld(doc.portions.size(), false);
  std::vector<bool> subsumed(n, false);
  for (size_t i = 0; i < n; ++i) {
    const Finding& f = decisions[i].finding;
    touched[i] = Touched(doc.portions, f.begin, f.end);
    if (decisions[i].action.type != ActionType::kDropPortion) continue;
    if (touched[i].first == touched[i].second)
      return Status::InvalidArgument("transform: drop_portion decision " + At(f) + " touches no portion");
    subsumed[i] = true;
    for (size_t p = touched[i].first; p < touched[i].second; ++p) withheld[p] = true;
  }
  // A decision is subsumed only by touching a withheld portion.
  const bool any_withheld = std::find(withheld.begin(), withheld.end(), true) != withheld.end();
  for (bool changed = any_withheld; changed;) {
    changed = false;
    for (size_t i = 0; i < n; ++i) {
      if (subsumed[i]) continue;
      auto [lo, hi] = touched[i];
      if (std::none_of(withheld.begin() + lo, withheld.begin() + hi, [](bool w) { return w; })) continue;
      subsumed[i] = true;
      changed = true;
      for (size_t p = lo; p < hi; ++p) withheld[p] = true;
    }
  }

  // 2. Withheld regions: withheld portions and subsumed spans, merged.
  std::vector<Region> parts;
  for (size_t p = 0; p < doc.portions.size(); ++p)
    if (withheld[p]) parts.push_back({doc.portions[p].begin, doc.portions[p].end});
  for (size_t i = 0; i < n; ++i)
    if (subsumed[i]) parts.push_back({decisions[i].finding.begin, decisions[i].finding.end});
  std::sort(parts.begin(), parts.end(), [](const Region& a, const Region& b) { return a.begin < b.begin; });
  std::vector<Region> regions;
  for (const Region& r : parts) {
    if (!regions.empty() && r.begin <= regions.back().end) regions.back().end = std::max(regions.back().end, r.end);
    else regions.push_back(r);
  }

  // 3. Pseudonym representatives: per (kind, identity), the longest mention
  // (the first of equal length).
  std::map<std::pair<Kind, std::string>, size_t> representative;
  for (size_t i = 0; i < n; ++i) {
    if (decisions[i].action.type != ActionType::kPseudonym) continue;
    const Finding& f = decisions[i].finding;
    auto [it, inserted] = representative.try_emplace({f.kind, IdentityKey(f, text)}, i);
    if (!inserted && f.size() > decisions[it->second].finding.size()) it->second = i;
  }

  // 4. Build the output.
  TransformResult out;
  out.text.reserve(text.size() + text.size() / 8);  // placeholders tend to be longer than what they replace
  out.applied.resize(n);
  // Label numbers by kind and identity: the kind's byte, then IdentityKey.
  std::unordered_map<std::string, int> label_numbers;
  std::string label_key;
  std::array<int, kNumKinds> label_count{};
  size_t cursor = 0;
  size_t region = 0;
  auto emit_inserted = [&](std::string_view s) {
    Span span{out.text.size(), out.text.size() + s.size()};
    out.text += s;
    out.inserted.push_back(span);
    return span;
  };
  auto flush_regions_before = [&](size_t limit) {
    for (; region < regions.size() && regions[region].begin < limit; ++region) {
      out.text.append(text.substr(cursor, regions[region].begin - cursor));
      emit_inserted(kWithheld);
      cursor = regions[region].end;
    }
  };
  for (size_t i = 0; i < n; ++i) {
    const Decision& d = decisions[i];
    const Finding& f = d.finding;
    AppliedAction& applied = out.applied[i];
    applied.finding = f;
    if (subsumed[i]) {
      flush_regions_before(f.begin + 1);
      applied.action = ActionType::kDropPortion;
      applied.output = out.inserted.back();  // the region that holds f
      continue;
    }
    flush_regions_before(f.end);
    out.text.append(text.substr(cursor, f.begin - cursor));
    cursor = f.end;
    const std::string_view value = text.substr(f.begin, f.size());
    applied.action = d.action.type;
    switch (d.action.type) {
      case ActionType::kKeep: {
        applied.output = {out.text.size(), out.text.size() + value.size()};
        out.text += value;
        break;
      }
      case ActionType::kLabel: {
        label_key.assign(1, static_cast<char>(f.kind));
        label_key += IdentityKey(f, text);
        auto [it, inserted] = label_numbers.try_emplace(label_key, 0);
        if (inserted) it->second = ++label_count[static_cast<size_t>(f.kind)];
        applied.output = emit_inserted("[" + std::string(KindName(f.kind)) + "-" + std::to_string(it->second) + "]");
        break;
      }
      case ActionType::kPseudonym: {
        const Finding& rep = decisions[representative.at({f.kind, IdentityKey(f, text)})].finding;
        applied.output = emit_inserted(Pseudonym(*ctx.key, f.kind, text.substr(rep.begin, rep.size())));
        break;
      }
      case ActionType::kGeneralize: {
        if (std::optional<std::string> g = Generalize(f.kind, d.action, value)) {
          applied.output = emit_inserted(*g);
          break;
        }
        applied.action = ActionType::kRedact;
        applied.output = emit_inserted(ctx.policy->mask);
        break;
      }
      case ActionType::kRedact:
      case ActionType::kDropPortion:  // unreachable: drop_portion decisions are subsumed
        applied.action = ActionType::kRedact;
        applied.output = emit_inserted(d.action.replacement.empty() ? ctx.policy->mask : d.action.replacement);
        break;
    }
  }
  flush_regions_before(text.size() + 1);
  out.text.append(text.substr(cursor));

  for (size_t p = 0; p < withheld.size(); ++p)
    if (withheld[p]) out.withheld_portions.push_back(p);
  return out;
}

}  // namespace tearline
