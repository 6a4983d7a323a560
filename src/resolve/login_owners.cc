// Login ownership tests (contracts in login_owners.h).
#include "login_owners.h"

#include "common_words.h"

namespace tearline::link_internal {

bool SmallAsciiLetters(std::string_view part) {
  return std::all_of(part.begin(), part.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool LettersOpenOtherWords(const std::vector<std::string>& words, std::string_view letters, std::vector<bool> used) {
  for (char c : letters) {
    bool found = false;
    for (size_t w = 0; w < words.size() && !found; ++w) {
      if (!used[w] && !words[w].empty() && words[w][0] == c) used[w] = found = true;
    }
    if (!found) return false;
  }
  return true;
}

namespace {

// Whether `part` is two or three initials of different words of `words`
// ("ib" of "Innocent Berinyuy").
bool InitialsOfWords(const std::vector<std::string>& words, std::string_view part) {
  return part.size() >= 2 && part.size() <= 3 && SmallAsciiLetters(part) &&
         LettersOpenOtherWords(words, part, std::vector<bool>(words.size(), false));
}

// Whether `part` is two or more neighbouring words of `words` glued
// ("htoomeh" of "Naw Htoo Meh", "binsumait" of "Fahd Salem Bin Sumait"),
// six letters or more; [*from, *to) are those words.
bool GluedWords(const std::vector<std::string>& words, std::string_view part, size_t* from, size_t* to) {
  if (part.size() < 6) return false;
  for (size_t j = 0; j + 1 < words.size(); ++j) {
    if (words[j].empty() || !part.starts_with(words[j])) continue;
    size_t used = words[j].size();
    for (size_t m = j + 1; m < words.size() && !words[m].empty(); ++m) {
      if (part.compare(used, words[m].size(), words[m]) != 0) break;
      used += words[m].size();
      if (used == part.size()) {
        *from = j;
        *to = m + 1;
        return true;
      }
    }
  }
  return false;
}

// How many letters of initials are glued before a whole word of `words` to
// make `part` ("sm" of "smgurung" for "Sita Maya Gurung", "h" of
// "hrazafindrakoto"): one to three, each the first letter of another word
// of the name; 0 when there are none.
size_t GluedInitials(const std::vector<std::string>& words, std::string_view part) {
  for (size_t k = 1; k <= 3 && part.size() >= k + 3; ++k) {
    const std::string_view rest = part.substr(k);
    size_t from = 0, to = 0;
    if (const auto word = std::find(words.begin(), words.end(), rest); word != words.end()) {
      from = static_cast<size_t>(word - words.begin());
      to = from + 1;
    } else if (!GluedWords(words, rest, &from, &to)) {
      continue;
    }
    std::vector<bool> used(words.size(), false);
    for (size_t w = from; w < to; ++w) used[w] = true;
    if (LettersOpenOtherWords(words, part.substr(0, k), std::move(used))) return k;
  }
  return 0;
}

}  // namespace

// Contract in login_owners.h.
bool OwnsLogin(const std::vector<std::string>& words, const std::vector<std::string_view>& parts) {
  // All the words of a name of two or more, glued, digits after them
  // allowed ("sauhkunhtoi88" of "Sau Hkun Htoi").
  if (parts.size() == 1 && words.size() >= 2) {
    std::string_view login = parts[0];
    while (!login.empty() && login.back() >= '0' && login.back() <= '9') login.remove_suffix(1);
    std::string glued;
    for (const std::string& w : words) glued += w;
    if (glued.size() >= 6 && login == glued) return true;
  }
  if (parts.size() == 2 && parts[0].size() == 1 && parts[1].size() >= 4 && words.size() >= 2 &&
      std::find(words.begin() + 1, words.end(), parts[1]) != words.end()) {
    return true;
  }
  // Two words of letters, one a word of the person's name, the other of four
  // letters or more and no English word: a namesake's login as personal
  // ("hodan.abdikadir" beside "HODAN ISMAIL WARSAME"; not "hodan.report").
  if (parts.size() == 2) {
    for (size_t k = 0; k < 2; ++k) {
      const std::string_view own = parts[k], other = parts[1 - k];
      if (own.size() >= 3 && other.size() >= 4 && SmallAsciiLetters(own) && SmallAsciiLetters(other) &&
          !IsCommonWord(other) &&
          std::find(words.begin(), words.end(), own) != words.end()) {
        return true;
      }
    }
  }
  // A label of two or three small letters and '_' before a login of one
  // part ("op_jkariuki", an operator's): that part owns it alone.
  if (parts.size() == 2 && parts[0].size() <= 3 && parts[0].size() >= 2 && SmallAsciiLetters(parts[0]) &&
      parts[0].data()[parts[0].size()] == '_' && !InitialsOfWords(words, parts[0]) &&
      OwnsLogin(words, std::vector<std::string_view>(parts.begin() + 1, parts.end()))) {
    return true;
  }
  size_t matched = 0, whole = 0;
  for (size_t k = 0; k < parts.size(); ++k) {
    const std::string_view part = parts[k];
    size_t from = 0, to = 0;
    const bool whole_word = part.size() >= 3 && std::find(words.begin(), words.end(), part) != words.end();
    // Two or more words glued count as that many.
    const bool glued_words = !whole_word && GluedWords(words, part, &from, &to);
    const bool is_whole = whole_word || glued_words;
    const bool initial = (part.size() == 1 && std::any_of(words.begin(), words.end(), [&](const std::string& w) {
                           return w[0] == part[0];
                         })) || (!is_whole && k + 1 < parts.size() && InitialsOfWords(words, part));
    const size_t glued = is_whole || initial ? 0 : GluedInitials(words, part);
    whole += is_whole || glued > 0;
    matched += glued_words ? to - from : is_whole || initial ? 1 : glued > 0 ? 1 + glued : 0;
    if (!is_whole && !initial && glued == 0 && k + 1 < parts.size()) return false;
  }
  return matched >= 2 && whole >= 1;
}

}  // namespace tearline::link_internal
