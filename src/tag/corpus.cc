// Training corpora readers: GUM CoNLL-U and TAB JSON (contracts in tearline/tag.h).
#include <algorithm>
#include <cctype>
#include <array>
#include <sstream>

#include "tearline/eval.h"
#include "tearline/tag.h"

namespace tearline {
namespace {

struct Word {
  size_t begin = 0, end = 0;  // bytes in the rebuilt text
  int id = 0;                 // 1-based word id in the sentence
  int head = 0;
  std::string upos;
  std::string xpos;
  std::string deprel;
  std::string form;
};

struct OpenMention {
  std::string eid;
  std::string etype;
  size_t first_word;  // index into the sentence's words
  int min_lo = 0, min_hi = 0;  // GUM minimal span, 1-based word positions in the mention (0: none)
};

struct Mention {
  std::string etype;
  size_t first, last;  // inclusive word indexes
  int min_lo = 0, min_hi = 0;
};

// The minimal-span field of a GUM entity ("eid-type-infstat-salience-
// centering-MINSPAN-..."): the smallest and largest listed position.
void ParseMinSpan(std::string_view attrs, int* lo, int* hi) {
  *lo = *hi = 0;
  size_t pos = 0;
  for (int field = 0; field < 5; ++field) {
    pos = attrs.find('-', pos);
    if (pos == std::string_view::npos) return;
    ++pos;
  }
  size_t end = attrs.find('-', pos);
  std::string_view f = attrs.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
  int cur = 0;
  bool any = false;
  for (size_t i = 0; i <= f.size(); ++i) {
    if (i < f.size() && f[i] >= '0' && f[i] <= '9') {
      cur = cur * 10 + (f[i] - '0');
      any = true;
      if (cur > 1000) return;
    } else if (i == f.size() || f[i] == ',') {
      if (!any) return;
      *lo = *lo == 0 ? cur : std::min(*lo, cur);
      *hi = std::max(*hi, cur);
      cur = 0;
      any = false;
    } else {
      *lo = *hi = 0;
      return;
    }
  }
}

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> f;
  size_t start = 0;
  for (size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == '\t') {
      f.push_back(line.substr(start, i - start));
      start = i + 1;
    }
  }
  return f;
}

std::string_view MiscValue(std::string_view misc, std::string_view key) {
  size_t start = 0;
  while (start <= misc.size()) {
    size_t bar = misc.find('|', start);
    if (bar == std::string_view::npos) bar = misc.size();
    std::string_view kv = misc.substr(start, bar - start);
    if (kv.size() > key.size() && kv.substr(0, key.size()) == key && kv[key.size()] == '=') {
      return kv.substr(key.size() + 1);
    }
    start = bar + 1;
  }
  return {};
}

bool IsMonth(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"};
  return std::find(kMonths.begin(), kMonths.end(), w) != kMonths.end();
}

bool LowerStart(const Word& w) {
  unsigned char c = static_cast<unsigned char>(w.form.empty() ? 'a' : w.form[0]);
  return (c >= 'a' && c <= 'z') || c == '\'' || (c < 0x80 && !std::isalnum(c));
}

bool IsConnector(const std::string& form, TagLabel label) {
  // Words that may join the parts of one name. Person names never contain
  // "of"/"and"/"for"/"&" (those join organisations and places); "the" joins
  // an epithet to a person's name ("Peter the Great").
  static constexpr std::array<std::string_view, 10> kNameParticles = {"de", "da", "del", "von", "van",
                                                                      "bin", "al", "ibn", "-", "la"};
  static constexpr std::array<std::string_view, 5> kOrgJoiners = {"of", "the", "and", "for", "&"};
  if (std::find(kNameParticles.begin(), kNameParticles.end(), form) != kNameParticles.end()) return true;
  if (label == TagLabel::kPerson) return form == "the";
  return std::find(kOrgJoiners.begin(), kOrgJoiners.end(), form) != kOrgJoiners.end();
}

// Titles, ranks and roles: a person run made of these words alone ("the
// Tsar", "Your Honor", "the Prime Minister") names no one.
bool IsRoleWord(std::string_view form) {
  static constexpr std::array<std::string_view, 62> kRoles = {
      "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "madam", "madame",
      "mademoiselle", "mlle", "king", "queen", "prince", "princess", "emperor", "empress", "tsar", "tsarina",
      "tsarevna", "czar", "pope", "shah", "sultan", "regent", "president", "vice", "minister", "prime",
      "governor", "senator", "mayor", "general", "judge", "justice", "honor", "honour", "majesty", "highness",
      "excellency", "chairman", "attorney", "spokesperson", "secretary", "mp", "qc", "sc", "saint", "st",
      "colonel", "captain", "major", "lieutenant", "sergeant", "commander", "admiral", "chief", "officer"};
  std::string w;
  for (char c : form) {
    if (c != '.') w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return std::find(kRoles.begin(), kRoles.end(), w) != kRoles.end();
}

// A named mention's gold spans: its GUM minimal span (the whole mention when
// absent) cut into runs of name words (PROPN, NUM, capitalised words and
// connectors inside); every run holding a PROPN is one span. For persons:
// the span ends before an "of" ("Patrick Gordon of Auchleuchries"); a
// capitalised common noun or adjective is no name word ("Biologist Nick
// Bos" -> "Nick Bos"); when the minimal span holds no name, an appositive
// name in the whole mention ("his second son James"); a run ending in a plural proper noun is a group
// ("the Tatars"), and a run of role words alone names no one ("the Tsar",
// "Professor of Music"): neither gives a span.
void EmitNamed(const std::vector<Word>& words, const Mention& m, TagLabel label, AnnotatedText* out) {
  size_t first = m.first, last = m.last;
  bool minimal = false;
  if (m.min_lo > 0) {
    size_t lo = m.first + static_cast<size_t>(m.min_lo - 1), hi = m.first + static_cast<size_t>(m.min_hi - 1);
    if (lo <= hi && hi <= m.last) {
      first = lo;
      last = hi;
      minimal = true;
    }
  }
  const bool person = label == TagLabel::kPerson;
  auto name_word = [&](const Word& w) {
    if (w.upos == "PROPN" || w.upos == "NUM") return true;
    if (LowerStart(w) || w.upos == "PUNCT" || w.upos == "PART" || w.upos == "DET" || w.upos == "PRON") return false;
    return !person || w.xpos.rfind("NNP", 0) == 0 || w.upos == "X";
  };
  // Emits the runs of [a, b]; appos_only: only runs holding an appositive.
  auto emit = [&](size_t a, size_t b, bool appos_only) {
    if (person) {
      for (size_t i = a; i <= b; ++i) {
        if (words[i].form == "of") {
          if (i == a) return size_t{0};
          b = i - 1;
          break;
        }
      }
    }
    size_t emitted = 0;
    size_t i = a;
    while (i <= b) {
      if (!name_word(words[i])) {
        ++i;
        continue;
      }
      size_t j = i;  // extend over name words and inner connectors
      size_t end = i;
      while (j + 1 <= b) {
        const Word& nx = words[j + 1];
        if (name_word(nx)) {
          end = ++j;
        } else if (IsConnector(nx.form, label) && j + 2 <= b && name_word(words[j + 2])) {
          j += 2;
          end = j;
        } else {
          break;
        }
      }
      bool propn = false, roles_only = true, appos = false;
      for (size_t k = i; k <= end; ++k) {
        propn = propn || words[k].upos == "PROPN";
        roles_only = roles_only && (IsRoleWord(words[k].form) || words[k].form == "the");
        appos = appos || words[k].deprel.rfind("appos", 0) == 0;
      }
      bool keep = propn && end - i <= 10 && (appos || !appos_only);
      if (person && (words[end].xpos == "NNPS" || roles_only)) keep = false;
      if (keep) {
        out->spans.push_back({words[i].begin, words[end].end, label, 1.0f});
        ++emitted;
      }
      i = end + 1;
    }
    return emitted;
  };
  // A person whose minimal span holds no name ("his second son James" ->
  // "son") is named by an appositive in the whole mention.
  if (emit(first, last, false) == 0 && person && minimal) emit(m.first, m.last, true);
}

// Turns one sentence's mentions into gold spans.
void EmitSpans(const std::vector<Word>& words, const std::vector<Mention>& mentions, AnnotatedText* out) {
  for (const Mention& m : mentions) {
    int label = -1;
    if (m.etype == "person") label = static_cast<int>(TagLabel::kPerson);
    if (m.etype == "organization") label = static_cast<int>(TagLabel::kOrg);
    if (m.etype == "place") label = static_cast<int>(TagLabel::kLoc);
    if (m.etype == "time") label = static_cast<int>(TagLabel::kDatetime);
    if (label < 0 || m.last >= words.size()) continue;
    size_t first = m.first, last = m.last;
    if (m.etype == "time") {
      bool dated = false;
      for (size_t i = first; i <= last; ++i) {
        const std::string& f = words[i].form;
        dated = dated || IsMonth(f) || std::any_of(f.begin(), f.end(), [](char c) { return c >= '0' && c <= '9'; });
      }
      if (!dated || last - first > 8) continue;
      while (first < last && (words[first].upos == "DET" || words[first].upos == "ADP")) ++first;
    } else {
      EmitNamed(words, m, static_cast<TagLabel>(label), out);
      continue;
    }
    out->spans.push_back({words[first].begin, words[last].end, static_cast<TagLabel>(label), 1.0f});
  }
}

}  // namespace

Result<AnnotatedText> ReadGumConllu(std::string_view conllu) {
  AnnotatedText out;
  std::vector<Word> words;
  std::vector<Mention> mentions;
  std::vector<OpenMention> open;
  bool new_par = false;
  int range_end = 0;  // last word id covered by the current multi-word token
  size_t range_begin_byte = 0, range_end_byte = 0;
  bool space_pending = false;
  auto finish_sentence = [&] {
    EmitSpans(words, mentions, &out);
    words.clear();
    mentions.clear();
    open.clear();
    range_end = 0;
    space_pending = false;
  };
  size_t pos = 0, line_no = 0;
  while (pos < conllu.size()) {
    size_t nl = conllu.find('\n', pos);
    if (nl == std::string_view::npos) nl = conllu.size();
    std::string_view line = conllu.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      if (!words.empty()) finish_sentence();
      continue;
    }
    if (line[0] == '#') {
      if (line.rfind("# newpar", 0) == 0 && line.find("newpar_block") == std::string_view::npos) new_par = true;
      continue;
    }
    auto f = SplitTabs(line);
    if (f.size() != 10) return Status::BadInput("CoNLL-U line " + std::to_string(line_no) + ": expected 10 columns");
    std::string_view id = f[0];
    if (id.find('.') != std::string_view::npos) continue;  // empty node
    if (words.empty() && range_end == 0) {
      if (!out.text.empty()) out.text += new_par ? "\n\n" : "\n";
      new_par = false;
      space_pending = false;
    }
    size_t dash = id.find('-');
    if (dash != std::string_view::npos) {
      // Multi-word token: its surface form covers the words it spans.
      if (space_pending) out.text += ' ';
      range_begin_byte = out.text.size();
      out.text += f[1];
      range_end_byte = out.text.size();
      range_end = std::atoi(std::string(id.substr(dash + 1)).c_str());
      space_pending = MiscValue(f[9], "SpaceAfter") != "No";
      continue;
    }
    Word w;
    w.id = std::atoi(std::string(id).c_str());
    w.head = std::atoi(std::string(f[6]).c_str());
    w.upos = std::string(f[3]);
    w.xpos = std::string(f[4]);
    w.deprel = std::string(f[7]);
    w.form = std::string(f[1]);
    if (range_end != 0 && w.id <= range_end) {
      // A word that spells the next bytes of the surface form gets them
      // ("Byron's" = "Byron" + "'s"); otherwise it gets the rest.
      std::string_view rest(out.text.data() + range_begin_byte, range_end_byte - range_begin_byte);
      w.begin = range_begin_byte;
      w.end = rest.substr(0, w.form.size()) == w.form && w.id != range_end ? range_begin_byte + w.form.size()
                                                                            : range_end_byte;
      range_begin_byte = w.end == range_end_byte ? range_begin_byte : w.end;
      if (w.id == range_end) range_end = 0;
    } else {
      if (space_pending) out.text += ' ';
      w.begin = out.text.size();
      out.text += f[1];
      w.end = out.text.size();
      space_pending = MiscValue(f[9], "SpaceAfter") != "No";
    }
    words.push_back(w);
    size_t wi = words.size() - 1;
    std::string_view ent = MiscValue(f[9], "Entity");
    for (size_t i = 0; i < ent.size();) {
      if (ent[i] == '(') {
        size_t j = i + 1;
        while (j < ent.size() && ent[j] != '(' && ent[j] != ')') ++j;
        std::string_view attrs = ent.substr(i + 1, j - i - 1);
        size_t d1 = attrs.find('-');
        size_t d2 = d1 == std::string_view::npos ? d1 : attrs.find('-', d1 + 1);
        OpenMention om{std::string(attrs.substr(0, d1)),
                       d1 == std::string_view::npos ? "" : std::string(attrs.substr(d1 + 1, d2 - d1 - 1)), wi};
        ParseMinSpan(attrs, &om.min_lo, &om.min_hi);
        if (j < ent.size() && ent[j] == ')') {
          mentions.push_back({om.etype, wi, wi, om.min_lo, om.min_hi});
          i = j + 1;
        } else {
          open.push_back(std::move(om));
          i = j;
        }
      } else {
        size_t j = i;
        while (j < ent.size() && ent[j] != ')' && ent[j] != '(') ++j;
        std::string eid(ent.substr(i, j - i));
        for (size_t k = open.size(); k-- > 0;) {
          if (open[k].eid == eid) {
            mentions.push_back({open[k].etype, open[k].first_word, wi, open[k].min_lo, open[k].min_hi});
            open.erase(open.begin() + static_cast<long>(k));
            break;
          }
        }
        i = (j < ent.size() && ent[j] == ')') ? j + 1 : j;
      }
    }
  }
  if (!words.empty()) finish_sentence();
  return out;
}

Result<std::vector<AnnotatedText>> ReadTabForTraining(std::string_view json) {
  TL_ASSIGN_OR_RETURN(auto docs, ParseTab(json));
  std::vector<AnnotatedText> out;
  for (auto& doc : docs) {
    AnnotatedText t;
    t.text = std::move(doc.text);
    for (const TabMention& m : doc.mentions) {
      static constexpr std::array<std::string_view, kNumTagLabels> kNames = {"PERSON", "ORG", "LOC", "DEM",
                                                                            "QUANTITY", "DATETIME", "CODE"};
      auto it = std::find(kNames.begin(), kNames.end(), m.entity_type);
      // NO_MASK mentions ("the Court", "the Government") need no masking:
      // they train as O, so the tagger learns what an anonymiser must hide.
      if (it == kNames.end() || m.end <= m.begin || m.identifier_type == "NO_MASK") continue;
      t.spans.push_back({m.begin, m.end, static_cast<TagLabel>(it - kNames.begin()), 1.0f});
    }
    out.push_back(std::move(t));
  }
  return out;
}

Result<std::vector<AnnotatedText>> ReadWnutForTraining(std::string_view conll,
                                                        const std::set<std::string>& unannotated_words) {
  static constexpr std::array<std::string_view, 24> kMonthWords = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"};
  std::vector<AnnotatedText> out;
  AnnotatedText doc;
  bool skip = false;
  int open = -1;  // the label of the span being built, -1 none
  size_t open_begin = 0, open_end = 0;
  auto close_span = [&] {
    if (open >= 0) doc.spans.push_back({open_begin, open_end, static_cast<TagLabel>(open), 1.0f});
    open = -1;
  };
  auto end_tweet = [&] {
    close_span();
    if (!doc.text.empty() && !skip) out.push_back(std::move(doc));
    doc = AnnotatedText{};
    skip = false;
  };
  size_t line_no = 0;
  while (!conll.empty()) {
    const size_t nl = conll.find('\n');
    std::string_view line = conll.substr(0, nl);
    conll.remove_prefix(nl == std::string_view::npos ? conll.size() : nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const size_t tab = line.find('\t');
    if (line.empty() || tab == 0 || tab == std::string_view::npos) {
      end_tweet();
      continue;
    }
    const std::string_view word = line.substr(0, tab), tag = line.substr(tab + 1);
    int label = -1;
    if (tag != "O") {
      if (tag.size() < 3 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-') {
        return Status::BadInput("WNUT line " + std::to_string(line_no) + ": the tag is not O, B-x or I-x");
      }
      const std::string_view type = tag.substr(2);
      if (type == "person") label = static_cast<int>(TagLabel::kPerson);
      if (type == "location") label = static_cast<int>(TagLabel::kLoc);
      if (type == "corporation" || type == "group") label = static_cast<int>(TagLabel::kOrg);
    }
    std::string lower(word);
    for (char& c : lower) {
      skip = skip || (c >= '0' && c <= '9');
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    skip = skip || std::find(kMonthWords.begin(), kMonthWords.end(), lower) != kMonthWords.end() ||
           unannotated_words.count(lower) > 0;
    if (!doc.text.empty()) doc.text += ' ';
    const size_t begin = doc.text.size();
    doc.text += word;
    if (tag[0] == 'I' && label >= 0 && label == open) {
      open_end = doc.text.size();
      continue;
    }
    close_span();
    if (label >= 0) {
      open = label;
      open_begin = begin;
      open_end = doc.text.size();
    }
  }
  end_tweet();
  return out;
}

}  // namespace tearline
