// Fuzz target: the JSONL reader and a release that keeps everything must not
// crash, and keeping everything must reproduce the input.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "tearline/records.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 1 << 16) return 0;
  std::string in(reinterpret_cast<const char*>(data), size);
  auto t = tearline::ParseJsonl(in);
  if (!t.ok()) return 0;
  tearline::FieldPolicy keep_all;
  keep_all.keep_unlisted = true;
  auto rel = tearline::ReleaseJsonl(*t, keep_all);
  if (!rel.ok() || rel->output != in) std::abort();
  tearline::FieldPolicy redact;
  tearline::FieldRule rule;
  rule.field = "/a";
  rule.action = tearline::FieldActionType::kRedact;
  redact.rules.push_back(rule);
  (void)tearline::ReleaseJsonl(*t, redact);
  return 0;
}
