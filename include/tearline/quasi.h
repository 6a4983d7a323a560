// tearline/quasi.h — the quasi-identifier detector (DEM, QUANTITY, ORG and
// DATE durations/ranges) and two rule detectors for persons' names: titled
// names ("Ms J. Chrzanowska") and code names ("informant KESTREL"), declared
// at the end.
//
// WHAT THESE TYPES REPRESENT
//   The quasi detector (Detector id "quasi") finds attributes that identify a
//   person in combination rather than alone, with rules and lexicons instead
//   of a statistical model:
//   - DEM (demographic attributes of a person), subkinds:
//       NATIONALITY  demonyms and "X national(s)" ("British", "a Turkish national");
//       ETHNICITY    ethnic groups and tribes, including "-zai"/"-khel" tribal
//                    names ("Pashtun", "Hazara", "Ahmadzai");
//       RELIGION     religions and denominations ("Sunni", "Christian");
//       OCCUPATION   occupations ("teacher", "police officer", "lorry driver");
//       HEALTH       health conditions and disabilities ("schizophrenia",
//                    "sciatica", "total disability");
//       AGE          ages ("aged 34", "34-year-old", "63 years old",
//                    "at the age of 12", "eighteen years of age").
//   - QUANTITY, subkinds MONEY (sums of money: "EUR 5,000", "5,000 euros",
//     "£200", "USD 1.2 million", "100,000 Turkish liras (TRY)", with a leading
//     "approximately"/"about" and a trailing "(EUR)" included), PERCENT
//     ("40%", "18.5 per cent"), MEASURE ("50 metres", "26 km/h"), COUNT (a
//     number of at most three digits or number words, not "two", an optional
//     "other" and a plural noun: "seventy-one hearings", "571 landowners";
//     confidence 0.3).
//   - DATE (which TAB counts as DATETIME), subkinds DURATION ("three
//     years", "two-year", "one year and four months", "two and a half
//     years"; not after "within", "every", "than", "after", "each", "past",
//     nor before "time", "period", "limit": those are rules, not facts) and
//     RANGE (dates that share one year, as one span: "14 and 27 July 1999",
//     "7 January, 18 February and 25 October 2004", "February and March
//     2001"; after "between" the parts may have years and "between" is
//     included: "between 5 May 2006 and 24 October 2008"; a list that goes
//     on after a year is one range per year; years 1800-2099 in a list or a
//     range: "1994, 1995 and 1997", "1960 to 1979").
//   - ORG, subkind "" : runs of capitalised words headed by an organisation
//     word ("Kayseri Administrative Court", "Ministry of the Interior",
//     "University of Köln", "Ozturk Bank", "Wronki Prison"), a directly
//     following parenthetical gloss included ("Sztum Prison (Zakład Karny)");
//     and names from the org lexicon. Names made only of generic words
//     ("the Court", "Supreme Court", "Court of Cassation") are reported with a
//     low confidence, because they rarely identify anyone.
//   Context changes a lexicon hit's confidence: a DEM word directly before a
//   capitalised word or a currency noun ("Turkish Government", "Turkish
//   liras") drops to 0.05; a demonym before "national(s)"/"citizen(s)" gets
//   0.3, its span including a singular "national"/"citizen" after "a"/"an"
//   ("a Turkish national"), and 0.08 for the plural; otherwise the span
//   stays on the demonym; a singular
//   occupation after "a"/"an"/"as" rises to 0.6 (entries from 0.09 up, so
//   "lawyer", 0.09 alone, counts only with an article), and an occupation
//   directly followed by "practising"/"practicing" drops to 0.05 ("a lawyer
//   practising in X" introduces a representative, not the person described).
//   Confidences are calibrated on the TAB training split: roughly the share
//   of such candidates that TAB annotates as DIRECT or QUASI. Organisation
//   heads of state bodies (Court, Ministry, Chamber, Tribunal) carry 0.09:
//   TAB masks few of them, and the tagger finds the ones it does.
//   Overlapping findings are possible (an ORG containing a demonym); the
//   resolve stage merges them.
//
//   LEXICONS. A lexicon directory holds UTF-8 text files, one entry a line,
//   '#' starting a comment line, an optional confidence after a TAB
//   ("Sunni\t0.6"); entries without one get the file's default. Files (each
//   optional; a missing file is an empty lexicon):
//     dem_nationality.txt  (default 0.5)   dem_ethnicity.txt (0.6)
//     dem_religion.txt     (0.5)           dem_occupation.txt (0.35)
//     dem_health.txt       (0.5)
//     org_names.txt        (0.6)  whole organisation names and acronyms
//                                 (ORG, subkind LISTED)
//     org_groups.txt       (0.6)  armed groups and proscribed movements
//                                 (ORG, subkind GROUP)
//     org_heads.txt        (0.6)  words that head an organisation name
//     org_generic.txt      (-)    words that alone never make a name specific
//   The names of org_names.txt and org_groups.txt are listed organisations
//   (IsListedOrganisation and ReadListedGroups in tearline/resolve.h).
//   Matching is on whole words, ASCII-case-insensitive; an entry written with
//   a capital first letter matches only a capitalised word. Words are runs of
//   letters and digits; "-", "’" and "'" inside a phrase match the same as a
//   space ("non-commissioned officer" = "non commissioned officer").
//
// THREAD SAFETY
//   A compiled detector is immutable and may be shared by threads; its
//   scratch is per thread (see tearline/detect.h).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tearline/detect.h"
#include "tearline/finding.h"
#include "tearline/status.h"

namespace tearline {

// One lexicon entry, as read from a lexicon file.
struct QuasiLexiconEntry {
  std::string phrase;          // as written in the file (one or more words)
  Kind kind = Kind::kDem;      // kDem or kOrg
  std::string_view subkind;    // static storage: "NATIONALITY", ..., "", "LISTED" or "GROUP" for ORG
  float confidence = 0.5f;     // in [0, 1]
};

// All lexicons of a detector.
struct QuasiLexicons {
  std::vector<QuasiLexiconEntry> entries;  // dem_*.txt, org_names.txt, org_groups.txt
  std::vector<QuasiLexiconEntry> org_heads;  // org_heads.txt (kind kOrg)
  std::vector<std::string> org_generic;      // org_generic.txt
};

// Reads the lexicon files of `dir` described above. Errors: kIOError when a
// present file cannot be read, kBadInput (file name and line number, never
// the entry) when a line is not valid UTF-8 or has a confidence outside
// [0, 1]. A missing directory is kNotFound.
Result<QuasiLexicons> LoadQuasiLexicons(const std::string& dir);

struct QuasiOptions {
  // Candidates below this confidence are not reported at all.
  float min_confidence = 0.05f;
};

// Compiles the detector from lexicons already in memory. Fails with
// kInvalidArgument when an entry has no word or a confidence outside [0, 1].
Result<std::unique_ptr<const Detector>> CompileQuasiDetector(const QuasiLexicons& lexicons,
                                                             const QuasiOptions& options = {});

// LoadQuasiLexicons(lexicon_dir) followed by CompileQuasiDetector.
Result<std::unique_ptr<const Detector>> CompileQuasiDetector(const std::string& lexicon_dir,
                                                             const QuasiOptions& options = {});

// The titled-name detector (Detector id "titles", kind PERSON, subkind
// TITLED, confidence 0.6): a capitalised personal honorific (Mr, Mrs, Ms,
// Miss, Dr, Prof, Mullah, Maulvi, Mawlawi, Maulana, Qari, Haji, Sayed, Syed,
// Ustad, Sheikh, Herr, Frau, Mme, Mlle, Monsieur, Señor, Señora, Doña, the
// Burmese Daw, Saya and Ashin, the clergy's Imam, Pastor, Pasteur, Pastora, Fr (Father) and Sr
// (Sister), Hon, the Philippine Kapitan, Kagawad and Kgd, the Sahel's Alhaji, Alhaja, Hajiya,
// Malam, Mallam, Bulama, Ustaz, Ustadh, the Somali Suldaan, Ugaas, Garaad,
// the Portuguese and Spanish Sra, Srta, Dona, Ir (Irmã), Irmã, Frei, and
// Madam and Mama ("Madam Gift", "Mama Ngozi"), the Swahili Mzee and Bwana
// ("Mzee Dub Tadicha"), Chad's Hadjé, Hadje, Hadja
// ("Hadjé Fatimé Mbodou"), Aceh's Teungku, Tgk and Keuchik (the village
// head: "Keuchik Zulkifli"), Mindanao's Datu and Hadji, the Philippine police's PLtCol, PCol, PMaj and PCpt, the Italian
// Dott and Sig, the South Asian Moulavi, Moulvi and Molvi, the Indonesian Pak, Bapak
// and Ibu, the Kurdish Xanim and Mamoste;
// the Burmese and Karen U, Ko, Ma, Naw and Saw, and the French kin words of
// Central and West Africa Papa, Tonton and Tantine ("Tonton Émile"), and the Balinese I
// and Ni before a birth-order name (Wayan, Made, Nyoman, Ketut, Putu, Gede, Kadek,
// Komang, Nengah, Luh) and another name word ("I Made Gede"), and the Indian Smt,
// Shri and Shrimati (the first two also before a period: "Smt. Budhni MURMU"; not
// "SMT", a security team, nor "Sri": Sri Lanka), and the French OPJ ("OPJ Banza
// KITWA"; these four before a family name in capitals too), only so written, before a
// space and name words in title case, since they are also words and
// abbreviations ("U.S.", "MA", a chat's "U GOING OUT"; "U" also needs two
// name words and no lower-case word before it: "so U Know What"; "Ko
// Samui", a Thai island, is read as a name; "Maung", before a man's name
// and often its first word too: "Maung Maung Gyi"); and variant spellings; others may follow it:
// "Mullah Haji") and then one to four
// capitalised name words, of which one has at least three letters (or one
// initial and its period with no capitalised word after it: "Dr. K.",
// "Ustadh K."), joined by
// spaces, "-" or "'", or by the period of the honorific, an initial or a
// two-letter abbreviation, or by a period alone between two initials: "Ms J.
// Chrzanowska", "Mr Cz. Sławski", "Mr C.-H. Ehrenkrona", "Moulavi M.H. Ansar";
// after initials run together only one family name in title case, before no
// other capitalised word ("Dr. P.C. Kit PEP" names no one). The span runs
// from the honorific to the last name word (a
// possessive "'s" left out).
// Abbreviated ranks and degrees count as honorifics with their period only
// ("Cpt. Rahman", "Cdr. Lion", "Adj.-chef Samuel Doko", "Tte.", "Lic.",
// "Ab.", "Pol.", the Portuguese "Pe." of a priest, the Spanish "Hna." of a
// nun and "Lcda."/"Lcdo.", the Philippine "Kap.", the Indonesian "Pdt." of a
// pastor); English ranks count without their period too, in title case
// before a space ("Lt Okwir Patrick", "Sgt", "Capt", "Cpt", "Cpl", "Col",
// "Maj", "Brig", "Gen", "Insp", "Supt", "Cdr", and the French "Adjudant",
// also before "-chef"; not "LT", "Pte Ltd"), and a rank may follow a rank
// ("Lt Gen. Okello"); "Sayadaw" (a Burmese abbot) is an honorific
// ("Sayadaw U Nandiya"); and so does French "M." (Monsieur) before a space, not
// inside initials or an abbreviation ("(M. Mushagalusa)"; not "P.M. Dallas",
// "Z.M. Necatigil", "M. N. Omari"); "Sor" is a nun's title ("Sor Marta"),
// "Ustaza" / "Ustadha" a woman teacher's ("Ustaza Amna"; not "Hajj", which
// names the pilgrimage: "the Hajj. Construction ...").
// Offices ("Mr President", "Mr Justice") and sentence
// openers end a name; so do other punctuation and a line break, unless the
// name goes on after it on an indented line ("Dr. Sylvestre\n  Kanga-Yamalé";
// not a word in capitals nor one before a colon). A name followed by a place or
// organisation word ("Sheikh Lotfollah Mosque", "Haji Ali Market") is not
// reported. Titles that also name offices or things ("General", "Judge",
// "Commander") are left to the tagger.
// Also a name with a word of kinship or respect after it as its own word,
// as South and Central Asian languages write it: one to three capitalised
// ASCII words (with a small letter; the first no opener of sentences nor a
// word of address: "Yes sir", "Dear sir"), one space, then aga, akka, amma,
// anna, apa, appa, baike, bhai, bhaiya, dai, didi, eje, ji, sahab, saheb,
// sahib, sir or thambi in small letters and no word byte ("Sivam anna",
// "Hari dai", "Chhiring sir", "Asylbek aga"): the name words are reported,
// not the suffix.
// Also a name with an honorific joined after a hyphen, as Central and South
// Asian languages write them: a capitalised word of two letters or more,
// '-', then aka, opa, apa, eje, ejeke, baike, jan, jon, ji, bhai, didi, sahib
// or saheb in any case and no word byte ("Rustam-aka", "GULNORA-OPA",
// "Aigul-eje", "Ahmad-jan"): the whole is reported.
// It needs no lexicon and no model: it backs the tagger up on names it has
// never seen, in the detect stage and in every leak check.
std::unique_ptr<const Detector> NewTitledNameDetector();

// The code-name detector (id "codenames"): the name an informant, a source or
// an operative goes by, right after the words that introduce one. It reports
// PERSON with subkind CODENAME at confidence 0.7:
//   - a word in capitals (at least three capitals first; capitals and digits,
//     parts joined by single hyphens: "KESTREL", "VIPER-2"), optionally in
//     quotes, after "codenamed", "code-named", "code name(d)", "codename",
//     "cover name", "cryptonym", "call sign", "callsign", "alias", "a.k.a.",
//     "aka", "nom de guerre", "pen name", "nom de plume", "source",
//     "informant", "asset", "known as", "known to us as" or "referred to as";
//   - one to three capitalised words in quotes ("Falcon", “Red Wolf”,
//     'the pen name "Parastoo"') after the first sixteen of those (not after "source", "informant", "asset",
//     "known (to us) as" or "referred to as", which introduce things in
//     quotes as often as people).
// The words may be in any case and end right before the name: spaces, and an
// optional ':' or ',' before them ("Informant: KESTREL"; not after "source":
// "Source: UNAMA" credits an organisation). Never reported:
// placeholders ("REDACTED", "WITHHELD", one letter repeated), classification
// words and intelligence disciplines ("SECRET", "HUMINT"). The span is the
// name alone, without quotes. Nicknames: a quoted name after "nicknamed",
// "also called", "dit" / "dite" (French: 'Boubacar dit "Bouba"', also with
// French spacing: 'dit « Papis »'), "calls" ('everyone calls "Baiano"'),
// "call(s)/called him/her" ('everyone calls him "Dheere"'), "addressed as" and
// "known as" after a word for a person (man, woman, boy, girl, person,
// someone; "known on site as": 'a man known as "Soso"') is reported so too,
// and so is one after "known only as", "a certain", "people called", "he/she
// was called", "name as", "un tal" / "una tal" and "l'appelait" /
// "l'appelle" ('a certain "Kumander Bagwis"', 'wrote my name as
// "LETEBIRHAN GEBREMEDIN"': a quoted name in capitals of several words is
// reported whole after a strong trigger), and right after a word for the
// person (neighbo(u)r, broker, smuggler, driver, guard, fixer, recruiter,
// trafficker, boss, uncle, cousin: 'Neighbor "Toto Bisaya" saw'), after
// "known as" that such a word or shepherd, commander, volunteer, guy,
// employer, landlord or trader
// precedes ('a volunteer driver known as "Uncle Lwe"'), and after Spanish
// "conocido/a como" (a colon allowed: 'Conocida como: "Mariángel"'), "llaman", "le dicen", and "calls/called
// himself/herself", and after "called" in French, Spanish and Portuguese
// (appelé, appelée, llamado, llamada, chamado, chamada: 'appelé « Bello »
// par les autres') and "apodo" ('de apodo "Chamo Lucho"'), and after any
// lower-case word for a relative or a role that the relation detector
// reads a name after, in any of its languages ('su nieta "Mimí"', 'escort
// "Ksiusha"', 'la voisine « Mama Rose »'), after "guy" (a quoted name only:
// 'a young Kurdish guy "Kurdo"'), the French "un certain" / "une certaine",
// "enfant", "père" and "mère" ('Père de l'enfant "Kasereka"'), and "spelt",
// "spelled" and "written as" ('spelt "NAHIMANNA"'; not another spelling of
// the word before a parenthesis: 'Zaporizhzhia (spelled "Zaporizhia"'), and
// one word in quotes that closes a parenthesis opening with one to three
// capitalised words and ", " ('(Al-Tawil, "Jumbo")'; not '(Kabul, "Green
// Zone")'), and one followed by the person's
// name in parentheses (two or three capitalised words after up to two
// lower-case ones, then ',' or ')'; not a thing's: '"Big Ben" (London Clock
// Tower)': '"Toñito" (Antonio Bisbicus, 16)'); and so is one
// in parentheses right after a capitalised word that may end a name
// ('Gurgen ("Gugo") will move'; not after a sentence opener nor the words
// for things below: 'Operation ("Red Dawn")'), the one to three
// capitalised words before the parenthesis reported too (subkind NICKNAME;
// not a place after "in", "at", "from", "to", "near", "via", "à", "en",
// "de", "du", "dans", "na", "em", "desde": 'agent in Sinune ("Abu
// Fahad")'); one followed by " = " and two or three capitalised words, one
// in capitals, which are reported too ('« Bozi » = MUKUNA Alain'); and one to
// three capitalised words right before a quoted name (not a sentence opener
// nor Operation, Project, Camp, Hotel, Radio, Station, Team, Group, Brigade,
// Battalion) with one or two capitalised words right after it is one
// person's name with the nickname inside, reported whole as subkind
// NICKNAME ('Ramil "Boy" ABINAL', 'Jean-Robert "Djo" DORVILUS'). It also reports, at confidence 0.6, a nickname
// after the lower-case Spanish article ("el Gocho", "el Chapo's people"; or
// the particle of an Arabic name, "el Bashir"): "el", one space, a
// capitalised word with a lower-case letter that opens no sentence; not
// after a capitalised word ("Sharm el Sheikh") or a locative (at, from, in,
// into, near, through, to, toward(s): "in el Fasher"); and a nickname
// written without quotes after "alias", "vulgo", "a.k.a.", "le dicen", "le
// decían", "apodado/a" ("andaba alias Chucho", "que le dicen Cuco"): one
// capitalised word with a lower-case letter that opens no sentence, or "El"
// / "La" and one more ("alias El Tigre"). At 0.7 too: a quoted name after
// two or three capitalised words, a comma and a space, closed by '.', ',',
// ';', ')' or the line's end ('Toño Quiñones, "Cabezón".'), and a quoted
// name before " (" and a relation word ('"Shiraz" (granddaughter of
// Ibrahim)', '"Kiki" (driver, 34)'), or before " (nickname", " (surnom",
// " (apodo" or " (alias" ('"Dabanga" (nickname, real name Issa?)'); "call me"
// is a trigger too. Mention linking then
// finds the name's other occurrences. Quotes are straight or curly, „...“,
// «...» or a CSV cell's doubled "" ('Paulo «Baixinho» Mussa', '"Pedro ""El
// Flaco"" Ramos"'); "goes by", "go by" and "went by" are strong triggers,
// and the spaces after a trigger may hold a line break. A quoted name after
// " - ", " – " or " — " after one to three capitalised words that open their
// line (after a list number) is a code name too ("2) Yulia Zhuk - «Yulka»"),
// and a parenthesised nickname may follow two spaces. The name words around
// or before a nickname may carry an Arabic article ('Abdelsalam "Salouma"
// al-Hasnawi', 'Abdulrahman al-Jahmi "Rahoom"'); "they call", "we call" and
// "le decíamos" are triggers; the one to three capitalised words right
// before dit, dite, alias, aka, a.k.a., vulgo or surnommé(e) and a quoted
// nickname are the person's name (subkind NICKNAME: 'Zeinabou Ado dite «
// Zeina »'). A quoted name only (never capitals without quotes) after
// "boy", "girl" (a comma allowed: '1 boy, "Bong-bong"'), "General",
// "Colonel" ('General "Ebube" people'), the Portuguese label "Alcunha:" and
// the Pidgin "di call" ('dem di call "Capo"');
// "popularly", "commonly", "locally" or "better" may stand before "called"
// or "known as" after a name and a comma ('Gatluak, popularly called
// "Bullet"'); and "known only as", "calls him", "call her", "called him"
// and the like introduce an unquoted nickname as "alias" does ("Everybody
// calls him Kako."). A quoted name that follows one reported after a strong trigger
// with " o ", " or ", " ou ", " y ", " and " or ", " between is its
// alternative ('alias "el Paisa" o "Cuchillo"'), and one after "one" with a
// capitalised word after it (no sentence opener) is a nickname ('the
// suspect, one "Toto" Ezama'), and so is one after a capitalised word that
// may end a name, a comma and "called" or "known as", an age in parentheses
// allowed before the comma ('cousin Patrick Lukoo, called "Pato"',
// 'Tijani Ali Dafallah, known as "Abu Shanab"', 'Anwar Sadek (19), called
// "Tutu"'; not 'the Plan (2024), called "Red"'), and so is one before an
// age in parentheses with a unit or a sex mark ('"Dogo" (14 yrs)', '"Tina"
// (F, 9)'; not '"Alpha" (2)'), or after the Indonesian "nama" or
// "beralias", the Arabic "kunya", the Somali "la yiraahdo" (who is called)
// or the French "nommé(e)" ('nama "Yohanna Banu"', 'kunya "Abu Muslim"', 'un
// nommé « Bazou »'); a parenthesis that opens with a kin or role word may
// spell it with accents ('"Toñín" (niño de la colonia)'), and a Spanish
// article may open a quoted name in parentheses right after a capitalised
// word ('María Fernanda ("la Mafer")'; not 'the plan ("la Fuerza")'). The two or three
// capitalised words before a quoted name after them (as above) are the
// person's name too (subkind NICKNAME: 'Gatwech TUT "Wech" (M, 22)'), unless
// none has a lower-case letter ('EXTORSION ET "Zenglendo"'), without a word
// for a role or kin opening them ('Driver Abdi Hassan "Dheere"'); one or
// two capitalised words right after a nickname a strong trigger introduces
// go on with the name (subkind NICKNAME: 'everyone calls "Kaka" Jamshed');
// a quoted "la"/"el" nickname after a name and a comma is one ('Francis
// López Herrera, "la Chiqui",'); a quoted name may open with a Latin-1
// capital ('alias «Ñeco»'); "informateur", "informatrice", "informante",
// "surnom", "knew only as" and "knows only as" are strong triggers. Like the
// titled-name detector it runs with the tagger, in the detect stage and in
// every leak check.
std::unique_ptr<const Detector> NewCodeNameDetector();

// The relation-name detector (id "relations"): a person's name right after a
// word for a relative or for the role a person plays. It reports PERSON at
// confidence 0.6, subkind RELATIVE after a kin word and ROLE after a role
// word: one to four capitalised words (joined by single spaces, "-", "'", or
// the period of an initial or an honorific: "A. B. Karimi", "Mr. Eizenga"; a
// possessive "'s" left out) right after a lower-case relation word and one
// space, with an optional ',' before the space and an optional "named" or
// "called" between ("his brother Gul Agha", "her husband, Tom,", "a son named
// Rahim", "the victim Farid Ahmadi"), or after a singular kin word (or
// family, famille, familia, família) and "of" or "de" ("the widow of
// Samir", "la hija de Pedro", "the family of Yasir"), or after a singular
// kin word and "is" ("Umm Khaled's brother is Wassim"); a kin word after
// '(' and before ", " names its kin ("(son, Roman, calling from Poltava)";
// a role word there describes the person before: "(host, Krasiczyn)").
// The name before "'s" (or "’s") or " and her " / " and his " and a
// singular kin word is reported too (RELATIVE: "register Ghalia's mother",
// "Chaltu and her sister"; not after an article or a possessive: "the Mayor
// and his wife"), and so is the name before " (", an optional younger, elder,
// older, eldest, youngest or late, and a singular kin word, then " of ", ')'
// or ',' ("Auwalu Sa'idu (younger brother of deceased)", "Amina (mother)";
// not "Nairobi (relatives)").
//   - Kin words: son, daughter, wife, husband, brother, sister, mother,
//     father, uncle, aunt, cousin, nephew, niece, the grand- and step-
//     relatives, the -in-law ones, child, sibling, twins, parents, spouse,
//     fiancé(e), widow(er), relative, kinsman, friend, boyfriend, girlfriend,
//     neighbour / neighbor, colleague, baby / bébé / bebé, maman, mamá, papá,
//     veuve, viuda, viúva; Indonesian anak, ayah, bayi, cucu, kakek, nenek,
//     mertua, paman, Portuguese vovó, vovô.
//   - Role words: victim, suspect, witness, detainee, prisoner, hostage,
//     accused, defendant, appellant, applicant, plaintiff, petitioner,
//     claimant, complainant, informant, interpreter, translator, driver,
//     bodyguard, attorney, lawyer, journalist, reporter, spokesman /
//     spokeswoman / spokesperson, leader, founder, author, writer, artist,
//     actor, actress, singer, coach, student; and the people of threat
//     reports: commander, courier, guard, gunman, fighter, militant,
//     soldier, officer, elder, villager, refugee, evacuee, worker,
//     employee (singular), contractor, fixer, aide, deputy, manager,
//     supervisor, teacher, nurse, cook, watchman, shopkeeper, farmer,
//     shepherd, herder, fisherman, mechanic, photographer; and those of hotline logs, manifests
//     and case files: caller, passenger, patient, survivor, beneficiary,
//     volunteer, operator, pilot, midwife, smuggler, trafficker, medic, agent,
//     doctor, paramedic, rescuer, firefighter, surgeon, professor, and the
//     French enseignant(e), instituteur, institutrice, magasinier,
//     surveillant(e), professeur;
//     and honorifics that Spanish, Portuguese and French prose writes in
//     lower case: señor(a), señorita, doña, senhor(a), monsieur, madame,
//     mademoiselle, and the Kurdish kak (plurals where a list may follow;
//     not "assistant": "assistant Professor"). After a role word the name
//     must have a lower-case letter ("the leader ISIS-K" names an
//     organisation; code names in capitals are NewCodeNameDetector's).
//     Counsellor / counselor; vieux, vieille (an elder: "le fils du vieux
//     Mulunda"); "women" before a list ("Two women, Kaltume and Talatu");
//     the Indonesian wartawan (journalist), saksi (witness), korban
//     (victim), sopir (driver), nelayan (fisherman); a role word followed
//     by major, chef or titulaire passes its role on ("infirmier major Tizi
//     Bertrand"), and so does one followed by the Indonesian "lokal" and a
//     comma, capitalised or not ("Wartawan lokal, Obet Wanma"); "contact"
//     after a possessive, an article or "local" ("our contact Nabil"; not
//     "contact Juba office"); "member" after staff, crew, team, committee or
//     an acronym of two to six capitals ("CJTF member Babagana Kolo"); "chef
//     de" and a unit of a town or a village in small letters, or
//     capitalised before a family name in capitals with no ':' after it
//     ("Chef de quartier KABASELE propose", read as after a kin word; not
//     "Chef de quartier Tokoyo : SENZE", a signature's label before the
//     quarter); head, keeper, storekeeper ("Quarter head Njoh Liengu";
//     "head" not before a comma: "Village head, Yimirshika" names the
//     village); a
//     death after an article or a possessive and "of" / "de" (death,
//     mort(e), décès, muerte: "la mort de Mukalay Nsenga"); "on appelle",
//     the Indonesian "bernama" and "bernama asli"; the French aîné(e) (the
//     eldest) and the abbreviated kin words "bro." and "sis." ("(bro.
//     Hamoud)"). A role word followed by a comma after a spaced dash
//     describes the name before the dash; a place follows ("Fathima R. –
//     counsellor, Kattankudy"), and so does one that follows ", " and comes
//     before ", " ("Nino Beridze, caseworker, Duisi"). "called" after a
//     word for a person and a comma ("Unknown male, called Ina-Cilmi").
// A hyphenated prefix is ignored ("half-brother", "co-founder"). After a
// plural ("sons", "parents", "victims", "nurses", "teachers", "watchmen") a
// list of names follows: ", ",
// " and ", ", and ", " & " between them ("his sons Ahmad and Mahmood"), each
// name optionally followed by an aside in parentheses of up to 24 bytes
// ("daughters Lola (9), Madina (6) and Zuhra (2)"); after the plural and a
// comma, two names or more ("their sons, Ahmad and Mahmood"; "detained
// teachers, Hpa-an" names a town); one word for a body right after a plural
// names the body ("teachers Union", "farmers Cooperative").
// LISTS WITH AGES (subkind RELATIVE): two to twelve names, each right after
// a space or '(' and followed by an age ("Falmata 8", "Omar 3 yrs",
// "Zara 2mo", "Nephtalie (6)", "Rashid (M, 10)", "Mercy, 9", "Jhonaiker 7a";
// one or two digits, after the sex in parentheses or not, then a unit (a for
// años among them) or nothing,
// then the end of the item; a short aside in parentheses may follow the age:
// "Djaïlatou 14 (fille)"; the Spanish "de" before the age: "Dereck de 6"),
// joined by ", ", " and ", " & ", "; ", " + ", ", et ", ", y ", ", e ",
// " y ", " et ", " e ", the Swahili " na " or the Tetum " no " (a Spanish
// "el " or "la " may open the next item: "y el Josué de 11 años"; a unit of
// one letter after a space is no unit before another space: "3 y el"),
// on a line that speaks of children or kin within 100 bytes before the list
// (or on the line before, when the list opens an indented line),
// inside it or 60 after it (child, children, kids, sons, daughters, grandchildren,
// girls, boys, siblings, household, members, family, her, his, their, w/,
// enfants, frères, sœurs, orphelins, hijos, hermanos, huérfanos, filhos,
// órfãos, watoto, mtoto, oan, ...): "With her: Falmata
// 8, Kaltouma 5, Bakaka 2"; after a plural kin word, such a list is read
// rather than a list of names alone when it runs further ("hijos Yorbelis
// 12a, Jhonaiker 7a"),
// "her kids (Layan 9, Karam 6)", "Nephtalie (6) and Jameson (3) are at the
// child-friendly space". Not numbered nouns ("Block 3, Zone 4", "Room 4",
// "Day 2", "Manzana 4", month abbreviations), times ("8:30") nor longer
// numbers. The abbreviations s/o and d/o (son and daughter of) are
// singular kin words ("d/o Madina"; not w/o, as often "without" as "wife
// of": "Afghans w/o PoR"); after a singular kin word and "of" or "de", the
// second name may repeat it ("fils de Bahati Pilo et de Mave Ndjango").
// One capitalised word between "the" and sisters, brothers, twins,
// siblings or cousins names their family ("The Momba sisters").
// Never a name: words joined to the next by a slash ("volunteer
// Derna/Martuba": places or alternatives), a first word that opens sentences ("The", "He", "In"), one
// word of three capitals or fewer ("friends IRL", "the applicant DEM
// 28,224"). A capitalised singular role or kin word (its small letters
// ASCII or not: "Régulo", "Vovó"; hyphens inside: "Mother-in-law") counts
// only where it opens a line, a table cell or a sentence (after a
// line break, a tab or a '|', one space allowed, a bullet "- " / "* " at a
// line's start, or a '.', '!' or '?' after a small letter, a digit, ')' or a
// quote, and a space: "M 12. Husband Ayman killed", "Brother Ahmad", "|
// Passenger Mykola Sahaidak, 78", "Driver Dieuseul ST-VIL: gunfire near
// ...", "... the shed. Agent Wilfrid read"), for one name and no list, each of whose words has a lower-case
// letter or is four capitals or more, and none is a label noun ("Driver
// Phone:", "Victim Support Unit", "Deputy Director", "Guard Post"); after a
// kin word the name's first word is none of Christmas, Church, City,
// Company, Country, Earth, Land, Language, Nature, Organisation, Ship,
// Superior, Time, Tongue ("Mother Tongue", "Sister City"). A name given as a name is
// read as after a role word: after a possessive (his, her, their, whose, my,
// our, your, in any case), an optional "real" or "full", and "name is" ("we
// believe his name is Désiré Lokpa", "Her real name is Amina Yusuf"), and so
// is one after "se chama", "se llama" or "s'appelle", and one after Spanish
// "un tal" / "una tal" ("a certain": "un tal Ferney"), French "feu" / "feue"
// (the late) after de, du, le, la, son or sa ("la veuve de feu MUGARUKA
// Désiré"), "nombre real", "real
// name", "full name" and "gave name" ("(nombre real Edinson Mora, 30)",
// "also gave name Osaretin Igbinedion"), after "name" in small letters
// after a possessive or opening a sentence or a line ("her name Amina",
// "asking for NFI. name Nyakume Gatdet"; not "the name Kabul"), and one after "Soy", "soy", "Sou",
// "sou" ("I am": "Soy Deisy"), "ask", "ask for" and "tell" ("ask Sasha",
// "tell Deng Ajak family"). A name alone in parentheses after a singular kin
// word is that relative ("el cuñado (Hernando Guerrero)"; also before ", "
// and an aside with an age of one or two digits before the ')' within 40
// bytes: "la tante (Nsimire M'CIRIMWAMI, veuve, 58 ans)", or before ", " and
// a word in small letters: "husband (Lukong, surname withheld)"), and so is a name
// before the Spanish " es " and a singular kin word ("Marleny es hermana de
// Edilia"). Kin words include
// Portuguese, Spanish and French ones (marido, esposa, irmã, filho, tio,
// hermano, hija, mari, sœur, fils, tonton, ...), the abbreviations bro and
// sis ("his bro Habib"), famille ("famille Mapendo Kahindo"), padre,
// Indonesian ones (ipar, suami, istri, adik, kakak, sepupu, keluarga: "ipar
// Ance Itlay"), Romanian ones (soțul, soția, in either spelling of ț, fiul,
// fiica, fratele), Haitian Creole ones (manman, madanm, pitit, frè, sè:
// "manman Nerline"), the Spanish role joven ("el joven Esneider"), the
// roles pastor, pastora and pasteur ("le pasteur
// Josaphat Biringanine"), and Russian and Ukrainian ones in
// Latin letters (baba, dyadya, dyadko, tyotya, tetya, titka, babushka, babusya,
// dedushka: "dyadya Vasya", "baba Liuda"). It also reports, with subkind
// ADDRESSED at the same confidence, the name a greeting or thanks greets
// when the greeting opens the text, a line or a chat message (after "- " or
// ": "): Bom dia, Boa tarde, Buenos días, Bonjour, Dear, Hello, Hi, Hey, Hola,
// Olá, Salam, Merci, Gracias, Obrigado, Thanks, ... ("Bom dia Zuhura", "Dear
// Amina"); the name has a lower-case letter and its first word addresses no
// group and is no title ("Dear All", "Hi Team", "Dear Mr Omari"). After a
// role word, a name that opens with an acronym of two to four capitals and
// goes on names an office ("infirmière CSI Dogo"), and a role word opening
// a table's cell before a comma gives the post of the row's person, not a
// name ("| animateur, Dogo |"). A family name in capitals (three letters or
// more, no organisation's acronym), ", ", one or two capitalised words and
// an age in parentheses, or after a short aside in capitals in parentheses
// and ", ", or after ", ", are one person ("MANDUMBWE, Joaquina (14)",
// "ADEN, Mohamed Sheikh (PA), 51", "HAMDAN, Dima, 23"). In
// Tagalog text (within 300 bytes of " ang ", " ng " or " mga ", which occur
// twice or more), the name after the personal articles si, ni, kay, sina,
// nina, kina ("ang kapatid niyang si Norhaya", "sina Amir at Jalil"; subkind
// RELATIVE). Runs with the tagger, in the detect stage and in every leak
// check.
std::unique_ptr<const Detector> NewRelationNameDetector();

// The apposition detector (id "appositions"): a name described by the phrase
// after it. It reports PERSON with subkind APPOSITION at confidence 0.6: one
// to four capitalised name words (as NewRelationNameDetector reads them)
// right before ", a " or ", an " (or a French, Spanish or Portuguese article:
// ", le ", ", la ", ", l'", ", un(e) ", ", el ", ", una ", ", o ", ", um(a) "),
// when the phrase after the article is headed
// by a noun for a person within five words and ends there (punctuation, or
// "and", "who", "whose", "of", "for", "from", "with", "aged", "based", or
// de, du, des, del, da, do, et, qui, que: "Ndoumba, le boutiquier du
// quartier", "Rosa Quintero, una vecina del barrio"):
// "Gul Ahmad, a 34-year-old driver for the field office", "Valeska Paris, an
// Australian woman and former ...", "Karimi, a local staff member,"; or, when
// the name does not open its sentence, ends before a lower-case word in
// "-ed" ("as Bukar, a former guard dismissed in June"; not "Overnight, a
// guard killed two men"). It also reports, with subkind FAMILY and the
// same confidence, one or two capitalised name words between "the" and
// "family", "families", "couple" or "household" ("the Tkachenko couple",
// "The Karimi family"; not "the Royal family", "the First Family"). The
// nouns are a built-in list (woman, man, boy, girl, resident, national,
// native, refugee, villager, farmer, driver, teacher, student, doctor,
// journalist, official, officer, soldier, commander, cleric, volunteer,
// midwife, caregiver, caseworker, medic, deputy ("Tahira (our deputy)"), ...; kin words;
// "member" only after staff, family, crew, team, band, cast or tribe). Words
// that describe organisations as often ("leader", "player", "partner",
// "owner", "producer") are not nouns for a person here. Never a name: a
// first word that opens sentences ("However", "Yesterday", "In"), a name
// right after a preposition, an article or a form of "be" ("in Kandahar, a
// driver from ...", "the Taliban, a ...", "was English, a native of ..."). So
// is the name right before such a describing phrase in parentheses, which
// may open with an article, a possessive or a word in either case ("Wae Dao
// (village volunteer, my cousin)", "Gulshan Terzi (Turkmen interpreter)"),
// where a staff role heads it too (monitor, coordinator, assistant, lead,
// ...: "Lochoro P. (field monitor, Rupa)", a trailing initial's period
// ending the name), an arrow ("→", "->") ending the phrase as punctuation does ("Minara
// (missing husband → ...)"). It
// also reports, with subkind AGED and the same confidence, two to four name
// words right before an age in parentheses ("Sumail Juma (41)", "(F, 29)",
// "(6 ans)", "(34 yrs)", "(M/34)", "(approx 10)", "(about 9)", "(~12)",
// "(aged 7)"; one or two digits, not "0N"), none of them
// a word for a part of a document or a site ("Annex B (12)", "Section C
// (4)"), not after a preposition or an article. A list item (after "- ",
// "* ", "• " or "– ") that opens with a name of two to four words
// (capitalised words, lower-case particles al, el, bin, ibn, de, ... and
// words they join: "el-Mogherbi"; no digit, no sentence opener first), a
// comma or a spaced dash ("- K. Kumaravel – field officer"), and up to four
// lower-case words or acronyms in capitals of which
// one is a person noun or a staff role (lead, focal, coordinator,
// assistant, manager, supervisor, monitor, ...) is that person's too,
// subkind APPOSITION ("- Mabrouka el-Mogherbi, field volunteer
// Derna/Martuba", "* Osman Ali Farah, GBV focal point"), and so is such a
// line without a bullet when a comma follows the noun ("Abuk Thon, JWAN
// caseworker, has received"). So are, with subkind AGED, a
// name, a comma, an age of one or two digits and a comma before a word for
// one relative or role ("Ngalula, 16, niece"), or a name that opens its line
// or list item before a comma and an age in months or years that ends the
// line ("5. Grace-Divine, 9 months") or comes before " (", ", " or "; ",
// a numbered case or a letter of the list opening
// the item too ("Cas 1 - Rose-Carline, 15 ans, arrivée", "c) Hamza, 16
// ans, sorti", "- Hadidja OUMAROU, 13 ans, CE2", "(b) ", "a. "; not "A. ",
// an initial), a word for a relative allowed between
// ("- Zainabo, filha, 6 anos"), or a name of two to four words that opens a
// list item (or a numbered subsection: "2.5 ") before a bare age and ',' or
// ';' ("- Benhar Taib, 34, GSW left arm"), or two to four name words before
// ", " and a sex mark, M or F, and a space before an age ("Chinedu Okafor,
// M 29, Onitsha + Blessing Osagie, F 22"); an age may be
// estimated ("~30") and followed by a count of children ("Espérance
// NIYONZIMA, ~30, 4 kids") or by "a" and a noun for a person ("is Msughter
// Orduen, 19, a student": a form of "be" before such a name allowed); and, with subkind APPOSITION, one to
// four capitalised words (or initials) and a space before an email address
// in angle brackets whose local part spells one of them in small letters
// ("Tursunoy Ergasheva <t.ergasheva@relief.org>"), and one or two
// capitalised words right before " (" or ", " and a note that the
// surname, family name or last name is withheld, unknown or not given, or
// that only the first name is ("R = Halyna (surname withheld in report)",
// "Makenson (nom de famille inconnu", "staffer Saida (no surname given)",
// "Anyeli (sin apellido", "Franklin (no dio apellido)", "Kasereka (prénom
// seul)", "Dilnoza (first name only)"); a parenthesis opening with "Head of",
// "head of" or "Chief of" describes the name before it ("K. Obi (Head of
// Office, Katsina)"); one name word opening its line or list item before an
// age with a sex mark or with what the person is ("4.2 Vitoka (19,
// student)") is AGED; and,
// with subkind AGED, two to four name words right before a bare age with
// its unit ("1) Masika Kavira 63 ans veuve", "12 years", "yrs", "años",
// "anos"). Runs with the tagger, in
// the detect stage and in every leak check.
std::unique_ptr<const Detector> NewAppositionDetector();

// The East Asian name detector (id "eastasian"): Cantonese, Korean and
// Taiwanese names in their usual romanization, reported as PERSON with
// subkind ROMANIZED at confidence 0.6: a listed surname (Chan, Wong, Leung,
// Lee, Kim, Park, Moon, Tsai, ... built in), one space, then a given name of
// two syllables joined by a hyphen, a capital and 1-5 lower-case letters,
// then 1-5 lower-case letters ("Leung Kwok-hung", "Moon Jae-in", "Tsai
// Ing-wen"), ending at a byte that is no letter, digit or hyphen. Compounds
// are not names: a surname inside a hyphenated word, or an English word after
// the hyphen ("Hong Kong-based", "-born", "-led", "-style", ...). Runs with
// the tagger, in the detect stage and in every leak check. (Vietnamese names
// are read by the regional name detector.)
std::unique_ptr<const Detector> NewEastAsianNameDetector();

// The regional name detector (id "regional"): given and family names of
// Afghanistan, Pakistan, the Arab world and Somalia, and Ukrainian and
// Russian given names, in their Latin transliterations,
// which the tagger, trained on English news and court text, often reads as
// no name at all when they stand alone ("Zabiullah reportedly paid", "We
// spoke to Fereshta"). Reported as PERSON, subkind REGIONAL, confidence 0.5:
//   - a capitalised word of the hand-written seed list of the lexicons
//     (scripts/lexicons/seed_names.txt, compiled in; its [release] section,
//     Somali spellings such as "Maxamed", "Cabdiraxmaan", "Xuseen", feeds
//     this rule and not the lexicons), or one ending in
//     "ullah" ("Hamidullah"; "uddin" too when its first three letters start
//     a listed name: "Salahuddin"), or a Ukrainian name in its official Latin
//     spelling by its ending (family names in "-enko", "-chuk", "-iuk",
//     "-yuk" of six letters or more: Tkachenko, Tkachuk, Martyniuk; given
//     names in "-iia" of five or more: Nadiia; a built-in list of those in
//     "-ii": Andrii, Serhii, Oleksii, ...), with the listed words
//     joined to it by single spaces ("Akhtar Mohammad Mansour");
//   - a weak listed word (titles and words that also name a rank, a thing, a
//     tribe or a place: Khan, Shah, Sultan, Malik, Gul, Jan, Mir, Akbar,
//     Sharif, Zadran, Wardak, Popalzai, ...) only after another name word:
//     a listed one, or, for Khan, Shah, Gul and tribal family names, any
//     capitalised word that opens no sentence ("Zarif Khan", "Gul Agha
//     Sherzai"; never "Khan" alone, "Sat Jan 10", "Nuff Said" or "Swedish
//     Sami villages").
// An abbreviated Ethiopian or Eritrean name word — G, H, K, T or W (Gebre-,
// Haile-, Kidane-, Tekle-, Wolde-), '/', a capital and two lower-case letters
// or more ("G/Medhin", "W/Mariam"; not the title "W/ro") — is a listed word
// that also takes the capitalised word before it ("Haftom G/Medhin"); the
// name after the abbreviated titles "W/ro" (Mrs), "W/rt" and "W/t" (Miss)
// is a name ("W/ro Tsega Gebreyohannes").
// A hyphenated word whose first part is Abdul, Abdel, Abdur, Ghulam or
// Gholam ("servant of") counts as a listed word ("Abdul-Basit"); other
// hyphenated words do not ("Karim-Rahman"). Those five also take the word
// after them into the name, listed or not ("Abdul Wahab").
// A word in capitals counts as its capitalised form ("SUBJECT: ZABIULLAH
// S/O ...", "ZARIF KHAN"), as report headers write names. A word in lower
// case does too ("rahim called at 9", "imran khan"), as chat logs and
// transcripts write them, except: weak words that take no partner ("said",
// "jan"), listed words that are English words in lower case ("nadir"), and
// runs that mix lower case and capitals ("Rahim said").
// Vietnamese names written in ASCII are reported as PERSON with subkind
// ROMANIZED at confidence 0.6: at a word start, a listed surname (Nguyen,
// Tran, Le, Pham, Do, ...), then single spaces between a listed middle name
// (Van, Thi, Duc, Quang, Minh, ...) and one or two capitalised words of 2-7
// ASCII letters ("Le Quang Huy", "Nguyen Thi Minh Khai"), ending at a byte
// that is no word byte or hyphen; not when the head of a place or an
// organisation follows ("Nguyen Van Cu Street", "Le Van Tam Road").
// Not a name: a run followed by the head of a place or an organisation
// ("Haqqani Network", "Shah Mosque", "Khan Academy", "Hakim Mosque"), or
// after a Persian ezafe ("Mazar-e Sharif", "Qala-i Naw"). Runs with the
// tagger, in the detect stage and in every leak check.
std::unique_ptr<const Detector> NewRegionalNameDetector();

// True for a given name that is also an English word, as written
// (capitalised): Blessing, Precious, Mercy, Gift, Faith, Hope, Grace,
// Patience, Innocent, Godspower, Goodluck, Favour, Peace, Justice, Unity, ...
// (built in; names common in East and West Africa and elsewhere). The
// regional name detector reports the ones that rarely name anything else
// alone in the middle of a sentence or before a verb of speech ("drove Grace
// to the hospital", "Mercy told us"; PERSON, subkind WORDNAME, confidence
// 0.5); linking uses all of them next to a person's name (COORDINATED NAMES
// in tearline/resolve.h). Thread-safe.
bool IsWordGivenName(std::string_view word);

// The length of a lower-case Arabic article and its hyphen that starts
// `word` ("al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-":
// "al-Dhib", "ash-Shami"), when at least one byte follows it; otherwise 0.
// The code-name and titled-name rules take such a name whole ('a.k.a.
// "al-Dhib"', "Sheikh al-Dubai"); linking compares and propagates the word
// after it.
size_t ArabicArticleLength(std::string_view word);

// An age written in parentheses, as lists and reports write it after a
// person's name: "(41)", "(6 ans)", "(29 años)", "(34 yrs)", "(8 months)",
// "(3mo)", "(12 y/o)", "(approx 10)", "(~12)", "(M, 34)", "(F/29)", "(34, M)",
// and with what the person is after a comma ("(19, student)", "(45,
// veuve)": a short list of such words, read as a sex mark is).
// One or two digits (not "05"); one space at most before the unit.
struct AgeInParentheses {
  size_t end = 0;     // the byte after its ')'; 0 when no age opens there
  bool unit = false;  // a unit of years or months is written ("6 ans")
  bool bare = false;  // digits and nothing else ("(9)"): these count
                      // households, rooms and items as often as years
};

// Reads the age in parentheses that opens at text[open] ('('); end is 0
// when there is none. The aged-name, relative-list and code-name rules and
// mention linking read ages with it. Thread-safe.
AgeInParentheses ReadAgeInParentheses(std::string_view text, size_t open);

// ReadAgeInParentheses of the parenthesis that opens one space after
// text[p] (" (9)", " (F, 7)"); end is 0 when " (" and an age do not start at
// p. Thread-safe.
AgeInParentheses ReadAgeAfterSpace(std::string_view text, size_t p);

// The field name detector (id "fields"): the value of a labelled line that
// names a person, as forms, manifests and report headers write them:
// "NAME: AHMADZAI, NOORULLAH", "Father's name: Abdul Karim", "Alias: Qari
// Sahib", "Next of kin: Bibi Hawa", "Names: Rahim, Karim and Zarghona".
// Reported as PERSON, subkind FIELD, confidence 0.7. The label stands at the
// start of a line (after indentation, "-", "*" or a list number such as "3."
// or "b)", or after a tab, a run of two spaces or more, or a sentence's
// ". " that follows an earlier field's colon on the line: "Âge : 12 ans
// Sexe : F", "HH: Mercy Banda (F, 34). Children: Gift (M, 12)") and ends in
// a colon, or in a space (or a no-break space) and a colon as French
// typography writes it ("Superviseur : J-P. K."); it is
//   - a name label: one to four words whose last is name(s), surname(s),
//     alias(es), nickname(s), aka or a.k.a. ("Full name", "Father's name",
//     "Patient name"), but not the name of a thing ("File name", "Code name",
//     "Village name", "Company name", "EC NAME" of an evacuation centre, ...) nor a remark about names ("Note
//     on names", "Comment about the alias": on, about, regarding, re); or
//   - a kin label: Father, Mother, Husband, Wife, Spouse, Son, Daughter,
//     Brother, Sister, Guardian, Next of kin, NOK, S/O, D/O, W/O, Son of,
//     Daughter of, Wife of, (Also) known as; their value must not start in
//     lower case ("Father: unknown"); or
//   - a whole label of a French, Spanish or Portuguese form, Latin-1
//     capitals read in lower case: names (Nom, Prénom(s), Nom et prénom(s),
//     Nom complet, Nom de famille, Nom et post-nom, Post-nom, Surnom, Dit(e), Nombre(s), Apellido(s),
//     Nombre completo, Apodo, Nome, Sobrenome, Apelido), kin (Épouse,
//     Époux, Mari, Père, Mère, Fils, Fille, Frère, Sœur, Tuteur, Conjoint,
//     Enfant(s), Esposa, Esposo, Padre, Madre, Hijo(s), Hija, Hermano,
//     Hermana, Cónyuge, Pai, Mãe, Filho(s), Filha, Marido) and roles
//     (Déclarant(e), Enquêteur, Interprète, Témoin, Victime, Survivant(e),
//     Point focal, Chef de ménage, Appelant(e), Référé(e) par,
//     Superviseur(e), Visa superviseur, Víctima, Testigo, Denunciante,
//     Bénéficiaire, Beneficiario/a, Agente, Reçu par, Enregistré par, Saisi
//     par, Recibido por, Registrado por, Exportado por, Exporté par,
//     Gestionnaire (du site), Gérant(e), Chef de site, Rapporté(e) par,
//     Signalé(e) par, Visa animatrice / animateur, Vu (par), Solicitante, ...);
//     Frères, Sœurs / Soeurs are lists of names, and so are the casualty
//     labels Injured, Wounded, Killed, Blessés; Oncle and Tante kin; name
//     labels joined by commas or '&' are a name label ("Nom & post-nom"); "Nom",
//     "Nombre" or "Nome", an optional "du", "de (la)", "del", "da" or "do",
//     then a role, kin or name label is a name label of up to six words ("Nom
//     du chef de ménage", "nom_chef_menage" with "chef (de) menage" a role,
//     "Nombre del beneficiario"; not "Nom de la localité").
// Words of a label may be joined by '_' ("given_name"), and a number after
// '_' or a space ends a numbered field of an export ("hh_member_3" is "hh
// member"). HH member, Household member, Family member, HH head, Household
// head and Head of household are name labels.
// The value runs on the same line over up to six words joined by spaces or
// ", " ("AHMADZAI, NOORULLAH"; under a plural label ", " and "and" separate
// names, and an aside in parentheses of up to 24 bytes may follow each one:
// "Enfants: Bienvenu (11 ans), Grâce (7 ans)"), with lower-case particles
// (de, la, van, bin, al-, ...); it ends at
// a lower-case word (unless the whole value is in lower case), a word with a
// digit or a '/' ("S/O"), a word before a colon (the next label), a period
// that ends no initial or abbreviation ("Capt.", "J.", "J-P."), or any other
// punctuation (a dash or a curly quote too: "KALALA Tshimanga – disparu"). A value in quotes is the name inside them ('Also known as:
// "Fati"'). A value that says no name is given ("Unknown", "None",
// "N/A", "Withheld", "Deceased") is none, and so is a value in lower case
// that runs on past six words (a sentence: "Note: most people below use one
// name only").
// Role labels count as kin labels do (a lower-case value is none): Caller,
// Caseworker, Author, Beneficiary, Applicant, Claimant, Complainant, Victim,
// Survivor, Witness, Informant, Patient, Client, Detainee, Respondent, Interviewer,
// Interviewee, Interpreter, Translator, Enumerator, Operator, Driver (and a
// truck's Kamsari, Turnboy, Conductor, Co-driver), Focal
// (point), Contact person, Team lead(er), Supervisor, Intake worker, Checked,
// Secretary, Agent, Exported by, Escort(ed by), Accompanied by, Rempli(e)
// par, Accomp. / accompagnateur (one of these words after one or two others too: "Day
// operator", "Night operator"), Chairperson, Chairman,
// Chairwoman, Treasurer, Minutes, Minute taker, Note taker, Rapporteur, Signed (by), Reported/Compiled/Prepared/Submitted/
// Written/Reviewed/Approved/Checked/Completed/Distributed/Entered/Interviewed/
// Received/Recorded/Registered/Updated/Verified by ("Distributed_by" over a
// column of initials), Operator signature; their value is no
// acronym alone ("Reported by: UNHCR") and ends at a comma ("Rebecca Adut
// Mabior, Field Security Assistant"). A login made of a name (IsLoginHandle:
// "Agent: r.mwenze", "Exportado por: karla.mejia.hn  el ...") is the value
// alone under any person label, though in lower case.
// Also the cells under every name column of a table (rows of cells separated by
// '|', tabs, or ';' under a header of three cells or more, none empty (a
// cell of spaces only, as the leak check's copy blanks a redacted heading,
// counts as one), or laid out in fixed-width columns under a rule of dash
// runs separated by spaces ("--------- ------ ----": columns start where the
// runs start, in code points; a heading may run past its column to its
// word's end; a row whose text crosses a column's start is skipped; a blank
// line ends the table), or under a header without a rule whose three cells
// or more are split by two spaces or more (no digit on it; at least two rows
// aligned under it, each with such a gap; a line without one ends the
// table: "N°  Nom et post-nom   Fonction   Localité"): a spreadsheet export; rules of a grid drawn with '-', '=',
// '+' and '|' under the header or between rows are skipped ("-----+----");
// a header cell that is a name or kin label, or "HH head",
// "Head of household", "Head of HH", "Beneficiary", "Person", "Persons"
// (not "Focal person": titled names), or holds one in parentheses: "HH HEAD
// (SURNAME, Other names)", but not "Village (name, district)"; a household's
// members column, "Members", "Membres (âge, lien)", "Miembros", "Membros",
// "Accompagnants", lists names with their ages and asides), a record of
// a name, a nickname in quotes and the person's sex and age ("DIALLO
// Mariama, F, 16"; the name and the nickname reported), and the speaker of
// a line of a chat export ("[04/03/2024, 08:12] Blessing Okafor: ...", a
// time with periods after a date with a slash too: "[03/07/23 07.30.18] dr
// Sinta RSUD: ...",
// "04/03/2024, 08:12 - yonas: ..."; not what follows a flag, "Wilner 🇭🇹
// Ouanaminthe", nor an affiliation in parentheses: an office's abbreviation,
// or a word of two to six capitals with one vowel at most and a capitalised
// word, "Yoselin Peña (CDH Dajabón)"; a phone number for a speaker: the name
// in parentheses after it, "+57 300 555 8821 (Flaca):", or after it and a
// space, "+249 99 614 2270 Nasreldin:"; in a voice-note or message log
// without a colon, one to four words before " (" and a phone number of six
// digits or more, before a name in parentheses and " - " (both reported:
// "achol.b (Achol Bol Madut) - text - EN"), or before " - " and a kind of
// message: voice, text, audio, video, image, photo, call, sms, message,
// document) and, in a chat of two speaker lines or
// more, every other occurrence in any case, as a whole word, of a word of
// three letters or more of a speaker's name ("me and gift", "chi-boy here"
// beside the speakers "Gift Osas" and 'Chinedu "Chi-Boy" Eze').
// PLACE FIELDS. The value of a place label, and every cell under a place
// column of such a table, is reported as LOC, subkind FIELD, confidence 0.7:
// a label (or header cell) whose head word, or the word before " of ", " de ",
// " d'" or " in " ("last place in PK"), or after "Name of ", without a
// trailing "name(s)" or "code", is
// village, town, city, settlement, district, province, region, county,
// governorate, municipality, commune, locality, location, place,
// birthplace, hometown, origin, destination, camp, site, shelter, area,
// country, wilaya, quartier, provenance, a unit of local government (LGA,
// woreda, kebele, payam, tehsil, upazila, barangay, suco; Indonesian desa,
// dusun, kampung, kecamatan, kabupaten), or their French, Spanish and
// Portuguese forms (ville, lieu, localité, région, aldea, ciudad, cidade,
// municipio, provincia, departamento, comuna, localidad, lugar,
// procedencia, procedência), or a plural of one ("Sites: Antakya /
// Defne"): "Village of origin",
// "Place of birth", "origin_settlement", "Lieu de naissance", "Name of
// camp"; not "Camp manager" or "Village chief" (the head is the last word).
// The value (up to a gap of three spaces, a tab or a spaced bar, where
// another field of the line starts: "Districts: Abs, Aslam | Updated: ...")
// must read as a place's name: at most 80 bytes, a capital (or a
// non-ASCII letter) first, no '@', and every word that starts in lower case a
// particle or a word for a kind of place (de, del, la, al, es, of, camp,
// district, village, block, zone, ...): "Goris – Kindergarten No. 3", "Dar
// es Salaam"; "with her uncle in Goris" is none. These findings are context:
// linking reads the PERSON readings inside them as the place and then drops
// them (ReadPlacesAndPersons in tearline/resolve.h). A bilingual label
// ("Nome warao / Warao name", split at " / ") has the class of its last part
// that has one; "nom", "nombre" or "nome" and one word that is no
// preposition is a name label; a name or kin label in parentheses ("(nome
// warao: Jobaji)", "(alias: Bouba)", "Famille (frère : Assalek)") has its
// value up to the ')' on its line; a label may also open a sentence after
// another's period on its line ("... Batangafo-Kabo. Chauffeur :
// Djimadoum"); French, Spanish and Portuguese labels include the author's
// ("Rédaction", "auteur", "autor", "redactado por", "Saisie", the one who
// typed it in), a source's real name
// ("réel", "identité réelle", "vrai nom", "nombre real") and a driver's
// ("chauffeur", "conducteur", "chofer", "conductor", "motorista"), and a
// radio call sign's ("Call sign", "Callsign": a name, in capitals too); a value
// that opens with a small letter, ASCII or Latin-1 ("équipe de veille"),
// names no one after a role or kin label;
// "Children", "Sons", "Siblings" and the like label lists of names, as do
// the labels of a meeting's attendance (Present, Participants, Attendees,
// In attendance, Apologies, Apology, Regrets, Absent, Excused, Tracers; there
// only the names of two words or more with no word of two capitals or more
// (a family name in capitals of five letters or more beside a title-case
// word does; an agency's acronym, UN... or ACNUR, OXFAM, USAID, MONUSCO,
// does not) count:
// "Apologies: Ashot Manukyan, Dilijan PHC" reads "Ashot Manukyan"; a part
// after a hyphen with its own capital is no such word: "Yousif El-Tayeb"), and
// so are a team's labels (one to three words ending in team, tim, équipe,
// equipe, equipo or equipa, or such a word and a code of up to three letters
// or with a digit: "Verification team", "Equipe S34"; never a column's
// heading) when the value is a list, a ", " outside parentheses on its line
// ("Equipa: Gestão de Casos Mueda (parceiro ...)" names the team), where a
// one-word name in title case of three letters or more counts before an aside
// ("Senait (trad. tigrino)", "Ibe (UNICEF)"), and two capitals that
// abbreviate nothing else (not "EU", "AU", "UN") count as an attendee's
// initials (subkind INITIALS) when the item ends there (',', ';', " (",
// " and " or the line's end: "Present: LM (chair)", "Absent: JK, RT"; not
// "SP Aliyu ...", a rank; three capitals name agencies as often), and so
// do labels that end in "name age" ("Members_name_age", "Child name/age"):
// under such a label an age of one or two digits ends a name and a
// separator may follow it ("Rukia Begum 31; Anwar 6"). Lines of
// comma-separated cells are tables like those split by ';' (header of three
// cells or more, none empty, none over 40 bytes or three words before a note
// in parentheses that ends it, "HH head (name as on register)", no period
// at its end); no header of any table has a cell that starts with a digit
// (a row's number or date), though a heading may hold one ("ID last 3"); a quoted cell ("\"Ramos, Pedro\"") is one cell without its
// quotes. A qualifier in parentheses ends a label ("Given name (as on NIC):");
// two name labels joined by " / " ask for two names that " / " separates
// ("Surname / Given name: SIVAKUMAR / Tharshini"); "name" or "names" and as,
// at, given, in, known, on, per, used or written open a name label ("Name
// used in village:"); a label may be padded with up to 11 spaces before its
// colon ("Sought   :"); sought, sought person, enquirer and inquirer are
// role labels, and a kin word in small letters may open their value
// ("Enquirer : mother Hêvî Osman"); a name's other spelling in brackets right
// after it is a name too ("[Hevi]"). Records give the sex in capitals or
// small letters, "~" before an estimated age, a note after the age in
// parentheses ("(f, 14, GSW arm)"), a list marker before the name ("d) ",
// "- ", "3. "), and a parent after " d/o ", " s/o " or " w/o " ("Abuk Makur
// d/o Makur Deng, f, 16"). In a table with a column "Age", "Sex", "Sex/Age"
// or "Age/Sex", the columns "From", "To" and "Route" are place columns.
// Records without a header whose fields one separator joins (';', '|', a
// tab, or ',' with no space around it) are read too: one or two name fields
// and then the age and the sex in either order, as lines of an export or
// inside a sentence ("Oduya;Nafiseh;52;F", "Gate log: Tembo|Chanda|M|28
// was seen", "(Lungu;Mwila;19;F, Phiri;Bwalya;60;M)"); each name field (one
// to four capitalised words or particles, no sentence opener first) is read
// as the value of a name label (src/quasi/delimited_records.h).
// A column headed by a word for a phone ("Téléphone", "Tel", "Mobile no.",
// "Contact", "WhatsApp", or a heading whose last word is "phone", "mobile"
// or "tel": "shawish_phone") gives each number in its cells (seven to fifteen
// digits among spaces, '-', '.', parentheses and a leading '+', nothing
// glued to a letter or a ':') as a PHONE, subkind FIELD, at 0.85: the
// formats no pattern reads without a word beside them ("77 123 45 67"). A
// column headed by a word for an identity, card or case number
// ("e-Tazkira", "CNIC", "Passport no.", "FCN", "Case no.", "ID", "N° ménage",
// "Expediente", "Pièce", "Citizenship No.", "UASC no.", "Site reg.", or
// any heading whose last word is "ID": "Escort (relation) ID") gives each
// code of five to thirty digits, of three digits or more and two capitals
// ("KY-0412"), or of four digits and a capital ("T-0912"), among capitals, '-', '/', '.' and single spaces
// between digits as an ID, subkind FIELD, at 0.85. A column headed by a
// word for a shelter, a tent, a hut, a caravan or a room ("Hut", "Shelter
// no.", "caravan") gives each cell that holds a digit, up to an aside in
// parentheses, as an ADDRESS, subkind FIELD, at 0.85 ("C-14", "B-1,
// F-4/112").
// Runs with the tagger, in the detect stage and in every leak check.
std::unique_ptr<const Detector> NewFieldNameDetector();

// The initials detector (id "initials"): a person named by initials alone,
// as reports name sources and signatories ("signed by A.K.", "Source: H.A.
// (trusted)", "M. N. O. said"). Reported as PERSON, subkind INITIALS,
// confidence 0.6. Initials are two to four ASCII capitals, each followed by
// a period (a hyphened pair such as "J-P." of a double given name counting
// two), with at most one space between, at a word start and followed by
// no letter or digit; never an abbreviation that names no person (U.S.,
// U.N., U.K., A.M., P.M., B.C., D.C., Ph.D., M.A., D.R.C., ...). Reported
// only in a person's context:
//   - right after a word that introduces a person: by, from, to, with, and,
//     or, via, per, cc, attn, admin, named, called, source, informant, witness, contact,
//     caller, subject, victim, detainee, driver, guard, staff, colleague,
//     kin words, Mr, Mrs, Ms, Miss, Dr ("Source: H.A.", "Mr. A.K.");
//   - before a slash and an initial and a family name, which is reported
//     too ("(J.E. / A. Nyamal)": two writers);
//   - in parentheses of their own ("the source (H.A.)"), before " (" ("H.A.
//     (trusted)"), before "'s", or as a speaker at a line's start ("A.K.: on
//     my way");
//   - as the value of a label on their line that holds "initials",
//     "signature" or "signed" ("Author initials on cover: F.A.W.");
//   - as a sign-off after a dash that ends a line or a bracketed note
//     ("— Y.F.]", "-- A.K."), or opening a line before a date or a time
//     (a signed entry: "F.A.W. 21/11 17:40");
//   - before a lower-case verb of speech, perception or a clause ("A.K.
//     said", "B.T. saw", "A.K. who", "A.K. and"), or before a comma and a
//     lower-case noun for one person's role (monitor, moniteur, officer,
//     driver, nurse, supervisor, volunteer, ...: "S.K., moniteur
//     protection"); a capitalised word right after ("J. K. Mwangi", "A.K.
//     Said") is left to the tagger.
// The words before include labels of people in a case log (operator,
// officer, monitor, interviewer, interpreter, translator, volunteer,
// enumerator: "Operator: K.M.", "Enumerator A.S.Q."). Also reported: the initials without periods of a
// transcript's speaker, two to four capitals that open two lines or more
// before ": " ("HNL: In Seik Mu"; not NB, PS, CC, RE, FYI, TO, REF, POC, DATE
// and other labels of messages and forms, nor a transcript's roles INT, INTV,
// RESP, ANS, MOD, FAC); and every other occurrence, as a
// whole word, of initials found so ("for M.K. through" after "Detainee
// M.K."). The words before also include nouns for the person of a case
// (survivor, child, girl, boy, woman, man, client, patient, minor, nurse,
// pharmacist, teacher, student, beneficiary, author) and "initials",
// "init", "initiales", "signature", "signed" ("the pharmacist (initials
// T.G.)", "Signature: A.P.N.S."), also before an opening quote ('init.
// "A.M."', where the abbreviation's capitals are initials too); and initials that end a line, alone on it or after a
// sentence's period or a parenthesis, are a sign-off ("ALL STAFF ACCOUNTED
// FOR. D.Y.", "(thumbprint) D.M.Z."), and so are two to four small letters
// after a dash on the text's last line ("-jmg"; not "-end", "-- ok"). Initials with periods out of all
// these contexts are PERSON at 0.5 when they stand alone: no capitalised
// word right after them on their line ("J.R.R. Tolkien", left to the
// tagger), none right before them ("Nestle S.A.", "George H. W. Bush") and
// no article ("the A.B."): "f/u C.M.F. re copy", "accompanied F.M. + mother".
// An abbreviation's capitals are initials all the same right after a noun
// for a person or before the '(' that opens them ("Supervisor C.E.", "un
// notable (A.D.)"; the nouns include supervisor, superviseur, notable,
// chief, elder, leader), and where the name right after them defines them
// (" = " or " (" and one capitalised word per letter, each opening with it:
// "M.D. = Mahamat Dogo", "A.M. (Abakar Mahamat, superviseur)"), which is
// reported too (subkind INITIALS), and then at their other occurrences.
// FAMILY NAMES (subkind FAMILY, 0.6), as forms and lists of the former
// Soviet Union and the Caucasus write them: a capitalised family name of
// five letters or more ending in -ov, -ova, -ev, -eva, -enko, -skiy, -skaya,
// -yan, -dze, -shvili, -uulu, -kyzy, -zade, -zoda (or a patronymic's ending)
// followed by initials ("Toktogulova A.K.", "Ergeshov M.", "Abdullaeva
// M.Yu.") or after them ("E.R. Ramazanov", "M.Yu. Abdullaeva"; not after a
// word byte or a period); such a family name in capitals alone, with initials after it if
// any, or one given name in title case of three letters or more ("ASANOV",
// "MAMADJANOVA G.", "RAJABOV Shuhrat"; not ROSTOV, SARATOV, KHARKOV and other
// listed places); and a patronymic (seven letters or more ending in -ovna,
// -evna, -ivna, -ovich, -evich, -ovych) with the capitalised word before it
// and the one after it ("Aigul Sabyrbekovna Mamatova", "Sergei Ivanovich").
// Runs with the tagger, in the detect stage and in every leak check.
std::unique_ptr<const Detector> NewInitialsDetector();

// Whether `capitals` (the letters of an abbreviation without its periods:
// "US", "ICRC", "PHD") are an abbreviation that names no person, from the
// initials detector's list above.
bool IsNoPersonAbbreviation(std::string_view capitals);

// Whether `word` (lower case) is a word for a relative or a person's role
// that the relation detector reads a name after ("brother", "nieta",
// "driver", "half-sister", "pony-wala": a prefix joined by a hyphen is
// dropped).
bool IsPersonRelationWord(std::string_view word);

// Whether `line` is a rule of a grid drawn in ASCII under a table's header
// or between its rows ("-----+----+----", "|====|===|"): '-', '=', '+', '|',
// ':' and spaces (a final '\r' too), with three '-' or '=' in a row. The
// field detector reads a table on under one; resolve counts its crossings
// as the header's separators.
bool IsGridRule(std::string_view line);

// Whether `s` is a login handle made of a name and nothing else
// ("r.mwenze", "karla.mejia.hn", "j_kalume"): two or three runs of small
// ASCII letters joined by '.' or '_', five letters or more in all, one run of
// three letters or more ("e.g", "a.m" are none). The field detector reads
// one as the value of a role label ("Agent: r.mwenze"); resolve finds the
// other occurrences of one it holds as a person (LOGIN HANDLES in
// tearline/resolve.h).
bool IsLoginHandle(std::string_view s);

// The quote detector (id "quotes"): the speaker named right after a closing
// quotation mark ('"..." or U+201D) that follows ',', '.', '?' or '!', one
// space, then one to three capitalised words (each with a lower-case letter,
// the first no sentence opener) and a verb of speech — said, says, told,
// added, asked, explained, recalled, replied, insisted, noted, stated,
// claimed, continued, warned, wrote — ('"You pay or you go back," Briceño
// said.'), or the verb first and the name before punctuation ('," said
// Father Wilmer.'). Reported as PERSON, subkind SPEAKER, confidence 0.6; a
// generic word ("Police") is dropped later as every generic PERSON reading
// is. Also the person a quotation addresses by name as it opens, right
// after such a verb (and ':' or ','): one or two name words, then ", " and a
// lower-case word ('he said "Zozan, we know your son"'; not a sentence
// opener or a word of address: "Listen", "Sir", "Mama", ...), reported as
// PERSON, subkind ADDRESSEE, confidence 0.6. Runs with the tagger, in the
// detect stage and in every leak check.
std::unique_ptr<const Detector> NewQuoteSpeakerDetector();

// The citation detector (id "citations"): the authors of author-year
// citations, each reported as PERSON with subkind AUTHOR at confidence 0.6.
//   - In a group: "(Charmaz, 2006)", "(Hein, Reich, Marks, Thuma, &
//     Grigorenko, 2016)", "(see for example Brieber 2014; Binderman et al.,
//     2005)": authors, then an optional "et al.", an optional ',' and a space,
//     a year from 1500 to 2099 (optionally "2014a") and ')', ';' or ',' right
//     after it. The first author must follow '(' directly, or up to four
//     lower-case lead-in words after '(' ("see", "e.g.,", "cf."), or "; "
//     inside a parenthesis opened at most 400 bytes before.
//   - Narrative: "Fantoni et al. (2013)" always; "Palmeri and Gazio (1995)"
//     (two authors or more) when the same text also holds a citation in a
//     group. One author alone ("Senabre (1982)") is not reported: places and
//     titles are written so too ("in Paris (1927)", "Watchmen (2009)").
// An author is one capitalised word with particles before it ("van der
// Berg", "De Certeau"; a possessive "'s" left out: "Navarro's (2016)"), and
// not after another capitalised word or an article: "(Three Sinners, 1950)",
// "Frame Semantics (1976)" and "the Gallows (1958)" are titles. Authors are
// joined by ", ", " & ", ", & ", " and ", ", and ". Never an author: a word in capitals ("(WHO, 2020)"), a month, a
// weekday, a season, words that open clauses ("In 2015,"), and the heads of
// names of organisations, laws and publications ("(Open Science
// Collaboration, 2015)", "(Official Gazette, 2005)"). Runs with the tagger,
// in the detect stage and in every leak check.
std::unique_ptr<const Detector> NewCitationDetector();

// The name rules above, in the order a release runs them (after the tagger
// and the quasi detector): titled names, code names, relation names,
// appositions, East Asian, regional and field names, initials, speakers of
// quotations, citation authors.
std::vector<std::unique_ptr<const Detector>> NewNameRuleDetectors();

}  // namespace tearline
