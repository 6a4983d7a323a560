// The script-run detector: runs of words in a script the tagger cannot read
// (Arabic, Cyrillic, Myanmar, Han, ...) inside text. Contract in
// tearline/protect.h (NewScriptRunDetector).
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <string_view>

#include "tearline/file.h"
#include "tearline/protect.h"

namespace tearline {
namespace {

constexpr float kScriptRunConfidence = 0.7f;

// Blocks of code points whose letters and marks make runs, by script; the
// subkind each run gets. Sorted by first code point, not overlapping. Greek is
// left out: its letters are the symbols of units and formulas ("5 μm").
struct ScriptBlock {
  char32_t first, last;
  std::string_view subkind;
};
constexpr ScriptBlock kScriptBlocks[] = {
    {0x0400, 0x052F, "CYRILLIC_SCRIPT"},   {0x0531, 0x058A, "ARMENIAN_SCRIPT"},
    {0x0591, 0x05F4, "HEBREW_SCRIPT"},     {0x0600, 0x06FF, "ARABIC_SCRIPT"},
    {0x0750, 0x077F, "ARABIC_SCRIPT"},     {0x08A0, 0x08FF, "ARABIC_SCRIPT"},
    {0x0900, 0x0DFF, "INDIC_SCRIPT"},      {0x0E00, 0x0EFF, "THAI_LAO_SCRIPT"},
    {0x0F00, 0x0FFF, "TIBETAN_SCRIPT"},    {0x1000, 0x109F, "MYANMAR_SCRIPT"},
    {0x10A0, 0x10FF, "GEORGIAN_SCRIPT"},   {0x1100, 0x11FF, "HANGUL_SCRIPT"},
    {0x1200, 0x139F, "ETHIOPIC_SCRIPT"},   {0x1780, 0x17FF, "KHMER_SCRIPT"},
    {0x1C90, 0x1CBF, "GEORGIAN_SCRIPT"},   {0x2D80, 0x2DDF, "ETHIOPIC_SCRIPT"},
    {0x3040, 0x30FF, "HAN_SCRIPT"},        {0x3400, 0x4DBF, "HAN_SCRIPT"},
    {0x4E00, 0x9FFF, "HAN_SCRIPT"},        {0xA9E0, 0xA9FF, "MYANMAR_SCRIPT"},
    {0xAA60, 0xAA7F, "MYANMAR_SCRIPT"},    {0xAC00, 0xD7AF, "HANGUL_SCRIPT"},
    {0xFB50, 0xFDFF, "ARABIC_SCRIPT"},     {0xFE70, 0xFEFF, "ARABIC_SCRIPT"},
};
static_assert(std::is_sorted(std::begin(kScriptBlocks), std::end(kScriptBlocks),
                             [](const ScriptBlock& a, const ScriptBlock& b) { return a.last < b.first; }));

// Digits and punctuation inside those blocks: they end a run.
bool IsDigitOrPunctuation(char32_t cp) {
  if ((cp >= 0x0660 && cp <= 0x066D) || (cp >= 0x06F0 && cp <= 0x06F9) || cp == 0x060C || cp == 0x061B ||
      cp == 0x061F || cp == 0x06D4) {
    return true;  // Arabic digits, separators, comma, semicolon, question mark, full stop
  }
  if (cp == 0x0589 || cp == 0x055D || cp == 0x055E || cp == 0x05BE || cp == 0x05C0 || cp == 0x05C3 ||
      cp == 0x05F3 || cp == 0x05F4) {
    return true;  // Armenian and Hebrew punctuation
  }
  if (cp == 0x0964 || cp == 0x0965) return true;  // danda
  if (cp >= 0x0900 && cp <= 0x0DFF && (cp & 0x7F) >= 0x66 && (cp & 0x7F) <= 0x6F) return true;  // Indic digits
  if ((cp >= 0x0E50 && cp <= 0x0E5B) || (cp >= 0x0ED0 && cp <= 0x0ED9)) return true;  // Thai, Lao digits
  if (cp >= 0x0F04 && cp <= 0x0F33) return true;                                    // Tibetan marks, digits
  if ((cp >= 0x1040 && cp <= 0x104F) || (cp >= 0x1090 && cp <= 0x1099)) return true;  // Myanmar
  if (cp == 0x10FB) return true;                                                    // Georgian paragraph
  if (cp >= 0x1360 && cp <= 0x137C) return true;                                    // Ethiopic
  if ((cp >= 0x17D4 && cp <= 0x17DA) || (cp >= 0x17E0 && cp <= 0x17E9)) return true;  // Khmer
  return false;
}

// The subkind of the script whose letter or mark cp is, or empty.
std::string_view ScriptOf(char32_t cp) {
  const auto* it = std::upper_bound(std::begin(kScriptBlocks), std::end(kScriptBlocks), cp,
                                    [](char32_t c, const ScriptBlock& b) { return c < b.first; });
  if (it == std::begin(kScriptBlocks)) return {};
  --it;
  if (cp > it->last || IsDigitOrPunctuation(cp)) return {};
  return it->subkind;
}

// Code points that join the words of a run: space (ASCII, handled apart),
// no-break space, middle dots ("阿不都热依木·吐尔逊", "ラシード・カリミ"),
// zero-width non-joiner and joiner.
bool JoinsRun(char32_t cp) { return cp == 0x00A0 || cp == 0x00B7 || cp == 0x30FB || cp == 0x200C || cp == 0x200D; }

class ScriptRunDetector final : public Detector {
 public:
  std::string_view id() const override { return "script"; }
  KindMask kinds() const override { return KindBit(Kind::kPerson); }
  std::unique_ptr<DetectorScratch> NewScratch() const override { return std::make_unique<DetectorScratch>(); }
  Status Scan(std::string_view text, DetectorScratch&, FindingSink& sink) const override {
    size_t run_begin = 0, run_end = 0;
    std::string_view run_script;  // empty: no run open
    const auto close = [&] {
      if (!run_script.empty()) {
        sink.Add(Finding{run_begin, run_end, Kind::kPerson, run_script, kScriptRunConfidence, "script"});
      }
      run_script = {};
    };
    const size_t n = text.size();
    for (size_t i = 0; i < n;) {
      // Outside a run, skip 8 ASCII bytes at a time.
      if (run_script.empty()) {
        while (i + 8 <= n) {
          uint64_t w;
          std::memcpy(&w, text.data() + i, 8);
          if (w & 0x8080808080808080ull) break;
          i += 8;
        }
        if (i >= n) break;
      }
      const auto c = static_cast<unsigned char>(text[i]);
      if (c < 0xC0) {  // ASCII or a stray continuation byte: only spaces join a run
        if (c != ' ') close();
        ++i;
        continue;
      }
      size_t len;
      const char32_t cp = DecodeUtf8(text, i, &len);
      const std::string_view script = ScriptOf(cp);
      if (!script.empty()) {
        if (script != run_script) {
          close();
          run_begin = i;
          run_script = script;
        }
        run_end = i + len;
      } else if (!JoinsRun(cp)) {
        close();
      }
      i += len;
    }
    close();
    return Status::OK();
  }
};

}  // namespace

std::unique_ptr<const Detector> NewScriptRunDetector() { return std::make_unique<ScriptRunDetector>(); }

}  // namespace tearline
