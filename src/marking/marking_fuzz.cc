// Fuzz target: portion marks, banners and releasability on arbitrary bytes.
// Checks the invariants every caller relies on: spans lie inside the input,
// a parsed mark re-parses to itself from its canonical text, and Decide never
// releases an unparseable mark.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "tearline/marking.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 4096) return 0;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  tearline::MarkingOptions options;
  options.custom_labels = {"PARTNER-SHAREABLE", "INTERNAL"};
  tearline::RecipientMarkings recipient;
  recipient.releasable_to = {"AFG", "NATO"};
  recipient.unmarked = tearline::UnmarkedRule::kUnclassified;
  recipient.custom = {{"PARTNER-SHAREABLE", true}};

  tearline::MarkScan scan = tearline::FindPortionMark(text, options);
  if (scan.begin > scan.end || scan.end > text.size()) std::abort();
  if (scan.state == tearline::MarkScan::State::kUnmarked && scan.end != 0) std::abort();
  if (scan.marked() && scan.marking.scheme != tearline::MarkingScheme::kCustom) {
    std::string canon = scan.marking.ToString();
    auto again = tearline::ParseMarking(canon);
    if (!again.ok() || !(*again == scan.marking)) std::abort();
  }
  tearline::Releasability r = tearline::Decide(scan, recipient);
  if (scan.state == tearline::MarkScan::State::kUnparseable && r.release) std::abort();
  if (r.reason.empty()) std::abort();

  std::vector<tearline::Marking> released;
  for (const tearline::Banner& b : tearline::FindBanners(text)) {
    if (b.begin > b.end || b.end > text.size()) std::abort();
    if (b.scan.marked()) released.push_back(b.scan.marking);
  }
  if (scan.marked()) released.push_back(scan.marking);
  if (tearline::ComputeBanner(released, recipient).empty()) std::abort();
  return 0;
}
