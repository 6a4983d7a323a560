// Which person owns a login, a file name's part or a name glued to its
// initials: the tests AddNamedLogins (handle_names.cc) applies to the words
// of each person the text names, and an index that finds the only persons
// those tests can accept. Internal to src/resolve.
//
// Persons' words are folded (LatinFold: small letters, no accents), one
// string each, in the order the name writes them ("Khadar Yusuf Abtidoon"
// gives {"khadar", "yusuf", "abtidoon"}). A login's parts are views into the
// text it was read from, split at '.' and '_' ("k.abtidoon" gives {"k",
// "abtidoon"}); OwnsLogin reads the byte after the first part.
//
// THREAD SAFETY: stateless functions; an OwnerIndex is immutable after
// construction.
#pragma once

#include <algorithm>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tearline::link_internal {

// Whether a login's part is small ASCII letters only (no digit, no accent).
bool SmallAsciiLetters(std::string_view part);

// Whether each of `letters` is the first letter of a word of `words` that no
// other letter took and `used` does not mark (each word gives one letter).
bool LettersOpenOtherWords(const std::vector<std::string>& words, std::string_view letters, std::vector<bool> used);

// Whether a person of folded name words `words` owns a login of `parts`:
// they give two parts or more, one of them whole (an initial may give
// another: "k.abtidoon" of "Khadar Yusuf Abtidoon"; initials may be glued
// before a whole word or neighbouring words glued: "smgurung",
// "kjeyaseelan_law", "fbinsumait"; neighbouring words glued count as that
// many: "htoomeh.kayah"), any other part the last ("musab.hamid.err",
// "nurul.amin.c14"), and a label of two or three letters may open it
// ("op_jkariuki"). A login of one letter and a
// family name of the person's (four letters or more) is a relative's or a
// namesake's, and as personal ("h.noorzai" beside "Ihsanullah NOORZAI").
// All the words of a name of two or more glued own a login of one part,
// digits after them allowed ("sauhkunhtoi88" of "Sau Hkun Htoi").
bool OwnsLogin(const std::vector<std::string>& words, const std::vector<std::string_view>& parts);

// The persons that may own a token, by their words (folded, as `Person::words`
// of AddNamedLogins). Every way OwnsLogin accepts a person needs a login's
// part, or what is left of it after one to three glued initials, to be a
// word of the person's or to open with two neighbouring words of the
// person's glued; GluedNameToken::OwnedBy and a file's name part need a word
// of the person's. Candidates are indices into the persons the index was
// built from, which must outlive it unchanged.
// Persons: a vector of a type with a member `words` (std::vector<std::string>).
class OwnerIndex {
 public:
  template <typename Persons>
  explicit OwnerIndex(const Persons& persons) {
    for (uint32_t i = 0; i < persons.size(); ++i) {
      const std::vector<std::string>& words = persons[i].words;
      for (size_t k = 0; k < words.size(); ++k) {
        Add(&by_word_, words[k], i);
        if (k + 1 == words.size()) continue;
        pairs_.push_back(words[k] + words[k + 1]);
        longest_pair_ = std::max(longest_pair_, pairs_.back().size());
        Add(&by_pair_, pairs_.back(), i);
      }
    }
  }

  // The persons holding `word`, in increasing order; null for none.
  const std::vector<uint32_t>* WithWord(std::string_view word) const {
    const auto it = by_word_.find(word);
    return it == by_word_.end() ? nullptr : &it->second;
  }

  // The persons that may own a login of `parts`, in increasing order, once each.
  void ForLogin(const std::vector<std::string_view>& parts, std::vector<uint32_t>* out) const {
    out->clear();
    const auto take = [&](const std::vector<uint32_t>* list) {
      if (list != nullptr) out->insert(out->end(), list->begin(), list->end());
    };
    for (const std::string_view part : parts) {
      for (size_t k = 0; k <= 3 && k < part.size(); ++k) {
        const std::string_view rest = part.substr(k);
        take(WithWord(rest));
        for (size_t n = 2; n <= rest.size() && n <= longest_pair_; ++n) {
          const auto it = by_pair_.find(rest.substr(0, n));
          take(it == by_pair_.end() ? nullptr : &it->second);
        }
      }
    }
    std::sort(out->begin(), out->end());
    out->erase(std::unique(out->begin(), out->end()), out->end());
  }

 private:
  using Map = std::unordered_map<std::string_view, std::vector<uint32_t>>;
  static void Add(Map* map, std::string_view key, uint32_t person) {
    std::vector<uint32_t>& list = (*map)[key];
    if (list.empty() || list.back() != person) list.push_back(person);
  }
  Map by_word_;
  Map by_pair_;                    // two neighbouring words glued
  std::deque<std::string> pairs_;  // by_pair_'s keys (a deque never moves them)
  size_t longest_pair_ = 0;
};

}  // namespace tearline::link_internal
