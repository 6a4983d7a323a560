#include "known_places.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>

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

namespace {

// Sovereign states named by one word in English, minus those that are also
// common given or family names (Jordan, Chad, Georgia, India, Israel, Kenya,
// Mali, China, France, Ireland, Argentina, Cuba, Peru, Chile, Syria, Canada,
// Egypt, Poland, ...).
// Sorted.
constexpr std::string_view kCountries[] = {
    "Afghanistan", "Albania", "Algeria", "Andorra", "Australia", "Austria", "Azerbaijan", "Bahrain",
    "Bangladesh", "Belarus", "Belgium", "Bhutan", "Bosnia", "Botswana", "Brunei", "Bulgaria", "Burundi",
    "Cambodia", "Cameroon", "Croatia", "Czechia", "Denmark", "Djibouti", "Ecuador",
    "Estonia", "Eswatini", "Ethiopia", "Finland", "Gabon", "Germany", "Greece", "Guatemala", "Honduras",
    "Hungary", "Iceland", "Indonesia", "Iraq", "Italy", "Kazakhstan", "Kuwait", "Kyrgyzstan", "Laos", "Latvia",
    "Lesotho", "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives",
    "Mauritania", "Mauritius", "Mexico", "Moldova", "Mongolia", "Montenegro", "Morocco", "Mozambique",
    "Myanmar", "Namibia", "Netherlands", "Nicaragua", "Nigeria", "Norway", "Pakistan", "Palestine", "Paraguay",
    "Philippines", "Portugal", "Qatar", "Romania", "Rwanda", "Senegal", "Serbia", "Seychelles",
    "Singapore", "Slovakia", "Slovenia", "Spain", "Suriname", "Sweden", "Switzerland", "Tajikistan", "Tanzania",
    "Thailand", "Tunisia", "Turkmenistan", "Tuvalu", "Uganda", "Ukraine", "Uruguay", "Uzbekistan", "Vanuatu",
    "Venezuela", "Vietnam", "Zambia", "Zimbabwe",
};
static_assert(std::is_sorted(std::begin(kCountries), std::end(kCountries)));

}  // namespace

bool IsCountryName(std::string_view text) {
  return std::binary_search(std::begin(kCountries), std::end(kCountries), text);
}

}  // namespace tearline::link_internal
