#include <re2/re2.h>

#include <algorithm>

#include "tearline/resolve.h"
#include "tearline/verify.h"

namespace tearline {

std::vector<Span> FindPlaceholderSpans(std::string_view text, const Policy& policy) {
  static const RE2 kShapes(
      R"((\[portion withheld\]|\[[A-Z]+(?:/[A-Z_]+)?-[0-9]+\]|)"
      R"(\b(?:Person|Org|Place|Address|Coordinate|Phone|Email|Url|Ip|Id|Date|Dem|Quantity|Protected|Marking))"
      R"(-[0-9A-HJKMNP-TV-Z]{6}\b|\bP-[0-9A-HJKMNP-TV-Z]{8}\b))");
  std::vector<Span> spans;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece match;
  size_t pos = 0;
  while (pos <= text.size() &&
         kShapes.Match(input, pos, text.size(), RE2::UNANCHORED, &match, 1)) {
    size_t begin = static_cast<size_t>(match.data() - text.data());
    spans.push_back({begin, begin + match.size()});
    pos = begin + std::max<size_t>(match.size(), 1);
  }
  if (!policy.mask.empty()) {
    for (size_t p = text.find(policy.mask); p != std::string_view::npos; p = text.find(policy.mask, p + 1)) {
      spans.push_back({p, p + policy.mask.size()});
    }
  }
  return MergeSpans(std::move(spans));
}

}  // namespace tearline
