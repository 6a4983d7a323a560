// Test helpers shared by the quasi module's tests (quasi_test.cc,
// code_names_test.cc, relation_citation_test.cc, field_names_test.cc,
// initials_test.cc, quotes_test.cc): findings as text, found values, table
// rows, and the block-alignment check of the name rules' 16-byte candidate
// searches.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tearline/detect.h"

namespace tearline::quasi_testing {

// "KIND/SUB[b,e)" of every finding of d on text with confidence >= min,
// sorted, offsets plus shift; "error: ..." when the scan fails.
inline std::string Scan(const Detector& d, std::string_view text, float min = 0.1f, size_t shift = 0) {
  auto scratch = d.NewScratch();
  VectorSink sink;
  Status s = d.Scan(text, *scratch, sink);
  if (!s.ok()) return "error: " + s.ToString();
  std::vector<Finding> f = sink.findings;
  std::sort(f.begin(), f.end(), FindingLess);
  std::string out;
  for (const Finding& x : f) {
    if (x.confidence < min) continue;
    if (!out.empty()) out += " ";
    out += x.FullKind() + "[" + std::to_string(x.begin + shift) + "," + std::to_string(x.end + shift) + ")";
  }
  return out;
}

// The values of d's findings of `kind` on text, in the order d reports
// them, joined by " | "; "bad finding" when one is of neither `kind` nor a
// kind of `passed_over`, or is not of `subkind`, reported by the detector
// `id`, inside the text (and, when `confidence` is given, at it); "error"
// when the scan fails. Findings of the kinds of `passed_over` are checked
// so but not listed (a rule that reports two kinds).
inline std::string Values(const Detector& d, std::string_view text, Kind kind, std::string_view id,
                          std::string_view subkind, float confidence = -1.0f, KindMask passed_over = 0) {
  auto scratch = d.NewScratch();
  VectorSink sink;
  if (!d.Scan(text, *scratch, sink).ok()) return "error";
  std::string out;
  for (const Finding& f : sink.findings) {
    const bool listed = f.kind == kind;
    if ((!listed && (KindBit(f.kind) & passed_over) == 0) || f.subkind != subkind || f.detector != id ||
        f.end > text.size() || (confidence >= 0 && f.confidence != confidence)) {
      return "bad finding";
    }
    if (!listed) continue;
    if (!out.empty()) out += " | ";
    out += std::string(text.substr(f.begin, f.end - f.begin));
  }
  return out;
}

// Values of PERSON findings (no other kind allowed).
inline std::string PersonValues(const Detector& d, std::string_view text, std::string_view id, std::string_view subkind,
                                float confidence = -1.0f) {
  return Values(d, text, Kind::kPerson, id, subkind, confidence);
}

// One row of a detector's table test: a text, and what Scan gives for it.
struct ScanCase {
  const char* text;
  const char* want;
};

// Expects Scan(d, c.text) == c.want for every case.
inline void ExpectScans(const Detector& d, std::span<const ScanCase> cases) {
  for (const ScanCase& c : cases) EXPECT_EQ(Scan(d, c.text), c.want) << c.text;
}

// Where a text starts relative to a 16-byte block must not matter: `texts`
// random texts of 1 to 40 `pieces` (a space after each, except one time in
// `glue_one_in`), behind 1 to 17 spaces, give d's findings on the text,
// shifted (every finding, whatever its confidence). Fails the test at the
// first difference. Returns how many of the texts have findings, so that a
// caller can check the texts do exercise the detector.
inline size_t ExpectFindingsIgnoreBlockAlignment(const Detector& d, std::span<const char* const> pieces, uint64_t seed,
                                                int texts, int glue_one_in) {
  uint64_t rng = seed;
  size_t found = 0;
  for (int t = 0; t < texts; ++t) {
    std::string text;
    const int words = 1 + static_cast<int>(rng % 40);
    for (int k = 0; k < words; ++k) {
      rng = rng * 6364136223846793005ull + 1442695040888963407ull;
      text += pieces[(rng >> 33) % pieces.size()];
      text += ((rng >> 20) % static_cast<uint64_t>(glue_one_in) == 0) ? "" : " ";
    }
    found += !Scan(d, text, 0.0f).empty();
    for (size_t pad = 1; pad <= 17; ++pad) {
      const std::string shifted = Scan(d, std::string(pad, ' ') + text, 0.0f);
      const std::string want = Scan(d, text, 0.0f, pad);
      EXPECT_EQ(shifted, want) << "pad " << pad << ": " << text;
      if (shifted != want) return found;
    }
  }
  return found;
}

}  // namespace tearline::quasi_testing
