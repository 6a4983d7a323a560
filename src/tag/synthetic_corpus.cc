// Training texts from the project's synthetic field reports. Contract in
// tearline/tag.h (ReadSyntheticForTraining).
#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "src/tag/internal.h"
#include "tearline/tag.h"

namespace tearline {
namespace {

// Month and weekday names of the reports' working languages (English,
// French, Spanish, Portuguese, Indonesian), lower case: a line that holds
// one holds a date the files do not annotate.
constexpr std::array<std::string_view, 84> kDateWords = {
    "january",  "february",  "march",     "april",    "may",      "june",      "july",      "august",
    "september", "october",  "november",  "december", "jan",      "feb",       "mar",       "apr",
    "jun",      "jul",       "aug",       "sep",      "sept",     "oct",       "nov",       "dec",
    "monday",   "tuesday",   "wednesday", "thursday", "friday",   "saturday",  "sunday",    "janvier",
    "f\xC3\xA9vrier", "mars", "avril",    "mai",      "juin",     "juillet",   "ao\xC3\xBBt", "septembre",
    "octobre",  "novembre",  "d\xC3\xA9" "cembre", "lundi", "mardi", "mercredi", "jeudi",     "vendredi",
    "samedi",   "dimanche",  "enero",     "febrero",  "marzo",    "abril",     "mayo",      "junio",
    "julio",    "agosto",    "septiembre", "octubre", "noviembre", "diciembre", "lunes",    "martes",
    "mi\xC3\xA9rcoles", "jueves", "viernes", "s\xC3\xA1" "bado", "domingo", "janeiro", "fevereiro", "mar\xC3\xA7o",
    "maio",     "junho",     "julho",     "setembro", "outubro",  "novembro",  "dezembro",  "januari",
    "februari", "maret",     "juni",      "juli"};

bool IsDateWord(std::string_view lower) {
  return std::find(kDateWords.begin(), kDateWords.end(), lower) != kDateWords.end();
}

std::vector<std::string_view> NonEmptyLines(std::string_view s) {
  std::vector<std::string_view> out;
  while (!s.empty()) {
    const size_t nl = s.find('\n');
    std::string_view line = s.substr(0, nl);
    s.remove_prefix(nl == std::string_view::npos ? s.size() : nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

// Whether w, a word with a capital letter (`lower` its lower case), is a
// common English word capitalised or in capitals ("Referral", "ROLE",
// "COURIER"; not "US" or "IT", which are as often acronyms): the reports
// annotate no such word, and it names nothing.
bool CapitalisedCommonWord(std::string_view w, const std::string& lower, const std::set<std::string>& common_words) {
  const bool all_capitals = std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  return (!all_capitals || w.size() >= 3) && common_words.count(lower) > 0;
}

// Whether s is a person's initials: at most four letters, all capitals,
// with periods or spaces between ("AK", "A.K.", "M. J.").
bool IsInitials(std::string_view s) {
  int letters = 0;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') {
      ++letters;
    } else if (c != '.' && c != ' ') {
      return false;
    }
  }
  return letters > 0 && letters <= 4;
}

// The run of non-space bytes of line around [begin, end).
std::string_view ChunkAround(std::string_view line, size_t begin, size_t end) {
  while (begin > 0 && line[begin - 1] != ' ' && line[begin - 1] != '\t') --begin;
  while (end < line.size() && line[end] != ' ' && line[end] != '\t') ++end;
  return line.substr(begin, end - begin);
}

// Appends `line` to out->text (after a '\n' when it holds text already) with
// `spans` and `unknown` (offsets into line) shifted to it.
void AppendLine(std::string_view line, const std::vector<TagSpan>& spans,
                const std::vector<std::pair<size_t, size_t>>& unknown, AnnotatedText* out) {
  if (!out->text.empty()) out->text += '\n';
  const size_t shift = out->text.size();
  out->text += line;
  for (TagSpan s : spans) {
    s.begin += shift;
    s.end += shift;
    out->spans.push_back(s);
  }
  for (const auto& [b, e] : unknown) out->unknown.push_back({b + shift, e + shift});
}

}  // namespace

AnnotatedText ReadSyntheticForTraining(std::string_view text, std::string_view names, std::string_view places,
                                       const std::set<std::string>& unannotated_words,
                                       const std::set<std::string>& common_words,
                                       const std::set<std::string>& titles) {
  // The listed strings, longest first; a name before a place of the same
  // length.
  struct Listed {
    std::string_view s;
    TagLabel label;
  };
  std::vector<Listed> listed;
  for (std::string_view n : NonEmptyLines(names)) listed.push_back({n, TagLabel::kPerson});
  for (std::string_view p : NonEmptyLines(places)) listed.push_back({p, TagLabel::kLoc});
  std::stable_sort(listed.begin(), listed.end(),
                   [](const Listed& a, const Listed& b) { return a.s.size() > b.s.size(); });

  AnnotatedText out;
  size_t line_begin = 0;
  while (line_begin < text.size()) {
    size_t line_end = text.find('\n', line_begin);
    if (line_end == std::string_view::npos) line_end = text.size();
    const std::string_view line = text.substr(line_begin, line_end - line_begin);
    const size_t next = line_end + 1;
    const std::vector<Token> tokens = Tokenize(line);
    // Token starts and ends, to match listed strings on token boundaries.
    std::vector<int> token_at(line.size() + 1, -1), token_ending(line.size() + 1, -1);
    for (size_t i = 0; i < tokens.size(); ++i) {
      token_at[tokens[i].begin] = static_cast<int>(i);
      token_ending[tokens[i].end] = static_cast<int>(i);
    }
    std::vector<int> covered(tokens.size(), 0);
    std::vector<TagSpan> spans;
    for (const Listed& l : listed) {
      for (size_t at = line.find(l.s); at != std::string_view::npos; at = line.find(l.s, at + 1)) {
        const size_t end = at + l.s.size();
        const int first = token_at[at], last = token_ending[end];
        if (first < 0 || last < first) continue;
        if (std::any_of(covered.begin() + first, covered.begin() + last + 1, [](int c) { return c != 0; })) continue;
        std::fill(covered.begin() + first, covered.begin() + last + 1, 1);
        spans.push_back({at, end, l.label, 1.0f});
      }
    }
    // A person's name starts at the capitalised titles right before it
    // ("Col. Mohammad Nabi Omari"; not "his brother Karim"), as GUM and TAB
    // annotate names.
    for (TagSpan& s : spans) {
      if (s.label != TagLabel::kPerson) continue;
      for (int first = token_at[s.begin]; first > 0;) {
        const Token& t = tokens[first - 1];
        if (covered[first - 1] != 0 || t.end + 1 != tokens[first].begin || line[t.end] != ' ' ||
            !(line[t.begin] >= 'A' && line[t.begin] <= 'Z') ||
            titles.count(tag_internal::Lower(line.substr(t.begin, t.end - t.begin))) == 0) {
          break;
        }
        --first;
        covered[first] = 1;
        s.begin = t.begin;
      }
    }
    // What the files leave unannotated is unknown (AnnotatedText::unknown),
    // so that no line teaches a wrong O. Initials ("AK", "A.K.") are not
    // taught as persons: acronyms name things far more often. Nor is a name
    // inside an address or a handle ("nabi.omari@..."), an EMAIL or a HANDLE.
    std::vector<uint8_t> free(tokens.size(), 0);
    std::erase_if(spans, [&](const TagSpan& s) {
      const bool initials = s.label == TagLabel::kPerson && IsInitials(line.substr(s.begin, s.end - s.begin));
      if (!initials && ChunkAround(line, s.begin, s.end).find('@') == std::string_view::npos) return false;
      for (int i = token_at[s.begin]; i <= token_ending[s.end]; ++i) covered[i] = 0, free[i] = 1;
      return true;
    });
    if (spans.empty()) {
      line_begin = next;
      continue;
    }
    const size_t n = tokens.size();
    auto word = [&](size_t k) { return line.substr(tokens[k].begin, tokens[k].end - tokens[k].begin); };
    std::vector<std::string> lowers(n);
    for (size_t k = 0; k < n; ++k) lowers[k] = tag_internal::Lower(word(k));
    auto uncovered_capital = [&](size_t k) { return covered[k] == 0 && lowers[k] != word(k); };
    for (size_t i = 0; i < n; ++i) {
      if (covered[i] != 0) continue;
      const std::string_view w = word(i);
      const std::string& lower = lowers[i];
      // A digit or an '@' in the token's whitespace-delimited chunk (a date,
      // an age, a code, an address, a handle), a DEM word, a month or a
      // weekday: the token and its neighbours, which may belong to the same
      // entity.
      if (ChunkAround(line, tokens[i].begin, tokens[i].end).find_first_of("0123456789@") != std::string_view::npos ||
          unannotated_words.count(lower) > 0 || IsDateWord(lower)) {
        for (size_t k = i > 0 ? i - 1 : 0; k <= std::min(i + 1, n - 1); ++k) free[k] = 1;
      }
      // A capitalised word but a common one (an organisation, a heading, a
      // place the places file missed) and the capitalised words beside it.
      if (lower != w && !CapitalisedCommonWord(w, lower, common_words)) {
        free[i] = 1;
        for (size_t k = i; k > 0 && uncovered_capital(k - 1); --k) free[k - 1] = 1;
        for (size_t k = i + 1; k < n && uncovered_capital(k); ++k) free[k] = 1;
      }
    }
    std::vector<std::pair<size_t, size_t>> unknown;
    for (size_t i = 0; i < n; ++i) {
      if (free[i] != 0 && covered[i] == 0) unknown.push_back({tokens[i].begin, tokens[i].end});
    }
    AppendLine(line, spans, unknown, &out);
    // The leak check reads a release with each placeholder blanked to
    // spaces (tearline/verify.h): the same line so, persons gone, places
    // kept.
    if (std::any_of(spans.begin(), spans.end(), [](const TagSpan& s) { return s.label == TagLabel::kPerson; })) {
      std::string blanked(line);
      std::vector<TagSpan> places;
      for (const TagSpan& s : spans) {
        if (s.label == TagLabel::kPerson) {
          std::fill(blanked.begin() + s.begin, blanked.begin() + s.end, ' ');
        } else {
          places.push_back(s);
        }
      }
      AppendLine(blanked, places, unknown, &out);
    }
    line_begin = next;
  }
  std::sort(out.spans.begin(), out.spans.end(), [](const TagSpan& a, const TagSpan& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace tearline
