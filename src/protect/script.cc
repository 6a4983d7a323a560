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
  std::unique_ptr<DetectorScratch> NewScratch() const override { return std::make_unique<DetectorScratch>(); }
  Status Scan(std::string_view text, DetectorScratch&, FindingSink& sink) const override {
    size_t run_begin = 0, run_end = 0;
    bool in_run = false;
    for (size_t i = 0; i < text.size();) {
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
