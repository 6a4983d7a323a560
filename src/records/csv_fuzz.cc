// Fuzz target: the CSV reader and a pass-through release must not crash, and
// a pass-through release of a parsed table must reproduce the input.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "tearline/records.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 1 << 16) return 0;
  std::string in(reinterpret_cast<const char*>(data), size);
  auto t = tearline::ParseCsv(in);
  if (!t.ok()) return 0;
  for (size_t r = 0; r < t->records.size(); ++r)
    for (size_t c = 0; c < t->num_columns(); ++c) (void)t->value(r, c);
  tearline::FieldPolicy keep_all;
  keep_all.keep_unlisted = true;
  auto rel = tearline::ReleaseCsv(*t, keep_all);
  if (!rel.ok() || rel->output != in) std::abort();
  return 0;
}
