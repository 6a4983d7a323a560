#include "known_places.h"

#include <cstddef>
#include <cstdint>

#include "word_table.h"

namespace tearline::link_internal {

extern const uint64_t kCityHashes[];  // generated (gen_word_table.cc): the slots
extern const size_t kCitySlots;       // a power of two
extern const uint64_t kPlaceHashes[];  // places.txt, the same way
extern const size_t kPlaceSlots;

namespace {

// text with its ASCII letters lower-cased looked up in the table; false for
// texts of fewer than 3 or more than 64 bytes or holding a line break or tab.
bool TableHoldsLowered(const uint64_t* table, size_t slots, std::string_view text) {
  constexpr size_t kLongest = 64;
  if (text.size() < 3 || text.size() > kLongest) return false;
  char low[kLongest];
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n' || c == '\t') return false;
    low[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return WordTableHolds(table, slots, std::string_view(low, text.size()));
}

}  // namespace

bool IsKnownTown(std::string_view text) { return TableHoldsLowered(kCityHashes, kCitySlots, text); }

bool IsGazetteerPlace(std::string_view text) { return TableHoldsLowered(kPlaceHashes, kPlaceSlots, text); }

}  // namespace tearline::link_internal
