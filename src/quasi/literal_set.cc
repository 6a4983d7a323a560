// One-pass search for a fixed set of literals (see literal_set.h).
#include "literal_set.h"

#include <algorithm>
#include <cassert>
#include <cstring>

#include "quasi_internal.h"

namespace tearline::quasi {

LiteralSet::LiteralSet(std::initializer_list<std::string_view> literals)
    : LiteralSet(std::vector<std::string_view>(literals)) {}

LiteralSet::LiteralSet(std::vector<std::string_view> literals) : literals_(std::move(literals)) {
  assert(!literals_.empty() && literals_.size() <= 64);
  for (size_t i = 0; i < literals_.size(); ++i) {
    const std::string_view l = literals_[i];
    assert(l.size() >= 3 && l.size() <= 64 && l.find('\0') == std::string_view::npos);
    const uint8_t b0 = static_cast<uint8_t>(l[0]), b1 = static_cast<uint8_t>(l[1]), b2 = static_cast<uint8_t>(l[2]);
    auto it = std::find_if(openings_.begin(), openings_.end(),
                           [&](const Opening& o) { return o.b0 == b0 && o.b1 == b1 && o.b2 == b2; });
    if (it == openings_.end()) it = openings_.insert(openings_.end(), Opening{b0, b1, b2, 0});
    it->literals |= uint64_t{1} << i;
  }
}

void LiteralSet::Find(std::string_view text, std::vector<std::pair<uint32_t, size_t>>* hits) const {
  hits->clear();
  ForEachBlock16(text, 0, [&](size_t block, Bytes16 v) {
    // Bytes past the text's end load as NUL, which no literal holds.
    const Bytes16 next = Load16(text, block + 1), next2 = Load16(text, block + 2);
    for (const Opening& o : openings_) {
      const Bytes16 open = (Bytes16)(v == o.b0) & (Bytes16)(next == o.b1) & (Bytes16)(next2 == o.b2);
      for (uint32_t bits = HighBitMask(open); bits != 0; bits &= bits - 1) {
        const size_t at = block + static_cast<size_t>(std::countr_zero(bits));
        const std::string_view rest = text.substr(at);
        for (uint64_t ls = o.literals; ls != 0; ls &= ls - 1) {
          const uint32_t i = static_cast<uint32_t>(std::countr_zero(ls));
          if (rest.starts_with(literals_[i])) hits->emplace_back(i, at);
        }
      }
    }
  });
  // Grouped by literal (a stable sort keeps each literal's offsets in the
  // order found, which is increasing: blocks in order, bits in order).
  std::stable_sort(hits->begin(), hits->end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
}

}  // namespace tearline::quasi
