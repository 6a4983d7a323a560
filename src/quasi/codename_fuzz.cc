// Fuzz target: the code-name detector must accept any byte string (invalid
// UTF-8 included), never crash, and report only well-formed PERSON findings
// that start with an ASCII capital (or are a nickname after "el ", or a
// quoted name after a lower-case Arabic article: "al-Dhib") and lie
// inside the input, of subkind CODENAME or (a name around a quoted
// nickname) NICKNAME.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "fuzz_scan.h"
#include "tearline/quasi.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const tearline::quasi::FuzzedDetector codenames(tearline::NewCodeNameDetector());
  const std::string_view text = tearline::quasi::FuzzText(data, size);
  for (const tearline::Finding& f : codenames.Scan(text)) {
    if (f.begin >= f.end || f.end > text.size() || f.kind != tearline::Kind::kPerson) std::abort();
    // A Spanish article opens a nickname ("el Gocho", '"la Flaca"').
    const bool nickname = (text.substr(f.begin, 3) == "el " || text.substr(f.begin, 3) == "la ") &&
                          f.end > f.begin + 3 && text[f.begin + 3] >= 'A' && text[f.begin + 3] <= 'Z';
    const size_t hyphen = text.substr(f.begin, 4).find('-');
    const bool article = hyphen >= 2 && hyphen <= 3 && f.begin + hyphen + 1 < f.end &&
                         text[f.begin + hyphen + 1] >= 'A' && text[f.begin + hyphen + 1] <= 'Z' &&
                         text[f.begin] >= 'a' && text[f.begin] <= 'z';
    // A Latin-1 capital ("Ñato" after "alias") starts a name as an ASCII one does.
    const bool latin1_capital = static_cast<unsigned char>(text[f.begin]) == 0xC3 && f.begin + 1 < text.size() &&
                                static_cast<unsigned char>(text[f.begin + 1]) >= 0x80 &&
                                static_cast<unsigned char>(text[f.begin + 1]) <= 0x9E;
    if ((text[f.begin] < 'A' || text[f.begin] > 'Z') && !nickname && !article && !latin1_capital) std::abort();
    if ((f.subkind != "CODENAME" && f.subkind != "NICKNAME") || f.detector != "codenames") std::abort();
  }
  return 0;
}
