// Findings indexed by where they begin, for questions about a byte range:
// does one finding cover it whole, which findings lie over it. Internal to
// src/resolve (linking's propagation, coordinated names).
//
// THREAD SAFETY: immutable after construction. The indexed vector must not
// change while the index is used (it reads the findings through it).
#pragma once

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string_view>
#include <utility>
#include <vector>

#include "src/base/span_reach.h"
#include "tearline/finding.h"

namespace tearline::link_internal {

// The spans of the PERSON findings at min_confidence or more, sorted: what
// a rule that spreads a name need not add again. A weaker reading over a
// span does not count: the rule's finding, at the name's confidence, goes
// over it ("→ HN" read at 0.475 where "Hedayatullah Noori (HN)" is defined).
inline std::vector<std::pair<size_t, size_t>> PersonSpans(const std::vector<Finding>& findings, float min_confidence) {
  std::vector<std::pair<size_t, size_t>> spans;
  for (const Finding& f : findings) {
    if (f.kind == Kind::kPerson && f.confidence >= min_confidence) spans.emplace_back(f.begin, f.end);
  }
  std::sort(spans.begin(), spans.end());
  return spans;
}

// Whether f is a PERSON finding at or above min_confidence, other than the
// script detector's (Arabic-script runs are found wherever they occur), over
// a non-empty span of text: a name the rules around names build on.
inline bool IsSurePerson(std::string_view text, const Finding& f, float min_confidence) {
  return f.kind == Kind::kPerson && f.confidence >= min_confidence && f.detector != "script" && f.end <= text.size() &&
         f.begin < f.end;
}

// The words (split at spaces and line breaks) of the sure PERSON findings
// (IsSurePerson), at least min_bytes long, that keep(word) accepts; sorted,
// without duplicates (std::binary_search to ask whether a word belongs to a
// sure name).
template <typename Keep>
std::vector<std::string_view> SurePersonWords(std::string_view text, const std::vector<Finding>& findings,
                                              float min_confidence, size_t min_bytes, Keep keep) {
  std::vector<std::string_view> words;
  for (const Finding& f : findings) {
    if (!IsSurePerson(text, f, min_confidence)) continue;
    for (size_t b = f.begin; b < f.end;) {
      size_t e = b;
      while (e < f.end && text[e] != ' ' && text[e] != '\n') ++e;
      const std::string_view word = text.substr(b, e - b);
      if (word.size() >= min_bytes && keep(word)) words.push_back(word);
      b = e + 1;
    }
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

class FindingIndex {
 public:
  explicit FindingIndex(const std::vector<Finding>& findings) : findings_(findings) {
    // By begin, then end; equal spans keep their order in the vector (a
    // stable sort, so the walk does not depend on the sort's internals). A
    // merge sort also suits the input: findings mostly arrive sorted by
    // begin, longer first, an order on which std::sort's introsort fell back
    // to heap sort.
    struct Entry {
      size_t begin, end, index;
    };
    std::vector<Entry> entries(findings.size());
    for (size_t i = 0; i < entries.size(); ++i) entries[i] = {findings[i].begin, findings[i].end, i};
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
      return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
    });
    order_.resize(entries.size());
    begins_.resize(entries.size());
    reach_.resize(entries.size());  // the farthest end among the first k + 1 findings in order
    for (size_t k = 0; k < entries.size(); ++k) {
      order_[k] = entries[k].index;
      begins_[k] = entries[k].begin;
      reach_[k] = std::max(k ? reach_[k - 1] : 0, entries[k].end);
    }
  }

  // Whether one finding covers [b, e) whole.
  bool Covers(size_t b, size_t e) const {
    const size_t k = BeginningBefore(b + 1);
    return k > 0 && reach_[k - 1] >= e;
  }

  // Calls f(finding) for every finding over [b, e) (sharing a byte with it)
  // until f returns false; returns false then, true otherwise.
  template <typename F>
  bool ForEachOver(size_t b, size_t e, F f) const {
    // The findings that begin before e, walked back while one may still reach past b.
    for (size_t k = BeginningBefore(e); k > 0 && reach_[k - 1] > b;) {
      --k;
      const Finding& g = findings_[order_[k]];
      if (g.end > b && !f(g)) return false;
    }
    return true;
  }

 private:
  // How many findings begin before `pos`.
  size_t BeginningBefore(size_t pos) const {
    return static_cast<size_t>(std::lower_bound(begins_.begin(), begins_.end(), pos) - begins_.begin());
  }

  const std::vector<Finding>& findings_;
  std::vector<size_t> order_;   // indices into findings_, in the order above
  std::vector<size_t> begins_;  // begins_[k] = findings_[order_[k]].begin
  std::vector<size_t> reach_;
};

// A place or an organisation read at least kSureOtherReading surely holds a
// name against the rules that read names by their shape (a phone's owner, a
// labelled name); the tagger's reading only from kSureTaggerReading (a name
// it has not seen reads as a place as often as a person: "Uzo" at 0.66,
// "Chepkwony" at 0.70).
inline constexpr float kSureOtherReading = 0.6f;
inline constexpr float kSureTaggerReading = 0.9f;

// Whether a reading over text[b, e) leaves a shape rule nothing to add: a
// PERSON finding at min_confidence or more covering it whole, or a sure
// place or organisation reading (above) anywhere over it.
inline bool HeldByOtherReading(const FindingIndex& index, size_t b, size_t e, float min_confidence) {
  return !index.ForEachOver(b, e, [&](const Finding& f) {
    if (f.kind == Kind::kPerson && f.confidence >= min_confidence && f.begin <= b && f.end >= e) return false;
    return !((f.kind == Kind::kOrg || f.kind == Kind::kLoc) && f.confidence >= kSureOtherReading &&
             (f.detector != "tagger" || f.confidence >= kSureTaggerReading));
  });
}

// Erases the tagger's LOC and ORG readings that lie inside one of `added`
// (findings a rule is about to add: sorted by begin, apart): the rule's
// reading of a name gives way to none of them.
inline void DropTaggerPlaceReadingsInside(const std::vector<Finding>& added, std::vector<Finding>* findings) {
  if (added.empty()) return;
  std::erase_if(*findings, [&](const Finding& f) {
    if (f.detector != "tagger" || (f.kind != Kind::kOrg && f.kind != Kind::kLoc)) return false;
    const auto after = std::upper_bound(added.begin(), added.end(), f.begin,
                                        [](size_t b, const Finding& a) { return b < a.begin; });
    return after != added.begin() && f.end <= std::prev(after)->end;
  });
}

}  // namespace tearline::link_internal
