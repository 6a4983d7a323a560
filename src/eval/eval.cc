// TAB loading and masking scores (contracts in tearline/eval.h).
#include "tearline/eval.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <climits>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <set>

#include "tearline/file.h"

namespace tearline {
namespace {

int AnnotatorNumber(const std::string& key) {
  if (key.rfind("annotator", 0) != 0) return INT_MAX;
  try {
    return std::stoi(key.substr(9));
  } catch (...) {
    return INT_MAX - 1;
  }
}

// Merged, sorted mask intervals.
MaskSpans Merge(MaskSpans spans) {
  std::sort(spans.begin(), spans.end());
  MaskSpans out;
  for (auto [b, e] : spans) {
    if (b >= e) continue;
    if (!out.empty() && b <= out.back().second) {
      out.back().second = std::max(out.back().second, e);
    } else {
      out.push_back({b, e});
    }
  }
  return out;
}

bool Covered(const MaskSpans& merged, size_t b, size_t e) {
  auto it = std::upper_bound(merged.begin(), merged.end(), std::make_pair(b, SIZE_MAX));
  if (it == merged.begin()) return false;
  --it;
  return it->first <= b && e <= it->second;
}

std::vector<std::pair<size_t, size_t>> EvalTokens(std::string_view text) {
  std::vector<std::pair<size_t, size_t>> tokens;
  size_t start = SIZE_MAX;
  for (size_t i = 0; i < text.size();) {
    size_t len;
    char32_t cp = DecodeUtf8(text, i, &len);
    bool word = u_isalnum(static_cast<UChar32>(cp));
    if (!word) {
      int8_t t = u_charType(static_cast<UChar32>(cp));
      word = start != SIZE_MAX && (t == U_NON_SPACING_MARK || t == U_COMBINING_SPACING_MARK);
    }
    if (word && start == SIZE_MAX) start = i;
    if (!word && start != SIZE_MAX) {
      tokens.push_back({start, i});
      start = SIZE_MAX;
    }
    i += len;
  }
  if (start != SIZE_MAX) tokens.push_back({start, text.size()});
  return tokens;
}

double Ratio(size_t num, size_t den) { return den == 0 ? 1.0 : static_cast<double>(num) / static_cast<double>(den); }

bool MustMask(const std::string& identifier_type) { return identifier_type == "DIRECT" || identifier_type == "QUASI"; }

}  // namespace

size_t CodePointToByte(std::string_view text, size_t cp) {
  size_t count = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      if (count == cp) return i;
      ++count;
    }
  }
  return count == cp ? text.size() : SIZE_MAX;
}

Result<std::vector<TabDocument>> ParseTab(std::string_view json) {
  nlohmann::json root;
  try {
    root = nlohmann::json::parse(json.begin(), json.end());
  } catch (const std::exception& e) {
    return Status::BadInput("TAB file: invalid JSON");
  }
  if (!root.is_array()) return Status::BadInput("TAB file: top level is not a list of documents");
  std::vector<TabDocument> docs;
  for (size_t d = 0; d < root.size(); ++d) {
    const std::string where = "TAB document " + std::to_string(d);
    try {
      const auto& jd = root[d];
      TabDocument doc;
      doc.doc_id = jd.at("doc_id").get<std::string>();
      doc.text = jd.at("text").get<std::string>();
      if (FindInvalidUtf8(doc.text)) return Status::BadInput(where + ": text is not valid UTF-8");
      const auto& anns = jd.at("annotations");
      if (!anns.is_object()) return Status::BadInput(where + ": annotations is not an object");
      std::string best;
      for (auto it = anns.begin(); it != anns.end(); ++it) {
        if (best.empty() || AnnotatorNumber(it.key()) < AnnotatorNumber(best) ||
            (AnnotatorNumber(it.key()) == AnnotatorNumber(best) && it.key() < best)) {
          best = it.key();
        }
      }
      doc.annotator = best;
      if (!best.empty()) {
        // Code point -> byte table, built once per document.
        std::vector<size_t> cp_to_byte;
        cp_to_byte.reserve(doc.text.size() + 1);
        for (size_t i = 0; i < doc.text.size(); ++i) {
          if ((static_cast<unsigned char>(doc.text[i]) & 0xC0) != 0x80) cp_to_byte.push_back(i);
        }
        cp_to_byte.push_back(doc.text.size());
        for (const auto& jm : anns.at(best).at("entity_mentions")) {
          const auto& js = jm.at("start_offset");
          const auto& je = jm.at("end_offset");
          // Only integers: converting a float such as 1e25 to int64_t is undefined behaviour.
          if (!js.is_number_integer() || !je.is_number_integer()) {
            return Status::BadInput(where + ": mention offsets are not integers");
          }
          auto s = js.get<int64_t>();
          auto e = je.get<int64_t>();
          if (s < 0 || e < s || static_cast<size_t>(e) >= cp_to_byte.size()) {
            return Status::BadInput(where + ": mention offsets outside the text");
          }
          TabMention m;
          m.begin = cp_to_byte[static_cast<size_t>(s)];
          m.end = cp_to_byte[static_cast<size_t>(e)];
          m.entity_type = jm.at("entity_type").get<std::string>();
          m.identifier_type = jm.at("identifier_type").get<std::string>();
          m.entity_id = jm.at("entity_id").get<std::string>();
          doc.mentions.push_back(std::move(m));
        }
      }
      docs.push_back(std::move(doc));
    } catch (const std::exception&) {
      return Status::BadInput(where + ": missing or mistyped field");
    }
  }
  return docs;
}

Result<std::vector<TabDocument>> LoadTab(const std::string& path) {
  TL_ASSIGN_OR_RETURN(std::string data, ReadFile(path));
  auto docs = ParseTab(data);
  if (!docs.ok()) return docs.status().WithContext(path);
  return docs;
}

Result<EvalResult> ScoreMasking(const std::vector<TabDocument>& docs, const std::vector<MaskSpans>& masks) {
  if (docs.size() != masks.size()) return Status::InvalidArgument("eval: one mask list per document is required");
  EvalResult r;
  r.documents = docs.size();
  for (size_t d = 0; d < docs.size(); ++d) {
    const TabDocument& doc = docs[d];
    for (auto [b, e] : masks[d]) {
      if (b > e || e > doc.text.size()) {
        return Status::InvalidArgument("eval: mask span outside document " + std::to_string(d));
      }
    }
    MaskSpans merged = Merge(masks[d]);
    auto tokens = EvalTokens(doc.text);
    std::vector<char> tok_masked(tokens.size()), tok_gold(tokens.size());
    for (size_t t = 0; t < tokens.size(); ++t) tok_masked[t] = Covered(merged, tokens[t].first, tokens[t].second);

    struct EntityState {
      std::string type;
      int cls = 0;  // 2 DIRECT, 1 QUASI, 0 NO_MASK
      bool all_masked = true;
    };
    std::map<std::string, EntityState> entities;
    for (const TabMention& m : doc.mentions) {
      // Tokens overlapping the mention.
      auto lo = std::lower_bound(tokens.begin(), tokens.end(), std::make_pair(m.begin, size_t{0}),
                                 [](const auto& a, const auto& b) { return a.second <= b.first; });
      bool masked = true, any = false;
      bool must = MustMask(m.identifier_type);
      for (auto it = lo; it != tokens.end() && it->first < m.end; ++it) {
        if (it->second <= m.begin) continue;
        any = true;
        size_t t = static_cast<size_t>(it - tokens.begin());
        masked = masked && tok_masked[t];
        if (must) tok_gold[t] = 1;
      }
      if (!any) masked = m.begin == m.end || Covered(merged, m.begin, m.end);
      EntityState& es = entities[m.entity_id];
      if (es.type.empty()) es.type = m.entity_type;
      if (must) {
        es.cls = std::max(es.cls, m.identifier_type == "DIRECT" ? 2 : 1);
        es.all_masked = es.all_masked && masked;
        TypeScore& ts = r.per_type[m.entity_type];
        ++ts.mentions;
        ts.mentions_masked += masked;
      }
    }
    for (const auto& [id, es] : entities) {
      if (es.cls == 0) continue;
      if (es.cls == 2) {
        ++r.di_entities;
        r.di_protected += es.all_masked;
      } else {
        ++r.qi_entities;
        r.qi_protected += es.all_masked;
      }
      TypeScore& ts = r.per_type[es.type];
      ++ts.entities;
      ts.entities_protected += es.all_masked;
    }
    for (size_t t = 0; t < tokens.size(); ++t) {
      r.gold_tokens += tok_gold[t];
      r.gold_tokens_masked += tok_gold[t] && tok_masked[t];
      r.masked_tokens += tok_masked[t];
      r.masked_tokens_in_gold += tok_gold[t] && tok_masked[t];
    }
  }
  r.er_di = Ratio(r.di_protected, r.di_entities);
  r.er_qi = Ratio(r.qi_protected, r.qi_entities);
  r.token_recall = Ratio(r.gold_tokens_masked, r.gold_tokens);
  r.token_precision = Ratio(r.masked_tokens_in_gold, r.masked_tokens);
  for (auto& [type, ts] : r.per_type) {
    ts.mention_recall = Ratio(ts.mentions_masked, ts.mentions);
    ts.entity_recall = Ratio(ts.entities_protected, ts.entities);
  }
  return r;
}

std::string FormatEvalTable(const EvalResult& r) {
  std::string out;
  char line[160];
  std::snprintf(line, sizeof line, "documents            %zu\n", r.documents);
  out += line;
  std::snprintf(line, sizeof line, "ER_di                %.4f  (%zu/%zu entities)\n", r.er_di, r.di_protected, r.di_entities);
  out += line;
  std::snprintf(line, sizeof line, "ER_qi                %.4f  (%zu/%zu entities)\n", r.er_qi, r.qi_protected, r.qi_entities);
  out += line;
  std::snprintf(line, sizeof line, "token recall         %.4f  (%zu/%zu tokens)\n", r.token_recall, r.gold_tokens_masked, r.gold_tokens);
  out += line;
  std::snprintf(line, sizeof line, "token precision      %.4f  (%zu/%zu tokens)\n", r.token_precision, r.masked_tokens_in_gold, r.masked_tokens);
  out += line;
  std::snprintf(line, sizeof line, "%-10s %9s %9s %9s %9s\n", "type", "mentions", "m.recall", "entities", "e.recall");
  out += line;
  for (const auto& [type, ts] : r.per_type) {
    std::snprintf(line, sizeof line, "%-10s %9zu %9.4f %9zu %9.4f\n", type.c_str(), ts.mentions, ts.mention_recall,
                  ts.entities, ts.entity_recall);
    out += line;
  }
  return out;
}

std::string EvalResultToJson(const EvalResult& r) {
  nlohmann::json j;
  j["documents"] = r.documents;
  j["er_di"] = r.er_di;
  j["er_qi"] = r.er_qi;
  j["di_entities"] = r.di_entities;
  j["di_protected"] = r.di_protected;
  j["qi_entities"] = r.qi_entities;
  j["qi_protected"] = r.qi_protected;
  j["token_recall"] = r.token_recall;
  j["token_precision"] = r.token_precision;
  j["gold_tokens"] = r.gold_tokens;
  j["gold_tokens_masked"] = r.gold_tokens_masked;
  j["masked_tokens"] = r.masked_tokens;
  j["masked_tokens_in_gold"] = r.masked_tokens_in_gold;
  nlohmann::json types = nlohmann::json::object();
  for (const auto& [type, ts] : r.per_type) {
    types[type] = {{"mentions", ts.mentions},
                   {"mentions_masked", ts.mentions_masked},
                   {"mention_recall", ts.mention_recall},
                   {"entities", ts.entities},
                   {"entities_protected", ts.entities_protected},
                   {"entity_recall", ts.entity_recall}};
  }
  j["per_type"] = types;
  return j.dump(2);
}

}  // namespace tearline
