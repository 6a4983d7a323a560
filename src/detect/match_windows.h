// Match windows: the regions of a text that hold every match ending at given
// offsets of a pattern with a bounded number of non-space bytes, with edges
// where \b behaves as in the whole text. Internal to the pattern detector
// (start-of-match recovery, see pattern_detector.cc).
//
// THREAD SAFETY
//   Pure functions over caller-owned buffers.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace tearline::patterns {

// A half-open byte range [begin, end) of a text.
struct TextWindow {
  size_t begin;
  size_t end;
};

// A match end and the most bytes other than ' ' that a match ending there
// can have.
struct MatchEnd {
  size_t end;
  size_t reach;
};

// Replaces `out` with the windows of `text` for `ends` (any order; the vector
// is overwritten), sorted, disjoint and not touching (each begin > the
// previous end). Guarantees:
//   - for each {e, r} in ends, every substring [s, e) of text with at most r
//     bytes other than ' ' lies inside one window;
//   - each window edge lies next to a non-word byte or the text edge: begin
//     is 0 or text[begin - 1] is not [A-Za-z0-9_], and end is text.size() or
//     text[end] is not [A-Za-z0-9_];
//   - no ends, no windows.
// REQUIRES: every end <= text.size().
void FindEndWindows(std::string_view text, std::vector<MatchEnd>& ends, std::vector<TextWindow>& out);

}  // namespace tearline::patterns
