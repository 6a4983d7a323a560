// Tests of the field name detector (NewFieldNameDetector in tearline/quasi.h):
// a table of labelled lines, and lines that hold no name.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "scan_test_util.h"
#include "tearline/quasi.h"

namespace tearline {
namespace {

// The names found in text, in order, joined by " | "; each must be a
// PERSON/FIELD finding of the detector (the LOC/FIELD values of place
// labels are checked, not listed: PlaceLabelsAndColumns reads them).
std::string Names(const Detector& d, std::string_view text) {
  return quasi_testing::Values(d, text, Kind::kPerson, "fields", "FIELD", -1.0f,
                               KindBit(Kind::kLoc) | KindBit(Kind::kPhone) | KindBit(Kind::kId) | KindBit(Kind::kAddress));
}

struct Case {
  const char* text;
  const char* want;
};

TEST(FieldNameTest, ValuesOfNameLabels) {
  const auto detector = NewFieldNameDetector();
  const Case cases[] = {
      {"NAME: AHMADZAI, NOORULLAH\nDOB: 1988", "AHMADZAI, NOORULLAH"},
      {"Name: Gulalai", "Gulalai"},
      {"  Full name:  Roya Sadat  \n", "Roya Sadat"},
      {"Father's name: Abdul Karim", "Abdul Karim"},
      {"FATHER'S NAME: ABDUL KARIM", "ABDUL KARIM"},
      {"Patient name: Bibi Hawa (aged 60)", "Bibi Hawa"},
      {"Surname: Omari; given name: Mohammad Nabi", "Omari"},
      {"Surname: MBOLIKO          First name(s): Tabitha", "MBOLIKO | Tabitha"},  // a form's layout ends a value
      {"Name: Falmata Modu Known as: \"Fanna\"", "Falmata Modu"},  // the next label's words
      {"Name: Amina Yusuf was seen", "Amina Yusuf"},
      {"Caseworker: Interpreter (RU/RO): Vitalie", ""},  // the next label, with an aside
      {"- Alias: Qari Sahib", "Qari Sahib"},
      // French labels of a report's author and of a source's real name.
      {"R\xC3\xA9" "daction : Esp\xC3\xA9rance MAPENDO, Charg\xC3\xA9" "e de protection", "Esp\xC3\xA9rance MAPENDO"},
      {"Informateur \xC2\xAB Tigre \xC2\xBB (r\xC3\xA9" "el : Hamma ag ACHERIF)", "Hamma ag ACHERIF"},
      {"R\xC3\xA9" "daction : \xC3\xA9quipe de veille communautaire", ""},  // small letters, accented too
      // A kin label in parentheses, as a name label there is; not a value in small letters.
      {"| Famille (fr\xC3\xA8re : Assalek) | Transmis CICR |", "Assalek"},
      {"puis (fr\xC3\xA8re : inconnu) et (brother: unknown).", ""},
      // A label after a sentence's end on the same line; French and Spanish drivers.
      {"06h40 - D\xC3\xA9part vers Kabo par l'axe Batangafo-Kabo. Chauffeur : Djimadoum", "Djimadoum"},
      {"Call sign: LELEKA", "LELEKA"},  // a radio call sign, in capitals
      {"3. AKA: El Flaco", "El Flaco"},
      {"a.k.a.: Abu Khalid", "Abu Khalid"},
      {"Nome warao / Warao name: Ohidu\n", "Ohidu"},  // a bilingual label: its last part that has a class
      {"Nombre / Name: Fatimetu Mint Salek\n", "Fatimetu Mint Salek"},
      {"File / Nom du fichier: Rapport Final\n", ""},
      // Two name labels ask for two names; a qualifier in parentheses; a
      // name as the form says it is written.
      {"Surname / Given name (as on NIC): SIVAKUMAR / Tharshini\n", "SIVAKUMAR | Tharshini"},
      {"Name (print): Amina Yusuf\n", "Amina Yusuf"},
      {"Name used in village: S. Tharshini, also\nName of village: Kopay\n", "S. Tharshini"},
      {"Note (names): Amina\n", ""},
      // A tracing card: the person sought, another spelling in brackets, a
      // kin word in small letters before the enquirer's name.
      {"  Sought   : \xC5\x9EIYAR MIHEMED XEL\xC3\x8EL [Shiyar Mohammed Khalil], m, 31\n"
       "  Enquirer : mother H\xC3\xAAv\xC3\xAE Osman [Hevi], Amuda\n",
       "\xC5\x9EIYAR MIHEMED XEL\xC3\x8EL | Shiyar Mohammed Khalil | H\xC3\xAAv\xC3\xAE Osman | Hevi"},
      {"Enquirer: the camp office\nName: Omar [see annex]\n", "Omar"},
      {"S/O: Gul Ahmad\n", "Gul Ahmad"},
      {"2. Children: Mamatjan (12) and Arzugul (9), both in school\n", "Mamatjan | Arzugul"},
      {"Nome social: Kelly Cristina\n", "Kelly Cristina"},
      {"Nombre de archivo: Informe\n", ""},
      // A name label in parentheses.
      {"Mother: Carmelina Zapata (nome warao: Jobaji), 41\n", "Carmelina Zapata | Jobaji"},
      {"the boy (alias: Bouba) left", "Bouba"},
      {"the boy (alias: Bouba left\n", ""},  // no ')' on the line
      {"the list (names: see annex) left", ""},
      {"(file name: Report) and (time: 10:30)", ""},
      {"Name: Juan Pablo de la Cruz, logistics", "Juan Pablo de la Cruz"},
      {"Name: Khalid bin Walid al-Harbi", "Khalid bin Walid al-Harbi"},
      {"Name: Capt. J. Whitfield", "Capt. J. Whitfield"},
      {"Name: Rahim. Age: 30", "Rahim"},
      {"Name: Tendai on +243 81 555 0142", "Tendai"},
      // Labels of French, Spanish and Portuguese forms.
      {"Nom: KOSSI-NDAKALA\nPr\xC3\xA9nom: Serge-Aim\xC3\xA9\n", "KOSSI-NDAKALA | Serge-Aim\xC3\xA9"},
      {"- \xC3\x89pouse: YAKIT\xC3\x89 Esp\xC3\xA9rance, 29 ans", "YAKIT\xC3\x89 Esp\xC3\xA9rance"},
      {"- Enfants: Bienvenu (11 ans), Gr\xC3\xA2" "ce (7 ans) et Dorcas (3 ans)", "Bienvenu | Gr\xC3\xA2" "ce"},
      {"Children names: Lola (9), Madina (6) and Zuhra (2)", "Lola | Madina | Zuhra"},
      {"Members_name_age: Rukia Begum 31; Anwar 6", "Rukia Begum | Anwar"},  // bare ages
      {"Children: Amina 7, Zara 4 and Ali 2", "Amina | Zara | Ali"},
      // A meeting's attendance.
      {"Apologies: Sherko Ehmed (camp management)\nPresent: Hana Ghali, Jamal Wasiq and K. Obi\n",
       "Sherko Ehmed | Hana Ghali | Jamal Wasiq | K. Obi"},
      {"Participants: 12 (7 women)\nAbsent: none\n", ""},
      {"Enumerators: Nyakuoth Gatdet (EN-04), Kuach Biel (EN-11)\n", "Nyakuoth Gatdet | Kuach Biel"},
      // Contact tracers; no agency's office.
      {"Tracers: Khadija Sani Maigari (KSM), Hauwa Rabiu Jibo (HRJ)\n", "Khadija Sani Maigari | Hauwa Rabiu Jibo"},
      {"Apology: Temsu Ao\nPresent: OXFAM Goma, Hana Ghali, UNHCR Goris\n", "Temsu Ao | Hana Ghali"},
      // A team's members: the team word ends the label or opens it before a code.
      {"Verification team: Nabil Hezam (TL), Afrah Qaid, Saddam al-Wesabi\n", "Nabil Hezam | Afrah Qaid | Saddam al-Wesabi"},
      {"Equipe GdC: Jean Lukusa (JL), Fiston Kalombo (FK)\nTim: Wayan Sudarsana (TL), Baiq Nurul\n",
       "Jean Lukusa | Fiston Kalombo | Wayan Sudarsana | Baiq Nurul"},
      {"Team phone: Thuraya Office\nTeam: WASH\nTeam base: Goma Town\n", ""},
      {"Equipa: Gest\xC3\xA3o de Casos Mueda (parceiro: Kuendeleya)\n| No | Team | Sexe |\n| 1 | Alpha Team | F |\n", ""},  // the team's name, a column
      // One word in title case before an aside: a member too.
      {"Team: Giulia Bertolotti (coord.), Senait (trad. tigrino), Yousif El-Tayeb\n",
       "Giulia Bertolotti | Senait | Yousif El-Tayeb"},
      // One word of three letters before an aside; not two letters, nor an
      // acronym, nor without an aside.
      {"Attendees: Okonkwo (WFP), Ibe (UNICEF), Eze (OCHA)\n", "Okonkwo | Ibe | Eze"},
      {"Attendees: Oz (WFP), WFP (logistics), Ibe, Eze (OCHA)\n", "Eze"},
      {"| Code | Vers | Accomp. |\n|---|---|---|\n| 0416 | HGR | Mateso |\n", "Mateso"},
      {"Rempli par: Esp\xC3\xA9rance Kahindo, APS\n", "Esp\xC3\xA9rance Kahindo"},
      {"Apologies: Ashot Manukyan, Dilijan PHC\nApologies: MoMD Nineveh branch\nPresent: Gaziantep hub\n",
       "Ashot Manukyan"},
      {"Monitors: NGA\xC3\x8FKOSSET Rodrigue (team lead); Present: WASH Cluster, OCHA UNHCR Tom\n",
       "NGA\xC3\x8FKOSSET Rodrigue"},  // a family name in capitals
      {"TAG: ARREST    FOCAL: Warsame Kahiye\n", "Warsame Kahiye"},
      {"Minutes: Hagop Kazarian\nMinutes: 45\n", "Hagop Kazarian"},
      {"| # | File no. | Client (as on card) | M/F, age |\n| 9 | QLA-24-338 | Dostain Hammal | M, 38 |\n", "Dostain Hammal"},
      {"Children: Amina 7 Zara", "Amina"},                                    // no separator after the age
      {"Name: Amina 7, Zara", "Amina"},                                      // one name: a number ends it
      {"Distributed_by: Z.I.\nVerified by: Rahim Noori, CP team", "Z.I. | Rahim Noori"},
      {"Apellidos: Reyes Mej\xC3\xAD" "a\nMadre: Dolores\nTestigo: la vecina\n", "Reyes Mej\xC3\xAD" "a | Dolores"},
      {"Apellidos, nombres: PAZ GUERRERO, Mar\xC3\xAD" "a de los \xC3\x81ngeles\n", "PAZ GUERRERO, Mar\xC3\xAD" "a de los \xC3\x81ngeles"},
      {"Nom du village: Ndassima", ""},  // not a whole label of the table
      // French typography: a space (or a no-break space) before the colon.
      {"Superviseur : J-P. K.\n", "J-P. K."},
      {"Nom de l'enfant / Child's name : KAPINGA Pr\xC3\xA9" "cieuse   (sur la liste)", "KAPINGA Pr\xC3\xA9" "cieuse"},
      {"P\xC3\xA8re\xC2\xA0: KALALA Tshimanga \xE2\x80\x93 disparu", "KALALA Tshimanga"},  // a dash ends the name
      {"Fr\xC3\xA8res / s\xC5\x93urs : Blessing (9), Chance (6)", "Blessing | Chance"},
      {"Name : \n", ""},
      {"Note : Rahim", ""},    // no name label
      {"Name  : Rahim", "Rahim"},  // labels padded to align their colons
      {"Name                    : Rahim", ""},  // padded by more than a label column holds
      // Several fields on one line: the label starts after the gap.
      {"Age : 12 ans     Superviseur : Amani Kito\n", "Amani Kito"},
      {"Sexe: F\tNom: Mbelu\n", "Mbelu"},
      {"Checked: S.E.K.H.\n", "S.E.K.H."},
      // A field after another one's sentence on the line; numbered fields of
      // an export; a role label after words that qualify it.
      {"A-01   HH: Mercy Banda (F, 34). Children: Gift (M, 12), Chikondi (F, 4)\n",
       "Gift | Chikondi | Mercy Banda | Gift"},  // the last two: records of a name, a sex and an age
      {"hh_member_3: hope masika | F | 14 | daughter\n", "hope masika"},
      // Read twice: as the label's value and as the name field of a record.
      {"hh_member_5: Innocent | M | 8 | son\n", "Innocent | Innocent"},
      {"Child 2: Amani\n", ""},  // no name label
      {"Day operator: K. Sow\nNight operator: Y. ould Cheikh\n", "K. Sow | Y. ould Cheikh"},
      // The leak check's view, a name blanked: the sentence goes on.
      {"- Children:             has been absent from school\nChildren: rahim and nabi\n", "rahim | nabi"},
      {"Mobile operator: MTN\n", ""},  // an acronym alone
      {"Sexe: femme", ""},
      {"NAME: ZABIULLAH S/O ABDUL KARIM", "ZABIULLAH"},
      {"name: rahim karimi", "rahim karimi"},
      {"Names: Rahim, Karim and Zarghona", "Rahim | Karim | Zarghona"},
      {"Aliases: Qari Sahib, Mullah Gul", "Qari Sahib | Mullah Gul"},
      {"Name: Олена Ковальчук", "Олена Ковальчук"},
      // Kin labels.
      {"Father: Abdul Wahab", "Abdul Wahab"},
      {"Next of kin: Bibi Hawa", "Bibi Hawa"},
      {"S/O: Haji Gul", "Haji Gul"},
      {"Spouse: Fatima Zanna\nChildren: 3", "Fatima Zanna"},
      {"Also known as: \"Fati\"", "Fati"},  // a quoted value
      {"Alias: \xE2\x80\x9C" "Bo Kyar\xE2\x80\x9D", "Bo Kyar"},
      {"Author: M.K. | Restricted: partners only", "M.K."},
      // A remark about names, and a sentence in lower case, are no names.
      {"Note on names: Most people below use one name only.", ""},
      {"Comment about the alias: Rahim", ""},
      {"names: most people below use one name only", ""},
      {"names: rahim karimi", "rahim karimi"},
      // Labels of a person's role in a case or a document.
      {"Caller: Gul Ahmad Stanikzai\nCaseworker: Shahnaz Parvin", "Gul Ahmad Stanikzai | Shahnaz Parvin"},
      {"Broker:      \"Ta Pheap\" in Poipet\nSuspect: Karim Haidari\nSmuggler: unknown", "Ta Pheap | Karim Haidari"},
      {"Secretary: SAFARI Bahemuka Innocent ......", "SAFARI Bahemuka Innocent"},
      {"Reported by: Rebecca Adut Mabior, Field Security Assistant", "Rebecca Adut Mabior"},
      {"   Spokesperson: Amerodin Lucman (\"Amer\").", "Amerodin Lucman"},
      {"Operator signature: Z. Safi", "Z. Safi"},
      {"Guardian: Rokeya Begum (mother)", "Rokeya Begum"},
      {"Reported by: UNHCR\nCompiled by: protection monitoring unit\nOperator: NRC.", ""},
      {"Drafted by: Lalremsiami, Field Coordinator\nCC:        Snr Protection Coordinator, Gambella", "Lalremsiami"},
      {"R\xC3\xA9" "dig\xC3\xA9 par : Mahamadou Toure\nCc: protection cluster Gao", "Mahamadou Toure"},
      // No name.
      {"Father: unknown", ""},
      {"Name: Unknown", ""},
      {"Alias: none", ""},
      {"Name: N/A", ""},
      {"Mother: Deceased", ""},
      {"File name: report.docx", ""},
      {"Code name: WILLOW", ""},
      {"Village name: Kibati", ""},
      {"Company name: Acme Logistics", ""},
      {"Subject: Meeting on Tuesday", ""},
      {"The name of the operation: Tiger", ""},  // more than four label words
      {"He said: Karim left", ""},
      {"Name:\nRahim", ""},
      {"Name: [REDACTED]", ""},
      {"Name:                ", ""},
      {"Name : Rahim", "Rahim"},  // French typography
      {"Name: 1234", ""},
      {":", ""},
      {"Name:", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(Names(*detector, c.text), c.want) << c.text;
}

// Initials of whoever attested a record, as the value of such a label:
// alone, or in parentheses closing the value; not an agency's acronym, not
// after other labels.
TEST(FieldNameTest, InitialsOfAttesters) {
  const auto detector = NewFieldNameDetector();
  // The PERSON/INITIALS findings, joined by " | " (other findings ignored).
  const auto initials = [&](std::string_view text) {
    auto scratch = detector->NewScratch();
    VectorSink sink;
    if (!detector->Scan(text, *scratch, sink).ok()) return std::string("error");
    std::string out;
    for (const Finding& f : sink.findings) {
      if (f.kind != Kind::kPerson || f.subkind != "INITIALS") continue;
      if (!out.empty()) out += " | ";
      out += std::string(text.substr(f.begin, f.size()));
    }
    return out;
  };
  const Case cases[] = {
      {"Logged by: N.A.   Verified: RM\n", "RM"},  // with periods: the value's name
      {"Checked by: KT\nApproved: J.D.\n", "KT"},
      {"Reviewed by: KT, 12/03", "KT"},
      {"Prepared by: Security Adviser, Gao hub (AAM)\n", "AAM"},
      {"Prepared by: Security Adviser (AAM)     Cleared by: Fatou\n", "AAM"},
      {"Checked by: UNHCR\nVerified by: IOM\n", ""},          // agencies
      // Items of an attendance list: two capitals that abbreviate nothing
      // else; not "EU", nor three capitals (agencies: "ACF"), nor a name.
      {"Present: LM (chair), Olena, Taras K.\nAbsent: JK, RT, EU, ACF\n", "LM | JK | RT"},
      {"Present: WFP (chair), AU, Oz\n", ""},
      {"Apologies: SP [REDACTED] (DPO Hawul)\nOperators: HC Kuldeep Raj (JKP)\n", ""},  // ranks
      {"Prepared by: field office (CCCM)\n", ""},
      {"Approved: yes\nVerified: RMX5\n", ""},
      {"Reported by: KT\nCaller: RM\n", ""},                  // not a label of attestation
      {"Verified: RM was there\n", ""},                         // more after the capitals
      {"Verified: ABCDE\n", ""},                                // five letters
  };
  for (const Case& c : cases) EXPECT_EQ(initials(c.text), c.want) << c.text;
}

// Cells under a name column of a table (pipes or tabs), and records of a
// list with the person's sex and age.
TEST(FieldNameTest, TablesAndRecordsWithSexAndAge) {
  const auto detector = NewFieldNameDetector();
  const Case cases[] = {
      {"No | NAME (SURNAME, Given) | Sex/Age | Origin\n01 | OUEDRAOGO, Salif | M/34 | Barsalogho\n"
       "02 | SAWADOGO, Rasmane | M/51 | Pissila\n",
       "OUEDRAOGO, Salif | SAWADOGO, Rasmane"},
      {"| # | Full name | Camp |\n|---|---|---|\n| 1 | Roya Sadat | Camp 4 |\n| 2 | Unknown | Camp 5 |\n",
       "Roya Sadat"},
      {"Name\tAge\tVillage\nAhmad Karimi\t34\tDeh Sabz\nfatima\t12\tQarabagh\n", "Ahmad Karimi | fatima"},
      {"No\tHoH_name\tMembers_name_age\tDistributed_by\n1\tAYUB KHAN\tRukia 31; Anwar 6\tZ.I.\n",
       "AYUB KHAN | Rukia | Anwar | Z.I."},
      // The table ends at a row with another number of cells.
      {"| Name | Age |\n| Rahim | 30 |\nTotal: 2 | of 3 | people\n| Karim | 31 |\n", "Rahim"},
      {"| S/N | HH HEAD (SURNAME, Other names) | SEX |\n|---|---|---|\n| 001 | MODU, FALMATA | F |\n", "MODU, FALMATA"},
      {"| Head of household | Village |\n| Bibi Hawa | Deh Sabz |\n", "Bibi Hawa"},
      {"| Role | Person | Phone |\n|---|---|---|\n| Fixer | Deng Alor | 0912 |\n| Translator | Achol | 0923 |\n",
       "Deng Alor | Achol"},
      {"| Persons | Site |\n| Ayen Madit | Bor |\n", "Ayen Madit"},
      {"| # | Action | Who | By |\n|---|---|---|---|\n| 1 | Referral | Nurse Ladi, PRCS | 25.03 |\n", ""},  // actors
      {"| Individual | Site |\n| Ayen Madit | Bor |\n", "Ayen Madit"},
      {"| When | Where | Who was told |\n| May | Bor | the chief |\n", ""},  // no column of names
      {"| Focal person | Site |\n| Elder Simon Kpanja | Bor |\n", ""},  // titled names: the tagger's
      {"No | Dusun | KK (kepala keluarga) | Jiwa\n1  | Dsn Lokok | Rusdi | 6\n", "Rusdi"},  // Indonesian
      // Name labels joined by a comma: a name column; not with another label.
      {"ID\tSURNAME, Name\tSex\nA-1\tKALALA, Dieudonne\tM\n", "KALALA, Dieudonne"},
      {"ID\tSURNAME, Village\tSex\nA-1\tKALALA, Kindu\tM\n", ""},
      // Comma-separated rows pasted into a report, quoted as CSV quotes.
      {"id,name,age,village\n1,Tomasa Ixcoy,41,Nebaj\n2,\"Ramos, Pedro\",34,Chajul\n", "Tomasa Ixcoy | Ramos, Pedro"},
      {"case, father's name, block\nC-1, Noor Alam, B-12\n", "Noor Alam"},
      // A heading with a note in parentheses, a heading with a digit.
      {"HH_ID,Ward,HH head (name as on register),ID last 3,Verified by\nC-11,5,CHAUKE Rudo,...21,T. Mukoni\n",
       "CHAUKE Rudo | T. Mukoni"},
      {"1,Name,Age\n2,Rudo,30\n", ""},  // a row is no header
      {"We met the name, the place, the time\nand Rahim, Karim, Nabi\n", ""},  // prose: no header
      {"Names, ages, villages and the routes they took were recorded\nRahim, Karim, Nabi\n", ""},
      {"| Name | Age |\n| USMAN, HAUWA \"MAMA BIG\" | 47 |\n| Rahim \"\" | 3 |\n", "USMAN, HAUWA | MAMA BIG | Rahim"},
      {"# | NAME AS REPORTED | HOME\n3 | CISS\xC3\x89 A\xC3\xAFssata | Douentza\n5 | Intalla ag ALMOUSTAPHA | Hombori\n",
       "CISS\xC3\x89 A\xC3\xAFssata | Intalla ag ALMOUSTAPHA"},
      {"| Name of detainee | Age |\n| Rahim | 30 |\n\n| Name of village | Size |\n| Deh Sabz | 3 |\n", "Rahim"},
      {"Ref | Mother | Children in tent | Tent\nA-02 | x | Ali (6) | Tent 2-131\nA-03 | y | Yusuf (12), Hafsa (10) | 4-009\n"
       "\n| Children of the sector | Count |\n| Block 4 | 12 |\n",
       "Ali | Yusuf | Hafsa"},
      // An export's header: "nom_chef_menage" (a name by role), "recu_par"
      // and "agent" (roles; a login is a name there), a quoted cell's comma.
      {"id,site,nom_chef_menage,age,recu_par,agent,remarques\n"
       "K-1,Bloc 3,BANZA Sifa,17,BANZA Sifa,e.kitenge,\"veuve, seule\"\n"
       "K-2,Bloc 7,KALUME Jeanne,41,,r.mwenze,\n",
       "BANZA Sifa | BANZA Sifa | e.kitenge | KALUME Jeanne | r.mwenze"},
      // "nome_chefe_deslocado": a name word and words for whose name; a
      // blank line under a header before its rows.
      {"hh_id,bairro,nome_chefe_deslocado,n\nPBA-1,Muxara,Bernardo Namuera,6\n", "Bernardo Namuera"},
      {"Campos: folio;hora;operadora;nombre_llamante;telefono\n\nRS-4480;19:11;Itzel;Dilcia;+504 3140-9902\n",
       "Dilcia"},
      // "Vu" (seen by), casualties listed after their label, "Solicitante";
      // a "Head of HH" column.
      {"Vu : P. Doungoupou-K.\nInjured: Vandefan ORHII (machete cuts), Rebecca AONDOFA (gunshot)\n"
       "Solicitante: P\xC3\x89REZ Gu\xC3\xA9" "dez, Yusmary del Valle   Doc.: CI\n\n"
       "| S.N | Head of HH (gharmuli) | Ward |\n| 34  | Sabitri K.C.   | 6 |\n",
       "P. Doungoupou-K | Vandefan ORHII | Rebecca AONDOFA | P\xC3\x89REZ Gu\xC3\xA9" "dez | Sabitri K.C."},
      // Name labels joined by '&' head a name column ("inconnu" names no one);
      // a name and a role do not.
      {"N\xC2\xB0 | Nom & post-nom | Sexe\n4  | TUMAINI Mbayo | M\n5  | inconnu (non identifi\xC3\xA9) | M\n\n"
       "N\xC2\xB0 | Nom & fonction | Sexe\n5  | Pasteur | M\n",
       "TUMAINI Mbayo"},
      {"Nom du chef de m\xC3\xA9nage: KABILA Jean\n", "KABILA Jean"},
      {"Nombre del beneficiario: Luz Dary\n", "Luz Dary"},
      {"Nom de la localit\xC3\xA9: Kabeke\n", ""},
      {"Rapport\xC3\xA9 par : Fiston KOYASSAMBIA, moniteur\nVisa animatrice : A.N.C.\nVisa: Schengen\n",
       "Fiston KOYASSAMBIA | A.N.C."},
      {"Relu par : J-C. Bahati | Ligne 2\nRevisado por: Ana Quispe\n", "J-C. Bahati | Ana Quispe"},
      {"Agent: r.mwenze\nAgent: e.g\nAgent: the unit\n", "r.mwenze"},
      {"Exportado por: karla.mejia.hn  el 2024-03-08\n", "karla.mejia.hn"},
      // Fixed-width columns under a rule of dash runs; a row out of line is
      // skipped, a blank line ends the table.
      {"REG. NO.  NAME (SURNAME, given)  AGE  CAREGIVER / CONTACT  ORIGIN VILLAGE\n"
       "--------- ---------------------- ---- -------------------- --------------\n"
       "AWL-0305  \"Small Bol\" (BOL?)     ~8   unknown              unknown\n"
       "AWL-0309  NYANDENG Blessing      10   aunt Ayak Mou        Nyamlel\n"
       "AWL-0310 ATAK, Garang Atak 12 none\n"
       "AWL-0311  ATAK, Achol Atak       7    brother GARANG       Wanyjok\n\n"
       "AWL-0312  MAWIEN, Hope Nyibol    3    none                 unknown\n",
       "Small Bol | NYANDENG Blessing | Ayak Mou | ATAK, Achol Atak | GARANG"},
      // No rule: a header of cells split by two spaces or more, rows aligned
      // under it up to a line without such a gap.
      {"N\xC2\xB0  Nom et post-nom      Fonction            Localit\xC3\xA9\n"
       "01  Mwami BAHIZI Ntale   chef de groupement  Bushushu\n"
       "09  Nasib M'BIRHEMBE     chef d'avenue       Kalehe\n"
       "Total : 2 pr\xC3\xA9sents. Nasib Kalehe\n",
       "Mwami BAHIZI Ntale | Nasib M'BIRHEMBE"},
      {"We met  the team  at the site\nAhmad went  home  early today\nKarim  left  too\n", ""},
      // Prose the leak check blanked: long cells in a short header are no
      // headings.
      {"Mama Anna says the men  came from the  side, across the  and left\n"
       "Ahmad Bello went there  with the others  to see if the  ones were\n"
       "Karim Musa said they  left before the  rain and the  camp was\n", ""},
      // A heading of six words (cells split by one space inside a gap-split
      // header of five cells); the given names under "Pr\xC3\xA9nom(s)".
      {"N\xC2\xB0 NOM        Pr\xC3\xA9nom(s)   Sexe Age Lien avec le CM      CNIB       Provenance\n"
       "1  SAWADOGO   Boukary     M    47  CM                   B3318245   Dablo\n"
       "2  SAWADOGO   Azeta       F    39  epouse du CM         B5102774   Dablo\n",
       "Boukary | Azeta"},
      // A heading past its column, the header shorter than the rule.
      {"NO NAME (SURNAME, given) CAREGIVER\n-- ---------------- --------- -----\nK1 DICKO Hama       none\n",
       "DICKO Hama"},
      // A grid drawn with '+' under the header: the table goes on under it.
      {"N\xC2\xB0 | NOM Pr\xC3\xA9nom(s) | Sexe\n---+------------+-----\n1  | BOLY Sadou | M\n2  | CISS\xC3\x89 Adama | M\n",
       "BOLY Sadou | CISS\xC3\x89 Adama"},
      // A name the leak check blanked before "dit" leaves no name.
      {"| Name | Age |\n|                dit \"    \" | 34 |\n", ""},
      {"| Nom | Age |\n|          n\xC3\xA9" "e           | 44 |\n", ""},  // nor before "n\xC3\xA9" "e"
      {"| Village (name, district) | Size |\n| Deh Sabz | 3 |\n", ""},
      {"| File name | Size |\n| Report | 3 |\n", ""},
      {"  EC NAME                   FAM   PERS\n  Batang Chapel (Sto. Nino)  37   141\n  Guiuan Gym                 16    55\n", ""},
      {"| Village | Households |\n| Deh Sabz | 40 |\n", ""},
      // A column of a household's members, an aside after each age; not a line's label.
      {"N\xC2\xB0 | Chef | Membres (\xC3\xA2ge, lien) | Venu\nB1 | Boubakari SALI | Hawaou 40 (\xC3\xA9p. 1), Ma\xC3\xAFramou 29,"
       " | Niem\n   |   | Nafissatou 12, Souleymanou 9 + 2 |  \nMembres : OCHA, UNHCR\n",
       "Hawaou | Ma\xC3\xAFramou | Nafissatou | Souleymanou"},
      {"HH | Members (age) | Notes\n03 | Paulo (6), Sina (1) | ok\n08 | visiting from Nanumaga, 3 pax | x\n", "Paulo | Sina"},
      // Those who signed, by their initials; Md. opening a name.
      {"Prepared: Farhana Akter | Checked: Md. Shafiqul Islam\nInitials: FAM / MSI / AHC\n",
       "Md. Shafiqul Islam | FAM | MSI | AHC"},
      // A threat register's column of leaders.
      {"| ID | L\xC3\xAD" "der / lideresa | Rol |\n| AM-1 | Seykunarin VILLAFA\xC3\x91" "A | Vocera |\n| AM-2 | Yaneth EPIEY\xC3\x9A Uriana | x |\n",
       "Seykunarin VILLAFA\xC3\x91" "A | Yaneth EPIEY\xC3\x9A Uriana"},
      // A truck's conductor ("kamsari", "turnboy") heads a column of names.
      {"Veh | Driver | Kamsari | Cargo\nT1  | Adam HAROUN | Tutu Kafi | sorghum\nT2  | Bakheet ALTOM | Nasreldin | pulses\n",
       "Adam HAROUN | Tutu Kafi | Bakheet ALTOM | Nasreldin"},
      {"a | b\nc | d\n", ""},
      // Haitian Creole headings: "Non, siyati" (name, surname), "Tinon"
      // (nickname); "Non" alone heads no names (a yes/no column).
      {"| No | Non, siyati | Tinon | Laj |\n|----|----|----|----|\n| 11 | SAINT-LOUIS, Gerald | Pe Gege | 66 |\n\n"
       "| Oui | Non |\n|---|---|\n| Kobe | Lenz |\n",
       "SAINT-LOUIS, Gerald | Pe Gege"},
      // A ';' inside the last cell (free notes) does not end the table.
      {"case_id;surname;given_name;age;notes\nTJ-1;KHOJAEV;Bakhtiyor;36;journalist; press card\n"
       "TJ-1;KHOJAEVA;Nigina;31;\n",
       "KHOJAEV | Bakhtiyor | KHOJAEVA | Nigina"},
      // Every name column, and exports with ';' between cells and '_' in the header.
      {"id;surname;given_name;patronymic;origin\nG-1;Hakobyan;Aram;Sureni;Martuni\nG-2;Grigoryan;;Gagiki;Askeran\n",
       "Hakobyan | Aram | Sureni | Grigoryan | Gagiki"},
      {"| Name | Father's name | Age |\n| Rahim | Karim Shah | 30 |\n", "Rahim | Karim Shah"},
      {"He left; the surname was unknown; we waited.\nAhmad stayed; Karimi left; then rain.\n", ""},  // prose
      {"Name;Age\nRahim;30\n", ""},  // a ';' header needs three cells
      // A row is no header: digits, or text after a parenthesis ("Driver
      // (call sign ...) ordered" under no name column).
      {"No. | Time | Note\n02 | 08:15 | Driver (call sign \"Tank\") stopped\n04 | 11:20 | Short stop\n", ""},
      {"Time | Note\nat noon | Driver (call sign \"Tank\") stopped\nlater | Short stop\n", ""},
      // A row whose first or last value was blanked (as the leak check reads
      // an output) stays in its table.
      {"Name | Role | E-mail\nRahim Karimi | Driver | r@x.example\n             | Interpreter |         \n"
       "Zarghona | Block leader | -\n",
       "Rahim Karimi | Zarghona"},
      {"| Name | Role |\n|        | Interpreter |\n| Zarghona | Block leader |\n", "Zarghona"},
      // Records: the name, a nickname in quotes, then the sex and the age.
      {"DIALLO Mariama, F, 16, Djibo; KABORE Adjaratou \"Tantie\", F, 22, Kaya; MAIGA Issa, M, 17, Tin-Akoff.",
       "DIALLO Mariama | KABORE Adjaratou | Tantie | MAIGA Issa"},
      {"Evacuees: Rahim Karimi (M, 34); Zarghona Karimi (F/30)", "Rahim Karimi | Zarghona Karimi"},
      {"The victim, a woman (F, 34), was found.", ""},
      {"The girl, F, 12, was found.", ""},
      {"Roya Sadat, nurse, F, 34", ""},
      {"Kabul, Mfg, 12", ""},
      {"Ahmad, M, 1234", ""},
      {"(F, 3)", ""},
      // The sex in small letters, an estimated age, a note after the age in
      // parentheses, a list marker, a parent after "d/o".
      {" a) Majok Chol, m, ~19\n d) Abuk Makur d/o Makur Deng, f, 16 - shot\n"
       " Deng Ajak; Peace Adut Manyiel (f, 14, GSW arm);\n Gift Makur (m, 12); elder\n",
       "Majok Chol | Abuk Makur | Makur Deng | Peace Adut Manyiel | Gift Makur"},  // not "Deng Ajak": no sex nor age
      {"the girl, f, 12, was found; a boy (m, 3 years)", ""},
      {"3 wounded - Aluel Mayen (F, 30s, GSW leg), boy (m, 3s)", "Aluel Mayen"},
      // Speakers of a chat export.
      {"[04/03/2024, 08:12] Blessing Okafor: Please who has contact\n[04/03/2024, 08:40] Chinedu \"Chi-Boy\" Eze: ok",
       "Blessing Okafor | Chinedu \"Chi-Boy\" Eze"},
      {"[17/04/2025, 12:15:44] ~ Thando: Hi all\n[17/04/2025, 12:17:30] ~\xE2\x80\xAFZodwa M: ok", "Thando | Zodwa M"},
      {"[08:12] Chinedu \"Chi-Boy\" Eze: chi-boy here\n[08:13] Okafor: ok chi-boy", "Chinedu \"Chi-Boy\" Eze | Okafor | chi-boy | chi-boy"},
      {"04/03/2024, 08:12 - yonas tesfay: senait moved\n", "yonas tesfay"},
      // Mentions of the speakers, in any case, once two speaker lines make a chat.
      {"[08:12] Gift Osas: hi\n[08:13] Yonas: me and gift, GIFT and gifts; yonas-x\n",
       "Gift Osas | Yonas | gift | GIFT"},
      // More than sixteen speaker words (looked up at each word start): the
      // same mentions.
      {"[08:01] Gift Osas: hi\n[08:02] Yonas Tesfay: hi\n[08:03] Amani Juma: hi\n[08:04] Baraka Otieno: hi\n"
       "[08:05] Chiku Wanjiru: hi\n[08:06] Dalia Hassan: hi\n[08:07] Eshe Mutua: hi\n[08:08] Faraji Kamau: hi\n"
       "[08:09] Halima Noor: me and gift, GIFT and gifts; yonas-x, -halima; noorani and Noor.\n",
       "Gift Osas | Yonas Tesfay | Amani Juma | Baraka Otieno | Chiku Wanjiru | Dalia Hassan | Eshe Mutua | "
       "Faraji Kamau | Halima Noor | gift | GIFT | Noor"},
      {"[2024-03-04 08:12:33] Amina: ok", "Amina"},
      // A time written with periods after the date; not a number alone.
      {"[03/07/23 07.30.18] dr Sinta RSUD: bisa\n[03/07/23 07.31.02] Agus Wetipo: ok\n[1.5] Note: x",
       "dr Sinta RSUD | Agus Wetipo"},
      // Fields on one line split by bars; a radio room's operators.
      {"Date: Thu 22/02/2024 | Operators: Gift Lado (06:00-14:00), Akech Mabior (14:00-22:00)\n"
       "Code : NGZ-0219 | Interpr\xC3\xA8te : D\xC3\xA9o MANIRAKIZA",
       "Gift Lado | Akech Mabior | D\xC3\xA9o MANIRAKIZA"},
      // An affiliation in parentheses after a speaker's name is not the
      // speaker's, nor an office's abbreviation among the speaker's words.
      {"04/02/2024, 07:16 - Okello Patrick (UNHCR Yumbe): hi\n04/02/2024, 07:18 - Drasiku OPM: ok. OPM says okello\n"
       "04/02/2024, 07:19 - Amina (mama Deng): yes",
       "Okello Patrick | Drasiku OPM | Amina (mama Deng) | okello"},
      // Nor an office and its town in parentheses, nor what follows a flag;
      // the town is no speaker's word ("Dajabon" below).
      {"[14/03/24, 06:52:10] ~ Yoselin Pe\xC3\xB1" "a (CDH Dajabon): hi\n"
       "[14/03/24, 06:58:41] Wilner \xF0\x9F\x87\xAD\xF0\x9F\x87\xB9 Ouanaminthe: bonjou\n"
       "[14/03/24, 07:01:00] Ana (MAMA Deng): ok Dajabon, Ouanaminthe; wilner",
       "Yoselin Pe\xC3\xB1" "a | Wilner | Ana (MAMA Deng) | wilner"},
      // A phone number for a speaker names the person in parentheses after it.
      {"[21:15] +57 300 555 8821 (Flaca): hola\n[21:16] Lorena: la flaca dice", "Flaca | Lorena | flaca"},
      {"[21:15] +57 300 555 8821 (2): hola\n[21:16] +57 (Ana): x\n[21:17] 555 8821 (Ana) ok", ""},
      // Or after it, before the colon.
      {"[08:40] +249 99 614 2270 Nasreldin: salam\n[08:41] +249 99 614 2270 : ok\n[08:42] +24 Ali: x",
       "Nasreldin"},
      {"[08:12] \"Chi-Boy\" Eze: ok", "Chi-Boy\" Eze"},
      {"[08:12] \"\": ok\n[08:12] \" Eze: ok", ""},
      {"[note] Amina: ok\n[12] Amina: ok\n[08:12] +93 70 123: ok\n[08:12] : ok\n04/03 - Amina: ok", ""},
      {"[08:12] This is a very long line without any colon in the first forty bytes: ok", ""},
      // A voice-note log: the speaker before a phone number in parentheses, a
      // saved name in parentheses and " - ", or " - " and a kind of message;
      // not a note whose time stamp opens a sentence.
      {"[02/05 06:12] Deng Kuol Arop (+211 92 004 7781) - voice 0:48 - ND\n"
       "[02/05 06:20] achol.b (Achol Bol Madut) - text - EN\n[02/05 07:02] Nyanut - voice 2:04\n",
       "Deng Kuol Arop | achol.b | Achol Bol Madut | Nyanut"},
      {"[12:30] Meeting started - all present\n[12:31] Rain (heavy) in the north\n[12:32] Convoy (3) - text\n", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(Names(*detector, c.text), c.want) << c.text;
}

// The values of place labels and the cells of place columns are reported
// as LOC/FIELD findings (context for resolve), when they read as a place's
// name; persons' labels that start with a place word are still persons'.
TEST(FieldNameTest, PlaceLabelsAndColumns) {
  const auto detector = NewFieldNameDetector();
  const auto places = [&](std::string_view text) {
    return quasi_testing::Values(*detector, text, Kind::kLoc, "fields", "FIELD", -1.0f,
                                 KindBit(Kind::kPerson) | KindBit(Kind::kPhone) | KindBit(Kind::kId));
  };
  const Case cases[] = {
      {"Village of origin: Martuni\n", "Martuni"},
      {"Sites: Antakya / Defne / Samanda\xC4\x9F       Owner: PSS + CP team\n", "Antakya / Defne / Samanda\xC4\x9F"},
      {"Governorate: Hajjah | Districts: Abs, Kuaydinah, Aslam | Updated: 14/06 by M. Nasser\n", "Hajjah | Abs, Kuaydinah, Aslam"},
      {"| S/N | LGA OF ORIGIN | SEX |\n| 003 | Marte | M |\n| 004 | Konduga | F |\n", "Marte | Konduga"},
      {"Place of birth: Nor Nork, Yerevan\n", "Nor Nork, Yerevan"},
      {"Lieu de naissance: Bangui\n", "Bangui"},
      {"Lugar de origen / Place of origin: Smara\n", "Smara"},
      {"Name of camp: Kutupalong camp\n", "Kutupalong camp"},
      {"District: Dar es Salaam.\n", "Dar es Salaam"},
      {"Location: with her uncle in Goris\n", ""},  // a lower-case word: may hold a person
      // An aside in parentheses ends a value that is otherwise no name.
      {"Lieu : Kanyaruchinya / Munigi (m\xC3\xA9nages revenus)\n", "Kanyaruchinya / Munigi"},
      {"Location: with her uncle (Goris)\n", ""},
      {"Location: the market\n", ""},
      {"Camp manager: Aram Petrosyan\n", ""},       // a person's label
      {"Site: ali@example.org\n", ""},
      {"reg_id;surname;given_name;origin_settlement;current_shelter\n"
       "GRS-1;Hakobyan;Aram;Martuni;Goris \xE2\x80\x93 Kindergarten No. 3\n",
       "Martuni | Goris \xE2\x80\x93 Kindergarten No. 3"},
      {"| No | Village | Count |\n| --- | --- | --- |\n| 1 | Pissila | 40 |\n", "Pissila"},
      // Two languages joined by a slash without spaces; not a label cut
      // after its slash.
      {"| No | Jina | Kijiji/Location | Ukubwa |\n|----|----|----|----|\n| 3 | Roba Guyo | Kalacha | 9 |\n", "Kalacha"},
      {"| No | Kijiji/ | Ukubwa |\n|----|----|----|\n| 3 | Kalacha | 9 |\n", ""},
      {"ID;name;last place in PK;destination\nT-1;Gul Agha;Nasir Bagh, Peshawar;Achin\n",
       "Nasir Bagh, Peshawar | Achin"},  // " in " joins the head word as " of " does
      // The head before " on " or " at ": a person on the site.
      {"TEAM\tDESTINATION\tPOC ON SITE\tPHONE\nS-2\tHanano 2\tUbah Warsame (CCCM)\t061\n", "Hanano 2"},
      {"TEAM\tFOCAL POINT AT CAMP\nS-2\tUbah Warsame\n", ""},
      {"N\xC2\xB0;Nom;Sexe;Provenance\n01;Hamadou;M;Tongo Tongo\n", "Tongo Tongo"},  // provenance
      // "From" in a register of persons (a column of ages or sexes); not in a log of messages.
      {"No|Name (as declared)|Sex|Age|From|Arr\n1|Letebrhan Gebru|F|33|Mai Kadra|12/11\n", "Mai Kadra"},
      {"No|From|To|Subject\n1|Amina Yusuf|Omar Ali|convoy\n", ""},
      {"id;abrigo;bairro_origem;nome\nA01;EPC Munhava Central;Munhava;Joaquim Chirindza\n",
       "EPC Munhava Central | Munhava"},  // Portuguese shelter and neighbourhood columns
      // A heading the leak check's copy blanked ("Sexe" redacted) is still
      // a heading; an empty one is not.
      {"N\xC2\xB0;Nom;    ;Provenance\n01;Hamadou;M;Anzourou\n", "Anzourou"},
      {"N\xC2\xB0;Nom;;Provenance\n01;Hamadou;M;Anzourou\n", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(places(c.text), c.want) << c.text;
  // The person columns of the export are still read.
  EXPECT_EQ(Names(*detector, "surname;given_name;origin_settlement\nHakobyan;Aram;Martuni\n"), "Hakobyan | Aram");
}

// The numbers under a column headed by a word for a phone, in any format;
// not a time, a count, a code glued to letters, nor a column of names.
TEST(FieldNameTest, PhoneColumns) {
  const auto detector = NewFieldNameDetector();
  const auto phones = [&](std::string_view text) {
    return quasi_testing::Values(*detector, text, Kind::kPhone, "fields", "FIELD", -1.0f,
                                 KindBit(Kind::kPerson) | KindBit(Kind::kLoc) | KindBit(Kind::kId));
  };
  const Case cases[] = {
      {"| N\xC2\xB0 | Chef de m\xC3\xA9nage | T\xC3\xA9l\xC3\xA9phone | Personnes |\n|----|----|----|----|\n"
       "| 1 | Awa Ndiaye | 77 123 45 67 | 6 |\n| 2 | Moussa Sarr | 76 554 21 09 | 4 |\n",
       "77 123 45 67 | 76 554 21 09"},
      {"nom,telephone,village\nIbrahima Fall,78 402 11 56,Nganda\n", "78 402 11 56"},
      {"hh_id,head_name,phone_number,msisdn,alt_phone,tel2,village\nH-1,Ali Musa,76 554 21 09,221765542109,,0733 112233,Kahi\n",
       "76 554 21 09 | 221765542109 | 0733 112233"},  // an export's headings
      {"Name\tMobile no.\tVillage\nAsha\t+254 (0)722 418903 / 0733 112233\tKalacha\n",
       "+254 (0)722 418903 | 0733 112233"},
      {"| Name | Contact | Age |\n| Asha | 08:15 call back | 3 |\n| Ali | 12 | 4 |\n| Omar | AB1234567 | 5 |\n", ""},
      {"| Name | Contact |\n| Asha | Juma Ali |\n", ""},
      // An aside in parentheses after the number; Turkish "Telefon".
      {"NOM Pr\xC3\xA9nom | \xC3\x82ge | Contact\nMOUSSA Issa | 19 | 90 12 33 48 (fr\xC3\xA8re : Ali)\n",
       "90 12 33 48"},
      {"| Dosya | Client | Telefon |\n|---|---|---|\n| HLA-1 | Ali Musa | 0 (505) 218 33 90 |\n", "0 (505) 218 33 90"},
      {"| Case | Complainant | Callback |\n|---|---|---|\n| CFM-1 | Xaliimo Ibraahim | 62 4418807 |\n", "62 4418807"},
      {"its_code,shawish,shawish_phone,tents\nBE-014,Abu Jassem,03 418 227,46\n", "03 418 227"},
      {"N\xC2\xBA  | NOME COMPLETO    | CONTACTO\n----+------------------+-------------\n03  | Muanacha Abudo   | 87 440 2219\n",
       "87 440 2219"},
  };
  for (const Case& c : cases) EXPECT_EQ(phones(c.text), c.want) << c.text;
}

// The codes under a column headed by a word for an identity, card or case
// number; not a short row number, a word, a date's time.
TEST(FieldNameTest, IdColumns) {
  const auto detector = NewFieldNameDetector();
  const auto ids = [&](std::string_view text) {
    return quasi_testing::Values(*detector, text, Kind::kId, "fields", "FIELD", -1.0f,
                                 KindBit(Kind::kPerson) | KindBit(Kind::kLoc) | KindBit(Kind::kPhone));
  };
  const Case cases[] = {
      {"No Name               e-Tazkira       Phone\n-- ------------------ --------------- ----------\n"
       "01 Gul Ahmad Safi     1402-0903-18274 0799412336\n",
       "1402-0903-18274"},
      {"| Name | FCN | Case no. |\n|---|---|---|\n| Asha | 1 4821 0093 | KEN-DAD-0034412 |\n",
       "1 4821 0093 | KEN-DAD-0034412"},
      {"name,relation,FCN/ID,location\nSufia Khatun,mother,1-0072-1154,Bhasan Char C42\n", "1-0072-1154"},
      {"| # | Name | Civil ID | DNI |\n|---|---|---|---|\n| 01 | KHIDIR | 21873304 | 45120983 |\n", "21873304 | 45120983"},
      {"| Name | ID |\n| Asha | A01 |\n| Ali | lost 12345kg |\n| Omar | none |\n", ""},
      // A household's or a case's short code: three digits and two capitals.
      {"| N\xC2\xB0 m\xC3\xA9nage | NOM, Pr\xC3\xA9nom | Pi\xC3\xA8" "ce |\n|---|---|---|\n"
       "| KY-0412 | DICKO, Awa | B 4718206 |\n| KY-0413 | SANOU, Ali | - |\n",
       "KY-0412 | 4718206 | KY-0413"},
      {"case_id,name,sex,age\nPRT-XY-0912,Rasha Ali,F,34\n", "PRT-XY-0912"},
      // A column of number plates; not a cell of words, nor one digit.
      {"Time  | Vehicle       | Plate          | Remarks\n06:41 | Toyota Noah   | BN 2217 A      | ok\n"
       "07:33 | Land Cruiser  | SL 4-2290 (SL) | x\n18:10 | Motorcade     | (no plates)    | y\n"
       "18:12 | Bus           | PL 1           | z\n",
       "BN 2217 A | SL 4-2290"},
      // Headings whose last word is "plate"; an employee's number.
      {"Pos | Tractor plate | Trailer plate | Model\nT1  | CHT 418       | CHR 0772      | Volvo FH 460\n",
       "CHT 418 | CHR 0772"},
      {"| Name | Emp. no. | Status |\n|---|---|---|\n| AL-SHARABI, Mohammed | 0718342 | paid |\n", "0718342"},
      // A rule whose first column is one dash wide, under a "#" heading.
      {" #  Name (as in passport)     Passport      Start\n -  ------------------------  ------------  -------\n"
       " 1  MAUNG MAUNG LAT           MF 402318     03/2023\n",
       "MF 402318"},
      {"Name    Passport\n- - - - -\nAli     4471902 x\n", ""},  // dashes one wide only: no rule
      {"| Name | Passport | Note |\n|---|---|---|\n| MAUNG MAUNG LAT | MF 402318 | WP 2 |\n| ANA | ID 4471902 | x |\n"
       "| OMAR | DUI 04471902 | y |\n",
       "MF 402318 | 4471902 | 04471902"},
      {"Expediente | Nombre | Edad\nTNQ-0101-09 | Josu\xC3\xA9 Flores | 19\n", "TNQ-0101-09"},
      {"| # | Name | Citizenship No. |\n|---|---|---|\n| 1 | Dil Maya | 62-01-74-03519 |\n", "62-01-74-03519"},
      {"UASC no.      Name                  Age\nMKL-UASC-1180 Nyakuma Ruei          11\nMKL-UASC-1181 Gatdet Ruei           8\n",
       "MKL-UASC-1180 | MKL-UASC-1181"},
      // A heading whose last word is ID: the numbers in a cell beside a name.
      {"No Name          Escort (relation) ID\n-- -------------- ---------------------------\n"
       "01 Nasser Ali     Shifaa Ali (mother) 403318923\n",
       "403318923"},
      // Near misses: one capital and three digits; a row number; a heading
      // that only ends in the letters "id".
      {"| Name | Case no. | Note |\n|---|---|---|\n| Asha | B-123 | 2 |\n", ""},
      {"| Name | Paid | Note |\n|---|---|---|\n| Asha | KY-0412 | ok |\n", ""},
      {"No\tHH head\tToken\tKit\n1\tBANDA, Chikondi\tNS-0141\tNFI\n", "NS-0141"},
      // Kyrgyzstan's PIN, Indonesia's NIK, a document's and an incident's
      // number, as registers head them.
      {"| # | Full name | PIN (INN) | Age |\n|---|---|---|---|\n| 1 | Osmonova Cholpon | 11203197400418 | 48 |\n",
       "11203197400418"},
      {"  Name           NIK                Age\n  -------------  -----------------  ---\n"
       "  Yakobus Pekei  9171021203950004   28\n",
       "9171021203950004"},
      {"No  Name                 Doc no.       Age\n--  -------------------  ------------  ---\n"
       "01  HAKOBYAN, Vachagan   AN0318842     61\n",
       "AN0318842"},
      {"INC-ID   | VICTIM             | NOTES\nHRE-0412 | CHIKORE, Tafadzwa  | abducted\n", "HRE-0412"},
      {"id,shelter,surname,given\nT-0912,MoldExpo B,Tkachenko,Svitlana\nH-041,Palanca,Rusu,Ion\n", "T-0912"},
      {"id_suivi;nom_complet;sexe;age\nRUY-0112;Niyonzima Claudine;F;47\n", "RUY-0112"},
      // "ID / phone": an ID's heading before a phone's last word.
      {"Inc\tVictim\tAge/Sex\tID / phone\nBO-0613\tHAUWA ABDULLAHI\t22/F\tIDP card BMA/00417\n", "BMA/00417"},
  };
  for (const Case& c : cases) EXPECT_EQ(ids(c.text), c.want) << c.text;
}

// The cells under a column headed by a word for a shelter, a hut, a tent or
// a room that hold a digit, up to an aside; not a cell without a digit,
// not a column of another heading.
TEST(FieldNameTest, ShelterColumns) {
  const auto detector = NewFieldNameDetector();
  const auto shelters = [&](std::string_view text) {
    return quasi_testing::Values(*detector, text, Kind::kAddress, "fields", "FIELD", -1.0f,
                                 KindBit(Kind::kPerson) | KindBit(Kind::kLoc) | KindBit(Kind::kPhone) |
                                     KindBit(Kind::kId));
  };
  const Case cases[] = {
      {"| # | Head of household | Hut |\n|---|---|---|\n| 1 | Dil Maya Rai | B-1, F-4/112 |\n"
       "| 2 | Ram Rai | Pathri, A-2/9 (old) |\n| 3 | Hari Rai | unknown |\n",
       "B-1, F-4/112 | Pathri, A-2/9"},
      {"hh_id,head_name,site,shelter,phone\nH-1,Faadumo Cabdi,Jilab 2,J2-093,0907 380 114\n", "J2-093"},
      {"Date | Camp | Block/Shelter | Caller\n-----|------|------|-----\n29-Jul | 13 | C-3 / C3-0112 | Mohammed Yunus\n",
       "C-3 / C3-0112"},
      {"| # | Name | Site |\n|---|---|---|\n| 1 | Dil Maya Rai | Block 4 |\n", ""},
      {"hh_id,name_form,sex,new_plot,notes\nH-17,\"SOK, Chanthou\",F,B-117,refused\n", "B-117"},
  };
  for (const Case& c : cases) EXPECT_EQ(shelters(c.text), c.want) << c.text;
}

TEST(FieldNameTest, AnyBytesGiveFindingsInsideTheText) {
  const auto detector = NewFieldNameDetector();
  uint64_t rng = 0x9E3779B97F4A7C15ull;
  const char alphabet[] = "Name:Aliasfther's \n,.-/aA1\xC3\xA9\xD0|\t(FM\"";
  for (int t = 0; t < 3000; ++t) {
    std::string text;
    const size_t len = rng % 60;
    for (size_t i = 0; i < len; ++i) {
      rng = rng * 6364136223846793005ull + 1442695040888963407ull;
      text.push_back(alphabet[(rng >> 33) % (sizeof(alphabet) - 1)]);
    }
    EXPECT_NE(Names(*detector, text), "bad finding") << text;
  }
}

}  // namespace
}  // namespace tearline
