#include "tearline/verify.h"

#include <algorithm>

#include "tearline/resolve.h"

namespace tearline {
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

namespace {

// The neutral copy of a text and the way back to the text's offsets.
class NeutralCopy {
 public:
  NeutralCopy(std::string_view text, const std::vector<Span>& inserted, const std::vector<size_t>* lengths) {
    size_t removed = 0, added = 0;  // the copy's size, to allocate it once
    for (size_t i = 0; i < inserted.size(); ++i) {
      removed += inserted[i].end - inserted[i].begin;
      added += lengths ? (*lengths)[i] : inserted[i].end - inserted[i].begin;
    }
    if (removed <= text.size()) copy_.reserve(text.size() - removed + added);
    segments_.reserve(2 * inserted.size() + 1);
    size_t cursor = 0;
    for (size_t i = 0; i < inserted.size(); ++i) {
      const Span& s = inserted[i];
      Copy(text, cursor, s.begin);
      size_t n = lengths ? (*lengths)[i] : s.end - s.begin;
      segments_.push_back({copy_.size(), s.begin, n, s.end - s.begin, true});
      copy_.append(n, ' ');
      cursor = s.end;
    }
    Copy(text, cursor, text.size());
  }
  const std::string& text() const { return copy_; }
  // Maps a finding of the copy to the text (see CheckForLeaks).
  Finding Map(Finding f) const {
    f.begin = MapBegin(f.begin);
    f.end = MapEnd(f.end);
    return f;
  }

 private:
  struct Segment {
    size_t copy_begin, text_begin, copy_len, text_len;
    bool filler;
  };
  void Copy(std::string_view text, size_t from, size_t to) {
    if (to <= from) return;
    segments_.push_back({copy_.size(), from, to - from, to - from, false});
    copy_.append(text.substr(from, to - from));
  }
  const Segment& At(size_t p) const {
    auto it = std::upper_bound(segments_.begin(), segments_.end(), p,
                               [](size_t q, const Segment& s) { return q < s.copy_begin; });
    return *(it == segments_.begin() ? it : it - 1);
  }
  size_t MapBegin(size_t p) const {
    const Segment& s = At(p);
    return s.filler ? s.text_begin : s.text_begin + (p - s.copy_begin);
  }
  size_t MapEnd(size_t p) const {  // p is one past the last byte
    const Segment& s = At(p - 1);
    return s.filler ? s.text_begin + s.text_len : s.text_begin + (p - s.copy_begin);
  }
  std::string copy_;
  std::vector<Segment> segments_;
};

// Whether a column's gap (three spaces or more, or a tab) is all that stands
// between the end of a placeholder the release wrote and text[b]: a field's
// value read after its own redacted value, across the gap to the next column
// of a form ("Checked: [REDACTED]      Kunduz, 21 Jul" read with the
// placeholder blanked), is no value of that field. (One space: the rest of
// a name, which is a leak.) When the lengths the placeholders replaced are
// unknown (`tearline verify` on a file), a table's columns no longer line up
// after a shorter placeholder, so one space also does before a value that
// starts with a small letter ("[REDACTED] pasteur, CEPAC": the next column).
bool FollowsPlaceholder(std::string_view text, size_t b, const std::vector<Span>& inserted, bool lengths_known) {
  size_t p = b;
  while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t')) --p;
  const bool small_letter_after_space =
      !lengths_known && b - p == 1 && b < text.size() && text[b] >= 'a' && text[b] <= 'z';
  if (b - p < 3 && text.substr(p, b - p).find('\t') == std::string_view::npos && !small_letter_after_space) {
    return false;
  }
  const auto it = std::lower_bound(inserted.begin(), inserted.end(), p, [](const Span& s, size_t q) { return s.end < q; });
  return it != inserted.end() && it->end == p;
}

}  // namespace

Result<LeakReport> CheckForLeaks(const Engine& engine, EngineScratch& scratch, std::string_view text,
                                 const std::vector<Span>& inserted, const Policy& policy,
                                 const std::vector<size_t>* neutral_lengths,
                                 const std::vector<Span>* marking_syntax,
                                 const std::vector<Span>* listed_groups) {
  if (neutral_lengths && neutral_lengths->size() != inserted.size()) {
    return Status::Internal("CheckForLeaks: one neutral length per inserted range is required");
  }
  // Only kinds that block are looked for (a detector that can report none of
  // them is not run).
  KindMask blocking = KindBit(Kind::kProtected);
  for (Kind k : AllKinds()) {
    if (policy.Blocks(k)) blocking |= KindBit(k);
  }
  // Places are read too when persons block: a LOC reading may be a person's
  // name ("Pedro de la Cruz", PersonReadAsPlace). So are the ORG readings of
  // the detectors that run (no detector runs for them): an ORG reading may
  // be a family's ("the Karimi family") or the organisation a speaker rule
  // read as a person ('," Microsoft says'), as ReadPlacesAndPersons reads
  // them.
  KindMask context = 0;
  if ((blocking & KindBit(Kind::kPerson)) != 0) {
    blocking |= KindBit(Kind::kLoc);
    context = KindBit(Kind::kOrg);
  }
  std::vector<Finding> findings;
  // The text derives from what this scratch scanned before (a release's
  // input, earlier rounds of its output): detectors may reuse that work.
  struct RescanScope {
    EngineScratch& s;
    explicit RescanScope(EngineScratch& scratch) : s(scratch) { s.rescan = true; }
    ~RescanScope() { s.rescan = false; }
  } rescan(scratch);
  if (inserted.empty()) {
    TL_RETURN_IF_ERROR(engine.Scan(text, scratch, policy.verify_threshold, &findings, blocking, context));
  } else {
    NeutralCopy copy(text, inserted, neutral_lengths);
    TL_RETURN_IF_ERROR(engine.Scan(copy.text(), scratch, policy.verify_threshold, &findings, blocking, context));
    for (Finding& f : findings) f = copy.Map(f);
  }
  const std::vector<Span> allowed = FindAllowedSpans(text, policy.allow_terms);
  LeakReport report;
  // Read as linking reads them: "Sheikh Lotfollah Mosque" and "in Khan
  // Younis" are places, "Pedro de la Cruz" is a person.
  if (listed_groups != nullptr) {
    for (const Span& g : *listed_groups) {
      if (g.begin < g.end && g.end <= text.size()) {
        findings.push_back(Finding{g.begin, g.end, Kind::kOrg, "GROUP", 1.0f, "release"});
      }
    }
  }
  ReadSpelledOutAcronyms(text, &findings);
  ReadPlacesAndPersons(text, &findings);
  for (const Finding& f : findings) {
    bool blocking = f.kind == Kind::kProtected || policy.Blocks(f.kind);
    if (!blocking) continue;
    ++report.findings_scanned;
    if (CoveredBy(f, inserted)) continue;
    if (f.detector == "fields" && FollowsPlaceholder(text, f.begin, inserted, neutral_lengths != nullptr)) continue;
    if (marking_syntax && InMarkingSyntax(f, *marking_syntax)) continue;
    if (IsGenericFinding(text, f)) continue;
    if (f.kind != Kind::kProtected && CoveredBy(f, allowed)) continue;
    report.leaks.push_back(f);
  }
  return report;
}

}  // namespace tearline
