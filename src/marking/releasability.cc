// Releasability of parsed markings to a recipient, and the output banner.
#include <algorithm>
#include <set>
#include <string>

#include "tearline/marking.h"

namespace tearline {
namespace {

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + v[i];
  return out;
}

// Codes plus the trigraphs of every known tetragraph among them.
std::set<std::string> Expand(const std::vector<std::string>& codes,
                             const std::map<std::string, std::vector<std::string>>& tetragraphs) {
  std::set<std::string> out;
  for (const auto& c : codes) {
    out.insert(c);
    auto it = tetragraphs.find(c);
    if (it != tetragraphs.end()) out.insert(it->second.begin(), it->second.end());
  }
  return out;
}

Releasability Pass(std::string reason) { return {true, std::move(reason)}; }
Releasability Hold(std::string reason) { return {false, std::move(reason)}; }

Releasability DecideUs(const Marking& m, const RecipientMarkings& r) {
  std::string name = m.ToString();
  if (r.max_level && m.level > *r.max_level) {
    return Hold(std::string(ClassLevelName(m.level)) + " is above the recipient's maximum level " +
                std::string(ClassLevelName(*r.max_level)));
  }
  if (m.display_only) return Hold("DISPLAY ONLY does not permit release");
  if (m.orcon && !r.orcon_approved) {
    return Hold("ORCON requires originator approval (orcon_approved is false)");
  }
  if (r.foreign) {
    if (m.noforn) return Hold("NOFORN is never released to a foreign recipient");
    if (!m.rel_to.empty()) {
      std::set<std::string> allowed = Expand(m.rel_to, r.tetragraphs);
      // The recipient's own codes are not expanded: a recipient that is NATO
      // is not each NATO member (and every member list contains USA).
      const std::vector<std::string>& mine = r.releasable_to;
      bool hit = std::any_of(mine.begin(), mine.end(), [&](const std::string& c) { return allowed.count(c) > 0; });
      if (!hit) {
        return Hold("REL TO " + Join(m.rel_to) + " does not include any of the recipient's codes (" +
                    Join(r.releasable_to) + ")");
      }
      return Pass(name + " releases to the recipient");
    }
    if (m.level != ClassLevel::kUnclassified) {
      return Hold("classified portion without REL TO is not releasable to a foreign recipient");
    }
  }
  return Pass(name + " is releasable to the recipient");
}

Releasability DecideMarking(const Marking& m, const RecipientMarkings& r) {
  switch (m.scheme) {
    case MarkingScheme::kTlp:
      if (m.tlp == Tlp::kRed) return Hold("TLP:RED is never released");
      if (m.tlp > r.tlp_max) {
        return Hold(std::string(TlpName(m.tlp)) + " is above the recipient's maximum " +
                    std::string(r.tlp_max == Tlp::kNone ? "(none)" : TlpName(r.tlp_max)));
      }
      return Pass(std::string(TlpName(m.tlp)) + " is within the recipient's maximum");
    case MarkingScheme::kCustom: {
      auto it = r.custom.find(m.custom_label);
      if (it == r.custom.end()) return Hold("label [" + m.custom_label + "] is not in the policy");
      if (!it->second) return Hold("policy withholds label [" + m.custom_label + "]");
      return Pass("policy releases label [" + m.custom_label + "]");
    }
    case MarkingScheme::kUs:
      return DecideUs(m, r);
  }
  return Hold("unknown marking scheme");
}

}  // namespace

std::map<std::string, std::vector<std::string>> RecipientMarkings::DefaultTetragraphs() {
  return {
      {"FVEY", {"AUS", "CAN", "GBR", "NZL", "USA"}},
      {"NATO", {"ALB", "BEL", "BGR", "CAN", "CZE", "DEU", "DNK", "ESP", "EST", "FIN", "FRA", "GBR",
                "GRC", "HRV", "HUN", "ISL", "ITA", "LTU", "LUX", "LVA", "MKD", "MNE", "NLD", "NOR",
                "POL", "PRT", "ROU", "SVK", "SVN", "SWE", "TUR", "USA"}},
  };
}

MarkingOptions RecipientMarkings::ToOptions() const {
  MarkingOptions o;
  for (const auto& [label, release] : custom) o.custom_labels.push_back(label);
  return o;
}

Releasability Decide(const MarkScan& scan, const RecipientMarkings& recipient, const Marking* inherited) {
  switch (scan.state) {
    case MarkScan::State::kUnparseable:
      return Hold("unparseable marking: " + scan.reason);
    case MarkScan::State::kMarked:
      return DecideMarking(scan.marking, recipient);
    case MarkScan::State::kUnmarked:
      break;
  }
  if (inherited != nullptr) {
    Releasability r = DecideMarking(*inherited, recipient);
    r.reason = "unmarked portion inherits the document's " + inherited->ToString() + ": " + r.reason;
    return r;
  }
  if (recipient.unmarked == UnmarkedRule::kWithhold) return Hold("unmarked portion (policy: withhold)");
  Marking u;  // (U)
  Releasability r = DecideMarking(u, recipient);
  r.reason = "unmarked portion treated as (U): " + r.reason;
  return r;
}

std::vector<std::string> ComputeBanner(const std::vector<Marking>& released, const RecipientMarkings& r) {
  if (!r.fixed_banner.empty()) return {r.fixed_banner};
  bool any_us = false, fouo = false, orcon = false, noforn = false, rel_broken = false;
  ClassLevel level = ClassLevel::kUnclassified;
  std::optional<std::set<std::string>> rel;
  Tlp tlp = Tlp::kNone;
  for (const Marking& m : released) {
    if (m.scheme == MarkingScheme::kTlp) {
      tlp = std::max(tlp, m.tlp);
      continue;
    }
    if (m.scheme != MarkingScheme::kUs) continue;
    any_us = true;
    level = std::max(level, m.level);
    fouo |= m.fouo;
    orcon |= m.orcon;
    noforn |= m.noforn;
    if (!m.rel_to.empty()) {
      std::set<std::string> codes = Expand(m.rel_to, r.tetragraphs);
      if (!rel) {
        rel = std::move(codes);
      } else {
        std::set<std::string> both;
        std::set_intersection(rel->begin(), rel->end(), codes.begin(), codes.end(),
                              std::inserter(both, both.end()));
        rel = std::move(both);
      }
    } else if (m.level != ClassLevel::kUnclassified) {
      rel_broken = true;  // a classified portion without REL TO: no REL TO on the banner
    }
  }
  std::vector<std::string> lines;
  if (any_us || tlp == Tlp::kNone) {
    Marking banner;
    banner.level = level;
    banner.fouo = fouo && level == ClassLevel::kUnclassified;
    banner.orcon = orcon;
    banner.noforn = noforn;
    if (!noforn && !rel_broken && rel && !rel->empty()) {
      // Trigraphs only (tetragraphs were expanded); USA first, then sorted.
      if (rel->count("USA")) banner.rel_to.push_back("USA");
      for (const auto& c : *rel) {
        if (c != "USA" && c.size() == 3) banner.rel_to.push_back(c);
      }
    }
    lines.push_back(banner.ToString(/*long_form=*/true));
  }
  if (tlp != Tlp::kNone) lines.emplace_back(TlpName(tlp));
  return lines;
}

}  // namespace tearline
