#include "common_words.h"

#include <cstddef>
#include <cstdint>
#include <string>

#include "common_words_hash.h"

namespace tearline::link_internal {

extern const uint64_t kCommonWordHashes[];  // generated (gen_word_table.cc): the slots
extern const size_t kCommonWordSlots;       // a power of two

bool IsCommonWord(std::string_view word) {
  constexpr size_t kLongest = 32;
  if (word.size() < 3 || word.size() > kLongest) return false;
  char low[kLongest];
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c < 'a' || c > 'z') return false;
    low[i] = c;
  }
  const uint64_t h = CommonWordSlotKey(CommonWordHash(std::string_view(low, word.size())));
  for (size_t i = h & (kCommonWordSlots - 1);; i = (i + 1) & (kCommonWordSlots - 1)) {
    if (kCommonWordHashes[i] == h) return true;
    if (kCommonWordHashes[i] == 0) return false;
  }
}

}  // namespace tearline::link_internal
