// The citation detector: the authors of author-year citations ("(Hein,
// Reich, & Marks, 2016)", "(see Brieber 2014; Binderman et al., 2005)",
// "Fantoni et al. (2013)"). Contract in tearline/quasi.h (NewCitationDetector).
#include <algorithm>
#include <iterator>
#include <utility>
#include <vector>

#include "name_words.h"
#include "quasi_internal.h"
#include "tearline/file.h"
#include "tearline/quasi.h"

namespace tearline {
namespace {

constexpr std::string_view kId = "citations";
// An author of a citation is a person far more often than not (an
// organisation as author is usually in capitals, and those are left out).
constexpr float kAuthorConfidence = 0.6f;
constexpr size_t kMaxAuthors = 12;
// How far back an opening parenthesis may be for "; Name 2011" to count as
// a further citation of the same group.
constexpr size_t kGroupReach = 400;

// Capitalised words that are never an author: dates and seasons, words that
// open a clause, and the heads of names of organisations, laws and
// publications ("(Open Science Collaboration, 2015)", "(Official Gazette,
// 2005)"). Sorted (binary search).
constexpr std::string_view kNotAuthors[] = {
    "A", "Act", "After", "Agency", "Amendment", "An", "And", "April", "Around", "Art", "Article",
    "Association", "August", "Autumn", "Bank", "Before", "Between", "Board", "Bulletin", "Bureau", "By",
    "Census", "Center", "Centre", "Chapter", "Christmas", "Circa", "Code", "Collaboration", "Commission",
    "Committee", "Constitution", "Convention", "Council", "Court", "Daily", "December", "Decree",
    "Department", "Directive", "During", "Easter", "Edition", "Eid", "February", "Fig", "Figure", "For",
    "Foundation", "Friday", "From", "Gazette", "Government", "Group", "Guardian", "Herald", "In", "Institute",
    "January", "Journal", "July", "June", "Law", "Magazine", "March", "May", "Ministry", "Monday", "Network",
    "News", "November", "October", "Of", "Office", "Or", "Order", "Organisation", "Organization", "Page",
    "Party", "Plan", "Post", "Press", "Programme", "Project", "Protocol", "Ramadan", "Regulation", "Report",
    "Resolution", "Review", "Rule", "Saturday", "Section", "See", "September", "Service", "Services", "Since",
    "Society", "Spring", "Summer", "Sunday", "Survey", "Table", "Team", "The", "Thursday", "Times", "Treaty",
    "Tribune", "Tuesday", "Union", "Unit", "University", "Until", "Vol", "Watch", "Wednesday", "Winter",
};
static_assert(std::is_sorted(std::begin(kNotAuthors), std::end(kNotAuthors)));

// Lower-case particles that may stand inside or before a surname ("van der
// Berg", "de Vries").
constexpr std::string_view kParticles[] = {"Al", "Da",  "De",  "Del", "Della", "Di",  "Du",  "El",  "La",  "Le",
                                           "Van", "Von", "al",  "bin", "da",    "de",  "del", "della", "den", "der",
                                           "di",  "du",  "la",  "le",  "ten",   "ter", "van", "von"};

using quasi::CapitalAt;
using quasi::IsDigitAscii;
using quasi::IsLowerAscii;
using quasi::IsUpperAscii;

// Whether the word at text[i] may be capitalised: an ASCII capital, or a
// non-ASCII letter (whose case this rule does not read).
bool MayBeCapitalised(std::string_view text, size_t i) {
  return IsUpperAscii(text[i]) || static_cast<unsigned char>(text[i]) >= 0x80;
}

bool EndsWith(std::string_view text, size_t end, std::string_view s) {
  return end >= s.size() && text.compare(end - s.size(), s.size(), s) == 0;
}

// The start of the word of word bytes (and inner '-', '\'') ending at
// text[..., end), or end when there is none.
size_t WordBegin(std::string_view text, size_t end) {
  size_t b = end;
  while (b > 0) {
    if (IsWordByte(text[b - 1])) {
      --b;
    } else if ((text[b - 1] == '-' || text[b - 1] == '\'') && b >= 2 && b < end && IsWordByte(text[b - 2])) {
      --b;
    } else {
      break;
    }
  }
  return b;
}

// Whether text[b, e) may be (part of) an author's surname: a capital (ASCII,
// or a Latin-1 capital in UTF-8) and then at least one lower-case letter or
// non-ASCII byte, no digit, not in kNotAuthors. Words in capitals ("WHO")
// name organisations and are left out.
bool SurnameWord(std::string_view text, size_t b, size_t e) {
  if (e - b < 2 || !CapitalAt(text, b)) return false;
  bool lower = false;
  for (size_t k = b + (IsUpperAscii(text[b]) ? 1 : 2); k < e; ++k) {
    if (IsDigitAscii(text[k])) return false;
    lower = lower || IsLowerAscii(text[k]) || (static_cast<unsigned char>(text[k]) >= 0x80);
  }
  if (!lower) return false;
  return !std::binary_search(std::begin(kNotAuthors), std::end(kNotAuthors), text.substr(b, e - b));
}

bool IsArticle(std::string_view word) {
  return word == "the" || word == "The" || word == "a" || word == "A" || word == "an" || word == "An";
}

bool IsParticle(std::string_view word) {
  return std::find(std::begin(kParticles), std::end(kParticles), word) != std::end(kParticles);
}

// The surname ending at text[..., end): one surname word, with particles
// before it ("van der Berg", "De Certeau"), and a possessive "'s" / "’s" at
// the end left out ("Navarro’s (2016)"). Its start and end, or {end, end}
// when there is none. Two capitalised words in a row are a title more often
// than a surname ("(Three Sinners, 1950)", "Frame Semantics (1976)"), so
// the word before must not be a capitalised word other than a particle or a
// clause opener of kNotAuthors, nor an article.
std::pair<size_t, size_t> Surname(std::string_view text, size_t end) {
  size_t e = end;
  if (EndsWith(text, e, "'s")) {
    e -= 2;
  } else if (EndsWith(text, e, "\xE2\x80\x99s")) {
    e -= 4;
  }
  const size_t b = WordBegin(text, e);
  if (b == e || !SurnameWord(text, b, e)) return {end, end};
  size_t start = b;
  while (start >= 2 && text[start - 1] == ' ') {
    const size_t pe = start - 1;
    const size_t pb = WordBegin(text, pe);
    if (pb == pe) break;
    const std::string_view before = text.substr(pb, pe - pb);
    if (IsParticle(before)) {
      start = pb;
      continue;
    }
    // An article before makes a title ("the Gallows (1958)", "The Lookout
    // (2007)"); so does any other capitalised word but a clause opener ("In
    // Smith (2014)").
    if (IsArticle(before)) return {end, end};
    if (MayBeCapitalised(text, pb) && !std::binary_search(std::begin(kNotAuthors), std::end(kNotAuthors), before)) return {end, end};
    break;
  }
  return {start, e};
}

// The list separators between two authors, longest first.
constexpr std::string_view kSeparators[] = {", & ", ", and ", " & ", " and ", ", "};

struct Author {
  size_t begin, end;
};

// The authors of a citation whose last author ends at text[..., end) (before
// an optional "et al."), found backwards, in text order in *out; false when
// there is no author, or when a separator follows a capitalised word that
// cannot be an author (the list is a title).
bool AuthorsBefore(std::string_view text, size_t end, std::vector<Author>* out, bool* et_al) {
  out->clear();
  *et_al = false;
  for (std::string_view e : {" et al.", " et al"}) {
    if (EndsWith(text, end, e)) {
      end -= e.size();
      *et_al = true;
      break;
    }
  }
  size_t e = end;
  while (out->size() < kMaxAuthors) {
    const auto [b, name_end] = Surname(text, e);
    if (b == e) {
      // A capitalised word before a separator that cannot be an author makes
      // the list a title ("Its Nature, Development and Origin (1922)").
      const size_t wb = WordBegin(text, e);
      if (wb < e && MayBeCapitalised(text, wb)) out->clear();
      break;
    }
    out->push_back({b, name_end});
    size_t next = b;
    for (std::string_view sep : kSeparators) {
      if (EndsWith(text, b, sep)) {
        next = b - sep.size();
        break;
      }
    }
    if (next == b || next == 0 || !IsWordByte(text[next - 1])) break;
    e = next;
  }
  std::reverse(out->begin(), out->end());
  return !out->empty();
}

// Whether a parenthesised citation group may start right before `b`: an
// opening parenthesis, "; " inside a group opened at most kGroupReach bytes
// back, or up to four lower-case lead-in words after the parenthesis ("see",
// "e.g.,", "see for example", "cf.").
bool GroupStartBefore(std::string_view text, size_t b) {
  if (b >= 1 && text[b - 1] == '(') return true;
  if (EndsWith(text, b, "; ")) {
    for (size_t k = b - 2; k > 0 && b - k < kGroupReach; --k) {
      if (text[k - 1] == ')' || text[k - 1] == '\n') return false;
      if (text[k - 1] == '(') return true;
    }
    return false;
  }
  size_t p = b;
  for (int words = 0; words < 4; ++words) {
    if (p < 2 || text[p - 1] != ' ') return false;
    size_t w = p - 1;
    while (w > 0 && (IsLowerAscii(text[w - 1]) || text[w - 1] == '.' || text[w - 1] == ',')) --w;
    if (w == p - 1) return false;
    if (w >= 1 && text[w - 1] == '(') return true;
    p = w;
  }
  return false;
}

// The year at text[y, y + 4): four digits from 1500 to 2099, not inside a
// longer number, optionally followed by one lower-case letter ("2014a").
// Returns the end of the year and its letter, or 0.
size_t YearEnd(std::string_view text, size_t y) {
  const size_t n = text.size();
  if (y + 4 > n || (y > 0 && (IsWordByte(text[y - 1]) || text[y - 1] == '.' || text[y - 1] == '-'))) return 0;
  for (size_t k = 0; k < 4; ++k) {
    if (!IsDigitAscii(text[y + k])) return 0;
  }
  const int year = (text[y] - '0') * 1000 + (text[y + 1] - '0') * 100 + (text[y + 2] - '0') * 10 + (text[y + 3] - '0');
  if (year < 1500 || year > 2099) return 0;
  size_t e = y + 4;
  if (e < n && IsLowerAscii(text[e]) && (e + 1 >= n || !IsWordByte(text[e + 1]))) ++e;
  if (e < n && IsWordByte(text[e])) return 0;
  return e;
}

using quasi::Bytes16;

class CitationScratch final : public DetectorScratch {
 public:
  std::vector<Author> authors;
  std::vector<Author> pending;  // narrative citations without "et al.", until a group is seen
};

class CitationDetector final : public Detector {
 public:
  std::string_view id() const override { return kId; }
  KindMask kinds() const override { return KindBit(Kind::kPerson); }
  std::unique_ptr<DetectorScratch> NewScratch() const override { return std::make_unique<CitationScratch>(); }

  // Candidates, found 16 bytes at a time, are the starts of four digits in a
  // row; each is checked for a year and the authors before it.
  Status Scan(std::string_view text, DetectorScratch& scratch_base, FindingSink& sink) const override {
    auto* scratch = dynamic_cast<CitationScratch*>(&scratch_base);
    if (scratch == nullptr) return Status::Internal("citation detector got a scratch made by another detector");
    scratch->pending.clear();
    bool group_seen = false;
    // Digits of 16-byte blocks as bit masks; the starts of four digits in a
    // row in one block are found when the next block's mask is known.
    uint32_t previous = 0;  // the digit mask of the block before `block`
    quasi::ForEachBlock16(text, 1, [&](size_t block, Bytes16 v) {
      const uint32_t digits = quasi::HighBitMask((Bytes16)(v >= uint8_t{'0'}) & (Bytes16)(v <= uint8_t{'9'}));
      if (previous != 0) {
        const uint32_t both = previous | (digits << 16);
        uint32_t starts = both & (both >> 1) & (both >> 2) & (both >> 3) & 0xFFFFu;
        while (starts != 0) {
          const size_t y = block - 16 + static_cast<size_t>(__builtin_ctz(starts));
          starts &= starts - 1;
          Candidate(text, y, *scratch, sink, &group_seen);
        }
      }
      previous = digits;
    });
    if (group_seen) {
      for (const Author& a : scratch->pending) Report(a, sink);
    }
    return Status::OK();
  }

 private:
  static void Candidate(std::string_view text, size_t y, CitationScratch& scratch, FindingSink& sink,
                        bool* group_seen) {
    const size_t e = YearEnd(text, y);
    if (e == 0 || e >= text.size()) return;
    const char after = text[e];
    bool et_al = false;
    if (y >= 2 && text[y - 1] == '(' && text[y - 2] == ' ' && after == ')') {
      // A narrative citation: "Fantoni et al. (2013)", "Palmeri and Gazio
      // (1995)". One author alone ("Senabre (1982)") is not enough: places
      // and titles are written so ("in Paris (1927)", "Watchmen (2009)").
      if (!AuthorsBefore(text, y - 2, &scratch.authors, &et_al)) return;
      if (et_al || (scratch.authors.size() >= 2 && *group_seen)) {
        for (const Author& a : scratch.authors) Report(a, sink);
      } else if (scratch.authors.size() >= 2) {
        scratch.pending.insert(scratch.pending.end(), scratch.authors.begin(), scratch.authors.end());
      }
      return;
    }
    if (after != ')' && after != ';' && after != ',') return;
    // A citation in a group: "(Charmaz, 2006)", "; Milekic 2010)".
    if (y < 2 || text[y - 1] != ' ') return;
    size_t end = y - 1;
    if (text[end - 1] == ',') --end;
    if (!AuthorsBefore(text, end, &scratch.authors, &et_al)) return;
    if (!GroupStartBefore(text, scratch.authors.front().begin)) return;
    *group_seen = true;
    for (const Author& a : scratch.authors) Report(a, sink);
  }

  static void Report(const Author& a, FindingSink& sink) {
    sink.Add(Finding{a.begin, a.end, Kind::kPerson, "AUTHOR", kAuthorConfidence, kId});
  }
};

}  // namespace

std::unique_ptr<const Detector> NewCitationDetector() { return std::make_unique<CitationDetector>(); }

}  // namespace tearline
