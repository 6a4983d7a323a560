// Names coordinated with a person's name. Contract in coordinated_names.h
// and tearline/resolve.h (COORDINATED NAMES).
#include "coordinated_names.h"

#include <algorithm>
#include <iterator>
#include <span>
#include <unordered_map>

#include "common_words.h"
#include "finding_index.h"
#include "known_places.h"
#include "link_words.h"
#include "patronyms.h"
#include "place_names.h"
#include "tearline/quasi.h"

namespace tearline::link_internal {
namespace {

// The capitalised word that ends at text[end) (letters and inner hyphens,
// three letters or more, a word start before it), as [b, end); b == end when
// there is none.
size_t CapitalisedWordBefore(std::string_view text, size_t end) {
  size_t b = end;
  while (b > 0 && (IsWordByte(text[b - 1]) || (text[b - 1] == '-' && b >= 2 && IsWordByte(text[b - 2])))) --b;
  if (end - b < 3 || !IsCapitalByte(text[b]) || (b > 0 && (text[b - 1] == '-' || text[b - 1] == '\''))) return end;
  return b;
}

size_t CapitalisedWordAfter(std::string_view text, size_t b) {
  size_t e = b;
  while (e < text.size() && (IsWordByte(text[e]) || (text[e] == '-' && e + 1 < text.size() && IsWordByte(text[e + 1])))) {
    ++e;
  }
  if (e - b < 3 || !IsCapitalByte(text[b])) return b;
  return e;
}

// ", " joins list items only: it also follows an opening adverb or place
// ("Meanwhile, Karim said", "In Kabul, Karim said").
constexpr std::string_view kSeparators[] = {", and ", " and ", ", "};

// The length of an age in parentheses after one space at text[p] (" (9)",
// " (14)"; ReadAgeInParentheses), 0 when there is none.
size_t AgeAsideAt(std::string_view text, size_t p) {
  const AgeInParentheses age = ReadAgeAfterSpace(text, p);
  return age.bare ? age.end - p : 0;
}

// The length of an age with its unit in parentheses after one space at
// text[p] (" (9 ans)", " (6 years)", " (29 años)", " (12 y/o)", " (F, 8 mo)"),
// 0 when there is none. A bare number counts households as often
// ("Metuge (14)").
size_t AgeWithUnitAt(std::string_view text, size_t p) {
  const AgeInParentheses age = ReadAgeAfterSpace(text, p);
  return age.unit ? age.end - p : 0;
}

// Words by which a parent or an elder is called before a child's or their
// own name ("Mai Tafadzwa", "Umm Khalid", "Mbuya Rhoda"). Looked up with
// OneOf.
constexpr std::string_view kParentWords[] = {"Abu",  "Abou", "Baba",  "Gogo", "Mai",   "Mama", "Maman",
                                             "Mbuya", "Mzee", "Papa", "Sekuru", "Umm",  "Um",    "Yaya"};

// Whether PERSON finding f opens with, or follows after one space, a word of
// kParentWords.
bool CalledAsParent(std::string_view text, const Finding& f) {
  const std::string_view span = text.substr(f.begin, f.size());
  if (OneOf(kParentWords, span.substr(0, span.find(' ')))) return true;
  size_t w = f.begin >= 2 && text[f.begin - 1] == ' ' ? f.begin - 1 : f.begin;
  const size_t end = w;
  while (w > 0 && IsWordByte(text[w - 1]) && end - w < 8) --w;
  return w < end && (w == 0 || !IsWordByte(text[w - 1])) && OneOf(kParentWords, text.substr(w, end - w));
}

// Lower-case words before a place's name, after which a word with an age
// ("lived in Kabul (3 years)") is no person. Looked up with OneOf.
constexpr std::string_view kBeforePlaces[] = {"in", "at", "to", "from", "near", "\xC3\xA0", "au", "en", "de",
                                              "du", "dans", "vers", "desde", "hasta", "em"};

// Whether the word at text[b] opens its line (after indentation) or follows
// ", " or "; ".
bool OpensLineOrClause(std::string_view text, size_t b) {
  size_t p = b;
  while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t')) --p;
  return p == 0 || text[p - 1] == '\n' || (p < b && (text[p - 1] == ',' || text[p - 1] == ';'));
}

// The length of a space and an opening quote (" \"", " \u201C") at text[p],
// or 0.
size_t QuoteOpensAt(std::string_view text, size_t p) {
  if (text.compare(p, 2, " \"") == 0) return 2;
  if (text.compare(p, 4, " \xE2\x80\x9C") == 0) return 4;
  return 0;
}

// Whether a closing quote at text[p] ends a word: '"' or '\u201D', then no
// word byte.
bool QuoteClosesAt(std::string_view text, size_t p) {
  size_t q = p;
  if (text.compare(p, 1, "\"") == 0) {
    q += 1;
  } else if (text.compare(p, 3, "\xE2\x80\x9D") == 0) {
    q += 3;
  } else {
    return false;
  }
  return q >= text.size() || !IsWordByte(text[q]);
}

// Quotes that close ('"', '\u201D', ' \u00BB', '\u00BB') and that open
// ('"', '\u201C', '\u00AB ', '\u00AB'), longest first.
constexpr std::string_view kClosingQuotes[] = {"\xE2\x80\x9D", " \xC2\xBB", "\xC2\xBB", "\""};
constexpr std::string_view kOpeningQuotes[] = {"\xE2\x80\x9C", "\xC2\xAB ", "\xC2\xAB", "\""};

// The length of one of `quotes` at text[p], or 0.
size_t QuoteLengthAt(std::string_view text, size_t p, std::span<const std::string_view> quotes) {
  for (std::string_view quote : quotes) {
    if (text.compare(p, quote.size(), quote) == 0) return quote.size();
  }
  return 0;
}

// The length of one of `quotes` that ends at text[.., p), or 0.
size_t QuoteLengthBefore(std::string_view text, size_t p, std::span<const std::string_view> quotes) {
  for (std::string_view quote : quotes) {
    if (p >= quote.size() && text.compare(p - quote.size(), quote.size(), quote) == 0) return quote.size();
  }
  return 0;
}

// Whether a clause or a list item ends at text[e]: the text's or the
// line's end, " (", ')', ',', ';', ':', '.', or " + " (a list goes on).
bool EndsConjunct(std::string_view text, size_t e) {
  if (e >= text.size() || text[e] == '\n' || text[e] == '\r') return true;
  if (std::string_view("),;:.").find(text[e]) != std::string_view::npos) return true;
  return text.compare(e, 2, " (") == 0 || text.compare(e, 3, " + ") == 0;
}

// Where a list joined by " + " that holds the word at text[b] starts: back
// over " + " and one capitalised word at a time.
size_t PlusListStart(std::string_view text, size_t b) {
  while (b >= 4 && text.compare(b - 3, 3, " + ") == 0) {
    size_t w = b - 3;
    while (w > 0 && (IsWordByte(text[w - 1]) || text[w - 1] == '-')) --w;
    if (w == b - 3 || !IsCapitalByte(text[w])) break;
    b = w;
  }
  return b;
}

// Where the " = " of a key of nicknames starts before a name at text[b]
// ('"Junior" = en fait Jean-Baptiste', '"Tiger" = real name Omar'); b when
// there is none.
size_t EqualsBefore(std::string_view text, size_t b) {
  static constexpr std::string_view kFillers[] = {"en fait ", "in fact ", "actually ", "real name ", "vrai nom ",
                                                  "i.e. ", ""};
  for (std::string_view filler : kFillers) {
    const size_t at = b - std::min(b, filler.size());
    if (at >= 3 && text.compare(at, filler.size(), filler) == 0 && text.compare(at - 3, 3, " = ") == 0) return at - 3;
  }
  return b;
}

// Where " and " starts when " and ", a possessive or "the", a space, one
// word in small letters and a space end right before text[b] (" and our
// driver ", " and her son "); b when they do not.
size_t AndPossessiveWordBefore(std::string_view text, size_t b) {
  if (b < 2 || text[b - 1] != ' ') return b;
  size_t w = b - 1;
  while (w > 0 && text[w - 1] >= 'a' && text[w - 1] <= 'z' && b - w <= 16) --w;
  if (w == b - 1 || w < 2 || text[w - 1] != ' ') return b;
  for (std::string_view det : {" and our ", " and his ", " and her ", " and my ", " and their ", " and the "}) {
    if (w >= det.size() && text.compare(w - det.size(), det.size(), det) == 0) return w - det.size();
  }
  return b;
}

// Whether a clock time ("08:20", "08:20:41") and spaces end right before
// text[b].
bool AfterClockTime(std::string_view text, size_t b) {
  size_t p = b;
  while (p > 0 && text[p - 1] == ' ') --p;
  if (p == b || p < 5) return false;
  const auto digit = [&](size_t i) { return text[i] >= '0' && text[i] <= '9'; };
  return digit(p - 1) && digit(p - 2) && text[p - 3] == ':' && digit(p - 4) && digit(p - 5);
}

// Words that give another spelling of the name before them (" is also
// written ", " (also ", " (orthographié aussi ", " (también escrito "):
// their length at text[p], or 0.
size_t VariantJointAt(std::string_view text, size_t p) {
  static constexpr std::string_view kJoints[] = {" is also written ", " is also spelled ", " is also spelt ",
                                                 " also written ", " also spelled ", " also spelt ", " (also ",
                                                 " (or ", " (aka ", " (orthographi\xC3\xA9 aussi ",
                                                 " (orthographi\xC3\xA9" "e aussi ", " (aussi \xC3\xA9" "crit ",
                                                 " (tambi\xC3\xA9n escrito ", " (tamb\xC3\xA9m escrito "};
  for (std::string_view j : kJoints) {
    if (text.compare(p, j.size(), j) == 0) return j.size();
  }
  return 0;
}

// Whether a word of kin follows at text[p], perhaps after a possessive
// and an adjective of age ("younger brother", "his wife", "the eldest
// son").
bool KinAfterEquals(std::string_view text, size_t p) {
  static constexpr std::string_view kBefore[] = {"his ", "her ", "the ", "my ", "their "};
  static constexpr std::string_view kAges[] = {"younger ", "older ", "elder ", "eldest ", "youngest ", "little ",
                                               "big ", "late "};
  static constexpr std::string_view kKin[] = {"brother", "sister", "son",   "daughter", "wife",   "husband",
                                              "mother",  "father", "cousin", "uncle",   "aunt",   "nephew",
                                              "niece",   "grandson", "granddaughter", "grandmother", "grandfather"};
  for (std::string_view w : kBefore) {
    if (text.compare(p, w.size(), w) == 0) {
      p += w.size();
      break;
    }
  }
  for (std::string_view w : kAges) {
    if (text.compare(p, w.size(), w) == 0) {
      p += w.size();
      break;
    }
  }
  size_t e = p;
  while (e < text.size() && text[e] >= 'a' && text[e] <= 'z') ++e;
  return e > p && (e == text.size() || !IsWordByte(text[e])) && OneOf(kKin, text.substr(p, e - p));
}

}  // namespace

// Readings at or above this confidence over a word keep it from being
// inferred a name: a place the tagger read weakly ("Taloqan" at 0.34) is not
// made a person by its neighbour.
constexpr float kReadingFloor = 0.3f;

// Whether a list goes on after text[e): ", " or " and " follows.
bool ListGoesOn(std::string_view text, size_t e) {
  return text.compare(e, 2, ", ") == 0 || text.compare(e, 5, " and ") == 0;
}

void AddCoordinatedNames(std::string_view text, float min_confidence, std::vector<Finding>* findings) {
  // A list grows one name a pass ("Mercy, Gift and Precious").
  for (int pass = 0; pass < 4; ++pass) {
    const FindingIndex index(*findings);
    // Whether a reading lies over [b, e).
    const auto covered = [&](size_t b, size_t e) {
      return !index.ForEachOver(b, e, [](const Finding& f) { return f.confidence < kReadingFloor; });
    };
    // A weak PERSON reading exactly over [b, e) and no reading of another
    // kind over it: the tagger thought it a name, and its neighbour says so.
    const auto weak_person = [&](size_t b, size_t e) {
      bool person = false;
      const bool only_weak_persons = index.ForEachOver(b, e, [&](const Finding& f) {
        if (f.confidence < kReadingFloor) return true;
        if (f.kind != Kind::kPerson || f.confidence >= min_confidence) return false;
        person |= f.begin == b && f.end == e;
        return true;
      });
      return only_weak_persons && person;
    };
    // A word read as nothing at min_confidence or 0.5 or more, nor a town: a
    // child listed with an age beside a named one ("Khalid (9), Aisha (6),
    // Hamza (2)": the tagger read Hamza as a place at 0.48).
    const float weak_below = std::max(min_confidence, kWeakPerson);
    const auto aged_name = [&](size_t b, size_t e) {
      return index.ForEachOver(b, e, [&](const Finding& f) { return f.confidence < weak_below; }) &&
             !IsKnownTown(text.substr(b, e - b));
    };
    // Another name of a person: an aged_name that is also no English word
    // (roles: "Chair (Amina Yusuf)"), no title, and not all capitals
    // ("UNHCR (Dr. Karimi)").
    const auto other_name = [&](size_t b, size_t e) {
      const std::string_view w = text.substr(b, e - b);
      return aged_name(b, e) && !IsCommonWord(w) && !IsTitleWord(w) &&
             std::any_of(w.begin() + 1, w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    };
    // Another spelling or a nickname right after a person's name (" / ",
    // "(la ...)"): a word of letters with a small letter after the first,
    // no English word, title, known place or group's word, over which lies
    // no reading but the tagger's below 0.9 (the tagger reads such words as
    // places: "Hasanova", "Sanya", "Chata").
    const auto name_word = [&](size_t b, size_t e) {
      const std::string_view w = text.substr(b, e - b);
      return !IsCommonWord(w) && !IsTitleWord(w) && !IsKnownPlace(w) && !IsGroupWord(w) && !IsCalendarWord(w) &&
             std::any_of(w.begin() + 1, w.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
             std::none_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    const auto variant_name = [&](size_t b, size_t e) {
      return name_word(b, e) && index.ForEachOver(b, e, [&](const Finding& f) {
               return f.confidence < kReadingFloor || (f.detector == "tagger" && f.confidence < 0.9f);
             });
    };
    // A word of a name beside a nickname: as variant_name, whatever the
    // tagger's confidence.
    const auto name_shaped = [&](size_t b, size_t e) {
      return name_word(b, e) && index.ForEachOver(b, e, [&](const Finding& g) {
               return g.confidence < kReadingFloor || g.detector == "tagger";
             });
    };
    // Whether the same text is read anywhere as a place (or, with orgs,
    // an organisation) at `floor` or more.
    // By text, the surest place reading and the surest place or
    // organisation reading (built at the first question: a long list asks
    // once per name).
    std::unordered_map<std::string_view, std::pair<float, float>> surest;  // text -> {LOC, LOC or ORG}
    bool surest_built = false;
    const auto read_elsewhere_as = [&](size_t b, size_t e, float floor, bool orgs) {
      if (!surest_built) {
        for (const Finding& f : *findings) {
          if ((f.kind != Kind::kLoc && f.kind != Kind::kOrg) || f.end > text.size()) continue;
          auto [it, inserted] = surest.try_emplace(text.substr(f.begin, f.size()), -1.0f, -1.0f);
          if (f.kind == Kind::kLoc) it->second.first = std::max(it->second.first, f.confidence);
          it->second.second = std::max(it->second.second, f.confidence);
        }
        surest_built = true;
      }
      const auto it = surest.find(text.substr(b, e - b));
      return it != surest.end() && (orgs ? it->second.second : it->second.first) >= floor;
    };
    // Whether text[b, e) is read elsewhere as a place or an organisation at
    // min_confidence or more: "Umm Salim (Tawila Umda)" names where she lives.
    const auto read_as_place = [&](size_t b, size_t e) { return read_elsewhere_as(b, e, min_confidence, true); };
    // Whether text[b, e) is read elsewhere as a place at 0.5 or more.
    const auto surely_a_place = [&](size_t b, size_t e) { return read_elsewhere_as(b, e, kWeakPerson, false); };
    // A given or family name of the lexicons that is no English word,
    // group's word, known place nor day, month or feast ("On Wednesday,
    // Mohamed and ..."), read nowhere as a place at 0.5 or more,
    // over which lies no reading or only the tagger's, as a place or an
    // organisation, below 0.5 ("Otieno and Wafula were taken": Wafula read
    // as a place at 0.40).
    const auto lexicon_name = [&](size_t b, size_t e) {
      const std::string_view w = text.substr(b, e - b);
      if (!IsNameWord(w) || IsCommonWord(w) || IsKnownPlace(w) || IsGroupWord(w) || IsCalendarWord(w) ||
          surely_a_place(b, e)) {
        return false;
      }
      return index.ForEachOver(b, e, [&](const Finding& f) {
        return f.confidence < kReadingFloor ||
               (f.detector == "tagger" && (f.kind == Kind::kLoc || f.kind == Kind::kOrg) && f.confidence < kWeakPerson);
      });
    };
    const auto acceptable = [&](size_t b, size_t e) {
      const std::string_view w = text.substr(b, e - b);
      return (IsWordGivenName(w) && !covered(b, e)) || weak_person(b, e) || lexicon_name(b, e);
    };
    // The end of `min_words` to three capitalised words of letters, each an
    // other_name, from text[b] to a ')' (the whole an aged_name, read nowhere
    // as a place or an organisation); 0 when there are none.
    const auto names_in_parentheses = [&](size_t b, int min_words) -> size_t {
      size_t e = b;
      int words = 0;
      bool names = true;
      for (; words < 4; ++words) {
        const size_t we = CapitalisedWordAfter(text, e);
        if (we == e) break;
        names &= other_name(e, we) && std::none_of(text.begin() + e, text.begin() + we, [](char c) {
                   return c >= '0' && c <= '9';
                 });
        e = we;
        if (e + 1 < text.size() && text[e] == ' ' && IsCapitalByte(text[e + 1])) ++e;
      }
      const bool found = names && words >= min_words && words <= 3 && e < text.size() && text[e] == ')' &&
                         aged_name(b, e) && !read_as_place(b, e);
      return found ? e : 0;
    };
    std::vector<Finding> added;
    // "Aghaly (9 ans) et sa sœur": one capitalised word before an age with
    // its unit, no capitalised word right before it, is a name, when it is an
    // other_name (or a given name that is a word: "Mercy (9 years)") and
    // follows no word before a place's name.
    for (size_t open = pass == 0 ? FindLiteral(text, " (") : std::string_view::npos; open != std::string_view::npos;
         open = FindLiteral(text, " (", open + 2)) {
      if (AgeWithUnitAt(text, open) == 0) continue;
      const size_t b = CapitalisedWordBefore(text, open);
      if (b == open) continue;
      const std::string_view w = text.substr(b, open - b);
      const bool single = b == 0 || text[b - 1] != ' ' || CapitalisedWordBefore(text, b - 1) == b - 1;
      if (!single || OneOf(kBeforePlaces, LowerWordBefore(text, b))) continue;
      if (other_name(b, open) || (IsWordGivenName(w) && aged_name(b, open))) {
        added.push_back(Finding{b, open, Kind::kPerson, "AGED", min_confidence, "link"});
      }
    }
    // "the small one (Aso, 9)": one capitalised word alone in parentheses
    // before a comma and an age of one or two digits is a name, when it is
    // an other_name.
    for (size_t open = pass == 0 ? FindLiteral(text, "(") : std::string_view::npos; open != std::string_view::npos;
         open = FindLiteral(text, "(", open + 1)) {
      const size_t b = open + 1;
      const size_t e = CapitalisedWordAfter(text, b);
      if (e == b || text.compare(e, 2, ", ") != 0) continue;
      size_t d = e + 2;
      while (d < text.size() && d < e + 5 && text[d] >= '0' && text[d] <= '9') ++d;
      if (d == e + 2 || d > e + 4 || d >= text.size() || text[d] != ')') continue;
      if (other_name(b, e) && !read_as_place(b, e)) added.push_back(Finding{b, e, Kind::kPerson, "AGED", min_confidence, "link"});
    }
    // "[Diego = younger brother, 19]": one capitalised word before " = " and
    // a word of kin (perhaps after a possessive and an age's adjective) is
    // a name, when it is an other_name.
    for (size_t eq = pass == 0 ? FindLiteral(text, " = ") : std::string_view::npos; eq != std::string_view::npos;
         eq = FindLiteral(text, " = ", eq + 3)) {
      if (!KinAfterEquals(text, eq + 3)) continue;
      const size_t b = CapitalisedWordBefore(text, eq);
      if (b < eq && (b == 0 || text[b - 1] == '[' || text[b - 1] == '(' || OpensLineOrClause(text, b)) &&
          other_name(b, eq) && !read_as_place(b, eq)) {
        added.push_back(Finding{b, eq, Kind::kPerson, "COORDINATED", min_confidence, "link"});
      }
    }
    for (const Finding& f : *findings) {
      if (f.kind != Kind::kPerson || f.confidence < min_confidence || f.end > text.size()) continue;
      // "Mai Tafadzwa (Shuvai Maluleke)": two or three capitalised words of
      // letters in parentheses right after a name by which a parent or an
      // elder is called (a teknonym: Mai, Baba, Umm, Abu, Mama, Mbuya, ...),
      // each an other_name, are the person's own name (as on an ID), unless
      // the text reads them as a place or an organisation elsewhere. After
      // other names they are as often where the person lives ("Qadir
      // Mihemedî (Taq Taq)").
      if (text.compare(f.end, 2, " (") == 0 && CalledAsParent(text, f)) {
        if (const size_t e = names_in_parentheses(f.end + 2, 2); e != 0) {
          added.push_back(Finding{f.end + 2, e, Kind::kPerson, "COORDINATED", f.confidence, "link"});
        }
      }
      // "Xhuwan (Juan Domingo Gómez) se fue": a word that opens its line or a
      // clause, or follows a chat's clock time ("08:20:41  Mathi (Mathivathani
      // S.):"), before a person's name in parentheses, is the person's other
      // name (in another language, a nickname).
      if (f.begin >= 4 && text[f.begin - 1] == '(' && text[f.begin - 2] == ' ' && f.end < text.size() &&
          text[f.end] == ')') {
        const size_t end = f.begin - 2;
        const size_t b = CapitalisedWordBefore(text, end);
        if (b < end && ((OpensLineOrClause(text, b) && other_name(b, end)) ||
                        (AfterClockTime(text, b) && variant_name(b, end) && !read_elsewhere_as(b, end, 0.9f, false)))) {
          added.push_back(Finding{b, end, Kind::kPerson, "COORDINATED", f.confidence, "link"});
        }
      }
      // "Ваха Магомедович (Vakha)": one to three capitalised words of
      // letters alone in parentheses right after a name in another script
      // are its transliteration, unless the text reads them as a place or an
      // organisation elsewhere (ReadPlacesAndPersons has made the script's
      // run a place already when a place stands before it).
      if (f.detector == "script" && text.compare(f.end, 2, " (") == 0) {
        if (const size_t e = names_in_parentheses(f.end + 2, 1); e != 0) {
          added.push_back(Finding{f.end + 2, e, Kind::kPerson, "COORDINATED", min_confidence, "link"});
        }
      }
      // "f (9), W (6)" and "W (9), f (6)": names with their ages in a list.
      if (const size_t age = AgeAsideAt(text, f.end); age > 0) {
        for (std::string_view sep : kSeparators) {
          if (text.compare(f.end + age, sep.size(), sep) != 0) continue;
          const size_t b = f.end + age + sep.size();
          const size_t e = CapitalisedWordAfter(text, b);
          if (e > b && AgeAsideAt(text, e) > 0 && aged_name(b, e)) {
            added.push_back(Finding{b, e, Kind::kPerson, "COORDINATED", f.confidence, "link"});
          }
          break;
        }
      }
      for (std::string_view sep : kSeparators) {
        if (f.begin < sep.size() + 4 || text.compare(f.begin - sep.size(), sep.size(), sep) != 0) continue;
        size_t end = f.begin - sep.size();
        if (text[end - 1] != ')') break;
        size_t open = end - 1;
        while (open > 0 && text[open - 1] != '(' && end - open < 4) --open;
        if (open < 2 || text[open - 1] != '(' || AgeAsideAt(text, open - 2) != end - (open - 2)) break;
        end = open - 2;
        const size_t b = CapitalisedWordBefore(text, end);
        if (b < end && AgeAsideAt(text, f.end) > 0 && aged_name(b, end)) {
          added.push_back(Finding{b, end, Kind::kPerson, "COORDINATED", f.confidence, "link"});
        }
        break;
      }
      // 'cousin Nyaro "Sheikhi"': one to three capitalised words in quotes
      // right after the name, one space between, are another name of the
      // person (a nickname), when no reading of 0.5 or more lies over them.
      if (const size_t open = QuoteOpensAt(text, f.end); open != 0) {
        const size_t b = f.end + open;
        size_t e = b;
        for (int words = 0; words < 3; ++words) {
          const size_t we = CapitalisedWordAfter(text, e);
          if (we == e) break;
          e = we;
          if (e + 1 < text.size() && text[e] == ' ' && IsCapitalByte(text[e + 1])) ++e;
        }
        if (e > b && QuoteClosesAt(text, e) && aged_name(b, e)) {
          added.push_back(Finding{b, e, Kind::kPerson, "COORDINATED", f.confidence, "link"});
        }
      }
      // "Tamar (Keti) Gogua", "Soslan ('Sosik') Melkonyan", 'Ani "Anush"
      // Sargsyan': a given name of one word, a nickname of one capitalised
      // word in parentheses or quotes, and one capitalised word after it (the
      // family name), not before another capitalised word: the nickname and
      // the family name are the person's, when each is name_shaped (the
      // tagger reads such a family name as a place, however surely).
      // AddParenthesisedNameForms reads the parentheses' case after a sure
      // name only; this reads it after any, and in quotes.
      if (f.size() >= 3 && text.substr(f.begin, f.size()).find(' ') == std::string_view::npos) {
        size_t b = 0, close = 0;
        if (text.compare(f.end, 3, " ('") == 0) {
          b = f.end + 3;
        } else if (text.compare(f.end, 2, " (") == 0) {
          b = f.end + 2;
        } else if (const size_t open = QuoteOpensAt(text, f.end); open != 0) {
          b = f.end + open;
        }
        const size_t e = b == 0 ? 0 : CapitalisedWordAfter(text, b);
        if (e > b) {
          if (text[b - 1] == '\'') {
            close = text.compare(e, 2, "')") == 0 ? 2 : 0;
          } else if (text[b - 1] == '(') {
            close = text.compare(e, 1, ")") == 0 ? 1 : 0;
          } else {
            close = QuoteLengthAt(text, e, kClosingQuotes);
          }
        }
        const size_t sb = e + close + 1;
        if (close > 0 && sb < text.size() && text[sb - 1] == ' ') {
          const size_t se = CapitalisedWordAfter(text, sb);
          const bool alone =
              se >= text.size() || text[se] != ' ' || se + 1 >= text.size() || !IsCapitalByte(text[se + 1]);
          if (se > sb && alone && name_shaped(b, e) && name_shaped(sb, se)) {
            added.push_back(Finding{b, e, Kind::kPerson, "COORDINATED", f.confidence, "link"});
            added.push_back(Finding{sb, se, Kind::kPerson, "COORDINATED", f.confidence, "link"});
          }
        }
      }
      // "Rafiq urf Babu", "Ahmed alias Hama", "NUR MOHAMMAD @ KALU": one to
      // three capitalised words after a word for "alias" (the Urdu " urf ")
      // or, between names in capitals, after " @ " (police lists of South
      // Asia; "his uncle Roba @ Bubisa" is "at") are another name of the
      // person, when no reading of 0.5 or more lies over them.
      // "« Gros Bébé » = Serge Yambélé": in a key of nicknames, " = " after
      // the name (and its closing quote) gives another name of the person.
      const size_t after_quote = f.end + QuoteLengthAt(text, f.end, kClosingQuotes);
      for (std::string_view joint : {" @ ", " urf ", " alias ", " aka ", " = "}) {
        const size_t at = joint == " = " ? after_quote : f.end;
        if (text.compare(at, joint.size(), joint) != 0) continue;
        const size_t b = at + joint.size();
        size_t e = b;
        for (int words = 0; words < 3; ++words) {
          const size_t we = CapitalisedWordAfter(text, words == 0 ? b : e + 1);
          if (we == (words == 0 ? b : e + 1)) break;
          e = we;
          if (e + 1 >= text.size() || text[e] != ' ' || !IsCapitalByte(text[e + 1])) break;
        }
        const auto in_capitals = [&](size_t from, size_t to) {
          return std::none_of(text.begin() + from, text.begin() + to, [](char c) { return c >= 'a' && c <= 'z'; });
        };
        // A key's value of digits or capitals is a code ("G-14", "LBN-ZAH-0412").
        const bool lettered = std::any_of(text.begin() + b, text.begin() + e, [](char c) { return c >= 'a' && c <= 'z'; }) &&
                              std::none_of(text.begin() + b, text.begin() + e, [](char c) { return c >= '0' && c <= '9'; });
        if (e > b && aged_name(b, e) && (joint != " = " || lettered) &&
            (joint != " @ " || (in_capitals(f.begin, f.end) && in_capitals(b, e)))) {
          added.push_back(Finding{b, e, Kind::kPerson, "COORDINATED", f.confidence, "link"});
        }
        break;
      }
      // "[Nigar Hasanli / Hasanova]", "Oleksandr / Sanya": one or two
      // capitalised words after " / " are another spelling or a nickname of
      // the name, when each is a variant_name that shares its first three
      // letters with a word of the name or is a listed name, and they end a
      // clause, a bracket or another " / ".
      if (text.compare(f.end, 3, " / ") == 0 || (text.compare(f.end, 1, "/") == 0 && f.end + 1 < text.size() &&
                                                 IsCapitalByte(text[f.end + 1]))) {
        const size_t b = f.end + (text[f.end] == ' ' ? 3 : 1);
        // A spelling shares its first three letters with a word of the
        // name ("Hasanli / Hasanova"); a nickname is a listed name ("Sanya");
        // not a language or an agency ("Amharic", "MChS").
        const auto spelling = [&](size_t wb, size_t we) {
          if (!variant_name(wb, we)) return false;
          if (std::any_of(text.begin() + wb + 1, text.begin() + we,
                          [](char c) { return c >= 'A' && c <= 'Z'; })) {
            return false;
          }
          if (IsNameWord(text.substr(wb, we - wb))) return true;
          for (size_t p = f.begin; p + 3 <= f.end; ++p) {
            if ((p == f.begin || text[p - 1] == ' ') && text.compare(p, 3, text.substr(wb, 3)) == 0) return true;
          }
          return false;
        };
        size_t e = CapitalisedWordAfter(text, b);
        bool names = e > b && spelling(b, e);
        if (names && e + 1 < text.size() && text[e] == ' ') {
          if (const size_t e2 = CapitalisedWordAfter(text, e + 1); e2 > e + 1) {
            names = spelling(e + 1, e2);
            e = e2;
          }
        }
        const bool ends = e < text.size() && (EndsConjunct(text, e) || text[e] == ']' || text.compare(e, 3, " / ") == 0);
        if (names && ends && !read_elsewhere_as(b, e, 0.9f, false)) {
          added.push_back(Finding{b, e, Kind::kPerson, "COORDINATED", f.confidence, "link"});
        }
      }
      // "Ghasemzadeh is also written Qasemzadeh and Ghasem-Zadeh", "Kurbanbaev
      // (also Qurbanbaev in Karakalpak spelling)": the capitalised words
      // after such words, one or two at a time joined by " and ", " or " or
      // ", ", are other spellings of the name (variant_name each).
      if (const size_t joint = VariantJointAt(text, f.end); joint > 0) {
        size_t b = f.end + joint;
        for (int names = 0; names < 3; ++names) {
          size_t e = CapitalisedWordAfter(text, b);
          if (e == b || !variant_name(b, e) || read_elsewhere_as(b, e, 0.9f, false)) break;
          added.push_back(Finding{b, e, Kind::kPerson, "COORDINATED", f.confidence, "link"});
          size_t next = e;
          for (std::string_view sep : {" and ", " or ", ", ", " / "}) {
            if (text.compare(e, sep.size(), sep) == 0) {
              next = e + sep.size();
              break;
            }
          }
          if (next == e) break;
          b = next;
        }
      }
      // "Rosa Elvira Tovar (la Chata)": a Spanish or Portuguese article in
      // small letters and one or two capitalised words alone in parentheses
      // right after the name are the person's nickname, unless the whole
      // names a known place ("(la Paz)").
      if (text.compare(f.end, 2, " (") == 0) {
        for (std::string_view article : {"la ", "el ", "o ", "a "}) {
          if (text.compare(f.end + 2, article.size(), article) != 0) continue;
          const size_t b = f.end + 2 + article.size();
          size_t e = CapitalisedWordAfter(text, b);
          if (e > b && e + 1 < text.size() && text[e] == ' ') {
            if (const size_t e2 = CapitalisedWordAfter(text, e + 1); e2 > e + 1) e = e2;
          }
          if (e > b && e < text.size() && text[e] == ')' && variant_name(b, e) &&
              !IsKnownPlace(text.substr(f.end + 2, e - f.end - 2)) && !read_elsewhere_as(b, e, 0.9f, false)) {
            added.push_back(Finding{b, e, Kind::kPerson, "COORDINATED", f.confidence, "link"});
          }
          break;
        }
      }
      // '"Junior" = en fait Jean-Baptiste DOUMTA': one to three capitalised
      // words in quotes before " = " (and "en fait", "in fact", "real
      // name", ...) and the name are the person's nickname.
      if (const size_t eq = EqualsBefore(text, f.begin); eq < f.begin) {
        const size_t close = QuoteLengthBefore(text, eq, kClosingQuotes);
        const size_t e = eq - close;
        size_t b = e;
        for (int words = 0; close > 0 && words < 3; ++words) {
          const size_t wb = CapitalisedWordBefore(text, b);
          if (wb == b) break;
          b = wb;
          if (QuoteLengthBefore(text, b, kOpeningQuotes) > 0 || b < 2 || text[b - 1] != ' ') break;
          --b;
        }
        if (b < e && text[b] == ' ') ++b;
        if (b < e && QuoteLengthBefore(text, b, kOpeningQuotes) > 0 && aged_name(b, e)) {
          added.push_back(Finding{b, e, Kind::kPerson, "COORDINATED", f.confidence, "link"});
        }
      }
      // "Débrief w/ Thérèse + Dieudonné (sécu)": in notes, " + " joins
      // people; a conjunct of one word (or two after it: "Simon + Atim
      // Esther)") after it, or of one word before it, is another
      // person when it is an other_name the text reads nowhere as a place
      // at 0.5 or more, the pair ends a clause (EndsConjunct; "Matta +
      // Kabal 15-17 Oct": villages) and the list follows no word before
      // places ("heard from Harshin + Awbare + Amina").
      if (text.compare(f.end, 3, " + ") == 0) {
        const size_t b = f.end + 3;
        size_t e = CapitalisedWordAfter(text, b);
        // A second word of the name ("Lokol Simon + Atim Esther)").
        if (e > b && e + 1 < text.size() && text[e] == ' ') {
          if (const size_t e2 = CapitalisedWordAfter(text, e + 1); e2 > e + 1 && other_name(e + 1, e2)) e = e2;
        }
        if (e > b && EndsConjunct(text, e) && other_name(b, e) && !surely_a_place(b, e) &&
            !OneOf(kBeforePlaces, LowerWordBefore(text, PlusListStart(text, f.begin)))) {
          added.push_back(Finding{b, e, Kind::kPerson, "COORDINATED", f.confidence, "link"});
        }
      }
      if (f.begin >= 4 && text.compare(f.begin - 3, 3, " + ") == 0) {
        const size_t end = f.begin - 3;
        const size_t b = CapitalisedWordBefore(text, end);
        const bool single = b == 0 || text[b - 1] != ' ' || CapitalisedWordBefore(text, b - 1) == b - 1;
        if (b < end && single && EndsConjunct(text, f.end) && other_name(b, end) && !surely_a_place(b, end) &&
            !OneOf(kBeforePlaces, LowerWordBefore(text, PlusListStart(text, b)))) {
          added.push_back(Finding{b, end, Kind::kPerson, "COORDINATED", f.confidence, "link"});
        }
      }
      // "with Tursunoy and our driver Nasrullah": W, " and ", a possessive or
      // "the", one word in small letters, then f.
      if (const size_t joint = AndPossessiveWordBefore(text, f.begin); joint != f.begin) {
        const size_t b = CapitalisedWordBefore(text, joint);
        const bool single = b == 0 || text[b - 1] != ' ' || CapitalisedWordBefore(text, b - 1) == b - 1;
        if (b < joint && single && acceptable(b, joint)) {
          added.push_back(Finding{b, joint, Kind::kPerson, "COORDINATED", f.confidence, "link"});
        }
      }
      for (std::string_view sep : kSeparators) {
        // Before: "W<sep>f".
        if (f.begin >= sep.size() && text.compare(f.begin - sep.size(), sep.size(), sep) == 0) {
          if (sep == ", " && !ListGoesOn(text, f.end)) break;  // "Meanwhile, Karim said"
          const size_t end = f.begin - sep.size();
          const size_t b = CapitalisedWordBefore(text, end);
          // A one-word conjunct: no capitalised word right before it.
          const bool single = b == 0 || text[b - 1] != ' ' || CapitalisedWordBefore(text, b - 1) == b - 1;
          if (b < end && single && acceptable(b, end)) {
            added.push_back(Finding{b, end, Kind::kPerson, "COORDINATED", f.confidence, "link"});
          }
          break;
        }
      }
      for (std::string_view sep : kSeparators) {
        // After: "f<sep>W", W a one-word conjunct (no capitalised word after it).
        if (text.compare(f.end, sep.size(), sep) == 0) {
          const size_t b = f.end + sep.size();
          const size_t e = CapitalisedWordAfter(text, b);
          const bool single = e + 1 >= text.size() || text[e] != ' ' || CapitalisedWordAfter(text, e + 1) == e + 1;
          if (sep == ", " && !ListGoesOn(text, e)) break;  // "Karim, Police said"
          if (e > b && single && acceptable(b, e)) {
            added.push_back(Finding{b, e, Kind::kPerson, "COORDINATED", f.confidence, "link"});
          }
          break;
        }
      }
    }
    if (added.empty()) return;
    std::sort(added.begin(), added.end(), FindingLess);
    added.erase(std::unique(added.begin(), added.end(),
                            [](const Finding& a, const Finding& b) { return a.begin == b.begin && a.end == b.end; }),
                added.end());
    findings->insert(findings->end(), added.begin(), added.end());
  }
}

}  // namespace tearline::link_internal
