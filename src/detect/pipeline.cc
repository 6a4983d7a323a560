// The engine-independent post-match pipeline: steps (a)-(g) of
// tearline/patterns.h.
#include <algorithm>
#include <array>

#include "tearline/patterns.h"

namespace tearline::patterns {
namespace {

constexpr std::string_view kDetectorId = "patterns";

bool IsAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// True if one of rule.words occurs as a whole word inside the `window` bytes
// before `begin`, not counting a leader of dots or of four spaces or more
// just before it ("UNC ........... 199305120846", "Passport (TJK):
// 401873265": a form's label and its value, aligned). Word edges are
// checked against the full text, so a word cut by the window's start does not
// count.
bool HasContext(std::string_view text, size_t begin, const ContextRule& rule) {
  std::array<char, 256> buf;
  size_t leader = begin, dots = 0, spaces = 0, most_spaces = 0;
  while (leader > 0 && begin - leader < 128 &&
         (text[leader - 1] == '.' || text[leader - 1] == ' ' || text[leader - 1] == ':' || text[leader - 1] == '\t')) {
    const char c = text[--leader];
    dots += c == '.';
    spaces = c == ' ' || c == '\t' ? spaces + 1 : 0;
    most_spaces = std::max(most_spaces, spaces);
  }
  const size_t skipped = dots >= 4 || most_spaces >= 4 ? begin - leader : 0;
  size_t window = std::min<size_t>({rule.window + skipped, begin, buf.size()});
  size_t start = begin - window;
  for (size_t i = 0; i < window; ++i) buf[i] = Lower(text[start + i]);
  std::string_view low(buf.data(), window);
  for (std::string_view w : rule.words) {
    for (size_t pos = low.find(w); pos != std::string_view::npos; pos = low.find(w, pos + 1)) {
      size_t abs = start + pos;
      if (IsAlnum(w.front()) && abs > 0 && IsAlnum(text[abs - 1])) continue;
      size_t after = abs + w.size();
      if (IsAlnum(w.back()) && after < text.size() && IsAlnum(text[after])) continue;
      return true;
    }
  }
  return false;
}

// Sorts v by the strict order `less`: insertion sort while v is nearly
// sorted (engines report matches mostly in end order), std::sort once the
// moves exceed a linear budget. Same result as std::sort: `less` is used only
// on elements that are never equivalent.
template <class T, class Less>
void SortNearlySorted(std::vector<T>& v, Less less) {
  size_t budget = 4 * v.size() + 64;
  for (size_t i = 1; i < v.size(); ++i) {
    if (!less(v[i], v[i - 1])) continue;
    T x = v[i];
    size_t j = i;
    do {
      v[j] = v[j - 1];
      --j;
    } while (j > 0 && less(x, v[j - 1]) && --budget > 0);
    v[j] = x;
    if (budget == 0) {
      std::sort(v.begin(), v.end(), less);
      return;
    }
  }
}

}  // namespace

void ResolveRawMatches(std::string_view text, std::vector<RawMatch>& raw, float min_confidence,
                       ResolveBuffers& buf, FindingSink& sink) {
  const std::span<const PatternSpec> table = PatternTable();

  // (a) one raw match per (pattern, end), with the smallest start. Sorted by
  // (pattern, end, begin): bucketed by pattern, then each bucket is nearly
  // sorted.
  buf.bucket.assign(table.size() + 1, 0);
  for (const RawMatch& m : raw) ++buf.bucket[m.pattern + 1];
  for (size_t p = 1; p < buf.bucket.size(); ++p) buf.bucket[p] += buf.bucket[p - 1];
  buf.sorted.resize(raw.size());
  for (const RawMatch& m : raw) buf.sorted[buf.bucket[m.pattern]++] = m;
  raw.swap(buf.sorted);
  SortNearlySorted(raw, [](const RawMatch& a, const RawMatch& b) {
    if (a.pattern != b.pattern) return a.pattern < b.pattern;
    if (a.end != b.end) return a.end < b.end;
    return a.begin < b.begin;
  });
  // (b) validation. Validator results are kept in the findings buffer.
  buf.candidates.clear();
  buf.findings.clear();
  for (size_t i = 0; i < raw.size(); ++i) {
    const RawMatch& m = raw[i];
    if (i > 0 && raw[i - 1].pattern == m.pattern && raw[i - 1].end == m.end) continue;
    const PatternSpec& p = table[m.pattern];
    if (!p.extend_left.empty()) {
      size_t b = m.begin;
      while (b > 0 && p.extend_left.find(text[b - 1]) != std::string_view::npos) --b;
      while (b < m.begin && !IsAlnum(text[b])) ++b;
      raw[i].begin = b;
    }
    float conf = p.validate ? p.validate(text, m.begin, m.end, p.base) : p.base;
    if (conf < 0) continue;
    buf.candidates.push_back(m);
    Finding f;
    f.begin = m.begin;
    f.end = m.end;
    f.kind = p.kind;
    f.subkind = p.subkind;
    f.confidence = std::min(conf, 1.0f);
    f.detector = kDetectorId;
    buf.findings.push_back(f);
  }

  // (c) leftmost-longest non-overlapping per pattern, then (d) context.
  const size_t n = buf.candidates.size();
  buf.order.resize(n);
  for (size_t i = 0; i < n; ++i) buf.order[i] = i;
  SortNearlySorted(buf.order, [&](size_t x, size_t y) {
    const RawMatch& a = buf.candidates[x];
    const RawMatch& b = buf.candidates[y];
    if (a.pattern != b.pattern) return a.pattern < b.pattern;
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.end > b.end;
  });
  std::vector<Finding>& kept = buf.findings;  // compacted in place below
  buf.keep.assign(n, 0);
  {
    uint32_t pattern = UINT32_MAX;
    size_t last_end = 0;
    for (size_t k = 0; k < n; ++k) {
      size_t i = buf.order[k];
      const RawMatch& m = buf.candidates[i];
      if (m.pattern != pattern) {
        pattern = m.pattern;
        last_end = 0;
      } else if (m.begin < last_end) {
        continue;
      }
      last_end = m.end;
      const ContextRule& rule = table[m.pattern].context;
      if (!rule.words.empty()) {
        if (HasContext(text, m.begin, rule)) {
          kept[i].confidence = std::max(kept[i].confidence, rule.with_context);
        } else if (rule.required) {
          continue;
        }
      }
      buf.keep[i] = 1;
    }
  }
  buf.finding_pattern.clear();
  size_t w = 0;
  for (size_t i = 0; i < n; ++i) {
    if (!buf.keep[i]) continue;
    kept[w++] = kept[i];
    buf.finding_pattern.push_back(buf.candidates[i].pattern);
  }
  kept.resize(w);

  // (e) identical (begin, end, kind): keep the highest confidence, ties to the
  // earlier pattern. Sorted so that the survivor comes first.
  buf.order.resize(w);
  for (size_t i = 0; i < w; ++i) buf.order[i] = i;
  std::sort(buf.order.begin(), buf.order.end(), [&](size_t x, size_t y) {
    const Finding& a = kept[x];
    const Finding& b = kept[y];
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    if (a.kind != b.kind) return a.kind < b.kind;
    if (a.confidence != b.confidence) return a.confidence > b.confidence;
    return buf.finding_pattern[x] < buf.finding_pattern[y];
  });
  buf.keep.assign(w, 0);
  for (size_t k = 0; k < w; ++k) {
    size_t i = buf.order[k];
    if (k > 0) {
      const Finding& prev = kept[buf.order[k - 1]];
      if (prev.begin == kept[i].begin && prev.end == kept[i].end && prev.kind == kept[i].kind) continue;
    }
    buf.keep[i] = 1;
  }

  // (f) drop findings covered by another one (any survivor of (e), even one
  // that is itself covered). In (begin asc, end desc) order every cover of f
  // precedes f; prefix_max_end prunes the backward search.
  std::vector<size_t>& order = buf.order;
  buf.prefix_max_end.resize(w);
  size_t max_end = 0;
  for (size_t k = 0; k < w; ++k) {
    size_t i = order[k];
    if (buf.keep[i]) {
      const Finding& f = kept[i];
      bool weak = table[buf.finding_pattern[i]].weak;
      for (size_t j = k; j-- > 0;) {
        if (buf.prefix_max_end[j] < f.end) break;
        size_t gi = order[j];
        const Finding& g = kept[gi];
        if (!buf.keep[gi] || g.end < f.end) continue;
        if (g.confidence >= f.confidence && (g.kind == f.kind || weak)) {
          buf.keep[i] = 2;  // covered; still counts as a cover of later findings
          break;
        }
      }
      // Findings with the identical span but a later kind follow f.
      for (size_t j = k + 1; buf.keep[i] == 1 && j < w; ++j) {
        const Finding& g = kept[order[j]];
        if (g.begin != f.begin || g.end != f.end) break;
        if (buf.keep[order[j]] && g.confidence >= f.confidence && (g.kind == f.kind || weak)) buf.keep[i] = 2;
      }
      max_end = std::max(max_end, f.end);
    }
    buf.prefix_max_end[k] = max_end;
  }

  // (g) threshold and report in (begin asc, end desc, kind) order.
  for (size_t k = 0; k < w; ++k) {
    size_t i = order[k];
    if (buf.keep[i] != 1 || kept[i].confidence < min_confidence || kept[i].confidence <= 0) continue;
    sink.Add(kept[i]);
  }
}

}  // namespace tearline::patterns
