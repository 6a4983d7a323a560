// Fuzz target: the field name detector (labelled lines, tables split by
// '|', tabs, ';' or ',', fixed-width tables under a rule of dash runs, chat
// speakers) must accept any byte string (invalid UTF-8 included), never
// crash, and report only well-formed findings inside the input: PERSON,
// LOC, PHONE, ID or ADDRESS (a phone, ID or shelter column's cell), subkind FIELD, or PERSON with
// subkind INITIALS (an attester's or an attendee's), detector "fields".
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "fuzz_scan.h"
#include "tearline/quasi.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const tearline::quasi::FuzzedDetector fields(tearline::NewFieldNameDetector());
  const std::string_view text = tearline::quasi::FuzzText(data, size);
  for (const tearline::Finding& f : fields.Scan(text)) {
    if (f.begin >= f.end || f.end > text.size()) std::abort();
    if (f.kind != tearline::Kind::kPerson && f.kind != tearline::Kind::kLoc && f.kind != tearline::Kind::kPhone &&
        f.kind != tearline::Kind::kId && f.kind != tearline::Kind::kAddress) {
      std::abort();
    }
    const bool initials = f.kind == tearline::Kind::kPerson && f.subkind == "INITIALS";
    if ((f.subkind != "FIELD" && !initials) || f.detector != "fields") std::abort();
  }
  return 0;
}
