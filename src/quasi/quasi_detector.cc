// The quasi detector: lexicon phrases (DEM, ORG names), the organisation
// rule and the numeric rules, over one word split of the text.
#include <algorithm>
#include <string>
#include <unordered_map>

#include "quasi_internal.h"
#include "tearline/quasi.h"

namespace tearline {
namespace {

using quasi::Gap;
using quasi::Word;

constexpr std::string_view kId = "quasi";
constexpr size_t kMaxPhraseWords = 8;
// A capitalised lexicon word directly followed by another capitalised word is
// an adjective of a name ("Turkish Government"), and one before a currency
// noun names the currency ("Turkish liras"); neither is a person's attribute.
constexpr float kBeforeNameConfidence = 0.05f;
// "a Polish national": TAB masks the phrase about one time in four.
constexpr float kNationalConfidence = 0.3f;
// "Afghan nationals": a group, rarely identifying.
constexpr float kNationalsConfidence = 0.08f;
// "a lawyer", "as an interpreter" (singular occupations only).
constexpr float kOccupationWithArticleConfidence = 0.6f;
// Entries below this never rise after an article (plurals such as "students"
// carry 0.08); "lawyer" carries 0.09: alone it is mostly a representative.
constexpr float kMinBoostable = 0.09f;
// "a lawyer practising in X": the representative, not the person described.
constexpr float kPractisingConfidence = 0.05f;
// A "-zai"/"-khel" word is a tribe or a family name derived from one.
constexpr float kTribeConfidence = 0.5f;
// An organisation name made only of generic words ("Supreme Court").
constexpr float kGenericOrgConfidence = 0.08f;

struct Phrase {
  std::string norm;  // lower-cased words joined by single spaces
  Kind kind;
  std::string_view subkind;
  float confidence;
  bool needs_cap;
  uint8_t words;
};

class QuasiScratch final : public DetectorScratch {
 public:
  std::vector<Word> words;
  quasi::RuleStarts starts;  // of words
  std::vector<Finding> found;
  std::string norm;
};

std::string Normalize(std::string_view text, const std::vector<Word>& words, size_t from, size_t to) {
  std::string s;
  for (size_t k = from; k < to; ++k) {
    if (k > from) s.push_back(' ');
    for (size_t p = words[k].begin; p < words[k].end; ++p) {
      char c = text[p];
      s.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    }
  }
  return s;
}

// True when Normalize(text, words, from, to) == norm, without building it.
bool SameNorm(std::string_view text, const std::vector<Word>& words, size_t from, size_t to, std::string_view norm) {
  size_t pos = 0;
  for (size_t k = from; k < to; ++k) {
    if (k > from) {
      if (pos >= norm.size() || norm[pos] != ' ') return false;
      ++pos;
    }
    size_t len = words[k].end - words[k].begin;
    if (norm.size() - pos < len) return false;
    for (size_t p = 0; p < len; ++p) {
      char c = text[words[k].begin + p];
      if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c) != norm[pos + p]) return false;
    }
    pos += len;
  }
  return pos == norm.size();
}

uint64_t H(std::string_view s) { return quasi::HashLower(s); }

class QuasiDetector final : public Detector {
 public:
  explicit QuasiDetector(const QuasiOptions& options) : options_(options) {
    quasi::AddRuleWords(&table_);
    for (std::string_view w : {"of", "for", "and", "the", "on", "de", "du", "des", "der", "für", "in"}) {
      table_.Add(w, quasi::kClsConnector);
    }
    for (std::string_view w : {"the", "a", "an", "in", "on", "at", "by", "for", "from", "to", "under", "with",
                               "this", "that", "these", "those", "his", "her", "their", "its", "after", "before",
                               "when", "while", "if", "as", "since", "mr", "mrs", "ms", "dr", "both", "all",
                               "according", "however", "accordingly", "article", "section", "and", "or", "but",
                               "on", "upon", "then", "thus", "also"}) {
      table_.Add(w, quasi::kClsStopStart);
    }
    for (std::string_view w : {"national", "nationals", "citizen", "citizens"}) table_.Add(w, quasi::kClsNational);
    for (std::string_view w : {"a", "an", "as"}) table_.Add(w, quasi::kClsArticle);
  }

  Status Add(const QuasiLexicons& lex) {
    std::vector<Word> words;
    for (const QuasiLexiconEntry& e : lex.entries) {
      TL_RETURN_IF_ERROR(Check(e, &words));
      uint64_t h = quasi::kPhraseSeed;
      for (const Word& w : words) h = quasi::MixPhrase(h, w.hash);
      Phrase p{Normalize(e.phrase, words, 0, words.size()), e.kind, e.subkind, e.confidence,
               (words[0].flags & quasi::kCap) != 0, static_cast<uint8_t>(words.size())};
      auto [it, inserted] = phrases_.try_emplace(h, phrases_store_.size());
      if (inserted) {
        phrases_store_.push_back(std::move(p));
      } else if (phrases_store_[it->second].confidence < p.confidence) {
        phrases_store_[it->second] = std::move(p);
      }
      table_.Add(words[0].hash, quasi::kClsPhraseStart);
      for (size_t k = 1; k < words.size(); ++k) table_.Add(words[k].hash, quasi::kClsPhraseWord);
      // Demonyms never make an organisation name specific.
      if (e.kind == Kind::kDem && words.size() == 1) table_.Add(words[0].hash, quasi::kClsGeneric);
    }
    for (const QuasiLexiconEntry& e : lex.org_heads) {
      TL_RETURN_IF_ERROR(Check(e, &words));
      if (words.size() != 1) return Status::InvalidArgument("an organisation head must be one word");
      heads_[words[0].hash] = e.confidence;
      table_.Add(words[0].hash, quasi::kClsHead);
    }
    for (const std::string& g : lex.org_generic) {
      quasi::SplitWords(g, &words);
      for (const Word& w : words) table_.Add(w.hash, quasi::kClsGeneric);
    }
    return Status::OK();
  }

  std::string_view id() const override { return kId; }
  KindMask kinds() const override {
    return KindBit(Kind::kDem) | KindBit(Kind::kOrg) | KindBit(Kind::kQuantity) | KindBit(Kind::kDate);
  }
  std::unique_ptr<DetectorScratch> NewScratch() const override { return std::make_unique<QuasiScratch>(); }

  Status Scan(std::string_view text, DetectorScratch& scratch_base, FindingSink& sink) const override {
    auto* scratch = dynamic_cast<QuasiScratch*>(&scratch_base);
    if (scratch == nullptr) return Status::Internal("quasi detector got a scratch made by another detector");
    std::vector<Word>& w = scratch->words;
    quasi::SplitWords(text, &w, &table_);
    // Every rule starts at a phrase start, a capitalised word, a number or a
    // numeric rule word; each matcher visits only the words of its kind.
    scratch->starts.Find(w);
    const quasi::RuleStarts& starts = scratch->starts;
    scratch->found.clear();
    MatchPhrases(text, w, starts.phrase(), scratch);
    MatchTribes(text, w, starts.capital(), &scratch->found);
    MatchOrgs(text, w, starts.capital(), &scratch->found);
    quasi::MatchNumericRules(text, w, starts.numeric(), &scratch->found);
    for (const Finding& f : scratch->found) {
      if (f.confidence >= options_.min_confidence && f.end > f.begin) sink.Add(f);
    }
    return Status::OK();
  }

 private:
  static Status Check(const QuasiLexiconEntry& e, std::vector<Word>* words) {
    if (!(e.confidence >= 0.0f && e.confidence <= 1.0f)) {
      return Status::InvalidArgument("a lexicon confidence is outside [0, 1]");
    }
    quasi::SplitWords(e.phrase, words);
    if (words->empty() || words->size() > kMaxPhraseWords) {
      return Status::InvalidArgument("a lexicon entry must have 1 to 8 words");
    }
    return Status::OK();
  }

  bool Near(const std::vector<Word>& w, size_t i) const { return i < w.size() && quasi::PhraseGap(w[i].gap); }

  // Longest phrase at each phrase start; a match resumes the search after it.
  void MatchPhrases(std::string_view text, const std::vector<Word>& w, std::span<const size_t> starts,
                    QuasiScratch* scratch) const {
    size_t from = 0;
    for (size_t i : starts) {
      if (i < from || !(w[i].cls & quasi::kClsPhraseStart)) continue;
      uint64_t h = quasi::kPhraseSeed;
      const Phrase* best = nullptr;
      size_t best_end = i;
      for (size_t j = i; j < w.size() && j < i + kMaxPhraseWords; ++j) {
        // No phrase goes on over a gap or a word that no phrase has past its start.
        if (j > i && (!quasi::PhraseGap(w[j].gap) || !(w[j].cls & quasi::kClsPhraseWord))) break;
        h = quasi::MixPhrase(h, w[j].hash);
        auto it = phrases_.find(h);
        if (it == phrases_.end()) continue;
        const Phrase& p = phrases_store_[it->second];
        if (p.needs_cap && !(w[i].flags & quasi::kCap)) continue;
        if (!SameNorm(text, w, i, j + 1, p.norm)) continue;
        best = &p;
        best_end = j + 1;
      }
      if (best == nullptr) continue;
      Finding f{w[i].begin, w[best_end - 1].end, best->kind, best->subkind, best->confidence, kId};
      if (best->kind == Kind::kDem && Near(w, best_end)) {
        const Word& next = w[best_end];
        if (best->needs_cap && (next.cls & quasi::kClsNational)) {
          // "a Turkish national": TAB marks either the demonym or the whole
          // phrase; after "a"/"an" the span covers both (one token more when
          // only the demonym is marked). Otherwise it stays on the demonym.
          bool plural = next.hash == nationals_hash_ || next.hash == citizens_hash_;
          f.confidence = plural ? kNationalsConfidence : kNationalConfidence;
          if (!plural && i > 0 && Near(w, i) && (w[i - 1].cls & quasi::kClsArticle)) f.end = next.end;
        } else if (((next.flags & (quasi::kCap | quasi::kAllCaps)) && !(next.cls & quasi::kClsPhraseStart)) ||
                   (next.cls & quasi::kClsCurrencyNoun)) {
          f.confidence = std::min(f.confidence, kBeforeNameConfidence);
        }
      }
      // "a driver", "worked as an interpreter": an occupation of one person;
      // but "an advocate practising in X" introduces a representative.
      if (best->subkind == "OCCUPATION") {
        if (Near(w, best_end) && (w[best_end].hash == practising_hash_ || w[best_end].hash == practicing_hash_)) {
          f.confidence = std::min(f.confidence, kPractisingConfidence);
        } else if (f.confidence >= kMinBoostable && i > 0 && Near(w, i) && (w[i - 1].cls & quasi::kClsArticle)) {
          f.confidence = std::max(f.confidence, kOccupationWithArticleConfidence);
        }
      }
      scratch->found.push_back(f);
      from = best_end;  // no shorter phrase inside this one
    }
  }

  // Tribal names: a capitalised word ending in "zai" or "khel" ("Ahmadzai",
  // "Sulaimankhel"), or "<Name> Khel".
  void MatchTribes(std::string_view text, const std::vector<Word>& w, std::span<const size_t> starts,
                   std::vector<Finding>* out) const {
    for (size_t i : starts) {
      if (!(w[i].flags & quasi::kCap)) continue;
      std::string_view s = text.substr(w[i].begin, w[i].end - w[i].begin);
      if (s.size() == 4 && w[i].hash == khel_hash_ && i > 0 && Near(w, i) && (w[i - 1].flags & quasi::kCap)) {
        out->push_back(Finding{w[i - 1].begin, w[i].end, Kind::kDem, "ETHNICITY", kTribeConfidence, kId});
        continue;
      }
      if (s.size() < 6 || (w[i].flags & quasi::kAllCaps)) continue;
      if (s.ends_with("zai") || s.ends_with("khel")) {
        out->push_back(Finding{w[i].begin, w[i].end, Kind::kDem, "ETHNICITY", kTribeConfidence, kId});
      }
    }
  }

  // True when the gap before word j lets an organisation name continue:
  // spaces, a joiner, or a plural possessive ("Magistrates’ Court").
  static bool OrgGap(std::string_view text, const std::vector<Word>& w, size_t j) {
    if (quasi::PhraseGap(w[j].gap)) return true;
    std::string_view gap = text.substr(w[j - 1].end, w[j].begin - w[j - 1].end);
    return gap == "’ " || gap == "' " || gap == "/";
  }
  static bool Capital(const Word& x) { return (x.flags & (quasi::kCap | quasi::kAllCaps)) != 0; }

  // Runs of capitalised words, each scored once; the search resumes after a run.
  void MatchOrgs(std::string_view text, const std::vector<Word>& w, std::span<const size_t> starts,
                 std::vector<Finding>* out) const {
    if (heads_.empty()) return;
    size_t from = 0;
    for (size_t i : starts) {
      if (i < from || !Capital(w[i])) continue;
      // A run of capitalised words, connectors allowed between them.
      size_t e = i + 1;
      while (e < w.size() && OrgGap(text, w, e)) {
        if (Capital(w[e])) {
          ++e;
        } else if ((w[e].cls & quasi::kClsConnector) && (w[e].flags & quasi::kLower)) {
          size_t k = e;
          while (k < w.size() && (w[k].cls & quasi::kClsConnector) && (w[k].flags & quasi::kLower) &&
                 OrgGap(text, w, k)) {
            ++k;
          }
          if (k < w.size() && k > e && OrgGap(text, w, k) && Capital(w[k])) {
            e = k + 1;
          } else {
            break;
          }
        } else {
          break;
        }
      }
      size_t s = i;
      while (s < e && (w[s].cls & quasi::kClsStopStart)) ++s;
      ScoreRun(text, w, s, e, out);
      from = e;
    }
  }

  void ScoreRun(std::string_view text, const std::vector<Word>& w, size_t s, size_t e,
                std::vector<Finding>* out) const {
    if (s >= e) return;
    // Headings in capitals ("THE LAW") are not names.
    bool all_caps = true;
    for (size_t k = s; k < e; ++k) all_caps = all_caps && (w[k].flags & quasi::kAllCaps);
    if (all_caps && e - s > 1) return;
    size_t last_head = e;
    float conf = 0;
    for (size_t k = s; k < e; ++k) {
      if (!(w[k].cls & quasi::kClsHead) || !Capital(w[k])) continue;
      auto it = heads_.find(w[k].hash);
      if (it != heads_.end()) {
        last_head = k;
        conf = std::max(conf, it->second);
      }
    }
    if (last_head == e) return;
    // "Rules of Court", "Head of the Legal Department": what precedes an "of"
    // before the first head is not part of the name.
    size_t first_head = s;
    while (!((w[first_head].cls & quasi::kClsHead) && Capital(w[first_head]))) ++first_head;
    for (size_t k = first_head; k > s; --k) {
      if ((w[k - 1].cls & quasi::kClsConnector) && (w[k - 1].flags & quasi::kLower)) {
        s = k;
        break;
      }
    }
    while (s < first_head && (w[s].cls & quasi::kClsStopStart)) ++s;
    // After the last head, keep an "of ..." complement ("Ministry of the
    // Interior"); not what "and" joins to it ("the Labour Party and Ahmad
    // Karimi of UNHCR": another name).
    size_t end = last_head + 1;
    if (end < e && (w[end].cls & quasi::kClsConnector) && text.substr(w[end].begin, w[end].end - w[end].begin) != "and") {
      end = e;
    }
    // Trim trailing connectors.
    while (end > s + 1 && (w[end - 1].cls & quasi::kClsConnector) && (w[end - 1].flags & quasi::kLower)) --end;
    bool specific = false;
    for (size_t k = s; k < end; ++k) {
      if (!Capital(w[k]) || (w[k].cls & quasi::kClsHead) || (w[k].cls & quasi::kClsGeneric)) continue;
      specific = true;
    }
    size_t end_byte = ExtendParenthetical(text, w, end, w[end - 1].end);
    out->push_back(Finding{w[s].begin, end_byte, Kind::kOrg, "", specific ? conf : kGenericOrgConfidence, kId});
  }

  // Includes a directly following gloss in parentheses that starts with a
  // capital ("(Zakład Karny)", "(IAP)"), up to 60 bytes on one line.
  static size_t ExtendParenthetical(std::string_view text, const std::vector<Word>& w, size_t next_word,
                                    size_t end_byte) {
    size_t p = end_byte;
    if (p < text.size() && text[p] == ' ') ++p;
    if (p >= text.size() || text[p] != '(' || next_word >= w.size() || w[next_word].begin != p + 1 ||
        !Capital(w[next_word])) {
      return end_byte;
    }
    size_t close = text.find(')', p);
    if (close == std::string_view::npos || close - p > 60) return end_byte;
    if (text.substr(p, close - p).find('\n') != std::string_view::npos) return end_byte;
    return close + 1;
  }

  QuasiOptions options_;
  std::vector<Phrase> phrases_store_;
  std::unordered_map<uint64_t, size_t> phrases_;
  std::unordered_map<uint64_t, float> heads_;
  quasi::WordClassTable table_;
  const uint64_t nationals_hash_ = H("nationals");
  const uint64_t citizens_hash_ = H("citizens");
  const uint64_t khel_hash_ = H("khel");
  const uint64_t practising_hash_ = H("practising");
  const uint64_t practicing_hash_ = H("practicing");
};

}  // namespace

Result<std::unique_ptr<const Detector>> CompileQuasiDetector(const QuasiLexicons& lexicons,
                                                             const QuasiOptions& options) {
  auto detector = std::make_unique<QuasiDetector>(options);
  TL_RETURN_IF_ERROR(detector->Add(lexicons));
  return std::unique_ptr<const Detector>(std::move(detector));
}

std::vector<std::unique_ptr<const Detector>> NewNameRuleDetectors() {
  std::vector<std::unique_ptr<const Detector>> rules;
  rules.push_back(NewTitledNameDetector());
  rules.push_back(NewCodeNameDetector());
  rules.push_back(NewRelationNameDetector());
  rules.push_back(NewAppositionDetector());
  rules.push_back(NewEastAsianNameDetector());
  rules.push_back(NewRegionalNameDetector());
  rules.push_back(NewFieldNameDetector());
  rules.push_back(NewInitialsDetector());
  rules.push_back(NewQuoteSpeakerDetector());
  rules.push_back(NewCitationDetector());
  return rules;
}

Result<std::unique_ptr<const Detector>> CompileQuasiDetector(const std::string& lexicon_dir,
                                                             const QuasiOptions& options) {
  TL_ASSIGN_OR_RETURN(QuasiLexicons lex, LoadQuasiLexicons(lexicon_dir));
  return CompileQuasiDetector(lex, options);
}

}  // namespace tearline
