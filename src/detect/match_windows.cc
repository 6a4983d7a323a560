// FindEndWindows: each end e with reach r gives [b, e) with b the smallest
// offset such that [b, e) has at most r non-space bytes; that range is widened
// to non-word neighbours, and overlapping or touching ranges are merged.
#include "match_windows.h"

#include <algorithm>

namespace tearline::patterns {
namespace {

bool IsWord(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

// The smallest b <= from with at most `reach` non-space bytes in [b, from).
size_t WalkLeft(std::string_view text, size_t from, size_t reach) {
  size_t b = from, count = 0;
  while (b > 0) {
    count += text[b - 1] != ' ';
    if (count > reach) break;
    --b;
  }
  return b;
}

}  // namespace

void FindEndWindows(std::string_view text, std::vector<MatchEnd>& ends, std::vector<TextWindow>& out) {
  out.clear();
  // Widening keeps the order of the begins (a begin moved left over a word
  // stops at the word's start), so ranges sorted by begin merge in one pass.
  for (MatchEnd& m : ends) m.reach = WalkLeft(text, m.end, m.reach);  // now the begin
  std::sort(ends.begin(), ends.end(), [](const MatchEnd& a, const MatchEnd& b) {
    return a.reach != b.reach ? a.reach < b.reach : a.end < b.end;
  });
  for (const MatchEnd& m : ends) {
    size_t b = m.reach, e = m.end;
    if (!out.empty() && b >= out.back().begin && e <= out.back().end) continue;  // covered
    while (b > 0 && IsWord(text[b - 1])) --b;
    while (e < text.size() && IsWord(text[e])) ++e;
    if (!out.empty() && b <= out.back().end) {
      out.back().end = std::max(out.back().end, e);
    } else {
      out.push_back(TextWindow{b, e});
    }
  }
}

}  // namespace tearline::patterns
