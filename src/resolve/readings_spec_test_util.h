// Test helpers of src/resolve: findings written as a compact spec, so that a
// table row can give a text and what the detectors read in it; random texts
// of given pieces for property tests.
//
// THREAD SAFETY: ReadingsFromSpec is a stateless function; a RandomTexts is
// used by one thread.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tearline/finding.h"

namespace tearline::resolve_testing {

// The findings of `spec`: readings written "KIND:words" separated by '|',
// each over the first occurrence of the words in `text`, at 0.6. KIND is
// LOC, ORG or PERSON, read by the tagger; PERSONX is a PERSON reading of
// another detector ("name_rule").
inline std::vector<Finding> ReadingsFromSpec(std::string_view text, std::string_view spec) {
  std::vector<Finding> out;
  while (!spec.empty()) {
    const size_t bar = std::min(spec.find('|'), spec.size());
    const std::string_view one = spec.substr(0, bar);
    spec.remove_prefix(bar == spec.size() ? bar : bar + 1);
    const size_t colon = one.find(':');
    const std::string_view name = one.substr(0, colon);
    const std::string_view words = one.substr(colon + 1);
    const size_t at = text.find(words);
    EXPECT_NE(at, std::string_view::npos) << words;
    const Kind kind = name == "LOC" ? Kind::kLoc : name == "ORG" ? Kind::kOrg : Kind::kPerson;
    out.push_back(Finding{at, at + words.size(), kind, "", 0.6f, name == "PERSONX" ? "name_rule" : "tagger"});
  }
  return out;
}

// A deterministic stream of random numbers (xorshift64) and the texts made
// of it: a property test draws its texts and readings from one stream.
class RandomTexts {
 public:
  explicit RandomTexts(uint64_t seed) : state_(seed) {}

  uint64_t Next() {
    state_ ^= state_ << 13;
    state_ ^= state_ >> 7;
    state_ ^= state_ << 17;
    return state_;
  }

  // A text and the byte range [begin, end) of each piece in it.
  struct Text {
    std::string text;
    std::vector<std::pair<size_t, size_t>> pieces;
  };

  // A text of 1 to max_pieces pieces drawn from `pieces`, a space between
  // two of them except one time in glue_one_in.
  Text Make(std::span<const char* const> pieces, int max_pieces, int glue_one_in) {
    Text out;
    const int n = 1 + static_cast<int>(Next() % static_cast<uint64_t>(max_pieces));
    for (int k = 0; k < n; ++k) {
      const std::string_view piece = pieces[Next() % pieces.size()];
      if (!out.text.empty() && Next() % static_cast<uint64_t>(glue_one_in) != 0) out.text += ' ';
      out.pieces.push_back({out.text.size(), out.text.size() + piece.size()});
      out.text += piece;
    }
    return out;
  }

 private:
  uint64_t state_;
};

}  // namespace tearline::resolve_testing
