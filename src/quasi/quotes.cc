// The quote detector: the speaker named right after a closing quotation mark
// ('"You pay or you go back," Briceño said.'). Contract in tearline/quasi.h
// (NewQuoteSpeakerDetector).
#include <algorithm>
#include <cstring>
#include <iterator>
#include <string_view>

#include "name_words.h"
#include "tearline/quasi.h"

namespace tearline {
namespace {

using quasi::IsLowerAscii;
using quasi::IsUpperAscii;

constexpr std::string_view kId = "quotes";
constexpr float kSpeakerConfidence = 0.6f;
constexpr size_t kMaxSpeakerWords = 3;

// Verbs of speech that attribute a quotation, lower case, sorted.
constexpr std::string_view kSpeechVerbs[] = {
    "added",   "adds",    "asked",   "asks",    "claimed", "continued", "explained", "explains", "insisted",
    "noted",   "recalled", "recalls", "replied", "said",   "says",      "stated",    "told",     "warned",
    "wrote",
};
static_assert(std::is_sorted(std::begin(kSpeechVerbs), std::end(kSpeechVerbs)));

// Words a quotation opens with before a comma that address no one by name
// ("said "Listen, ..."", "told me "Sir, ...""), and verbs of an order
// ('They said "Go Bosnia, go!"'), sorted.
constexpr std::string_view kAddressWords[] = {
    "Boss", "Brother", "Come", "Dad", "Doctor", "Friend", "Get", "Give", "Go", "Guys", "Hello", "Hey",
    "Hi", "Leave", "Listen", "Look", "Madam", "Mama", "Mom", "Mother", "Move", "Mum", "Ok", "Okay",
    "Please", "Run", "Sir", "Sister", "Sit", "Son", "Sorry", "Stand", "Stop", "Take", "Thanks", "Uncle",
    "Wait",
};
static_assert(std::is_sorted(std::begin(kAddressWords), std::end(kAddressWords)));

using quasi::IsLetterByte;
using quasi::Listed;

// The word of name bytes (and inner '-' or '\'') at text[i]: its end, or i.
size_t WordEnd(std::string_view text, size_t i) {
  size_t e = i;
  while (e < text.size() &&
         (IsLetterByte(text[e]) || ((text[e] == '-' || text[e] == '\'') && e > i && e + 1 < text.size() &&
                                    IsLetterByte(text[e + 1])))) {
    ++e;
  }
  return e;
}

// Whether text[b, e) is a capitalised word that may be a name: a capital (or
// a letter outside ASCII) first, a lower-case letter in it (not "UNHCR").
bool NameWord(std::string_view text, size_t b, size_t e) {
  if (e <= b || !(IsUpperAscii(text[b]) || static_cast<unsigned char>(text[b]) >= 0xC3)) return false;
  for (size_t i = b + 1; i < e; ++i) {
    if (IsLowerAscii(text[i])) return true;
  }
  return false;
}

// Whether a verb of speech (in lower case) is the word at text[i].
bool SpeechVerbAt(std::string_view text, size_t i) {
  const size_t e = WordEnd(text, i);
  return e > i && Listed(kSpeechVerbs, text.substr(i, e - i));
}

class QuoteSpeakerDetector final : public Detector {
 public:
  std::string_view id() const override { return kId; }
  KindMask kinds() const override { return KindBit(Kind::kPerson); }
  std::unique_ptr<DetectorScratch> NewScratch() const override { return std::make_unique<DetectorScratch>(); }

  // Candidates are the quotation marks '"' and U+201D (Speaker checks that
  // ',', '.', '?' or '!' ends the quoted words), and '"' and U+201C opening
  // a quotation (Vocative).
  Status Scan(std::string_view text, DetectorScratch&, FindingSink& sink) const override {
    for (size_t i = 0; i < text.size();) {
      const void* at = std::memchr(text.data() + i, '"', text.size() - i);
      if (at == nullptr) break;
      const size_t q = static_cast<size_t>(static_cast<const char*>(at) - text.data());
      i = q + 1;
      Speaker(text, q, q + 1, sink);
      Vocative(text, q, q + 1, sink);
    }
    constexpr std::string_view kLeftQuote = "\xE2\x80\x9C";
    for (size_t q = text.find(kLeftQuote); q != std::string_view::npos; q = text.find(kLeftQuote, q + 3)) {
      Vocative(text, q, q + 3, sink);
    }
    constexpr std::string_view kRightQuote = "\xE2\x80\x9D";
    for (size_t q = text.find(kRightQuote); q != std::string_view::npos; q = text.find(kRightQuote, q + 3)) {
      Speaker(text, q, q + 3, sink);
    }
    return Status::OK();
  }

 private:
  // The speaker after the closing quotation mark text[q, after): "," X
  // said' or '," said X'.
  static void Speaker(std::string_view text, size_t q, size_t after, FindingSink& sink) {
    if (q == 0 || std::strchr(",.?!", text[q - 1]) == nullptr || text[q - 1] == '\0') return;
    if (after + 1 >= text.size() || text[after] != ' ') return;
    const size_t b = after + 1;
    if (SpeechVerbAt(text, b)) {  // '," said Briceño.'
      const size_t verb_end = WordEnd(text, b);
      if (verb_end >= text.size() || text[verb_end] != ' ') return;
      const size_t name_end = NameEnd(text, verb_end + 1);
      if (name_end == verb_end + 1) return;
      if (name_end < text.size() && std::strchr(".,;:!?\n", text[name_end]) == nullptr) return;
      sink.Add(Finding{verb_end + 1, name_end, Kind::kPerson, "SPEAKER", kSpeakerConfidence, kId});
      return;
    }
    const size_t name_end = NameEnd(text, b);  // '," Briceño said.'
    if (name_end == b || name_end + 1 >= text.size() || text[name_end] != ' ' || !SpeechVerbAt(text, name_end + 1)) {
      return;
    }
    sink.Add(Finding{b, name_end, Kind::kPerson, "SPEAKER", kSpeakerConfidence, kId});
  }

  // The person a quotation addresses by name as it opens, right after a
  // verb of speech (and ':' or ','): 'he said "Zozan, we know your son"'.
  // The quotation mark is text[q, after); one or two name words, then ", "
  // and a lower-case word; not a sentence opener or a word of address
  // ("Listen, ...", "Sir, ...").
  static void Vocative(std::string_view text, size_t q, size_t after, FindingSink& sink) {
    size_t v = q;
    if (v > 0 && text[v - 1] == ' ') --v;
    if (v > 0 && (text[v - 1] == ':' || text[v - 1] == ',')) --v;
    if (v == q || v == 0) return;
    size_t vb = v;
    while (vb > 0 && IsLowerAscii(text[vb - 1])) --vb;
    if (vb == v || (vb > 0 && IsLetterByte(text[vb - 1])) || !Listed(kSpeechVerbs, text.substr(vb, v - vb))) return;
    const size_t name_end = NameEnd(text, after);
    if (name_end == after || name_end + 2 >= text.size() || text[name_end] != ',' || text[name_end + 1] != ' ' ||
        !IsLowerAscii(text[name_end + 2])) {
      return;
    }
    const std::string_view name = text.substr(after, name_end - after);
    if (Listed(kAddressWords, name.substr(0, name.find(' '))) || std::count(name.begin(), name.end(), ' ') > 1) return;
    sink.Add(Finding{after, name_end, Kind::kPerson, "ADDRESSEE", kSpeakerConfidence, kId});
  }

  // The end of one to three name words joined by single spaces at text[b],
  // or b: the first is no sentence opener ("He", "The", "Officials" is left
  // to the generic-word check).
  static size_t NameEnd(std::string_view text, size_t b) {
    size_t end = b;
    for (size_t w = 0, i = b; w < kMaxSpeakerWords; ++w) {
      const size_t e = WordEnd(text, i);
      if (!NameWord(text, i, e)) break;
      if (w == 0 && quasi::IsSentenceOpener(text.substr(i, e - i))) return b;
      end = e;
      if (e + 1 >= text.size() || text[e] != ' ') break;
      i = e + 1;
    }
    return end;
  }
};

}  // namespace

std::unique_ptr<const Detector> NewQuoteSpeakerDetector() { return std::make_unique<QuoteSpeakerDetector>(); }

}  // namespace tearline
