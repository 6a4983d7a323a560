#include "known_places.h"

#include <cstddef>
#include <cstdint>

#include "word_table.h"

namespace tearline::link_internal {

extern const uint64_t kCityHashes[];  // generated (gen_word_table.cc): the slots
extern const size_t kCitySlots;       // a power of two
extern const uint64_t kPlaceHashes[];  // places.txt, the same way
extern const size_t kPlaceSlots;

bool IsKnownTown(std::string_view text) { return WordTableHoldsLowered(kCityHashes, kCitySlots, text, 3); }

bool IsGazetteerPlace(std::string_view text) {
  return WordTableHoldsLowered(kPlaceHashes, kPlaceSlots, text, 3);
}

}  // namespace tearline::link_internal
