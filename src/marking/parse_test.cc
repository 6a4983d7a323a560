#include <gtest/gtest.h>

#include <string>

#include "tearline/marking.h"

namespace tearline {
namespace {

// "none", "[b,e) <canonical>" or "[b,e) BAD: <reason>".
std::string Dump(const MarkScan& s) {
  if (s.state == MarkScan::State::kUnmarked) return "none";
  std::string span = "[" + std::to_string(s.begin) + "," + std::to_string(s.end) + ") ";
  if (s.state == MarkScan::State::kUnparseable) return span + "BAD: " + s.reason;
  return span + s.marking.ToString();
}

struct MarkCase {
  const char* portion;
  const char* want;
};

TEST(FindPortionMark, Table) {
  const MarkCase cases[] = {
      // US style, short and long forms.
      {"(U) Weather is clear.", "[0,3) U"},
      {"(U//FOUO) Routine note.", "[0,9) U//FOUO"},
      {"(C) Text.", "[0,3) C"},
      {"(S) Text.", "[0,3) S"},
      {"(TS) Text.", "[0,4) TS"},
      {"(SECRET) Text.", "[0,8) S"},
      {"(TOP SECRET//NOFORN) Text.", "[0,20) TS//NF"},
      {"(S//NF) Text.", "[0,7) S//NF"},
      {"(S//REL TO USA, AFG) Text.", "[0,20) S//REL TO USA, AFG"},
      {"(S//REL TO USA,GBR,  FVEY) Text.", "[0,26) S//REL TO USA, GBR, FVEY"},
      {"(S//OC/NF) Text.", "[0,10) S//OC/NF"},
      {"(S//ORCON//NOFORN) Text.", "[0,18) S//OC/NF"},
      {"(C//RELIDO) Text.", "[0,11) C//RELIDO"},
      {"(S//DISPLAY ONLY AFG) Text.", "[0,21) S//DISPLAY ONLY AFG"},
      {"(S//REL TO USA, USA, AFG) x", "[0,25) S//REL TO USA, AFG"},
      // Markdown prefixes and leading blanks are skipped; offsets stay in the portion.
      {"  (S//NF) Indented.", "[2,9) S//NF"},
      {"- (S//NF) List item.", "[2,9) S//NF"},
      {"12. (C) Numbered.", "[4,7) C"},
      {"| (U) | cell |", "[2,5) U"},
      {"## (U) Heading", "[3,6) U"},
      {"> - (U) Quoted item", "[4,7) U"},
      // TLP 2.0, bare, parenthesized and bracketed.
      {"TLP:CLEAR Public.", "[0,9) TLP:CLEAR"},
      {"TLP:GREEN", "[0,9) TLP:GREEN"},
      {"(TLP:AMBER) Text.", "[0,11) TLP:AMBER"},
      {"TLP:AMBER+STRICT, text.", "[0,16) TLP:AMBER+STRICT"},
      {"[TLP:RED] Text.", "[0,9) TLP:RED"},
      // Not marks.
      {"Plain paragraph.", "none"},
      {"", "none"},
      {"(a) First clause.", "none"},
      {"(see below) for details", "none"},
      {"(Secret) mixed case is prose", "none"},
      {"(https://example.org) link", "none"},
      {"[1] A citation.", "none"},
      {"[NOTE] no custom scheme configured", "none"},
      {"Text (S) not at the start.", "none"},
      // Malformed marks are reported, never ignored.
      {"(S//NOFRN) Typo.", "[0,10) BAD: unknown control at [3,8)"},
      {"(S//) Empty.", "[0,5) BAD: empty control block at [3,3)"},
      {"(S//NF//REL TO USA) x", "[0,19) BAD: NOFORN contradicts REL TO"},
      {"(S//REL TO) x", "[0,11) BAD: REL TO without a country list at [9,9)"},
      {"(S//REL TO USA, AF) x", "[0,19) BAD: REL TO list entry is not a country trigraph or tetragraph at [15,17)"},
      {"(S//FOUO) x", "[0,9) BAD: FOUO is only valid with UNCLASSIFIED"},
      {"(X//NF) x", "[0,7) BAD: unknown classification level at [0,1)"},
      {"(s//nf) lower case", "[0,7) BAD: unknown classification level at [0,1)"},
      {"(S//REL TO USA, AFG no close", "[0,28) BAD: mark has no closing parenthesis"},
      {"(S//NF\n) split over lines", "[0,6) BAD: mark has no closing parenthesis"},
      {"TLP:WHITE Old label.", "[0,9) BAD: TLP:WHITE is TLP 1.0; TLP 2.0 uses TLP:CLEAR"},
      {"TLP:PURPLE x", "[0,10) BAD: not a TLP 2.0 label at [0,10)"},
      {"tlp:amber x", "[0,9) BAD: not a TLP 2.0 label at [0,9)"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(Dump(FindPortionMark(c.portion)), c.want) << "portion: " << c.portion;
  }
}

TEST(FindPortionMark, CustomLabels) {
  MarkingOptions options;
  options.custom_labels = {"PARTNER-SHAREABLE", "INTERNAL-ONLY"};
  const MarkCase cases[] = {
      {"[PARTNER-SHAREABLE] Text.", "[0,19) [PARTNER-SHAREABLE]"},
      {"- [INTERNAL-ONLY] Text.", "[2,17) [INTERNAL-ONLY]"},
      {"[PARTNER-SHARABLE] typo", "[0,18) BAD: label is not a custom label of the policy"},
      {"[1] citation", "none"},
      {"[see note] prose", "none"},
      {"[PARTNER-SHAREABLE no close", "[0,27) BAD: label has no closing bracket"},
      {"(S//NF) US marks still work", "[0,7) S//NF"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(Dump(FindPortionMark(c.portion, options)), c.want) << "portion: " << c.portion;
  }
}

TEST(FindPortionMark, OverlongParenthesisIsNotAMarkSpan) {
  std::string portion = "(S//REL TO USA" + std::string(500, ' ') + ") x";
  MarkScan s = FindPortionMark(portion);
  EXPECT_EQ(s.state, MarkScan::State::kUnparseable);
  EXPECT_LE(s.end, portion.size());
}

TEST(ParseMarking, LongFormRoundTrip) {
  auto m = ParseMarking("SECRET//ORCON/REL TO USA, AFG");
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_EQ(m->level, ClassLevel::kSecret);
  EXPECT_TRUE(m->orcon);
  EXPECT_EQ(m->rel_to, (std::vector<std::string>{"USA", "AFG"}));
  EXPECT_EQ(m->ToString(true), "SECRET//ORCON/REL TO USA, AFG");
  EXPECT_EQ(m->ToString(false), "S//OC/REL TO USA, AFG");
  auto again = ParseMarking(m->ToString(true));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, *m);
}

TEST(ParseMarking, ErrorsAreBadInput) {
  auto m = ParseMarking("SECRET//WHATEVER");
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.status().code(), Status::Code::kBadInput);
  // Reasons locate the problem by offset instead of quoting the text.
  EXPECT_EQ(m.status().message().find("WHATEVER"), std::string::npos);
}

TEST(MarkingFinding, SpanAndKind) {
  MarkScan s = FindPortionMark("- (S//NF) x");
  auto f = MarkingFinding(s, 100);
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(FindingToString(*f), "[MARKING 102,109)");
  EXPECT_EQ(f->detector, "marking");
  EXPECT_FALSE(MarkingFinding(FindPortionMark("no mark")).has_value());
  auto bad = MarkingFinding(FindPortionMark("(S//XX) x"));
  ASSERT_TRUE(bad.has_value());
  EXPECT_EQ(bad->subkind, "UNPARSEABLE");
}

std::string DumpBanners(std::string_view text) {
  std::string out;
  for (const Banner& b : FindBanners(text)) {
    if (!out.empty()) out += " | ";
    out += "L" + std::to_string(b.line) + " " + Dump(b.scan);
  }
  return out;
}

TEST(FindBanners, Table) {
  const MarkCase cases[] = {
      {"SECRET//REL TO USA, AFG\n\n(S//REL TO USA, AFG) x\n\nSECRET//REL TO USA, AFG\n",
       "L0 [0,23) S//REL TO USA, AFG | L4 [49,72) S//REL TO USA, AFG"},
      {"  TOP SECRET//NOFORN  \r\nbody", "L0 [2,20) TS//NF"},
      {"UNCLASSIFIED\nbody\n", "L0 [0,12) U"},
      {"UNCLASSIFIED//FOUO\r\n", "L0 [0,18) U//FOUO"},
      {"TLP:AMBER\n\nText.", "L0 [0,9) TLP:AMBER"},
      {"S//NF\n", "L0 [0,5) S//NF"},
      // A short level alone on a line is not a banner; nor is prose.
      {"S\nSecret meeting\nSECRET meeting today\nTLP:AMBER applies here\n", ""},
      {"SECRET//NOFRN\n", "L0 [0,13) BAD: unknown control at [8,13)"},
      {"TLP:WHITE\n", "L0 [0,9) BAD: TLP:WHITE is TLP 1.0; TLP 2.0 uses TLP:CLEAR"},
      {"", ""},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(DumpBanners(c.portion), c.want) << "text: " << c.portion;
  }
}

}  // namespace
}  // namespace tearline
