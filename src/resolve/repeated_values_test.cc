// Tests of codes and numbers named again (REPEATED NUMBERS in
// tearline/resolve.h).
#include "repeated_values.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tearline::link_internal {
namespace {

TEST(RepeatedValuesTest, Keys) {
  struct Row {
    Kind kind;
    const char* bytes;
    const char* key;
  };
  const Row rows[] = {
      {Kind::kPhone, "+93 799 123 456", "P99123456"},
      {Kind::kPhone, "0799-123-456", "P99123456"},
      {Kind::kPhone, "+227 96 44 18 20", "P96441820"},
      {Kind::kPhone, "96441820", "P96441820"},
      {Kind::kPhone, "98 76 54", ""},           // six digits: too short to look for again
      {Kind::kPhone, "Call 0799 123 456", ""},  // a letter
      {Kind::kId, "KBL-4471-99", "IKBL447199"},
      {Kind::kId, "kbl 4471 99", "IKBL447199"},
      {Kind::kId, "AB-123", "IAB123"},    // a letter and three digits: a register's short code
      {Kind::kId, "H-2307", "IH2307"},
      {Kind::kId, "AB-12", ""},           // two digits
      {Kind::kId, "ABCD12", ""},          // two digits
      {Kind::kId, "123-45", ""},          // five bytes, no letter
      {Kind::kId, "12345", ""},           // five bytes
      {Kind::kPerson, "Karim 12345", ""},
  };
  for (const Row& r : rows) EXPECT_EQ(ValueKey(r.kind, r.bytes), r.key) << r.bytes;
}

// The texts of the added findings, each "KIND text".
std::string Added(const std::string& text, std::vector<Finding> findings) {
  const size_t before = findings.size();
  AddRepeatedValues(text, &findings);
  std::string out;
  for (size_t i = before; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    EXPECT_EQ(f.detector, "link");
    out += (out.empty() ? "" : "|") + std::string(KindName(f.kind)) + " " + text.substr(f.begin, f.size());
  }
  return out;
}

Finding At(const std::string& text, const std::string& bytes, Kind kind, float confidence = 0.9f) {
  const size_t b = text.find(bytes);
  EXPECT_NE(b, std::string::npos) << bytes;
  return Finding{b, b + bytes.size(), kind, "", confidence, "patterns"};
}

TEST(RepeatedValuesTest, ValuesNamedAgainAreFound) {
  const std::string text =
      "Case no. KBL-4471-99 opened. Call 0799 123 456 now.\n"
      "Later KBL-4471-99 was closed; kbl 4471 99 too.\n"
      "The list: 0799123456, +93 799 123 456 and 0799 123 457.\n"
      "Not KBL-4471-990 nor XKBL-4471-99 nor 10799123456.";
  const std::string added = Added(text, {At(text, "KBL-4471-99", Kind::kId), At(text, "0799 123 456", Kind::kPhone)});
  EXPECT_EQ(added, "ID KBL-4471-99|ID kbl 4471 99|PHONE 0799123456|PHONE +93 799 123 456|PHONE 10799123456");
}

// A found code inside a longer one joined by hyphens: the whole code.
TEST(RepeatedValuesTest, GluedPiecesJoinTheCode) {
  const std::string text = "MHM-12-0057|HAKIZIMANA\n# 12-0057: says; ref 12-0057 X";
  std::vector<Finding> findings = {Finding{text.find("12-0057:"), text.find("12-0057:") + 7, Kind::kId, "", 0.7f,
                                           "patterns"}};
  EXPECT_EQ(Added(text, findings), "ID MHM-12-0057|ID 12-0057");
}

TEST(RepeatedValuesTest, NothingFoundNothingAdded) {
  const std::string text = "Call 0799 123 456 and 0799 123 456.";
  EXPECT_EQ(Added(text, {}), "");
  // A value held by a finding of its kind at both places: nothing to add.
  EXPECT_EQ(Added(text, {At(text, "0799 123 456", Kind::kPhone),
                         Finding{22, 34, Kind::kPhone, "", 0.9f, "patterns"}}),
            "");
}

// A weaker reading of the same kind at the other place ("0799123456" read
// at 0.45 as ten digits in a run) is raised by an added finding.
TEST(RepeatedValuesTest, WeakerReadingsAreRaised) {
  const std::string text = "Call 0799 123 456; list: 0799123456.";
  EXPECT_EQ(Added(text, {At(text, "0799 123 456", Kind::kPhone), At(text, "0799123456", Kind::kPhone, 0.45f)}),
            "PHONE 0799123456");
}

TEST(RepeatedValuesTest, ConfidenceAndSubkindAreTheFoundOnes) {
  const std::string text = "passport P1234567; again P1234567";
  std::vector<Finding> findings = {Finding{9, 17, Kind::kId, "PASSPORT", 0.85f, "patterns"}};
  AddRepeatedValues(text, &findings);
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[1].begin, 25u);
  EXPECT_EQ(findings[1].subkind, "PASSPORT");
  EXPECT_FLOAT_EQ(findings[1].confidence, 0.85f);
}

// A number right after a found name, in its own parentheses, after a
// comma inside the parentheses the name opens, or after a colon, a comma,
// spaces, a tab or a dash before the clause's end, is that person's phone; not years, a date, a short number,
// a number the sentence goes on after, or one after no found name.
TEST(RepeatedValuesTest, NumbersBesideNames) {
  struct Row {
    const char* text;
    const char* name;
    const char* want;  // the added findings' texts, '|' between
  };
  const Row rows[] = {
      {"via Rosa dos Santos (847209913). A", "Rosa dos Santos", "847209913"},
      {"kay yon vwazen (Anelise Pierre-Louis, 3609 1174). Li", "Anelise Pierre-Louis", "3609 1174"},
      {"A: Celui de P\xC3\xA9lagie : 72 41 86 03. Le mien", "P\xC3\xA9lagie", "72 41 86 03"},
      {"Sultan Noor: 0722-305-918\nnext", "Sultan Noor", "0722-305-918"},
      {"reached through Habibou Tall\n(70 63 18 42); the", "Habibou Tall", "70 63 18 42"},
      {"Karim Omari (2019-2021) served", "Karim Omari", ""},
      {"shift A Karim Omari (0600-1400), shift B", "Karim Omari", ""},
      {"Karim Omari (12.03.2024) left", "Karim Omari", ""},
      {"Karim Omari (1234567) left", "Karim Omari", ""},
      {"Karim Omari: 3609 1174 people left", "Karim Omari", ""},
      {"Karim Omari, 3609 1174) left", "Karim Omari", ""},
      {"su secretaria Ana Ruiz, 3142208871.\", next", "Ana Ruiz", "3142208871"},
      {"Amina Yusuf   773 442 019\nBashir Ali   12", "Amina Yusuf", "773 442 019"},
      {"Amina Yusuf\t0612 551 204\n", "Amina Yusuf", "0612 551 204"},
      {"y el de Nelson Ruiz 987 120 455. Mi", "Nelson Ruiz", "987 120 455"},
      {"pers. no. 19001028544; Manana Jikia \xE2\x80\x94 19001033170\n", "Manana Jikia", "19001033170"},
      {"met Karim Omari 15 03 2024. Then", "Karim Omari", ""},
      {"Karim Omari, 3609 1174 people left; Karim Omari   2019 2020\n", "Karim Omari", ""},
      {"the school (847209913) left", "school", ""},
      {"(family agrees; contact his wife\n   Aminatou Bello, 6 77 02 44 98).", "Aminatou Bello", "6 77 02 44 98"},
      {"Amal Saeed: 734 662 018 (WhatsApp only).", "Amal Saeed", "734 662 018"},
  };
  for (const Row& r : rows) {
    const std::string text = r.text;
    std::vector<Finding> findings = {At(text, r.name, Kind::kPerson)};
    if (std::string(r.name) == "school") findings[0].kind = Kind::kLoc;
    const size_t before = findings.size();
    AddNumbersBesideNames(text, 0.5f, &findings);
    std::string out;
    for (size_t i = before; i < findings.size(); ++i) {
      EXPECT_EQ(findings[i].kind, Kind::kPhone);
      EXPECT_EQ(findings[i].subkind, "BESIDE_NAME");
      out += (out.empty() ? "" : "|") + text.substr(findings[i].begin, findings[i].size());
    }
    EXPECT_EQ(out, r.want) << r.text;
  }
}

// In a table's row that holds a found name, a cell that is wholly a long
// number or a document number is that person's, whatever its heading; not a
// date, a year, a short number, a cell with words, nor a row without a name.
TEST(RepeatedValuesTest, NumbersInNamedRows) {
  struct Row {
    const char* text;
    const char* name;
    const char* want;  // the added findings' texts, '|' between
  };
  const Row rows[] = {
      {"1;Ram Thapa;38;Rolpa;PA0412893;28752401177;Al Waseela WLL;9847-215530\n", "Ram Thapa",
       "PA0412893|28752401177|9847-215530"},
      {"HL-0412,2024-02-03,\"Ana Ruiz\",UZB,FA2281934,\"Moscow, hostel\",open\n", "Ana Ruiz", "HL-0412|FA2281934"},
      {"17  QAID, Amat      27  F   3   11030277410       735 66 21 09      C-16\n", "QAID, Amat",
       "11030277410|735 66 21 09"},
      {"| Ana Ruiz | 20240203 | 2024-02-03 | 12.03.2024 | 1250 | 2019 2021 |\n", "Ana Ruiz", ""},
      {"| Ana Ruiz | paid 12345678 | AB123 | +34 612 44 55 66 |\n", "Ana Ruiz", "+34 612 44 55 66"},
      {"Ana Ruiz said the number 28752401177 was hers.\n", "Ana Ruiz", ""},
      {"1;Ram Thapa;38\n2;someone;28752401177;PA0412893\n", "Ram Thapa", ""},
      {"9;KRT07-04;Deng Garang;36;M;SSD R00458271;church\n", "Deng Garang", "SSD R00458271"},
      {"| 4 | Awa Ndiaye | 30 | met him in Sabratha | 77 645 12 09 (SN) |\n", "Awa Ndiaye", "77 645 12 09"},
      {"Saleh Nasser     HoH   62 M 14010332691     none   Harib\n", "Saleh Nasser", "14010332691"},
      {"Saleh Nasser     HoH   62 M 20240311     none   Harib\n", "Saleh Nasser", ""},
      {" 1  YILDIZ, Beri       31847205566     Dicle, editor   released, travel ban\n", "YILDIZ, Beri", "31847205566"},
      {"| 1 | Achta Haroun | 24-TCD-778341  | HH head | 2024-03-12 | KRT07-04 |\n", "Achta Haroun",
       "24-TCD-778341"},
      {"His brother Giorgi is in Zugdidi, 599 08 52 11. Cousin Nino (Damak, 98 0707 4512).\n", "Giorgi",
       "599 08 52 11|98 0707 4512"},
      {"Giorgi paid 12 500 000 on 12 03 2024 and 2024 03 12; plot 33.51.38.2; 1 250 000/yr\n", "Giorgi", ""},
      {"Digicel Jodenel pa sonnen. M eseye 4102 5533 (Natcom) tou.\n", "Jodenel", "4102 5533"},
      {"Jodenel 2019-2021, shift 0600-1400, paid 2500 30000\n", "Jodenel", ""},
      {"[2024-02-08 08:14:37] Jodenel: at 02.08.2023 08:00 and 10-16.04.2024 12 00\n", "Jodenel", ""},
      {"6,Hauwa Bukar,F,29,HH head (widow),TAG-B-12010,Banki\n", "Hauwa Bukar", "TAG-B-12010"},
      {"HEB-24-0117,\"Hamdan Zahi\",home,KRT07-04,DG-0141,2024-03-12\n", "Hamdan Zahi", "HEB-24-0117|DG-0141"},
      // A register's short codes for household, plot and tent; not a year,
      // a code with two digits last, nor one without a hyphen.
      {"01  LWP-014  U Tun Aung Kyaw   58  3  4  Ywa Thit\n", "U Tun Aung Kyaw", "LWP-014"},
      {"| F12-003  | 934-00417752 | MAZAI, Tchaou | 47 | S4-031 | PF-2E-0419 |\n", "MAZAI, Tchaou",
       "F12-003|934-00417752|S4-031|PF-2E-0419"},
      {"| D4-017 | Awa Ndiaye | MSF-2024 | T-22 | UC-12 | COVID-19 | B4-2 |\n", "Awa Ndiaye",
       "D4-017"},
      {"1,\"DAWA, Ladi\",F,34,'47120985533,'08032217746,Gulak\n", "DAWA, Ladi", "47120985533|08032217746"},
      {"KLB-0417 | SHARIPOV Rustam | HoH | 45 | A 3104827 | 2 400\n", "SHARIPOV Rustam", "KLB-0417|A 3104827"},
  };
  for (const Row& r : rows) {
    const std::string text = r.text;
    std::vector<Finding> findings = {At(text, r.name, Kind::kPerson)};
    const size_t before = findings.size();
    AddNumbersInNamedRows(text, 0.5f, &findings);
    std::string out;
    for (size_t i = before; i < findings.size(); ++i) {
      EXPECT_TRUE((findings[i].kind == Kind::kId && findings[i].subkind == "IN_NAMED_ROW") ||
                  (findings[i].kind == Kind::kPhone && findings[i].subkind == "ON_NAMED_LINE"));
      out += (out.empty() ? "" : "|") + text.substr(findings[i].begin, findings[i].size());
    }
    EXPECT_EQ(out, r.want) << r.text;
  }
  // A number a PHONE finding already holds is not added again.
  const std::string text = "1;Ram Thapa;38;9847-215530\n";
  std::vector<Finding> findings = {At(text, "Ram Thapa", Kind::kPerson), At(text, "9847-215530", Kind::kPhone)};
  findings[1].confidence = 0.9f;
  AddNumbersInNamedRows(text, 0.5f, &findings);
  EXPECT_EQ(findings.size(), 2u);
}

}  // namespace
}  // namespace tearline::link_internal
