// Tests of the initials detector (NewInitialsDetector in tearline/quasi.h):
// initials in a person's context, and initials and abbreviations that name
// no one.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "scan_test_util.h"
#include "tearline/quasi.h"

namespace tearline {
namespace {

// The initials found in text, in order, joined by " | "; each must be a
// PERSON/INITIALS finding of the detector at 0.6.
std::string Initials(const Detector& d, std::string_view text) {
  return quasi_testing::PersonValues(d, text, "initials", "INITIALS", 0.6f);
}

struct Case {
  const char* text;
  const char* want;
};

TEST(InitialsTest, InitialsInAPersonsContext) {
  const auto detector = NewInitialsDetector();
  const Case cases[] = {
      // A word before that introduces a person.
      {"The letter was signed by A.K. and countersigned by the governor.", "A.K."},
      {"Source: H.A., trusted for two years.", "H.A."},
      {"SOURCE: H.A.", "H.A."},
      {"Report compiled by M.N.O. on 3 March.", "M.N.O."},
      {"Report compiled by M. N. O. on 3 March.", "M. N. O."},
      // A noun for a person before: initials even where the capitals are an
      // abbreviation ("CE", "AD").
      {"- Supervisor C.E. to brief the unit before 17:00.", "C.E."},
      {"un notable (A.D.) aurait qualifi\xC3\xA9 nos agents", "A.D."},
      // An abbreviation's capitals before a sex or an age in parentheses; not before a bare number.
      {"BUR-GBV-0229 | H.M.S. (F, 31) + child; M.D. (34 yrs)", "H.M.S. | M.D."},
      {"the H.M.S. (9) and H.M.S. (F)", ""},
      {"the old fort, built in 1200 A.D. by the emir", ""},
      // Defined by the name right after (" = ", " ("), and then elsewhere, even
      // where the capitals are an abbreviation ("MD", "AM"); not a time's "A.M.".
      {"Transcrit par M.D. hier.\nInitiales : M.D. = Mahamat Dogo (transcripteur) ;",
       "Mahamat Dogo | M.D. | M.D."},
      {"A.M. (Abakar Mahamat, superviseur)", "Abakar Mahamat | A.M."},
      {"the convoy left at 9 A.M. (Kabul time) and", ""},
      {"We spoke with Mr. A.K. at the office.", "A.K."},
      {"The informant T.B. was moved.", "T.B."},
      {"Forwarded to R.S. and P.K. for action.", "R.S. | P.K."},
      {"cc: J.M.", "J.M."},
      // After a name and a slash: the initials and the name; "con", "par".
      {"Turno tarde (Mois\xC3\xA9s / M.G.)", "Mois\xC3\xA9s | M.G."},
      {"(Hna. Lupita / L.R.)", "Lupita | L.R."},
      // Before a slash, an initial and a family name: two writers.
      {"FIELD NOTES (J.E. / A. Nyamal) - typed", "A. Nyamal | J.E."},
      {"Hablar con M.G.; vu par K.B. hier", "M.G. | K.B."},
      {"His brother S.A. was detained.", "S.A."},
      // A noun for the person, "initials", a signature's label.
      {"The pharmacist (initials T.G.) was detained.", "T.G."},
      // "init." before an opening quote, even for an abbreviation's capitals.
      {"survivante VBG, 17a, init. \"A.M.\", veut partir; init. \xC2\xAB K.D. \xC2\xBB", "A.M. | K.D."},
      {"le \"A.M.\" du convoi", ""},
      {"She asks to be named \"S.A.\" only.", "S.A."},
      {"Assinatura / Signature: A.P.N.S.", "A.P.N.S."},
      {"legal counselling for the survivor N.K.", "N.K."},
      // A sign-off: ending a line, alone or after a sentence or a parenthesis.
      {"1930 BASE > ALL: NIGHT CHECK. ALL STAFF ACCOUNTED FOR. D.Y.\n", "D.Y."},
      {"(thumbprint) D.M.Z.", "D.M.Z."},
      {"Thanks,\nK.M.\n", "K.M."},
      {"Author initials on cover: F.A.W.\nf/u F.A.W. today", "F.A.W. | F.A.W."},  // a label that speaks of initials
      {"a man called Wedi Keshi. \xE2\x80\x94 Y.F.]\n", "Y.F."},           // a sign-off after a dash
      {"-- A.K.\n", "A.K."},
      // A hyphened initial of a double given name counts two letters.
      {"12/03/2024 - J-P. K. (psychologue)\nvu par J-P. K., N.B.\n", "J-P. K. | J-P. K."},
      {"signed by R-M.J. today; REF-P. K. and A-B-C. D. are none", "R-M.J."},
      {"notes\n  F.A.W. 21/11 17:40\n", "F.A.W."},                             // a signed, dated entry
      {"Author initials on cover: none. U.S. aid", ""},
      {"the U.S. - U.K. talks", ""},
      // The words around.
      {"the source (H.A.) was paid", "H.A."},
      {"H.A. (trusted) reported movement", "H.A."},
      {"A.K. said the road was closed.", "A.K."},
      {"B.T. saw about thirty men.", "B.T."},
      {"Camp de S\xC3\xA9var\xC3\xA9 (per B.T.)", "B.T."},
      {"Exported by group admin B.N. for the case file.", "B.N."},
      {"We met A.K., who asked for help.", "A.K."},
      {"V\xC3\xA9rification HCR : S.K., moniteur protection", "S.K."},  // a role noun after a comma
      {"sent by A.R., driver of the team", "A.R."},
      {"the U.N., monitors said", ""},  // a plural: no role of one person
      {"A.K.'s house was searched.", "A.K."},
      {"A.K.: on my way\nB.M.: ok", "A.K. | B.M."},
      {"Two names: A.B.C.D. told us.", "A.B.C.D."},
      {"Operator: K.M. | Supervisor", "K.M."},
      // Speakers of a transcript by initials, and their other mentions.
      {"Q: Where?\nHNL: In Seik Mu.\nQ: When?\nHNL: In May. (HNL) left", "HNL | HNL | HNL"},
      {"NB: one\nNB: two\nTO: all\nTO: you\nHNL: once", ""},
      {"INT: When?\nRESP: In May.\nINT: Who?\nRESP: My cousin.\nMOD: Thanks\nMOD: Next", ""},
      // Every other occurrence of initials found in context.
      {"Detainee M.K., 38. A request for M.K. through K. M.K.2", "M.K. | M.K."},
      {"Source H.A.; later H.A. again, XH.A. then H.A.B. Jones", "H.A. | H.A."},
  };
  for (const Case& c : cases) EXPECT_EQ(Initials(*detector, c.text), c.want) << c.text;
}

// Initials out of a person's context that stand alone: PERSON at 0.5.
TEST(InitialsTest, BareInitialsStandingAlone) {
  const auto detector = NewInitialsDetector();
  const Case cases[] = {
      {"1. f/u C.M.F. re copy of the list", "C.M.F."},
      {"accompanied F.M. + mother to hospital", "F.M."},
      {"link to cash \xE2\x80\x93 Z.K. + LH \xE2\x80\x93 18/04", "Z.K."},  // after a dash
      {"The vote A.B. took place.", "A.B."},
      {"We met the A.B.\n", ""},  // after an article: an organisation's
      {"Annex (J.E. / A. Nyamal-2); in 200 B.C. / A. Nyamal", "J.E."},  // no family name after the slash
      {"The company A.B. Holdings said nothing.", ""},  // a capitalised word after
      {"He works for Nestle S.A. in Geneva.", ""},      // a capitalised word before
      {"George H. W. Bush", ""},
      {"Flights to D.C. were cancelled.", ""},          // an abbreviation
  };
  for (const Case& c : cases) {
    EXPECT_EQ(quasi_testing::PersonValues(*detector, c.text, "initials", "INITIALS", 0.5f), c.want) << c.text;
  }
}

// Small letters after a dash on the text's last line sign it off; a word
// that closes a message does not, nor a dash inside a line.
TEST(InitialsTest, LowerCaseSignOffOnTheLastLine) {
  const auto detector = NewInitialsDetector();
  const Case cases[] = {
      {"Padayon an bayanihan.\n-jmg\n\n", "jmg"},
      {"Noted.\n  \xE2\x80\x94 ak", "ak"},
      {"Noted.\n-- ok\n", ""},
      {"Noted.\n-end", ""},
      {"Noted. -jmg", ""},
      {"Noted.\n-jmgxy", ""},
      {"-jmg\nNoted.", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(quasi_testing::PersonValues(*detector, c.text, "initials", "INITIALS", 0.6f), c.want) << c.text;
  }
}

TEST(InitialsTest, NoPersonWithoutContextOrInAbbreviations) {
  const auto detector = NewInitialsDetector();
  const Case cases[] = {
      {"The U.S. embassy and the U.N. compound.", ""},
      {"Supplies from U.S. and U.K. donors.", ""},
      {"Sent by U.N. agencies at 9 A.M. today.", ""},
      {"He holds a Ph.D. and an M.A. from Leeds.", ""},
      {"Flights to D.C. were cancelled.", ""},
      {"Fighting spread in the D.R.C. and Uganda.", ""},
      {"Built in 300 B.C. by the emperor.", ""},
      {"The company A.B. Holdings said nothing.", ""},  // no context word before
      {"by J. K. Rowling", "J. K."},                       // the tagger reads the whole name
      {"Then A.K. Said spoke.", ""},                       // a capitalised word after
      {"The A.K.47 was found.", ""},
      {"It was a.k.a. the old road.", ""},
      {"by A.", ""},                                       // one initial
      {"by A.B.C.D.E.", ""},                               // five
      {"by XA.B.", ""},
      {"by 3A.B.", ""},
      {"", ""},
      {".", ""},
      {"A.", ""},
      {"by A.B", ""},
      {"Flights to Washington D.C.\n", ""},           // an abbreviation at a line's end
      {"The company A.B. Holdings.\n", ""},           // not after a sentence
      {"We met the A.B.\n", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(Initials(*detector, c.text), c.want) << c.text;
}

// The family names of the former Soviet Union's forms: a family name with
// such an ending and initials, in capitals alone, and a patronymic with the
// names around it (PERSON, subkind FAMILY, 0.6).
TEST(InitialsTest, FamilyNamesWithInitialsInCapitalsAndPatronymics) {
  const auto detector = NewInitialsDetector();
  const Case cases[] = {
      {"TELEGRAM (Toktogulova A.K.): all quiet", "Toktogulova A.K."},
      {"Reported by Ergeshov M. at 14:10", "Ergeshov M."},
      {"Vacate notices (Abdullaeva M.Yu.)", "Abdullaeva M.Yu."},
      {"Karimov B.Sh. signed", "Karimov B.Sh."},
      // Initials before the family name; not a period or a word before them.
      {"(zam. prokurora E.R. Ramazanov \xE2\x80\x93 no reply); M.Yu. Abdullaeva", "E.R. Ramazanov | M.Yu. Abdullaeva"},
      {"I.e. Petrov; U.S. Rostov; x.E.R. Ramazanov; AE.R. Ramazanov", ""},
      {"DRIVER ASANOV RETURNED, MAMADJANOVA G. WITH HIM", "ASANOV | MAMADJANOVA G."},
      {"ERKINBEK TASHIEV AT THE GATE", "TASHIEV"},
      // A given name in title case after the family name in capitals; not
      // one of two letters, not one in capitals.
      {"| RAJABOV Shuhrat \xE2\x80\x93 Novosibirsk | KARIMOV Bo | SAIDOV ALI", "RAJABOV Shuhrat | KARIMOV | SAIDOV"},
      {"Nino Beridze and Lasha Kapanadze", ""},  // mixed case without initials: the tagger's
      {"the women's council (Aigul Sabyrbekovna Mamatova) reports", "Aigul Sabyrbekovna Mamatova"},
      {"a man who called himself Sergei Ivanovich", "Sergei Ivanovich"},
      {"CONVOY TO ROSTOV AND SARATOV", ""},  // places
      {"The Kharkov road; Tambov.", ""},
      {"Gov. Ivanov", ""},  // mixed case, no initials
      {"PROVE IT", ""},
      {"", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(quasi_testing::PersonValues(*detector, c.text, "initials", "FAMILY", 0.6f), c.want) << c.text;
  }
}

}  // namespace
}  // namespace tearline
