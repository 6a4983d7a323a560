// tearline/patterns.h — the pattern table and the post-match pipeline of the
// pattern detector (CompilePatternDetector in tearline/detect.h).
//
// WHAT THESE TYPES REPRESENT
//   PatternSpec is one row of the built-in, static pattern table: a regular
//   expression, the Kind/subkind it reports, a validator, a base confidence
//   and a context rule. The table is exposed so that tests and benchmarks can
//   run a second matching engine over the SAME table and the SAME pipeline.
//
//   The detector is two stages:
//     1. Matching engine (Hyperscan in the detector; a slow reference in the
//        tests) produces RawMatches. For each pattern p and each end offset e
//        at which p matches, the raw match is [s, e) with s the SMALLEST
//        start of any match of p ending at e (Hyperscan's SOM_LEFTMOST
//        semantics). Nothing else is produced.
//     2. ResolveRawMatches (shared code, engine independent):
//        a. duplicates of (pattern, end) are collapsed to the smallest start;
//           patterns with `extend_left` get their start extended (EMAIL: the
//           regex holds one byte of the local part, so that Hyperscan can
//           anchor on the '@');
//        b. each raw match is validated (validator(text, s, e, base)); a
//           rejected one is no candidate;
//        c. per pattern, the candidates are reduced to the leftmost-longest
//           non-overlapping ones: sorted by (begin asc, end desc), greedily
//           kept when begin >= the end of the last kept one;
//        d. context: if the pattern has context words and one occurs, as a
//           whole word (ASCII, case-insensitive), inside the `window` bytes
//           before the candidate's begin, confidence = max(confidence,
//           with_context); if none occurs and the rule is `required`, the
//           candidate is dropped;
//        e. findings with identical (begin, end, kind) are reported once:
//           highest confidence, ties to the earlier pattern in the table;
//        f. a finding is dropped when another finding g (g != f) covers its
//           span (g.begin <= f.begin && f.end <= g.end) with g.confidence >=
//           f.confidence and either g has the same kind or f's pattern is
//           `weak` (generic codes inside a phone number, ...);
//        g. findings below min_confidence are dropped; the rest are sent to
//           the sink sorted by (begin asc, end desc, kind).
//   Findings of different kinds may overlap (the resolve stage merges them).
//
//   The Hyperscan engine may skip raw matches that cannot change the findings:
//   for a pattern without validator and without extend_left, a match [s, e)
//   is dropped when a match [s, e') with e' > e of the same pattern exists
//   (step (c) never keeps it). For some patterns with `needs_digit` and a
//   bounded width it scans without start of match and then finds the
//   leftmost starts by a second scan of small windows around the match ends
//   (copied into one buffer separated by '\n'; window edges lie next to
//   non-word bytes, so \b behaves as in the whole text). A pattern with
//   `anchors` is not scanned over the whole text at all: the engine scans for
//   its anchors and runs the pattern only in windows around the anchor ends.
//   The two month-name date patterns are matched by a hand-written matcher
//   around each month name (src/detect/text_dates.h; used only while the
//   table holds exactly the regexes it implements).
//
//   Patterns are byte-oriented: the text is matched as bytes (no HS_FLAG_UTF8);
//   every pattern begins and ends on ASCII bytes or whole multi-byte literals
//   (°, ′, ″), so every span lies on UTF-8 character boundaries. The regex
//   dialect is the subset common to Hyperscan and RE2 (Latin-1 mode): no
//   backreferences, lookaround, `.`, `^`, `$`, `\s` or `\v`; \b and \d are ASCII.
//
// THREAD SAFETY
//   The table is immutable static data. All functions are pure or operate on
//   caller-owned buffers; safe to call concurrently with distinct buffers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tearline/finding.h"

namespace tearline::patterns {

// Validator result meaning "not a candidate".
inline constexpr float kReject = -1.0f;

// Returns the confidence of text[begin, end) as a match of its pattern, in
// [0, 1], or kReject. `base` is the pattern's base confidence. May look at the
// bytes around the span (boundaries) but never past text.
using Validator = float (*)(std::string_view text, size_t begin, size_t end, float base);

struct ContextRule {
  // Lower-case ASCII words or phrases; empty = no context rule.
  std::span<const std::string_view> words;
  uint16_t window = 0;        // bytes before the match that are searched
  float with_context = 0.0f;  // confidence floor when a word is found
  bool required = false;      // without a context word the candidate is dropped
};

struct PatternSpec {
  const char* name;          // stable id used in error messages, e.g. "phone_e164"
  const char* regex;         // see the dialect above
  bool caseless;             // ASCII case-insensitive matching
  Kind kind;
  std::string_view subkind;  // static literal, "" for none
  float base;                // passed to the validator
  Validator validate;        // null = accept with `base`
  ContextRule context;
  bool weak = false;         // see step (f)
  // If not empty: in step (a) the start of each raw match is moved left over
  // bytes of this set, then right over leading bytes that are not ASCII
  // letters or digits.
  std::string_view extend_left = {};
  // Promise about the regex, relied on by the Hyperscan engine: every match
  // contains an ASCII digit 0-9 and no '\n'. The engine may then find its
  // match starts in windows (see the engine note above). False (the
  // default) is always safe.
  bool needs_digit = false;
  // If not empty, a promise about the regex, relied on by the Hyperscan
  // engine: every match [s, e) of the regex contains a match [x, y)
  // (s <= x <= y <= e) of one of these regexes, matched with the row's case
  // flag and with \b evaluated against the whole text. Only allowed with
  // `needs_digit` and a regex of bounded width. The engine then finds the
  // anchors in the whole text and the row's raw matches, with start of match,
  // only in windows around the anchor ends. Empty (the default) is always safe.
  std::span<const char* const> anchors = {};
};

// The built-in table, in priority order (ties in step (e) go to the earlier row).
std::span<const PatternSpec> PatternTable();

// One match reported by a matching engine.
struct RawMatch {
  uint32_t pattern;  // index into PatternTable()
  size_t begin;
  size_t end;
};

// Reusable buffers for ResolveRawMatches, so that scanning does not allocate
// once they have grown.
struct ResolveBuffers {
  std::vector<RawMatch> sorted;
  std::vector<size_t> bucket;
  std::vector<RawMatch> candidates;
  std::vector<Finding> findings;
  std::vector<uint32_t> finding_pattern;
  std::vector<size_t> order;
  std::vector<size_t> prefix_max_end;
  std::vector<uint8_t> keep;
};

// Runs steps (a)-(g) above on `raw` (which is reordered) and reports the
// findings to `sink`, with Finding::detector = "patterns".
// REQUIRES: every raw match lies inside text and names a table row.
void ResolveRawMatches(std::string_view text, std::vector<RawMatch>& raw, float min_confidence,
                       ResolveBuffers& buffers, FindingSink& sink);

// ---- Validator building blocks (exposed for tests) ----

// Luhn checksum over the ASCII digits of s (other bytes ignored). False if
// there are no digits.
bool LuhnValid(std::string_view s);
// ISO 13616 check: spaces ignored, upper-case letters and digits only,
// length 15..34, mod-97 remainder 1.
bool IbanValid(std::string_view s);
// Gregorian calendar date check: month 1-12, day within the month (leap years).
bool DateValid(int year, int month, int day);
// MGRS grid zone / 100 km square check: zone 1-60, band C-X without I and O,
// column letter valid for the zone's set, row letter A-V without I and O.
bool MgrsSquareValid(int zone, char band, char column, char row);
// Month number (1-12) of an English month name or abbreviation (ASCII,
// case-insensitive, "sept" accepted), or 0.
int MonthFromName(std::string_view name);

}  // namespace tearline::patterns
