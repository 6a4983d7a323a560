// Vietnamese names written without diacritics ("Le Quang Huy"), read by the
// regional name detector. Contract in name_words.h (VietnameseNameAt).
#include <algorithm>
#include <iterator>
#include <utility>

#include "name_words.h"
#include "tearline/file.h"

namespace tearline::quasi {
namespace {

// Vietnamese names in ASCII: a surname, a middle name, then one or two
// given names ("Nguyen Van Thanh", "Do Thi Lan", "Le Quang Huy", "Nguyen Thi
// Minh Khai"). Common surnames, sorted.
constexpr std::string_view kVietnameseSurnames[] = {
    "Bui", "Cao", "Dang", "Dinh", "Do",    "Doan",  "Duong", "Ha",   "Ho",     "Hoang",
    "Huynh", "Kieu", "Lam", "Le", "Luong", "Luu",   "Ly",    "Mai",  "Ngo",    "Nguyen",
    "Pham", "Phan", "Quach", "Ta", "Tran", "Trinh", "Truong", "Vo",  "Vu",
};
static_assert(std::is_sorted(std::begin(kVietnameseSurnames), std::end(kVietnameseSurnames)));
// Middle names, the second word of nearly every Vietnamese name. Sorted.
constexpr std::string_view kVietnameseMiddles[] = {
    "Anh", "Ba",   "Cong", "Dinh", "Duc",  "Hoang", "Hong", "Huu",   "Kim",  "Manh", "Minh", "Ngoc",
    "Nguyen", "Nhu", "Quang", "Quoc", "Tan", "Thanh", "Thi", "Thu", "Tien", "Trong", "Van", "Viet", "Xuan",
};
static_assert(std::is_sorted(std::begin(kVietnameseMiddles), std::end(kVietnameseMiddles)));
// Capitalised words after a name that make it the name of a place or an
// organisation ("Ho Chi Minh City", "Nguyen Van Cu Street"). Sorted.
constexpr std::string_view kVietnameseHeads[] = {
    "Airport", "Avenue", "Bank", "Boulevard", "Bridge", "City", "Company", "District", "Group", "High",
    "Hospital", "Market", "Pagoda", "Park", "Province", "Road", "School", "Square", "Street", "Temple",
    "Trail", "University",
};
static_assert(std::is_sorted(std::begin(kVietnameseHeads), std::end(kVietnameseHeads)));
constexpr size_t kMaxVietnameseWord = 7;  // letters of a middle or given name

// The capitalised ASCII word at text[i...] of 2 to kMaxVietnameseWord
// letters ending at a byte that is no word byte; its end, or i.
size_t VietnameseWordEnd(std::string_view text, size_t i) {
  if (i >= text.size() || !IsUpperAscii(text[i])) return i;
  size_t e = i + 1;
  while (e < text.size() && IsLowerAscii(text[e])) ++e;
  if (e - i < 2 || e - i > kMaxVietnameseWord) return i;
  if (e < text.size() && (IsWordByte(text[e]) || text[e] == '-')) return i;
  return e;
}

}  // namespace

std::pair<size_t, size_t> VietnameseNameAt(std::string_view text, size_t b) {
  const size_t n = text.size();
  const size_t se = VietnameseWordEnd(text, b);
  if (se == b || se + 1 >= n || text[se] != ' ') return {0, 0};
  if (!std::binary_search(std::begin(kVietnameseSurnames), std::end(kVietnameseSurnames), text.substr(b, se - b))) {
    return {0, 0};
  }
  const size_t me = VietnameseWordEnd(text, se + 1);
  if (me == se + 1 || me + 1 >= n || text[me] != ' ' ||
      !std::binary_search(std::begin(kVietnameseMiddles), std::end(kVietnameseMiddles), text.substr(se + 1, me - se - 1))) {
    return {0, 0};
  }
  size_t end = VietnameseWordEnd(text, me + 1);
  if (end == me + 1) return {0, 0};
  const size_t fourth = end + 1 < n && text[end] == ' ' ? VietnameseWordEnd(text, end + 1) : end;
  const auto is_head = [&](size_t from, size_t to) {
    return to > from &&
           std::binary_search(std::begin(kVietnameseHeads), std::end(kVietnameseHeads), text.substr(from, to - from));
  };
  if (fourth > end + 1) {
    if (is_head(end + 1, fourth)) return {0, 0};  // "Ho Chi Minh City" (a place)
    end = fourth;
    const size_t after = end + 1 < n && text[end] == ' ' ? VietnameseWordEnd(text, end + 1) : end;
    if (after > end + 1 && is_head(end + 1, after)) return {0, 0};
  }
  return {b, end};
}

}  // namespace tearline::quasi
