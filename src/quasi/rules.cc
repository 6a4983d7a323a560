// Numeric rules: money, percentages and measures (QUANTITY), ages (DEM/AGE).
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
  void Run(const std::vector<size_t>& starts) {
    size_t from = 0;
    for (size_t i : starts) {
      if (i < from || (!(w_[i].flags & kNumber) && !(w_[i].cls & kClsNumericStart))) continue;
      size_t next = i;
      if (TryMoney(i, &next) || TryAge(i, &next) || TryPercentOrMeasure(i, &next)) from = next;
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
}

void MatchNumericRules(std::string_view text, const std::vector<Word>& words, const std::vector<size_t>& starts,
                       std::vector<Finding>* out) {
  Matcher(text, words, out).Run(starts);
}

void RuleStarts(const std::vector<Word>& words, uint32_t cls_mask, std::vector<size_t>* starts) {
  starts->resize(words.size());
  size_t* out = starts->data();
  size_t k = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    out[k] = i;  // kept only when word i qualifies; branch-free, as qualifying words come irregularly
    k += ((words[i].flags & (kCap | kAllCaps | kNumber)) | (words[i].cls & cls_mask)) != 0;
  }
  starts->resize(k);
}

}  // namespace tearline::quasi
