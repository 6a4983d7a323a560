#include <gtest/gtest.h>

#include "policy_internal.h"
#include "tearline/keys.h"
#include "tearline/policy.h"

namespace tearline {
namespace {

std::string Fp(std::string_view text) {
  auto p = ParsePolicy(text, "f.toml");
  EXPECT_TRUE(p.ok()) << p.status().ToString();
  return p.ok() ? p->fingerprint : "";
}

constexpr std::string_view kBase = R"(recipient = "r1"
description = "d"
[actions]
PERSON = "pseudonym"
ORG = "keep"
COORDINATE = { generalize = "10km" }
[thresholds]
PERSON = 0.6
[allow]
terms = ["Alpha", "Beta"]
[verify]
block = ["PERSON", "ID"]
)";

TEST(FingerprintTest, InsensitiveToFormatting) {
  const std::string base = Fp(kBase);
  const std::string_view same[] = {
      // Comments, blank lines, spacing, key and table order, quoting style.
      R"(# a comment
[verify]
block = [ "ID", "PERSON", "ID" ]   # order and duplicates do not matter

[allow]
terms = ['Beta', "Alpha", "Alpha"]
[actions]
COORDINATE = {generalize="10.0km"}
ORG        = "keep"
PERSON='pseudonym'
[thresholds]
PERSON = 0.60
default = 0.5
[redact]
mask = "[REDACTED]"
)",
      // Dotted keys; explicit values equal to the defaults.
      R"(actions.PERSON = "pseudonym"
actions.ORG = "keep"
actions.COORDINATE.generalize = "10km"
actions.PHONE = "redact"
thresholds.PERSON = 0.6
thresholds.ID = 0.5
allow.terms = ["Alpha", "Beta"]
verify.block = ["PERSON", "ID"]
verify.threshold = 0.3
description = "d"
recipient = "r1"
)",
  };
  for (std::string_view text : same) {
    std::string prefixed = text.find("recipient") == std::string_view::npos
                               ? "recipient = \"r1\"\ndescription = \"d\"\n" + std::string(text)
                               : std::string(text);
    EXPECT_EQ(Fp(prefixed), base) << prefixed;
  }
}

TEST(FingerprintTest, SensitiveToEverySemanticChange) {
  const std::string base = Fp(kBase);
  const std::pair<std::string_view, std::string_view> edits[] = {
      {"recipient = \"r1\"", "recipient = \"r2\""},
      {"description = \"d\"", "description = \"e\""},
      {"PERSON = \"pseudonym\"", "PERSON = \"label\""},
      {"ORG = \"keep\"", "ORG = \"redact\""},
      {"\"10km\"", "\"5km\""},
      {"PERSON = 0.6", "PERSON = 0.61"},
      {"[thresholds]\n", "[thresholds]\ndefault = 0.4\n"},
      {"[\"Alpha\", \"Beta\"]", "[\"Alpha\", \"beta\"]"},
      {"[\"Alpha\", \"Beta\"]", "[\"Alpha\"]"},
      {"block = [\"PERSON\", \"ID\"]", "block = [\"PERSON\"]"},
      {"block = [\"PERSON\", \"ID\"]", "block = [\"PERSON\", \"ID\"]\nthreshold = 0.2"},
      {"[allow]", "[redact]\nmask = \"##\"\n[allow]"},
  };
  for (const auto& [from, to] : edits) {
    std::string text(kBase);
    size_t at = text.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    text.replace(at, from.size(), to);
    EXPECT_NE(Fp(text), base) << text;
  }
}

TEST(FingerprintTest, CanonicalFormIsStable) {
  auto p = ParsePolicy("recipient = \"r\"\n[redact]\nmask = \"a\\\"b\"\n", "c.toml");
  ASSERT_TRUE(p.ok());
  std::string c = CanonicalPolicy(*p);
  EXPECT_EQ(c.rfind("tearline-policy-canonical 1\nrecipient=\"r\"\ndescription=\"\"\naction.PERSON=redact\n", 0), 0u)
      << c;
  EXPECT_NE(c.find("redact.mask=\"a\\\"b\"\n"), std::string::npos);
  EXPECT_NE(c.find("verify.threshold=0.300000012\n"), std::string::npos) << c;
  EXPECT_EQ(p->fingerprint, Sha256Hex(c));
}

}  // namespace
}  // namespace tearline
