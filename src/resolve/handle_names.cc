#include "handle_names.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <utility>

#include "tearline/file.h"
#include "tearline/quasi.h"

namespace tearline::link_internal {
namespace {

bool HandleByte(char c) { return IsWordByte(c) || c == '_'; }

// Whether text[b, e) is a token of its own: not inside a longer handle, an
// e-mail address, a path or a host name ("r.mwenze@", "/r.mwenze",
// "r.mwenze.cd", "xr.mwenze").
bool WholeToken(std::string_view text, size_t b, size_t e) {
  if (b > 0) {
    const char c = text[b - 1];
    if (HandleByte(c) || c == '.' || c == '@' || c == '/' || c == '-') return false;
  }
  if (e < text.size()) {
    const char c = text[e];
    if (HandleByte(c) || c == '@' || c == '/' || c == '-') return false;
    if (c == '.' && e + 1 < text.size() && HandleByte(text[e + 1])) return false;
  }
  return true;
}

}  // namespace

void AddHandleMentions(std::string_view text, float min_confidence, std::vector<Finding>* findings) {
  std::unordered_map<std::string_view, float> handles;
  for (const Finding& f : *findings) {
    if (f.kind != Kind::kPerson || f.confidence < min_confidence) continue;
    const std::string_view s = text.substr(f.begin, f.end - f.begin);
    if (!IsLoginHandle(s)) continue;
    float& c = handles[s];
    c = std::max(c, f.confidence);
  }
  if (handles.empty()) return;
  std::vector<std::pair<size_t, size_t>> known;
  for (const Finding& f : *findings) {
    if (f.kind == Kind::kPerson) known.emplace_back(f.begin, f.end);
  }
  std::sort(known.begin(), known.end());
  std::vector<Finding> added;
  for (const auto& [handle, confidence] : handles) {
    for (size_t at = text.find(handle); at != std::string_view::npos; at = text.find(handle, at + 1)) {
      const size_t end = at + handle.size();
      if (!WholeToken(text, at, end) || std::binary_search(known.begin(), known.end(), std::make_pair(at, end))) continue;
      added.push_back(Finding{at, end, Kind::kPerson, "", confidence, "link"});
    }
  }
  findings->insert(findings->end(), added.begin(), added.end());
}

}  // namespace tearline::link_internal
