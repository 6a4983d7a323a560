// Contexts that make a weak reading no one's name (contract in
// generic_contexts.h).
#include "generic_contexts.h"

#include <algorithm>
#include <iterator>

#include "link_words.h"

namespace tearline::link_internal {
namespace {

bool KeyByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
         c == '.' || c == ' ';
}

// Bytes around a span that a key is looked for within.
constexpr size_t kKeyReach = 48;

// Whether text[b, e) lies inside a key as YAML writes it, unquoted: the
// line opens with the key (after indentation and a list's "- "), the key
// holds a '_', a ':' and a space or the line's end follow it.
bool InYamlKey(std::string_view text, size_t b, size_t e) {
  size_t q = b;
  while (q > 0 && b - q < kKeyReach && KeyByte(text[q - 1]) && text[q - 1] != ' ' && text[q - 1] != '.') --q;
  size_t r = e;
  while (r < text.size() && r - e < kKeyReach && KeyByte(text[r]) && text[r] != ' ' && text[r] != '.') ++r;
  size_t s = q;
  while (s > 0 && text[s - 1] == ' ') --s;
  if (s >= 1 && text[s - 1] == '-' && (s == 1 || text[s - 2] == ' ' || text[s - 2] == '\n')) --s;
  while (s > 0 && text[s - 1] == ' ') --s;
  const bool opens_line = s == 0 || text[s - 1] == '\n';
  const bool underscore = text.substr(q, r - q).find('_') != std::string_view::npos;
  return opens_line && underscore && r < text.size() && text[r] == ':' &&
         (r + 1 == text.size() || text[r + 1] == ' ' || text[r + 1] == '\n' || text[r + 1] == '\r');
}

// Vehicle makers, as written before a model ("Land" of "Land Cruiser" too).
// Sorted.
constexpr std::string_view kMakers[] = {"Chevrolet", "Hyundai", "Isuzu",  "Kia",
                                        "Land",      "Lexus",  "Mahindra",   "Mazda",   "Mercedes", "Mitsubishi",
                                        "Nissan",    "Suzuki", "Toyota",  "Volkswagen", "Yamaha"};
static_assert(std::is_sorted(std::begin(kMakers), std::end(kMakers)));

}  // namespace

bool InQuotedKey(std::string_view text, size_t b, size_t e) {
  if (InYamlKey(text, b, e)) return true;
  size_t q = b;
  while (q > 0 && b - q < kKeyReach && KeyByte(text[q - 1])) --q;
  if (q == 0 || text[q - 1] != '"') return false;
  size_t r = e;
  while (r < text.size() && r - e < kKeyReach && KeyByte(text[r])) ++r;
  if (r >= text.size() || text[r] != '"') return false;
  ++r;
  while (r < text.size() && (text[r] == ' ' || text[r] == '\t')) ++r;
  return r < text.size() && text[r] == ':';
}

bool VehicleModel(std::string_view text, size_t b, size_t e) {
  const std::string_view span = text.substr(b, e - b);
  const size_t space = span.find(' ');
  if (space != std::string_view::npos) {
    // A maker and one word.
    return space > 0 && span.find(' ', space + 1) == std::string_view::npos &&
           std::binary_search(std::begin(kMakers), std::end(kMakers), span.substr(0, space));
  }
  if (b < 2 || (text[b - 1] != ' ' && text[b - 1] != '-')) return false;
  size_t a = b - 1;
  while (a > 0 && IsWordByte(text[a - 1])) --a;
  const std::string_view maker = text.substr(a, b - 1 - a);
  return std::binary_search(std::begin(kMakers), std::end(kMakers), maker);
}

bool FrenchPluralAfterArticle(std::string_view text, size_t b, size_t e) {
  if (e - b < 3 || text[e - 1] != 's' || !IsCapitalByte(text[b])) return false;
  for (size_t i = b; i < e; ++i) {
    if (!IsWordByte(text[i])) return false;
  }
  if (b < 4 || text[b - 1] != ' ') return false;
  const std::string_view article = text.substr(b - 4, 3);
  return (article == "les" || article == "des") && (b == 4 || !IsWordByte(text[b - 5]));
}

}  // namespace tearline::link_internal
