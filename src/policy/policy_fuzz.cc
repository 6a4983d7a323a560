// Fuzz target: ParsePolicy must never crash, throw or accept a policy that
// breaks its own invariants.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "tearline/policy.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 64 * 1024) return 0;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto policy = tearline::ParsePolicy(text, "fuzz.toml");
  auto diags = tearline::CheckPolicy(text, "fuzz.toml");
  if (policy.ok() != diags.empty()) std::abort();
  if (policy.ok()) {
    const tearline::Policy& p = *policy;
    if (p.recipient.empty() || p.fingerprint.size() != 64) std::abort();
    if (p.ActionFor(tearline::Kind::kProtected).type == tearline::ActionType::kKeep) std::abort();
    for (tearline::Kind k : p.verify_block) {
      if (p.ActionFor(k).type == tearline::ActionType::kKeep) std::abort();
      if (p.verify_threshold > p.ThresholdFor(k)) std::abort();
    }
    for (tearline::Kind k : tearline::AllKinds())
      if (!(p.ThresholdFor(k) >= 0 && p.ThresholdFor(k) <= 1)) std::abort();
  }
  return 0;
}
