#include <algorithm>

#include "tearline/marking.h"
#include "tearline/release.h"
#include "tearline/resolve.h"

namespace tearline {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

MarkingsOutcome DecidePortions(const Document& doc, const Policy& policy) {
  MarkingsOutcome out;
  const RecipientMarkings& recipient = policy.markings;
  const MarkingOptions options = recipient.ToOptions();
  const std::vector<Banner> banners = FindBanners(doc.text);

  // A TLP banner applies to unmarked portions (document-level TLP).
  std::optional<Marking> inherited;
  for (const Banner& b : banners) {
    if (b.scan.marked() && b.scan.marking.scheme == MarkingScheme::kTlp) {
      if (!inherited || b.scan.marking.tlp > inherited->tlp) inherited = b.scan.marking;
    }
  }

  std::vector<Marking> released;
  for (size_t i = 0; i < doc.portions.size(); ++i) {
    const Portion& p = doc.portions[i];
    std::string_view text = std::string_view(doc.text).substr(p.begin, p.end - p.begin);
    PortionVerdict v;
    v.portion = i;
    bool is_banner = std::any_of(banners.begin(), banners.end(), [&](const Banner& b) {
      return b.begin >= p.begin && b.end <= p.end &&
             Trim(text) == Trim(std::string_view(doc.text).substr(b.begin, b.end - b.begin));
    });
    if (is_banner) {
      v.banner = true;
      v.marking = "banner";
      out.verdicts.push_back(std::move(v));
      continue;
    }
    MarkScan scan = FindPortionMark(text, options);
    Releasability r = Decide(scan, recipient, inherited ? &*inherited : nullptr);
    v.release = r.release;
    v.reason = r.reason;
    switch (scan.state) {
      case MarkScan::State::kMarked: v.marking = scan.marking.ToString(); break;
      case MarkScan::State::kUnmarked: v.marking = "unmarked"; break;
      case MarkScan::State::kUnparseable: v.marking = "unparseable"; break;
    }
    if (v.release) {
      if (scan.marked()) {
        released.push_back(scan.marking);
      } else if (inherited) {
        released.push_back(*inherited);
      } else {
        released.push_back(Marking{});  // admitted as (U)
      }
    }
    out.verdicts.push_back(std::move(v));
  }
  out.emit_banner = !banners.empty() || policy.markings_configured;
  if (out.emit_banner) out.banner = ComputeBanner(released, recipient);
  return out;
}

std::vector<Span> MarkingSyntaxSpans(const Document& doc, const Policy& policy) {
  std::vector<Span> spans;
  for (const Banner& b : FindBanners(doc.text)) {
    if (b.scan.marked()) spans.push_back({b.begin, b.end});
  }
  const MarkingOptions options = policy.markings.ToOptions();
  for (const Portion& p : doc.portions) {
    MarkScan scan = FindPortionMark(std::string_view(doc.text).substr(p.begin, p.end - p.begin), options);
    if (scan.marked() && scan.end > scan.begin) spans.push_back({p.begin + scan.begin, p.begin + scan.end});
  }
  return MergeSpans(std::move(spans));
}

}  // namespace tearline
