// Fuzz target for tagging any bytes with the shipped model: the detector's
// tokens (Tokenize, then SplitElidedGivenNames), the two passes and the
// re-scan. The input is a text; its first byte also picks an edit of the
// same length (a stretch of bytes blanked to spaces, as the leak check blanks
// what it acted on, or swapped for "d'Aminata"-like bytes). Checks, never a
// crash:
//   - tokens are in order, non-empty, inside the text and free of ASCII
//     white space, and the split reading covers the same bytes as Tokenize;
//   - every span is inside the text, non-empty, has a confidence in [0, 1],
//     and starts and ends on a token boundary;
//   - re-scanning the edited text with the buffers of the first call gives
//     exactly what fresh buffers give (ReadChangedText equals ReadText).
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "src/tag/internal.h"
#include "src/tag/tag_buffers.h"
#include "tearline/tag.h"

namespace {

using tearline::TagSpan;
using tearline::Token;
using tearline::TaggerModel;

const TaggerModel& Model() {
  static const std::shared_ptr<const TaggerModel> model = [] {
    auto loaded = TaggerModel::Load(TEARLINE_SHIPPED_MODEL);
    if (!loaded.ok()) std::abort();
    return *loaded;
  }();
  return *model;
}

bool AsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

void CheckTokens(std::string_view text, const std::vector<Token>& tokens) {
  size_t last = 0;
  for (const Token& t : tokens) {
    if (t.begin < last || t.end <= t.begin || t.end > text.size()) std::abort();
    for (size_t i = t.begin; i < t.end; ++i) {
      if (AsciiSpace(text[i])) std::abort();
    }
    last = t.end;
  }
}

std::string Describe(const std::vector<TagSpan>& spans) {
  std::string out;
  for (const TagSpan& s : spans) {
    out += std::to_string(s.begin) + "-" + std::to_string(s.end) + ":" + std::to_string(static_cast<int>(s.label)) +
           ":" + std::to_string(s.confidence) + " ";
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 14)) return 0;
  const std::string text(reinterpret_cast<const char*>(data), size);
  const auto& m = Model().impl();

  // The detector's tokens: Tokenize's, with elided given names split off.
  std::vector<Token> plain = tearline::Tokenize(text);
  CheckTokens(text, plain);
  std::vector<Token> split = plain;
  tearline::tag_internal::SplitElidedGivenNames(text, m.lexicons, 0, &split);
  CheckTokens(text, split);
  size_t covered_plain = 0, covered_split = 0;
  for (const Token& t : plain) covered_plain += t.end - t.begin;
  for (const Token& t : split) covered_split += t.end - t.begin;
  if (covered_plain != covered_split || split.size() < plain.size()) std::abort();
  std::set<size_t> bounds;
  for (const Token& t : split) {
    bounds.insert(t.begin);
    bounds.insert(t.end);
  }

  tearline::TagOptions options;
  options.min_confidence = 0.3f;
  options.report_candidates = true;
  tearline::tag_internal::TagBuffers warm;
  std::vector<TagSpan> first;
  tearline::tag_internal::TagWith(m, text, options, warm, &first, 0.3f, /*rescan=*/true);
  for (const TagSpan& s : first) {
    if (s.end <= s.begin || s.end > text.size() || !(s.confidence >= 0 && s.confidence <= 1)) std::abort();
    if (!bounds.count(s.begin) || !bounds.count(s.end)) std::abort();
  }

  // A same-length edit, re-scanned with the warm buffers and with fresh ones.
  if (size < 2) return 0;
  std::string edited = text;
  const size_t at = data[0] % size, len = std::min<size_t>(1 + data[size - 1] % 16, size - at);
  static constexpr std::string_view kGlued = "d'Aminata l'Oumar ";
  for (size_t i = 0; i < len; ++i) edited[at + i] = (data[0] & 1) ? ' ' : kGlued[i % kGlued.size()];
  std::vector<TagSpan> rescanned, fresh;
  tearline::tag_internal::TagWith(m, edited, options, warm, &rescanned, 0.3f, /*rescan=*/true);
  tearline::tag_internal::TagBuffers cold;
  tearline::tag_internal::TagWith(m, edited, options, cold, &fresh, 0.3f, /*rescan=*/false);
  if (Describe(rescanned) != Describe(fresh)) std::abort();
  return 0;
}
