// Tests of ReadSpelledOutAcronyms (tearline/resolve.h): the tagger's PERSON
// readings of an acronym that the text spells out become the readings of
// the spelling out; acronyms that could stand for a person stay persons.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <utility>
#include <string>
#include <vector>

#include "readings_spec_test_util.h"
#include "tearline/resolve.h"

namespace tearline {
namespace {

using resolve_testing::RandomTexts;
using resolve_testing::ReadingsFromSpec;

// "words:KIND" for each finding, sorted, separated by spaces.
std::string Render(std::string_view text, const std::vector<Finding>& findings) {
  std::vector<std::string> parts;
  for (const Finding& f : findings) {
    parts.push_back(std::string(text.substr(f.begin, f.size())) + ":" + std::string(KindName(f.kind)));
  }
  std::sort(parts.begin(), parts.end());
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : " ") + p;
  return out;
}

TEST(SpelledOutAcronymsTest, Table) {
  struct Row {
    const char* text;
    const char* findings;
    const char* want;
  };
  const Row rows[] = {
      // Spelled out: the acronym takes the readings of the spelling out, each
      // kind once.
      {"She taught at the University of Southern Indiana. USI students came; USI closed.",
       "ORG:University of Southern Indiana|LOC:Southern Indiana|PERSON:USI",
       "Southern Indiana:LOC USI:LOC USI:ORG University of Southern Indiana:ORG"},
      // Hyphenated acronyms and words; nothing read in the spelling out: the
      // reading is dropped.
      {"Formal Equivalence (F-E) keeps the form; F-E translations differ.", "PERSON:F-E", ""},
      {"the Passive-Active Method (PAM) and PAM results", "PERSON:PAM", ""},
      {"Bureau de la Coordination (BC); BC", "ORG:Bureau de la Coordination|PERSON:BC",
       "BC:ORG Bureau de la Coordination:ORG"},
      // A word opening with a non-ASCII capital gives no letter, but its
      // parts after a hyphen do.
      {"M\xC3\xA9" "decins \xC3\x89" "t\xC3\xA9-Mobile Nord (MMN); MMN",
       "ORG:M\xC3\xA9" "decins \xC3\x89" "t\xC3\xA9-Mobile Nord|PERSON:MMN",
       "MMN:ORG M\xC3\xA9" "decins \xC3\x89" "t\xC3\xA9-Mobile Nord:ORG"},
      // A title or rank among the words: the initials of a person.
      {"General Ahmed Khan arrived. GAK said", "PERSON:GAK", "GAK:PERSON"},
      // Every word a given or family name: a person's initials.
      {"Maria Lopez Garcia (MLG) came; MLG said", "PERSON:MLG", "MLG:PERSON"},
      // A person read inside, by any detector.
      {"Hope Field Office came; HFO said", "PERSONX:Hope Field|PERSON:HFO", "HFO:PERSON Hope Field:PERSON"},
      // A capitalised word after the last letter: a longer name.
      {"the University of Southern Indiana Press; USI", "ORG:University of Southern Indiana Press|PERSON:USI",
       "USI:PERSON University of Southern Indiana Press:ORG"},
      // An all-capitals word inside is an acronym of its own.
      {"Hai Salam CFS; codes: SC = separated", "PERSON:SC", "SC:PERSON"},
      // Letters not all given (no capital inside a word gives one); letters
      // out of order; a line break between the words.
      {"McDonald said; MD", "PERSON:MD", "MD:PERSON"},
      {"the Office of Relief; RO said", "PERSON:RO", "RO:PERSON"},
      {"Relief\nOffice; RO said", "PERSON:RO", "RO:PERSON"},
      // Not an acronym: lower-case letters, one letter, nine letters.
      {"Usi Nova Company; Usi", "PERSON:Usi", "Usi:PERSON"},
      {"ABCDEFGHI", "PERSON:ABCDEFGHI", "ABCDEFGHI:PERSON"},
  };
  for (const Row& row : rows) {
    std::vector<Finding> findings = ReadingsFromSpec(row.text, row.findings);
    ReadSpelledOutAcronyms(row.text, &findings);
    EXPECT_EQ(Render(row.text, findings), row.want) << row.text;
  }
}

TEST(SpelledOutAcronymsTest, ReadingsKeepTheSurestConfidenceAndNameTheirDetector) {
  const std::string text = "the Northern Relief Agency (NRA) and NRA staff";
  std::vector<Finding> findings = ReadingsFromSpec(text, "ORG:Northern Relief Agency|PERSON:NRA");
  findings.push_back(Finding{text.find("Northern"), text.find("Northern") + 8, Kind::kLoc, "", 0.3f, "tagger"});
  findings.push_back(Finding{text.find("Relief Agency"), text.find("Relief Agency") + 13, Kind::kOrg, "", 0.9f, "tagger"});
  ReadSpelledOutAcronyms(text, &findings);
  int acronyms = 0;
  for (const Finding& f : findings) {
    if (f.detector != "acronym") continue;
    ++acronyms;
    EXPECT_EQ(text.substr(f.begin, f.size()), "NRA");
    EXPECT_EQ(f.entity, -1);
    EXPECT_FLOAT_EQ(f.confidence, f.kind == Kind::kOrg ? 0.9f : 0.3f);
  }
  EXPECT_EQ(acronyms, 2);  // one ORG, one LOC
  EXPECT_TRUE(std::none_of(findings.begin(), findings.end(), [](const Finding& f) { return f.kind == Kind::kPerson; }));
}

TEST(SpelledOutAcronymsTest, OnlyTheTaggersPersonReadingsAreReplaced) {
  const std::string text = "Formal Equivalence (FE); FE";
  std::vector<Finding> findings = ReadingsFromSpec(text, "PERSONX:FE|ORG:FE");
  ReadSpelledOutAcronyms(text, &findings);
  EXPECT_EQ(Render(text, findings), "FE:ORG FE:PERSON");
}

// Random texts of acronyms, their words and joiners: no reading leaves the
// text, every reading is over an acronym the tagger read, and no other
// finding changes.
TEST(SpelledOutAcronymsTest, RandomTextsKeepReadingsInside) {
  const char* pieces[] = {"USI", "F-E", "USI", "F-E", "University of Southern Indiana", "Formal Equivalence",
                          "University", "of", "Southern", "Indiana", "Formal", "Equivalence",
                          "the", "and", "Press", ";", "\n", "(", ")", "General", "Maria", "S", "I", "U-",
                          "-E", "CFS", "Salam", "\xC3\x89" "cole"};
  RandomTexts random(0x9E3779B97F4A7C15ull);
  const auto next = [&] { return random.Next(); };
  int replaced = 0;  // tagger readings the rule acted on, over all texts
  for (int t = 0; t < 3000; ++t) {
    const auto [text, words] = random.Make(pieces, 12, 4);
    std::vector<Finding> findings;
    for (int k = 0; k < 4; ++k) {
      const auto [b, e] = words[next() % words.size()];
      const size_t e2 = next() % 2 ? e : std::max(e, words[next() % words.size()].second);
      const Kind kinds[] = {Kind::kPerson, Kind::kLoc, Kind::kOrg};
      findings.push_back(Finding{b, e2, kinds[next() % 3], "", 0.5f, next() % 4 ? "tagger" : "t"});
    }
    std::vector<Finding> read = findings;
    ReadSpelledOutAcronyms(text, &read);
    const auto tagger_person = [](const Finding& g) { return g.kind == Kind::kPerson && g.detector == "tagger"; };
    replaced += static_cast<int>(std::count_if(findings.begin(), findings.end(), tagger_person) -
                                 std::count_if(read.begin(), read.end(), tagger_person));
    for (const Finding& f : read) {
      ASSERT_LE(f.begin, f.end) << text;
      ASSERT_LE(f.end, text.size()) << text;
      if (f.detector == "acronym") {
        // Over a tagger PERSON reading that was given.
        EXPECT_TRUE(std::any_of(findings.begin(), findings.end(), [&](const Finding& g) {
          return g.begin == f.begin && g.end == f.end && g.kind == Kind::kPerson && g.detector == "tagger";
        })) << text;
      } else {
        EXPECT_TRUE(std::any_of(findings.begin(), findings.end(), [&](const Finding& g) {
          return g.begin == f.begin && g.end == f.end && g.kind == f.kind && g.detector == f.detector;
        })) << text;
      }
    }
  }
  EXPECT_GT(replaced, 0);  // the texts do spell acronyms out
}

}  // namespace
}  // namespace tearline
