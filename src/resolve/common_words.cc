#include "common_words.h"

#include <cstddef>
#include <cstdint>
#include <string>

#include "word_table.h"

namespace tearline::link_internal {

extern const uint64_t kCommonWordHashes[];  // generated (gen_word_table.cc): the slots
extern const size_t kCommonWordSlots;       // a power of two

extern const uint64_t kDemWordHashes[];  // generated: nationality, ethnicity, religion words, no names
extern const size_t kDemWordSlots;

extern const uint64_t kNameWordHashes[];  // generated: given_names.txt and family_names.txt
extern const size_t kNameWordSlots;

namespace {

// Whether the ASCII-lower-cased letters of word (three to 32, ASCII only)
// are in the table.
bool InTable(const uint64_t* hashes, size_t slots, std::string_view word) {
  constexpr size_t kLongest = 32;
  if (word.size() < 3 || word.size() > kLongest) return false;
  char low[kLongest];
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c < 'a' || c > 'z') return false;
    low[i] = c;
  }
  return WordTableHolds(hashes, slots, std::string_view(low, word.size()));
}

}  // namespace

bool IsCommonWord(std::string_view word) { return InTable(kCommonWordHashes, kCommonWordSlots, word); }

bool IsNameWord(std::string_view word) {
  return WordTableHoldsLowered(kNameWordHashes, kNameWordSlots, word, 2);  // the table holds no entry of two words
}

bool IsGroupWord(std::string_view word) {
  if (InTable(kDemWordHashes, kDemWordSlots, word)) return true;
  // A plural: "Peuls", "Kenyans".
  return word.size() >= 4 && word.back() == 's' && InTable(kDemWordHashes, kDemWordSlots, word.substr(0, word.size() - 1));
}

}  // namespace tearline::link_internal
