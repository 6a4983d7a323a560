#include "uncommon_names.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_map>

#include "common_words.h"
#include "finding_index.h"
#include "known_places.h"
#include "link_words.h"
#include "patronyms.h"
#include "place_names.h"
#include "tearline/protect.h"
#include "tearline/quasi.h"

namespace tearline::link_internal {
namespace {

bool HangsUnderListItem(std::string_view text, size_t line);  // below

// What may follow a name of running prose: ", " or a space and a small
// letter always; ". ", " (" and a sentence's last full stop (".\n", or "."
// ending the text) where the caller allows them.
enum ProseAfterName : unsigned { kCommaOrSmallWord = 0, kFullStop = 1, kParenthesis = 2, kLastFullStop = 4 };

bool GoesOnAsProse(std::string_view text, size_t name_end, unsigned also) {
  const std::string_view after = name_end <= text.size() ? text.substr(name_end, 2) : std::string_view();
  if (after == ", " || after == "; " || (after.size() == 2 && after[0] == ' ' && IsAsciiLower(after[1]))) return true;
  if ((also & kFullStop) && after == ". ") return true;
  if ((also & kParenthesis) && after == " (") return true;
  return (also & kLastFullStop) && (after == ".\n" || after == ".");
}

// The ASCII word that ends one space before text[b] (WordBefore), not the
// end of a word joined by a hyphen or an apostrophe ("al-Mthokozisi").
std::string_view NameWordBefore(std::string_view text, size_t b) {
  const std::string_view word = WordBefore(text, b);
  if (word.empty()) return {};
  const size_t a = static_cast<size_t>(word.data() - text.data());
  return a > 0 && IsJoiner(text[a - 1]) && JoinsAt(text, a - 1) ? std::string_view() : word;
}

bool WrittenLike(std::string_view word, std::string_view finding) {
  if (word.size() < 3 || !IsAsciiUpper(word[0])) return false;
  const bool caps = finding.size() >= 2 && IsAsciiUpper(finding[0]) && IsAsciiUpper(finding[1]);
  for (size_t i = 1; i < word.size(); ++i) {
    if (caps ? !IsAsciiUpper(word[i]) : !IsAsciiLower(word[i])) return false;
  }
  return IsAsciiUpper(finding[0]);
}

constexpr std::array<std::string_view, 5> kPlaceWords = {"in", "at", "from", "to", "near"};

}  // namespace

void ExtendOverUncommonNameWords(std::string_view text, float min_confidence, std::vector<Finding>* findings) {
  std::vector<std::pair<size_t, size_t>> widen;  // (finding, new begin)
  for (size_t i = 0; i < findings->size(); ++i) {
    const Finding& f = (*findings)[i];
    if (f.kind != Kind::kPerson || f.confidence < min_confidence || f.detector == "script") continue;
    const std::string_view word = NameWordBefore(text, f.begin);
    if (word.empty() || !WrittenLike(word, text.substr(f.begin, f.size()))) continue;
    const size_t b = static_cast<size_t>(word.data() - text.data());
    // A given name that is an English word is a name here ("Patience
    // Mbambu", "Gift Lado"); not "Welcome", a greeting as often ("Welcome
    // Tendai").
    const bool word_name = IsWordGivenName(word) && word != "Welcome" && word != "WELCOME";
    if ((IsCommonWord(word) && !word_name) || IsGenericNameWord(word) || IsTitleWord(word) || IsPlacePrefix(word)) {
      continue;
    }
    if (FollowsPlacePrefix(text, b)) continue;
    std::array<char, 8> buf;
    if (OneOf(kPlaceWords, LowerAsciiInto(WordBefore(text, b), buf))) continue;
    widen.push_back({i, b});
  }
  if (widen.empty()) return;
  // Built only for the few candidates: no other finding may touch the word,
  // but a weak place or organisation reading over the word and the whole
  // name (the tagger saw one entity there, of the wrong kind: "Zeinabou
  // Amadou" read as a place at 0.498 where "Amadou" is a name).
  const FindingIndex index(*findings);
  for (const auto& candidate : widen) {
    const size_t i = candidate.first, b = candidate.second;
    const Finding& f = (*findings)[i];
    const size_t word_end = f.begin - 1;
    const bool free = index.ForEachOver(b, word_end, [&](const Finding& g) {
      return (g.kind == Kind::kLoc || g.kind == Kind::kOrg) && g.confidence < kWeakPerson && g.begin <= b &&
             g.end >= f.end;
    });
    if (free) (*findings)[i].begin = b;
  }
}

namespace {

// The length of the capital letter that ends at text[.., e): 1 for A-Z, 2
// for a Latin-1 capital in UTF-8 ("Á", "Ñ"; not "×"), 0 for none.
size_t CapitalLetterBefore(std::string_view text, size_t e) {
  if (e >= 1 && text[e - 1] >= 'A' && text[e - 1] <= 'Z') return 1;
  if (e >= 2 && static_cast<unsigned char>(text[e - 2]) == 0xC3) {
    const auto c = static_cast<unsigned char>(text[e - 1]);
    if (c >= 0x80 && c <= 0x9E && c != 0x97) return 2;
  }
  return 0;
}

// The start of the family name in capitals that ends at text[.., e): words
// of capitals (Latin-1 ones too: "SULBARÁN"), up to four, one space between
// ("GONZÁLEZ DE LOS RÍOS"); e when there is none.
size_t CapitalsSurnameStart(std::string_view text, size_t e) {
  size_t b = e;
  for (int words = 0; words < 4; ++words) {
    size_t w = b;
    while (const size_t len = CapitalLetterBefore(text, w)) w -= len;
    if (w == b) break;
    b = w;
    if (b < 2 || text[b - 1] != ' ' || CapitalLetterBefore(text, b - 1) == 0) break;
    --b;
  }
  return b;
}

// Whether text[b, e) is a family name in capitals that opens a line or a list
// item ("ABAKAR" of "1. ABAKAR, Ibrahim Haroun", "SULBARÁN, Dolores", "5
// KONG, Peter Tut"): four capitals or more, one of them a vowel (a Latin-1
// capital counts as one, but "Ñ" and "Ç"), no organisation's abbreviation
// nor a common word.
bool CapitalsSurnameOpeningItem(std::string_view text, size_t b, size_t e) {
  if (e - b < 4) return false;
  size_t vowels = 0, letters = 0;
  for (size_t k = b; k < e; ++k) {
    const auto c = static_cast<unsigned char>(text[k]);
    if (c == ' ') continue;
    if (c == 0xC3 && k + 1 < e) {
      const auto d = static_cast<unsigned char>(text[++k]);
      vowels += d != 0x91 && d != 0x87;
      ++letters;
      continue;
    }
    if (c < 'A' || c > 'Z') return false;
    ++letters;
    vowels += c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U' || c == 'Y';
  }
  if (letters < 4 || vowels == 0) return false;
  // Each word no common word, abbreviation or town ("KABUL OFFICE",
  // "REPORTED BY ABAKAR" are none), but the particles between family names.
  static constexpr std::string_view kParticles[] = {"DA", "DAS", "DE", "DEL", "DO", "DOS", "LA", "LAS", "LOS"};
  for (size_t w = b; w < e;) {
    size_t we = text.substr(0, e).find(' ', w);
    if (we == std::string_view::npos) we = e;
    const std::string_view word = text.substr(w, we - w);
    const bool particle = OneOf(kParticles, word);
    if (particle ? w == b || we == e
                 : IsNoPersonAbbreviation(word) || IsCommonWord(word) || (w > b && IsKnownTown(word))) {
      return false;
    }
    w = we + 1;
  }
  size_t m = b;
  while (m > 0 && (text[m - 1] == ' ' || text[m - 1] == '\t')) --m;
  while (m > 0 && (std::isdigit(static_cast<unsigned char>(text[m - 1])) || text[m - 1] == '.' || text[m - 1] == ')' ||
                   text[m - 1] == '-' || text[m - 1] == '*')) {
    --m;
  }
  while (m > 0 && (text[m - 1] == ' ' || text[m - 1] == '\t')) --m;
  return m == 0 || text[m - 1] == '\n';
}

}  // namespace

void RaiseWeakNamesBesideNames(std::string_view text, float min_confidence, std::vector<Finding>* findings) {
  constexpr float kWeakest = 0.3f;
  std::vector<Finding>& all = *findings;
  // "1. ABAKAR, Ibrahim Haroun": a surname in capitals that opens a list
  // item before ", " and a name is that person's, when nothing reads it but
  // the tagger, weakly, as an organisation or a place (then raised below
  // like "KOLLIE, Faith").
  std::vector<Finding> surnames;
  for (const Finding& g : all) {
    if (g.kind != Kind::kPerson || g.confidence < min_confidence || g.begin < 6 || g.end > text.size() ||
        text.compare(g.begin - 2, 2, ", ") != 0 ||
        !std::any_of(text.begin() + g.begin, text.begin() + g.end, [](char c) { return c >= 'a' && c <= 'z'; })) {
      continue;
    }
    const size_t e = g.begin - 2;
    const size_t b = CapitalsSurnameStart(text, e);
    if (!CapitalsSurnameOpeningItem(text, b, e) || IsKnownTown(text.substr(b, e - b))) continue;
    const bool only_weak_readings = std::all_of(all.begin(), all.end(), [&](const Finding& f) {
      return f.end <= b || f.begin >= e ||
             (f.begin == b && f.end == e && f.detector == "tagger" && f.confidence < kWeakPerson &&
              (f.kind == Kind::kOrg || f.kind == Kind::kLoc || f.kind == Kind::kPerson));
    });
    if (only_weak_readings) surnames.push_back(Finding{b, e, Kind::kPerson, "", min_confidence, "link"});
  }
  for (const Finding& n : surnames) {
    std::erase_if(all, [&](const Finding& f) { return f.begin == n.begin && f.end == n.end && f.detector == "tagger"; });
  }
  all.insert(all.end(), surnames.begin(), surnames.end());
  // "| Huamán Quispe, Rosmery      |": one or two capitalised words after a
  // name at min_confidence and ", " that end a table's cell (before two
  // spaces or more and '|', or a tab) are that person's given
  // names, read or not (the tagger's reading of a cell's last word may fall
  // below any threshold), unless a finding other than a weak tagger's
  // reading covers them or a word is a common English word, a generic word,
  // a title or a town of the gazetteer.
  std::vector<Finding> given;
  for (const Finding& f : all) {
    if (f.kind != Kind::kPerson || f.confidence < min_confidence || f.detector == "script" || f.end + 4 > text.size() ||
        text.compare(f.end, 2, ", ") != 0) {
      continue;
    }
    const size_t b = f.end + 2;
    size_t e = b;
    bool ok = true;
    for (int words = 0; words < 2 && ok; ++words) {
      if (e >= text.size() || !IsCapitalByte(text[e])) {
        ok = words > 0;
        break;
      }
      size_t we = e + 1;
      while (we < text.size() && (IsAsciiLower(text[we]) || static_cast<unsigned char>(text[we]) >= 0x80)) ++we;
      const std::string_view word = text.substr(e, we - e);
      ok = we - e >= 3 && !IsCommonWord(word) && !IsGenericNameWord(word) && !IsTitleWord(word) && !IsKnownTown(word);
      e = we;
      if (ok && e + 1 < text.size() && text[e] == ' ' && IsCapitalByte(text[e + 1])) ++e;
      else break;
    }
    if (!ok || e == b) continue;
    size_t a = e;
    while (a < text.size() && text[a] == ' ') ++a;
    // Not "Name, Place" at the end of a line of prose: a cell's end.
    const bool cell_end = a < text.size() && (text[a] == '\t' || (text[a] == '|' && a >= e + 2));
    if (!cell_end) continue;
    const bool only_weak = std::all_of(all.begin(), all.end(), [&](const Finding& g) {
      return g.end <= b || g.begin >= e || (g.detector == "tagger" && g.confidence < kWeakPerson);
    });
    if (only_weak) given.push_back(Finding{b, e, Kind::kPerson, "", min_confidence, "link"});
  }
  all.insert(all.end(), given.begin(), given.end());
  // "Marie-Lourdes Jean-Baptiste": a weak place reading of given names (every
  // word, or hyphenated part, a given or family name of the lexicons; no
  // city of the gazetteer) right before a space and a name at
  // min_confidence is a person's reading, raised below with the names
  // beside names. Not after a word of place ("from Gode Abdi said").
  static constexpr std::string_view kLocatives[] = {"a",  "at",   "de",     "desde", "du",   "em",  "en",
                                                    "from", "hacia", "in", "near", "para", "to", "vers"};
  std::vector<size_t> person_begins;
  for (const Finding& f : all) {
    if (f.kind == Kind::kPerson && f.confidence >= min_confidence) person_begins.push_back(f.begin);
  }
  std::sort(person_begins.begin(), person_begins.end());
  for (Finding& g : all) {
    if (g.kind != Kind::kLoc || g.detector != "tagger" || g.confidence >= kWeakPerson || g.end + 1 >= text.size() ||
        text[g.end] != ' ' || !std::binary_search(person_begins.begin(), person_begins.end(), g.end + 1)) {
      continue;
    }
    const std::string_view span = text.substr(g.begin, g.size());
    bool names = !span.empty() && !IsGazetteerPlace(span);
    for (size_t w = 0; names && w < span.size();) {
      const size_t we = std::min(span.find_first_of(" -", w), span.size());
      names = we > w && IsNameWord(span.substr(w, we - w));
      w = we + 1;
    }
    if (!names || OneOf(kLocatives, LowerWordBefore(text, g.begin))) continue;
    g.kind = Kind::kPerson;
    g.subkind = {};
  }
  std::vector<size_t> persons;
  for (size_t i = 0; i < all.size(); ++i) {
    const Finding& f = all[i];
    if (f.kind == Kind::kPerson && f.confidence >= kWeakest && f.detector != "script" && f.size() > 0) {
      persons.push_back(i);
    }
  }
  std::sort(persons.begin(), persons.end(), [&](size_t a, size_t b) { return all[a].begin < all[b].begin; });
  const auto beside = [&](const Finding& left, const Finding& right) {
    if (right.begin < left.end) return false;
    std::string_view gap = text.substr(left.end, right.begin - left.end);
    // An age or a note in parentheses after the left name: "Kila (approx 10)
    // and" (without one, AddCoordinatedNames reads "A and B").
    if (gap.size() >= 3 && gap[0] == ' ' && gap[1] == '(') {
      const size_t close = gap.find(')');
      if (close == std::string_view::npos || close > 24 || gap.substr(0, close).find('\n') != std::string_view::npos) {
        return false;
      }
      gap.remove_prefix(close + 1);
      return gap == " " || gap == ", " || gap == " and " || gap == " & ";
    }
    return gap == " " || gap == ", ";
  };
  // A name of running prose cut by a hard line break: "my wife, Mebrat\nHaile,
  // and our daughter" (the left name after lower-case words on its line, the
  // right one followed by ", " or a space and a lower-case word).
  const auto wrapped = [&](const Finding& left, const Finding& right) {
    if (right.begin < left.end) return false;
    std::string_view gap = text.substr(left.end, right.begin - left.end);
    const size_t line = LineStart(text, left.begin);
    // The next line's indentation, when it hangs under an indented line, a
    // list item or a log's entry (HangsUnderListItem).
    const size_t indent = gap.size() - std::min(gap.size(), gap.find_last_not_of(" \t") + 1);
    if (indent > 0 && indent <= 16 && HangsUnderListItem(text, line)) gap.remove_suffix(indent);
    if (gap != "\n" && gap != "\r\n") return false;
    const bool prose_before = std::any_of(text.begin() + line, text.begin() + left.begin,
                                          [](char c) { return c >= 'a' && c <= 'z'; });
    return prose_before && GoesOnAsProse(text, right.end, kCommaOrSmallWord);
  };
  const auto weak = [&](const Finding& w) { return w.confidence < min_confidence && IsCapitalByte(text[w.begin]); };
  const auto strong = [&](const Finding& s) { return s.confidence >= min_confidence; };
  // Other readings may start between the two (a shorter reading of the
  // strong name): the neighbours are looked for among the readings that
  // start near.
  constexpr size_t kLongestName = 200, kLongestGap = 32;
  for (size_t k = 0; k < persons.size(); ++k) {  // after a name, in text order: chains grow rightwards
    Finding& w = all[persons[k]];
    if (!weak(w)) continue;
    for (size_t j = k; j-- > 0 && all[persons[j]].begin + kLongestName > w.begin;) {
      if (strong(all[persons[j]]) && (beside(all[persons[j]], w) || wrapped(all[persons[j]], w))) {
        w.confidence = min_confidence;
        break;
      }
    }
  }
  for (size_t k = persons.size(); k-- > 0;) {  // before a name, in reverse: chains grow leftwards
    Finding& w = all[persons[k]];
    if (!weak(w)) continue;
    for (size_t j = k + 1; j < persons.size() && all[persons[j]].begin <= w.end + kLongestGap; ++j) {
      if (strong(all[persons[j]]) && beside(w, all[persons[j]])) {
        w.confidence = min_confidence;
        break;
      }
    }
  }
}

void RaiseWeakWordsBesideMentions(std::string_view text, float min_confidence, std::vector<Finding>* findings) {
  constexpr float kFloor = 0.1f;
  std::vector<Finding>& all = *findings;
  std::vector<size_t> weak;
  for (size_t i = 0; i < all.size(); ++i) {
    const Finding& f = all[i];
    if (f.kind == Kind::kPerson && f.detector == "tagger" && f.confidence >= kFloor && f.confidence < min_confidence &&
        f.end < text.size() && f.size() >= 3 && IsAsciiUpper(text[f.begin]) &&
        text.substr(f.begin, f.size()).find(' ') == std::string_view::npos) {
      weak.push_back(i);
    }
  }
  if (weak.empty()) return;
  // The mentions resolve added (propagated or read by a rule), by their ends
  // and their starts.
  std::unordered_map<size_t, size_t> by_end, by_begin;
  for (size_t i = 0; i < all.size(); ++i) {
    const Finding& f = all[i];
    if (f.kind != Kind::kPerson || f.detector != "link" || f.confidence < min_confidence) continue;
    by_end.emplace(f.end, i);
    by_begin.emplace(f.begin, i);
  }
  if (by_end.empty()) return;
  const FindingIndex index(all);
  std::vector<std::pair<size_t, int>> raised;  // (weak finding, entity)
  for (size_t i : weak) {
    const Finding& w = all[i];
    const std::string_view word = text.substr(w.begin, w.size());
    if (IsCommonWord(word) || IsGenericNameWord(word) || IsTitleWord(word) || IsKnownTown(word)) continue;
    const auto left = w.begin >= 2 && text[w.begin - 1] == ' ' ? by_end.find(w.begin - 1) : by_end.end();
    const auto right = text[w.end] == ' ' ? by_begin.find(w.end + 1) : by_begin.end();
    const size_t n = left != by_end.end() ? left->second : right != by_begin.end() ? right->second : all.size();
    if (n == all.size()) continue;
    // Nothing else reads the word: only the tagger, weakly.
    const bool alone = index.ForEachOver(w.begin, w.end, [&](const Finding& g) {
      return g.detector == "tagger" && g.confidence < kWeakPerson;
    });
    if (alone) raised.emplace_back(i, all[n].entity);
  }
  for (const auto& [i, entity] : raised) {
    all[i].confidence = min_confidence;
    all[i].entity = entity;
  }
}

namespace {

// Whether the line that starts at text[line] is indented, opens with a
// list marker ("- ", "* ", "b) ", "12. ") or is a log's entry (a date or a
// time, then two spaces or a tab), so that an indented line after it
// continues it.
bool HangsUnderListItem(std::string_view text, size_t line) {
  if (line >= text.size()) return false;
  if (text[line] == ' ' || text[line] == '\t') return true;
  if (text.compare(line, 2, "- ") == 0 || text.compare(line, 2, "* ") == 0) return true;
  // A log's entry: a date or a time first, then two spaces or a tab before
  // its text within 24 bytes ("12 Mar 13:00  Family of the driver ...").
  if (text[line] >= '0' && text[line] <= '9') {
    const std::string_view head = text.substr(line, 24);
    const size_t nl = head.find('\n');
    const std::string_view first = head.substr(0, nl);
    if (first.find("  ") != std::string_view::npos || first.find('\t') != std::string_view::npos) return true;
  }
  size_t k = line;
  while (k < text.size() && k - line < 3 && (IsAsciiLower(text[k]) || (text[k] >= '0' && text[k] <= '9'))) ++k;
  return k > line && k + 1 < text.size() && (text[k] == ')' || text[k] == '.') && text[k + 1] == ' ';
}

// English days of the week and months, capitalised.
constexpr std::string_view kWeekdays[] = {"Friday", "Monday", "Saturday", "Sunday", "Thursday", "Tuesday", "Wednesday"};
constexpr std::string_view kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};

// Whether text[b, e) is an English day of the week followed by a date
// (", 28 May", ", May 28, 2006", " 14/05"): the date line under a name
// ("Hugh McGuire\nSunday, May 28, 2006"), no word of it.
bool WeekdayBeforeADate(std::string_view text, size_t b, size_t e) {
  if (!OneOf(kWeekdays, text.substr(b, e - b))) return false;
  size_t p = e;
  if (p < text.size() && text[p] == ',') ++p;
  if (p >= text.size() || text[p] != ' ') return false;
  ++p;
  if (p < text.size() && text[p] >= '0' && text[p] <= '9') return true;
  size_t q = p;
  while (q < text.size() && IsWordByte(text[q])) ++q;
  return OneOf(kMonths, text.substr(p, q - p));
}

}  // namespace

void AddNamesWrappedAfterNames(std::string_view text, float min_confidence, std::vector<Finding>* findings) {
  std::vector<size_t> starts;  // of the words to add
  for (const Finding& f : *findings) {
    if (!IsSurePerson(text, f, min_confidence)) continue;
    size_t b = f.end;
    if (b < text.size() && text[b] == '\r') ++b;
    if (b >= text.size() || text[b] != '\n') continue;
    ++b;
    const size_t line = LineStart(text, f.begin);
    // The next line's indentation, when it hangs under a list item or an
    // indented line ("b) Three brothers - ... Peter Lual\n    Gatkuoth
    // (killed"); after a line that opens at the margin it starts another item.
    if (HangsUnderListItem(text, line)) {
      for (size_t k = 0; k < 16 && b < text.size() && (text[b] == ' ' || text[b] == '\t'); ++k) ++b;
    }
    if (!std::any_of(text.begin() + line, text.begin() + f.begin, IsAsciiLower)) continue;
    starts.push_back(b);
  }
  if (starts.empty()) return;
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  std::vector<std::pair<size_t, size_t>> words;  // that may be names, before the index is built
  for (const size_t b : starts) {
    // "al-Sabawi": the article is part of the word.
    const size_t w = b + ArabicArticleLength(text.substr(b, 8));
    if (w >= text.size() || !IsAsciiUpper(text[w])) continue;
    // Small letters, ASCII or a Latin letter's two bytes ("Dékoa"), and a
    // second capitalised part after a hyphen ("Kongbo-Dékoa").
    size_t e = w + 1;
    while (e < text.size()) {
      if (IsAsciiLower(text[e])) {
        ++e;
      } else if (e + 1 < text.size() && static_cast<unsigned char>(text[e]) >= 0xC3 &&
                 static_cast<unsigned char>(text[e]) <= 0xC5 && (static_cast<unsigned char>(text[e + 1]) & 0xC0) == 0x80) {
        e += 2;
      } else if (text[e] == '-' && e + 2 < text.size() && IsAsciiUpper(text[e + 1]) &&
                 (IsAsciiLower(text[e + 2]) || static_cast<unsigned char>(text[e + 2]) >= 0xC3)) {
        e += 2;
      } else {
        break;
      }
    }
    if (e - w < 3) continue;
    // ASCII small letters only after the capital: no accent, no hyphen.
    const bool plain = std::all_of(text.begin() + w + 1, text.begin() + e, IsAsciiLower);
    if (!GoesOnAsProse(text, e, kFullStop | kParenthesis | kLastFullStop)) continue;
    // A word with an accent or a hyphen goes on with punctuation, not a
    // small word: "Kongbo-Dékoa, psychologue", not the role under a
    // signature, "Psicóloga clínica", "Chargée de protection".
    if (!plain && e < text.size() && text[e] == ' ' && e + 1 < text.size() && text[e + 1] != '(') continue;
    const std::string_view word = text.substr(w, e - w);
    if (IsCommonWord(word) || IsGenericNameWord(word) || IsTitleWord(word) || IsPlacePrefix(word) ||
        WeekdayBeforeADate(text, w, e)) {
      continue;
    }
    words.emplace_back(b, e);
  }
  if (words.empty()) return;
  const FindingIndex index(*findings);
  std::vector<Finding> added;
  for (const auto& [b, e] : words) {
    // A weak place reading of the tagger ("Gatkuoth" at 0.36) does not hold
    // the word, nor one below 0.7 of a word that is no known town
    // ("Tharshan" at 0.56 in "(son: Sivakumar\n  Tharshan, then 19)"); any
    // other finding does.
    const bool town = IsKnownTown(text.substr(b, e - b));
    const auto weak_place = [town](const Finding& g) {
      return g.kind == Kind::kLoc && g.detector == "tagger" && (g.confidence < kWeakPerson || (!town && g.confidence < 0.7f));
    };
    if (index.ForEachOver(b, e, weak_place)) {
      added.push_back(Finding{b, e, Kind::kPerson, "", min_confidence, "link"});
    }
  }
  findings->insert(findings->end(), added.begin(), added.end());
}

void AddNamesWrappedBeforeNames(std::string_view text, float min_confidence, std::vector<Finding>* findings) {
  // The names that open a line: a sure PERSON finding, or a word of one
  // that stands elsewhere ("Paluku" of "Paluku Musubaho", which linking
  // will find there).
  std::vector<std::pair<size_t, size_t>> names;
  for (const Finding& f : *findings) {
    if (IsSurePerson(text, f, min_confidence) && f.begin >= 6 && text[f.begin - 1] == '\n') names.emplace_back(f.begin, f.end);
  }
  const std::vector<std::string_view> name_words =
      SurePersonWords(text, *findings, min_confidence, 4, [](std::string_view w) { return IsAsciiUpper(w[0]); });
  if (name_words.empty()) return;
  for (size_t nl = text.find('\n'); nl != std::string_view::npos && nl + 1 < text.size(); nl = text.find('\n', nl + 1)) {
    const size_t b = nl + 1;
    if (b < 6 || !IsAsciiUpper(text[b])) continue;
    size_t e = b + 1;
    while (e < text.size() && (IsAsciiLower(text[e]) || static_cast<unsigned char>(text[e]) >= 0x80)) ++e;
    if (std::binary_search(name_words.begin(), name_words.end(), text.substr(b, e - b))) names.emplace_back(b, e);
  }
  std::vector<std::pair<size_t, size_t>> words;  // that may be names
  for (const auto& [name_begin, name_end] : names) {
    // The name goes on as prose: ", ", " (", ". " or a space and a
    // lower-case word after it.
    if (!GoesOnAsProse(text, name_end, kFullStop | kParenthesis)) continue;
    size_t e = name_begin - 1;
    if (text[e - 1] == '\r') --e;
    // The last word of the line before: a capital, then small letters
    // (ASCII or not: "Moïse"; hyphened parts alike: "Jean-Marie"), after a
    // space and a lower-case word or a label's colon.
    size_t w = e;
    while (true) {
      while (w > 0 && (IsAsciiLower(text[w - 1]) || static_cast<unsigned char>(text[w - 1]) >= 0x80)) --w;
      if (w == 0 || !IsAsciiUpper(text[w - 1])) break;
      --w;
      if (w < 2 || text[w - 1] != '-' || !(IsAsciiLower(text[w - 2]) || static_cast<unsigned char>(text[w - 2]) >= 0x80)) {
        break;
      }
      --w;
    }
    if (w == e || !IsAsciiUpper(text[w])) continue;
    // A line of wrapped prose, not a heading ("2. Arrivals from Bula Hawa
    // and Dolow\nHodan reported").
    const bool apposition = w >= 4 && text[w - 2] == ',' && IsAsciiLower(text[w - 3]);  // "The landlord, Ousseynou"
    if (e - w < 3 || w < 3 || text[w - 1] != ' ' ||
        !(IsAsciiLower(text[w - 2]) || text[w - 2] == ':' || text[w - 2] == '=' || apposition) ||
        e - LineStart(text, w) < 50) {
      continue;
    }
    const std::string_view word = text.substr(w, e - w);
    if (IsCommonWord(word) || IsGenericNameWord(word) || IsTitleWord(word) || IsPlacePrefix(word) ||
        IsKnownTown(word) || FollowsPlacePrefix(text, w)) {
      continue;
    }
    // Not after an article or a preposition ("Vrije Universiteit Amsterdam,
    // the Netherlands\nLotte Wilms").
    static constexpr std::string_view kNoNameBefore[] = {"at", "by", "from", "in", "near", "of", "the", "to"};
    if (OneOf(kNoNameBefore, LowerWordBefore(text, w))) continue;
    words.emplace_back(w, e);
  }
  if (words.empty()) return;
  const FindingIndex index(*findings);
  std::vector<Finding> added;
  for (const auto& word : words) {
    const size_t b = word.first;
    const size_t e = word.second;
    // Only weak readings of the tagger may cover the word ("Moïse" read as
    // a place at 0.20), or its reading of exactly the word as a place or an
    // organisation, however sure, when the word is no place of the gazetteer
    // ("Ousseynou" at 0.77).
    const bool no_known_place = !IsKnownPlace(text.substr(b, e - b));
    const auto weak = [&](const Finding& g) {
      return g.detector == "tagger" &&
             (g.confidence < kWeakPerson || (no_known_place && g.kind != Kind::kPerson && g.begin == b && g.end == e));
    };
    if (index.ForEachOver(b, e, weak)) added.push_back(Finding{b, e, Kind::kPerson, "", min_confidence, "link"});
  }
  std::sort(added.begin(), added.end(), [](const Finding& a, const Finding& b) { return a.begin < b.begin; });
  added.erase(std::unique(added.begin(), added.end(), [](const Finding& a, const Finding& b) { return a.begin == b.begin; }),
              added.end());
  findings->insert(findings->end(), added.begin(), added.end());
}

namespace {

// The end of the initials of the name text[nb, ne) at text[at]: one capital
// per capitalised word of the name (two to four of them, words of two
// letters or more), followed by ',' or a space (alone in the parenthesis,
// they define an abbreviation: AddAbbreviatedNames); or 0.
size_t NameInitialsEnd(std::string_view text, size_t nb, size_t ne, size_t at) {
  std::string initials;
  for (size_t b = nb; b < ne;) {
    size_t e = b;
    while (e < ne && text[e] != ' ') ++e;
    if (e - b >= 2 && IsAsciiUpper(text[b])) initials.push_back(text[b]);
    b = e + 1;
  }
  if (initials.size() < 2 || initials.size() > 4 || text.compare(at, initials.size(), initials) != 0) return 0;
  const size_t end = at + initials.size();
  if (end >= text.size() || (text[end] != ',' && text[end] != ' ')) return 0;
  return end;
}

// The end (before ')') of another spelling of the name text[nb, ne) in
// the parenthesis opening at text[at] ("Hadi Mohammed BAKHDAR (Hādī
// Muḥammad Bā Khaḍar)", "Khaled Omar BIN DAHMAN (Khālid ʿUmar bin
// Daḥmān)"): two to five words joined by single spaces, lower-case
// particles or words that open with a capital (any script's letter after
// an optional 'ayn or hamza sign), at least two of the latter, the first of
// which has the transliteration skeleton (NameSkeleton) of the name's first
// word, of two letters or more, both words of Latin letters; or 0.
size_t OtherSpellingEnd(std::string_view text, size_t nb, size_t ne, size_t at) {
  static constexpr std::string_view kParticles[] = {"al", "bin", "bint", "el", "ibn"};
  constexpr size_t kReach = 80;
  size_t p = at, capitalised = 0;
  std::string_view first_capitalised;
  for (int words = 0; words < 5; ++words) {
    size_t e = p;
    while (e < text.size() && e - at < kReach && text[e] != ' ' && text[e] != ')' && text[e] != '\n' &&
           text[e] != ',' && text[e] != '(') {
      ++e;
    }
    if (e == p || e >= text.size() || e - at >= kReach || (text[e] != ' ' && text[e] != ')')) return 0;
    const std::string_view word = text.substr(p, e - p);
    if (!OneOf(kParticles, word)) {
      size_t c = 0;
      // U+02BF and U+02BE ('ayn and hamza signs) before the first letter.
      if (word.size() > 2 && static_cast<unsigned char>(word[0]) == 0xCA &&
          (static_cast<unsigned char>(word[1]) == 0xBF || static_cast<unsigned char>(word[1]) == 0xBE)) {
        c = 2;
      }
      if (c >= word.size() || !(IsAsciiUpper(word[c]) || static_cast<unsigned char>(word[c]) >= 0xC3)) return 0;
      for (char ch : word) {
        if (ch >= '0' && ch <= '9') return 0;
      }
      if (capitalised++ == 0) first_capitalised = word;
    }
    if (text[e] == ')') {
      if (words < 1 || capitalised < 2) return 0;
      size_t name_first = nb;
      while (name_first < ne && text[name_first] != ' ') ++name_first;
      const std::string_view name_word = text.substr(nb, name_first - nb);
      // Words of Latin letters only (LatinFold reads them without ICU, and
      // NameSkeleton then builds no transliterator).
      if (LatinFold(name_word).empty() || LatinFold(first_capitalised).empty()) return 0;
      const std::string skeleton = NameSkeleton(name_word);
      return skeleton.size() >= 2 && skeleton == NameSkeleton(first_capitalised) ? e : 0;
    }
    p = e + 1;
  }
  return 0;
}

// The short name a parenthesis opening at text[at] defines for the name
// before it ("(en adelante MICR)", '(hereinafter "Rahim")', "(ci-après
// « JB »)"): after "hereinafter", "hereafter", "en adelante", "ci-après" or
// "a seguir", one to three words, quoted or not, the first capitalised and
// no common or generic word ('(hereinafter "the applicant")' defines
// none), then ')', ',' or ';' (capitals after the English words are
// AddAbbreviatedNames'); its [begin, end), or {0, 0}.
std::pair<size_t, size_t> DefinedShortName(std::string_view text, size_t at) {
  static constexpr std::string_view kLeads[] = {"hereinafter ", "hereafter ", "en adelante ",
                                                "ci-apr\xC3\xA8s ", "a seguir "};
  size_t p = at;
  bool english = false;
  for (std::string_view lead : kLeads) {
    if (text.compare(at, lead.size(), lead) == 0) {
      p = at + lead.size();
      english = lead[0] == 'h';
    }
  }
  if (p == at) return {0, 0};
  const size_t close = text.find_first_of("),;", p);
  if (close == std::string_view::npos || close - p > 40 || close == p) return {0, 0};
  size_t b = p, e = close;
  for (std::string_view quote : {std::string_view("\""), std::string_view("\xC2\xAB "), std::string_view("\xC2\xAB"),
                                 std::string_view("\xE2\x80\x9C")}) {
    if (text.compare(b, quote.size(), quote) == 0) {
      b += quote.size();
      break;
    }
  }
  while (e > b && (text[e - 1] == '"' || text[e - 1] == ' ' || static_cast<unsigned char>(text[e - 1]) >= 0x80)) {
    // A closing quote ('"', "»" = C2 BB, "”" = E2 80 9D): drop its bytes.
    if (text[e - 1] == '"' || text[e - 1] == ' ') {
      --e;
    } else if (e - b >= 2 && text.compare(e - 2, 2, "\xC2\xBB") == 0) {
      e -= 2;
    } else if (e - b >= 3 && text.compare(e - 3, 3, "\xE2\x80\x9D") == 0) {
      e -= 3;
    } else {
      break;
    }
  }
  if (e <= b || !IsAsciiUpper(text[b])) return {0, 0};
  const std::string_view inside = text.substr(b, e - b);
  if (std::count(inside.begin(), inside.end(), ' ') > 2 || inside.find('\n') != std::string_view::npos) return {0, 0};
  if (IsCommonWord(inside) || IsGenericNameWord(inside)) return {0, 0};
  // Capitals after the English words are AddAbbreviatedNames' ("(hereafter AQ, ...").
  if (english && std::all_of(inside.begin(), inside.end(), IsAsciiUpper)) return {0, 0};
  return {b, e};
}

}  // namespace

namespace {

// Whether skeletons a and b differ by one edit at most (a letter changed,
// added or dropped).
bool WithinOneEdit(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (i == a.size()) return true;  // the same, or b has one letter more at its end
  // Past the first difference: the rest after one changed letter, or after
  // the letter b has more.
  return a.substr(i + (a.size() == b.size() ? 1 : 0)) == b.substr(i + 1);
}

// Other spellings of one word of the name text[nb, ne) listed in the
// parentheses at text[p...]: one capitalised word, or several joined by " /
// ", then ')', each of four letters or more, no common word, generic word,
// title or town, whose transliteration skeleton (three letters or more) is
// one edit at most from a name word's ("Xidir (Khidher / Khdhir)"). Adds
// each to *added and returns true; false (nothing added) otherwise.
bool OtherSpellingsList(std::string_view text, size_t nb, size_t ne, size_t p, std::vector<Finding>* added,
                        float min_confidence) {
  std::vector<std::pair<size_t, size_t>> words;
  while (true) {
    if (p >= text.size() || !IsAsciiUpper(text[p])) return false;
    size_t e = p + 1;
    while (e < text.size() && (IsAsciiLower(text[e]) || static_cast<unsigned char>(text[e]) >= 0x80)) ++e;
    if (e - p < 4) return false;
    words.emplace_back(p, e);
    if (e < text.size() && text[e] == ')') {
      // "Xatûn (Khatoon) Shamo": a form between two parts of a name, which
      // the caller reads.
      if (e + 2 < text.size() && text[e + 1] == ' ' && IsAsciiUpper(text[e + 2])) return false;
      break;
    }
    if (text.compare(e, 3, " / ") != 0 || words.size() == 4) return false;
    p = e + 3;
  }
  std::vector<std::string> name_skeletons;
  for (size_t b = nb; b < ne;) {
    const size_t e = std::min(text.substr(0, ne).find(' ', b), ne);
    std::string sk = NameSkeleton(text.substr(b, e - b));
    if (sk.size() >= 3) name_skeletons.push_back(std::move(sk));
    b = e + 1;
  }
  if (name_skeletons.empty()) return false;
  for (const auto& [b, e] : words) {
    const std::string_view word = text.substr(b, e - b);
    if (IsCommonWord(word) || IsGenericNameWord(word) || IsKnownTown(word) || IsTitleWord(word)) return false;
    const std::string sk = NameSkeleton(word);
    if (sk.size() < 3 || std::none_of(name_skeletons.begin(), name_skeletons.end(),
                                      [&](const std::string& n) { return WithinOneEdit(n, sk); })) {
      return false;
    }
  }
  for (const auto& [b, e] : words) added->push_back(Finding{b, e, Kind::kPerson, "", min_confidence, "link"});
  return true;
}

// True if a finding of another kind than PERSON at 0.3 or more overlaps the
// word text[b, e), or a LOC or ORG finding at 0.5 or more anywhere is that
// word or holds it as a word ("Baro/Sobat", "Aden Hub").
bool ReadAsNonPerson(std::string_view text, const std::vector<Finding>& findings, size_t b, size_t e) {
  const std::string_view word = text.substr(b, e - b);
  for (const Finding& f : findings) {
    if (f.kind == Kind::kPerson) continue;
    if (f.begin < e && b < f.end && f.confidence >= 0.3f) return true;
    if ((f.kind != Kind::kLoc && f.kind != Kind::kOrg) || f.confidence < 0.5f || f.end > text.size()) continue;
    const std::string_view span = text.substr(f.begin, f.size());
    for (size_t at = span.find(word); at != std::string_view::npos; at = span.find(word, at + 1)) {
      const bool starts = at == 0 || !IsAsciiLower(span[at - 1]);
      const size_t end = at + word.size();
      const bool ends = end == span.size() || !(IsAsciiLower(span[end]) || static_cast<unsigned char>(span[end]) >= 0x80);
      if (starts && ends) return true;
    }
  }
  return false;
}

// Whether the capitalised word text[b, e) may be another form of a name in
// the parentheses after one: no common, title or group word, place, day or
// month, nor a word read as other than a person (ReadAsNonPerson).
bool MayBeNameForm(std::string_view text, const std::vector<Finding>& findings, size_t b, size_t e) {
  const std::string_view word = text.substr(b, e - b);
  return !IsCommonWord(word) && !IsTitleWord(word) && !IsGroupWord(word) && !IsKnownPlace(word) &&
         !OneOf(kWeekdays, word) && !OneOf(kMonths, word) && !ReadAsNonPerson(text, findings, b, e);
}

// The end of one capitalised word at text[b] (inner "'" or '-' before a
// letter allowed: "Sou'ad") that a note follows inside the parentheses: an
// age ("Sou'ad, 71)") or where it is so written ("Newal on PMM paper)",
// "Sharafeddine sur la carte d'identit\xC3\xA9, n\xC2\xB0 ...)", "Qudaih en la
// tarjeta UNRWA)"); no generic word, and MayBeNameForm. 0 if none.
size_t NotedNameFormEnd(std::string_view text, const std::vector<Finding>& findings, size_t b) {
  if (b >= text.size() || !IsAsciiUpper(text[b])) return 0;
  size_t e = b + 1;
  while (e < text.size() && (IsAsciiLower(text[e]) || static_cast<unsigned char>(text[e]) >= 0x80 ||
                             ((text[e] == '\'' || text[e] == '-') && e + 1 < text.size() &&
                              (IsAsciiLower(text[e + 1]) || IsAsciiUpper(text[e + 1]))))) {
    ++e;
  }
  if (e - b < 3) return 0;
  const size_t close = text.find(')', e);
  if (close == std::string_view::npos || close - e > 80 || text.find('\n', e) < close) return 0;
  bool noted = false;
  if (text.compare(e, 2, ", ") == 0) {
    size_t d = e + 2;
    while (d < close && d - e < 5 && text[d] >= '0' && text[d] <= '9') ++d;
    noted = d > e + 2 && d == close;
  }
  for (std::string_view on : {" on ", " in ", " sur ", " dans ", " en ", " na ", " no "}) {
    noted |= text.compare(e, on.size(), on) == 0;
  }
  if (!noted) return 0;
  return !IsGenericNameWord(text.substr(b, e - b)) && MayBeNameForm(text, findings, b, e) ? e : 0;
}

}  // namespace

void AddParenthesisedNameForms(std::string_view text, float min_confidence, std::vector<Finding>* findings) {
  std::vector<std::pair<size_t, size_t>> names;  // sure PERSON findings, by begin
  for (const Finding& f : *findings) {
    if (IsSurePerson(text, f, min_confidence)) names.emplace_back(f.begin, f.end);
  }
  if (names.empty()) return;
  std::sort(names.begin(), names.end());
  const auto same_ignoring_ascii_case = [](std::string_view a, std::string_view b) {
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return LowerAsciiByte(x) == LowerAsciiByte(y); });
  };
  std::vector<Finding> added;
  for (const auto& [nb, ne] : names) {
    if (text.compare(ne, 2, " (") != 0) continue;
    // "Amra Hodžić (AH, team lead)": the initials of the name's two to four
    // capitalised words, in capitals, then ',' or a space.
    if (const size_t e = NameInitialsEnd(text, nb, ne, ne + 2); e != 0) {
      added.push_back(Finding{ne + 2, e, Kind::kPerson, "INITIALS", min_confidence, "link"});
      continue;
    }
    if (const size_t e = OtherSpellingEnd(text, nb, ne, ne + 2); e != 0) {
      added.push_back(Finding{ne + 2, e, Kind::kPerson, "", min_confidence, "link"});
      continue;
    }
    if (const auto [b, e] = DefinedShortName(text, ne + 2); e != 0) {
      added.push_back(Finding{b, e, Kind::kPerson, "", min_confidence, "link"});
      continue;
    }
    if (OtherSpellingsList(text, nb, ne, ne + 2, &added, min_confidence)) continue;
    if (const size_t e = NotedNameFormEnd(text, *findings, ne + 2); e != 0) {
      added.push_back(Finding{ne + 2, e, Kind::kPerson, "", min_confidence, "link"});
      continue;
    }
    // One to three capitalised words (capital, then small letters, ASCII or
    // not; inner hyphens) and ')'.
    size_t p = ne + 2;
    const size_t words_begin = p;
    size_t words = 0, last_begin = p;
    bool ok = true;
    while (ok && words < 3) {
      if (p >= text.size() || !IsAsciiUpper(text[p])) {
        ok = false;
        break;
      }
      last_begin = p;
      size_t e = p + 1;
      while (e < text.size() && (IsAsciiLower(text[e]) || static_cast<unsigned char>(text[e]) >= 0x80 ||
                                 (text[e] == '-' && e + 1 < text.size() && IsAsciiUpper(text[e + 1])))) {
        ++e;
      }
      if (e - p < 3) ok = false;
      ++words;
      p = e;
      if (ok && p < text.size() && text[p] == ')') break;
      if (ok && (p >= text.size() || text[p] != ' ')) ok = false;
      ++p;
    }
    if (!ok || p >= text.size() || text[p] != ')') continue;
    const size_t words_end = p;
    const std::string_view inside = text.substr(words_begin, words_end - words_begin);
    if (IsCommonWord(inside) || IsGenericNameWord(inside) || IsKnownTown(inside)) continue;
    bool form = false;
    if (words >= 2) {
      // "D. SLEMAN (Dilshad Sleman)": its last word is the name's last.
      const std::string_view name = text.substr(nb, ne - nb);
      const size_t space = name.rfind(' ');
      const std::string_view name_last = name.substr(space == std::string_view::npos ? 0 : space + 1);
      const std::string_view last = text.substr(last_begin, words_end - last_begin);
      // Not a place's name ("Karen State (Kayin State)").
      static constexpr std::string_view kPlaceHeads[] = {"camp",     "city",   "county", "district", "division",
                                                         "province", "region", "state",  "town",     "village"};
      std::array<char, 16> buf;
      form = same_ignoring_ascii_case(name_last, last) && !OneOf(kPlaceHeads, LowerAsciiInto(last, buf));
    } else if (words_end + 2 < text.size() && text[words_end + 1] == ' ' && IsAsciiUpper(text[words_end + 2])) {
      // "Xatûn (Khatoon) Shamo": one word between two parts of a name, the
      // second found or a capitalised word that ends the name (no common
      // word, generic word or town; ", ", ". " or a lower-case word after).
      const size_t b2 = words_end + 2;
      const auto next = std::lower_bound(names.begin(), names.end(), std::make_pair(b2, size_t{0}));
      form = next != names.end() && next->first == b2;
      if (!form) {
        size_t e2 = b2 + 1;
        while (e2 < text.size() && (IsAsciiLower(text[e2]) || static_cast<unsigned char>(text[e2]) >= 0x80)) ++e2;
        const std::string_view second = text.substr(b2, e2 - b2);
        if (second.size() >= 3 && GoesOnAsProse(text, e2, kFullStop) && !IsCommonWord(second) && !IsGenericNameWord(second) && !IsKnownTown(second) &&
            !IsTitleWord(second)) {
          form = true;
          added.push_back(Finding{b2, e2, Kind::kPerson, "", min_confidence, "link"});
        }
      }
    }
    if (!form && words == 1 && inside.size() >= 4) {
      // "Vitalii Kovalenko (Vitalik)": one word in parentheses that opens
      // with the first four letters of a word of the name, and is not that
      // word, is its familiar form.
      const std::string_view name = text.substr(nb, ne - nb);
      for (size_t b = 0; b < name.size() && !form;) {
        const size_t e = std::min(name.find(' ', b), name.size());
        const std::string_view word = name.substr(b, e - b);
        form = word.size() >= 4 && word != inside && same_ignoring_ascii_case(word.substr(0, 4), inside.substr(0, 4));
        b = e + 1;
      }
    }
    if (!form && words == 1) {
      // "Mykola Hrytsenko (Nikolai)": one word of four letters or more in
      // parentheses that a name lexicon holds, and that is no group, place,
      // title, day or month, is another of the person's names (the
      // parentheses right after a sure name make it one; the lexicon alone
      // never would). Not a word any detector reads here as other than a
      // person, nor one read as a place or an organisation anywhere in the
      // text ("Cc: Ali Saleh (Sanaa)" where "in Sanaa" is a place).
      form = inside.size() >= 4 && IsNameWord(inside) && MayBeNameForm(text, *findings, words_begin, words_end);
    }
    const bool held = std::any_of(names.begin(), names.end(), [&](const std::pair<size_t, size_t>& n) {
      return n.first <= words_begin && words_end <= n.second;
    });
    if (form && !held) added.push_back(Finding{words_begin, words_end, Kind::kPerson, "", min_confidence, "link"});
  }
  findings->insert(findings->end(), added.begin(), added.end());
}

void AddQuotedSpellingsOfNames(std::string_view text, float min_confidence, std::vector<Finding>* findings) {
  constexpr size_t kNear = 400;
  struct Word {
    size_t at;
    std::string_view word;
  };
  std::vector<Word> name_words;  // words of sure PERSON findings, by position
  for (const Finding& f : *findings) {
    if (!IsSurePerson(text, f, min_confidence)) continue;
    for (size_t b = f.begin; b < f.end;) {
      const size_t e = std::min(text.substr(0, f.end).find(' ', b), static_cast<size_t>(f.end));
      if (e - b >= 3 && IsAsciiUpper(text[b])) name_words.push_back(Word{b, text.substr(b, e - b)});
      b = e + 1;
    }
  }
  if (name_words.empty()) return;
  std::sort(name_words.begin(), name_words.end(), [](const Word& a, const Word& b) { return a.at < b.at; });
  const auto lower_prefix_equal = [](std::string_view a, std::string_view b) {
    for (size_t i = 0; i < 3; ++i) {
      if (LowerAsciiByte(a[i]) != LowerAsciiByte(b[i])) return false;
    }
    return true;
  };
  std::vector<std::pair<size_t, size_t>> candidates;
  for (size_t q = text.find('"'); q != std::string_view::npos && q + 1 < text.size(); q = text.find('"', q + 1)) {
    const size_t b = q + 1;
    if (!IsAsciiUpper(text[b])) continue;
    size_t e = b + 1;
    while (e < text.size() && (IsAsciiLower(text[e]) || static_cast<unsigned char>(text[e]) >= 0x80)) ++e;
    if (e >= text.size() || text[e] != '"' || e - b < 3 || e - b > 14) continue;
    candidates.emplace_back(b, e);
    q = e;  // the closing quote opens nothing
  }
  // Curly quotes: “Lesia”.
  for (size_t q = FindLiteral(text, "\xE2\x80\x9C"); q != std::string_view::npos;
       q = FindLiteral(text, "\xE2\x80\x9C", q + 1)) {
    const size_t b = q + 3;
    if (b >= text.size() || !IsAsciiUpper(text[b])) continue;
    size_t e = b + 1;
    while (e < text.size() && (IsAsciiLower(text[e]) || (static_cast<unsigned char>(text[e]) >= 0x80 &&
                                                         text.compare(e, 3, "\xE2\x80\x9D") != 0))) {
      ++e;
    }
    if (text.compare(e, 3, "\xE2\x80\x9D") == 0 && e - b >= 3 && e - b <= 14) candidates.emplace_back(b, e);
  }
  if (candidates.empty()) return;
  // Words the text reads as places somewhere ("near Goli" beside '"Goli" or
  // "Golli"').
  std::vector<std::string_view> places;
  for (const Finding& f : *findings) {
    if (f.kind == Kind::kLoc && f.end <= text.size() && f.begin < f.end) places.push_back(text.substr(f.begin, f.size()));
  }
  std::sort(places.begin(), places.end());
  // The name words of six bytes or more by their first six (the first three
  // lowered), for spellings far from any name word.
  const auto six_key = [](std::string_view w) {
    std::string key(w.substr(0, 6));
    for (size_t i = 0; i < 3; ++i) key[i] = LowerAsciiByte(key[i]);
    return key;
  };
  std::unordered_map<std::string, std::vector<std::string_view>> by_six;
  for (const Word& w : name_words) {
    if (w.word.size() >= 6) by_six[six_key(w.word)].push_back(w.word);
  }
  const FindingIndex index(*findings);
  std::vector<Finding> added;
  for (const auto& [b, e] : candidates) {
    const std::string_view word = text.substr(b, e - b);
    if (IsCommonWord(word) || IsGenericNameWord(word) || IsTitleWord(word) || IsKnownTown(word) ||
        std::binary_search(places.begin(), places.end(), word)) {
      continue;
    }
    const auto first = std::lower_bound(name_words.begin(), name_words.end(), b > kNear ? b - kNear : 0,
                                        [](const Word& w, size_t at) { return w.at < at; });
    const auto spells = [&](std::string_view name, size_t same) {
      const size_t longer = std::max(name.size(), word.size()), shorter = std::min(name.size(), word.size());
      return name != word && longer - shorter <= 2 && shorter >= same && lower_prefix_equal(name, word) &&
             name.substr(3, same - 3) == word.substr(3, same - 3);
    };
    bool spelled = false;
    for (auto it = first; it != name_words.end() && it->at < e + kNear && !spelled; ++it) spelled = spells(it->word, 3);
    // Farther away, the first six letters must agree ("Tharmalingham" of
    // "Tharmalingam" a page before): only the name words with the same six
    // first bytes (the first three in any ASCII case) can.
    if (!spelled && word.size() >= 6) {
      if (const auto same = by_six.find(six_key(word)); same != by_six.end()) {
        for (auto it = same->second.begin(); it != same->second.end() && !spelled; ++it) spelled = spells(*it, 6);
      }
    }
    if (!spelled) continue;
    const auto weak = [](const Finding& g) { return g.detector == "tagger" && g.confidence < kWeakPerson; };
    if (index.ForEachOver(b, e, weak)) added.push_back(Finding{b, e, Kind::kPerson, "", min_confidence, "link"});
  }
  findings->insert(findings->end(), added.begin(), added.end());
}

}  // namespace tearline::link_internal
