// Tests of the records joined by one separator (delimited_records.h): the
// fields read as names, and the near-misses that hold no person's record;
// and the same records through the field name detector.
#include "delimited_records.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "scan_test_util.h"
#include "tearline/quasi.h"

namespace tearline {
namespace {

// The name fields found in text, in the order found, joined by " | ".
std::string Fields(std::string_view text) {
  std::string out;
  quasi::ForEachDelimitedRecordName(text, [&](size_t b, size_t e) {
    ASSERT_LT(b, e);
    ASSERT_LE(e, text.size());
    if (!out.empty()) out += " | ";
    out += text.substr(b, e - b);
  });
  return out;
}

struct Case {
  const char* text;
  const char* want;
};

TEST(DelimitedRecordsTest, AgesAndSexes) {
  for (const char* age : {"0", "7", "52", "~30", "120", "52y", "52yrs", "9yo"}) {
    EXPECT_TRUE(quasi::IsRecordAge(age)) << age;
  }
  for (const char* no : {"", "~", "121", "0052", "52m", "5.2", "x52", "52 "}) EXPECT_FALSE(quasi::IsRecordAge(no)) << no;
  for (const char* sex : {"M", "F", "m", "f", "Male", "Female", "male", "female"}) {
    EXPECT_TRUE(quasi::IsRecordSex(sex)) << sex;
  }
  for (const char* no : {"", "MF", "Fm", "FEMALE", "H", "X", "Males"}) EXPECT_FALSE(quasi::IsRecordSex(no)) << no;
}

TEST(DelimitedRecordsTest, NameFieldsBeforeAnAgeAndASex) {
  const Case cases[] = {
      // One record a line; each separator; the sex before the age.
      {"Oduya;Nafiseh;52;F\nBamidele;Tunde;31;M\n", "Oduya | Nafiseh | Bamidele | Tunde"},
      {"Oduya|Nafiseh|52|F", "Oduya | Nafiseh"},
      {"Oduya\tNafiseh\tF\t52\n", "Oduya | Nafiseh"},
      {"Oduya,Nafiseh,~52,female", "Oduya | Nafiseh"},
      {"Oduya ; Nafiseh ; 52 ; F", "Oduya | Nafiseh"},
      {"| Oduya | Nafiseh | 52 | F |", "Oduya | Nafiseh"},
      // In a sentence, and two records in parentheses.
      {"received: Oduya;Nafiseh;52;F and Tembo;Chanda;28;M were seen.", "Oduya | Nafiseh | Tembo | Chanda"},
      {"later (Lungu;Mwila;19;F, Phiri;Bwalya;60;M).", "Lungu | Mwila | Phiri | Bwalya"},
      // One name field of several words; a row number before the names; a
      // particle; a sentence's first word left out.
      {"Amer al-Hamoud;34;M", "Amer al-Hamoud"},
      {"12;Oduya;Nafiseh;52;F", "Oduya | Nafiseh"},
      {"Juan de la Cruz;Pedro;41;M", "Juan de la Cruz | Pedro"},
      {"A01;Munhava;Joaquim Chirindza;M;47;7", "Joaquim Chirindza"},  // a site before a whole name
      {"The Oduya;52;F", "Oduya"},
      {"\xC3\x89lodie;Brun;33;F", "\xC3\x89lodie | Brun"},
      // No record: the age too high or not whole, the sex not whole, the
      // separators mixed, small letters, ", " (other rules read it), a
      // code after the sex.
      // A field of other words before a name word, an abbreviation, a code.
      {"| Boubacar Dicko | superviseur WASH | M | 38 |", ""},
      {"14|HMD-0417|Filmon Tekle|UAM|M|14|Adi", ""},
      {"2. CASE GUL-0244 | Lakica Susan | F | 22 yrs", "Lakica Susan"},
      {"M-01 | 3 | DICKO Boukary | F | M | 15 | Seytenga", ""},  // "F" (fils) relates, names no one
      {"| 3 | MAHAMAT | Zenaba | Fille | 17 | F |", ""},
      {"| 2 | ISSA | Achta | \xC3\x89pouse | 38 | F |", ""},
      {"Oduya;Nafiseh;152;F", ""},
      {"Oduya;Nafiseh;52;Fm", ""},
      {"Oduya;Nafiseh;5.2;F", ""},
      {"Oduya;Nafiseh|52;F", ""},
      {"oduya;nafiseh;52;f", ""},
      {"Oduya, Nafiseh, 52, F", ""},
      {"Oduya;Nafiseh;52;F-4", ""},
      {"Oduya;Nafiseh;52;F/2", ""},
      {"Block;12;F.B.I.", ""},
      {"Oduya;Nafiseh;52", ""},
      {"52;F;Oduya;Nafiseh", ""},
      {";;52;F", ""},
      {"", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(Fields(c.text), c.want) << c.text;
}

TEST(DelimitedRecordsTest, TheFieldDetectorReadsTheNameFields) {
  const auto detector = NewFieldNameDetector();
  const Case cases[] = {
      {"Registration extract:\nOduya;Nafiseh;52;F\nKovacs;Irena;44;F\n", "Oduya | Nafiseh | Kovacs | Irena"},
      {"Gate log: Tembo|Chanda|M|28 was seen at the gate.", "Tembo | Chanda"},
      {"Oduya;Unknown;52;F", "Oduya"},  // "Unknown" names no one, as under a name label
      {"Oduya;Nafiseh;152;F\nThe;52;F\n", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(quasi_testing::Values(*detector, c.text, Kind::kPerson, "fields", "FIELD", -1.0f, KindBit(Kind::kLoc)),
              c.want)
        << c.text;
  }
}

}  // namespace
}  // namespace tearline
