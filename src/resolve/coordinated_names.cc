// Names coordinated with a person's name. Contract in coordinated_names.h
// and tearline/resolve.h (COORDINATED NAMES).
#include "coordinated_names.h"

#include <algorithm>
#include <iterator>

#include "finding_index.h"
#include "link_words.h"
#include "tearline/quasi.h"

namespace tearline::link_internal {
namespace {

// The capitalised word that ends at text[end) (letters and inner hyphens,
// three letters or more, a word start before it), as [b, end); b == end when
// there is none.
size_t CapitalisedWordBefore(std::string_view text, size_t end) {
  size_t b = end;
  while (b > 0 && (IsWordByte(text[b - 1]) || (text[b - 1] == '-' && b >= 2 && IsWordByte(text[b - 2])))) --b;
  if (end - b < 3 || !IsCapitalByte(text[b]) || (b > 0 && (text[b - 1] == '-' || text[b - 1] == '\''))) return end;
  return b;
}

size_t CapitalisedWordAfter(std::string_view text, size_t b) {
  size_t e = b;
  while (e < text.size() && (IsWordByte(text[e]) || (text[e] == '-' && e + 1 < text.size() && IsWordByte(text[e + 1])))) {
    ++e;
  }
  if (e - b < 3 || !IsCapitalByte(text[b])) return b;
  return e;
}

// ", " joins list items only: it also follows an opening adverb or place
// ("Meanwhile, Karim said", "In Kabul, Karim said").
constexpr std::string_view kSeparators[] = {", and ", " and ", ", "};

}  // namespace

// Readings at or above this confidence over a word keep it from being
// inferred a name: a place the tagger read weakly ("Taloqan" at 0.34) is not
// made a person by its neighbour.
constexpr float kReadingFloor = 0.3f;

// Whether a list goes on after text[e): ", " or " and " follows.
bool ListGoesOn(std::string_view text, size_t e) {
  return text.compare(e, 2, ", ") == 0 || text.compare(e, 5, " and ") == 0;
}

void AddCoordinatedNames(std::string_view text, float min_confidence, std::vector<Finding>* findings) {
  // A list grows one name a pass ("Mercy, Gift and Precious").
  for (int pass = 0; pass < 4; ++pass) {
    const FindingIndex index(*findings);
    // Whether a reading lies over [b, e).
    const auto covered = [&](size_t b, size_t e) {
      return !index.ForEachOver(b, e, [](const Finding& f) { return f.confidence < kReadingFloor; });
    };
    // A weak PERSON reading exactly over [b, e) and no reading of another
    // kind over it: the tagger thought it a name, and its neighbour says so.
    const auto weak_person = [&](size_t b, size_t e) {
      bool person = false;
      const bool only_weak_persons = index.ForEachOver(b, e, [&](const Finding& f) {
        if (f.confidence < kReadingFloor) return true;
        if (f.kind != Kind::kPerson || f.confidence >= min_confidence) return false;
        person |= f.begin == b && f.end == e;
        return true;
      });
      return only_weak_persons && person;
    };
    const auto acceptable = [&](size_t b, size_t e) {
      const std::string_view w = text.substr(b, e - b);
      return (IsWordGivenName(w) && !covered(b, e)) || weak_person(b, e);
    };
    std::vector<Finding> added;
    for (const Finding& f : *findings) {
      if (f.kind != Kind::kPerson || f.confidence < min_confidence || f.end > text.size()) continue;
      for (std::string_view sep : kSeparators) {
        // Before: "W<sep>f".
        if (f.begin >= sep.size() && text.compare(f.begin - sep.size(), sep.size(), sep) == 0) {
          if (sep == ", " && !ListGoesOn(text, f.end)) break;  // "Meanwhile, Karim said"
          const size_t end = f.begin - sep.size();
          const size_t b = CapitalisedWordBefore(text, end);
          // A one-word conjunct: no capitalised word right before it.
          const bool single = b == 0 || text[b - 1] != ' ' || CapitalisedWordBefore(text, b - 1) == b - 1;
          if (b < end && single && acceptable(b, end)) {
            added.push_back(Finding{b, end, Kind::kPerson, "COORDINATED", f.confidence, "link"});
          }
          break;
        }
      }
      for (std::string_view sep : kSeparators) {
        // After: "f<sep>W", W a one-word conjunct (no capitalised word after it).
        if (text.compare(f.end, sep.size(), sep) == 0) {
          const size_t b = f.end + sep.size();
          const size_t e = CapitalisedWordAfter(text, b);
          const bool single = e + 1 >= text.size() || text[e] != ' ' || CapitalisedWordAfter(text, e + 1) == e + 1;
          if (sep == ", " && !ListGoesOn(text, e)) break;  // "Karim, Police said"
          if (e > b && single && acceptable(b, e)) {
            added.push_back(Finding{b, e, Kind::kPerson, "COORDINATED", f.confidence, "link"});
          }
          break;
        }
      }
    }
    if (added.empty()) return;
    std::sort(added.begin(), added.end(), FindingLess);
    added.erase(std::unique(added.begin(), added.end(),
                            [](const Finding& a, const Finding& b) { return a.begin == b.begin && a.end == b.end; }),
                added.end());
    findings->insert(findings->end(), added.begin(), added.end());
  }
}

}  // namespace tearline::link_internal
