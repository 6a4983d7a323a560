// Fuzz target for a whole document release with the shipped engine (patterns,
// tagger, lexicons, every name rule, the protected list): detect, link,
// decide, transform and the leak check, on any bytes, under three policies.
// The input is a text; its first byte picks text or Markdown. Checks, never a
// crash:
//   - RunRelease never fails on a document ReadDocument accepted;
//   - the decisions lie inside the input and the inserted ranges inside the
//     output, each sorted and disjoint;
//   - a released output never holds the protected name in its plain spelling
//     (the protected detector matches every spelling; this is the check that
//     needs no detector);
//   - releasing the same document again with the same scratch writes the
//     same bytes (no state leaks from one release into the next);
//   - a blocked release names, for each leak, offsets inside the output;
//   - every mask, label and pseudonym the release wrote is found again by
//     FindPlaceholderSpans, as `tearline verify` looks for them (else verify
//     would read tearline's own words as leaks), but a pseudonym glued to a
//     letter or digit of the text (a finding that began inside a word), and
//     the leak check on the output with those spans reports offsets inside
//     it.
// The engine is built once, with a temporary state directory for the pattern
// cache.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "commands.h"
#include "tearline/keys.h"
#include "tearline/read.h"
#include "tearline/release.h"
#include "tearline/verify.h"

namespace {

using tearline::Policy;
using tearline::Span;

constexpr std::string_view kProtectedName = "Mohammad Nabi Omari";

// Partner-like: persons redacted from 0.5, the leak check from 0.3.
constexpr std::string_view kPartner = R"(recipient = "fuzz-partner"
[actions]
PERSON = "redact"
LOC = "keep"
ORG = "keep"
DATE = "keep"
DEM = "keep"
QUANTITY = "keep"
PHONE = "label"
ID = "label"
COORDINATE = { generalize = "10km" }
[allow]
terms = ["Taliban", "Torkham"]
[protect]
names = ["Mohammad Nabi Omari"]
[verify]
block = ["PERSON", "PHONE", "ID", "PROTECTED"]
threshold = 0.3
)";

// Allied-like: persons pseudonymized, dates and addresses generalized or
// dropped, marked portions judged.
constexpr std::string_view kAllied = R"(recipient = "fuzz-allied"
[markings]
releasable_to = ["GBR"]
unmarked = "unclassified"
[actions]
PERSON = "pseudonym"
PHONE = "label"
EMAIL = "label"
IP = { generalize = "network" }
DATE = { generalize = "month" }
ADDRESS = "redact"
LOC = "keep"
ORG = "keep"
DEM = "keep"
QUANTITY = "keep"
[protect]
names = ["Mohammad Nabi Omari"]
[verify]
block = ["PERSON", "PHONE", "EMAIL", "PROTECTED"]
threshold = 0.3
)";

// TAB-like: everything redacted from a low threshold (many actions, so the
// leak check's extra rounds run).
constexpr std::string_view kTab = R"(recipient = "fuzz-tab"
[thresholds]
default = 0.12
[verify]
threshold = 0.12
)";

// Names the property that broke (never a value of the text), then aborts.
[[noreturn]] void Fail(const char* property) {
  std::fprintf(stderr, "release_fuzz: %s\n", property);
  std::abort();
}

struct Fixture {
  std::vector<Policy> policies;
  std::vector<std::unique_ptr<tearline::Engine>> engines;
  std::vector<std::unique_ptr<tearline::EngineScratch>> scratches;
  tearline::RecipientKey key;
};

Policy MustParse(std::string_view toml) {
  auto p = tearline::ParsePolicy(toml, "<fuzz>");
  if (!p.ok()) Fail("a fixture policy does not parse");
  return *p;
}

const Fixture& GetFixture() {
  static Fixture* fixture = [] {
    auto* f = new Fixture;
    std::string home = (std::filesystem::temp_directory_path() / "tearline-release-fuzz").string();
    if (!tearline::EnsureHome(home).ok()) Fail("cannot create the state directory");
    tearline::cli::EngineFlags flags;
    flags.home = home;
    for (std::string_view toml : {kPartner, kAllied, kTab}) {
      f->policies.push_back(MustParse(toml));
      auto engine = tearline::cli::BuildEngine(flags, &f->policies.back());
      if (!engine.ok()) Fail("cannot build the engine");
      f->scratches.push_back((*engine)->NewScratch());
      f->engines.push_back(std::move(*engine));
    }
    f->key.recipient = "fuzz-allied";
    for (size_t i = 0; i < f->key.secret.size(); ++i) f->key.secret[i] = static_cast<uint8_t>(i * 7 + 1);
    return f;
  }();
  return *fixture;
}

bool Inside(size_t begin, size_t end, size_t size) { return begin <= end && end <= size; }

bool ContainsIgnoringAsciiCase(std::string_view text, std::string_view needle) {
  if (needle.size() > text.size()) return false;
  for (size_t i = 0; i + needle.size() <= text.size(); ++i) {
    size_t j = 0;
    while (j < needle.size() && (text[i + j] | 0x20) == (needle[j] | 0x20)) ++j;
    if (j == needle.size()) return true;
  }
  return false;
}

// Is [begin, end) inside one of the sorted, disjoint `spans`?
bool Covered(const std::vector<Span>& spans, size_t begin, size_t end) {
  for (const Span& s : spans) {
    if (s.begin <= begin && end <= s.end) return true;
  }
  return false;
}

void CheckPlaceholders(const tearline::Engine& engine, tearline::EngineScratch& scratch, const Policy& policy,
                       const tearline::ReleaseResult& r) {
  const std::string& out = r.transform.text;
  const std::vector<Span> found = tearline::FindPlaceholderSpans(out, policy);
  // FindPlaceholderSpans's contract: a pseudonym with an ASCII letter or
  // digit beside it that is no placeholder's (a finding that began inside a
  // word, a generalized date before it) is not one.
  auto alnum = [](char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
  auto glued = [&](size_t at) { return alnum(out[at]) && !Covered(found, at, at + 1); };
  for (const auto& a : r.transform.applied) {
    const bool placeholder = a.action == tearline::ActionType::kRedact || a.action == tearline::ActionType::kLabel ||
                             a.action == tearline::ActionType::kPseudonym;
    if (!placeholder || a.finding.kind == tearline::Kind::kMarking || a.output.end == a.output.begin) continue;
    if (a.action == tearline::ActionType::kPseudonym &&
        ((a.output.begin > 0 && glued(a.output.begin - 1)) || (a.output.end < out.size() && glued(a.output.end)))) {
      continue;
    }
    if (!Covered(found, a.output.begin, a.output.end)) Fail("a placeholder the release wrote is not found by FindPlaceholderSpans");
  }
  auto leaks = tearline::CheckForLeaks(engine, scratch, out, found, policy);
  if (!leaks.ok()) Fail("the leak check on a released output failed");
  for (const auto& leak : leaks->leaks) {
    if (!Inside(leak.begin, leak.end, out.size())) Fail("a leak of the output check lies outside the output");
  }
}

void CheckResult(const tearline::Document& doc, const tearline::ReleaseResult& r) {
  const size_t in = doc.text.size();
  size_t decided = 0;
  for (const auto& d : r.resolution.decisions) {
    if (d.finding.begin < decided || !Inside(d.finding.begin, d.finding.end, in)) Fail("decisions overlap, are unsorted or leave the input");
    decided = d.finding.end;
  }
  const std::string& out = r.transform.text;
  size_t last = 0;
  for (const Span& s : r.transform.inserted) {
    if (s.begin < last || !Inside(s.begin, s.end, out.size())) Fail("inserted ranges overlap, are unsorted or leave the output");
    last = s.end;
  }
  if (r.released()) {
    if (ContainsIgnoringAsciiCase(out, kProtectedName)) Fail("a released output holds the protected name");
  } else {
    for (const auto& leak : r.leaks.leaks) {
      if (!Inside(leak.begin, leak.end, out.size()) || leak.end == leak.begin) Fail("a leak of a blocked release lies outside the output or is empty");
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 2 || size > (1u << 13)) return 0;
  const Fixture& f = GetFixture();
  const auto format = (data[0] & 1) ? tearline::Format::kMarkdown : tearline::Format::kText;
  auto doc = tearline::ReadDocument(std::string(reinterpret_cast<const char*>(data) + 1, size - 1), format);
  if (!doc.ok()) return 0;
  for (size_t i = 0; i < f.policies.size(); ++i) {
    const tearline::RecipientKey* key = tearline::PolicyNeedsKey(f.policies[i]) ? &f.key : nullptr;
    auto first = tearline::RunRelease(*f.engines[i], *f.scratches[i], *doc, f.policies[i], key);
    if (!first.ok()) Fail("RunRelease failed on a readable document");
    CheckResult(*doc, *first);
    if (first->released()) CheckPlaceholders(*f.engines[i], *f.scratches[i], f.policies[i], *first);
    auto again = tearline::RunRelease(*f.engines[i], *f.scratches[i], *doc, f.policies[i], key);
    if (!again.ok() || again->released() != first->released() || again->transform.text != first->transform.text) {
      Fail("a second release with the same scratch differs from the first");
    }
  }
  return 0;
}
