// Names under a label for persons and names before a plural word for
// relatives, through LinkMentions (tearline/resolve.h: NAMES UNDER A LABEL,
// NAMES OF RELATIVES IN A LIST).
#include <gtest/gtest.h>

#include <algorithm>
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

TEST(LabelledNamesTest, NamesUnderALabelForPersons) {
  const Row rows[] = {
      {"Names given at the barrier (as heard):\nChepkoech / Chepkwony?\nLokwawi\nEkai (driver)\n\nThen we left.",
       "Chepkoech|Chepkwony|Lokwawi|Ekai"},
      {"Detainees:\n- Lokwawi Ekuam\n- Nasieku\n", "Lokwawi Ekuam|Nasieku"},
      {"**Missing since Friday:**\nAchieng Auma, Nasieku\n", "Achieng Auma|Nasieku"},
      {"Names given at the checkpoint: Chepkoech, Lokwawi and Ekuam.\n", "Chepkoech|Lokwawi|Ekuam"},
      {"Witnesses:\n1. Dr. Lokwawi Ekuam - at the gate\n2. Nasieku (?)\n", "Lokwawi Ekuam|Nasieku"},
      // On the label's line, two names or more before an item in small letters.
      {"Three men were taken: Lokwang, Lotukei and a boy called Lolem.\n", "Lokwang|Lotukei"},
      {"Names given: Lokwang and others.\n", ""},
      // French, Spanish and Portuguese labels and conjunctions.
      {"Personnes enlev\xC3\xA9" "es : Hamidou, Boureima et Aminata.\n", "Hamidou|Boureima|Aminata"},
      {"Desaparecidos: Yeison, Brayan y Dayana.\nTestemunhas: Jo\xC3\xA3o e Chissano\n",
       "Yeison|Brayan|Dayana|Jo\xC3\xA3o|Chissano"},
      // Ages after the names; a label before a dash; names in parentheses
      // after a word for what befell persons.
      {"Abducted: Nachuchu, 14; Akuwam 16.\n", "Nachuchu|Akuwam"},
      {"Arrested on 4 May \xE2\x80\x94 Lokwang Ekal and Lotukei Apua.\n", "Lokwang Ekal|Lotukei Apua"},
      {"Casualties: 2 killed (Lokang, Lopeyok), 3 injured.\n", "Lokang|Lopeyok"},
      {"The following were released: Lokwang; Lotukei.\n", "Lokwang|Lotukei"},
      {"Two children (Lokang and Apua) were found.\n", "Lokang|Apua"},
      // Not: a dash after no persons' label, an age run into a word, names
      // in parentheses after other words, parentheses that hold more.
      {"Convoy left on 4 May \xE2\x80\x94 Lokwang Ekal and Lotukei Apua.\n", ""},
      {"Centro de Atenci\xC3\xB3n a V\xC3\xAD" "ctimas \xE2\x80\x94 Kalokol Lokwang\n", ""},  // a title
      {"Abducted: Nachuchu, 14th street\n", ""},
      {"two wells (Lokang, Lopeyok) dried\n", ""},
      {"230 personnes (Kel Adagh, Idnan) sont arriv\xC3\xA9" "es.\n", ""},  // a crowd by group
      {"2 killed (Lokang, see annex B)\n", ""},
      {"Documents released: Lokwang Report\n", ""},
      // The list ends at a blank line, or at a line that is no list of names.
      {"Names:\nLokwawi\n\nKalokol is quiet.\n", "Lokwawi"},
      {"Persons seen:\nLokwawi\nThe convoy left at dawn.\nNasieku\n", "Lokwawi"},
      // A label that names places, groups or things; no label word.
      {"Names of the villages:\nLokwawi\nNasieku\n", ""},
      {"Missing vehicles:\nLokwawi\n", ""},
      {"Stops on the road:\nLokwawi\nNasieku\n", ""},
      {"Detainees released on 05 March: Lomuria, Ekuam and Nasieku.\n", "Lomuria|Ekuam|Nasieku"},
      // A label for one person takes one name; "by" closing a label.
      {"Reporting officer: Ebei\nInterpreter:\nNakiru\nEkai\n", "Ebei|Nakiru"},
      {"Statement taken by: Akiru\nR\xC3\xA9" "dig\xC3\xA9 par : Ou\xC3\xA9" "draogo\n", "Akiru|Ou\xC3\xA9" "draogo"},
      {"Contact at Liboi: Halake (phone on the card).\nLocal contact:\nBoru\n", "Halake|Boru"},
      {"Hotline operator: Lomuria\nLawyer on duty:\nNakiru\nLandlord: Ekal\n", "Lomuria|Nakiru|Ekal"},
      {"Associates: Ekal, Lopeyok, Nakwawi\n", "Ekal|Lopeyok|Nakwawi"},
      {"Driver: Karimi, Lokiru\nSource: Lomuria and Apua\n", ""},
      {"Incidents by location: Kaaleng, Lokori\nFunded by: Kaaleng Trust Fund\n", ""},
      // Items that are no persons' names: places, ordinary words, generic
      // words, capitals, digits.
      {"Names:\nGarissa\n", ""},
      {"Persons seen:\nSecurity Desk\nUNHCR\nRoom 12\nWater Tanks\n", ""},
      {"Contact: +254 722 000 111\nContact: UNHCR Protection Desk\nContact: Garissa\n", ""},
  };
  for (const Row& r : rows) {
    const std::string text = r.text;
    const Linked l = LinkMentions(text, {});
    EXPECT_EQ(Persons(text, l.findings), r.want) << r.text;
  }
}

TEST(LabelledNamesTest, EmphasisedNamesUnderAHeadingForPersons) {
  const Row rows[] = {
      {"## Key individuals\n\n**Lokwang** \xE2\x80\x94 leads the party.\n**Ekai Nakwa** \xE2\x80\x93 deputy.\n"
       "*Apua* (informant) - do not contact.\nThey meet at the river.\n- __Nasieku__: cook\n",
       "Lokwang|Ekai Nakwa|Apua|Nasieku"},
      {"Names:\n- **Lokwang**\n- *Apua* (?)\n", "Lokwang|Apua"},
      // The section ends at the next heading; a heading that names places; a
      // heading of no persons; emphasis that does not close on the name.
      {"## Persons of concern\n**Lokwang** - herder\n## Sites\n**Lotukei** - well\n", "Lokwang"},
      {"## Key locations\n**Lotukei** \xE2\x80\x94 the well.\n", ""},
      {"## Summary\n**Lokwang** \xE2\x80\x94 leads the party.\n", ""},
      {"## Key individuals\n**Lokwang Road** \xE2\x80\x94 blocked.\n**Security** \xE2\x80\x94 tense.\n"
       "**Lokwang**s men\n",
       ""},
  };
  for (const Row& r : rows) {
    const std::string text = r.text;
    const Linked l = LinkMentions(text, {});
    EXPECT_EQ(Persons(text, l.findings), r.want) << r.text;
  }
}

// Each rule's findings carry its subkind and the link detector, at the
// persons' threshold.
TEST(LabelledNamesTest, FindingsNameTheirRule) {
  const std::string text =
      "Names:\nLokwawi\n\nFrom: Nadunga\nSubject: x\n\nJeruto, Kiprop (brothers) left.\n";
  LinkOptions options;
  options.min_confidence = 0.55f;
  const Linked l = LinkMentions(text, {}, options);
  std::string got;
  for (const Finding& f : l.findings) {
    if (f.kind != Kind::kPerson || f.detector != "link") continue;
    got += std::string(text.substr(f.begin, f.size())) + "=" + std::string(f.subkind) + "@" +
           std::to_string(static_cast<int>(f.confidence * 100 + 0.5f)) + " ";
  }
  EXPECT_EQ(got, "Lokwawi=LABELLED@55 Nadunga=ADDRESSEE@55 Jeruto=RELATIVE@55 Kiprop=RELATIVE@55 ");
}

TEST(LabelledNamesTest, TheTaggersPlaceReadingGivesWayUnlessSure) {
  const std::string text = "Names given at the barrier:\nChepkwony\n";
  for (const auto& [confidence, person] : {std::pair{0.7f, true}, std::pair{0.93f, false}}) {
    const Linked l = LinkMentions(text, {Reading(text, "Chepkwony", Kind::kLoc, confidence)});
    EXPECT_EQ(Persons(text, l.findings), person ? "Chepkwony" : "") << confidence;
    const bool place = std::any_of(l.findings.begin(), l.findings.end(), [](const Finding& f) { return f.kind == Kind::kLoc; });
    EXPECT_EQ(place, !person) << confidence;
  }
}

TEST(LabelledNamesTest, NamesInAnEmailsAddressFields) {
  const Row rows[] = {
      {"From: Nadunga\nSent: Tuesday 10:14\nTo: Lokiru; Esinyen; field-team@example.org\n", "Nadunga|Lokiru|Esinyen"},
      {"> From: Amina Yusuf <a.yusuf@example.org>\n> Subject: barrier\n", "Amina Yusuf"},
      {"De : Ouoba Salif [mailto:s.ouoba@example.org]\nObjet : route\n", "Ouoba Salif"},
      {"To: \"Lokiru\", \"Nadunga\"\nCc: Esinyen\n", "Lokiru|Nadunga|Esinyen"},
      // Addresses alone, offices and places, a line of no header block, a
      // field that names no addressee.
      {"From: ops.desk@example.org\nTo: field-team@example.org\n", ""},
      {"From: Nairobi Office\nTo: Security Desk\n", ""},
      {"De: Unidad de Protecci\xC3\xB3n <p@example.org>\nPara: \xC3\x89quipe mobile\nAsunto: caso\n", ""},
      {"To: Lokiru\n\nThe convoy left.\n", ""},
      {"Subject: Lokiru\nSent: Tuesday\n", ""},
      // Among items joined by ';', a comma stays inside its item.
      {"From: Nadunga\nCc: Akai; Sub-County Drought Coordinator, Lodwar\nSubject: x\n", "Nadunga|Akai"},
  };
  for (const Row& r : rows) {
    const std::string text = r.text;
    const Linked l = LinkMentions(text, {});
    EXPECT_EQ(Persons(text, l.findings), r.want) << r.text;
  }
}

TEST(LabelledNamesTest, NamesBeforeAPluralWordForRelatives) {
  const Row rows[] = {
      {"Held overnight: Jeruto, Kiprop (brothers), and their cousin.", "Jeruto|Kiprop"},
      {"Jeruto Chebet and Kiprop Kibet (sons of the chief) left.", "Jeruto Chebet|Kiprop Kibet"},
      {"We saw Nasieku, Jeruto and Chelagat (his daughters, 9, 7 and 4).", "Nasieku|Jeruto|Chelagat"},
      {"Lokwawi & Nasieku (husband and wife) were moved.", "Lokwawi|Nasieku"},
      {"Aminata et Fatoumata (s\xC5\x93urs) sont parties.", "Aminata|Fatoumata"},
      // One name alone; a word that is no word for relatives; places and
      // ordinary words in the list; a name longer than three words before.
      {"Jeruto (brothers)", ""},
      {"Lokwawi, Nasieku (villages) were burned.", ""},
      {"Garissa and Nairobi (twins) are far apart.", ""},
      {"Water and Food (brothers)", ""},
      {"UNHCR and WFP (sisters)", ""},
  };
  for (const Row& r : rows) {
    const std::string text = r.text;
    const Linked l = LinkMentions(text, {});
    EXPECT_EQ(Persons(text, l.findings), r.want) << r.text;
  }
}

TEST(LabelledNamesTest, NamesInParenthesesAfterAPluralGroup) {
  const Row rows[] = {
      {"Info from our field team (Sarbast + Dilveen) by phone.", "Sarbast|Dilveen"},
      {"Her sons (Omid and Navid) left on Tuesday.", "Omid|Navid"},
      {"The guards (Lokwawi, Nasieku and Jeruto) fled.", "Lokwawi|Nasieku|Jeruto"},
      // One name; places; no plural group word; a longer aside.
      {"Our team (Sarbast) called.", ""},
      {"The team (Kabul and Herat offices) met.", ""},
      {"Two offices (Lokwawi and Nasieku) closed.", ""},
      {"The team (Lokwawi and Nasieku\nleft) met.", ""},
  };
  for (const Row& r : rows) {
    const std::string text = r.text;
    const Linked l = LinkMentions(text, {});
    EXPECT_EQ(Persons(text, l.findings), r.want) << r.text;
  }
}

}  // namespace
}  // namespace tearline
