#include <re2/re2.h>

#include <algorithm>

#include "tearline/resolve.h"
#include "tearline/verify.h"

namespace tearline {

namespace {

bool AsciiAlnum(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

}  // namespace

std::vector<Span> FindPlaceholderSpans(std::string_view text, const Policy& policy) {
  // Bracketed shapes stand alone; a pseudonym is bounded by hand below, not
  // by \b, because '_' (a file name "photo_Person-7QF3KA_0504.jpg") and the
  // next pseudonym (two names side by side, "Person-7QF3KAPerson-0K3M9Q")
  // may touch it.
  static const RE2 kShapes(
      R"((\[portion withheld\]|\[[A-Z]+(?:/[A-Z_]+)?-[0-9]+\]|)"
      R"((?:Person|Org|Place|Address|Coordinate|Phone|Email|Url|Ip|Id|Date|Dem|Quantity|Protected|Marking))"
      R"(-[0-9A-HJKMNP-TV-Z]{6}|P-[0-9A-HJKMNP-TV-Z]{8}))");
  std::vector<Span> raw;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece match;
  size_t pos = 0;
  while (pos <= text.size() &&
         kShapes.Match(input, pos, text.size(), RE2::UNANCHORED, &match, 1)) {
    size_t begin = static_cast<size_t>(match.data() - text.data());
    raw.push_back({begin, begin + match.size()});
    pos = begin + std::max<size_t>(match.size(), 1);
  }
  // A pseudonym needs a byte that is no ASCII letter or digit (or another
  // placeholder) on each side.
  std::vector<Span> spans;
  for (size_t i = 0; i < raw.size(); ++i) {
    const Span& r = raw[i];
    if (text[r.begin] != '[') {
      const bool left =
          r.begin == 0 || !AsciiAlnum(text[r.begin - 1]) || (!spans.empty() && spans.back().end == r.begin);
      const bool right =
          r.end == text.size() || !AsciiAlnum(text[r.end]) || (i + 1 < raw.size() && raw[i + 1].begin == r.end);
      if (!left || !right) continue;
    }
    spans.push_back(r);
  }
  if (!policy.mask.empty()) {
    for (size_t p = text.find(policy.mask); p != std::string_view::npos; p = text.find(policy.mask, p + 1)) {
      spans.push_back({p, p + policy.mask.size()});
    }
  }
  return MergeSpans(std::move(spans));
}

}  // namespace tearline
