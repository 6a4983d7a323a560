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
//   - a blocked release names, for each leak, offsets inside the output.
// The engine is built once, with a temporary state directory for the pattern
// cache.
#include <cstdint>
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

struct Fixture {
  std::vector<Policy> policies;
  std::vector<std::unique_ptr<tearline::Engine>> engines;
  std::vector<std::unique_ptr<tearline::EngineScratch>> scratches;
  tearline::RecipientKey key;
};

Policy MustParse(std::string_view toml) {
  auto p = tearline::ParsePolicy(toml, "<fuzz>");
  if (!p.ok()) std::abort();
  return *p;
}

const Fixture& GetFixture() {
  static Fixture* fixture = [] {
    auto* f = new Fixture;
    std::string home = (std::filesystem::temp_directory_path() / "tearline-release-fuzz").string();
    if (!tearline::EnsureHome(home).ok()) std::abort();
    tearline::cli::EngineFlags flags;
    flags.home = home;
    for (std::string_view toml : {kPartner, kAllied, kTab}) {
      f->policies.push_back(MustParse(toml));
      auto engine = tearline::cli::BuildEngine(flags, &f->policies.back());
      if (!engine.ok()) std::abort();
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

void CheckResult(const tearline::Document& doc, const tearline::ReleaseResult& r) {
  const size_t in = doc.text.size();
  size_t decided = 0;
  for (const auto& d : r.resolution.decisions) {
    if (d.finding.begin < decided || !Inside(d.finding.begin, d.finding.end, in)) std::abort();
    decided = d.finding.end;
  }
  const std::string& out = r.transform.text;
  size_t last = 0;
  for (const Span& s : r.transform.inserted) {
    if (s.begin < last || !Inside(s.begin, s.end, out.size())) std::abort();
    last = s.end;
  }
  if (r.released()) {
    if (ContainsIgnoringAsciiCase(out, kProtectedName)) std::abort();
  } else {
    for (const auto& leak : r.leaks.leaks) {
      if (!Inside(leak.begin, leak.end, out.size()) || leak.end == leak.begin) std::abort();
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
    if (!first.ok()) std::abort();
    CheckResult(*doc, *first);
    auto again = tearline::RunRelease(*f.engines[i], *f.scratches[i], *doc, f.policies[i], key);
    if (!again.ok() || again->released() != first->released() || again->transform.text != first->transform.text) {
      std::abort();
    }
  }
  return 0;
}
