#include "tearline/quasi.h"

#include "scan_test_util.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace tearline {
namespace {

// A small in-memory lexicon, so that these tests do not depend on data files.
QuasiLexicons TestLexicons() {
  QuasiLexicons lex;
  auto dem = [&](std::string phrase, std::string_view sub, float c) {
    lex.entries.push_back({std::move(phrase), Kind::kDem, sub, c});
  };
  dem("British", "NATIONALITY", 0.5f);
  dem("Turkish", "NATIONALITY", 0.5f);
  dem("Afghan", "NATIONALITY", 0.5f);
  dem("Kurd", "ETHNICITY", 0.6f);
  dem("Hazara", "ETHNICITY", 0.6f);
  dem("Sunni", "RELIGION", 0.5f);
  dem("Muslim", "RELIGION", 0.5f);
  dem("Jehovah's Witnesses", "RELIGION", 0.5f);
  dem("driver", "OCCUPATION", 0.35f);
  dem("interpreter", "OCCUPATION", 0.35f);
  dem("police officer", "OCCUPATION", 0.35f);
  dem("non-commissioned officer", "OCCUPATION", 0.35f);
  dem("students", "OCCUPATION", 0.08f);
  dem("lawyer", "OCCUPATION", 0.09f);
  dem("advocate", "OCCUPATION", 0.3f);
  dem("schizophrenia", "HEALTH", 0.5f);
  dem("total disability", "HEALTH", 0.5f);
  lex.entries.push_back({"PKK", Kind::kOrg, "", 0.6f});
  for (std::string h : {"Company", "University", "Ministry", "Bank", "Prison"}) {
    lex.org_heads.push_back({h, Kind::kOrg, "", 0.6f});
  }
  lex.org_heads.push_back({"Court", Kind::kOrg, "", 0.09f});
  for (std::string g : {"Supreme", "Interior", "Transport", "Provincial", "of", "the"}) lex.org_generic.push_back(g);
  return lex;
}

using quasi_testing::Scan;

class QuasiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto d = CompileQuasiDetector(TestLexicons());
    ASSERT_TRUE(d.ok()) << d.status().ToString();
    detector_ = std::move(*d);
  }
  std::unique_ptr<const Detector> detector_;
};

struct Case {
  const char* text;
  const char* want;
};

TEST_F(QuasiTest, Money) {
  const Case cases[] = {
      {"She was fined EUR 5,000 on Monday.", "QUANTITY/MONEY[14,23)"},
      {"He paid 5,000 euros in cash.", "QUANTITY/MONEY[8,19)"},
      {"A bribe of \xC2\xA3" "200 was offered.", "QUANTITY/MONEY[11,16)"},
      {"They sought USD 1.2 million in damages.", "QUANTITY/MONEY[12,27)"},
      {"a claim for 100,000 Turkish liras (TRY) was filed", "QUANTITY/MONEY[12,39)"},
      {"approximately 3,000 euros", "QUANTITY/MONEY[0,25)"},
      {"PLN 552.21 [approx. EUR 138] remained", "QUANTITY/MONEY[0,28)"},
      {"five hundred euros were stolen", "QUANTITY/MONEY[0,18)"},
      {"a loss of 20,000 pounds sterling", "QUANTITY/MONEY[10,32)"},
      // Near misses: a lower-case code word, a number without a currency, a year.
      {"They try 5,000 times.", ""},
      {"Article 6 of the Convention", ""},
      {"In 2004 the euro rose.", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(Scan(*detector_, c.text), c.want) << c.text;
}

TEST_F(QuasiTest, PercentAndMeasure) {
  const Case cases[] = {
      {"a disability of 40% was found", "QUANTITY/PERCENT[16,19)"},
      {"rated at 18.5 per cent", "QUANTITY/PERCENT[9,22)"},
      {"he drove at 26 km/h into", "QUANTITY/MEASURE[12,19)"},
      {"a plot 50 metres from the river", "QUANTITY/MEASURE[7,16)"},
      {"on 12 May", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(Scan(*detector_, c.text), c.want) << c.text;
}

TEST_F(QuasiTest, Durations) {
  const Case cases[] = {
      {"sentenced to three years' imprisonment", "DATE/DURATION[13,24)"},
      {"for one year and four months", "DATE/DURATION[4,28)"},
      {"on a two-year contract", "DATE/DURATION[5,13)"},
      {"served two and a half years there", "DATE/DURATION[7,27)"},
      {"for twenty-four years", "DATE/DURATION[4,21)"},
      {"fined and held ten days", "DATE/DURATION[15,23)"},
      // Rules rather than facts: after "within"/"every", before "time-limit"/"period".
      {"to appeal within two months", ""},
      {"renewed every two years", ""},
      {"the two-month time-limit", ""},
      {"a three-month period", ""},
      {"in 2004 years passed", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(Scan(*detector_, c.text), c.want) << c.text;
}

TEST_F(QuasiTest, DateRanges) {
  const Case cases[] = {
      {"On 14 and 27 July 1999 the court", "DATE/RANGE[3,22)"},
      {"on 1 March and 31 December 1998.", "DATE/RANGE[3,31)"},
      {"In February and March 2001 he", "DATE/RANGE[3,26)"},
      {"held on 7 January, 18 February and 25 October 2004.", "DATE/RANGE[8,50)"},
      {"between 5 May 2006 and 24 October 2008 he", "DATE/RANGE[0,38)"},
      // Years in a list or a range.
      {"reassessed in 1994, 1995 and 1997.", "DATE/RANGE[14,33)"},
      {"from 1960 to 1979, he", "DATE/RANGE[5,17)"},
      {"in 1993 and 1994", "DATE/RANGE[3,16)"},
      {"in 1994 alone", ""},
      {"paragraphs 1200 and 1300", ""},
      // A list that goes on after a year is one range per year.
      {"of 16 January, 20 March and 8 September 2003, 16 January and 20 September 2004 and",
       "DATE/RANGE[3,44) DATE/RANGE[46,78)"},
      // Two complete dates are two mentions; one date is left to the date patterns.
      {"on 14 July 1999 and 27 July 1999", ""},
      {"on 14 July 1999, 27 July 1999", ""},
      {"on 14 July 1999 he", ""},
      {"Articles 3 and 8 of the Convention", ""},
      {"he may and will", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(Scan(*detector_, c.text), c.want) << c.text;
}

TEST_F(QuasiTest, Counts) {
  const Case cases[] = {
      {"he attended seventy-one hearings", "QUANTITY/COUNT[12,32)"},
      {"the 571 landowners of", "QUANTITY/COUNT[4,18)"},
      {"with seven other persons", "QUANTITY/COUNT[5,24)"},
      {"thirty decisions", "QUANTITY/COUNT[0,16)"},
      // The commonest count names little; years, long numbers, durations,
      // units and non-plurals are not counts.
      {"two cases", ""},
      {"2 cases", ""},
      {"in 1998 elections", ""},
      {"three years", "DATE/DURATION[0,11)"},
      {"5 metres", "QUANTITY/MEASURE[0,8)"},
      {"five metres", ""},
      {"five process", ""},
      {"three bus", ""},
      {"six was", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(Scan(*detector_, c.text), c.want) << c.text;
}

TEST_F(QuasiTest, DemonymBeforeNational) {
  // "a X national" covers "national"; plurals and other contexts stay on the demonym.
  EXPECT_EQ(Scan(*detector_, "lodged by a Turkish national, Mr A."), "DEM/NATIONALITY[12,28)");
  EXPECT_EQ(Scan(*detector_, "The British national was"), "DEM/NATIONALITY[4,11)");
  EXPECT_EQ(Scan(*detector_, "two Afghan nationals"), "");
  EXPECT_EQ(Scan(*detector_, "two Afghan nationals", 0.05f), "DEM/NATIONALITY[4,10)");
}

TEST_F(QuasiTest, Ages) {
  const Case cases[] = {
      {"aged 34, he left", "DEM/AGE[0,7)"},
      {"He was 63 years old.", "DEM/AGE[7,19)"},
      {"a 34-year-old man", "DEM/AGE[2,13)"},
      {"at the age of 12 she moved", "DEM/AGE[7,16)"},
      {"eighteen years of age", "DEM/AGE[0,21)"},
      {"at the age of six months", "DEM/AGE[7,24)"},
      // Near misses: durations are not ages; an age of a thing without a number.
      {"12 years' imprisonment", "DATE/DURATION[0,8)"},
      {"the age of the building", ""},
      {"for two years in prison", "DATE/DURATION[4,13)"},
  };
  for (const Case& c : cases) EXPECT_EQ(Scan(*detector_, c.text), c.want) << c.text;
}

TEST_F(QuasiTest, Demographics) {
  const Case cases[] = {
      {"He is a British national.", "DEM/NATIONALITY[8,24)"},
      {"a Kurd from the north", "DEM/ETHNICITY[2,6)"},
      {"an Afghan Hazara family", "DEM/NATIONALITY[3,9) DEM/ETHNICITY[10,16)"},
      {"a Sunni Muslim", "DEM/RELIGION[2,7) DEM/RELIGION[8,14)"},
      {"members of Jehovah\xE2\x80\x99s Witnesses met", "DEM/RELIGION[11,32)"},
      {"she worked as an interpreter", "DEM/OCCUPATION[17,28)"},
      {"a retired non-commissioned officer", "DEM/OCCUPATION[10,34)"},
      {"the police officer arrived", "DEM/OCCUPATION[4,18)"},
      {"a member of the Ahmadzai tribe", "DEM/ETHNICITY[16,24)"},
      {"of the Sulaiman Khel", "DEM/ETHNICITY[7,20)"},
      // Near misses: an adjective of a name, a group, part of a longer word.
      {"The Turkish Government replied.", ""},
      {"the students protested", ""},
      {"the drivers' union", ""},
      {"Britishness", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(Scan(*detector_, c.text), c.want) << c.text;
}

TEST_F(QuasiTest, OccupationsOfRepresentatives) {
  const Case cases[] = {
      // "lawyer" alone is mostly the representative; with an article it is
      // the person described, unless "practising" follows.
      {"the claimant, a lawyer and journalist, wrote", "DEM/OCCUPATION[16,22)"},
      {"she has worked as a lawyer since", "DEM/OCCUPATION[20,26)"},
      {"represented by Ms Q, a lawyer practising in Lyon", ""},
      {"represented by Mr Z, an advocate practicing in Valletta", ""},
      {"the lawyer asked for an adjournment", ""},
      {"the advocate practising law", ""},
      {"the advocate was heard", "DEM/OCCUPATION[4,12)"},
  };
  for (const Case& c : cases) EXPECT_EQ(Scan(*detector_, c.text), c.want) << c.text;
}

TEST_F(QuasiTest, HealthConditions) {
  const Case cases[] = {
      {"he was diagnosed with schizophrenia in 2001", "DEM/HEALTH[22,35)"},
      {"which resulted in her total disability.", "DEM/HEALTH[22,38)"},
      {"Schizophrenia Research Unit", ""},  // before a name: an adjective of it
      {"the disability of the claimant", ""},
      {"a total of five", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(Scan(*detector_, c.text), c.want) << c.text;
}

// Byte offsets below count "Sławski" as 8 bytes ("ł" is two).
TEST(TitledNameTest, HonorificAndName) {
  const auto detector = NewTitledNameDetector();
  const Case cases[] = {
      {"represented by their Agent, Ms J. Chrzanowska of the Ministry", "PERSON/TITLED[28,45)"},
      {"represented by Mr Cz. Sławski (Rule 36)", "PERSON/TITLED[15,30)"},
      {"their Agent, Mr C.-H. Ehrenkrona, of the Ministry", "PERSON/TITLED[13,32)"},
      {"Commander Haji Noorullah Zadran is planning", "PERSON/TITLED[10,31)"},
      {"(Mrs Gul) and Dr Omari; Mr Nabi", "PERSON/TITLED[1,8) PERSON/TITLED[14,22) PERSON/TITLED[24,31)"},
      {"Señor Álvarez Quintero dijo", "PERSON/TITLED[0,24)"},
      {"text ends with Mr Omari", "PERSON/TITLED[15,23)"},
      {"Mullah Haji Noorullah spoke", "PERSON/TITLED[0,21)"},
      {"According to Daw Hla Hla Win, the chair", "PERSON/TITLED[13,28)"},  // a Burmese honorific
      {"Mrs. Farzana Ahmadzai was wounded", "PERSON/TITLED[0,21)"},
      // The Indonesian "Pdt." (pendeta, a pastor), with its period only.
      {"Tembusan: Pdt. Yosua Elokbere (Ketua Klasis); Pdt Sinode", "PERSON/TITLED[10,29)"},
      // The Indian Smt. and Shri; not "SMT" (a security team), nor Sri.
      {"SMT informed; Smt. Budhni MURMU; Shri Ramdas; Sri Lanka", "PERSON/TITLED[14,31) PERSON/TITLED[33,44)"},
      // OPJ before a name, not before a period; not in small letters.
      {"par OPJ Banza KITWA et l'OPJ. Mushi dit; opj Kasongo", "PERSON/TITLED[4,19)"},
      // Kurdish honorifics: Xanim (Mrs), Mamoste (teacher).
      {"- Xanim Gul\xC3\xAA (women's council); teacher Mamoste N\xC3\xBBjiyan.", "PERSON/TITLED[2,13) PERSON/TITLED[41,57)"},
      {"Dr. Julia Hartmann, the surgeon", "PERSON/TITLED[0,18)"},
      {"MR ABDUL WAHID left", "PERSON/TITLED[0,14)"},
      {"Mr O'Brien-Smith's car", "PERSON/TITLED[0,16)"},
      {"Haji Gul Rahman Khan Popal Noori", "PERSON/TITLED[0,26)"},  // at most four name words
      {"A-1\tSayed Mahmood\tM\t44", "PERSON/TITLED[4,17)"},           // a tab ends the name (a table's cell)
      {"de Tonton Moussa et Papa Ali; PAPA BRAVO", "PERSON/TITLED[3,16) PERSON/TITLED[20,28)"},  // French kin words
      {"le groupe de Ti-Kouto et Ti Blanc; TI-84, Ti-6Al, TI BLANC", "PERSON/TITLED[13,21) PERSON/TITLED[25,33)"},  // the Haitian diminutive
      {"with Hajiya Hauwa'u, Hajiya Hauwa's car", "PERSON/TITLED[5,19) PERSON/TITLED[21,33)"},  // a syllable after an apostrophe, not "'s"
      // Clergy, a barangay captain, an honourable.
      {"Fr. Teodoro Villarin spoke", "PERSON/TITLED[0,20)"},
      {"Imam Alpha Oumar KOUNTA of Fatoma", "PERSON/TITLED[0,23)"},
      {"Kapitan Ramil said", "PERSON/TITLED[0,13)"},
      {"Pasteur Josaphat Biringanine et Pastora Marlene", "PERSON/TITLED[0,28) PERSON/TITLED[32,47)"},
      {"Hon. Grace Akello, MP", "PERSON/TITLED[0,17)"},
      {"staffed by Kgd. Cabungcal + Kagawad Marites; Kap. Dodong; Kap Dodong", "PERSON/TITLED[11,25) PERSON/TITLED[28,43) PERSON/TITLED[45,56)"},
      // Abbreviated ranks, with their period; the English ones in title case without it too.
      {"with Adj.-chef Samuel Doko (Cpt. Rahman); Cdr. Lion's group", "PERSON/TITLED[5,26) PERSON/TITLED[28,39) PERSON/TITLED[42,51)"},
      {"Cpt Rahman; the CDR Lion; Lic. Mendoza; Lic Mendoza", "PERSON/TITLED[0,10) PERSON/TITLED[26,38)"},
      {"UPDF Lt Okwir Patrick (Namalu); Police Sgt Toakai Tetoa asked", "PERSON/TITLED[5,21) PERSON/TITLED[39,55)"},
      {"Lt Gen. Okello; Maj Gen Ruto; LT Okello; Gen Z; Col de Tende; Sgt.Ruto",
       "PERSON/TITLED[0,14) PERSON/TITLED[16,28)"},
      {"XYZ Pte Ltd; Capt BASHIR Ali; Insp Wafula", "PERSON/TITLED[13,28) PERSON/TITLED[30,41)"},
      {"brigade, Adjudant-chef Ngarta MBA\xC3\x8FLAO : ok; Adjudant Bako; ADJUDANT BAKO",
       "PERSON/TITLED[9,38) PERSON/TITLED[45,58)"},
      // The gendarmerie's "Adj/C", "Adc", "MdL"; not "Adj" alone ("Adj Total").
      {"Gendarmerie : Adj/C Mbarga et MdL Ndongo ; Adc Bello ; Adj Total: 45", "PERSON/TITLED[14,26) "
       "PERSON/TITLED[30,40) PERSON/TITLED[43,52)"},
      {"cc: Hna. Luc\xC3\xAD" "a (religiosa); Lcda. Rosa Elvira", "PERSON/TITLED[4,15) PERSON/TITLED[29,46)"},
      {"(Ab. Maria Rosero) | Pol. Stalin Ayovi; Pol Pot", "PERSON/TITLED[1,17) PERSON/TITLED[21,38)"},
      {"Cnel. Orellana (Migraci\xC3\xB3n) y Cap. Villca; Sof. Quispe; Cap Haitien", "PERSON/TITLED[0,14) PERSON/TITLED[30,41) "
       "PERSON/TITLED[43,54)"},
      {"coordinador, Ing. Rodrigo Sanabria, y la Dra. Vaca", "PERSON/TITLED[13,34) PERSON/TITLED[41,50)"},
      // The French "Me" (Maître) before a lawyer's name, as written only.
      {"Me Ndjidda signale; ME NDJIDDA; Me and Ali", "PERSON/TITLED[0,10)"},
      {"R\xC3\xA9" "f\xC3\xA9r\xC3\xA9 \xC3\xA0 Me Godefroid LIKOKE (clinique)", "PERSON/TITLED[13,32)"},  // a family name in capitals
      // Md, Mohd and Mst opening a name, with their period; not "MD".
      {"Md. Shafiqul ISLAM Shipon; wife Mst. Kohinoor; MD Program; Mohd. Radzmil ISMAEL",
       "PERSON/TITLED[0,25) PERSON/TITLED[32,45) PERSON/TITLED[59,79)"},
      // French "M." (Monsieur) before a space; not "M" alone, nor "M.Sc".
      {"(M. Mushagalusa) avant; M Kivu; M.Sc. Bako; M.\nBako; 12 P.M. Dallas; M. N. Omari", "PERSON/TITLED[1,15)"},
      {"Ustaza Amna (WGSS); Sor Marta; the Hajj. Construction; day of Hajj According", "PERSON/TITLED[0,11) PERSON/TITLED[20,29)"},
      // A name wrapped onto an indented line; not a label there, nor a line that is not indented.
      {"to Dr. Sylvestre\n  Kanga-Yamale, HP; Dr. Ali\n  Notes: ok; Dr. Omar\nBako", "PERSON/TITLED[3,31) PERSON/TITLED[37,44) PERSON/TITLED[58,66)"},
      {"Sr. Mary-Grace Ayen and Pastor John Mbah", "PERSON/TITLED[0,19) PERSON/TITLED[24,40)"},
      {"equipe (Ir. Concei\xC3\xA7\xC3\xA3o) e a Sra. Yusmary", "PERSON/TITLED[8,23) PERSON/TITLED[29,41)"},
      {"a woman known as Madam Gift; Madam President spoke", "PERSON/TITLED[17,27)"},
      // Swahili elders and "sir"; the Portuguese priest's "Pe." with its period only.
      {"ni Mzee Dub Tadicha. Bwana Otieno; Pe. Vicente; Pe Vicente", "PERSON/TITLED[3,19) PERSON/TITLED[21,33) PERSON/TITLED[35,46)"},
      {"Do\xC3\xB1" "a Juana Ceto", "PERSON/TITLED[0,16)"},
      // Burmese, Karen, Sahel and Somali honorifics; an Arabic article in the name.
      {"U Tin Win, the village administrator", "PERSON/TITLED[0,9)"},
      {"Notes: Ko Zaw Lin Htet (ZLH)", "PERSON/TITLED[7,22)"},
      {"6. Naw Say Paw Htoo - logistics", "PERSON/TITLED[3,19)"},
      {"7. Saw Eh Doh - liaison", "PERSON/TITLED[3,13)"},
      {"with Ma Thida and others", "PERSON/TITLED[5,13)"},
      {"belongs to Maung Maung Gyi, a boat owner; from Maungdaw; MAUNG TUN", "PERSON/TITLED[11,26)"},
      {"monastery (Sayadaw U Nandiya), 2 informants", "PERSON/TITLED[11,28)"},  // an abbot, a monk's one name
      {"camp chairman Alhaji Bukar Modu said", "PERSON/TITLED[14,31)"},
      {"Hajiya Falmata and Malam Kyari", "PERSON/TITLED[0,14) PERSON/TITLED[19,30)"},
      {"Hadjé Fatimé Mbodou and Teungku Marzuki", "PERSON/TITLED[0,21) PERSON/TITLED[26,41)"},
      {"moved by Keuchik Zulkifli; Tgk. Ali came", "PERSON/TITLED[9,25) PERSON/TITLED[27,35)"},
      // One initial and its period after an honorific; Mindanao and Italian titles.
      {"Anna + Dr. K. woken; Ustadh K. thinks", "PERSON/TITLED[7,12) PERSON/TITLED[21,29)"},
      {"admin Datu Madz and Sig. Rossi", "PERSON/TITLED[6,15) PERSON/TITLED[20,30)"},
      {"Police liaison: PLtCol. Abubakar (ZCPO)", "PERSON/TITLED[16,32)"},
      {"Mr. K. Rahimi came; Dr. K Said", "PERSON/TITLED[0,13)"},
      // Initials run together after a title; South Asian Muslim clergy.
      {"- Moulavi M.H. Ansar - Kattankudy; Dr. S.K. Sharma", "PERSON/TITLED[2,20) PERSON/TITLED[35,50)"},
      {"Molvi Rahim and Moulvi Sabir", "PERSON/TITLED[0,11) PERSON/TITLED[16,28)"},
      {"Consultation par Dr. P.C. Kit PEP non; Dr. A.B. WARSAME", ""},  // a sentence after the initials
      // Balinese: I and Ni before a birth-order name and another.
      {"suami I Made Gede; Ni Ketut Sriani; I Think So; I Made it; NI WAYAN SARI", "PERSON/TITLED[6,17) PERSON/TITLED[19,34)"},
      {"Kadus, Pak Sukardi, and Ibu Sari; Bapak Haji Sumardi", "PERSON/TITLED[7,18) PERSON/TITLED[24,32) PERSON/TITLED[34,52)"},  // Indonesian
      {"secretary of Suldaan Maxamed Cabdi asked", "PERSON/TITLED[13,34)"},
      {"- Sheikh al-Dubai's involvement", "PERSON/TITLED[2,17)"},
      {"a monk, Ashin Pyinnya Thiha, spoke", "PERSON/TITLED[8,27)"},
      // Burmese honorifics only so written and before a space.
      {"the U.S. Army and U.N. Secretary", ""},
      {"an MA Program in Kabul", ""},
      {"KO Samui", ""},
      {"the Bulama of Sector C", ""},
      {"MA THIDA", ""},
      {"RT IF U GETTN FUCKED UP TONIGHT", ""},  // a chat's "you"
      {"so U Know What", ""},
      {"Minutes: U Tin.", ""},  // "U" before two name words only
      // Not a name, or not a name this rule reads:
      {"Mr. President, as a recipient", ""},
      {"Mr Justice Kennedy said", ""},
      {"lodged by Mr A. on 3 May", ""},
      {"Mr. and Mrs. Smith", "PERSON/TITLED[8,18)"},
      {"a letter to Ms The", ""},
      {"Dr.\nSmith", ""},
      {"mr smith", ""},
      {"Mrs May said", "PERSON/TITLED[0,7)"},
      {"to Mr Ministry of Justice", ""},
      {"at the Sheikh Lotfollah Mosque in", ""},
      {"near Haji Ali Market; Haji Ali said", "PERSON/TITLED[22,30)"},
      {"Mr Smith, mosque guard", "PERSON/TITLED[0,8)"},
      {"Sheikh 12", ""},
      {"HMr Smith", ""},        // not a word start
      {"the Mrsmith case", ""},  // not an honorific
      {"Mr Abdul\nOmari", "PERSON/TITLED[0,8)"},
      // Honorifics joined after the name (Central and South Asia).
      {"WITH DRIVER RUSTAM-AKA TO", "PERSON/TITLED[12,22)"},
      {"Gulnora-opa and Aigul-eje", "PERSON/TITLED[0,11) PERSON/TITLED[16,25)"},
      {"ask Ahmad-jan, or Ravi-ji.", "PERSON/TITLED[4,13) PERSON/TITLED[18,25)"},
      {"a self-aka word, re-opa, X-aka", ""},  // lower case, or one letter, before
      {"Rustam-akam", ""},
      // The same words after a space: the name is reported without them.
      {"ask for Sivam anna or Tharsh akka", "PERSON/TITLED[8,13) PERSON/TITLED[22,28)"},
      {"rang: Ram Bahadur dai came; Chhiring sir runs it", "PERSON/TITLED[6,17) PERSON/TITLED[28,36)"},
      {"Yes sir. Dear sir, Thank you sir", ""},  // words of address, lower case before
      {"the UN ji and AB sir", ""},                // no lower-case letter
      {"Sharma ji, Sharma jiu", "PERSON/TITLED[0,6)"},
      // Dari and Pashto "jan", "jaan"; a greeting before the name is no name word.
      {"Salam Ahmad jan, and Gul Bibi jaan", "PERSON/TITLED[6,11) PERSON/TITLED[21,29)"},
      {"Hi Nasir jan. the jan and jane", "PERSON/TITLED[3,8)"},
      // Kyrgyz and Kazakh "aga", "baike", "eje", Uzbek "apa".
      {"house of Asylbek aga on; Bakyt baike, Aigul eje, Dilnoza apa", "PERSON/TITLED[9,16) PERSON/TITLED[25,30) "
       "PERSON/TITLED[38,43) PERSON/TITLED[49,56)"},
      {"the Saga again; Mega agar; Yes aga", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(Scan(*detector, c.text), c.want) << c.text;
}

// The candidate search reads 16 bytes at a time: where a text starts
// relative to those blocks must not matter. Random texts of honorifics,
// names, initials, punctuation and other words, behind 0 to 17 spaces, give
// the same findings, shifted.
TEST(TitledNameTest, FindingsDoNotDependOnBlockAlignment) {
  const auto detector = NewTitledNameDetector();
  const char* pieces[] = {"Mr", "Mrs.", "Dr", "Haji", "MS", "Omari", "J.", "Cz.", "C.-H.", "Sławski", "the",
                          "President", ",", ".", "\n", "Nabi", "x", "Señor", "Ustad", "Quetta", "12", "anna", "sir", "jan"};
  const size_t found = quasi_testing::ExpectFindingsIgnoreBlockAlignment(*detector, pieces, 12345, 300, 5);
  EXPECT_GT(found, 100u);  // the texts do hold titled names
}

TEST_F(QuasiTest, Organisations) {
  const Case cases[] = {
      {"He was employed by the Kabul Fruit Company until 2010.", "ORG[23,42)"},
      {"studied at the University of Balkh (Balkh Pohantoon) for", "ORG[15,52)"},
      {"a loan from Ozturk Bank was", "ORG[12,23)"},
      {"held in Wronki Prison since", "ORG[8,21)"},
      {"a member of the PKK since", "ORG[16,19)"},
      // What "and" joins after the head is another name, not the complement.
      {"the Kabul Fruit Company and Ahmad Karimi of Herat", "ORG[4,23)"},
      {"the University of Balkh and Herat", "ORG[4,33)"},
      // Generic names are reported below 0.1 only.
      {"the Ministry of the Interior decided", ""},
      {"the Kabul Transport Provincial Court", ""},
      {"Rule 52 of the Rules of Court", ""},
      {"THE LAW", ""},
      {"The applicant complained.", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(Scan(*detector_, c.text), c.want) << c.text;
  EXPECT_EQ(Scan(*detector_, "the Ministry of the Interior decided", 0.01f), "ORG[4,28)");
  EXPECT_EQ(Scan(*detector_, "by the Herat District Court on", 0.01f), "ORG[7,27)");
}

TEST_F(QuasiTest, SpansStayInsideAnyInput) {
  std::string text = "EUR \xFF 5,000 (\xC3\xA9 aged\n34 Kurd\xE2\x80\x99s \xE2 Bank (x";
  for (size_t cut = 0; cut <= text.size(); ++cut) {
    std::string_view t(text.data(), cut);
    auto scratch = detector_->NewScratch();
    VectorSink sink;
    ASSERT_TRUE(detector_->Scan(t, *scratch, sink).ok());
    for (const Finding& f : sink.findings) {
      EXPECT_LT(f.begin, f.end);
      EXPECT_LE(f.end, t.size());
      EXPECT_EQ(f.detector, "quasi");
    }
  }
}

TEST_F(QuasiTest, MinConfidenceOption) {
  QuasiOptions o;
  o.min_confidence = 0.7f;
  auto d = CompileQuasiDetector(TestLexicons(), o);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(Scan(**d, "a Kurd paid EUR 50", 0.0f), "QUANTITY/MONEY[12,18)");
}

TEST(QuasiCompileTest, RejectsBadEntries) {
  QuasiLexicons lex;
  lex.entries.push_back({"  ", Kind::kDem, "RELIGION", 0.5f});
  EXPECT_EQ(CompileQuasiDetector(lex).status().code(), Status::Code::kInvalidArgument);
  lex.entries = {{"Sunni", Kind::kDem, "RELIGION", 1.5f}};
  EXPECT_EQ(CompileQuasiDetector(lex).status().code(), Status::Code::kInvalidArgument);
}

class LexiconDirTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("quasi_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void Write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name, std::ios::binary) << content;
  }
  std::filesystem::path dir_;
};

TEST_F(LexiconDirTest, ReadsEntriesConfidencesAndComments) {
  Write("dem_religion.txt", "# comment\nSunni\nSecretsect\t0.25\n\n");
  Write("org_heads.txt", "Bank\n");
  Write("org_generic.txt", "Central National\n");
  auto lex = LoadQuasiLexicons(dir_.string());
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  ASSERT_EQ(lex->entries.size(), 2u);
  EXPECT_EQ(lex->entries[0].subkind, "RELIGION");
  EXPECT_FLOAT_EQ(lex->entries[0].confidence, 0.5f);
  EXPECT_FLOAT_EQ(lex->entries[1].confidence, 0.25f);
  EXPECT_EQ(lex->org_heads.size(), 1u);
  EXPECT_EQ(lex->org_generic.size(), 1u);
  auto d = CompileQuasiDetector(dir_.string());
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(Scan(**d, "a Sunni at the Central National Bank", 0.01f), "DEM/RELIGION[2,7) ORG[15,36)");
}

TEST_F(LexiconDirTest, HealthFileGivesHealthSubkind) {
  Write("dem_health.txt", "fictitiosis\nrare syndrome\t0.7\n");
  auto lex = LoadQuasiLexicons(dir_.string());
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  ASSERT_EQ(lex->entries.size(), 2u);
  EXPECT_EQ(lex->entries[0].kind, Kind::kDem);
  EXPECT_EQ(lex->entries[0].subkind, "HEALTH");
  EXPECT_FLOAT_EQ(lex->entries[0].confidence, 0.5f);
  EXPECT_FLOAT_EQ(lex->entries[1].confidence, 0.7f);
}

TEST_F(LexiconDirTest, ErrorsNameTheLineButNotTheEntry) {
  Write("dem_occupation.txt", "driver\nsecretagent\t7\n");
  auto lex = LoadQuasiLexicons(dir_.string());
  ASSERT_FALSE(lex.ok());
  EXPECT_EQ(lex.status().code(), Status::Code::kBadInput);
  EXPECT_NE(lex.status().message().find("dem_occupation.txt:2"), std::string::npos);
  EXPECT_EQ(lex.status().message().find("secretagent"), std::string::npos);
  Write("dem_occupation.txt", "driver\n\xFF\n");
  EXPECT_EQ(LoadQuasiLexicons(dir_.string()).status().code(), Status::Code::kBadInput);
  EXPECT_EQ(LoadQuasiLexicons((dir_ / "missing").string()).status().code(), Status::Code::kNotFound);
}

TEST(ShippedLexiconsTest, LoadAndDetect) {
  auto d = CompileQuasiDetector(std::string(TEARLINE_SOURCE_DIR) + "/data/lexicons");
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_EQ(Scan(**d, "The applicant, a Pashtun, worked as a lorry driver."),
            "DEM/ETHNICITY[17,24) DEM/OCCUPATION[38,50)");
  EXPECT_EQ(Scan(**d, "He is a Sikh and a Tajik."), "DEM/RELIGION[8,12) DEM/ETHNICITY[19,24)");
  EXPECT_EQ(Scan(**d, "She has suffered from epilepsy since 1990."), "DEM/HEALTH[22,30)");
  EXPECT_EQ(Scan(**d, "represented by Mr K, a lawyer practising in Oslo"), "");
  // Armed groups (org_groups.txt): ORG, subkind GROUP; an entry written with
  // a capital matches only a capitalised word; "IRA" is an organisation but
  // not a listed group ("Ira" is also a given name).
  EXPECT_EQ(Scan(**d, "JNIM and Boko Haram struck; the Jaish-e-Mohammed cell"),
            "ORG/GROUP[0,4) ORG/GROUP[9,19) ORG/GROUP[32,48)");
  EXPECT_EQ(Scan(**d, "the boko haram"), "");
  EXPECT_EQ(Scan(**d, "an IRA unit"), "ORG/LISTED[3,6)");
  EXPECT_EQ(Scan(**d, "Mercy Corps and OCHA"), "ORG/LISTED[0,11) ORG/LISTED[16,20)");
}

// Each row: the text from its '(', then the length read (0: no age), and
// whether a unit or nothing but digits was written.
TEST(ReadAgeInParenthesesTest, FormsOfAnAge) {
  struct Row {
    std::string_view text;
    size_t length;
    bool unit, bare;
  };
  const Row rows[] = {
      {"(41) and", 4, false, true},       {"(9)", 3, false, true},
      {"(6 ans),", 7, true, false},       {"(29 a\xC3\xB1os)", 10, true, false},
      {"(34 yrs)", 8, true, false},       {"(12 y/o)", 8, true, false},
      {"(12yo)", 6, true, false},         {"(8 months)", 10, true, false},
      {"(3mo)", 5, true, false},          {"(8 meses)", 9, true, false},
      {"(1 an)", 6, true, false},         {"(approx 10)", 11, false, false},
      {"(~12)", 5, false, false},         {"(c. 40)", 7, false, false},
      {"(M, 34)", 7, false, false},       {"(F/29)", 6, false, false},
      {"(34, M)", 7, false, false},       {"(F, 8 mo)", 9, true, false},
      {"(29 ans, F)", 11, true, false},   {"(34 M)", 6, false, false},
      // Not ages: three digits, a leading zero, words, an open end.
      {"(123)", 0, false, false},         {"(05)", 0, false, false},
      {"(34 houses)", 0, false, false},   {"(Mike)", 0, false, false},
      {"(12", 0, false, false},           {"(12 yrsx)", 0, false, false},
      {"()", 0, false, false},            {"(M)", 0, false, false},
      {"x(9)", 0, false, false},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(row.text);
    const AgeInParentheses age = ReadAgeInParentheses(row.text, 0);
    EXPECT_EQ(age.end, row.length);
    if (row.length == 0) continue;
    EXPECT_EQ(age.unit, row.unit);
    EXPECT_EQ(age.bare, row.bare);
  }
  EXPECT_EQ(ReadAgeInParentheses("Amina (7)", 6).end, 9u);
  EXPECT_EQ(ReadAgeInParentheses("(7)", 3).end, 0u);  // out of the text
}

}  // namespace
}  // namespace tearline
