// Names that what is said of them marks as persons', through LinkMentions
// (tearline/resolve.h: PERSONS BY WHAT IS SAID OF THEM).
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "persons_test_util.h"
#include "tearline/finding.h"
#include "tearline/resolve.h"

namespace tearline {
namespace {

using resolve_testing::Persons;
using resolve_testing::Reading;
using resolve_testing::Row;

// The tagger's weak readings of an unseen name: every capitalised word of
// the text read as a place at 0.6, which the rule's reading overrides.
std::vector<Finding> WeakPlaceReadings(std::string_view text) {
  std::vector<Finding> readings;
  for (size_t p = 0; p < text.size();) {
    const auto c = static_cast<unsigned char>(text[p]);
    if (!((c >= 'A' && c <= 'Z') || c == 0xC3) || (p > 0 && std::isalnum(static_cast<unsigned char>(text[p - 1])))) {
      ++p;
      continue;
    }
    size_t e = p + 1;
    while (e < text.size() && (std::isalpha(static_cast<unsigned char>(text[e])) ||
                               static_cast<unsigned char>(text[e]) >= 0x80)) {
      ++e;
    }
    readings.push_back(Finding{p, e, Kind::kLoc, "", 0.6f, "tagger"});
    p = e;
  }
  return readings;
}

void ExpectPersons(const Row* begin, const Row* end) {
  for (const Row* r = begin; r != end; ++r) {
    const std::string text = r->text;
    const Linked l = LinkMentions(text, WeakPlaceReadings(text));
    EXPECT_EQ(Persons(text, l.findings), r->want) << r->text;
  }
}

TEST(PersonsByDeedTest, SubjectsOfVerbsOnlyPersonsAreTheSubjectOf) {
  const Row rows[] = {
      {"0745  Lotee and Ewoton saw two armed men.", "Lotee|Ewoton"},
      {"The driver stopped; Esekon radioed the base.", "Esekon"},
      {"Namoe was beaten and Emuria was taken.", "Namoe"},
      {"Lokol had been struck with a rifle butt.", "Lokol"},
      {"Then Emuria told us, and Lokaale later said no.", "Emuria|Lokaale"},
      {"- Akuwam, Nachuchu and Lotee were detained\n", "Akuwam|Nachuchu|Lotee"},
      {"Yeison y Dayana dijeron que no.", "Yeison|Dayana"},
      {"Boureima a d\xC3\xA9" "clar\xC3\xA9 que non. Hamidou et Aminata ont confirm\xC3\xA9.", "Boureima|Hamidou|Aminata"},
      // Not: pronouns, places, groups and ordinary words; a subject that does
      // not open its clause; a verb places take too; a possessive.
      {"He asked for the chief. They said no.", ""},
      {"Elders in Kaaleng said the road is open.", ""},
      {"Elders in Lodwar and Kaaleng said no.", ""},
      {"Turkana said nothing. Police said more.", ""},
      {"Kaaleng was attacked and Lokori was burned.", ""},
      {"Kaaleng was taken at dawn.", ""},
      {"Lokol's men said nothing.", ""},
      {"Kenya reported 12 cases.", ""},
  };
  ExpectPersons(std::begin(rows), std::end(rows));
}

TEST(PersonsByDeedTest, AgentsNamesAskedForAndNamesBesideTheSpeaker) {
  const Row rows[] = {
      {"Two phones were taken by Ekal and Lopeyok, both known to us.", "Ekal|Lopeyok"},
      {"He was beaten by Lokiru.", "Lokiru"},
      {"Soldiers asked for Apua by name.", "Apua"},
      {"They asked for her husband, Lokiru, by name.", "Lokiru"},
      {"Pregunt\xC3\xB3 por Brayan por su nombre.", "Brayan"},
      {"A: Me, Lokaale and Namoe.", "Lokaale|Namoe"},
      {"Lokaale and I were at the well.", "Lokaale"},
      // Not: a place or a group after "by"; names that go on into other
      // words; a participle of no deed; a name as a place's word.
      {"The town was attacked by Turkana raiders.", ""},
      {"The goats were taken by Kaaleng youths.", ""},
      {"The goats were taken by Lokiru's men.", ""},
      {"The road was blocked by Kaaleng.", ""},
      {"It was named by Kaaleng elders.", ""},
      {"Known by name only.", ""},
  };
  ExpectPersons(std::begin(rows), std::end(rows));
}

TEST(PersonsByDeedTest, ObjectsOfVerbsOnlyPersonsAreTheObjectOf) {
  const Row rows[] = {
      {"Gunmen abducted Ayanae on the road.", "Ayanae"},
      {"Police arrested Lokemer and\ndetained Ekal for questioning.", "Lokemer|Ekal"},
      {"The raiders shot Lotukoi in the leg and beat Nakwa.", "Lotukoi|Nakwa"},
      {"We interviewed Amojong and Lochodo separately.", "Amojong|Lochodo"},
      {"Secuestraron a Brayan y a Yuly.", "Brayan"},
      {"Apua fled with Namoe and Ekal to Kakuma. She stayed with Akuwam.", "Apua|Namoe|Ekal|Akuwam"},
      {"Follow-up with Sahra and Dheeq on Friday. We spoke with Ekal.", "Sahra|Dheeq|Ekal"},
      {"- spoke w/ Onadja (DPAH) re: chiffres; met w/ Kantchari officials; went w/ Ekal.", "Onadja|Ekal"},
      {"They worked with Kaaleng elders. We came with Oxfam trucks. Meeting with Lodwar.", ""},
      {"Ils ont enlev\xC3\xA9 Ayanae hier.", ""},  // "hier" may name a noun's day: no list end
      {"Ils ont enlev\xC3\xA9 Ayanae \xC3\xA0 Nanam.", "Ayanae"},
      // Not: verbs places take too, a noun after the name, a verb of motion
      // before the Spanish "a", a known place.
      {"The convoy visited Kakuma and reached Lokori by noon.", ""},
      {"The group attacked Kapedo in May. A village called Lokiriama was burned.", ""},
      {"They robbed Lokori market.", ""},
      {"Llegaron a Tumaco.", ""},
      {"Brazil beat Kenya twice.", ""},
      {"OT not paid June\xE2\x80\x93" "August. They paid Monday.", ""},
  };
  ExpectPersons(std::begin(rows), std::end(rows));
}

TEST(PersonsByDeedTest, NamesAddressed) {
  const Row rows[] = {
      {"09:05 Base: Copy, Esekon. Report position.", "Esekon"},
      {"10:15 Base: Thanks, Esekon. Out.", "Esekon"},
      {"Dear Nadunga,\nThe convoy left.", "Nadunga"},
      {"Hello Lokiru!", "Lokiru"},
      // Not: a call sign, a place, a title, a name that goes on into a
      // sentence, an opener inside a sentence.
      {"Base: Copy, Mobile 2. Out.", ""},
      {"Thanks, Lodwar.", ""},
      {"Dear Sir,\n", ""},
      {"Thanks, Kaaleng is calm today.", ""},
      {"We said thanks, Lokiru.", ""},
  };
  ExpectPersons(std::begin(rows), std::end(rows));
}

TEST(PersonsByDeedTest, NamesBeforeAGradeOrARole) {
  const Row rows[] = {
      {"Sources: Lomuria (reliable), Apua (untested).", "Lomuria|Apua"},
      {"Handler: Apua (usually reliable)", "Apua"},
      {"Fuente: Marleny (confiable).", "Marleny"},
      {"We met Ekai (driver) and Nawoi (mother).", "Ekai|Nawoi"},
      // An aside that says the rest of the name is unknown, after a name in
      // quotes too; not a quote that holds no name.
      {"- \"Cachaco\" (no se sabe el nombre), motorista", "Cachaco"},
      {"004 Nsimire (female, no surname) 27; Ekal (surname unknown)", "Nsimire|Ekal"},
      {"the \"night boat\" (name unknown) left", ""},
      // Not: a place, a plural word for relatives after one name, other
      // words in the parentheses, a capital inside them.
      {"Lodwar (reliable)", ""},
      {"Jeruto (brothers)", ""},
      {"Kaaleng (very reliable road)", ""},
      {"Kaaleng (Driver)", ""},
  };
  ExpectPersons(std::begin(rows), std::end(rows));
}

// An occupation that the quasi detector read in the parentheses marks the
// name before them.
TEST(PersonsByDeedTest, AnOccupationInParentheses) {
  const std::string text = "Statement taken from Akiru (protection officer) at the office.";
  for (const bool occupation : {true, false}) {
    std::vector<Finding> findings = {Reading(text, "Akiru", Kind::kLoc, 0.6f)};
    if (occupation) findings.push_back(Reading(text, "protection officer", Kind::kDem, 0.9f, "quasi", "OCCUPATION"));
    const Linked l = LinkMentions(text, findings);
    EXPECT_EQ(Persons(text, l.findings), occupation ? "Akiru" : "") << occupation;
  }
}

// A sure reading of the name as a place or an organisation holds it; the
// tagger's weaker one gives way.
TEST(PersonsByDeedTest, SureReadingsHoldTheName) {
  const std::string text = "Ewoton said the road was closed.";
  for (const auto& [confidence, person] : {std::pair{0.8f, true}, std::pair{0.95f, false}}) {
    const Linked l = LinkMentions(text, {Reading(text, "Ewoton", Kind::kLoc, confidence)});
    EXPECT_EQ(Persons(text, l.findings), person ? "Ewoton" : "") << confidence;
  }
  const Linked l = LinkMentions(text, {Reading(text, "Ewoton", Kind::kOrg, 0.7f, "quasi")});
  EXPECT_EQ(Persons(text, l.findings), "");
}

// What holds a name read by what is said of it: an ordinary word (in the
// plural, or its parts joined by hyphens), the same text read elsewhere as a place, the
// word written in small letters elsewhere, a sure person inside it, a group
// or an occupation over it.
TEST(PersonsByDeedTest, GuardsAgainstWordsAndPlaces) {
  struct Case {
    const char* text;
    std::vector<Finding> (*readings)(std::string_view);
    const char* want;
  };
  const auto none = [](std::string_view) { return std::vector<Finding>{}; };
  const Case cases[] = {
      {"Elders saw a van. Neighbours saw it too. Call-back agreed for Monday.", none, ""},
      {"Sino agreed to come. Families from Sino arrived.",
       [](std::string_view t) {
         const size_t second = t.rfind("Sino");
         return std::vector<Finding>{Reading(t, "Sino", Kind::kLoc, 0.6f),
                                     Finding{second, second + 4, Kind::kLoc, "", 0.93f, "tagger"}};
       },
       ""},
      {"Boulama says this man is known. The boulama of the island agreed.",
       [](std::string_view t) { return std::vector<Finding>{Reading(t, "Boulama", Kind::kLoc, 0.6f)}; }, ""},
      {"Elder Orumu says no.",
       [](std::string_view t) {
         return std::vector<Finding>{Reading(t, "Elder Orumu", Kind::kLoc, 0.4f), Reading(t, "Orumu", Kind::kPerson, 0.9f)};
       },
       "Orumu"},
      {"Dalit said nothing.",
       [](std::string_view t) {
         return std::vector<Finding>{Reading(t, "Dalit", Kind::kLoc, 0.6f), Reading(t, "Dalit", Kind::kDem, 0.9f, "quasi")};
       },
       ""},
      {"Abudo said nothing.", [](std::string_view t) { return std::vector<Finding>{Reading(t, "Abudo", Kind::kLoc, 0.6f)}; },
       "Abudo"},
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    const Linked l = LinkMentions(text, c.readings(text));
    EXPECT_EQ(Persons(text, l.findings), c.want) << c.text;
  }
}

TEST(PersonsByDeedTest, FindingsNameTheirRule) {
  const std::string text = "Esekon radioed the base.";
  LinkOptions options;
  options.min_confidence = 0.55f;
  const Linked l = LinkMentions(text, {Reading(text, "Esekon", Kind::kLoc, 0.51f)}, options);
  ASSERT_EQ(l.findings.size(), 1u);  // the tagger's place reading inside it dropped
  EXPECT_EQ(l.findings[0].subkind, "DEED");
  EXPECT_EQ(l.findings[0].detector, "link");
  EXPECT_FLOAT_EQ(l.findings[0].confidence, 0.55f);
}

}  // namespace
}  // namespace tearline
