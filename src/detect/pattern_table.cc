// The built-in pattern table. See tearline/patterns.h for the regex dialect and
// for how rows are turned into findings.
#include <algorithm>
#include <array>
#include <iterator>

#include "tearline/patterns.h"
#include "text_dates.h"
#include "validators.h"

namespace tearline::patterns {
namespace {

namespace v = validators;

// ---- Context words (lower case; matched as whole words before the span) ----
// Words for a phone or a call that a bare run of eight digits may follow
// (not "number": "passport number: 12345678").
constexpr std::string_view kPhoneRunWords[] = {
    "tel",      "tel.",   "telephone", "phone", "mobile", "mob", "mob.", "cell", "cellphone", "call", "called",
    "calls",    "whatsapp", "contact", "ph.",   "signal", "viber", "phones", "t\xC3\xA9l", "telefono",
    "tel\xC3\xA9" "fono", "celular", "m\xC3\xB3vil", "movil", "cel", "cel.", "llamar", "llame", "rang", "ring", "sms",
    "appel", "appels", "appel\xC3\xA9", "contacto", "hp", "rele", "ph", "opay", "moncash", "mpesa", "m-pesa", "joignable", "joint", "joindre", "tigo",
    "digicel", "natcom", "landline", "fijo", "msj", "mensaje", "mensajes"};
// The other words for a phone, a number or a call that a grouped number may
// follow.
constexpr std::string_view kMorePhoneWords[] = {
    "fax",      "number", "numbers", "contacts", "portable", "num\xC3\xA9ro", "telefone", "gsm",
    "\xD1\x82\xD0\xB5\xD0\xBB", "llamen", "llam\xC3\xB3", "appeler", "appelez", "ligar", "thuraya", "satphone",
    "sat phone", "iridium", "llamada", "llamadas", "reach", "reached", "n\xC3\xBAmero", "numero", "contato", "celulares",
    "tel\xC3\xA9" "fonos", "ra2am", "raqam", "rakam", "nimra", "nemra", "ligne"};
// Word lists as one.
template <size_t... N>
constexpr std::array<std::string_view, (N + ...)> Concat(const std::string_view (&... lists)[N]) {
  std::array<std::string_view, (N + ...)> out{};
  size_t i = 0;
  ((std::copy(std::begin(lists), std::end(lists), out.begin() + i), i += N), ...);
  return out;
}
constexpr auto kPhoneWords = Concat(kPhoneRunWords, kMorePhoneWords);
// Words of kin and of the people around a person that a relative's phone
// follows in lists ("brother 711 256 093", "father 770-512-338").
constexpr std::string_view kKinPhoneWords[] = {
    "brother", "father", "mother", "sister", "son", "daughter", "wife", "husband", "uncle", "aunt", "cousin",
    "nephew", "niece", "neighbour", "neighbor", "landlord", "fr\xC3\xA8re", "p\xC3\xA8re", "m\xC3\xA8re",
    "s\xC5\x93ur", "hermano", "hermana", "padre", "madre", "esposo", "esposa", "hijo", "hija", "irm\xC3\xA3o",
    "cu\xC3\xB1" "ada", "cu\xC3\xB1" "ado", "vecina", "vecino", "suegra", "suegro", "sobrina", "sobrino", "cunhada",
    "cunhado", "vizinha", "vizinho", "voisin", "voisine"};
// The words a grouped number may follow as a phone: kPhoneWords and the
// words of kin.
constexpr auto kGroupedPhoneWords = Concat(kPhoneRunWords, kMorePhoneWords, kKinPhoneWords);
constexpr std::string_view kCardWords[] = {"card", "visa", "mastercard", "credit", "debit", "amex"};
constexpr std::string_view kPassportWords[] = {"passport", "passport no.", "passport number", "pasp.",
                                               "passeport", "pasaporte", "passaporte", "zagran", "zagranpasport", "pass.",
                                               "passaporto", "pasaport", "gozarnameh", "pa\xC8\x99" "aport",
                                               "pa\xC5\x9F" "aport"};
constexpr std::string_view kNationalIdWords[] = {
    "tazkira",  "tazkera",     "taskera",       "e-tazkira", "tazkira no.", "id card",
    "id card no.", "national id", "identity card", "identity number", "cnic", "nic", "national identity", "cni",
    "c\xC3\xA9" "dula", "cedula", "c.c.", "ppt", "c.i.", "cnib", "dpi", "psn", "philsys", "rnokpp", "ipn", "nina",
    "identidad", "carn\xC3\xA9", "carnet", "aadhaar", "aadhar", "iin", "national code", "\xC3\xA9lecteur", "electeur",
    "nni", "ktp", "philhealth", "idnp", "citizenship", "ykn", "pin", "unc", "unified card", "carte unifi\xC3\xA9" "e",
    "pinfl", "jshshir", "paaypa", "amka", "nuip", "raqam watani", "raqm watani", "national number", "dui", "nik", "identidade", "ced.",
    "e-taz", "taz."};
// Labels of identity cards too short to trust before any number ("CC",
// "BI", "NIN", "CIN": "Bi Aziza", "cc office"): only before a long one.
constexpr std::string_view kShortIdWords[] = {"cc", "bi", "nin", "cin", "rc", "ci", "arc"};
constexpr auto kDottedIdWords = Concat(kNationalIdWords, kShortIdWords);
// "ID" itself as a label, right before a number.
constexpr std::string_view kIdLabelWords[] = {"id", "id no", "id no.", "id number", "id#"};
constexpr std::string_view kCaseWords[] = {"crb", "ob no.", "application no.", "application no", "application", "case no.",
                                           "case no",         "case",           "file no.",    "appeal",
                                           "complaint",       "petition",       "docket", "fir", "fir no.", "denuncia"};
constexpr std::string_view kCodeWords[] = {"no.",   "no:",    "nr.",  "nr",     "number", "num.", "ref",
                                           "ref.",  "reference", "reg", "reg.", "registration", "plate",
                                           "id",    "code",   "serial", "licence", "license", "#",
                                           "card",  "cards",  "fcn",    "progres", "moha", "ration", "token", "household",
                                           "individual", "beneficiary", "file", "badge", "case no.", "case no",
                                           "nid", "nin", "cnic", "dni", "exp.", "expediente", "dossier",
                                           "cni", "n\xC2\xB0", "n\xC2\xBA", "n.\xC2\xB0", "n.\xC2\xBA", "case", "refs",
                                           "caso", "radicado", "c\xC3\xB3" "digo", "policy", "acct", "account",
                                           "a/c", "cuenta", "compte", "bvn", "fayda", "fin", "fan", "record",
                                           "iban", "curp", "rut", "\xE2\x84\x96", "dpi", "psn", "cin", "cnib",
                                           "wristband", "bracelet", "pep", "cpp", "pcn", "nuban", "matricule", "mrn", "patent", "nuit", "cas", "sn",
                                           "service number", "service no.", "ndd", "slip", "philhealth", "\xC3\xA9lecteur",
                                           "electeur", "nni", "ktp", "uci", "idnp", "cid", "folio", "r\xC3\xA9" "c\xC3\xA9piss\xC3\xA9", "recepisse",
                                           "pv", "p.v.", "registo", "registro", "braccialetto",
                                           "attestation", "carte", "cartes"};
constexpr std::string_view kMobileMoneyWords[] = {"mpesa", "m-pesa", "tx", "transaction", "txn", "airtel money"};
constexpr std::string_view kFinWords[] = {"fin", "fin code", "fin-kod", "fin kod", "cui"};
constexpr std::string_view kCoordWords[] = {"coordinates", "coordinate", "coords", "lat",      "latitude",
                                            "location",    "located",    "gps",    "grid",     "position",
                                            "mgrs",        "lat/long",   "lat/lon"};

// Words for a vehicle's number plate (lower case; "plate KBL 4471").
constexpr std::string_view kPlateWords[] = {"plate",     "plates",      "number plate", "reg", "reg.",     "registration",
                                            "matr\xC3\xAD" "cula", "placa", "placas", "immatriculation", "plaque",
                                            "motorbike", "motorcycle", "moto", "boda", "vehicle", "car", "truck",
                                            "pickup", "pick-up", "minibus", "plak", "patente", "cruiser", "hilux",
                                            "corolla", "prado", "hiace", "probox", "drives", "driving", "hyundai", "toyota",
                                            "nissan", "lada", "solaris", "sumo", "bolero", "innova", "immatricul\xC3\xA9",
                                            "immatricul\xC3\xA9" "e"};
// Dot leaders: a contact list or phone tree that lines its numbers up
// ("logistics ........ 66 98 76 54"), no word for a phone needed.
constexpr std::string_view kLeaderWords[] = {"....", ". . .", "\xE2\x80\xA6"};
constexpr ContextRule kNoContext{};
constexpr std::string_view kEmailLocal =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-";
constexpr ContextRule kPhoneCtx{kPhoneWords, 32, 0.9f, false};
constexpr ContextRule kCardCtx{kCardWords, 32, 0.97f, false};
constexpr ContextRule kPassportCtx{kPassportWords, 32, 0.85f, true};
constexpr ContextRule kNationalIdCtx{kNationalIdWords, 32, 0.85f, true};
constexpr ContextRule kCaseRequiredCtx{kCaseWords, 24, 0.8f, true};
constexpr ContextRule kCaseCtx{kCaseWords, 24, 0.85f, false};
constexpr ContextRule kCodeCtx{kCodeWords, 24, 0.7f, false};
constexpr ContextRule kCoordCtx{kCoordWords, 40, 0.9f, false};

// Address words: a capital (ASCII or a Latin-1 or Latin Extended-A
// letter's two bytes), a byte of a word of a street's name, a last letter.
#define TL_CAP "(?:[A-Z]|\\xC3[\\x80-\\x9E]|[\\xC4\\xC5][\\x80-\\xBF])"
#define TL_NAMECH "[^ \\t\\r\\n,;:()#]"
#define TL_NAMEWORD TL_NAMECH "{0,24}"
#define TL_LAST "(?:[A-Za-z]|\\xC3[\\x80-\\xBF]|[\\xC4\\xC5][\\x80-\\xBF])"

// Month names in French, Spanish and Portuguese (matched caselessly: ASCII
// letters only, so "Février" matches through its small é).
#define TL_ROMANCE_MONTHS                                                                                  \
  "(?:janvier|f\\xC3\\xA9vrier|fevrier|mars|avril|mai|juin|juillet|ao\\xC3\\xBBt|aout|septembre|octobre|novembre|" \
  "d\\xC3\\xA9" "cembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"    \
  "noviembre|diciembre|janeiro|fevereiro|mar\\xC3\\xA7o|marco|maio|junho|julho|setembro|outubro|novembro|dezembro)"

// Month names as written in prose (TL_MONTHS, text_dates.h): Capitalized or
// UPPER CASE (lower-case "march", "may" are mostly verbs).
// URL characters: anything but whitespace, controls used as separators, <>"'`.
#define TL_URLCHAR "[^ \\t\\r\\n\\x0b\\x0c<>\"'`]"
// The last URL character additionally is no sentence punctuation.
#define TL_URLLAST "[^ \\t\\r\\n\\x0b\\x0c<>\"'`.,;:!?)\\]}]"
#define TL_DEG "(?:°|º)"
#define TL_MIN "(?:'|′|’)"
#define TL_SEC "(?:\"|″|”|''|′′)"
#define TL_DMS_LAT "\\d{1,2}" TL_DEG "[ ]?\\d{1,2}(?:[.,]\\d{1,4})?" TL_MIN "(?:[ ]?\\d{1,2}(?:[.,]\\d{1,4})?" TL_SEC ")?"
#define TL_DMS_LON "\\d{1,3}" TL_DEG "[ ]?\\d{1,2}(?:[.,]\\d{1,4})?" TL_MIN "(?:[ ]?\\d{1,2}(?:[.,]\\d{1,4})?" TL_SEC ")?"
#define TL_COORD_SEP "(?:[ ]*[,;/][ ]*|[ ]+)"

// A landmark that a home is placed by, after the relation word: a first word
// of any kind, then up to four that are capitalised, nouns of landmarks, or
// the small words that join them ("the Kaiap Lodge", "the Humera bus
// station", "forage de la Croix-Rouge", "Imambargah Nichari").
#define TL_LANDMARK_WORD "[^ \\t\\r\\n,;:()\".]+"
#define TL_LANDMARK_NOUNS                                                                                            \
  "(?:mosque|church|school|clinic|pharmacy|market|station|well|pump|borehole|tower|bakery|shop|store|hospital|"       \
  "cemetery|bridge|tree|building|office|checkpoint|lodge|bus|water|tank|hall|factory|plant|gate|tomb|shrine|mill|"    \
  "garage|police|post|health|centre|center|stop|square|roundabout|junction|mineral|bottling|petrol|fuel|tandoor|"    \
  "mosqu\\xC3\\xA9" "e|\\xC3\\xA9glise|\\xC3\\xA9" "cole|march\\xC3\\xA9|forage|puits|pharmacie|boutique|moulin|"     \
  "dispensaire|fontaine|gare|pont|arbre|mairie|poste|sant\\xC3\\xA9|carrefour|iglesia|mezquita|escuela|"              \
  "cl\\xC3\\xADnica|farmacia|mercado|tienda|parque|puente|pozo|gasolinera|igreja|escola|farm\\xC3\\xA1" "cia|furo|"  \
  "po\\xC3\\xA7o|posto|loja|ponte|mesquita|agua|tanque|taller|cancha|caseta|colegio|capilla|r\\xC3\\xA9servoir|"    \
  "chefferie)"
#define TL_LANDMARK                                                                                               \
  TL_LANDMARK_WORD "(?: (?:[A-Z0-9]|\\xC3[\\x80-\\x9E])[^ \\t\\r\\n,;:()\".]*| " TL_LANDMARK_NOUNS "s?| "          \
  "(?:of|the|de|la|le|du|des|del|do|da|al|el|los|las))*"
#define TL_COLOURS "(?:[Gg]reen|[Bb]lue|[Rr]ed|[Yy]ellow|[Ww]hite|[Bb]lack|[Gg]r[ae]y|[Bb]rown|[Oo]range|[Pp]ink|[Pp]urple)"

// Anchors (see PatternSpec::anchors). Every code_alpha_num match holds its
// last letter, the optional '-' and two digits. (Two expressions: Hyperscan
// finds them much faster than "[A-Z]-?\\d\\d".)
constexpr const char* kLetterDigitsAnchors[] = {"[A-Z]\\d\\d", "[A-Z]-\\d\\d", "[A-Z]\\d{1,2}-\\d\\d"};
// The street or flat word that every match of an ADDRESS row opening on a
// free capitalised word or a number holds (those rows are run only around
// these).
constexpr const char* kStreetWordAnchors[] = {
    "(?:Street|Road|Avenue|Lane|Boulevard|Drive|Crescent|Terrace)\\b", "(?:St|Rd|Ave|Blvd)\\."};
constexpr const char* kNumberFirstAnchors[] = {"No\\.? ?\\d"};
constexpr const char* kJalanAnchors[] = {"(?:Jl|Jln|Jalan)\\.? "};
constexpr const char* kNameStreetNumberAnchors[] = {"(?:St\\.|Ave\\.|Rd\\.|[Ll]ane|g\\.) \\d"};
constexpr const char* kGluedStreetAnchors[] = {"(?:stra(?:ss|\\xC3\\x9F)e|straat|str\\.|gasse|laan|plein|platz) \\d"};
constexpr const char* kTurkishStreetAnchors[] = {
    "(?:Caddesi|Cad\\.|Sokak|Soka\\xC4\\x9F\\xC4\\xB1|Sok\\.|Sk\\.|Bulvar\\xC4\\xB1),? [Nn]o"};
constexpr const char* kRueAnchors[] = {
    "\\d,? (?:rue|avenue|av\\.|boulevard|bd|all\\xC3\\xA9e|chemin|impasse|place|quai|route|calle|rua|avenida) "};
constexpr const char* kFlatAnchors[] = {
    "\\d[A-Za-z]?,? (?:[Ff]lat|[Aa]pt|[Aa]partment|[Kk]v|[Aa]ppartement|[Pp]iso|[Dd]e?pto)",
    "\\d,? \\d(?:st|nd|rd|th) [Ff]loor"};

constexpr PatternSpec kTable[] = {
    // ---- EMAIL, URL, IP ----
    // The local part is one byte in the regex and is completed by extend_left,
    // which keeps Hyperscan anchored on the '@' literal.
    {"email", R"re([A-Za-z0-9._%+-]@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}\b)re", false,
     Kind::kEmail, "", 0.95f, v::Email, kNoContext, false, kEmailLocal},
    {"url_scheme", "\\b(?:https?|ftp)://" TL_URLCHAR "*" TL_URLLAST, true, Kind::kUrl, "", 0.9f, nullptr,
     kNoContext},
    {"url_www", "\\bwww\\.[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+(?:[/?#](?:" TL_URLCHAR "*" TL_URLLAST ")?)?",
     true, Kind::kUrl, "", 0.85f, nullptr, kNoContext},
    {"ipv4", R"re(\b(?:\d{1,3}\.){3}\d{1,3}\b)re", false, Kind::kIp, "", 0.85f, v::Ipv4, kNoContext, false, {}, true},
    {"ipv6", R"re([0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,8})re", false, Kind::kIp, "", 0.8f, v::Ipv6,
     kNoContext},

    // ---- PHONE ----
    {"phone_e164", R"re(\+[1-9]\d{0,2}(?:[ .-]?\(\d{1,4}\))?(?:[ .-]?\d{1,5}){1,6}\b)re", false, Kind::kPhone,
     "E164", 0.9f, v::PhoneE164, {kPhoneWords, 32, 0.95f, false}, false, {}, true},
    {"phone_national", R"re(\b0\d{2,4}(?:[ .-]?\d{2,8}){1,3}\b)re", false, Kind::kPhone, "NATIONAL", 0.6f,
     v::PhoneNational, kPhoneCtx, false, {}, true},
    {"phone_national_paren", R"re(\(0\d{1,4}\)[ ]?\d{3,8}(?:[ .-]?\d{3,8}){0,2}\b)re", false, Kind::kPhone,
     "NATIONAL", 0.6f, v::PhoneNational, kPhoneCtx, false, {}, true},
    // A country code after "00" instead of '+' ("00223 65 88 12 07", "0044
    // 20 7946 0958"): eight to fifteen digits after the 00.
    {"phone_intl_00", R"re(\b00[1-9]\d{0,3}(?:[ .-]?\d{1,5}){1,6}\b)re", false, Kind::kPhone, "E164", 0.85f,
     v::PhoneIntl00, {kPhoneWords, 32, 0.95f, false}, false, {}, true},
    // Lebanon's area code before a slash ("03/664-209", "01/345 678").
    {"phone_slash_area", R"re(\b0\d/\d{3}[ -]?\d{3,4}\b)re", false, Kind::kPhone, "NATIONAL", 0.6f, v::PhoneGrouped,
     kPhoneCtx, false, {}, true},
    // A Turkish mobile with its operator's code in parentheses ("0 (544)
    // 612 33 70").
    {"phone_turkey", R"re((?:\b0 ?)?\(5\d{2}\) \d{3} \d{2} \d{2}\b)re", false, Kind::kPhone, "NATIONAL", 0.8f, v::Code,
     kNoContext, false, {}, true},
    // A country code in parentheses ("(+244) 941 662 015").
    {"phone_country_parenthesised", R"re(\(\+[1-9]\d{0,2}\) ?\d{2,4}(?:[ .-]?\d{2,4}){1,4}\b)re", false, Kind::kPhone,
     "E164", 0.85f, v::Code, kNoContext, false, {}, true},
    // Mozambique's mobiles: 82 to 87 and seven digits ("845519073", "86 300
    // 7718"); Bangladesh's: 01, the operator, eight digits, the groups as
    // typed ("01711-906 213").
    {"phone_mozambique_mobile", R"re(\b8[2-7](?:\d{7}| \d{3} \d{4}| \d{3} \d{2} \d{2})\b)re", false, Kind::kPhone,
     "NATIONAL", 0.7f, v::Code, kNoContext, false, {}, true},
    {"phone_bangladesh_mobile", R"re(\b01[3-9]\d{2}[- ]?\d{3}[- ]?\d{3}\b)re", false, Kind::kPhone, "NATIONAL", 0.75f,
     v::Code, kNoContext, false, {}, true},
    // Colombia's mobiles: 3, a carrier's two digits, seven more ("3504419027",
    // "312 - 447 80 91", "318 330 7259").
    {"phone_colombia_mobile",
     R"re(\b3(?:0[0-5]|1\d|2[0-4]|5[01])(?: ?- ?| )?\d{3}(?: ?\d{4}| \d{2} \d{2})\b)re", false, Kind::kPhone,
     "NATIONAL", 0.75f, v::Code, kNoContext, false, {}, true},
    // Mobiles by their national shapes, no context needed: Yemen's with
    // hyphens ("770-512-338"); Lebanon's codes before a slash or a hyphen,
    // then two groups of three ("76/530 118", "03-207 594"); Malaysia's
    // ("016-338 2190"); Bosnia's and Serbia's with a slash ("061/554-208").
    {"phone_mobile_shapes",
     R"re(\b(?:7[01378]\d-\d{3}-\d{3}|(?:03|7[016]|81)[-/]\d{3} \d{3}|03\d{2}-\d{4} \d{3}|01\d-\d{3,4} \d{4}|06\d/\d{3}[- ]\d{3,4})\b)re",
     false, Kind::kPhone, "NATIONAL", 0.75f, v::PhoneGrouped, kNoContext, false, {}, true},
    // A number read out in words, seven of them or more, in English or
    // French ("zero nine nine, three one two, four four eight seven", "plus
    // two zero, one zero"), as a transcript of a call or a voice note writes
    // it.
    {"phone_spelled",
     "\\b(?:[Zz]ero|[Oo]h|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|z\\xC3\\xA9ro|un|deux|trois|"
     "quatre|cinq|sept|huit|neuf)(?:(?:, | |-|,)(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|"
     "z\\xC3\\xA9ro|un|deux|trois|quatre|cinq|sept|huit|neuf)){6,}\\b",
     false, Kind::kPhone, "SPELLED", 0.7f, v::Code, kNoContext, false, {}, true},
    // Brazil's mobiles with the area code and no parentheses ("95
    // 98407-6631").
    {"phone_brazil_mobile", R"re(\b[1-9]\d 9\d{4}-\d{4}\b)re", false, Kind::kPhone, "NATIONAL", 0.75f, v::PhoneGrouped,
     kNoContext, false, {}, true},
    // An area code in parentheses without a trunk 0, then groups, after a
    // word for a phone ("el fijo (24) 46 2218").
    {"phone_paren_area_words", R"re(\(\d{2,4}\) ?\d{2,4}(?:[ -]\d{2,4}){1,3}\b)re", false, Kind::kPhone, "NATIONAL",
     0.6f, v::PhoneGrouped, {kPhoneWords, 32, 0.9f, true}, false, {}, true},
    // A landline as the former Soviet Union writes it, its area code in
    // parentheses or after the trunk's 8, then pairs ("(0552) 42-17-09", "8
    // (02340) 2-41-18", "8 0232 55-71-09").
    {"phone_area_pairs",
     R"re((?:\b8 \(0\d{2,5}\)|\b8 0\d{2,5}|\(0\d{2,5}\)) \d{1,3}-\d{2}-\d{2}\b)re", false, Kind::kPhone,
     "NATIONAL", 0.8f, v::Code, kNoContext, false, {}, true},
    // The trunk's 8 (or 7, or 0) and a code of three or four digits in
    // parentheses, then a group and two pairs ("8 (343) 371-20-66", "0 (985)
    // 40 19 77").
    {"phone_trunk_parenthesised", R"re(\b[078] ?\(\d{3,4}\) ?\d{2,3}[- ]\d{2}[- ]\d{2}\b)re", false, Kind::kPhone,
     "NATIONAL", 0.85f, v::Code, kNoContext, false, {}, true},
    // Eight digits in one run within 32 bytes after a word for a phone or a
    // call ("WhatsApp 96441820", "appels anonymes sur le 37124480"); not a
    // date written year first ("20240311").
    {"phone_run8", R"re(\b\d{8}\b)re", false, Kind::kPhone, "NATIONAL", 0.6f, v::PhoneRun8,
     {kPhoneRunWords, 32, 0.85f, true}, false, {}, true},
    // Ten digits spaced 3-3-4, as Colombia and North America write them
    // ("315 098 2217", "607 571 3390"): a phone in any context.
    {"phone_3_3_4", R"re(\b[2-9]\d{2} \d{3} \d{4}\b)re", false, Kind::kPhone, "NATIONAL", 0.6f, v::PhoneGrouped,
     kPhoneCtx, false, {}, true},
    {"phone_us", R"re(\b[2-9]\d{2}[-.][2-9]\d{2}[-.]\d{4}\b)re", false, Kind::kPhone, "NATIONAL", 0.6f,
     v::PhoneUs, kPhoneCtx, false, {}, true},
    {"phone_us_paren", R"re(\([2-9]\d{2}\)[ ]?[2-9]\d{2}[-. ]\d{4}\b)re", false, Kind::kPhone, "NATIONAL", 0.6f,
     v::PhoneUs, kPhoneCtx, false, {}, true},
    {"phone_india", R"re(\b[6-9]\d{4}[ -]?\d{5}\b)re", false, Kind::kPhone, "NATIONAL", 0.6f, v::PhoneIndia,
     kPhoneCtx, false, {}, true},
    // Eight digits in pairs without a trunk prefix, as Chad, Niger, Mali,
    // Burkina Faso and others write local numbers ("66 98 76 54"), spaces
    // between (with periods it reads as an IPv4 address): only within 48
    // bytes after a word for a phone or a call (a row of four two-digit
    // counts is no number; "Contacts : Ouoba 70 12 34 56 ; Yameogo 76 54 32
    // 10" reaches the second number).
    {"phone_pairs", R"re(\b[1-9]\d(?: \d{2}){3}\b)re", false, Kind::kPhone, "NATIONAL", 0.6f, v::PhonePairs,
     {kPhoneWords, 48, 0.9f, true}, false, {}, true},
    // The same, and any grouping of eight to thirteen digits, right after
    // dot leaders ("co-lead ....... 72 50 18 44", "driver ..... 3712 3456").
    {"phone_pairs_leader", R"re(\b[1-9]\d(?: \d{2}){3}\b)re", false, Kind::kPhone, "NATIONAL", 0.6f,
     v::PhonePairs, {kLeaderWords, 12, 0.85f, true}, false, {}, true},
    {"phone_grouped_leader", R"re(\b\d{1,4}(?:[ .-]\d{1,8}){1,4}\b)re", false, Kind::kPhone, "NATIONAL", 0.6f,
     v::PhoneGrouped, {kLeaderWords, 12, 0.85f, true}, false, {}, true},
    // Nine to eleven digits after a trunk 0 that end in two pairs, as France,
    // the Maghreb, Cote d'Ivoire, Switzerland, Belgium and Turkey write them
    // ("06 61 23 45 67", "07.08.44.12.90", "079 123 45 67", "0470 12 34 56",
    // "02 123 45 67", "0553 412 07 81"), one separator throughout: no
    // context needed.
    {"phone_trunk_pairs", R"re(\b0\d{1,3}(?:[ .-]\d{2,3}){1,2}(?:[ .-]\d{2}){2}\b)re", false, Kind::kPhone,
     "NATIONAL", 0.6f, v::PhoneTrunkPairs, kPhoneCtx, false, {}, true},
    // A trunk 0 and one digit, then groups of three to five digits, ten or
    // eleven digits in all, as Myanmar writes mobiles ("09 402 617 338",
    // "09 4501 77312"): no context needed.
    {"phone_trunk_groups", R"re(\b0\d(?:[ .-]\d{3,5}){2,3}\b)re", false, Kind::kPhone, "NATIONAL", 0.6f,
     v::PhoneTrunkGroups, kPhoneCtx, false, {}, true},
    // A two-digit area code in parentheses, a hyphen before the last four
    // digits, as Brazil writes numbers ("(11) 98765-4321").
    {"phone_paren_area", R"re(\(\d{2}\) ?\d{4,5}-\d{4}\b)re", false, Kind::kPhone, "NATIONAL", 0.6f,
     v::PhoneGrouped, kPhoneCtx, false, {}, true},
    // Any eight to thirteen digits in groups, within 32 bytes after a word
    // for a phone or a call or a word of kin ("Contact: 77 123 45 67",
    // "brother 711 256 093", "tel 3712 3456", "Tel:
    // 8 912 345-67-89", "call 03 123 456", "phone 061 7 908 334", "Thuraya
    // 8821 6 5510 3372"): the formats without a trunk prefix that no row
    // above reads.
    {"phone_grouped", R"re(\b\d{1,4}(?:[ .-]\d{1,8}){1,4}\b)re", false, Kind::kPhone, "NATIONAL", 0.6f,
     v::PhoneGrouped, {kGroupedPhoneWords, 32, 0.9f, true}, false, {}, true},

    // ---- ID ----
    {"card", R"re(\b\d(?:[ -]?\d){12,18}\b)re", false, Kind::kId, "CARD", 0.9f, v::Card, kCardCtx, false, {},
     true},
    {"iban", R"re(\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b)re", false, Kind::kId, "IBAN",
     0.95f, v::Iban, kNoContext, false, {}, true},
    {"passport", R"re(\b(?:[A-Z]{0,2}\d{6,9}[A-Z]?|[A-Z]{2} \d{6,7}|\d{3} \d{3} \d{3}|\d{2} \d{7}|\d{2} \d{2} \d{6}|\d{2}[A-Z]{2}\d{5})\b)re", false, Kind::kId, "PASSPORT", 0.0f, v::Code,
     kPassportCtx},
    {"national_id", R"re(\b(?:\d{4}-\d{4}-\d{5}|\d{5}-\d{7}-\d|\d{3}-\d{7}-\d|\d{3}-\d{6}-\d|\d{4} \d{4} \d{4}(?: \d{4})?|\d{3} \d{3} \d{3}|\d{2}-\d{4}-\d{4}-\d|[A-Z]{0,2}\d{5,18}|\d{9,13}[A-Z]|\d{1,7}/\d{1,7}|\d{8,10}-\d|\d{3}\.\d{4}/\d{2})\b)re", false,
     Kind::kId, "NATIONAL_ID", 0.0f, v::Code, kNationalIdCtx, false, {}, true},
    // Dashed groups after a label of an identity card ("BI 01-2016-088217");
    // not a date.
    {"national_id_dashed", R"re(\b\d{1,4}(?:-\d{2,8}){1,3}-\d{5,8}\b)re", false, Kind::kId, "NATIONAL_ID", 0.0f, v::CodeGroups,
     kNationalIdCtx, false, {}, true},
    // Numbers in groups of thousands after a label of an identity card
    // ("C.C. 1.090.512.774", "cédula 60.334.918", "PPT n.° 5.218.447", "PPT, es
    // el 5 417 902"), and
    // Venezuela's cédula with its letter ("V-19.883.201", "E-84.123.456").
    {"id_dotted", R"re(\b\d{1,3}(?:(?:\.\d{3}){2,3}|(?: \d{3}){2,3})\b)re", false, Kind::kId, "NATIONAL_ID", 0.0f, v::Code,
     {kDottedIdWords, 24, 0.85f, true}, false, {}, true},
    // Seven to thirteen digits (two capitals before, or a letter after,
    // allowed) within 16 bytes after a short label ("NIN 38810274516", "BI
    // n.º 110105432187B").
    {"national_id_short_label", R"re(\b(?:[A-Z]{0,2}\d{7,13}|\d{9,13}[A-Z]|\d{2} \d{3} \d{3})\b)re", false, Kind::kId, "NATIONAL_ID",
     0.0f, v::Code, {kShortIdWords, 16, 0.85f, true}, false, {}, true},
    {"id_venezuela", R"re(\b[VE]-?\d{1,2}\.\d{3}\.\d{3}\b)re", false, Kind::kId, "NATIONAL_ID", 0.8f, v::Code,
     kNoContext, false, {}, true},
    // Chile's RUT with its check digit ("18.447.902-5", "7.123.456-K");
    // Ukraine's record number in the population register, a date of birth
    // and five digits ("19790312-01843"); Mexico's CURP
    // ("RAOJ991107HTSMCS04") and voter key ("VLSLGL61031228H600").
    {"id_chile_rut", R"re(\b\d{1,2}\.\d{3}\.\d{3}-[\dkK]\b)re", false, Kind::kId, "NATIONAL_ID", 0.85f, v::Code,
     kNoContext, false, {}, true},
    {"id_ukraine_unzr", R"re(\b(?:19|20)\d{6}-\d{5}\b)re", false, Kind::kId, "NATIONAL_ID", 0.85f, v::Code,
     kNoContext, false, {}, true},
    {"id_mexico_curp", R"re(\b[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z0-9]\d\b)re", false, Kind::kId, "NATIONAL_ID", 0.9f,
     v::Code, kNoContext, false, {}, true},
    {"id_mexico_ine", R"re(\b[A-Z]{6}\d{8}[HM]\d{3}\b)re", false, Kind::kId, "NATIONAL_ID", 0.9f, v::Code,
     kNoContext, false, {}, true},
    // Brazil's CPF ("712.408.339-51"); a UNHCR proGres number ("275-23C04417",
    // "945-16C02218"); Belarus's personal number ("3190582A047PB1").
    // Thailand's identity number ("0-0063-41772-09-1"), Nicaragua's cédula
    // ("281-150394-0003P"), the Philippines' PhilHealth number
    // ("12-050436781-2"), Burundi's CNI ("0423/05.118.776").
    {"id_thailand", R"re(\b\d-\d{4}-\d{5}-\d{2}-\d\b)re", false, Kind::kId, "NATIONAL_ID", 0.85f, v::Code, kNoContext,
     false, {}, true},
    {"id_nicaragua", R"re(\b\d{3}-\d{6}-\d{4}[A-Z]\b)re", false, Kind::kId, "NATIONAL_ID", 0.85f, v::Code, kNoContext,
     false, {}, true},
    // Pakistan's CNIC ("52203-7741093-5"), Nepal's citizenship certificate
    // ("51-01-72-04417") and a proGres individual number ("180903-00471-6")
    // by their shape alone.
    {"id_cnic", R"re(\b\d{5}-\d{7}-\d\b)re", false, Kind::kId, "NATIONAL_ID", 0.8f, v::Code, kNoContext, false, {},
     true},
    {"id_nepal_citizenship", R"re(\b\d{2}-\d{2}-\d{2}-\d{5}\b)re", false, Kind::kId, "NATIONAL_ID", 0.8f, v::Code,
     kNoContext, false, {}, true},
    {"id_progres_individual", R"re(\b\d{6}-\d{5}-\d\b)re", false, Kind::kId, "CASE_NUMBER", 0.75f, v::Code,
     kNoContext, false, {}, true},
    // A South Asian court's or police's case and its year: "HCP 219/2023",
    // "CP 388/2024", "MLR 1188/2024", "WP No. 77/2019"; an Israeli order of
    // administrative detention ("AD 1311/24", "AD order 1096/24").
    {"case_south_asia", R"re(\b(?:(?:HCP|WP|CP|CRL|WPC|SLP|MLR|CMP|Crl\.A)\.? ?(?:[Nn]o\.? ?)?\d{1,5}/(?:19|20)\d{2}|AD (?:order )?\d{3,5}/\d{2})\b)re",
     false, Kind::kId, "CASE_NUMBER", 0.8f, v::Code, kNoContext, false, {}, true},
    // UNRWA's family registration card ("7-0034-5519-2"); a Soviet-style
    // birth certificate's series and number ("I-KhH 603127", "I-KhK No
    // 418206"); Spain's NIE and DNI ("Y8841207Q", "48213377K"); Lebanon's
    // civil registry ("sijil 87"); a paper tazkira's entry alone ("Sabt
    // 4520").
    {"id_unrwa", R"re(\b\d-\d{4}-\d{4}-\d\b)re", false, Kind::kId, "NATIONAL_ID", 0.8f, v::Code, kNoContext, false,
     {}, true},
    {"id_birth_certificate_series", R"re(\b[IV]{1,3}-[A-Z][A-Za-z]{1,3} (?:No ?|N ?)?\d{6}\b)re", false, Kind::kId,
     "NATIONAL_ID", 0.8f, v::Code, kNoContext, false, {}, true},
    {"id_spain", R"re(\b(?:[XYZ]\d{7}|\d{8})[A-Z]\b)re", false, Kind::kId, "NATIONAL_ID", 0.8f, v::Code, kNoContext,
     false, {}, true},
    {"id_civil_registry", R"re(\b(?:[Ss]ijil|[Ss]abt|[Ss]ahifa|[Ss]afha)(?: [Nn]o\.?)? \d{1,6}\b)re", false, Kind::kId, "NATIONAL_ID", 0.7f,
     v::Code, kNoContext, false, {}, true},
    // Nine digits in groups of three right after "ID" ("ID: 853 771 402").
    {"id_spaced_after_id", R"re(\b\d{3} \d{3} \d{3}\b)re", false, Kind::kId, "NATIONAL_ID", 0.0f, v::Code,
     {kIdLabelWords, 10, 0.8f, true}, false, {}, true},
    // A long number that a spreadsheet turned into scientific notation
    // ("1.98311E+11", "2,27965E+11" for a twelve-digit number): the digits are lost,
    // the cell still points to a person's card or phone.
    {"id_spreadsheet_exponent", R"re(\b\d[.,]\d{4,5}E\+(?:09|1[0-4])\b)re", false, Kind::kId, "SPREADSHEET", 0.8f,
     v::Code, kNoContext, false, {}, true},
    // Sixteen digits in four hyphenated groups: the Philippines' PhilSys
    // number, a card ("4417-2093-8856-1302").
    {"id_four_by_four", R"re(\b\d{4}-\d{4}-\d{4}-\d{4}\b)re", false, Kind::kId, "NATIONAL_ID", 0.75f, v::Code,
     kNoContext, false, {}, true},
    // An Italian hotspot's registration: the port's letters, the year, the
    // serial ("LMP/24/09944", "PZL/23/1187").
    {"id_hotspot_registration", R"re(\b[A-Z]{3}/\d{2}/\d{4,6}\b)re", false, Kind::kId, "CASE_NUMBER", 0.8f,
     v::Code, kNoContext, false, {}, true},
    // A messenger export's account id ("from_id": "user5820314477").
    {"id_chat_account", R"re(\b(?:user|channel)\d{7,12}\b)re", false, Kind::kId, "ACCOUNT", 0.85f, v::Code,
     kNoContext, false, {}, true},
    // A birth certificate's number in francophone registers ("acte n\xC2\xB0
    // 117/2015", "Acte de naissance n\xC2\xB0 245/2011/CR-Ouallam").
    {"id_birth_act",
     "\\b[Aa]cte (?:de naissance )?(?:n(?:\\xC2\\xB0|\\xC2\\xBA|o\\.?) ?)\\d{1,6}/(?:19|20)\\d{2}(?:/[A-Z][A-Za-z]{0,5}(?:-[A-Z][a-z]+)?)?\\b",
     false, Kind::kId, "CIVIL_REGISTRY", 0.8f, v::Code, kNoContext, false, {}, true},
    // Angola's BI: nine digits, the province's two letters, three digits
    // ("005123874LA043"); Mozambique's BI: twelve digits and a letter
    // ("110500367214Q").
    // Haiti's CIN ("1-05-99-88-07-00341", "01-02-99-1979-05-00266"); Iran's national code with
    // dashes ("229-501736-4").
    // Ecuador's cédula with its check digit ("0704418293-1"); an M-Pesa
    // transaction's code before "Confirmed" ("SDR7K2LQ9P Confirmed").
    {"id_ecuador_cedula", R"re(\b[0-2]\d{8,9}-\d\b)re", false, Kind::kId, "NATIONAL_ID", 0.75f, v::Code, kNoContext,
     false, {}, true},
    {"id_mpesa_transaction", R"re(\b[A-Z]{2,3}\d[A-Z0-9]{6,7} Confirmed\b)re", false, Kind::kId, "ACCOUNT", 0.8f,
     v::Code, kNoContext, false, {}, true},
    // The same code after a word for a mobile-money transfer ("code ya
    // mpesa SJ5TK82HBD", "tx SJ5TK82HBD").
    {"id_mpesa_code", R"re(\b[A-Z]{2,3}\d[A-Z0-9]{6,7}\b)re", false, Kind::kId, "ACCOUNT", 0.0f, v::MixedCode,
     {kMobileMoneyWords, 24, 0.8f, true}, false, {}, true},
    {"id_haiti_iran", R"re(\b(?:\d-\d{2}-\d{2}-\d{2}-\d{2}-\d{5}|\d{2}-\d{2}-\d{2}-\d{4}-\d{2}-\d{5}|\d{3}-\d{6}-\d)\b)re", false, Kind::kId, "NATIONAL_ID",
     0.8f, v::Code, kNoContext, false, {}, true},
    // Twelve to eighteen digits in one run, in any context: an identity
    // number (Indonesia's NIK, Uzbekistan's PINFL, Sri Lanka's NIC), an
    // account or a device; not one that opens with a date.
    {"id_long_run", R"re(\b\d{12,18}\b)re", false, Kind::kId, "", 0.7f, v::LongDigitRun, kNoContext, false, {}, true},
    // Azerbaijan's FIN, seven letters and digits, after its label ("FIN:
    // 6ZR4KLP").
    {"id_azerbaijan_fin", R"re(\b[0-9A-Z]{7}\b)re", false, Kind::kId, "NATIONAL_ID", 0.0f, v::FinCode,
     {kFinWords, 24, 0.85f, true}, false, {}, true},
    // A number, an office's letters and a year, after a word for an ID or a
    // case ("CNI 0721/S\xC3\x89V/2011", "PV n\xC2\xB0 044/BTS/2024").
    {"case_number_office_year", R"re(\b\d{2,6}/(?:[A-Z]|\xC3[\x80-\x9E]){2,5}/(?:19|20)\d\d\b)re", false, Kind::kId,
     "CASE_NUMBER", 0.0f, v::Code, {kCodeWords, 24, 0.8f, true}, false, {}, true},
    {"id_angola_bi", R"re(\b\d{9}[A-Z]{2}\d{3}\b)re", false, Kind::kId, "NATIONAL_ID", 0.85f, v::Code, kNoContext, false,
     {}, true},
    // A United States alien registration number after "A#" or "A-" ("A#
    // 208 445 193", "A-219554870").
    {"id_us_alien", R"re(\bA(?: ?#|-) ?\d{3}[ -]?\d{3}[ -]?\d{3}\b)re", false, Kind::kId, "NATIONAL_ID", 0.85f,
     v::Code, kNoContext, false, {}, true},
    // Digits in groups of four after a word for a card or a code ("carte
    // 1034 6615 3381 1").
    {"id_grouped_fours", R"re(\b\d{4}(?: \d{4}){2} \d{1,4}\b)re", false, Kind::kId, "", 0.0f, v::SpacedGroups,
     {kCodeWords, 40, 0.8f, true}, false, {}, true},
    // A file's office letters, a two-digit year and a serial of five
    // digits or more ("TAP-24-0051937"), in any context.
    {"case_letters_year_serial", R"re(\b[A-Z]{2,5}-\d{2}-\d{5,8}\b)re", false, Kind::kId, "CASE_NUMBER", 0.7f,
     v::Code, kNoContext, false, {}, true},
    {"id_mozambique_bi", R"re(\b\d{12}[A-Z]\b)re", false, Kind::kId, "NATIONAL_ID", 0.8f, v::Code, kNoContext, false,
     {}, true},
    // Mali's NINA: fourteen digits and a letter ("20204206811219L").
    {"id_mali_nina", R"re(\b\d{14}[A-Z]\b)re", false, Kind::kId, "NATIONAL_ID", 0.8f, v::Code, kNoContext, false, {},
     true},
    // A police station's book and its entry, month and year: Kenya's
    // occurrence book, Zimbabwe's and Eswatini's crime register, Uganda's
    // station diary ("OB 117/03/24", "CR 318/06/24", "SD 19/05/01/2024");
    // Mozambique's police and SERNIC files ("087/PRM-1ªEsq-PMB/24",
    // "311/SERNIC-CD/24").
    {"case_police_book",
     R"re(\b(?:(?:OB|CR|SD|CRB|RB|CAS)\.? ?(?:[Nn]o\.? ?)?\d{1,5}/(?:\d{1,2}(?:/\d{1,2})?/(?:19|20)?\d{2}|(?:19|20)\d{2})|\d{2,4}/(?:PRM|SERNIC|PGR)[-/0-9A-Za-z\xC2\xAA\xC2\xBA]{0,20}/(?:20)?\d{2})\b)re",
     false, Kind::kId, "CASE_NUMBER", 0.8f, v::Code, kNoContext, false, {}, true},
    {"id_philhealth", R"re(\b\d{2}-\d{9}-\d\b)re", false, Kind::kId, "NATIONAL_ID", 0.8f, v::Code, kNoContext,
     false, {}, true},
    {"id_burundi", R"re(\b\d{4}/\d{2}\.\d{3}\.\d{3}\b)re", false, Kind::kId, "NATIONAL_ID", 0.85f, v::Code, kNoContext,
     false, {}, true},
    {"id_brazil_cpf", R"re(\b\d{3}\.\d{3}\.\d{3}-\d{2}\b)re", false, Kind::kId, "NATIONAL_ID", 0.85f, v::Code, kNoContext,
     false, {}, true},
    // A paper tazkira's record: volume, page and entry ("Jild 7 Safha 88",
    // "Juld 14, Safha 88, Sabt 3142").
    {"id_tazkira_record",
     R"re(\b(?:[Jj]ild|[Jj]uld) \d{1,4},? [Ss]af(?:ha|he|a) \d{1,4}(?:,? [Ss]abt(?: [Nn]o\.?)? \d{1,6})?\b)re", false,
     Kind::kId, "NATIONAL_ID", 0.8f, v::Code, kNoContext, false, {}, true},
    {"id_progres", R"re(\b(?:(?:\d{3}|[A-Z]{3})-\d{2}C-?\d{5,8}|\d{3}-\d{8}|\d{3}-[A-Z]{3}-\d{8})\b)re", false, Kind::kId, "CASE_NUMBER", 0.85f, v::Code, kNoContext, false,
     {}, true},
    {"id_belarus", R"re(\b\d{7}[A-Z]\d{3}[A-Z]{2}\d\b)re", false, Kind::kId, "NATIONAL_ID", 0.85f, v::Code, kNoContext,
     false, {}, true},
    // Uganda's NIN: CM or CF, eight digits, four letters or digits
    // ("CF88041102XYZK").
    {"id_uganda_nin", R"re(\bC[MF]\d{8}[A-Z0-9]{4}\b)re", false, Kind::kId, "NATIONAL_ID", 0.85f, v::Code, kNoContext,
     false, {}, true},
    // Sri Lanka's old NIC: nine digits and a letter ("665871234V").
    {"id_srilanka_nic", R"re(\b\d{9}[VvXx]\b)re", false, Kind::kId, "NATIONAL_ID", 0.85f, v::Code, kNoContext, false,
     {}, true},
    // Myanmar's National Registration Card: state number, township letters,
    // citizenship letter in parentheses, six digits ("12/DaGaNa(N)045678",
    // "7/PaTaNa(N)118204").
    {"id_myanmar_nrc", R"re(\b\d{1,2}/[A-Za-z]{3,12}\((?:N|E|P|NAING|AEK|PYU)\)(?:\d{6}|\d{3} \d{3})\b)re", false, Kind::kId,
     "NATIONAL_ID", 0.9f, nullptr, kNoContext, false, {}, true},
    {"case_slash", R"re(\b\d{1,6}/\d{2,4}\b)re", false, Kind::kId, "CASE_NUMBER", 0.0f, v::Code,
     kCaseRequiredCtx, false, {}, true},
    // A case's number of the year, as Egypt's and India's courts write it
    // ("case no. 1940 of 2022"), after a word for a case.
    {"case_of_year", R"re(\b\d{1,6} of (?:19|20)\d\d\b)re", false, Kind::kId, "CASE_NUMBER", 0.0f, v::Code,
     kCaseRequiredCtx, false, {}, true},
    {"case_code", R"re(\b\d{4}-[A-Z]{2,5}-\d{2,6}\b)re", false, Kind::kId, "CASE_NUMBER", 0.4f, v::Code,
     kCaseCtx, false, {}, true},
    // Two or three groups of capitals, then a number of three digits or more
    // (or a year and a number), or one group, a year and a number: an
    // office's, a programme's or a site's file reference in any context
    // ("CM-MAL-0231", "SSD/JUB/0417", "GRV-JUB-2024-07", "BHT-BD1-04417",
    // "COI-BL-3318/24", "HOL-F-0041873", "TAP/2024/17335", a boat's
    // "IND-TN-10-MM-0872"); not a weapon ("BM-21"), not a UN symbol
    // ("S/RES/2231").
    {"case_letter_groups",
     R"re(\b(?:[A-Z]{2,5}(?:[-/][A-Z]{1,5}\d{0,2}){1,2}(?:[-/]\d{2,4}[-/]\d{2,6}|[-/]\d{3,8})(?:/\d{2,4})?|)re"
     R"re([A-Z]{2,5}[-/](?:19|20)\d\d[-/]\d{3,6}|[A-Z]{2,5}[-/][A-Z]{1,5}[-/]\d{1,4}[-/][A-Z]{1,5}[-/]\d{3,6})\b)re", false,
     Kind::kId, "CASE_NUMBER", 0.7f, v::Code, kNoContext, false, {}, true},
    {"code_alpha_num", R"re(\b(?:[A-Z]{2,5}-){0,2}[A-Z]{1,5}(?:\d{1,2}-|-)?\d{2,10}(?:[A-Z]{1,2}\d{2,10})?(?:-[A-Z0-9]{1,6}){0,3}\b)re", false, Kind::kId, "", 0.25f,
     v::Code, kCodeCtx, true, {}, true, kLetterDigitsAnchors},
    {"code_num_alpha", R"re(\b\d{2,10}-?[A-Z]{1,5}(?:-[A-Z0-9]{1,6}){0,3}\b)re", false, Kind::kId, "", 0.25f,
     v::Code, kCodeCtx, true, {}, true},
    // Digits, capitals and digits again after a word for a code ("residence
    // card no. 24RE01877", "FIN code 6HK2M9T").
    {"code_digits_alpha_digits", R"re(\b\d{1,4}[A-Z]{1,4}\d{1,8}(?:[A-Z]{1,3}\d{0,4}){0,2}\b)re", false, Kind::kId, "",
     0.25f, v::MixedCode, kCodeCtx, true, {}, true},
    {"code_digits", R"re(\b\d{6,20}\b)re", false, Kind::kId, "", 0.3f, v::Code, kCodeCtx, true, {}, true},
    // Seven to fifteen digits typed one by one with spaces between, right
    // after a word for a code ("Palestinian ID:  4 0 7 7 1 9 3 2 6").
    {"code_spaced_digits", R"re(\b\d(?: \d){6,14}\b)re", false, Kind::kId, "", 0.7f, v::Code,
     {kCodeWords, 24, 0.7f, true}, false, {}, true},
    // A vehicle's number plate within 24 bytes after a word for one (or a
    // model's: "Land Cruiser", "Hilux"): letters then digits ("plate KBL
    // 4471", "plates KDA 123X", "KBL-4471-X", "placas P 847DKC", "plak
    // AA-74213", "SGG 5B-4417"), four digits then two or three letters
    // ("matrícula 1234 ABC", "reg. no. 4471 KBL", "plate 4317 KM-7"), or a
    // digit and letters first ("plaque 8K 3321 RN", "plate 2BC-7731"), or
    // Mexico's federal digits, letters, digit ("placas 837-RX-4").
    {"vehicle_plate",
     R"re(\b(?:[A-Z]{1,4}[ -]?\d{2,6}(?:[A-Z]{1,3}|[ -][A-Z]{2}|-[A-Z0-9]{1,3})?|\d{4}[ -]?[A-Z]{2,3}(?:-\d|[ -]\d{2})?|\d{3} [A-Z]{3}(?: \d{2})?|\d{4}[A-Z]{2}\d{2}|\d[A-Z]{1,2}[ -]?\d{3,4}(?:[ -][A-Z]{1,3})?|[A-Z]{2,4} \d[A-Z]-\d{4}|\d{2,3}-[A-Z]{2,3}-\d{1,3})\b)re",
     false,
     Kind::kId, "VEHICLE", 0.7f, v::Code, {kPlateWords, 24, 0.8f, true}, false, {}, true},
    // Plates whose shape alone says what they are, in any context: three
    // letters, three digits, two letters, as Nigeria and Mozambique write
    // them ("KDG 118 XY", "ALB 331 CD"), or two letters, four digits, two
    // letters, as Ukraine does ("AP 4471 KX"); and Kenya's K, two letters,
    // three digits and a letter ("KDJ 418T").
    {"plate_letters_digits_letters",
     R"re(\b(?:(?:[A-Z]{3}[ -]\d{3}|[A-Z]{2}[ -]\d{4})[ -][A-Z]{2}|(?:NW|SW|CE|LT|OU|AD|EN|ES|NO|SU) \d{3} [A-Z]{2}|R[A-Z]{2} \d{3} [A-Z])\b)re",
     false, Kind::kId,
     "VEHICLE", 0.7f,
     v::Code, kNoContext, false, {}, true},
    // Myanmar's plates ("KYH 2D/5518", "YGN 2B/4417").
    {"plate_myanmar", R"re(\b[A-Z]{2,3} \d[A-Z]/\d{4}\b)re", false, Kind::kId, "VEHICLE", 0.75f, v::Code, kNoContext,
     false, {}, true},
    // Russian-style plates, also in Transnistria and the Caucasus: a letter,
    // three digits, two letters of the twelve that Cyrillic shares with
    // Latin, perhaps the region ("E 512 KT 06", "C 212 KM").
    {"plate_russia", R"re(\b[ABEKMHOPCTYX] ?\d{3} ?[ABEKMHOPCTYX]{2}(?: ?\d{2,3})?\b)re", false, Kind::kId, "VEHICLE",
     0.7f, v::Code, kNoContext, false, {}, true},
    // Mercosur's plates ("SAE1C23"); Afghan plates with the province's
    // letters ("BLK 5-30812", "KBL 2-41877").
    {"plate_mercosur", R"re(\b[A-Z]{3}\d[A-Z]\d{2}\b)re", false, Kind::kId, "VEHICLE", 0.75f, v::Code, kNoContext, false,
     {}, true},
    {"plate_afghanistan", R"re(\b[A-Z]{3} \d-\d{5}\b)re", false, Kind::kId, "VEHICLE", 0.75f, v::Code, kNoContext, false,
     {}, true},
    // Türkiye's plates: the province's number, one to three letters, two to
    // four digits ("46 ADR 512", "31 KN 5517"); not a time, an era or a
    // unit ("12 AM 2024", "10 MW 300").
    {"plate_turkey", R"re(\b(?:0[1-9]|[1-7]\d|8[01]) [A-Z]{1,3} \d{2,4}\b)re", false, Kind::kId, "VEHICLE", 0.7f, v::PlateTurkey,
     kNoContext, false, {}, true},
    {"plate_kenya", R"re(\bK[A-Z]{2} ?\d{3}[A-Z]\b)re", false, Kind::kId, "VEHICLE", 0.7f, v::Code, kNoContext, false,
     {}, true},
    // Nepal's plates: the zone's letters, its number, the class's letters
    // and the serial ("Ba 2 Cha 5471", "Lu 1 Ja 2417").
    {"plate_nepal",
     R"re(\b(?:Ba|Lu|Na|Ja|Ko|Sa|Ga|Bhe|Ra|Se|Ma|Dha|Me|Ka)\s?\d{1,2}\s?(?:Ka|Kha|Ga|Gha|Cha|Ja|Jha|Pa)\s?\d{1,4}\b)re",
     false, Kind::kId, "VEHICLE", 0.75f, v::Code, kNoContext, false, {}, true},
    // The Democratic Republic of the Congo's plates, written without spaces
    // ("4471AF05").
    {"plate_drc", R"re(\b\d{4}[A-Z]{2}\d{2}\b)re", false, Kind::kId, "VEHICLE", 0.7f, v::Code, kNoContext, false,
     {}, true},
    // A vehicle identification number: seventeen capitals and digits, no I,
    // O or Q ("LBPKE1306M0019472").
    {"id_vin", R"re(\b[A-HJ-NPR-Z0-9]{17}\b)re", false, Kind::kId, "VEHICLE", 0.8f, v::MixedCode, kNoContext, false,
     {}, true},
    // Sri Lanka's province, two or three letters and four digits ("NP
    // PD-4417"); Kyrgyzstan's region, KG, three digits and letters ("09KG 554
    // ACE").
    {"plate_srilanka", R"re(\b(?:WP|NP|EP|SP|CP|NW|NC|UP|SG) [A-Z]{2,3}[- ]\d{4}\b)re", false, Kind::kId, "VEHICLE",
     0.7f, v::Code, kNoContext, false, {}, true},
    {"plate_kyrgyzstan", R"re(\b\d{2}KG ?\d{3} ?[A-Z]{2,3}\b)re", false, Kind::kId, "VEHICLE", 0.7f, v::Code,
     kNoContext, false, {}, true},
    // India's plates: the state's letters, the district's number, one to
    // three letters, four digits ("MZ-01-AP-7720", "MN 04 B 2217").
    {"plate_india",
     R"re(\b(?:AP|AR|AS|BR|CG|CH|DL|GA|GJ|HP|HR|JH|JK|KA|KL|LA|MH|ML|MN|MP|MZ|NL|OD|OR|PB|PY|RJ|SK|TN|TR|TS|UK|UP|WB)[- ]?\d{1,2}[- ]?[A-Z]{1,3}[- ]?\d{4}\b)re",
     false, Kind::kId, "VEHICLE", 0.75f, v::Code, kNoContext, false, {}, true},
    // Iraq's plates: the governorate, its number and the serial ("Erbil 22 /
    // 518347", "Baghdad 11/402217"), or the older serial and letter
    // ("Nineveh 37741 B").
    {"plate_iraq",
     R"re(\b(?:Erbil|Hewl\xC3\xAAr|Hawler|Duhok|Dohuk|Sulaymaniyah|Sulaimani|Slemani|Kirkuk|Baghdad|Basra|Ninewa|Nineveh|Mosul|Ninawa|Anbar|Najaf|Karbala|Diyala|Babil|Wasit|Maysan|Muthanna|Salahaddin) (?:\d{2} ?/ ?\d{5,6}|\d{5} [A-Z])\b)re",
     false, Kind::kId, "VEHICLE", 0.75f, v::Code, kNoContext, false, {}, true},
    // Georgia's plates: two letters, three digits, two letters ("GG-417-OT").
    // Bosnia's plates ("K47-E-219") and Serbia's ("SU 045-KL").
    {"plate_bosnia_serbia", R"re(\b(?:[AEJKMOT]\d{2}-[AEJKMOT]-\d{3}|[A-Z]{2} \d{3,4}-[A-Z]{2})\b)re", false, Kind::kId,
     "VEHICLE", 0.75f, v::Code, kNoContext, false, {}, true},
    {"plate_georgia", R"re(\b[A-Z]{2}-\d{3}-[A-Z]{2}\b)re", false, Kind::kId, "VEHICLE", 0.75f, v::Code, kNoContext,
     false, {}, true},
    // Bangladesh's metropolitan plates ("Dhaka Metro-Cha 15-6628").
    {"plate_bangladesh",
     R"re(\b(?:Dhaka|Chattogram|Chatto|Khulna|Rajshahi|Sylhet|Barishal|Rangpur|Mymensingh) Metro-[A-Za-z]{1,4} \d{2}-\d{4}\b)re",
     false, Kind::kId, "VEHICLE", 0.7f, v::Code, kNoContext, false, {}, true},
    // Groups of digits joined by hyphens, slashes or spaces, within 24 bytes
    // after a word for a code, a card or a file ("FCN 1 4821 0093", "case
    // no. 841-00123456", "proGres ID 841-23C01234", "MOHA number 22/441"):
    // five digits or more, not a date, not a count in groups of thousands.
    {"code_groups", R"re(\b\d{1,6}(?:[-/][0-9A-Z]{2,10}|[ ]\d{2,8}){1,5}\b)re", false, Kind::kId, "", 0.7f,
     v::CodeGroups, {kCodeWords, 24, 0.7f, true}, true, {}, true},

    // ---- ADDRESS ----
    // A street and a house number, a flat, a house, a plot or a camp's
    // caravan ("caravan C-221"): where a person lives or hides, finer than a
    // place name (a policy may keep LOC and redact ADDRESS). Every row holds
    // a number.
    {"address_unit",
     "\\b(?:[Ff]lat|[Aa]pt\\.?|ap\\.|[Aa]partment|[Aa]ppartement|[Hh]ouse ?(?:[Nn]o\\.?|#)|H\\. ?[Nn]o\\.|H ?#|H [Nn]o\\.?|[Pp]lot(?: [Nn]o\\.?)?|"
     "plot [Nn]o\\.?|P\\.? ?O\\.? [Bb]ox|[Kk]v\\.|[Dd]e?pto\\.?|[Aa]pto\\.?|[Aa]partamento|[Dd]epartamento|Casa|"
     "[Cc]aravan|[Bb]uilding|[Bb]ldg\\.|[Ii]mmeuble|[Rr]umah(?: [Nn]o\\.?)?|Qtr\\.?|[Jj]huggi(?: [Nn]o\\.?)?|Hse\\.?(?: [Nn]o\\.?)?|Rm\\.?) ?#? ?(?:[A-Z]-?)?\\d{1,5}(?:[-/]\\d{1,4}){0,3}"
     "(?:-?[A-Za-z])?\\b",
     false, Kind::kAddress, "", 0.75f, v::Address, kNoContext, false, {}, true},
    // A camp's or a subdivision's block and the unit in it, either way
    // round: "Block C, shelter no. 47", "sector 4, tent 211", "bloc E, abri
    // n° 118", "Blk 4 Lot 19", "block 3-K, plot 214", "Sector 2, Tent
    // 2-117", "sub-block SB-4, shelter 117", "room 6, block B".
    {"address_camp_unit",
     "\\b(?:(?:[Ss]ub-)?(?:[Bb]lock|[Bb]lk\\.?|[Ss]ector|[Zz]one|[Bb]loc|[Bb]loque|[Pp]hase|[Ll]ine(?: [Nn]o\\.)?) [A-Z0-9]{1,4}(?:-[A-Z0-9]{1,4})?,? "
     "(?:[Ss]helter|[Tt]ent|[Hh]ouse|[Pp]lot|[Rr]oom|[Cc]aravan|[Uu]nit|[Aa]bri|[Tt]ente|[Ll]ot|[Cc]asa|[Ss]hed)"
     "(?: [Nn](?:o\\.?|\xC2\xB0|\xC2\xBA))? ?#? ?[A-Z]?-?\\d{1,5}(?:-\\d{1,5}){0,2}[A-Za-z]?|"
     "(?:[Rr]oom|[Tt]ent|[Ss]helter|[Hh]ouse) \\d{1,5}[A-Z]?,? (?:[Bb]lock|[Ss]ector|[Zz]one) [A-Z0-9]{1,4})\\b",
     false, Kind::kAddress, "", 0.75f, v::Address, kNoContext, false, {}, true},
    // A shelter, a tent, a room, a hut or a house and its number of two
    // digits or more, without a block ("tent 22", "tenda C-42", "cottage 48", "concession n\xC2\xB0 12", "Room 312",
    // "House 112-B",
    // "casa 27", "porte 37", "Hut G-3/15", "khaïma n° 117"); not a date or a
    // clock time ("house 23-08", "safe house 1512,"), not a count ("shelter
    // 40 km north", "house 12 families").
    {"address_shelter",
     "\\b(?:[Tt]ente?|[Tt]enda|[Cc]ottage|[Cc]oncession|[Ss]helter|[Rr]oom|[Cc]ontainer|ISO box|[Aa]bri|[Ss]tand|[Pp]arcelle|[Ll]onghouse|[Hh]ouse|[Cc]asa|[Pp]orte|[Mm]aison|[Hh]ut|[Vv]illa|[Kk]ha(?:i|\\xC3\\xAF)ma|Holding)"
     "(?: [Nn](?:o\\.?|\\xC2\\xB0|\\xC2\\xBA))? ?#? ?(?:[A-Z]-?)?"
     "(?:\\d{2,5}|\\d-\\d{1,4}(?:-\\d{1,4})?|\\d{1,5}/\\d{1,4})(?:/\\d{1,4})?(?:-?[A-Z])?\\b",
     false, Kind::kAddress, "", 0.75f, v::Shelter, kNoContext, false, {}, true},
    // A numbered Turkish street and the door ("1247. Sok. No: 9").
    {"address_turkish_numbered",
     "\\b\\d{1,5}\\.? (?:Sok\\.|Sokak|Sk\\.|Cad\\.|Caddesi),? [Nn]o ?[:.]? ?\\d{1,4}(?:/\\d{1,3})?\\b", false,
     Kind::kAddress, "", 0.8f, v::Address, kNoContext, false, {}, true},
    // A Nigerian house number before its street or quarter: "No. 27 Gwange
    // III", "No 14 Ogbelaka street", "No. 5 Bama Road".
    {"address_number_first",
     "\\bNo\\.? ?\\d{1,4}[A-Za-z]?(?:/\\d{1,3})?,? " TL_CAP TL_NAMECH "{0,20}(?: " TL_CAP TL_NAMECH "{0,20}){0,2},? "
     "(?:[Ss]treet|[Rr]oad|[Cc]lose|[Cc]rescent|[Aa]venue|[Ll]ayout|[Ll]ane|[Mm]awatha|[Vv]eethi|II|III|IV)\\b",
     false, Kind::kAddress, "", 0.75f, v::Address, kNoContext, false, {}, true, kNumberFirstAnchors},
    // A door's number, then the quarter or street it is in, as French
    // and Portuguese notes write it ("n\xC2\xB0 23, quartier Ngongolio").
    {"address_number_quarter",
     "\\b[Nn](?:\\xC2\\xB0|\\xC2\\xBA|o\\.) ?\\d{1,4}[A-Za-z]?, (?:[Qq]uartier|[Aa]venue|[Rr]ue|[Cc]ellule|[Bb]airro) "
     TL_CAP "[^ \\t\\r\\n,;:()#.]{0,24}",
     false, Kind::kAddress, "", 0.75f, v::Address, kNoContext, false, {}, true},
    // A classroom, a hall, a bed or a mattress and its number, where a family
    // sleeps in a school or a centre: "classroom 6B", "salle 4B", "matelas
    // 22", "bed 12".
    {"address_bed", "\\b(?:[Cc]lassroom|[Ss]alle|[Mm]atelas|[Mm]attress|[Bb]ed) (?:[Nn]o\\.? ?|#)?\\d{1,3}[A-Z]?\\b",
     false, Kind::kAddress, "", 0.6f, v::Address, kNoContext, false, {}, true},
    // An Indonesian street, perhaps its block, and the number, within 60
    // bytes on its line: "Jl. Sungai Maruni Blok C No. 21", "Jalan Merdeka
    // No. 7".
    {"address_jalan",
     "\\b(?:Jl\\.?|Jln\\.?|Jalan) " TL_CAP "[^\\t\\r\\n,;:()#]{0,60}[ ,][Nn]o\\.? ?\\d{1,4}[A-Za-z]?\\b",
     false, Kind::kAddress, "", 0.8f, v::Address, kNoContext, false, {}, true, kJalanAnchors},
    // A street's number and then a door's: "rue 412, porte 37", "street 14,
    // house 27/3", "kocha 7, house 33", "Rua 3, casa n.º 112", "3a calle,
    // casa 27", "3e avenue n°27", "Av 3 #12-45", "rue 5.42,\n porte 118".
    {"address_street_door",
     "\\b(?:(?:[Rr]ue|[Ss]treet|[Ll]ane|[Kk]o?ocha|[Kk]ucha|[Gg]ali|[Cc]alle|[Rr]ua|[Aa]venue|[Aa]v\\.?|[Aa]venida|"
     "[Rr]oad|[Ss]hari|[Aa]lley|[Rr]uelle) \\d{1,4}(?:\\.\\d{1,3})?[A-Za-z]?|"
     "\\d{1,2}(?:e|a|o|\\xC3\\xA8me|eme|rd|th|st|nd|\\xC2\\xAA|\\xC2\\xBA) (?:[Rr]ue|[Ss]treet|[Ll]ane|[Cc]alle|[Rr]ua|"
     "[Aa]venue|[Aa]venida|[Rr]oad|[Aa]lley))(?:,? |,?\\n)"
     "(?:(?:[Pp]orte|[Hh]ouse|[Cc]asa|[Dd]oor|[Mm]aison|[Bb]uilding|[Bb]ldg\\.?)"
     "(?: [Nn](?:o\\.?|\\xC2\\xB0|\\xC2\\xBA|\\.\\xC2\\xBA))? ?#? ?|[Nn](?:o\\.|\\xC2\\xB0|\\xC2\\xBA|\\.\\xC2\\xBA) ?|# ?)"
     "\\d{1,5}(?:[-/]\\d{1,4})?(?:-?[A-Za-z])?\\b",
     false, Kind::kAddress, "", 0.8f, v::Address, kNoContext, false, {}, true},
    // A camp's district, block, street and caravan, as Zaatari writes them
    // ("D8-B3-S5-C12").
    {"address_camp_grid", R"re(\b[A-Z]\d{1,2}(?:-[A-Z]\d{1,2}){3}\b)re", false, Kind::kAddress, "", 0.8f, v::Code,
     kNoContext, false, {}, true},
    // A home as Iraq numbers it: quarter, alley, house, in either order
    // ("Mahalla 202, Zuqaq 14, Dar 9", "mahalla 417 zqaq 9 dar 27", "dar 22,
    // zuqaq 14, mahalla 223", "zuqaq 6, dar 31").
    {"address_mahalla",
     R"re(\b(?:[Mm]a?hall?ah?|[Zz]u?qa?q|[Zz]oqaq|[Zz]ukak|[Zz]quaq|[Dd]ar)(?: [Nn]o\.?)? \d{1,4},? (?:(?:[Zz]u?qa?q|[Zz]oqaq|[Zz]ukak|[Zz]quaq|[Mm]a?hall?ah?|[Dd]ar|[Hh]ouse)(?: [Nn]o\.?)? \d{1,4},? )?(?:[Zz]u?qa?q|[Zz]oqaq|[Zz]ukak|[Zz]quaq|[Mm]a?hall?ah?|[Dd]ar|[Hh]ouse)(?: [Nn]o\.?)? \d{1,4}\b)re",
     false, Kind::kAddress, "", 0.85f, v::Code, kNoContext, false, {}, true},
    // A home's place in a Philippine barangay: the purok, perhaps the sitio
    // or zone, perhaps the barangay ("Purok 2, Sitio Baybay, Brgy. Palanas",
    // "Purok 6, Zone 3").
    {"address_purok",
     "\\b(?:[Pp]urok \\d{1,2}[A-Z]?|Purok [A-Z][a-z]+,? (?:Brgy\\.?|Barangay) [A-Z][a-z]+)(?:,? (?:Sitio|Zone) [A-Z0-9][A-Za-z0-9]*(?: [A-Z][a-z]+)?)?"
     "(?:,? (?:Brgy\\.?|Barangay) (?:\\d{1,3}(?:-?[A-Z])? )?[A-Z][a-z]+(?: [A-Z][a-z]+)?)?",
     false, Kind::kAddress, "", 0.75f, v::Code, kNoContext, false, {}, true},
    // A section and a lot, as Papua New Guinea's towns number them
    // ("Section 5, Lot 31", "Lot 4, Section 12", "Sect. 3 Lot 11").
    {"address_section_lot",
     R"re(\b(?:(?:Section|Sect\.?) \d{1,3},? Lot \d{1,4}|Lot \d{1,4},? (?:Section|Sect\.?) \d{1,3})\b)re", false,
     Kind::kAddress, "", 0.75f, v::Code, kNoContext, false, {}, true},
    // A house in Timor-Leste's hamlet ("Aldeia Bahu, uma n. 12").
    {"address_uma",
     "\\b(?:Aldeia [A-Z][a-z]+(?: [A-Z][a-z]+)?,? )?uma (?:n\\.|n\\xC2\\xBA|n\\xC2\\xB0|no\\.?) ?\\d{1,4}\\b",
     false, Kind::kAddress, "", 0.8f, v::Code, kNoContext, false, {}, true},
    // A flat in a post-Soviet microdistrict, the building as "k", "d." or
    // "bina" ("Gldani mkr 7 k 14 kv 102", "9-cu mkr., bina 17, m\xC9\x99nzil 48");
    // an Azerbaijani street and flat ("\xC5\x9E\xC9\x99rifzad\xC9\x99 k\xC3\xBC\xC3\xA7. 112, m\xC9\x99nzil 40"), a Georgian
    // avenue ("gamziri 27, bina 9").
    {"address_microdistrict",
     "\\b(?:mkr\\.?,?|mkr-n|mikrorayon|k\\xC3\\xBC\\xC3\\xA7\\.|k\\xC3\\xBC\\xC3\\xA7\\xC9\\x99si|gamziri|ko'chasi) ?\\d{0,3},? "
     "(?:(?:k\\.?|d\\.|bina|korp\\.?) ?\\d{1,3}[A-Za-z]?,? )?(?:kv\\.?|m\\xC9\\x99nzil|bina|m\\.) ?\\d{1,4}\\b",
     false, Kind::kAddress, "", 0.8f, v::Code, kNoContext, false, {}, true},
    // A camp's sector, block and shelter as one code ("S2-B19-044",
    // "S5-B27-13").
    {"address_sector_block_shelter", R"re(\b[A-Z]\d{1,2}-[A-Z]{1,2}\d{1,3}-\d{2,4}\b)re", false, Kind::kAddress, "",
     0.75f, v::Code, kNoContext, false, {}, true},
    // A camp's block, line and shelter, or section, block and caravan, each
    // a letter and its number ("E4-L01-S02", "S3-B14-C08").
    {"address_lettered_groups", R"re(\b[A-Z]\d{1,2}-[A-Z]\d{1,2}-[A-Z]\d{1,3}\b)re", false, Kind::kAddress, "", 0.75f,
     v::Code, kNoContext, false, {}, true},
    // A camp's row and the tent or door in it ("block 3, row D, no. 27",
    // "sec. B row 7 no. 12").
    {"address_camp_row",
     R"re(\b(?:(?:[Bb]lock|[Ss]ec\.|[Ss]ector) [A-Z0-9]{1,3},? )?[Rr]ow [A-Z0-9]{1,3},? (?:[Nn]o\.|#|[Tt]ent|[Ss]helter) ?\d{1,4}\b)re",
     false, Kind::kAddress, "", 0.75f, v::Code, kNoContext, false, {}, true},
    // Lebanon's informal tented settlements by their code ("ITS 023-117").
    {"address_tented_settlement", R"re(\bITS (?:[Nn]o\.? ?|#)?\d{3}-\d{3}\b)re", false, Kind::kAddress, "", 0.8f,
     v::Code, kNoContext, false, {}, true},
    // A camp's block, sector and tent as codes ("A1/S3/T114", Zaatari's
    // "D6/S14/B3/27"); a Turkish block and door ("Blok 14, No: 22").
    // A camp's block and shelter as slashed codes ("C-11/C-04/0119",
    // "C1W/B-7/0215", "Ph8/B4/T031"); not a year at the end.
    {"address_slash_shelter_codes", R"re(\b[A-Z][a-z]?-?\d{1,2}[A-Z]?/[A-Z]-?\d{1,2}/[A-Z]?\d{3,4}\b)re", false,
     Kind::kAddress, "", 0.7f, v::SlashShelterCode, kNoContext, false, {}, true},
    // A flat as Malaysia numbers it, block-floor-unit, after "unit" or
    // before the building ("unit C-3-08", "C-7-13A, Pangsapuri Sri Kenari").
    {"address_block_floor_unit",
     R"re(\b(?:[Uu]nit [A-Z]-\d{1,2}-\d{1,3}[A-Z]?|[A-Z]-\d{1,2}-\d{1,3}[A-Z]?,? (?:Pangsapuri|Apartment|Residensi|Kondominium|Flat|Rumah))\b)re",
     false, Kind::kAddress, "", 0.75f, v::Address, kNoContext, false, {}, true},
    // A Sudanese square and house ("murabba 9 beit 412").
    {"address_murabba", R"re(\b[Mm]urab?ba'?a? \d{1,4},? (?:[Bb]eit|[Bb]ait|[Bb]ayt|[Hh]ouse|[Mm]anzil) \d{1,5}\b)re",
     false, Kind::kAddress, "", 0.8f, v::Code, kNoContext, false, {}, true},
    // A Romanian or Moldovan block, stairwell, floor and flat ("bl. 4, sc. 1,
    // et. 8, ap. 93").
    {"address_romanian_block",
     R"re(\b[Bb]l\. ?[0-9A-Z]{1,4},? (?:sc\. ?[0-9A-Z]{1,2},? )?(?:et\. ?\d{1,2},? )?ap\. ?\d{1,4}\b)re", false,
     Kind::kAddress, "", 0.8f, v::Code, kNoContext, false, {}, true},
    // A Thai house number and its lane ("88/3 Soi Sai Lom 2", "12/7 Moo 4").
    {"address_thai_soi", R"re(\b\d{1,4}/\d{1,4},? (?:Soi|Moo) [A-Z0-9][A-Za-z0-9]*(?: [A-Z0-9][A-Za-z0-9]*){0,3})re",
     false, Kind::kAddress, "", 0.8f, v::Address, kNoContext, false, {}, true},
    // Indonesia's neighbourhood units ("RT 02 / RW 04", "RT.003/RW.011").
    {"address_rt_rw", R"re(\bRT\.? ?\d{1,3} ?/\s?RW\.? ?\d{1,3}\b)re", false, Kind::kAddress, "", 0.75f, v::Code,
     kNoContext, false, {}, true},
    // An Iranian house number and unit ("Pelak 32, Vahed 11"); an Uzbek
    // house and flat ("45-uy, 12-xonadon").
    {"address_pelak",
     R"re(\b(?:[Pp]ela[kg] ?(?:[Nn]o\.? ?)?\d{1,4}(?:,? (?:[Vv]ahed|[Tt]abaqe) ?\d{1,3})?|\d{1,4}-uy(?:,? \d{1,4}-xonadon)?)\b)re",
     false, Kind::kAddress, "", 0.8f, v::Code, kNoContext, false, {}, true},
    // Directions from a landmark as Nicaragua gives them ("2 c. al norte,
    // \xC2\xBD c. abajo", "3 cuadras al sur").
    {"address_nicaragua_directions",
     "(?:\\b\\d{1,2}|\\xC2\\xBD) (?:c\\.|cuadras?|vrs\\.|varas) (?:al (?:norte|sur|este|oeste|lago)|abajo|arriba)"
     "(?:,? (?:\\d{1,2}|\\xC2\\xBD) (?:c\\.|cuadras?|vrs\\.|varas) (?:al (?:norte|sur|este|oeste|lago)|abajo|arriba))*",
     false, Kind::kAddress, "", 0.75f, v::Code, kNoContext, false, {}, true},
    // A camp's zone or ranch and block, perhaps the plot ("Zone 4, Block
    // 11", "Z2 B7 P109", "Ranch 1, Block 9"); Nyarugusu's zone, village and
    // plot ("Z10/V4/Pl.118"); Dadaab's camps, block and plot ("Ifo 2 / E /
    // 11", "Hagadera / N7 / 02").
    {"address_zone_block",
     R"re(\b(?:(?:[Zz]one|[Rr]anch|[Cc]luster|Z) ?\d{1,2},? (?:[Bb]lock|B) ?[A-Z0-9]{1,3}(?:,? (?:[Pp]lot|P) ?\d{1,4})?|Z\d{1,2}/V\d{1,2}/Pl\.? ?\d{1,4}|(?:Ifo(?: 2)?|Hagadera|Dagahaley|Kambioos) ?/ ?[A-Z]\d{0,2} ?/ ?\d{1,4})\b)re",
     false, Kind::kAddress, "", 0.75f, v::Code, kNoContext, false, {}, true},
    {"address_camp_codes", R"re(\b[A-Z]\d{1,2}/S\d{1,2}/[TB]\d{1,4}(?:/\d{1,4})?\b)re", false, Kind::kAddress, "", 0.75f,
     v::Code, kNoContext, false, {}, true},
    {"address_blok_no", R"re(\bBlok [0-9A-Z]{1,4},? [Nn]o ?[:.]? ?\d{1,4}\b)re", false, Kind::kAddress, "", 0.75f,
     v::Address, kNoContext, false, {}, true},
    // A block and a lot, as Peru, Mexico, Ecuador and Colombia write them:
    // "Mz. B Lt. 5", "Mza. 4 Lote 12", "Mz. 14 Solar 9", "Mz C casa 9".
    {"address_block_lot", "\\b[Mm]z[a]?\\.? ?[A-Z0-9]{1,3},? (?:Lt\\.?|[Ll]ote|Solar|Sl\\.|[Cc]asa|Villa) ?\\d{1,3}[A-Za-z]?\\b", false, Kind::kAddress, "",
     0.8f, v::Address, kNoContext, false, {}, true},
    // A number, one to three capitalised words, a street word: "14 Sadova
    // Street", "221B Baker St.".
    {"address_number_street",
     "\\b\\d{1,5}[A-Za-z]?,? (?:" TL_CAP TL_NAMEWORD " ){1,3}(?:(?:Street|Road|Avenue|Lane|Boulevard|Drive|Crescent|"
     "Terrace)\\b|(?:St|Rd|Ave|Blvd)\\.)",
     false, Kind::kAddress, "", 0.8f, v::Address, kNoContext, false, {}, true, kStreetWordAnchors},
    // A street word, one to three words, a number: "Av. San Martin 1234",
    // "Avenue Jean Mermoz 41", "vul. Sadova 14", "Jalan Sudirman No. 5",
    // "Carrera 7 No. 12-45", "Cra. 7 #12-45", "Jr. Puno 345", "Rua das
    // Flores, 120", "vul. Tykha, bud. 17", "prosp. Nauky, bud. 150".
    {"address_street_number",
     "\\b(?:[Rr]ue|[Rr]uelle|[Ss]tr\\.|[Cc]alle|[Aa]venida|[Aa]venue|[Bb]oulevard|Avda\\.|[Aa]v\\.|[Rr]ua|[Tt]ravessa|[Uu]l\\.|[Vv]ul\\.|[Vv]ulytsia|[Uu]litsa|[Pp]rov\\.|[Pp]rosp\\.|[Pp]er\\.|[Bb]ul\\.|"
     "[Pp]ereulok|[Pp]rovulok|[Pp]rospekt|[Bb]d\\.|Ri|[Ii]mpasse|[Ll]orong|[Jj]alan|Jl\\.|Gg\\.|[Cc]arrera|Cra\\.|Kr\\.|Cl\\.|Dg\\.|Tv\\.|[Bb]ul'?var|[Tt]ransversal|[Dd]iagonal|[Jj]ir\\xC3\\xB3n|Jr\\.|[Pp]asaje) "
     "(?:" TL_NAMECH TL_NAMEWORD " ){0,2}" TL_NAMECH TL_NAMEWORD ",? (?:[Nn]o\\.? ?|[Nn]\\xC2[\\xB0\\xBA] ?|"
     "# ?|[Nn]\\.\\xC2\\xBA ?|[Bb]ud\\. ?|d\\. ?|(?:[Cc]asa|[Pp]orte|[Hh]ouse|[Mm]aison)(?: [Nn](?:o\\.?|\\xC2\\xB0|\\xC2\\xBA|\\.\\xC2\\xBA))? ?)?"
     "\\d{1,5}[A-Za-z]?(?: ?- ?\\d{1,4})?\\b",
     false, Kind::kAddress, "", 0.8f, v::Address, kNoContext, false, {}, true},
    // A block or a quarter and the plot, house or tent in it, as Portuguese
    // writes them ("Bloco B, talh\xC3\xA3o 13", "quarteir\xC3\xA3o 3, casa n.\xC2\xBA 41",
    // "Q.2, casa 9-A").
    {"address_bloco_talhao",
     "\\b(?:[Bb]loco|[Qq]uarteir\\xC3\\xA3o|Q\\.) ?[A-Z0-9]{1,3},? (?:[Tt]alh\\xC3\\xA3o|[Cc]asa|[Ll]ote|[Tt]enda|[Pp]arcela)"
     "(?: n(?:\\.\\xC2\\xBA|\\xC2\\xBA|\\xC2\\xB0|o\\.?))? ?\\d{1,4}(?:-?[A-Za-z])?\\b",
     false, Kind::kAddress, "", 0.8f, v::Address, kNoContext, false, {}, true},
    // A house's number, then a numbered street: "9-B Street 14", "112
    // Gali 3" (not "Al-Thawra Street 1", a street's name, nor "District 8,
    // Street 14", a district's).
    // A house or a phase and its street, as Pakistan and Afghanistan write
    // them ("H-14, St. 3", "Ph-3, St. 11"); a named street and the door
    // after "no." ("Ghweiran street no. 4").
    // A Colombian address: the street's kind and number, "#", the crossing
    // street and the door ("Kr 19 # 63-40 Sur", "Cl 45A # 12-08").
    {"address_colombia",
     "\\b(?:Kr|Cra|Cr|Cl|Cll|Dg|Tv|Ak|Ac|Calle|Carrera|Diagonal|Transversal)\\.? ?\\d{1,3}[A-Z]?(?: ?[Bb]is)? ?"
     "(?:#|[Nn]o\\.?|[Nn]\\xC2[\\xB0\\xBA]) ?\\d{1,3}[A-Z]?-\\d{1,3}(?: Sur| Este)?\\b",
     false, Kind::kAddress, "", 0.8f, v::Address, kNoContext, false, {}, true},
    {"address_house_comma_street",
     "\\b(?:H|Ph|Hse|House)[-#]?\\d{1,4}[A-Z]?, (?:St\\.?|Street|Gali|Lane) ?\\d{1,3}\\b", false,
     Kind::kAddress, "", 0.75f, v::Address, kNoContext, false, {}, true},
    {"address_street_no",
     "\\b" TL_CAP TL_NAMEWORD " (?:[Ss]treet|[Rr]oad|St\\.|Rd\\.?) (?:[Nn]o\\.?|#) ?\\d{1,4}[A-Za-z]?\\b", false,
     Kind::kAddress, "", 0.75f, v::Address, kNoContext, false, {}, true},
    {"address_house_street", "\\b\\d{1,4}(?:-?[A-Z])? (?:[Ss]treet|St\\.|[Gg]ali|[Ll]ane) \\d{1,3}\\b", false,
     Kind::kAddress, "", 0.75f, v::HouseStreet, kNoContext, false, {}, true},
    // A capitalised name, a short street word after it, a number:
    // "Rustaveli St. 9", "Manas St. 44", "Tsereteli lane 4", "Žirmūnų g.
    // 12-34"; not "Al-Thawra Street 1", "Street 40" of a district's plan,
    // which names a street.
    {"address_name_street_number",
     "\\b" TL_CAP TL_NAMEWORD " (?:St\\.|Ave\\.|Rd\\.|[Ll]ane|g\\.) \\d{1,4}[A-Za-z]?(?:[-/]\\d{1,4})?\\b",
     false, Kind::kAddress, "", 0.75f, v::Address, kNoContext, false, {}, true, kNameStreetNumberAnchors},
    // A street glued to its name, then a number: "Hauptstrasse 12",
    // "Bahnhofstr. 5", "Dorpsstraat 3".
    {"address_glued_street",
     "\\b" TL_CAP "(?:[a-z]|\\xC3[\\x80-\\xBF]){0,24}(?:stra(?:ss|\\xC3\\x9F)e|straat|str\\.|gasse|laan|plein|platz) "
     "\\d{1,4}[a-z]?\\b",
     false, Kind::kAddress, "", 0.8f, v::Address, kNoContext, false, {}, true, kGluedStreetAnchors},
    // Turkish: one or two words, a street word, a door number: "Gazi Caddesi
    // No. 71", "Ates Sok. No: 5/2".
    {"address_turkish",
     "\\b" TL_CAP TL_NAMEWORD "(?: " TL_CAP TL_NAMEWORD ")? (?:Caddesi|Cad\\.|Sokak|Soka\\xC4\\x9F\\xC4\\xB1|Sok\\.|Sk\\.|"
     "Bulvar\\xC4\\xB1),? [Nn]o ?[:.]? ?\\d{1,4}(?:/\\d{1,3})?\\b",
     false, Kind::kAddress, "", 0.8f, v::Address, kNoContext, false, {}, true, kTurkishStreetAnchors},
    // A number, then a French, Spanish or Portuguese street word and its
    // name: "12 rue des Jardins", "5, avenue de la Paix".
    {"address_number_rue",
     "\\b\\d{1,4}(?: ?bis| ?ter)?,? (?:rue|avenue|av\\.|boulevard|bd|all\\xC3\\xA9e|chemin|impasse|place|quai|route|"
     "calle|rua|avenida) (?:(?:de|du|des|la|le|del|da|do|dos|das) |l'|d'){0,2}" TL_CAP TL_NAMEWORD TL_LAST,
     false, Kind::kAddress, "", 0.8f, v::Address, kNoContext, false, {}, true, kRueAnchors},
    // A capitalised street and its number before a flat or a floor: "Sadova
    // 14, flat 3", "Tsentralna 3 kv 5", "Acharnon 214, 3rd floor".
    {"address_street_flat",
     "\\b" TL_CAP TL_NAMEWORD " \\d{1,4}[A-Za-z]?,? (?:(?:[Ff]lat|[Aa]pt\\.?|[Aa]partment|[Kk]v\\.?|[Aa]ppartement|"
     "[Pp]iso|[Dd]e?pto\\.?) ?\\d{1,4}[A-Za-z]?\\b|\\d(?:st|nd|rd|th) [Ff]loor\\b)",
     false, Kind::kAddress, "", 0.8f, v::Address, kNoContext, false, {}, true, kFlatAnchors},

    // A home placed by a landmark, where a street has no number: "third
    // house after the pharmacy", "house behind the Kaiap Lodge", "tent near
    // Aqsa hospital"; in French, Spanish and Portuguese "3e maison après le
    // moulin", "maison en face du forage de la Croix-Rouge", "casa de caniço
    // ao lado do furo". After, before or past a landmark only with an
    // ordinal ("left the house after the shelling" is a time; "the homestead
    // past the tuck-shop" is a place without one). One home, not
    // "tents near the spring"; not a pronoun ("the house behind us"); in
    // English a landmark without "the" or "a" names its kind ("tent near
    // Aqsa hospital", not "tent near Atmeh", a town).
    {"address_landmark",
     "\\b(?:(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ll]ast|\\d(?:st|nd|rd|th)) (?:[Hh]ouse|[Cc]ompound|"
     "[Bb]uilding|[Ss]helter|[Tt]ent|[Hh]ut|[Dd]oor|[Gg]ate|[Ff]lat|[Vv]illa|[Yy]ard) (?:(?:right|just|directly) )?"
     "(?:after|before|past|behind|beside|next to|opposite|facing|across from|near|in front of)|(?:[Hh]ouse|[Cc]ompound|"
     "[Bb]uilding|[Ss]helter|[Tt]ent|[Hh]ut|[Ff]lat|[Vv]illa|[Hh]omestead|[Rr]oom|[Cc]ontainer|[Cc]aravan|[Ss]hack) "
     "(?:(?:right|just|directly|immediately) )?"
     "(?:behind|beside|next to|opposite|facing|across from|near|past|above|in front of)) (?:the |a |an )?" TL_LANDMARK,
     false, Kind::kAddress, "", 0.7f, v::LandmarkEnglish, kNoContext},
    {"address_landmark_romance",
     "\\b(?:(?:\\d(?:e|\\xC3\\xA8me|eme)|premi\\xC3\\xA8re|deuxi\\xC3\\xA8me|troisi\\xC3\\xA8me|derni\\xC3\\xA8re) "
     "(?:[Mm]aison|[Cc]oncession|[Cc]ase|[Pp]orte|[Cc]our|[Pp]arcelle) (?:apr\\xC3\\xA8s|avant)|"
     "(?:[Mm]aison|[Cc]oncession|[Cc]ase|[Vv]illa|[Cc]our|[Pp]arcelle|[Bb]araque|[Tt]ente) (?:en [a-z]+ )?"
     "(?:situ\\xC3\\xA9" "e? )?(?:en face|(?:juste )?derri\\xC3\\xA8re|\\xC3\\xA0 c\\xC3\\xB4t\\xC3\\xA9|pr\\xC3\\xA8s|"
     "\\xC3\\xA0 (?:gauche|droite))|"
     "(?:[Cc]asa|[Vv]ivienda|[Cc]uarto|[Rr]ancho|[Bb]arraca|[Mm]oradia) (?:de " TL_LANDMARK_WORD " )?"
     "(?:frente a|detr(?:\\xC3\\xA1|a)s de|al lado de|junto a|cerca de|atr(?:\\xC3\\xA1|a)s d|ao lado d|em frente a|"
     "em frente d|perto d))"
     "(?: du| des| de la| de l'| d'| de| le| la| les| l'|l|l la|l los| la| los| las|o|a|os|as)? ?" TL_LANDMARK,
     false, Kind::kAddress, "", 0.7f, v::Landmark, kNoContext},
    // The same with words that describe the home before the relation ("la
    // casa de dos pisos al lado de la escuela", "case \xC3\xA0 toit de t\xC3\xB4le
    // bleue pr\xC3\xA8s du puits", "casa esquinera frente al taller"), or a
    // home counted from a landmark ("2da casa despu\xC3\xA9s del puente", in Haitian
    // Creole "twazy\xC3\xA8m kay apre boutik S\xC3\xA8 Ana"); a farm
    // by its name ("finca La Esmeralda").
    {"address_landmark_described",
     "(?:\\b(?:[Cc]asa|[Vv]ivienda|[Mm]aison|[Cc]ase|[Mm]oradia|[Pp]ieza|[Rr]ancho) (?:[a-z\\x80-\\xBF\\xC3]+ ){0,5}"
     "(?:frente a|detr(?:\\xC3\\xA1|a)s de|al lado de|a la par de|junto a|cerca de|ao lado d|em frente a|en face d|"
     "derri\\xC3\\xA8re|pr\\xC3\\xA8s d|\\xC3\\xA0 c\\xC3\\xB4t\\xC3\\xA9 d|atr(?:\\xC3\\xA1|a)s d)|(?:\\xC3\\x9A|\\xC3\\xBA|\\b[Uu])ltima casa "
     "(?:antes|despu(?:\\xC3\\xA9|e)s) de|\\b(?:[Pp]rimera|"
     "[Ss]egunda|[Tt]ercera|\\d(?:a|da|ra|ta)) casa (?:antes|despu(?:\\xC3\\xA9|e)s) de|"
     "\\b(?:[Pp]remye|[Dd]ezy\\xC3\\xA8m|[Tt]wazy\\xC3\\xA8m|[Kk]atriy\\xC3\\xA8m|[Ss]enky\\xC3\\xA8m) (?:kay|lakou|p\\xC3\\xB2t) apre)"
     "(?: du| des| de la| de l'| d'| de| le| la| les| l'|l|l la|l los| la| los| las|o|a|os|as)? ?" TL_LANDMARK "|"
     "\\b[Ff]inca (?:(?:de )?(?:El|La|Los|Las|San|Santa|Villa|[Dd]on|[Dd]o\\xC3\\xB1a) )?" TL_CAP "[a-z\\x80-\\xBF]+"
     "(?: (?:de )?" TL_CAP "[a-z\\x80-\\xBF]+)?",
     false, Kind::kAddress, "", 0.7f, v::LandmarkDescribed, kNoContext},
    // A building or a gate placed by a landmark in French ("immeuble \xC3\xA0
    // c\xC3\xB4t\xC3\xA9 de la pharmacie Al-Shifa", "deuxi\xC3\xA8me barri\xC3\xA8re apr\xC3\xA8s le march\xC3\xA9").
    {"address_landmark_french_building",
     "(?:\\b[Ii]mmeuble (?:situ\\xC3\\xA9 )?(?:en face|derri\\xC3\\xA8re|\\xC3\\xA0 c\\xC3\\xB4t\\xC3\\xA9|pr\\xC3\\xA8s)|"
     "\\b(?:\\d(?:e|\\xC3\\xA8me|eme)|premi\\xC3\\xA8re|deuxi\\xC3\\xA8me|troisi\\xC3\\xA8me|derni\\xC3\\xA8re) "
     "barri\\xC3\\xA8re (?:apr\\xC3\\xA8s|avant))"
     "(?: du| des| de la| de l'| d'| de| le| la| les| l')? ?" TL_LANDMARK,
     false, Kind::kAddress, "", 0.7f, v::Landmark, kNoContext},
    // A home's gate or door by its colour: "house with green door", "blue
    // gate", "gate painted yellow", "porte bleue", "portão azul"; or by its
    // tree: "the compound with the tall mango tree".
    {"address_colour_door",
     "\\b(?:(?:[Hh]ouse|[Cc]ompound|[Bb]uilding|[Hh]ome|[Ss]helter|[Ff]lat|[Hh]ut|[Tt]ent) (?:with|w/) (?:a |the |an )?)?"
     TL_COLOURS "(?: (?:metal|iron|steel|wooden|tin|painted))? (?:gate|door|fence|shutters)s?\\b|"
     "\\b(?:[Hh]ouse|[Cc]ompound|[Hh]omestead|[Ss]helter|[Hh]ut|[Tt]ent) (?:with|w/) (?:the|a|two|three|\\d) (?:(?:big|tall|large|old|small|"
     "painted) )?(?:mango|neem|palm|baobab|acacia|mulberry|fig|olive|eucalyptus) trees?\\b|"
     "\\b(?:[Hh]ouse|[Cc]ompound|[Bb]uilding|[Hh]ome|[Ss]helter|[Hh]ut) (?:with|w/) (?:a |the )?" TL_COLOURS
     " (?:water tank|tank|roof|tin roof|walls?)\\b|"
     "\\b(?:[Gg]ate|[Dd]oor|[Ff]ence)s? painted (?:green|blue|red|yellow|white|black|gr[ae]y|brown|orange|pink|purple)\\b|"
     "\\b(?:[Pp]orte|[Pp]ortail|[Bb]arri\\xC3\\xA8re) (?:en (?:t\\xC3\\xB4le|tole|fer|bois|m\\xC3\\xA9tal) )?(?:bleue?|verte?|rouge|jaune|blanche?|noire?|grise?|marron)\\b|"
     "\\b(?:[Pp]ort(?:\\xC3\\xA3|a)o|[Pp]orta|[Pp]ort(?:\\xC3\\xB3|o)n|[Pp]uerta|[Rr]eja) (?:azul|verde|vermelh[oa]|"
     "amarel[oa]|branc[oa]|pret[oa]|cinza|roj[oa]|amarill[oa]|blanc[oa]|negr[oa]|gris)\\b|"
     // Haitian Creole: "kay ble", "p\xC3\xB2tay wouj", "p\xC3\xB2t v\xC3\xA8t".
     "\\b(?:[Kk]ay|[Pp]\\xC3\\xB2tay|[Pp]\\xC3\\xB2t|[Bb]ary\\xC3\\xA8) (?:ble|v\\xC3\\xA8t|wouj|j\\xC3\\xB2n|blan|nwa|gri|woz|mawon)\\b",
     false, Kind::kAddress, "", 0.65f, v::Landmark, kNoContext},

    // A home by its colour in Spanish, Portuguese and French ("la casa
    // salm\xC3\xB3n", "casa color celeste", "maison jaune"), or by its shutters,
    // gate or roof ("la case aux volets jaunes", "maison au portail vert").
    {"address_colour_house",
     "\\b(?:(?:[Cc]asa|[Vv]ivienda|[Mm]aison|[Cc]ase) (?:(?:de )?color )?(?:amarilla|verde|azul|roja|rosada|rosa|blanca|"
     "celeste|salm(?:\\xC3\\xB3|o)n|anaranjada|naranja|morada|caf(?:\\xC3\\xA9|e)|crema|beige|turquesa|lila|negra|amarela|"
     "branca|vermelha|bleue|verte|jaune|rouge|rose|grise)|"
     "(?:[Mm]aison|[Cc]ase|[Cc]oncession) (?:aux volets|au portail|au toit|aux portes|\\xC3\\xA0 la porte)"
     "(?: en [a-z\\xC3\\xB4]+)? (?:bleu|vert|jaune|rouge|blanc|noir|gris|marron|rose)(?:e|s|es)?)\\b",
     false, Kind::kAddress, "", 0.65f, v::Landmark, kNoContext},

    // ---- COORDINATE ----
    {"coord_decimal",
     "[-+]?\\d{1,2}\\.\\d{2,8}" TL_DEG "?(?:[ ]?[NS])?" TL_COORD_SEP "[-+]?\\d{1,3}\\.\\d{2,8}" TL_DEG
     "?(?:[ ]?[EW])?",
     false, Kind::kCoordinate, "DECIMAL", 0.85f, v::CoordDecimal, kCoordCtx, false, {}, true},
    {"coord_decimal_prefix",
     "\\b[NS][ ]?\\d{1,2}\\.\\d{2,8}" TL_DEG "?" TL_COORD_SEP "[EW][ ]?\\d{1,3}\\.\\d{2,8}" TL_DEG "?", false,
     Kind::kCoordinate, "DECIMAL", 0.85f, v::CoordDecimal, kCoordCtx, false, {}, true},
    {"coord_dms", TL_DMS_LAT "[ ]?[NS]" TL_COORD_SEP "?" TL_DMS_LON "[ ]?[EW]\\b", false, Kind::kCoordinate,
     "DMS", 0.9f, v::CoordDms, kCoordCtx, false, {}, true},
    {"coord_dms_prefix", "\\b[NS][ ]?" TL_DMS_LAT TL_COORD_SEP "?[EW][ ]?" TL_DMS_LON, false,
     Kind::kCoordinate, "DMS", 0.9f, v::CoordDms, kCoordCtx, false, {}, true},
    // Degrees and decimal minutes without the minute's sign, as GPS units
    // show them ("N01\xC2\xB046.118 E030\xC2\xB014.602", "01\xC2\xB046.118 N
    // 030\xC2\xB014.602 E"): a number without a sign counts as minutes.
    {"coord_ddm",
     "\\b(?:[NS][ ]?\\d{1,2}" TL_DEG "[ ]?\\d{1,2}[.,]\\d{1,4}" TL_MIN "?" TL_COORD_SEP "?[EW][ ]?\\d{1,3}" TL_DEG
     "[ ]?\\d{1,2}[.,]\\d{1,4}" TL_MIN "?|\\d{1,2}" TL_DEG "[ ]?\\d{1,2}[.,]\\d{1,4}" TL_MIN "?[ ]?[NS]" TL_COORD_SEP
     "?\\d{1,3}" TL_DEG "[ ]?\\d{1,2}[.,]\\d{1,4}" TL_MIN "?[ ]?[EW]\\b)",
     false, Kind::kCoordinate, "DMS", 0.9f, v::CoordDms, kCoordCtx, false, {}, true},
    // One half of a position in degrees, minutes and seconds with its
    // hemisphere ("6\xC2\xB057'12\"N" where the line breaks before the
    // longitude); decimal degrees after "Lat" and "Lon" labels ("Lat 7.9034
    // Lon -72.5071").
    {"coord_dms_half", "\\b(?:" TL_DMS_LAT "|" TL_DMS_LON ")[ ]?[NSEW]\\b", false, Kind::kCoordinate, "DMS", 0.8f,
     v::CoordDmsHalf, kNoContext, false, {}, true},
    {"coord_decimal_labelled",
     R"re(\b[Ll]at(?:itude)?\.?:? ?[-+]?\d{1,2}\.\d{2,8}[ ,;/]{1,4}[Ll](?:on|ng|ong)(?:gitude)?\.?:? ?[-+]?\d{1,3}\.\d{2,8}\b)re",
     false, Kind::kCoordinate, "DECIMAL", 0.9f, v::Code, kNoContext, false, {}, true},
    {"mgrs", R"re(\b\d{1,2}[C-HJ-NP-X][ ]?[A-HJ-NP-Z][A-HJ-NP-V][ ]?\d{1,10}(?:[ ]\d{1,5})?\b)re", false,
     Kind::kCoordinate, "MGRS", 0.85f, v::Mgrs, kCoordCtx, false, {}, true},

    // ---- DATE ----
    {"date_numeric", R"re(\b\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})\b)re", false, Kind::kDate, "NUMERIC",
     0.85f, v::DateNumeric, kNoContext, false, {}, true},
    {"date_ymd", R"re(\b\d{4}[./]\d{1,2}[./]\d{1,2}\b)re", false, Kind::kDate, "NUMERIC", 0.85f, v::DateYmd,
     kNoContext, false, {}, true},
    {"date_iso",
     R"re(\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?\b)re",
     false, Kind::kDate, "ISO", 0.9f, v::DateIso, kNoContext, false, {}, true},
    {"date_day_month", "\\b\\d{1,2}(?:st|nd|rd|th)?(?:[ ]of)?[ ]" TL_MONTHS "\\b(?:\\.?,?[ ]\\d{4}\\b)?", false,
     Kind::kDate, "TEXT", 0.9f, v::DateDayMonth, kNoContext, false, {}, true},
    {"date_month_day",
     "\\b" TL_MONTHS "\\b\\.?[ ](?:\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?[ ]\\d{4}\\b)?|\\d{4}\\b)", false, Kind::kDate,
     "TEXT", 0.9f, v::DateMonthDay, kNoContext, false, {}, true},
    // A day and a month in French, Spanish or Portuguese, in small letters
    // or capitalised, and perhaps the year ("5 juin 1984", "1er mars",
    // "12 de mayo de 1990", "3 de março de 2021"): "né le 5 juin 1984" is a
    // date of birth (ReadBirthDates), not a place.
    {"date_day_month_romance",
     "\\b\\d{1,2}(?:er|\\xC2\\xB0|\\xC2\\xBA)?[ ](?:de[ ])?" TL_ROMANCE_MONTHS "\\b(?:,?[ ](?:de[ ]|del[ ])?\\d{4}\\b)?",
     true, Kind::kDate, "TEXT", 0.85f, v::DateDayMonthRomance, kNoContext, false, {}, true},
};

}  // namespace

std::span<const PatternSpec> PatternTable() { return kTable; }

}  // namespace tearline::patterns
