#include <cstdint>
#include <cstring>

#include "tearline/file.h"
#include "tearline/protect.h"

namespace tearline {
namespace {

bool IsArabicLetterOrMark(char32_t cp) {
  if (cp >= 0x0660 && cp <= 0x0669) return false;  // Arabic-Indic digits
  if (cp >= 0x06F0 && cp <= 0x06F9) return false;  // Extended Arabic-Indic digits
  if (cp == 0x060C || cp == 0x061B || cp == 0x061F || cp == 0x06D4 || cp == 0x066A || cp == 0x066B ||
      cp == 0x066C || cp == 0x066D)
    return false;  // punctuation
  return (cp >= 0x0600 && cp <= 0x06FF) || (cp >= 0x0750 && cp <= 0x077F) || (cp >= 0x08A0 && cp <= 0x08FF) ||
         (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF);
}

class ArabicScriptDetector final : public Detector {
 public:
  std::string_view id() const override { return "script"; }
  KindMask kinds() const override { return KindBit(Kind::kPerson); }
  std::unique_ptr<DetectorScratch> NewScratch() const override { return std::make_unique<DetectorScratch>(); }
  Status Scan(std::string_view text, DetectorScratch&, FindingSink& sink) const override {
    size_t run_begin = 0, run_end = 0;
    bool in_run = false;
    const size_t n = text.size();
    for (size_t i = 0; i < n;) {
      // Fast path: outside a run, skip 8 bytes at a time while none is a lead
      // byte of an Arabic-script letter (all of them are >= 0xD8).
      if (!in_run) {
        while (i + 8 <= n) {
          uint64_t w;
          std::memcpy(&w, text.data() + i, 8);
          // A byte >= 0xD8 has its top bit set; checking the top bit is a cheap superset.
          if (w & 0x8080808080808080ull) break;
          i += 8;
        }
        if (i >= n) break;
      }
      auto c = static_cast<unsigned char>(text[i]);
      if (c < 0xC0) {  // ASCII or continuation: only spaces may join a run
        if (in_run && c != ' ') {
          sink.Add(Finding{run_begin, run_end, Kind::kPerson, "ARABIC_SCRIPT", 0.7f, "script"});
          in_run = false;
        }
        ++i;
        continue;
      }
      size_t len;
      char32_t cp = DecodeUtf8(text, i, &len);
      if (IsArabicLetterOrMark(cp)) {
        if (!in_run) run_begin = i;
        in_run = true;
        run_end = i + len;
      } else if (in_run && cp != 0x200C && cp != 0x00A0) {  // ZWNJ and NBSP join words
        sink.Add(Finding{run_begin, run_end, Kind::kPerson, "ARABIC_SCRIPT", 0.7f, "script"});
        in_run = false;
      }
      i += len;
    }
    if (in_run) sink.Add(Finding{run_begin, run_end, Kind::kPerson, "ARABIC_SCRIPT", 0.7f, "script"});
    return Status::OK();
  }
};

}  // namespace

std::unique_ptr<const Detector> NewArabicScriptDetector() { return std::make_unique<ArabicScriptDetector>(); }

}  // namespace tearline
