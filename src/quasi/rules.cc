// Numeric rules: money, percentages and measures (QUANTITY), ages (DEM/AGE),
// durations and date ranges (DATE).
#include <algorithm>
#include <array>
#include <string>

#include "quasi_internal.h"

namespace tearline::quasi {
namespace {

constexpr float kMoneyConfidence = 0.85f;
constexpr float kPercentConfidence = 0.45f;
constexpr float kMeasureConfidence = 0.35f;
constexpr float kAgeConfidence = 0.8f;
// "three years", "one year and four months": TAB masks about 60% of the
// durations this rule keeps (after the "within"/"every" exclusions).
constexpr float kDurationConfidence = 0.5f;
// "14 and 27 July 1999": one date mention in TAB, whose parts the date
// patterns find apart, leaving "and" unmasked.
constexpr float kRangeConfidence = 0.7f;
// "seventy-one hearings", "571 landowners": counts tied to one case; weak
// evidence, so only policies that mask every quantity act on them.
constexpr float kCountConfidence = 0.3f;

// ISO 4217 codes (current and pre-euro) likely in reports; matched upper case only.
constexpr std::array<std::string_view, 44> kCurrencyCodes = {
    "EUR", "USD", "GBP", "TRL", "TRY", "YTL", "PLN", "ATS", "DEM", "SEK", "NOK", "DKK", "CHF", "FRF", "BEF",
    "NLG", "ITL", "ESP", "GRD", "RUB", "UAH", "CZK", "HUF", "RON", "BGN", "HRK", "AFN", "PKR", "IRR", "IQD",
    "SYP", "AED", "SAR", "INR", "CAD", "AUD", "JPY", "CNY", "LTL", "LVL", "EEK", "SKK", "MKD", "RSD"};
// Words that may precede a currency noun ("Turkish liras", "pounds sterling" is a noun + suffix).
constexpr std::array<std::string_view, 20> kCurrencyAdjectives = {
    "turkish", "new",    "polish",   "austrian", "swedish", "german",    "gdr",     "deutsch",   "deutsche", "norwegian",
    "danish",  "swiss",  "french",   "belgian",  "cypriot", "us",        "american", "russian",  "ukrainian", "afghan"};
constexpr std::array<std::string_view, 46> kCurrencyNouns = {
    "euro",    "euros",    "dollar",   "dollars", "pound",   "pounds",  "lira",     "liras",     "lire",     "zloty",
    "zlotys",  "zlotych",  "złoty",    "złotys",  "schilling", "schillings", "mark", "marks",   "kronor",   "krona",
    "kroner",  "krone",    "franc",    "francs",  "rouble",  "roubles", "ruble",    "rubles",    "hryvnia",  "hryvnias",
    "afghani", "afghanis", "rupee",    "rupees",  "dinar",   "dinars",  "dirham",   "dirhams",   "riyal",    "riyals",
    "lei",     "leu",      "forint",   "forints", "koruna",  "korunas"};
constexpr std::array<std::string_view, 9> kScales = {"thousand", "million", "millions", "billion", "billions",
                                                     "m",        "bn",      "mn",       "trillion"};
constexpr std::array<std::string_view, 10> kApprox = {"approximately", "approx", "about",  "around", "nearly",
                                                      "almost",        "some",   "roughly", "circa", "over"};
constexpr std::array<std::string_view, 31> kNumberWords = {
    "one",     "two",      "three",   "four",    "five",    "six",      "seven",     "eight",
    "nine",    "ten",      "eleven",  "twelve",  "thirteen", "fourteen", "fifteen",  "sixteen",
    "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",    "fifty",     "sixty",
    "seventy", "eighty",   "ninety",  "hundred", "thousand", "million",  "billion"};
constexpr std::array<std::string_view, 24> kUnits = {
    "metres", "meters",  "metre", "meter", "m",       "km",     "kilometres", "kilometers",
    "kg",     "kilograms", "hectares", "ha", "square", "litres", "liters", "tonnes",
    "tons",   "cm",      "mm",    "acres", "decares", "dekars", "m2",     "sq"};

class Matcher {
 public:
  Matcher(std::string_view text, const std::vector<Word>& words, std::vector<Finding>* out)
      : text_(text), w_(words), out_(out) {}

  // Every rule starts at a number, a number word, a currency code, "aged" or
  // "age"; a match resumes the search after its last word.
  void Run(std::span<const size_t> starts) {
    size_t from = 0;
    for (size_t i : starts) {
      if (i < from || (!(w_[i].flags & kNumber) && !(w_[i].cls & kClsNumericStart))) continue;
      size_t next = i;
      if (TryMoney(i, &next) || TryAge(i, &next) || TryDateRange(i, &next) || TryYearList(i, &next) ||
          TryDuration(i, &next) || TryPercentOrMeasure(i, &next) || TryCount(i, &next)) {
        from = next;
      }
    }
  }

 private:
  std::string_view S(size_t i) const { return text_.substr(w_[i].begin, w_[i].end - w_[i].begin); }
  bool Has(size_t i) const { return i < w_.size(); }
  // Word i exists and is joined to the word before it by a space or joiner.
  bool Near(size_t i) const { return Has(i) && PhraseGap(w_[i].gap); }
  bool IsNum(size_t i) const { return Has(i) && ((w_[i].flags & kNumber) || (w_[i].cls & kClsNumberWord)); }
  bool Is(size_t i, uint32_t cls) const { return Has(i) && (w_[i].cls & cls) != 0; }
  bool IsCode(size_t i) const { return Is(i, kClsCurrencyCode) && (w_[i].flags & kAllCaps); }
  // The gap text before word i.
  std::string_view GapBefore(size_t i) const {
    size_t from = i == 0 ? 0 : w_[i - 1].end;
    return text_.substr(from, w_[i].begin - from);
  }

  // Whether a list separator comes before word k (", ", "and", "to", ", and",
  // ", to"); *after receives the first word after it.
  bool Separator(size_t k, size_t* after) const {
    *after = k;
    if (Has(k) && GapBefore(k) == ", ") {
      if (Is(k, kClsRangeJoin) && Near(k + 1)) *after = k + 1;  // ", and"
      return true;
    }
    if (Near(k) && Is(k, kClsRangeJoin)) {
      *after = k + 1;
      return true;
    }
    return false;
  }

  // End (exclusive word index) of the number chain starting at word i.
  size_t NumberChain(size_t i) const {
    size_t j = i + 1;
    while (Near(j) && (IsNum(j) || Is(j, kClsScale))) ++j;
    return j;
  }
  // End of a currency phrase starting at word i (adjectives, a noun, "sterling"); i when none.
  size_t CurrencyPhrase(size_t i) const {
    if (!Near(i)) return i;
    if (IsCode(i)) return i + 1;
    size_t j = i;
    while (j < i + 2 && Near(j) && Is(j, kClsCurrencyAdj)) ++j;
    if (!Near(j) || !Is(j, kClsCurrencyNoun)) return i;
    ++j;
    if (Near(j) && Is(j, kClsSterling)) ++j;
    return j;
  }
  // Extends a money span over a following "(EUR)" / "[approx. EUR 40]" gloss.
  size_t ExtendGloss(size_t end_word, size_t end_byte) const {
    size_t p = end_byte;
    while (p < text_.size() && text_[p] == ' ') ++p;
    if (p >= text_.size() || (text_[p] != '(' && text_[p] != '[')) return end_byte;
    char close = text_[p] == '(' ? ')' : ']';
    size_t limit = std::min(text_.size(), p + 100);
    size_t q = p + 1;
    int depth = 0;
    for (; q < limit; ++q) {
      char c = text_[q];
      if (c == '\n') return end_byte;
      if (c == '(' || c == '[') ++depth;
      if (c == close || c == ')' || c == ']') {
        if (depth == 0 && c == close) break;
        if (depth > 0) --depth;
      }
    }
    if (q >= limit) return end_byte;
    // The gloss must name a currency.
    bool currency = false;
    for (size_t k = end_word; k < w_.size() && w_[k].begin < q; ++k) {
      if (IsCode(k) || Is(k, kClsCurrencyNoun)) currency = true;
    }
    return currency ? q + 1 : end_byte;
  }
  size_t ApproxStart(size_t i) const {
    if (i > 0 && Is(i - 1, kClsApprox)) {
      std::string_view gap = GapBefore(i);
      if (gap == " " || gap == ". ") return w_[i - 1].begin;
    }
    return w_[i].begin;
  }
  void Emit(size_t begin, size_t end, Kind kind, std::string_view subkind, float confidence) {
    out_->push_back(Finding{begin, end, kind, subkind, confidence, "quasi"});
  }

  bool TryMoney(size_t i, size_t* next) {
    size_t first = i, last = 0;  // words [first, last)
    size_t begin = 0;
    if (IsCode(i) && Near(i + 1) && IsNum(i + 1) && (w_[i + 1].flags & kNumber)) {
      last = NumberChain(i + 1);
      begin = w_[i].begin;
    } else if (IsNum(i) && !(i > 0 && IsCode(i - 1) && Near(i))) {
      size_t chain = NumberChain(i);
      size_t cur = CurrencyPhrase(chain);
      std::string_view gap = GapBefore(i);
      bool symbol = !gap.empty() && (gap.ends_with("£") || gap.ends_with("€") || gap.ends_with("$"));
      if (cur > chain) {
        last = cur;
      } else if (symbol && (w_[i].flags & kNumber)) {
        last = chain;
      } else {
        return false;
      }
      begin = w_[i].begin;
      if (symbol) {
        size_t sym = gap.ends_with("$") ? 1 : gap.ends_with("£") ? 2 : 3;
        begin -= sym;
        if (begin >= 2 && text_.substr(begin - 2, 2) == "US") begin -= 2;
      }
    } else {
      return false;
    }
    begin = std::min(begin, ApproxStart(first));
    size_t end = ExtendGloss(last, w_[last - 1].end);
    Emit(begin, end, Kind::kQuantity, "MONEY", kMoneyConfidence);
    *next = last;
    while (*next < w_.size() && w_[*next].begin < end) ++*next;
    return true;
  }

  bool TryAge(size_t i, size_t* next) {
    size_t begin_word = i, num = i;
    if (Is(i, kClsAged) && Near(i + 1) && IsNum(i + 1)) {
      num = i + 1;
    } else if (Is(i, kClsAge) && Near(i + 1) && Is(i + 1, kClsOf) && Near(i + 2) && IsNum(i + 2)) {
      num = i + 2;
    } else if (!IsNum(i)) {
      return false;
    }
    size_t j = NumberChain(num);
    bool unit = Near(j) && Is(j, kClsYearUnit);
    size_t end_word = j;
    if (begin_word == num) {
      // "<n> years old", "<n>-year-old", "<n> years of age".
      if (!unit) return false;
      if (Near(j + 1) && Is(j + 1, kClsOld)) {
        end_word = j + 2;
      } else if (Near(j + 1) && Is(j + 1, kClsOf) && Near(j + 2) && Is(j + 2, kClsAge)) {
        end_word = j + 3;
      } else {
        return false;
      }
    } else if (unit) {
      end_word = j + 1;
    }
    Emit(w_[begin_word].begin, w_[end_word - 1].end, Kind::kDem, "AGE", kAgeConfidence);
    *next = end_word;
    return true;
  }

  // A day of the month: one or two digits.
  bool IsDay(size_t i) const {
    if (!Has(i) || !(w_[i].flags & kNumber)) return false;
    size_t n = w_[i].end - w_[i].begin;
    if (n > 2) return false;
    for (size_t p = w_[i].begin; p < w_[i].end; ++p) {
      if (text_[p] < '0' || text_[p] > '9') return false;
    }
    return true;
  }
  bool IsMonth(size_t i) const { return Is(i, kClsMonth) && (w_[i].flags & kCap); }
  // A year: four digits.
  bool IsYear(size_t i) const {
    if (!Has(i) || !(w_[i].flags & kNumber) || w_[i].end - w_[i].begin != 4) return false;
    for (size_t p = w_[i].begin; p < w_[i].end; ++p) {
      if (text_[p] < '0' || text_[p] > '9') return false;
    }
    return true;
  }

  // Date ranges and lists that share a year: "14 and 27 July 1999",
  // "1 March and 31 December 1998", "February and March 2001",
  // "7 January, 18 February and 25 October 2004". Parts are a day, a day and
  // a month, or a month; they are separated by ", ", "and", "to" (", and",
  // "and on" too); only the last part has a year. After "between" every part
  // may have a year and "between" is included ("between 5 May 2006 and
  // 24 October 2008").
  bool TryDateRange(size_t i, size_t* next) {
    size_t k = i;
    bool between = Is(i, kClsRangeStart);
    if (between) ++k;
    size_t parts = 0;
    while (true) {
      // A part follows "between" or a separator (", " is not a Near gap).
      if (!Has(k) || (between && k == i + 1 && !Near(k))) return false;
      if (IsDay(k)) {
        ++k;
        if (Near(k) && IsMonth(k)) ++k;
      } else if (IsMonth(k)) {
        ++k;
      } else {
        return false;
      }
      ++parts;
      bool year = Near(k) && IsYear(k);
      if (year) ++k;
      // A separator, or the end of the range.
      size_t sep = k;
      const bool separated = Separator(k, &sep);
      if (separated && Near(sep) && S(sep) == "on") ++sep;
      const bool more = separated && (IsDay(sep) || IsMonth(sep));
      // The range ends at the last part or at the first year (outside
      // "between"): "14 July 1999 and 27 July 1999" is two dates, and a list
      // may go on with the next year's dates ("16 January, 20 March and
      // 8 September 2003, 16 January and 20 September 2004"): two ranges.
      if (!more || (year && !between)) {
        if (!year || parts < 2) return false;
        Emit(w_[i].begin, w_[k - 1].end, Kind::kDate, "RANGE", kRangeConfidence);
        *next = k;
        return true;
      }
      k = sep;
    }
  }

  // Years in a list or a range: "1994, 1995 and 1997", "1960 to 1979",
  // "1993 and 1994" (years 1800-2099; ", ", "and", "to", ", and" between).
  bool TryYearList(size_t i, size_t* next) {
    auto year = [&](size_t k) {
      if (!IsYear(k)) return false;
      const std::string_view y = S(k);
      return y.starts_with("18") || y.starts_with("19") || y.starts_with("20");
    };
    if (!year(i)) return false;
    size_t k = i + 1, parts = 1;
    size_t sep = k;
    while (Separator(k, &sep) && (Near(sep) || sep == k) && year(sep)) {
      k = sep + 1;
      ++parts;
    }
    if (parts < 2) return false;
    Emit(w_[i].begin, w_[k - 1].end, Kind::kDate, "RANGE", kRangeConfidence);
    *next = k;
    return true;
  }

  // Durations: "three years", "two-year", "one year and four months",
  // "two and a half years" (QUANTITY in spirit, DATETIME in TAB). Not after
  // "within", "every", "than", "after", "each", "past" (time limits and
  // rules, not facts of one case), nor before "time"/"period"/"limit".
  bool TryDuration(size_t i, size_t* next) {
    if (!IsNum(i) || (w_[i].end - w_[i].begin > 3 && (w_[i].flags & kNumber))) return false;
    if (i > 0 && Near(i) && Is(i - 1, kClsDurBlock)) return false;
    size_t j = NumberChain(i);
    size_t end = j;
    if (Near(j) && Is(j, kClsDurUnit)) {
      end = j + 1;
    } else if (Near(j) && Is(j, kClsRangeJoin) && S(j) == "and" && Near(j + 1) && Is(j + 1, kClsArticle) &&
               Near(j + 2) && Is(j + 2, kClsHalf) && Near(j + 3) && Is(j + 3, kClsDurUnit)) {
      end = j + 4;  // "two and a half years"
    } else {
      return false;
    }
    if (Near(end) && Is(end, kClsDurStop)) return false;
    // "... and four months", "... and a half".
    if (Near(end) && S(end) == "and") {
      if (Near(end + 1) && Is(end + 1, kClsArticle) && Near(end + 2) && Is(end + 2, kClsHalf)) {
        end += 3;
      } else if (Near(end + 1) && IsNum(end + 1)) {
        size_t c = NumberChain(end + 1);
        if (Near(c) && Is(c, kClsDurUnit)) end = c + 1;
      }
    }
    Emit(w_[i].begin, w_[end - 1].end, Kind::kDate, "DURATION", kDurationConfidence);
    *next = end;
    return true;
  }

  bool TryPercentOrMeasure(size_t i, size_t* next) {
    if (!Has(i) || !(w_[i].flags & kNumber)) return false;
    size_t j = NumberChain(i);
    size_t end = w_[j - 1].end;
    size_t p = end;
    if (p < text_.size() && text_[p] == ' ') ++p;
    if (p < text_.size() && text_[p] == '%') {
      Emit(w_[i].begin, p + 1, Kind::kQuantity, "PERCENT", kPercentConfidence);
      *next = j;
      return true;
    }
    if (Near(j) && Is(j, kClsPer) && Near(j + 1) && Is(j + 1, kClsCent)) {
      Emit(w_[i].begin, w_[j + 1].end, Kind::kQuantity, "PERCENT", kPercentConfidence);
      *next = j + 2;
      return true;
    }
    if (Near(j) && Is(j, kClsPercent)) {
      Emit(w_[i].begin, w_[j].end, Kind::kQuantity, "PERCENT", kPercentConfidence);
      *next = j + 1;
      return true;
    }
    if (Near(j) && Is(j, kClsUnit)) {
      size_t e = j + 1;
      // "km/h", "square metres".
      if (Is(j, kClsSquare) && Near(e) && Is(e, kClsUnit)) ++e;
      size_t end_byte = w_[e - 1].end;
      if (end_byte + 2 <= text_.size() && text_[end_byte] == '/' && Has(e) && w_[e].begin == end_byte + 1) {
        end_byte = w_[e].end;
        ++e;
      }
      Emit(w_[i].begin, end_byte, Kind::kQuantity, "MEASURE", kMeasureConfidence);
      *next = e;
      return true;
    }
    return false;
  }

  // Counts: a number of at most three digits or number words, an optional
  // "other", and a plural noun ("seventy-one hearings", "571 landowners",
  // "seven other persons"). Units, currencies and durations are matched
  // by the rules above.
  bool TryCount(size_t i, size_t* next) {
    if (!IsNum(i) || ((w_[i].flags & kNumber) && w_[i].end - w_[i].begin > 3)) return false;
    size_t k = NumberChain(i);
    if (k == i + 1 && (S(i) == "two" || S(i) == "2")) return false;
    if (Near(k) && S(k) == "other") ++k;
    if (!Near(k) || !(w_[k].flags & kLower) || Is(k, kClsDurUnit | kClsUnit | kClsCurrencyNoun | kClsScale)) {
      return false;
    }
    const std::string_view noun = S(k);
    if (noun.size() < 4 || noun.back() != 's' || noun.ends_with("ss") || noun.ends_with("us")) return false;
    Emit(w_[i].begin, w_[k].end, Kind::kQuantity, "COUNT", kCountConfidence);
    *next = k + 1;
    return true;
  }

  std::string_view text_;
  const std::vector<Word>& w_;
  std::vector<Finding>* out_;
};

}  // namespace

void AddRuleWords(WordClassTable* t) {
  for (auto w : kCurrencyCodes) t->Add(w, kClsCurrencyCode);
  for (auto w : kCurrencyAdjectives) t->Add(w, kClsCurrencyAdj);
  for (auto w : kCurrencyNouns) t->Add(w, kClsCurrencyNoun);
  for (auto w : kScales) t->Add(w, kClsScale);
  for (auto w : kApprox) t->Add(w, kClsApprox);
  for (auto w : kUnits) t->Add(w, kClsUnit);
  for (auto w : kNumberWords) t->Add(w, kClsNumberWord);
  for (auto w : {"year", "years", "month", "months"}) t->Add(w, kClsYearUnit);
  t->Add("aged", kClsAged);
  t->Add("age", kClsAge);
  t->Add("of", kClsOf);
  t->Add("old", kClsOld);
  t->Add("per", kClsPer);
  t->Add("cent", kClsCent);
  t->Add("percent", kClsPercent);
  t->Add("sterling", kClsSterling);
  t->Add("square", kClsSquare);
  for (auto w : {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                 "november", "december"}) {
    t->Add(w, kClsMonth);
  }
  for (auto w : {"year", "years", "month", "months", "week", "weeks", "day", "days"}) t->Add(w, kClsDurUnit);
  for (auto w : {"and", "to"}) t->Add(w, kClsRangeJoin);
  t->Add("between", kClsRangeStart);
  for (auto w : {"within", "every", "than", "after", "each", "past"}) t->Add(w, kClsDurBlock);
  for (auto w : {"time", "period", "limit"}) t->Add(w, kClsDurStop);
  t->Add("half", kClsHalf);
  for (auto w : {"a", "an"}) t->Add(w, kClsArticle);
}

void MatchNumericRules(std::string_view text, const std::vector<Word>& words, std::span<const size_t> starts,
                       std::vector<Finding>* out) {
  Matcher(text, words, out).Run(starts);
}

void RuleStarts::Find(const std::vector<Word>& words) {
  const size_t n = words.size();
  if (n > capacity_) {
    capacity_ = std::max(n, 2 * capacity_);
    buffer_ = std::make_unique_for_overwrite<size_t[]>(3 * capacity_);
  }
  size_t* phrase = buffer_.get();
  size_t* capital = phrase + capacity_;
  size_t* numeric = capital + capacity_;
  size_t p = 0, c = 0, m = 0;
  for (size_t i = 0; i < n; ++i) {
    // Each index is written and kept only when word i qualifies; branch-free,
    // as qualifying words come irregularly.
    const Word& w = words[i];
    phrase[p] = i;
    capital[c] = i;
    numeric[m] = i;
    p += (w.cls & kClsPhraseStart) != 0;
    c += (w.flags & (kCap | kAllCaps)) != 0;
    m += ((w.flags & kNumber) | (w.cls & kClsNumericStart)) != 0;
  }
  phrase_ = p;
  capital_ = c;
  numeric_ = m;
}

}  // namespace tearline::quasi
