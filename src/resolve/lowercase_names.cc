// Names in messages typed without capitals (contract in lowercase_names.h).
#include "lowercase_names.h"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

#include "common_words.h"
#include "known_places.h"
#include "link_words.h"
#include "patronyms.h"
#include "tearline/file.h"

namespace tearline::link_internal {
namespace {

bool IsSmall(char c) { return c >= 'a' && c <= 'z'; }
bool IsCapital(char c) { return c >= 'A' && c <= 'Z'; }
// A byte of a word: a small ASCII letter or a byte of a non-ASCII letter.
bool IsLetterByte(char c) { return IsSmall(c) || static_cast<unsigned char>(c) >= 0x80; }

// Shorthand of text messages that is no English word. Sorted.
constexpr std::string_view kShorthand[] = {
    "abt",  "asap", "btw",  "coz",  "frm",  "govt", "hosp", "hrs",  "msg",  "msgs", "pls",
    "plz",  "ppl",  "pple", "recvd", "strtd", "thru", "thx",  "tmr",  "tmrw", "tnx", "twd",
    "txt",  "wen",  "yday", "yest",
};
static_assert(std::is_sorted(std::begin(kShorthand), std::end(kShorthand)));

// Words after which a name follows in such lines: titles and their short
// forms, words of kin (English, Spanish, French, Portuguese) and of the
// roles of a message's people (neighbour, friend, driver, guard), "called",
// "alias". Sorted.
constexpr std::string_view kNameBefore[] = {
    "abuela", "abuelo", "aka", "alias", "aunt", "auntie", "baba", "boy", "bro", "brother", "called", "capt",
    "chf", "chief", "colleague", "cousin", "cpl", "d/o", "daughter", "dr", "driver", "esposa", "esposo",
    "father", "femme", "filha", "filho", "fille", "fils", "fr", "friend", "girl", "granddaughter", "grandfather",
    "grandmother", "grandson", "guard", "hermana", "hermano", "hija", "hijo", "hon", "husband", "imam", "insp",
    "irm\xC3\xA3", "irm\xC3\xA3o", "madam", "madre", "mama", "mari", "marido", "monitor", "mother", "mr", "mrs",
    "ms", "mulher", "mwalimu", "mzee", "named", "neighbor", "neighbour", "nephew", "niece", "nurse", "padre",
    "pastor", "prima", "primo", "rev", "s/o", "sgt", "sheikh", "sis", "sister", "sobrina", "sobrino", "son", "sr",
    "teacher", "tia", "tio", "uncle", "vecina", "vecino", "voisin", "voisine", "w/o", "wife",
};
static_assert(std::is_sorted(std::begin(kNameBefore), std::end(kNameBefore)));

// Labels of the people of an incident, before ": " and their names.
// Sorted.
constexpr std::string_view kPeopleLabels[] = {"abducted", "dead",    "deceased", "injured", "killed",
                                              "missing",  "victim",  "victims",  "wounded"};
static_assert(std::is_sorted(std::begin(kPeopleLabels), std::end(kPeopleLabels)));

template <size_t N>
bool Listed(const std::string_view (&list)[N], std::string_view w) {
  return std::binary_search(std::begin(list), std::end(list), w);
}

// The end of the word of letter bytes (and "/" inside: "w/o") at text[b],
// up to line_end (not link_words.h's WordEnd, which joins any word bytes).
size_t LetterWordEnd(std::string_view text, size_t b, size_t line_end) {
  size_t e = b;
  while (e < line_end && (IsLetterByte(text[e]) || (text[e] == '/' && e > b && e + 1 < line_end && IsSmall(text[e + 1])))) {
    ++e;
  }
  return e;
}

// The end of initials in small letters with periods at text[b] ("m.n.a."),
// or b.
size_t InitialsEnd(std::string_view text, size_t b, size_t line_end) {
  size_t e = b, letters = 0;
  while (e + 1 < line_end && IsSmall(text[e]) && text[e + 1] == '.') {
    e += 2;
    ++letters;
  }
  return letters >= 2 && (e == line_end || !IsLetterByte(text[e])) ? e : b;
}

struct Line {
  size_t begin, end;
  bool blind;  // no capital before a small letter (acronyms in capitals allowed), more small letters than capitals
};

// A line of this many bytes or more counts in the test for a text typed in
// lower case (some six words).
constexpr size_t kLongLine = 30;

// The lines of the text; a line's scan stops at its first capital before a
// small letter (most lines hold one near their start).
std::vector<Line> Lines(std::string_view text) {
  std::vector<Line> lines;
  for (size_t b = 0; b < text.size();) {
    size_t e = text.find('\n', b);
    if (e == std::string_view::npos) e = text.size();
    // A line's end leaves out a carriage return (logs exported with CRLF).
    Line line{b, e > b && text[e - 1] == '\r' ? e - 1 : e, true};
    size_t small = 0, capitals = 0;
    for (size_t p = b; p < line.end; ++p) {
      // A capital before a small letter ("Rambo", "iPhone"); an acronym in
      // capitals ("IDP", "TCC", "IDPs") is typed in lower-case notes too.
      if (IsCapital(text[p]) && p + 1 < line.end && IsSmall(text[p + 1]) && !(p > b && IsCapital(text[p - 1]))) {
        line.blind = false;
        break;
      }
      small += IsSmall(text[p]);
      capitals += IsCapital(text[p]);
    }
    // A line in capitals ("CONVOY HALTED AT KM 40") is no line typed in lower case.
    line.blind &= small > capitals;
    lines.push_back(line);
    b = e + 1;
  }
  return lines;
}

class LowerCaseNames {
 public:
  LowerCaseNames(std::string_view text, float confidence) : text_(text), confidence_(confidence) {}

  // The name of one to three words at text[b] (after an opening quote), up
  // to line_end: name words, the first possibly a common word when a name
  // word follows ("john lodiong"), or initials ("m.n.a."). Records it and
  // returns true when there is one.
  bool NameAt(size_t b, size_t line_end) {
    if (b < line_end && (text_[b] == '"' || text_[b] == '\'')) ++b;
    if (const size_t e = InitialsEnd(text_, b, line_end); e > b) {
      Add(b, e);
      return true;
    }
    size_t e = b, words = 0;
    bool named = false;
    for (size_t p = b; words < 3 && p < line_end && IsLetterByte(text_[p]);) {
      const size_t we = LetterWordEnd(text_, p, line_end);
      const std::string_view word = text_.substr(p, we - p);
      const bool name_word = IsLowerCaseNameWord(word);
      if (!name_word && !(words == 0 && word.size() >= 3 && IsCommonWord(word) && we + 1 < line_end && text_[we] == ' ' &&
                          IsLowerCaseNameWord(text_.substr(we + 1, LetterWordEnd(text_, we + 1, line_end) - we - 1)))) {
        break;
      }
      named |= name_word;
      e = we;
      ++words;
      if (we + 1 >= line_end || text_[we] != ' ') break;
      p = we + 1;
    }
    if (!named) return false;
    Add(b, e);
    // "boy lotiang (kauto)": a name word in parentheses after a name of one
    // word (after more, it is as often a place: "peter okello ayella
    // (pabbo)").
    if (words == 1 && e + 2 < line_end && text_.compare(e, 2, " (") == 0) {
      const size_t w = e + 2, we = LetterWordEnd(text_, w, line_end);
      if (we < line_end && text_[we] == ')' && IsLowerCaseNameWord(text_.substr(w, we - w))) Add(w, we);
    }
    return true;
  }

  // The one to three name words that end at text[.., end), after a title
  // or not; records them.
  void NameBefore(size_t end, size_t line_begin) {
    size_t b = end, words = 0;
    for (size_t e = end; words < 3 && e > line_begin && IsLetterByte(text_[e - 1]);) {
      size_t w = e;
      while (w > line_begin && IsLetterByte(text_[w - 1])) --w;
      if ((w > line_begin && IsWordByte(text_[w - 1])) || !IsLowerCaseNameWord(text_.substr(w, e - w))) break;
      b = w;
      ++words;
      if (w < line_begin + 2 || text_[w - 1] != ' ') break;
      e = w - 1;
    }
    if (b < end) Add(b, end);
  }

  // A title or a word of kin (kNameBefore) and a period may open the
  // name at text[b]; skips it.
  size_t AfterTitle(size_t b, size_t line_end) const {
    const size_t e = LetterWordEnd(text_, b, line_end);
    if (e == b || !Listed(kNameBefore, text_.substr(b, e - b))) return b;
    size_t p = e;
    if (p < line_end && text_[p] == '.') ++p;
    return p + 1 < line_end && text_[p] == ' ' ? p + 1 : b;
  }

  void ReadLine(const Line& line) {
    const size_t b = line.begin, e = line.end;
    const std::string_view s = text_.substr(b, e - b);
    // "[12/02 11:02] loumo": a bracketed stamp with digits, then the sender
    // alone.
    if (!s.empty() && s[0] == '[') {
      const size_t close = s.find(']');
      if (close != std::string_view::npos && close < 24 && close + 2 < s.size() && s[close + 1] == ' ' &&
          std::any_of(s.begin(), s.begin() + close, [](char c) { return c >= '0' && c <= '9'; })) {
        const size_t w = b + close + 2;
        const size_t name = AfterTitle(w, e);
        const size_t before = found_.size();
        if (NameAt(name, e) && found_.back().second != e) found_.resize(before);  // more than the sender
      }
    }
    // "achiro here", "sr napeyok here": a name opening the line before "here".
    {
      const size_t before = found_.size();
      if (NameAt(AfterTitle(b, e), e)) {
        const size_t end = found_[before].second;
        if (text_.compare(end, 5, " here") != 0 || (end + 5 < e && IsLetterByte(text_[end + 5]))) found_.resize(before);
      }
    }
    for (size_t p = b; p < e; ++p) {
      const char c = text_[p];
      if (c == '(' && p >= b + 2 && text_[p - 1] == ' ' && IsSmall(text_[p - 2]) && NoteOfAPerson(p + 1, e)) {
        // "lhingneilam kipgen (f, 17)", "ibemhal (+91 70050 48816)": the
        // name before a note of sex and age, of an age, or of a phone.
        NameBefore(p - 1, b);
        continue;
      }
      if (c == '(' && p >= b + 2 && text_[p - 1] == ' ' && text_[p - 2] >= '0' && text_[p - 2] <= '9') {
        // "+211 921 440 187 (loumo, kasingor)": the sender after a number.
        const size_t before = found_.size();
        if (NameAt(AfterTitle(p + 1, e), e)) {
          const size_t end = found_[before].second;
          if (end >= e || (text_[end] != ',' && text_[end] != ')')) found_.resize(before);
        }
        continue;
      }
      if (c == '-' && p > b && text_[p - 1] == ' ' && p + 1 < e && IsSmall(text_[p + 1])) {
        // "names later. -loumo", "-sr m.n.a.": a sign-off ending the line.
        const size_t before = found_.size();
        if (NameAt(AfterTitle(p + 1, e), e)) {
          size_t end = found_[before].second;
          while (end < e && (text_[end] == ' ' || text_[end] == '.')) ++end;
          if (end != e) found_.resize(before);
        }
        continue;
      }
      if (!IsSmall(c) || (p > b && IsWordByte(text_[p - 1]))) continue;
      const size_t we = LetterWordEnd(text_, p, e);
      const std::string_view word = text_.substr(p, we - p);
      size_t next = we;
      if (next < e && text_[next] == '.') ++next;
      // "call w/ nengneihat": "with" in short.
      if (word == "w" && text_.compare(we, 2, "/ ") == 0) NameAt(AfterTitle(we + 2, e), e);
      if (next + 1 < e && text_[next] == ' ') {
        // "real name lotiang lokoli", "full name ...".
        const bool name_is = word == "name" && p >= b + 5 &&
                             (text_.compare(p - 5, 5, "real ") == 0 || text_.compare(p - 5, 5, "full ") == 0);
        // "w/o" is also "without" ("kids w/o birth certs"): then an
        // ordinary word follows it.
        const bool without =
            word == "w/o" && IsCommonWord(text_.substr(next + 1, LetterWordEnd(text_, next + 1, e) - next - 1));
        if (name_is || (Listed(kNameBefore, word) && !without)) NameAt(AfterTitle(next + 1, e), e);
      }
      // "wife = kolompár erika", "driver: ekal": a word of kin or of a role
      // that a sign or a colon joins to the name.
      if ((text_.compare(we, 3, " = ") == 0 || text_.compare(we, 2, ": ") == 0) && Listed(kNameBefore, word)) {
        NameAt(AfterTitle(we + (text_[we] == ' ' ? 3 : 2), e), e);
      }
      // "dead: lokol apua (m ~35)": a label of the people of an incident.
      if (we + 2 < e && text_.compare(we, 2, ": ") == 0 && Listed(kPeopleLabels, word)) NameAt(AfterTitle(we + 2, e), e);
      // "nakiru lokwang (w/o chf lochoro)", "doris (esposa del apu)": the
      // name before a note of kin or of a role.
      if (we > p && p >= b + 2 && text_[p - 1] == '(' && text_[p - 2] == ' ' &&
          (word == "h/o" || Listed(kNameBefore, word))) {
        NameBefore(p - 2, b);
      }
      p = we;
    }
  }

  // Whether the parentheses opening at text[b] hold a note of a person: a
  // sex ("f", "m") before ',', ')' or a space, an age of one or two digits
  // before ')' or ',', or a phone (a '+' or a digit first, seven digits or
  // more before the ')').
  bool NoteOfAPerson(size_t b, size_t line_end) const {
    if (b + 1 >= line_end) return false;
    const char first = text_[b], second = text_[b + 1];
    if ((first == 'f' || first == 'm') && (second == ',' || second == ')' || second == ' ')) return true;
    if (first != '+' && !(first >= '0' && first <= '9')) return false;
    size_t digits = 0, p = b;
    for (; p < line_end && text_[p] != ')'; ++p) {
      const char c = text_[p];
      if (c >= '0' && c <= '9') {
        ++digits;
      } else if (c != ' ' && c != '-' && c != '+' && c != '.') {
        break;
      }
    }
    if (digits >= 7) return p < line_end && text_[p] == ')';
    return digits >= 1 && digits <= 2 && p > b && p < line_end && (text_[p] == ')' || text_[p] == ',') &&
           text_[p - 1] >= '0' && text_[p - 1] <= '9';
  }

  // "loumo = paul loumo lokure": the words after " = " when a found name
  // ends right before it.
  void ReadLegends(const Line& line) {
    const std::string_view s = text_.substr(line.begin, line.end - line.begin);
    for (size_t at = s.find(" = "); at != std::string_view::npos; at = s.find(" = ", at + 1)) {
      const size_t left_end = line.begin + at;
      size_t w = left_end;
      while (w > line.begin && IsLetterByte(text_[w - 1])) --w;
      if (w == left_end || !Holds(text_.substr(w, left_end - w))) continue;
      NameAt(left_end + 3, line.end);
    }
  }

  // Every other whole-word occurrence of a found name word on the line.
  void Propagate(const Line& line) {
    for (size_t p = line.begin; p < line.end;) {
      if (!IsLetterByte(text_[p]) || (p > line.begin && IsWordByte(text_[p - 1]))) {
        ++p;
        continue;
      }
      const size_t we = LetterWordEnd(text_, p, line.end);
      if (we > p && (we == line.end || !IsWordByte(text_[we])) && Holds(text_.substr(p, we - p))) extra_.emplace_back(p, we);
      p = std::max(we, p + 1);
    }
  }

  // Whether a found name holds `word` as a name word.
  bool Holds(std::string_view word) const { return std::binary_search(words_.begin(), words_.end(), word); }

  // The found words (name words of the found names), sorted.
  void CollectWords() {
    words_.clear();
    for (const auto& [b, e] : found_) {
      for (size_t p = b; p < e;) {
        const size_t we = LetterWordEnd(text_, p, e);
        if (we > p && IsLowerCaseNameWord(text_.substr(p, we - p))) words_.push_back(text_.substr(p, we - p));
        p = we + 1;
      }
    }
    std::sort(words_.begin(), words_.end());
    words_.erase(std::unique(words_.begin(), words_.end()), words_.end());
  }

  void Emit(std::vector<Finding>* findings) const {
    std::vector<std::pair<size_t, size_t>> spans = found_;
    spans.insert(spans.end(), extra_.begin(), extra_.end());
    std::sort(spans.begin(), spans.end());
    spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
    for (const auto& [b, e] : spans) findings->push_back(Finding{b, e, Kind::kPerson, "", confidence_, "link"});
  }

  bool Empty() const { return found_.empty(); }

 private:
  void Add(size_t b, size_t e) { found_.emplace_back(b, e); }

  std::string_view text_;
  float confidence_;
  std::vector<std::pair<size_t, size_t>> found_, extra_;
  std::vector<std::string_view> words_;
};

}  // namespace

bool IsLowerCaseNameWord(std::string_view word) {
  if (word.size() < 3 || word.size() > 24 || !std::all_of(word.begin(), word.end(), IsLetterByte)) return false;
  if (!IsSmall(word[0]) || Listed(kShorthand, word) || Listed(kNameBefore, word) || IsTitleWord(word)) return false;
  // A name has a vowel ("blk" of "block" has none), or a letter beyond ASCII.
  const auto vowel = [](char c) {
    return static_cast<unsigned char>(c) >= 0x80 || std::string_view("aeiouy").find(c) != std::string_view::npos;
  };
  if (std::none_of(word.begin(), word.end(), vowel)) return false;
  if (IsCommonWord(word) || IsKnownTown(word)) return false;
  // Group words are listed capitalised ("Toposa").
  std::string capitalised(word);
  capitalised[0] = static_cast<char>(capitalised[0] - 'a' + 'A');
  return !IsGroupWord(capitalised) && !IsCommonWord(capitalised);
}

void AddLowerCaseNames(std::string_view text, float min_confidence, std::vector<Finding>* findings) {
  // A text typed in lower case: three of its lines of kLongLine bytes or
  // more, and two in five of them, hold no capital (not a report quoting a
  // line or two of lower-case messages).
  const std::vector<Line> lines = Lines(text);
  const auto long_line = [](const Line& l) { return l.end - l.begin >= kLongLine; };
  const size_t long_lines = std::count_if(lines.begin(), lines.end(), long_line);
  const size_t long_blind = std::count_if(lines.begin(), lines.end(), [&](const Line& l) { return l.blind && long_line(l); });
  if (long_blind < 3 || long_blind * 5 < long_lines * 2) return;
  LowerCaseNames names(text, min_confidence);
  for (const Line& line : lines) {
    if (line.blind) names.ReadLine(line);
  }
  if (names.Empty()) return;
  names.CollectWords();
  for (const Line& line : lines) {
    if (line.blind) names.ReadLegends(line);
  }
  names.CollectWords();
  for (const Line& line : lines) {
    if (line.blind) names.Propagate(line);
  }
  names.Emit(findings);
}

namespace {

// A word in small letters that a given or family name lexicon holds and
// that is no ordinary word (IsLowerCaseNameWord): "gul", "emeka"; not "the",
// "hope". IsNameWord lowers the word's ASCII letters itself.
bool IsLowerCaseLexiconName(std::string_view word) { return IsLowerCaseNameWord(word) && IsNameWord(word); }

}  // namespace

void AddNamesBeforeLowerCaseHonorifics(std::string_view text, float min_confidence, std::vector<Finding>* findings) {
  // Words of respect written after a name in small letters, in Dari, Pashto,
  // Urdu and Hindi. Not "khan" (a surname too: "ali khan" is read elsewhere).
  // Each is looked for by its tail, which opens with a rarer letter than
  // the space before it: the text is passed over fast.
  struct Honorific {
    std::string_view word, tail;
  };
  static constexpr Honorific kHonorifics[] = {
      {" agha", "gha"},   {" jaan", "jaan"}, {" jan", "jan"},   {" sahib", "hib"},
      {" saheb", "heb"},  {" sahab", "hab"}, {" bhai", "bhai"}};
  const size_t n = text.size();
  for (const Honorific& h : kHonorifics) {
    const size_t lead = h.word.size() - h.tail.size();
    for (size_t t = text.find(h.tail, lead); t != std::string_view::npos; t = text.find(h.tail, t + 1)) {
      const size_t at = t - lead;
      if (text.compare(at, h.word.size(), h.word) != 0) continue;
      const size_t after = at + h.word.size();
      if (after < n && IsWordByte(text[after])) continue;
      // The word before: small letters, a given or family name that is no
      // ordinary word ("sher", "gul"; not "the", "his").
      size_t b = at;
      while (b > 0 && IsSmall(text[b - 1])) --b;
      if (b == at || (b > 0 && IsWordByte(text[b - 1]))) continue;
      if (!IsLowerCaseLexiconName(text.substr(b, at - b))) continue;
      findings->push_back(Finding{b, at, Kind::kPerson, "", std::max(min_confidence, 0.6f), "link"});
    }
  }
}

void AddLowerCaseNamesAfterNamingWords(std::string_view text, float min_confidence, std::vector<Finding>* findings) {
  static constexpr std::string_view kNaming[] = {" called ", " named ", " alias ", " llamado ", " llamada ",
                                                 " appel\xC3\xA9 ", " appel\xC3\xA9" "e ", " chamado ", " chamada "};
  const size_t n = text.size();
  // A word in small letters that a name lexicon holds and that is no
  // ordinary word, at text[b]; its end, or b.
  const auto name_word_end = [&](size_t b) {
    size_t e = b;
    while (e < n && IsLetterByte(text[e])) ++e;
    if (e == b || (e < n && IsWordByte(text[e]))) return b;
    return IsLowerCaseLexiconName(text.substr(b, e - b)) ? e : b;
  };
  // "called" and "appelé" also tell of a call ("called hotline", "m'a
  // appelé hier"): a name only after a word for a person ("one man called
  // emeka", "un homme appelé moussa").
  static constexpr std::string_view kPersonBefore[] = {
      "boy", "dame", "femme", "fille", "gar\xC3\xA7on", "girl", "guy", "homme", "man", "monsieur", "one", "person",
      "somebody", "someone", "type", "woman"};
  static_assert(std::is_sorted(std::begin(kPersonBefore), std::end(kPersonBefore)));
  const auto person_before = [&](size_t at) {
    size_t w = at;
    while (w > 0 && IsSmall(text[w - 1])) --w;
    if (w > 0 && IsWordByte(text[w - 1])) return false;
    return Listed(kPersonBefore, text.substr(w, at - w));
  };
  for (std::string_view naming : kNaming) {
    const bool call_too = naming == " called " || naming.starts_with(" appel");
    // FindLiteral: a find() of a needle that opens on a space compares at
    // every space of the text.
    for (size_t at = FindLiteral(text, naming); at != std::string_view::npos; at = FindLiteral(text, naming, at + 1)) {
      if (call_too && !person_before(at)) continue;
      size_t b = at + naming.size();
      if (b < n && (text[b] == '"' || text[b] == '\'')) ++b;
      size_t e = name_word_end(b);
      if (e == b) continue;
      // A second name word after one space ("called emeka obi").
      if (e + 1 < n && text[e] == ' ') {
        if (const size_t e2 = name_word_end(e + 1); e2 > e + 1) e = e2;
      }
      findings->push_back(Finding{b, e, Kind::kPerson, "", std::max(min_confidence, 0.6f), "link"});
    }
  }
}

void AddArticleSurnamesAfterNames(std::string_view text, float min_confidence, std::vector<Finding>* findings) {
  static constexpr std::string_view kArticles[] = {"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-"};
  const size_t n = text.size();
  std::vector<Finding> added;
  for (const Finding& f : *findings) {
    if (f.kind != Kind::kPerson || f.confidence < min_confidence || f.end > n) continue;
    size_t at = f.end;
    while (at + 1 < n && text[at] == ' ') {
      size_t b = at + 1, e = b;
      bool article = false;
      for (std::string_view a : kArticles) {
        if (text.compare(b, a.size(), a) == 0) {
          e = b + a.size();
          article = true;
          break;
        }
      }
      if (!article) break;
      const size_t letters = e;
      while (e < n && (IsSmall(text[e]) || IsCapital(text[e]) || static_cast<unsigned char>(text[e]) >= 0x80)) ++e;
      if (e - letters < 3 || (e < n && IsWordByte(text[e]))) break;
      added.push_back(Finding{b, e, Kind::kPerson, "", min_confidence, "link"});
      at = e;
    }
  }
  findings->insert(findings->end(), added.begin(), added.end());
}

}  // namespace tearline::link_internal
