// Fuzz target for ReadSyntheticForTraining: the input is a report, its names
// and its places, separated by two NUL bytes ("\0\0"; missing parts are
// empty). Any bytes must give spans inside the kept text, in order, each
// starting and ending on a token boundary and reading the same bytes as a
// listed string (a person's after its titles); unknown ranges inside the
// text, non-empty, in order and clear of every span; never a crash.
#include <cstdint>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>

#include "tearline/tag.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 16)) return 0;
  std::string_view in(reinterpret_cast<const char*>(data), size);
  std::string_view parts[3];
  for (int i = 0; i < 3; ++i) {
    const size_t sep = i < 2 ? in.find(std::string_view("\0\0", 2)) : std::string_view::npos;
    parts[i] = in.substr(0, sep);
    in = sep == std::string_view::npos ? std::string_view() : in.substr(sep + 2);
  }
  const std::set<std::string> dem = {"driver"}, common = {"referral", "with"}, titles = {"col.", "mr"};
  const tearline::AnnotatedText t =
      tearline::ReadSyntheticForTraining(parts[0], parts[1], parts[2], dem, common, titles);
  const std::string lists = "\n" + std::string(parts[1]) + "\n" + std::string(parts[2]) + "\n";
  size_t last = 0;
  for (const tearline::TagSpan& s : t.spans) {
    if (s.begin < last || s.end <= s.begin || s.end > t.text.size()) std::abort();
    std::string span = t.text.substr(s.begin, s.end - s.begin);
    for (size_t sp = span.find(' '); sp != std::string::npos && s.label == tearline::TagLabel::kPerson;
         sp = span.find(' ')) {
      std::string first = span.substr(0, sp);
      for (char& c : first) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      if (titles.count(first) == 0) break;
      span = span.substr(sp + 1);  // a title before the listed name
    }
    const std::string listed = "\n" + span + "\n";
    const bool blank = t.text.find_first_not_of(' ', s.begin) >= s.end;
    if (!blank && lists.find(listed) == std::string::npos && lists.find(listed.substr(0, listed.size() - 1) + "\r\n") == std::string::npos) {
      std::abort();
    }
    last = s.begin;
  }
  size_t unknown_end = 0;
  for (const auto& [b, e] : t.unknown) {
    if (b < unknown_end || e <= b || e > t.text.size()) std::abort();
    for (const tearline::TagSpan& s : t.spans) {
      if (s.begin < e && b < s.end) std::abort();
    }
    unknown_end = e;
  }
  return 0;
}
