#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "tearline/detect.h"
#include "tearline/patterns.h"

namespace tearline {
namespace {

const Detector& TheDetector() {
  static const Detector* d = [] {
    auto r = CompilePatternDetector();
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? std::move(r).value().release() : nullptr;
  }();
  return *d;
}

std::vector<Finding> ScanAll(std::string_view text, DetectorScratch& scratch) {
  VectorSink sink;
  Status st = TheDetector().Scan(text, scratch, sink);
  EXPECT_TRUE(st.ok()) << st.ToString();
  return sink.findings;
}

// Findings at or above `threshold`, in the compact form.
std::string Detect(std::string_view text, float threshold = 0.5f) {
  auto scratch = TheDetector().NewScratch();
  std::vector<Finding> kept;
  for (const Finding& f : ScanAll(text, *scratch)) {
    if (f.confidence >= threshold) kept.push_back(f);
  }
  return FindingsToString(kept);
}

struct Case {
  const char* text;
  const char* want;
};

void RunTable(const std::vector<Case>& cases) {
  for (const Case& c : cases) EXPECT_EQ(Detect(c.text), c.want) << "input: " << c.text;
}

TEST(PatternDetector, EmailUrlIp) {
  RunTable({
      {"mail jo.doe+x@example-mail.org today", "[EMAIL 5,30)"},
      {"a@b.c is too short", ""},
      {"see https://example.org/a/b?q=1.", "[URL 4,31)"},
      {"(http://example.org)", "[URL 1,19)"},
      {"FTP://files.example.net/x", "[URL 0,25)"},
      {"visit www.example.com/path, then", "[URL 6,26)"},
      {"host 192.168.10.254 up", "[IP 5,19)"},
      {"host 192.168.10.256 up", ""},
      {"version 1.2.3.4.5", ""},
      {"v6 2001:db8::ff00:42:8329 ok", "[IP 3,25)"},
      {"v6 2001:0db8:0000:0000:0000:ff00:0042:8329", "[IP 3,42)"},
      {"loopback ::1 and fe80::1ff:fe23:4567:890a", "[IP 17,41)"},  // "::1": 0.4
      {"at 10:15:00 sharp", ""},
      {"bad 1::2::3 here", ""},
  });
}

TEST(PatternDetector, Phone) {
  RunTable({
      // A number read out in words, seven words or more; a Pakistani mobile
      // with a space before the last three digits.
      {"Write it: zero nine nine, three one two, four four eight seven. one two three four five six",
       "[PHONE/SPELLED 10,62)"},
      {"plus two zero, one zero, five five five; mobile 0306-2251 744.",
       "[PHONE/SPELLED 5,39) [PHONE/NATIONAL 48,61)"},
      // Landlines of the former Soviet Union: area code, then pairs.
      {"tel (0552) 42-17-09; 8 (02340) 2-41-18", "[PHONE/NATIONAL 4,19) [PHONE/NATIONAL 21,38)"},
      // A trunk digit and a code in parentheses; Colombia's mobiles.
      {"tel 8 (343) 371-20-66; 0 (985) 40 19 77; Cel. 312 - 447 80 91, 3504419027",
       "[PHONE/NATIONAL 4,21) [PHONE/NATIONAL 23,39) [PHONE/NATIONAL 46,61) [PHONE/NATIONAL 63,73)"},
      {"born 3504419027123; 2 (343) 371-20-66 is no phone", "[ID 5,18)"},  // thirteen digits: an ID
      // Phones after a word of kin; Yemen's, Lebanon's and Malaysia's
      // mobiles; not spaced groups without a word of kin.
      {"brother 711 256 093; father 770-512-338; M: 03-207 594; 76/530 118; 016-338 2190",
       "[PHONE/NATIONAL 8,19) [PHONE/NATIONAL 28,39) [PHONE/NATIONAL 44,54) [PHONE/NATIONAL 56,66) [PHONE/NATIONAL 68,80)"},
      {"order 770 512 338 units; son 12 years", ""},
      // An area code in parentheses after a word for a phone; pairs after any
      // area code; Balkan mobiles; Bosnia's and Serbia's plates.
      {"K47-E-219; SU 045-KL; landline (61) 224-17-03; fijo (24) 46 2218; 061/554-208",
       "[ID/VEHICLE 0,9) [ID/VEHICLE 11,20) [PHONE/NATIONAL 31,45) [PHONE/NATIONAL 52,64) [PHONE/NATIONAL 66,77)"},
      // Brazil's mobiles without parentheses; a text message's word.
      {"llamarla: 95 98407-6631. msj de texto del 962 118 405", "[PHONE/NATIONAL 10,23) [PHONE/NATIONAL 42,53)"},
      // Mozambique's and Bangladesh's mobiles.
      {"cel. 845519073 or 86 300 7718; Majhi 01711-906 213",
       "[PHONE/NATIONAL 5,14) [PHONE/NATIONAL 18,29) [PHONE/NATIONAL 37,50)"},

      {"call +93 70 123 4567 now", "[PHONE/E164 5,20)"},
      {"+44 20 7946 0958", "[PHONE/E164 0,16)"},
      {"+1 202 555 0143", "[PHONE/E164 0,15)"},
      {"+49 30 123456", "[PHONE/E164 0,13)"},
      {"+1 (202) 555-0143", "[PHONE/E164 0,17)"},
      {"+44 (0)20 7946 0958", "[PHONE/E164 0,19)"},
      {"+93.70.123.4567", "[PHONE/E164 0,15)"},
      {"+91 98765 43210", "[PHONE/E164 0,15)"},
      {"0799 123 456", "[PHONE/NATIONAL 0,12)"},
      {"070 123 4567", "[PHONE/NATIONAL 0,12)"},
      {"0300 1234567", "[PHONE/NATIONAL 0,12)"},
      {"0300-1234567", "[PHONE/NATIONAL 0,12)"},
      {"0912 345 6789", "[PHONE/NATIONAL 0,13)"},
      {"98765 43210", "[PHONE/NATIONAL 0,11)"},
      {"Nesha on\n9811302775. Mother; - 9845221730 Hari; 8765432109 units", "[PHONE/NATIONAL 9,19) [PHONE/NATIONAL 31,41)"},
      {"(202) 555-0143", "[PHONE/NATIONAL 0,14)"},
      {"202-555-0143", "[PHONE/NATIONAL 0,12)"},
      {"020 7946 0958", "[PHONE/NATIONAL 0,13)"},
      {"07700 900123", "[PHONE/NATIONAL 0,12)"},
      {"030 123456", "[PHONE/NATIONAL 0,10)"},
      {"0151 23456789", "[PHONE/NATIONAL 0,13)"},
      {"(030) 123456", "[PHONE/NATIONAL 0,12)"},
      // In a CSV row, between an age and an age or a place; not after a
      // thousands group, nor before one.
      {"1,Ali,M,44,0803 555 0199,Baga", "[PHONE/NATIONAL 11,24)"},
      {"1,Ali,M,0803 555 0199,51", "[PHONE/NATIONAL 8,21)"},
      {"total 1,080 555 0199 people", ""},
      {"0803 555 0199,512 more", ""},
      // Eight digits in pairs, after a word for a phone or a call only.
      {"called back from 66 98 76 54, says", "[PHONE/NATIONAL 17,28)"},
      // "00" before a country code; ten digits spaced 3-3-4; Spanish words
      // for a number and a contact.
      {"t\xC3\xA9l. 00223 65 88 12 07", "[PHONE/E164 6,23)"},
      {"ring 0044 20 7946 0958 today", "[PHONE/E164 5,22)"},
      {"in 2001 0023 people; score 0091 12", ""},
      {"desde el n\xC3\xBAmero 315 098 2217 desde", "[PHONE/NATIONAL 17,29)"},
      {"Contacto: hermana Gloria, 607 571 3390.", "[PHONE/NATIONAL 26,38)"},
      {"budget 120 450 3300 total", ""},  // no area code opens with 1
      // Lebanon's area code and slash; eight digits in a run after a word for
      // a phone or a call, not a date written year first.
      {"Lender (Samir, phone 03/664-209) who", "[PHONE/NATIONAL 21,31)"},
      {"re\xC3\xA7u trois appels anonymes sur le 37124480.", "[PHONE/NATIONAL 35,43)"},
      {"Phone: +227 96 44 18 20 / also 96441820 (WhatsApp)", "[PHONE/E164 7,23) [PHONE/NATIONAL 31,39)"},
      {"call log 20240311 and 96441820", "[PHONE/NATIONAL 22,30)"},
      {"the 96441820 households", ""},
      {"WhatsApp: 90 12 34 56", "[PHONE/NATIONAL 10,21)"},
      // Within 48 bytes of the word: the second number of a line of
      // contacts; not further.
      {"Contacts : Ouoba 70 12 34 56 ; Yameogo 76 54 32 10.", "[PHONE/NATIONAL 17,28) [PHONE/NATIONAL 39,50)"},
      {"T\xC3\xA9l. 70 12 34 56", "[PHONE/NATIONAL 6,17)"},
      {"phone list lost in the flood; the rounds were then scored 66 98 76 54", ""},
      {"scores 66 98 76 54 in four rounds", ""},
      {"logistics ......... 66 98 76 54\n", "[PHONE/NATIONAL 20,31)"},
      {"driver .... 3712 3456 (Kabul)", "[PHONE/NATIONAL 12,21)"},
      {"ops \xE2\x80\xA6 12 34 56 78", "[PHONE/NATIONAL 8,19)"},
      {"Chapter 3 ........ 45\nAnnex ........ 12 34", ""},        // page numbers
      {"results.... 12 34 56 were recorded", ""},               // six digits
      {"see page .... 2024-03-11 0630 for the log", "[DATE/ISO 14,24)"},  // a date and time
      // After such a word, the whole of a longer number in groups, not its
      // first eight digits; never periods mixed with spaces.
      {"call 66 98 76 54 32", "[PHONE/NATIONAL 5,19)"},
      {"call 66 98.76 54", ""},
      {"call 06 98 76 54", "[PHONE/NATIONAL 5,16)"},
      // Ten digits in pairs after a trunk 0, and the Swiss and Belgian
      // groupings, without a word before them; one separator throughout.
      {"06 61 23 45 67", "[PHONE/NATIONAL 0,14)"},
      {"| 1 | Kouassi | 07.08.44.12.90 | abri |", "[PHONE/NATIONAL 16,30)"},
      {"079 123 45 67; 0470 12 34 56; 02 123 45 67", "[PHONE/NATIONAL 0,13) [PHONE/NATIONAL 15,28) [PHONE/NATIONAL 30,42)"},
      {"06 61.23 45 67", ""},
      {"01 02 03 04", ""},
      {"06 61 23 45 67 89", ""},
      // Groupings without a trunk 0 after a word for a phone (Senegal,
      // Cameroon, Tunisia, Lebanon, Russia, Guatemala, Haiti, the
      // Netherlands, Brazil); not two years.
      {"Contact: 77 123 45 67 (Dakar)", "[PHONE/NATIONAL 9,21)"},
      {"tel 6 77 12 34 56; tel 98 123 456; tel 03 123 456", "[PHONE/NATIONAL 4,17) [PHONE/NATIONAL 23,33) [PHONE/NATIONAL 39,49)"},
      {"Tel: 8 912 345-67-89", "[PHONE/NATIONAL 5,20)"},
      {"tel 4412-3456 or 3712 3456 or 06-12345678", "[PHONE/NATIONAL 4,13) [PHONE/NATIONAL 17,26) [PHONE/NATIONAL 30,41)"},
      {"cel (11) 98765-4321; (21) 3456-7890", "[PHONE/NATIONAL 4,19) [PHONE/NATIONAL 21,35)"},
      {"Tel: 2019 2020; number 2019-2020", ""},
      {"mother phone 09 7962 10543\n[2024-03-11 08:44:55] Ko", "[PHONE/NATIONAL 13,26) [DATE/ISO 28,47)"},
      {"call back\n[2025-07-18 06:21] Ma; phone 11-03-2024 0630", "[DATE/ISO 11,27) [DATE/NUMERIC 39,49)"},
      {"the office 77 123 45 67", ""},
      // Myanmar's mobiles after a trunk 0 and a digit, with no word beside
      // them; Spanish, Nepali and satellite calls; a group of one digit.
      {"Ko Zaw (09 402 617 338, NRC); nephew, 09 4501 77312, a number", "[PHONE/NATIONAL 8,22) [PHONE/NATIONAL 38,51)"},
      {"09 402 617; 09 402 617 338 449", ""},
      {"cel. 966 402 118; Llamar al 310 618 2203", "[PHONE/NATIONAL 5,16) [PHONE/NATIONAL 28,40)"},
      {"phone 061 7 908 334; Thuraya 8821 6 5510 3372", "[PHONE/NATIONAL 6,19) [PHONE/NATIONAL 29,45)"},
      {"agent rang her: 9807114562-Hari dai", "[PHONE/NATIONAL 16,26)"},
      {"una llamada an\xC3\xB3nima del 921 774 063", "[PHONE/NATIONAL 25,36)"},
      // Near misses: years, dates, money, case numbers, mixed separators.
      {"in 2019 there were 300 people", ""},
      {"on 03-04-2021 and 2021-03-04", "[DATE/NUMERIC 3,13) [DATE/ISO 18,28)"},
      {"cost $1,250,000.00", ""},
      {"case no. 44/2019", "[ID/CASE_NUMBER 9,16)"},
      {"0300-123 4567", ""},
      {"202-555.0143", ""},
      {"+5 points", ""},
      {"10 200 300 people", ""},
  });
}

TEST(PatternDetector, PhoneContextConfidence) {
  auto scratch = TheDetector().NewScratch();
  auto conf = [&](std::string_view text) {
    float best = -1;
    for (const Finding& f : ScanAll(text, *scratch)) {
      if (f.kind == Kind::kPhone) best = std::max(best, f.confidence);
    }
    return best;
  };
  EXPECT_NEAR(conf("0799 123 456"), 0.6f, 0.01f);
  EXPECT_GE(conf("mobile: 0799 123 456"), 0.85f);
  EXPECT_GE(conf("WhatsApp 0799 123 456"), 0.85f);
  EXPECT_GE(conf("+93 70 123 4567"), 0.9f);
  EXPECT_NEAR(conf("microphone 0799 123 456"), 0.6f, 0.01f);  // "phone" inside a word
  // Ten or eleven digits in one run after a trunk 0: a mobile as surely as
  // one with separators; nine or twelve digits, or "00", less surely.
  EXPECT_NEAR(conf("the Syrian one 0944318225 is dead"), 0.6f, 0.01f);
  EXPECT_NEAR(conf("| 07031952286 |"), 0.6f, 0.01f);
  EXPECT_NEAR(conf("ref 079912345 seen"), 0.45f, 0.01f);
  EXPECT_NEAR(conf("ref 012345678901 seen"), 0.45f, 0.01f);
  // A phone after Arabizi's word for a number ("ra2am").
  EXPECT_GE(conf("ra2am ekhte fatima iza ma radde 03 557120"), 0.85f);
}

TEST(PatternDetector, Ids) {
  RunTable({
      {"card 4111 1111 1111 1111 used", "[ID/CARD 5,24)"},
      {"4111-1111-1111-1111", "[ID/CARD 0,19)"},
      {"4111111111111111", "[ID/CARD 0,16)"},
      {"4111 1111 1111 1112", ""},  // fails Luhn
      {"IBAN DE89 3704 0044 0532 0130 00.", "[ID/IBAN 5,32)"},
      {"GB82WEST12345698765432", "[ID/IBAN 0,22)"},
      {"DE88 3704 0044 0532 0130 00", ""},  // wrong check digits
      {"passport no. P1234567 issued", "[ID/PASSPORT 13,21)"},
      {"passport number: 12345678", "[ID/PASSPORT 17,25)"},
      {"his code P1234567", "[ID 9,17)"},
      {"P1234567 alone", ""},
      {"tazkira no. 1400-0101-12345", "[ID/NATIONAL_ID 12,27)"},
      {"e-tazkira 123456789", "[ID/NATIONAL_ID 10,19)"},
      {"ID card no. 7234561", "[ID/NATIONAL_ID 12,19)"},
      {"national ID 12345/678", "[ID/NATIONAL_ID 12,21)"},
      {"application no. 12345/06", "[ID/CASE_NUMBER 16,24)"},
      {"case 2021-KBL-0042 opened", "[ID/CASE_NUMBER 5,18)"},
      {"ref 2021-KBL-0042", "[ID 4,17)"},
      {"plate KBL-4471-X seen", "[ID/VEHICLE 6,16)"},
      {"reg. no. 4471 KBL", "[ID/VEHICLE 9,17)"},
      {"serial 88123456789", "[ID 7,18)"},
      {"KBL-4471-X seen", ""},
      {"COVID-19 cases", ""},
      {"12/34 alone", ""},
      // A generic code covered by a stronger finding of another kind is dropped.
      {"phone no. 0300 1234567", "[PHONE/NATIONAL 10,22)"},
      // Digit groups after a word for a code, a card or a file; a code's
      // letters before it.
      {"FCN 1 4821 0093, block E-7", "[ID 4,15)"},
      {"case no. 841-00123456; proGres ID 841-23C01234", "[ID/CASE_NUMBER 9,21) [ID/CASE_NUMBER 34,46)"},
      {"Ration card 00417752, MOHA number 22/441", "[ID 12,20) [ID 34,40)"},
      {"Registration no: KEN-DAD-0034412", "[ID/CASE_NUMBER 17,32)"},
      {"number 2019-2020; file 2019/20; card 12 500 people; ID 12/03/2024", "[DATE/NUMERIC 55,65)"},
      {"#01 | Mon 09/09 06:30 | Nkwen; Meeting no. 14/2024", ""},
      {"in 1 4821 0093 cases", ""},
      {"Sudanese,SD-NID 11873920455,Kufra; NIN 38810274516", "[ID 16,27) [ID/NATIONAL_ID 39,50)"},
      {"Teodora \xE2\x80\x94 DNI 45120983; Exp. 0307-014", "[ID 16,24) [ID 31,39)"},
      // A number plate after a word for one; not a count of households.
      {"a Land Cruiser, plate KBL 4471, and plates KDA 123X", "[ID/VEHICLE 22,30) [ID/VEHICLE 43,51)"},
      {"Matr\xC3\xAD" "cula 1234 ABC; license plate ABC-1234", "[ID/VEHICLE 11,19) [ID/VEHICLE 35,43)"},
      {"registration of 340 HH and 1200 IDPs", ""},
      {"~28 yrs, motorbike KMFD 471Q, works", "[ID/VEHICLE 19,28)"},
      {"- NIC (old format): 665871234V.", "[ID/NATIONAL_ID 20,30)"},
      {"seen 665871234 V", ""},
      {"the car had 2 doors; truck 40 tonnes", ""},
      // Identity cards in groups of thousands after their labels; Venezuela's
      // cédula; Myanmar's NRC; codes after "n°", "CNI", "case", "caso".
      {"colombiano, C.C. 1.090.512.774), y", "[ID/NATIONAL_ID 17,30)"},
      {"c\xC3\xA9" "dula 60.334.918; PPT n.\xC2\xB0 5.218.447", "[ID/NATIONAL_ID 8,18) [ID/NATIONAL_ID 29,38)"},
      {"a population of 1.090.512 people", ""},
      {"venezolana V-19.883.201, de 34", "[ID/NATIONAL_ID 11,23)"},
      {"wife (NRC 7/PaTaNa(N)118204) is", "[ID/NATIONAL_ID 10,27)"},
      {"CNI n\xC2\xB0 082-MOP-2219047, t\xC3\xA9l", "[ID 8,23) [ID/NATIONAL_ID 16,23)"},
      {"CASE 4 \xE2\x80\x94 LAP-BGD-2026-004", "[ID/CASE_NUMBER 11,27)"},
      {"C\xC3\xB3" "digo de caso: PROT-CUC-2026-0087", "[ID/CASE_NUMBER 17,35)"},
      {"in case of rain, 14 stay", ""},
      // Bank accounts and registers after their words; Chile's RUT, Ukraine's
      // register number, Mexico's CURP and voter key; an IBAN with a wrong
      // check digit after its word only.
      {"Bank of Khartoum account 1043 2287 6651 in", "[ID 25,39)"},
      {"BVN 22318844076 captured; Fayda FIN 5382 1146 0973.", "[ID 4,15) [ID 36,50)"},
      {"RUT 18.447.902-5, now", "[ID/NATIONAL_ID 4,16)"},
      {"entry record 19790312-01843", "[ID/NATIONAL_ID 13,27)"},
      {"CURP RAOJ991107HTSMCS04.", "[ID/NATIONAL_ID 5,23)"},
      {"clave de elector VLSLGL61031228H600", "[ID/NATIONAL_ID 17,35)"},
      {"IBAN UA21 3052 9900 0002 6203 1012 3456 7 provided", "[ID/IBAN 5,41)"},
      {"seen UA21 3052 9900 0002 6203 1012 3456 7 provided", ""},  // no IBAN before
      {"issued in Melitopol, series 39 22 \xE2\x84\x96 574183, obtained", "[ID 38,44)"},
      // More identity cards after their labels: Colombia's "CC", Burkina
      // Faso's CNIB, Mozambique's BI with its letter, Ukraine's RNOKPP,
      // Guatemala's DPI, the Philippines' PhilSys number, Haiti's CIN of six
      // groups (a date inside), a proGres number in a YAML value.
      {"lideresa CRIC, CC 1.061.734.209. Ella", "[ID/NATIONAL_ID 18,31)"},
      {"CNIB B 9902116; BI n.\xC2\xBA 110105432187B.", "[ID/NATIONAL_ID 7,14) [ID/NATIONAL_ID 24,37)"},
      {"RNOKPP 2871904415;", "[ID/NATIONAL_ID 7,17)"},
      {"de Carch\xC3\xA1, DPI 2587 41963 1609. Hijos", "[ID 16,31) [ID/NATIONAL_ID 21,26)"},
      {"PSN 4129-8830-5716-2094 (from the card)", "[ID/NATIONAL_ID 4,23)"},
      {"(52 ans), CIN 01-05-99-1972-04-00213,", "[ID/NATIONAL_ID 14,36)"},
      {"    unhcr_no: \"LBY-22C09931\"", "[ID/CASE_NUMBER 15,27)"},
      {"wristband PoC-G-44812.", "[ID 14,21)"},
      // Plates: after a model's name ("Land Cruiser", "Hilux") or the
      // Creole "plak"; letters-digits-letters and Kenya's shape anywhere.
      {"Land Cruiser KDG 118 XY to Konduga; plak AA-74213 ;", "[ID/VEHICLE 13,23) [ID/VEHICLE 41,49)"},
      {"placas de Guatemala P 847DKC. Yeni", "[ID/VEHICLE 20,28)"},
      {"(ALB 331 CD) avariou; in KDJ 418T, eta", "[ID/VEHICLE 1,11) [ID/VEHICLE 25,33)"},
      {"ABC 12 XY; KD 418T; the Hilux was blue", ""},
      {"plaque 8K 3321 RN; plate SGG 5B-4417; plate 4317 KM-7; plate 2BC-7731",
       "[ID/VEHICLE 7,17) [ID/VEHICLE 25,36) [ID/VEHICLE 44,53) [ID/VEHICLE 61,69)"},
      {"the 4317 KM were driven; 2BC trucks", ""},
      {"Which L200, the grey one? AP 4471 KX? Not AP 44 KX", "[ID/VEHICLE 26,36)"},
      // Digits typed one by one after a word for a code; not a row of
      // single digits elsewhere, nor six of them.
      {"Palestinian ID:  4 0 7 7 1 9 3 2 6; MRN: EAG-23-118406", "[ID 17,34) [ID/CASE_NUMBER 41,54)"},
      {"scores 4 0 7 7 1 9 3 2 6; ID 1 2 3 4 5 6", ""},
      // Digits, capitals and digits after a word for a code; not without one,
      // nor short.
      {"residence card no. 24RE01877; FIN code 6HK2M9T; code 3G4", "[ID 19,28) [ID/NATIONAL_ID 39,46)"},
      // An office's letters and a year after a word for an ID or a case;
      // El Salvador's DUI; Azerbaijan's FIN; "RC" before a long number; a
      // folio; a CSV cell's comma after an ID (not a decimal comma).
      {"CNI 0721/S\xC3\x89V/2011; PV n\xC2\xB0 044/BTS/2024; DUI 02274519-6; FIN: 6ZR4KLP; RC 30200471",
       "[ID/CASE_NUMBER 4,18) [ID/CASE_NUMBER 27,39) [ID/NATIONAL_ID 45,55) [ID/NATIONAL_ID 62,69) [ID/NATIONAL_ID 74,82)"},
      {"RNP folio 1203-2023-004561; x,PPT 5837261,23,+57", "[ID 10,26) [ID/NATIONAL_ID 34,41)"},
      {"report 044/BTS/2024 of May; total 5837261,23 EUR; PPT 5837261,234", ""},
      // Longer numbers and dashed groups after an ID's label; Haiti's CIN and
      // Iran's national code by their shape; passports after Italian and
      // Persian words; not a date after a label.
      {"NIK 9103011609960005; CI 97120433685; Bilhete de Identidade 01-2016-088217; CUI: 05ZX8PL; ARC 1284419; 229-501736-4",
       "[ID/NATIONAL_ID 4,20) [ID/NATIONAL_ID 25,36) [ID/NATIONAL_ID 60,74) [ID/NATIONAL_ID 81,88) [ID/NATIONAL_ID 94,101) "
       "[ID/NATIONAL_ID 103,115)"},
      {"1-05-99-88-07-00341; gozarnameh X45187263; Passaporto: BP0614583; BI issued 12-03-2024",
       "[ID/NATIONAL_ID 0,19) [ID/PASSPORT 32,41) [ID/PASSPORT 55,64) [DATE/NUMERIC 76,86)"},
      // Ecuador's cedula by its shape; an M-Pesa transaction; Burundi's CNI
      // after its label, and a number after "attestation" near it.
      {"N\xC2\xB0 095021844-7; ced. 040155730-2; SDR7K2LQ9P Confirmed. CNI : 421.0087/33; attestation 0298716)",
       "[ID/NATIONAL_ID 4,15) [ID/NATIONAL_ID 22,33) [ID/ACCOUNT 35,55) [ID/NATIONAL_ID 63,74) [ID/NATIONAL_ID 88,95)"},
      // A mobile-money code after a word for a transfer; a block and villa.
      {"code ya mpesa SJ5TK82HBD; Mz. 14 Villa 7; the SJ5TK82HBD", "[ID/ACCOUNT 14,24) [ADDRESS 26,40)"},
      // Twelve to eighteen digits in any context; not a time stamp, nor a
      // run of one digit.
      {"list | 31504870123451 | 200436701245 |; 202403111530; 111111111111", "[ID 7,21) [ID 24,36)"},
      {"flight 24RE01877 left; the 6HK2M9T model", ""},
      // Thailand's, the Philippines', Nicaragua's and Burundi's numbers by
      // their shape; Myanmar's plates; spaced numbers after an ID word.
      {"pink card 0-0063-41772-09-1; PhilHealth 12-050436781-2; Nicaragua 281-150394-0003P; CNI 0423/05.118.776",
       "[ID/NATIONAL_ID 10,27) [ID/NATIONAL_ID 40,54) [ID/NATIONAL_ID 66,82) [ID/NATIONAL_ID 88,103)"},
      {"plate KYH 2D/5518 seen; not KYH 2D/55188 nor 2D/5518", "[ID/VEHICLE 6,17)"},
      // A vehicle identification number; Congolese and Mexican federal
      // plates; a US alien number; groups of four after "carte"; a file's
      // office, year and serial; a passport in groups of three.
      {"plate        Ba 2 Cha 5471   leg; bus park - Lu 1 Ja 2417 (?); Ba 2 is; Ja 12 Pa", "[ID/VEHICLE 13,26) [ID/VEHICLE 45,57)"},
      {"chassis LBPKE1306M0019472. parking avec 4471AF05; placas 837-RX-4; (A# 219 554 870)",
       "[ID/VEHICLE 8,25) [ID/VEHICLE 40,48) [ID/VEHICLE 57,65) [ID/NATIONAL_ID 68,82)"},
      {"carte d\xC3\xA9" "clar\xC3\xA9" "e : 1034 6615 3381 1; TAP-24-0051937; pasaporte 154 728 361",
       "[ID 19,35) [ID/CASE_NUMBER 37,51) [ID/PASSPORT 63,74)"},
      {"ABCDEFGHJKLMNPRST; 2024 AD 1200; COVID-19 and 1034 6615 3381 1; A 219 554 870", ""},
      // A passport of two letters, a space and six or seven digits after its
      // word (Romanian "pașaport" too).
      {"pa\xC8\x99" "aport biometric UA FV 381726 (exp. 2029); passport AB 7721406", "[ID/PASSPORT 23,32) [ID/PASSPORT 55,65)"},
      {"CNI: 100 542 117 and KTP 9117 0215 0707 0003", "[ID/NATIONAL_ID 5,16) [ID/NATIONAL_ID 25,44)"},
      {"the district counted 100 542 117 people in 2024", ""},
      {"FRC 7-0034-5519-2; I-KhH 603127; NIE Y8841207Q; sijil 87; ID: 853 771 402; AD 1311/24",
       "[ID/NATIONAL_ID 4,17) [ID/NATIONAL_ID 19,31) [ID/NATIONAL_ID 37,46) [ID/NATIONAL_ID 48,56) "
       "[ID/NATIONAL_ID 62,73) [ID/CASE_NUMBER 75,85)"},
      {"placa SAE1C23; BLK 5-30812; in AD 2024; ID 98; grid 100 542 117", "[ID/VEHICLE 6,13) [ID/VEHICLE 15,26)"},
      {"OB 117/03/24; SD 19/05/01/2024; 311/SERNIC-CD/24; NINA 20204206811219L; 358-00177209; YKN: 99834128318",
       "[ID/CASE_NUMBER 0,12) [ID/CASE_NUMBER 14,30) [ID/CASE_NUMBER 32,48) [ID/NATIONAL_ID 55,70) "
       "[ID/CASE_NUMBER 72,84) [ID/NATIONAL_ID 91,102)"},
      {"46 ADR 512; 31 KN 5517; at 12 AM 2024; 10 MW 300; 21 AUG 0600",
       "[ID/VEHICLE 0,10) [ID/VEHICLE 12,22) [DATE/TEXT 50,56)"},
      {"IDNP 2001002347715; certificate 51-01-72-04417; CID no 10905001173; UCI 1108-4473-21; num\xC3\xA9ro X95411728",
       "[ID/NATIONAL_ID 5,18) [ID/NATIONAL_ID 32,46) [ID 55,66) [ID 72,84)"},
      // Iraq's CID is a police directorate, "numéro" a phone's word: neither
      // makes a date or a row's code an ID.
      {"the nat sec guy took his CID\n[21/10 13:40] Lina: ok; n\xC3\xBAmero desconocido\nQB-04 | Ana", ""},
      {"passport (Russian internal): 96 15 482217; card 52203-7741093-5; 180903-00471-6",
       "[ID/PASSPORT 29,41) [ID/NATIONAL_ID 48,63) [ID/CASE_NUMBER 65,79)"},
      {"HCP 219/2023; CP 388/2024; plates E 512 KT 06 and C 212 KM; not CP 12/20 nor A 123 BC9",
       "[ID/CASE_NUMBER 0,12) [ID/CASE_NUMBER 14,25) [ID/VEHICLE 34,45) [ID/VEHICLE 34,42) [ID/VEHICLE 50,58)"},
      // Brazil's CPF, a proGres number and Belarus's personal number in any
      // context; codes after "PEP", "NUBAN", "matricule", "PhilSys PCN".
      {"CPF 712.408.339-51; raqmha 275-23C04417; 3190582A047PB1.",
       "[ID/NATIONAL_ID 4,18) [ID/CASE_NUMBER 27,39) [ID/NATIONAL_ID 41,55)"},
      {"con PEP 876510492031987 emitido; NUBAN: 8143920557; matricule 09-3378",
       "[ID 8,23) [ID 40,50) [ID 62,69)"},
      {"PhilSys PCN 4518-2730-6694-1207; CLOA", "[ID/NATIONAL_ID 12,31)"},
      // Short labels only before long numbers: not a date after "Bi Aziza"
      // or "cc office informed?".
      {"wife, Bi Aziza.\n22/06 09:10 Cpl. Wekesa; cc office informed?\n\n[12/02 13:30]", ""},
      // Two or three groups of capitals and a number: a file reference in
      // any context; not a weapon, a UN symbol or a short number.
      {"- CM-MAL-0231: staff ID SSD/JUB/0417; GRV-JUB-2024-07, DHK-CM-22-0456",
       "[ID/CASE_NUMBER 2,13) [ID/CASE_NUMBER 24,36) [ID/CASE_NUMBER 38,53) [ID/CASE_NUMBER 55,69)"},
      {"BM-21 and AK-47 fire; S/RES/2231; UN-OCHA-12", ""},
      // Plates of Sri Lanka and Kyrgyzstan anywhere; after a Corolla.
      {"NP PD-4417; 09KG 554 ACE; white Toyota Corolla QAB-7732 stopped",
       "[ID/VEHICLE 0,10) [ID/VEHICLE 12,24) [ID/VEHICLE 47,55)"},
      // proGres numbers with a country's code; camp numbers with one letter in
      // the middle; an Indian boat's registration; Tunisia's CIN in groups;
      // a Lebanese plate of six digits; a soldier's service number.
      {"LEB-15C08842 and HOL-F-0041873; boat IND-TN-10-MM-0872; CIN : 14 502 339",
       "[ID/CASE_NUMBER 0,12) [ID/CASE_NUMBER 17,30) [ID/CASE_NUMBER 37,54) [ID/VEHICLE 41,54) "
       "[ID/NATIONAL_ID 62,72)"},
      {"Range Rover noir, plaque G 382615; (215 Corps, SN 11803342)", "[ID/VEHICLE 25,33) [ID 50,58)"},
      // A voter's card, a DRC plate, a Bangladeshi plate, a paper tazkira's
      // record; not a file's pages, a volume alone.
      {"Carte d'\xC3\xA9lecteur : 10702384519; moto immatricul\xC3\xA9" "e 4711AB19",
       "[ID/NATIONAL_ID 20,31) [ID/VEHICLE 52,60)"},
      {"Dhaka Metro-Cha 15-6628; paper, Jild 7 Safha 88; Juld 14, Safha 88, Sabt 3142; the file 12 pages; Jild 7",
       "[ID/VEHICLE 0,23) [ID/NATIONAL_ID 32,47) [ID/NATIONAL_ID 49,77)"},
      // A code that opens on a letter after a number's field in a CSV row.
      {"Bibi (mother),0345-8274411,COI-BL-3318/24,missing", "[PHONE/NATIONAL 14,26) [ID/CASE_NUMBER 27,41)"},
      {"| BHT-BD1-04417 | COI-BL-3318/24, TAP/2024/17335; S/2024/117, ICC-2024",
       "[ID/CASE_NUMBER 2,15) [ID/CASE_NUMBER 18,32) [ID/CASE_NUMBER 34,48)"},
      // Identity cards and passports by their Spanish, Indian, Kazakh and
      // Russian words; a Dominican cédula's shape; a case number "of" its
      // year after a word for a case; not a count of a year.
      {"carn\xC3\xA9 de identidad 89061412375; aadhaar 4821 7730 1952; IIN 930415300528",
       "[ID/NATIONAL_ID 20,31) [ID/NATIONAL_ID 41,55) [ID/NATIONAL_ID 61,73)"},
      {"c\xC3\xA9" "dula dominicana 023-0291473-6; zagran 75 3381042; FIR 27/2024",
       "[ID/NATIONAL_ID 19,32) [ID/PASSPORT 41,51) [ID/CASE_NUMBER 57,64)"},
      {"SSSP case no. 1940 of 2022; in the census, 1940 of 2022 were born", "[ID/CASE_NUMBER 14,26)"},
      {"Iranian national code 291-045118-7; NUIT do marido: 104882317; Cas AGZ-24-0215",
       "[ID/NATIONAL_ID 22,34) [ID 52,61) [ID 67,78)"},
      // Numbers a spreadsheet wrote in scientific notation; a chat export's
      // account; plates of India, Iraq and Central Asia; a birth act, a
      // police book by year, a register's page, a permit in spaced
      // thousands after its label; a label before a dot leader.
      {"card 1.98311E+11; tel 2,27965E+11; 6.02E+23; \"from_id\": \"user5820314477\"",
       "[ID/SPREADSHEET 5,16) [ID/SPREADSHEET 22,33) [ID/ACCOUNT 57,71)"},
      {"MZ-01-AP-7720; Erbil 22 / 518347; Nineveh 37741 B; Solaris 512 BKT 02; registration of 340 HH",
       "[ID/VEHICLE 0,13) [ID/VEHICLE 15,32) [ID/VEHICLE 34,49) [ID/VEHICLE 59,69)"},
      {"5 417 902 people; acte n\xC2\xB0" " 117/2015; OB 118/2024; sahifa 118; el PPT, es el 5 417 902",
       "[ID/CIVIL_REGISTRY 18,35) [ID/CASE_NUMBER 37,48) [ID/NATIONAL_ID 50,60) [ID/NATIONAL_ID 76,85)"},
      {"plate GG-417-OT; tricycle (plate 482 KJD); PSN 4417-2093-8856-1302; Adam, LMP/24/09944; Tigo 9734-1185",
       "[ID/VEHICLE 6,15) [ID/VEHICLE 33,40) [ID/NATIONAL_ID 47,66) [ID/CASE_NUMBER 74,86) [PHONE/NATIONAL 93,102)"},
      {"Passport (TJK):        401873265; raqam watani 119870334521",
       "[ID/PASSPORT 23,32) [ID/NATIONAL_ID 47,59)"},
      {"Passport (TJK): the one issued in Dushanbe, 401873265",
       ""},
      // Angola's and Mozambique's BI, proGres with a country's letters, an
      // NRC whose digits are split.
      {"BI 005123874LA043, BI 110500367214Q; case 181-CXB-00447219; NRC 5/YaMaPa(N)041 556",
       "[ID/NATIONAL_ID 3,17) [ID/NATIONAL_ID 22,35) [ID/CASE_NUMBER 42,58) [ID/NATIONAL_ID 64,82)"},
      {"UNC ............................. 199305120846",
       "[ID/NATIONAL_ID 34,46)"},
  });
}

TEST(PatternDetector, MinConfidenceOption) {
  auto strict = CompilePatternDetector(PatternOptions{.min_confidence = 0.5f});
  ASSERT_TRUE(strict.ok()) << strict.status().ToString();
  auto scratch = (*strict)->NewScratch();
  std::string text = "KBL-4471-X and 0799 123 456";  // a 0.25 code and a 0.6 phone
  VectorSink sink;
  ASSERT_TRUE((*strict)->Scan(text, *scratch, sink).ok());
  EXPECT_EQ(FindingsToString(sink.findings), "[PHONE/NATIONAL 15,27)");
  auto lenient_scratch = TheDetector().NewScratch();
  EXPECT_EQ(FindingsToString(ScanAll(text, *lenient_scratch)), "[ID 0,10) [PHONE/NATIONAL 15,27)");
}

// Street addresses: a street and a house number, a flat, a house or a
// plot, in the ways several countries write them; not a street named
// alone, a year before a road, a count.
TEST(PatternDetector, Addresses) {
  RunTable({
      {"at Sadova 14, flat 3, with", "[ADDRESS 3,20)"},
      {"lives at 12 rue des Jardins, apt 4", "[ADDRESS 9,27) [ADDRESS 29,34)"},
      {"Flat 3, 14 Sadova Street, Kharkiv", "[ADDRESS 0,6) [ADDRESS 8,24)"},
      {"221B Baker St. then", "[ADDRESS 0,14)"},
      {"office on Gazi Caddesi No. 71 near", "[ADDRESS 10,29)"},
      {"House No. 23, Street 7, Sector F-8/3", "[ADDRESS 0,12)"},
      {"Av. San Mart\xC3\xADn 1234, Yacuiba", "[ADDRESS 0,20)"},
      {"Calle 5 # 23-41, Bogot\xC3\xA1; Carrera 7 No. 12-45", "[ADDRESS 0,15) [ADDRESS 26,45)"},
      {"P.O. Box 4471, Nairobi; PO Box 12", "[ADDRESS 0,13) [ADDRESS 24,33)"},
      {"Hauptstra\xC3\x9F" "e 12, Berlin; vul. Sadova 14; Jalan Sudirman No. 5",
       "[ADDRESS 0,15) [ADDRESS 25,39) [ADDRESS 41,61)"},
      {"5, avenue de la Paix; 3 place Kl\xC3\xA9" "ber.", "[ADDRESS 0,20) [ADDRESS 22,37)"},
      {"District 8, Street 14, caravan C-221", "[ADDRESS 23,36)"},
      {"en Cra. 7 #12-45, barrio; Mz. B Lt. 5, AA.HH.; Jr. Puno 345, Lima", "[ADDRESS 3,16) [ADDRESS 26,37) [ADDRESS 47,59)"},
      {"Rua das Flores, 120, apto 302; Casa 12, Sector 3", "[ADDRESS 0,19) [ADDRESS 21,29) [ADDRESS 31,38)"},
      {"In 2019 Ring Road was closed", ""},
      // A camp's block and the unit in it, either way round; not a block
      // alone, a count of tents, a zone's houses.
      {"Block C, shelter no. 47 and sector 4, tent 211; Blk 4 Lot 19; room 6, block B.",
       "[ADDRESS 0,23) [ADDRESS 28,46) [ADDRESS 48,60) [ADDRESS 62,77)"},
      {"the block 4 was hit; 3 tents in Zone 5; houses 12 to 20", ""},
      {"Annex, Sector 2, Tent 2-117 | C-14, sub-block SB-4, shelter 117.", "[ADDRESS 7,27) [ADDRESS 36,63)"},
      {"growth stayed flat 2 percent; flat 3% and flat 4 years", ""},
      {"taken on the 100 Meter Road near Ankawa; the 60 Feet Road", ""},
      {"la avenida torrencial de 2017; the Street 40 kitchen", ""},
      {"Rue des Jardins was shelled; the flat was empty; Street children", ""},
      {"the family moved 3 times; calle principal; Calle 5", ""},
      {"phone 0799 123 456 Road", "[PHONE/NATIONAL 6,18)"},
      // A street's number, then a door's; a shelter, a room or a house with
      // a number of two digits or more; a floor after a street's number.
      {"Gao, rue 412, porte 37; rue 6.21, porte 114; 3e avenue n\xC2\xB0" "27, quartier",
       "[ADDRESS 5,22) [ADDRESS 24,43) [ADDRESS 45,60)"},
      {"street 14, house 27/3; kocha 7, house 33; 3a calle, casa 27; Rua 3, casa n.\xC2\xBA 112",
       "[ADDRESS 0,21) [ADDRESS 23,40) [ADDRESS 42,59) [ADDRESS 61,81)"},
      {"Rua Sete de Setembro, casa 1180; av. de la Paix n\xC2\xB0" "8; ruelle Saint-Ange #14.",
       "[ADDRESS 0,31) [ADDRESS 33,52) [ADDRESS 54,75)"},
      {"Acharnon 214, 3rd floor; Tsentralna 3 kv 5; House 112-B, tent 22, Room 312",
       "[ADDRESS 0,23) [ADDRESS 25,42) [ADDRESS 44,55) [ADDRESS 57,64) [ADDRESS 66,74)"},
      {"Kakuma 4 block 11 house 27", "[ADDRESS 9,26)"},
      {"lives Balti, str. Independentei 22, ap. 7; Baipail, Holding 71/3; holding 20 prisoners",
       "[ADDRESS 13,34) [ADDRESS 36,41) [ADDRESS 52,64)"},
      {"Zaatari caravan D8-B3-S5-C12; not D8-B3", "[ADDRESS 8,18) [ADDRESS 16,28)"},
      {"(with relatives) 9-B Street 14, Gulberg III; in 2019 Street 3; District 8 Street 2", "[ADDRESS 17,30)"},
      {"Manas St. 44 and Rustaveli St. 9; Tsereteli lane 4; Av 3 #12-45; rue 5.42,\nporte 118; Gg. Mawar No. 17",
       "[ADDRESS 0,12) [ADDRESS 17,32) [ADDRESS 34,50) [ADDRESS 52,63) [ADDRESS 65,84) [ADDRESS 86,102)"},
      // Not a year, a distance, a word cut where \b sees an ASCII letter end.
      {"Main Street 2024; Ring Road 5 km; \xC5\xBD" "irm\xC5\xAB" "n\xC5\xB3 g. 12-34; via Al-Thawra Street 1.", ""},
      {"B-2, Hut G-3/15; Hagounia, Hay 4, kha\xC3\xAFma n\xC2\xB0 62; H#7, Turbat; Mz. 14 Solar 9",
       "[ADDRESS 5,15) [ADDRESS 34,48) [ADDRESS 50,53) [ADDRESS 63,77)"},
      {"the shelter 40 km north; house 12 families; room 2019; tent 3; Street 40 was shut", ""},
      {"outside house 23-08 and 24-08; arrived at the safe house 1512, received", ""},
      {"Shelter 0127, with", "[ADDRESS 0,12)"},
      // A home placed by a landmark or known by its door's colour; not a
      // time after "after", nor a pronoun.
      {"third house after the pharmacy, Hayil st; house behind the Kaiap Lodge.",
       "[ADDRESS 0,30) [ADDRESS 42,70)"},
      {"3e maison apr\xC3\xA8" "s le moulin; maison en face du forage de la Croix-Rouge; casa de cani\xC3\xA7" "o ao lado do furo",
       "[ADDRESS 0,26) [ADDRESS 28,70) [ADDRESS 72,103)"},
      {"house with green door, gate painted yellow; porte bleue; port\xC3\xA3" "o azul",
       "[ADDRESS 0,21) [ADDRESS 23,42) [ADDRESS 44,55) [ADDRESS 57,69)"},
      {"left the house after the shelling; the house behind us; closed the door behind him; tent near her", ""},
      {"the homestead past the Ngwane Park shop; the compound with the tall mango tree; the room past midnight",
       "[ADDRESS 4,39) [ADDRESS 45,78)"},
      {"She sleeps in classroom 6B, salle 4B, bed 12; bed 3 days; classroom 2019",
       "[ADDRESS 14,26) [ADDRESS 28,36) [ADDRESS 38,44)"},
      {"Jl. Sungai Maruni Blok C No. 21, Kota Sorong; Jalan Merdeka No. 7", "[ADDRESS 0,31) [ADDRESS 46,65)"},
      {"Ba\xC4\x9Flar Mah. 1247. Sok. No: 9; No. 27 Gwange III, off Lagos Street; No 14 Ogbelaka street",
       "[ADDRESS 13,29) [ADDRESS 31,48) [ADDRESS 68,89)"},
      {"maison en banco derri\xC3\xA8re l'\xC3\xA9" "cole Est; concession \xC3\xA0 gauche du forage HCR",
       "[ADDRESS 0,38) [ADDRESS 40,74)"},
      {"tent near Atmeh; tents near the spring; appt 17/09; No. 3 in the list", ""},
      {"vul. Tykha, bud. 17; prov. Richnyi, bud. 6; ul. Mira d. 41", "[ADDRESS 0,19) [ADDRESS 21,42) [ADDRESS 44,58)"},
      {"container 7/31; abri n\xC2\xB0 47; stand 4417; plot 58; A1/S3/T114; D6/S14/B3/27; Blok 14, No: 22",
       "[ADDRESS 0,14) [ADDRESS 16,27) [ADDRESS 29,39) [ADDRESS 41,48) [ADDRESS 50,60) [ADDRESS 62,74) [ADDRESS 76,91)"},
      {"they stand 2 hours; the plot 3 days; stand 40 km", ""},
      // Iraq's quarter, alley and house either way round; a tented
      // settlement; a camp's sector-block-shelter code and row; a block and
      // house; a farm; homes described before their landmark; a door by its
      // material and colour; not a house where something happened, nor a
      // public house.
      {"Mahalla 202, Zuqaq 14, Dar 9; dar 22, zuqaq 14, mahalla 223; ITS 023-117; S2-B19-044; sec. B row 7 no. 12; Mz C casa 9",
       "[ADDRESS 0,28) [ADDRESS 30,59) [ADDRESS 61,72) [ADDRESS 74,84) [ADDRESS 86,105) [ADDRESS 107,118)"},
      {"vereda El Congo, finca La Esmeralda; la casa de dos pisos al lado de la escuela; \xC3\xBA" "ltima casa antes del estero",
       "[ADDRESS 17,35) [ADDRESS 40,79) [ADDRESS 81,110)"},
      {"case \xC3\xA0" " toit de t\xC3\xB4" "le bleue pr\xC3\xA8" "s du puits; porte en t\xC3\xB4" "le rouge; room above the tailoring shop; house with the white water tank",
       "[ADDRESS 0,42) [ADDRESS 44,64) [ADDRESS 66,95) [ADDRESS 97,128)"},
      {"Purok 2, Sitio Baybay, Brgy. Palanas; Section 5, Lot 31; Sect. 3 Lot 11; Aldeia Bahu, uma n. 12",
       "[ADDRESS 0,36) [ADDRESS 38,55) [ADDRESS 57,71) [ADDRESS 73,95)"},
      {"Gldani mkr 7 k 14 kv 102; 9-cu mkr., bina 17, m\xC9\x99" "nzil 48; \xC5\x9E" "\xC9\x99" "rifzad\xC9\x99" " k\xC3\xBC" "\xC3\xA7" ". 112, m\xC9\x99" "nzil 40",
       "[ADDRESS 7,24) [ADDRESS 31,56) [ADDRESS 71,93)"},
      {"twazy\xC3\xA8" "m kay apre boutik S\xC3\xA8" " Ana, p\xC3\xB2" "t v\xC3\xA8" "t; third yard after the almond tree; immeuble \xC3\xA0" " c\xC3\xB4" "t\xC3\xA9" " de la pharmacie Al-Shifa; maison \xC3\xA0" " barri\xC3\xA8" "re verte",
       "[ADDRESS 0,32) [ADDRESS 34,43) [ADDRESS 45,77) [ADDRESS 79,122) [ADDRESS 134,149)"},
      // Portuguese blocks, quarters and plots; "n.\xC2\xBA" after a street.
      {"Aldeia 7, Bloco B, talh\xC3\xA3" "o 13; Bairro Nropa, quarteir\xC3\xA3" "o 3, casa n.\xC2\xBA" " 41; Rua do Chafariz, n.\xC2\xBA" " 9",
       "[ADDRESS 10,29) [ADDRESS 45,72) [ADDRESS 74,97)"},
      {"la casa fue quemada cerca de la escuela; la casa comunal junto a la iglesia",
       ""},
      // Camp codes with slashes; Malaysian block-floor-unit; a Sudanese
      // square and house; Romanian blocks; a Thai lane; a Russian lane; a
      // block and lot in lower case; a tent's three numbers.
      {"C-11/C-04/0119; Ph8/B4/T031; unit C-3-08; C-7-13A, Pangsapuri Sri Kenari; murabba 9 beit 412",
       "[ADDRESS 0,14) [ADDRESS 16,27) [ADDRESS 29,40) [ADDRESS 42,61) [ADDRESS 74,92)"},
      {"bl. 4, sc. 1, et. 8, ap. 93; 88/3 Soi Sai Lom 2; pereulok Shkilnyi 4; mz B lote 19; tent 3-2-119",
       "[ADDRESS 0,27) [ADDRESS 29,47) [ADDRESS 49,68) [ADDRESS 70,82) [ADDRESS 84,96)"},
      // Homes by their colour, shutters, trees or what they face.
      {"casa salm\xC3\xB3n; la case aux volets jaunes; porte en tole verte; house w/ 2 neem trees; house in front of the school",
       "[ADDRESS 0,12) [ADDRESS 17,39) [ADDRESS 41,60) [ADDRESS 62,83) [ADDRESS 85,113)"},
      {"la casa a la par de la iglesia; la Casa Blanca; casa de cultura; S-1/R-2/2024", "[ADDRESS 3,30)"},
      // Haitian, Indonesian and Indian street and house words; named and
      // lower-case puroks; RT/RW; Iranian and Uzbek house numbers; Turkish
      // streets without the period; Nicaraguan directions.
      {"Impasse Labossi\xC3\xA8re no. 6; Ri Tirremasse #41; Lorong Melati No. 4; rumah No. 12; Qtr 3; Jhuggi no. 41; ISO box C-27",
       "[ADDRESS 0,25) [ADDRESS 27,44) [ADDRESS 46,65) [ADDRESS 67,79) [ADDRESS 81,86) [ADDRESS 88,101) [ADDRESS 103,115)"},
      {"Purok Malambuay, Brgy. Liang; purok 2; RT 02 / RW 04; RT.003/RW.011; Pelak 32, Vahed 11; 45-uy, 12-xonadon; 318 Sk. No 4",
       "[ADDRESS 0,28) [ADDRESS 30,37) [ADDRESS 39,52) [ADDRESS 54,67) [ADDRESS 69,87) [ADDRESS 89,106) [ADDRESS 108,120)"},
      // Camps' zones, blocks and plots; Nyarugusu's and Dadaab's codes; a
      // room and a house in short.
      {"Zone 4, Block 11; Kakuma 4 Z2 B7 P109; Ranch 1, Block 9; Z10/V4/Pl.118; Ifo 2 / E / 11; Rm 12; Hse No. 27",
       "[ADDRESS 0,16) [ADDRESS 27,37) [ADDRESS 39,55) [ADDRESS 57,70) [ADDRESS 72,86) [ADDRESS 88,93) [ADDRESS 95,105)"},
      {"Iglesia El Calvario 2 c. al norte, \xC2\xBD c. abajo; house w/ blue tin roof; casa de bloco sem reboco atr\xC3\xA1s da escola",
       "[ADDRESS 20,46) [ADDRESS 48,70) [ADDRESS 72,113)"},
      // A Mozambican quarter's short form and the house in it; Portuguese
      // tents and cottages.
      {"\"Q.2, casa 9-A\",Paquitequete; Q. 14, casa 9; na tenda C-42 do s\xC3\xADtio; in cottage 48, the roof; Q.2 asks",
       "[ADDRESS 1,14) [ADDRESS 30,43) [ADDRESS 48,58) [ADDRESS 73,83)"},
      // Camps' lettered groups; Pakistani and Afghan houses and phases on a
      // street; a named street and "no."; Colombian addresses; a Ukrainian
      // boulevard; a Romanian flat.
      {"E4-L01-S02,x; S3-B14-C08: widow; H-14, St. 3, Town; Ph-3, St. 11; Ghweiran street no. 4, Tel Tamr",
       "[ADDRESS 0,10) [ADDRESS 14,24) [ADDRESS 33,44) [ADDRESS 52,64) [ADDRESS 66,87)"},
      {"Kr 19 # 63-40 Sur, barrio Lucero; Cl 45A # 12-08; bul'var Shevchenka 9-2 (hotline); (ap. 55), Kr 500 000",
       "[ADDRESS 0,17) [ADDRESS 34,48) [ADDRESS 50,72) [ADDRESS 85,91)"},
      // A camp's shed and an estate's line room; a Sri Lankan door and its
      // road.
      {"Shelter: Camp 14, Block C-3, Shed 27; Line No. 4, Room 7, Dewalakanda; house at No. 17/3, Kovil Veethi. ok",
       "[ADDRESS 18,36) [ADDRESS 38,56) [ADDRESS 80,102)"},
      {"chez Awa, n\xC2\xB0 23, quartier Ngongolio, cellule Kanzuli; la concession n\xC2\xB0 12 derri\xC3\xA8re; No. 4, Avenue",
       "[ADDRESS 10,36) [ADDRESS 58,75)"},
  });
}

TEST(PatternDetector, Coordinates) {
  RunTable({
      {"at 34.5553, 69.2075 today", "[COORDINATE/DECIMAL 3,19)"},
      {"at -34.5553,-69.2075", "[COORDINATE/DECIMAL 3,20)"},
      {"34.5553° N, 69.2075° E", "[COORDINATE/DECIMAL 0,24)"},
      {"N34.5553 E69.2075", "[COORDINATE/DECIMAL 0,17)"},
      {"N 34.5553, E 69.2075", "[COORDINATE/DECIMAL 0,20)"},
      {"lat 34.55, 69.20", "[COORDINATE/DECIMAL 4,16)"},
      {"1.5, 2.5", ""},
      {"95.1234, 69.2075", ""},   // latitude out of range
      {"34.5553, 190.2075", ""},  // longitude out of range
      {"34.5553 E, 69.2075 N", ""},
      {"34°33'19\"N 69°12'27\"E", "[COORDINATE/DMS 0,23)"},
      {"34° 33′ 19″ N, 69° 12′ 27″ E", "[COORDINATE/DMS 0,38)"},
      {"N 34°33'19\" E 69°12'27\"", "[COORDINATE/DMS 0,25)"},
      {"34°61'19\"N 69°12'27\"E", ""},  // minutes >= 60
      {"91°33'19\"N 69°12'27\"E", ""},
      {"34°61,5'N 69°12'27\"E", ""},  // minutes >= 60 before a decimal comma
      {"at\n6°61,5'N\n", ""},
      {"grid 42S WD 12345 67890 ok", "[COORDINATE/MGRS 5,23)"},
      {"42SWD1234567890", "[COORDINATE/MGRS 0,15)"},
      // Halves of a DMS position on lines of their own, or with decimal
      // commas and a dash between; labelled decimals.
      {"Posici\xC3\xB3" "n: 34\xC2\xB0" " 05,3' N - 013\xC2\xB0" " 22,8' E",
       "[COORDINATE/DMS 11,23) [COORDINATE/DMS 26,39)"},
      {"approx. 6\xC2\xB0" "57'12\"N\n71\xC2\xB0" "49'33\"W, Lat 7.9034  Lon -72.5071",
       "[COORDINATE/DMS 8,18) [COORDINATE/DMS 19,30) [COORDINATE/DECIMAL 32,56)"},
      {"6\xC2\xB0" "61'12\"N\n95\xC2\xB0" "49'33\"S",
       ""},
      // Degrees and decimal minutes without the minute's sign, either way
      // round; not minutes of 60 or more.
      {"Position N01\xC2\xB0" "46.118 E030\xC2\xB0" "14.602, checkpoint", "[COORDINATE/DMS 9,33)"},
      {"at 01\xC2\xB0" "46.118 N, 030\xC2\xB0" "14.602 E.", "[COORDINATE/DMS 3,30)"},
      {"N01\xC2\xB0" "66.118 E030\xC2\xB0" "14.602", ""},

      {"42SWD1234", "[COORDINATE/MGRS 0,9)"},
      {"42SWD12345", ""},  // odd number of digits
      {"42SWD123456789", ""},      // odd number of digits
      {"42IWD1234567890", ""},     // band I
      {"42SAD1234567890", ""},     // column A not in zone 42's set
      {"61SWD1234567890", ""},     // zone 61
      {"42S WD 123 4567", ""},     // unequal halves, odd prefix
      // Validation precedes selection: the longest VALID match wins.
      {"42S WD 1234 67890", "[COORDINATE/MGRS 0,11)"},
  });
}

TEST(PatternDetector, Dates) {
  RunTable({
      {"on 03/04/2021.", "[DATE/NUMERIC 3,13)"},
      {"on 3.4.2021", "[DATE/NUMERIC 3,11)"},
      {"03-04-2021", "[DATE/NUMERIC 0,10)"},
      {"12/25/2021", "[DATE/NUMERIC 0,10)"},
      {"31/02/2021", ""},
      {"29/02/2020", "[DATE/NUMERIC 0,10)"},
      {"29/02/2021", ""},
      {"2021/03/04", "[DATE/NUMERIC 0,10)"},
      {"2021-03-04", "[DATE/ISO 0,10)"},
      {"2021-03-04T10:15:00Z", "[DATE/ISO 0,20)"},
      {"at 2021-03-04T10:15:00+04:30.", "[DATE/ISO 3,28)"},
      {"2021-13-01", ""},
      {"2021-02-30", ""},
      {"on 3 March 2021 we", "[DATE/TEXT 3,15)"},
      {"March 3, 2021", "[DATE/TEXT 0,13)"},
      {"the 3rd of March", "[DATE/TEXT 4,16)"},
      {"1st of December, 2020", "[DATE/TEXT 0,21)"},
      {"in March 2021", "[DATE/TEXT 3,13)"},
      {"Mar. 3 and Sept 12", "[DATE/TEXT 0,6) [DATE/TEXT 11,18)"},
      {"03 Mar 2021", "[DATE/TEXT 0,11)"},
      {"on 30 February 2021", "[DATE/TEXT 6,19)"},  // the day is rejected, "February 2021" is valid
      {"February 29, 2021", "[DATE/TEXT 0,11)"},  // likewise: "February 29" alone is valid
      {"February 29", "[DATE/TEXT 0,11)"},
      {"in 2019 there were 300 people", ""},
      {"they may 3 times", ""},
      {"Marching 3 miles", ""},
      // French, Spanish and Portuguese.
      {"n\xC3\xA9 le 5 juin 1984 \xC3\xA0 Bukavu", "[DATE/TEXT 7,18)"},
      {"nacida el 12 de mayo de 1990, recibe", "[DATE/TEXT 10,28)"},
      {"le 1er mars, puis le 2 F\xC3\xA9vrier 2024", "[DATE/TEXT 3,11) [DATE/TEXT 21,36)"},
      {"3 de mar\xC3\xA7o de 2021", "[DATE/TEXT 0,19)"},
      {"el 31 de junio de 2020", ""},  // June has no 31st
      {"3 maisons, 12 mayores", ""},
  });
}

TEST(PatternDetector, OffsetsAreRelativeAndUtf8Safe) {
  // Multi-byte text before the finding shifts byte offsets, not characters.
  EXPECT_EQ(Detect("Kābul — +93 70 123 4567"), "[PHONE/E164 11,26)");
}

TEST(PatternDetector, ScanRejectsForeignScratch) {
  class Other : public DetectorScratch {};
  Other other;
  VectorSink sink;
  EXPECT_FALSE(TheDetector().Scan("x", other, sink).ok());
}

TEST(PatternDetector, FindingsAreWellFormed) {
  std::string text =
      "Contact: +93 70 123 4567, jo@example.org, passport no. P1234567, 34.5553, 69.2075, "
      "on 3 March 2021 at 192.168.1.1; card 4111 1111 1111 1111.";
  auto scratch = TheDetector().NewScratch();
  auto findings = ScanAll(text, *scratch);
  EXPECT_GE(findings.size(), 7u);
  for (const Finding& f : findings) {
    EXPECT_LT(f.begin, f.end);
    EXPECT_LE(f.end, text.size());
    EXPECT_GE(f.confidence, 0.05f);
    EXPECT_LE(f.confidence, 1.0f);
    EXPECT_EQ(f.detector, "patterns");
  }
}

TEST(PatternDetector, TwoThreadsSameResults) {
  std::string text;
  for (int i = 0; i < 200; ++i) {
    text += "Report " + std::to_string(i) + ": call +93 70 123 " + std::to_string(1000 + i) +
            " or mail a" + std::to_string(i) + "@example.org on 3 March 2021 near 34.5553, 69.2075. ";
  }
  auto expected_scratch = TheDetector().NewScratch();
  std::string expected = FindingsToString(ScanAll(text, *expected_scratch));
  ASSERT_FALSE(expected.empty());
  std::string got[2];
  std::vector<std::thread> threads;
  for (int t = 0; t < 2; ++t) {
    threads.emplace_back([&, t] {
      auto scratch = TheDetector().NewScratch();
      for (int rep = 0; rep < 20; ++rep) {
        VectorSink sink;
        if (!TheDetector().Scan(text, *scratch, sink).ok()) return;
        std::string s = FindingsToString(sink.findings);
        if (rep == 0) got[t] = s;
        if (s != got[t]) got[t] = "nondeterministic";
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(got[0], expected);
  EXPECT_EQ(got[1], expected);
}

}  // namespace
}  // namespace tearline

namespace tearline {
namespace {

// A scratch must carry nothing from one scan into the next: scanning A and
// then B with one scratch gives, for B, what a fresh scratch gives.
TEST(PatternDetectorScratch, HistoryDoesNotChangeFindings) {
  auto detector = CompilePatternDetector();
  ASSERT_TRUE(detector.ok());
  const std::vector<std::string> texts = {
      "12 \" 3PCS Set Toys $ 5.50 ( 6 Bids)End Date : Friday ... http://t.co/LKTXkMOLgP\n\n#Deals #281 "
      "http://t.co/Yv9CgRDYpN XPS M1330 PC Linux $ 140.00 End Date : Sunday Jan-25- ... http://t.co/VsVtWXoWV9",
      "#Deals #281 [REDACTED] XPS M1330 PC Linux Coding wireless #laptop $ 140.00 End Date : Sunday Jan-25- ...",
      "Call +93 70 123 4567 on 3 March 2021 at 34.5553, 69.2075; case no. 44/2019, ref KBL-4471-X.",
      "plain words only",
      "application no. 12345/06 lodged on 12 May 2006 by Mr A. B., passport no. P01234567",
  };
  auto fresh_scan = [&](std::string_view t) {
    auto scratch = (*detector)->NewScratch();
    VectorSink sink;
    EXPECT_TRUE((*detector)->Scan(t, *scratch, sink).ok());
    return FindingsToString(sink.findings) + "|" + [&] {
      std::string c;
      for (const Finding& f : sink.findings) c += std::to_string(f.confidence) + ",";
      return c;
    }();
  };
  auto shared = (*detector)->NewScratch();
  for (int round = 0; round < 3; ++round) {
    for (const std::string& t : texts) {
      VectorSink sink;
      ASSERT_TRUE((*detector)->Scan(t, *shared, sink).ok());
      std::string c;
      for (const Finding& f : sink.findings) c += std::to_string(f.confidence) + ",";
      EXPECT_EQ(FindingsToString(sink.findings) + "|" + c, fresh_scan(t)) << t;
    }
  }
}

}  // namespace
}  // namespace tearline
