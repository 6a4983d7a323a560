// Name words for the context rules of the quasi module (names after a kin or
// role word, names before an apposition): where a capitalised name word
// starts and ends, and how far a name of such words runs. Not part of the
// public API.
//
// THREAD SAFETY: stateless functions.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <iterator>
#include <string_view>
#include <utility>
#include <vector>

namespace tearline::quasi {

inline bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsLowerAscii(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsDigitAscii(char c) { return c >= '0' && c <= '9'; }
// An ASCII letter, or a byte of a character outside ASCII (a word byte that
// is no digit).
inline bool IsLetterByte(char c) { return IsUpperAscii(c) || IsLowerAscii(c) || static_cast<unsigned char>(c) >= 0x80; }

// `word` with its ASCII capitals lowered, written into buf (other bytes as
// they are); empty when the word is longer than buf.
template <size_t N>
std::string_view LowerAsciiInto(std::string_view word, std::array<char, N>& buf) {
  if (word.size() > N) return {};
  for (size_t i = 0; i < word.size(); ++i) buf[i] = IsUpperAscii(word[i]) ? static_cast<char>(word[i] | 0x20) : word[i];
  return std::string_view(buf.data(), word.size());
}

// French spacing, inside guillemets and before a colon: a space, a no-break
// space (U+00A0) or a narrow one (U+202F). FrenchSpaceAt: its length at
// text[i...]; FrenchSpaceBefore: its length ending at text[end]; 0 when none.
size_t FrenchSpaceAt(std::string_view text, size_t i);
size_t FrenchSpaceBefore(std::string_view text, size_t end);

// Whether `w` is in the sorted list (static_assert the order beside it).
template <size_t N>
bool Listed(const std::string_view (&list)[N], std::string_view w) {
  return std::binary_search(std::begin(list), std::end(list), w);
}

// Tables of structs with a `word` member, sorted by it: whether one is
// sorted (for a static_assert), and the entry whose word is `w` (null when
// there is none).
template <typename Entry, size_t N>
constexpr bool SortedByWord(const Entry (&table)[N]) {
  return std::is_sorted(std::begin(table), std::end(table),
                        [](const Entry& a, const Entry& b) { return a.word < b.word; });
}
template <typename Entry, size_t N>
const Entry* FindWord(const Entry (&table)[N], std::string_view w) {
  const Entry* it = std::lower_bound(std::begin(table), std::end(table), w,
                                     [](const Entry& k, std::string_view x) { return k.word < x; });
  return it != std::end(table) && it->word == w ? it : nullptr;
}

// The most words NameEnd reads as one name.
inline constexpr size_t kMaxNameWords = 4;

// Whether a name word starts at text[i]: an ASCII capital, or a Latin-1
// capital in UTF-8 (U+00C0..U+00DE but U+00D7, "É", "Ö").
bool CapitalAt(std::string_view text, size_t i);

// The end of the word of name bytes starting at text[i]: word bytes, and
// inner '-' or '\'' / U+2019 between word bytes ("Abdul-Rahman", "O'Brien").
// A possessive "'s" / "’s" at the end stays outside.
size_t NameWordEnd(std::string_view text, size_t i);

// The start of the run of word bytes, '-' and '\'' that ends at text[end)
// (end itself when there is none): the word before a quote, a dash or a
// noun, read backwards.
size_t NameWordStart(std::string_view text, size_t end);

// The end of an aside in parentheses right after a name that ends at
// text[p] (" (9)", " (11 ans)", " (F, 40)": a space, '(', at most 24 bytes to
// the ')' and no line break), just after its ')'; 0 when there is none.
size_t AsideEnd(std::string_view text, size_t p);

// Whether `word` opens sentences or clauses and so never starts a name
// ("The", "He", "In", "However", "Yesterday", "January").
bool IsSentenceOpener(std::string_view word);

// The name at text[i] (CapitalAt(text, i)): one to kMaxNameWords name words joined by
// single spaces, or by the period of an initial or an honorific and a space
// ("A. B. Karimi", "Mr. Eizenga"), ending before a weekday ("Hugh McGuire
// Sunday, May 28"); its end, or 0 when its first word is a
// sentence opener (IsSentenceOpener), a later word is a point of the compass
// that names a district ("Kapoeta East", "Mayo-Sava Nord"), the name holds no
// word of two letters or more besides honorifics, it is one word of at most
// three capitals, or (when `mixed_case`) it has no lower-case letter.
size_t NameEnd(std::string_view text, size_t i, bool mixed_case);

// The Vietnamese name written in ASCII whose surname starts at text[b] (a
// word start): a listed surname (Nguyen, Tran, Le, Pham, Do, ...), then single
// spaces between a listed middle name (Van, Thi, Duc, Quang, Minh, ...) and
// one or two capitalised words of 2-7 ASCII letters ("Le Quang Huy", "Nguyen
// Thi Minh Khai"), ending at a byte that is no word byte or hyphen; not when
// the head of a place or an organisation follows ("Nguyen Van Cu Street").
// Its [begin, end), or {0, 0}.
std::pair<size_t, size_t> VietnameseNameAt(std::string_view text, size_t b);

// Given names that are also English words (word_names.cc): whether `word`,
// as written, is one of them that names a person alone ("Grace", "Mercy";
// not "Peace", "Justice", which count only beside a name: IsWordGivenName in
// tearline/quasi.h); all of those; and whether the one at text[b, e) reads
// as a name there: before no capitalised word or hyphen ("Grace Church",
// "Hope-filled"), and either before a verb of speech ("Mercy told us") or in
// the middle of a sentence, after a lower-case word other than an article,
// a possessive or "by", "in", "of" ("drove Grace to", "with Faith and"; not
// "the Grace period", "of Faith", "Her Grace", "@josiery Hope") or after
// ", " ("Mercy, Gift and ...").
bool IsWordNameAlone(std::string_view word);
const std::vector<std::string_view>& WordNamesAlone();
bool WordNameReadsAsName(std::string_view text, size_t b, size_t e);

// Whether c can start a surname VietnameseNameAt reads (B-D, H, K-N, P-Q,
// T, V).
inline bool MayStartVietnameseName(char c) {
  return (c >= 'B' && c <= 'D') || c == 'H' || (c >= 'K' && c <= 'N') || c == 'P' || c == 'Q' || c == 'T' || c == 'V';
}

}  // namespace tearline::quasi
