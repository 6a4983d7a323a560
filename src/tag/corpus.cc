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
  std::string form;
};

struct OpenMention {
  std::string eid;
  std::string etype;
  size_t first_word;  // index into the sentence's words
};

struct Mention {
  std::string etype;
  size_t first, last;  // inclusive word indexes
};

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
      // Named: the head (a word whose head lies outside the mention) is PROPN.
      int lo = words[first].id, hi = words[last].id;
      const Word* head = nullptr;
      for (size_t i = first; i <= last && head == nullptr; ++i) {
        if (words[i].head < lo || words[i].head > hi) head = &words[i];
      }
      if (head == nullptr || head->upos != "PROPN") continue;
      // Trim leading determiners/punctuation/lowercase words and trailing
      // possessives/punctuation/lowercase words.
      auto lower_start = [&](size_t i) {
        unsigned char c = static_cast<unsigned char>(words[i].form.empty() ? 'a' : words[i].form[0]);
        return (c >= 'a' && c <= 'z') || c == '\'' || (c < 0x80 && !std::isalnum(c));
      };
      while (first < last && (words[first].upos == "DET" || words[first].upos == "PUNCT" || lower_start(first))) ++first;
      while (last > first && (words[last].upos == "PART" || words[last].upos == "PUNCT" || lower_start(last))) --last;
      if (last - first > 10) continue;
      // A name is PROPN words and a few connectors ("Bank of England");
      // anything else (a relative clause, a list) is not one name.
      static constexpr std::array<std::string_view, 14> kConnectors = {
          "of", "the", "and", "de", "da", "del", "von", "van", "bin", "al", "ibn", "for", "&", "-"};
      bool clean = true;
      for (size_t i = first; i <= last && clean; ++i) {
        const Word& x = words[i];
        clean = x.upos == "PROPN" || x.upos == "NUM" || x.upos == "ADJ" ||
                std::find(kConnectors.begin(), kConnectors.end(), x.form) != kConnectors.end();
      }
      if (!clean) continue;
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
        if (j < ent.size() && ent[j] == ')') {
          mentions.push_back({om.etype, wi, wi});
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
            mentions.push_back({open[k].etype, open[k].first_word, wi});
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
      if (it == kNames.end() || m.end <= m.begin) continue;
      t.spans.push_back({m.begin, m.end, static_cast<TagLabel>(it - kNames.begin()), 1.0f});
    }
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace tearline
